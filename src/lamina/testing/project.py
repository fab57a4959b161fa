"""The project under test: its schema, migrations folder and the server throw-away databases are
made on, read once per test session."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lamina.operations.context import (
    LoadedSchema, NoDatasource, datasource_url, external_objects, read_project_schema, require_supported,
)
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.errors import KnownError
from lamina.migrations.directory import LocalMigration, list_migrations
from lamina.project.project import Project, display_path, load_project
from lamina.psl.ast import SourceFile
from lamina.psl.validated import ValidatedSchema

SERVER_VARIABLE = "LAMINA_TEST_DATABASE_URL"


@dataclass(frozen=True)
class LaminaProject:
    project: Project
    files: list[SourceFile]
    schema: ValidatedSchema

    @property
    def root(self) -> Path:
        return self.project.root

    @property
    def schema_path(self) -> Path:
        return self.project.schema_path

    @property
    def migrations_dir(self) -> Path:
        return self.project.migrations_dir

    @property
    def provider(self) -> str:
        assert self.schema.datasource is not None
        return self.schema.datasource.provider

    @property
    def external_tables(self) -> tuple[str, ...]:
        return external_objects(self.project).tables

    def migrations(self) -> list[LocalMigration]:
        """The folder's migrations in Prisma's order, read now."""
        return list_migrations(self.migrations_dir)

    def shown(self, path: Path) -> str:
        """A path as messages show it: relative to the project's root."""
        return display_path(path, self.root)


def load_lamina_project(root: Path, *, schema: str | None = None, config: str | None = None) -> LaminaProject:
    """Find and validate the project's schema as every lamina command does (flags > lamina.toml >
    pyproject.toml > prisma.config.ts > defaults); a bad schema is P1012."""
    project = load_project(root, schema=schema, config=config)
    files, validated = read_project_schema(project)
    if validated.datasource is None:
        raise NoDatasource()
    require_supported(validated.datasource.provider)
    return LaminaProject(project, files, validated)


class NoTestServer(KnownError):
    provider: str
    reason: str

    def message(self) -> str:
        return f"No {self.provider} server to create test databases on: {self.reason}"

    @property
    def hint(self) -> str | None:
        return (f"Set {SERVER_VARIABLE} to a URL of the server (its database is never touched: "
                "test databases are created beside it), or set the project's datasource URL.")


def database_server(project: LaminaProject, environ: dict[str, str] | None = None) -> DatabaseUrl | None:
    """The server throw-away databases are created on: $LAMINA_TEST_DATABASE_URL, else the
    project's datasource URL. None for SQLite (files in a temporary folder)."""
    if project.provider == "sqlite":
        return None
    environ = os.environ if environ is None else environ  # type: ignore[assignment]
    value = environ.get(SERVER_VARIABLE)
    if value:
        url = parse_database_url(value, base_dir=project.root)
        where = SERVER_VARIABLE
    else:
        try:
            url = datasource_url(LoadedSchema(project.project, project.files, project.schema))
        except KnownError as error:
            raise NoTestServer(project.provider, error.message()) from None
        where = "the datasource URL"
    if url.provider != project.provider:
        raise NoTestServer(project.provider, f"{where} is a {url.provider} URL.")
    return url

