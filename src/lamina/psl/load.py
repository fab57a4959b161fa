"""Reading schema files from disk, and the parse + validate pipeline in one call."""

from __future__ import annotations

from pathlib import Path

from lamina.diagnostics import Diagnostics
from lamina.psl.ast import SourceFile
from lamina.psl.parser import parse_schema
from lamina.psl.validate import validate_schema
from lamina.psl.validated_schema import ValidatedSchema


def read_schema_files(path: Path) -> list[SourceFile]:
    """A .prisma file, or every .prisma file under a folder (recursive, sorted by path).

    `SourceFile.path` is the path as given (relative paths stay relative). Files are read as Prisma
    reads them: UTF-8, with bytes that are not UTF-8 turned into U+FFFD (then reported by the parser).
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.prisma") if p.is_file())
    else:
        files = [path]
    return [SourceFile(str(p), p.read_text(encoding="utf-8", errors="replace")) for p in files]


def check_schema(files: list[SourceFile]) -> tuple[ValidatedSchema | None, Diagnostics]:
    schema, diagnostics = parse_schema(files)
    validated = validate_schema(schema, diagnostics)
    return validated, diagnostics


def check_config(files: list[SourceFile]) -> tuple[ValidatedSchema | None, Diagnostics]:
    """Parse every block but validate only the datasource and generators, as Prisma's `getConfig`
    does for `migrate status|deploy|resolve|reset`: an invalid model does not stop those commands."""
    from lamina.psl.validate.config import validate_config

    schema, diagnostics = parse_schema(files)
    return validate_config(schema, diagnostics), diagnostics
