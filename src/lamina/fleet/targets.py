"""The targets of a fleet deploy: URLs from a file or from the `targets` setting, or the PostgreSQL
schemas of the configured database that match a shell-style glob.

A target is shown by its label, never by its URL: the label has host, port, database and schema
(or the SQLite path, or the tenant schema's name), never the user's password.
"""

from __future__ import annotations

import dataclasses
import fnmatch
from dataclasses import dataclass
from pathlib import Path

from lamina.engine.connection import Connection
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.errors import KnownError, UsageError


@dataclass(frozen=True)
class Target:
    label: str  # what the table and the report show: no password
    url: DatabaseUrl | None  # None: the line could not be read as a URL (`problem` says why)
    tenant_schema: str | None = None  # --tenant-schemas: the schema, migrated with its own history
    problem: str | None = None


class NoTargets(KnownError):
    where: str

    def message(self) -> str:
        return f"No target database found in {self.where}."

    @property
    def hint(self) -> str | None:
        return "List one database URL per line (`#` starts a comment), or see docs/fleet.md."


class NoTenantSchemas(KnownError):
    pattern: str
    database: str

    def message(self) -> str:
        return f"No schema of the database `{self.database}` matches `{self.pattern}`."

    @property
    def hint(self) -> str | None:
        return "The pattern is a shell-style glob over schema names, such as `tenant_*`; quote it in the shell."


def url_label(url: DatabaseUrl) -> str:
    """`host:port/database` (plus `?schema=` when not public), or the SQLite path."""
    if url.provider == "sqlite":
        return url.location
    label = f"{url.host}:{url.port}/{url.database}"
    if url.provider == "postgresql" and url.schema not in (None, "public"):
        label += f"?schema={url.schema}"
    return label


def read_targets_file(path: Path) -> list[tuple[str, str]]:
    """(`line N`, URL) for each line; blank lines and lines starting with `#` are left out."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise UsageError(f"Could not read the targets file {path}: {error.strerror or error}") from None
    return [(f"line {number}", line.strip()) for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and not line.strip().startswith("#")]


def url_targets(urls: list[tuple[str, str]], where: str, base_dir: Path) -> list[Target]:
    """Targets from (position, URL as written) pairs (`where`: the file or setting). A URL that
    cannot be read becomes a target that fails on its own, named by its position, never by its text."""
    if not urls:
        raise NoTargets(where)
    targets = []
    for position, text in urls:
        try:
            url = parse_database_url(text, base_dir=base_dir)
        except KnownError as error:
            targets.append(Target(f"{where}, {position}", None, problem=error_text(error)))
            continue
        targets.append(Target(url_label(url), url))
    return targets


def error_text(error: KnownError) -> str:
    """One paragraph: Prisma's message with its paragraphs joined, after its code."""
    message = " ".join(part.strip() for part in error.message().split("\n\n") if part.strip())
    return f"{error.code}: {message}" if error.code else message


def list_tenant_schemas(conn: Connection, pattern: str) -> list[str]:
    """The schemas whose name matches the glob (case-sensitive), in name order; PostgreSQL's own
    (pg_*, information_schema) never match."""
    rows = conn.query(
        "SELECT nspname FROM pg_catalog.pg_namespace "
        "WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' ORDER BY nspname"
    )
    return [name for (name,) in rows if fnmatch.fnmatchcase(name, pattern)]


def tenant_targets(url: DatabaseUrl, schemas: list[str]) -> list[Target]:
    """One target per schema: the configured database with `?schema=<name>` (search_path set to it
    alone, its own `_prisma_migrations`)."""
    return [Target(name, dataclasses.replace(url, schema=name), tenant_schema=name) for name in schemas]
