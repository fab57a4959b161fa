"""pull: introspect the live database into schema text (`db pull`), keeping the current schema's
config blocks, order and names (unless `force`); written over the schema file(s) unless
`print_only`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lamina.engine.describe import describe_database
from lamina.errors import KnownError
from lamina.introspect.catalog import model_notes, with_catalog_order
from lamina.introspect.mysql import as_the_server_shows, mysql_notes
from lamina.introspect.to_psl import Introspection, introspect
from lamina.operations.context import LoadedSchema, datasource_url
from lamina.operations.existing import open_existing
from lamina.operations.project import PathLike, resolve_project
from lamina.project.project import display_path


class EmptyDatabase(KnownError):
    """P4001, worded as the 7.10.1 CLI prints it (without the code)."""

    def message(self) -> str:
        return "The introspected database was empty.\n"


@dataclass(frozen=True)
class PulledFile:
    path: Path
    text: str


@dataclass(frozen=True)
class PullResult:
    schema_path: Path
    schema_text: str  # the schema (a schema folder: every file, each under a `// <path>` line)
    files: tuple[PulledFile, ...]  # each schema file and its new text
    models: int
    enums: int
    written: bool  # the files were written (not `print_only`)
    removed: tuple[Path, ...] = ()  # schema files `force` left out (deleted when written)
    warnings: tuple[str, ...] = ()  # Prisma's warning block, its lines but the empty ones
    _introspection: Introspection | None = None

    @property
    def warning_text(self) -> str:
        """The block `db pull` prints after writing the file."""
        return self._introspection.plain_warnings() if self._introspection is not None else ""


def pull(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
         config: PathLike | None = None, url: str | None = None, cwd: PathLike | None = None,
         print_only: bool = False, force: bool = False, schemas: str | tuple[str, ...] | None = None) -> PullResult:
    """`schemas`: the PostgreSQL schemas to introspect (comma-separated or a tuple; default the
    datasource's). Raises EmptyDatabase (P4001) when the database holds no table and no enum."""
    loaded = resolve_project(project=project, schema=schema, config=config, url=url, cwd=cwd, has_url_flag=True)
    db_url = datasource_url(loaded)
    assert db_url is not None
    if isinstance(schemas, str):
        schemas = tuple(s.strip() for s in schemas.split(","))
    namespaces = schemas or (tuple(loaded.schema.datasource.schemas) if loaded.schema.datasource else ())
    with open_existing(db_url) as conn:
        described = with_catalog_order(conn, describe_database(conn, namespaces), namespaces)
        if conn.provider == "mysql":
            described = as_the_server_shows(described, str(conn.query("SELECT VERSION()")[0][0]))
        notes = mysql_notes(conn) if conn.provider == "mysql" else model_notes(conn, namespaces, described)
    if not described.tables and not described.enums:
        raise EmptyDatabase()
    multi_schema = bool(namespaces) and loaded.provider == "postgresql"
    # A schema folder: each model and enum stays in its file, new ones go to introspected.prisma.
    root = loaded.project.root  # schema file paths are relative to it
    new_file = None if len(loaded.files) == 1 else \
        display_path(Path(loaded.project.schema_path) / "introspected.prisma", root)
    result = introspect(described, loaded.provider, loaded.schema, loaded.files, reuse_names=not force,
                        notes=notes, default_namespace=(db_url.schema or "public") if multi_schema else None,
                        introspection_file=new_file)
    files = tuple(PulledFile(root / path, text) for path, text in result.files)
    gone = tuple(sorted(root / path for path in {f.path for f in loaded.files} - {path for path, _ in result.files}))
    if not print_only:
        for file in files:
            file.path.write_text(file.text, encoding="utf-8")
        for path in gone:
            path.unlink()  # `force` on a schema folder: Prisma keeps only introspected.prisma
    text = result.text if len(files) == 1 else \
        "\n".join(f"// {display_path(f.path, root)}\n{f.text}" for f in files)
    warnings = tuple(line for line in result.plain_warnings().split("\n") if line)
    return PullResult(loaded.project.schema_path, text, files, result.models, result.enums, not print_only,
                      gone, warnings, result)
