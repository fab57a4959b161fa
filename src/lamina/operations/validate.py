"""validate: read and check the schema (Prisma's P1012 diagnostics as SchemaValidationFailed)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lamina.operations.context import LoadedSchema
from lamina.operations.project import PathLike, resolve_project
from lamina.psl.compat import prisma6_warning


@dataclass(frozen=True)
class ValidateResult:
    schema_path: Path
    provider: str | None
    warnings: tuple[str, ...] = ()  # e.g. the Prisma 6 constructs Prisma 7 refuses


def validate(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
             config: PathLike | None = None, cwd: PathLike | None = None) -> ValidateResult:
    """Raises SchemaValidationFailed (P1012) when the schema is not valid."""
    return validated_result(resolve_project(project=project, schema=schema, config=config, cwd=cwd))


def validated_result(loaded: LoadedSchema) -> ValidateResult:
    warning = None if os.environ.get("PRISMA_DISABLE_WARNINGS") else prisma6_warning(loaded.schema)
    provider = loaded.schema.datasource.provider if loaded.schema.datasource else None
    return ValidateResult(loaded.project.schema_path, provider, (warning,) if warning else ())
