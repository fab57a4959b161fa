"""format: rewrite the schema file(s) in Prisma's canonical layout, as `prisma format` does: every
file is formatted, the formatted schema is validated (diagnostics point into the formatted text),
and only a valid result is written. With `check`, nothing is written."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lamina.operations.context import validation_error
from lamina.operations.events import Listener, emit
from lamina.operations.project import PathLike
from lamina.project.project import Project, display_path, load_project
from lamina.psl.load import check_schema, read_schema_files
from lamina.psl.ast import SourceFile
from lamina.psl.format import format_schema


@dataclass(frozen=True)
class FormattedFile:
    path: Path
    changed: bool  # its text was not in the canonical layout (written, unless `check`)


@dataclass(frozen=True)
class SchemaWarnings:
    """Event: the formatted schema's validation warnings, sent before a validation error is raised."""

    warnings: tuple[str, ...]


@dataclass(frozen=True)
class FormatResult:
    schema_path: Path
    files: tuple[FormattedFile, ...]
    check: bool  # nothing was written
    changed: bool  # some file was not formatted (with `check`: would change)
    written: tuple[Path, ...]  # the files rewritten (none with `check`)
    warnings: tuple[str, ...] = ()  # the schema's validation warnings


def format(*, project: PathLike | Project | None = None, schema: PathLike | None = None,
           config: PathLike | None = None, cwd: PathLike | None = None, check: bool = False,
           listener: Listener | None = None) -> FormatResult:
    """Raises SchemaValidationFailed (P1012) when the formatted schema is not valid (nothing written)."""
    if not isinstance(project, Project):
        root = Path(project if project is not None else (cwd if cwd is not None else Path.cwd()))
        project = load_project(root, schema=None if schema is None else str(schema),
                               config=None if config is None else str(config))
    return format_project(project, check=check, listener=listener)


def format_project(project: Project, *, check: bool = False, listener: Listener | None = None) -> FormatResult:
    read = read_schema_files(project.schema_path)
    originals = [SourceFile(display_path(Path(f.path), project.root), f.text) for f in read]
    formatted = format_schema(originals)
    _, diagnostics = check_schema(formatted)
    warnings = () if os.environ.get("PRISMA_DISABLE_WARNINGS") else tuple(w.message for w in diagnostics.warnings)
    if diagnostics.has_errors():
        if warnings:
            emit(listener, SchemaWarnings(warnings))
        raise validation_error(diagnostics, formatted)
    files = []
    for source, before, after in zip(read, originals, formatted):
        path = (project.root / source.path).resolve()
        changed = before.text != after.text
        if changed and not check:
            path.write_bytes(after.text.encode("utf-8"))
        files.append(FormattedFile(path, changed))
    unformatted = tuple(f.path for f in files if f.changed)
    return FormatResult(project.schema_path, tuple(files), check, bool(unformatted),
                        () if check else unformatted, warnings)
