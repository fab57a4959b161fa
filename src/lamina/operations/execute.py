"""execute: run a SQL script on a database, sent whole as one command (`db execute`), on `url`,
on the schema's datasource (Prisma 6) or on the configured URL (Prisma 7)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from lamina.engine.connection import Connection, MysqlScriptError, connect
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.errors import DatabaseDoesNotExist, KnownError, UsageError
from lamina.operations.context import LoadedSchema, datasource_url
from lamina.operations.events import Listener, emit
from lamina.operations.project import PathLike
from lamina.project.project import SchemaNotFound, display_path, load_project, read_config_settings
from lamina.psl.ast import SourceFile
from lamina.psl.load import check_schema, read_schema_files

SEE_HELP = "\nSee `lamina db execute -h`"


class ScriptFailed(KnownError):
    """The database refused the script: its own message, as the engine passes it on."""

    text: str

    def message(self) -> str:
        return self.text + "\n\n"


@dataclass(frozen=True)
class ConfigLoaded:
    """Event: the configuration file the target URL was read from (Prisma names it first)."""

    path: Path


@dataclass(frozen=True)
class ExecuteResult:
    provider: str
    database: str  # the database's name (SQLite: the file as written)
    location: str  # host:port, or the SQLite file
    url: str  # the target URL, password replaced by ****
    file: Path | None  # the script's file; None for a script passed as text
    characters: int  # the script's length


def execute(*, sql: str | None = None, file: PathLike | None = None, project: PathLike | None = None,
            schema: PathLike | None = None, config: PathLike | None = None, url: str | None = None,
            cwd: PathLike | None = None, listener: Listener | None = None) -> ExecuteResult:
    """One of `sql` (the script) and `file` (read as UTF-8, undecodable bytes replaced); an explicit
    `url` wins, else the schema's datasource, else the configuration's URL. Raises ScriptFailed
    with the database's message."""
    if (sql is None) == (file is None):
        raise UsageError("Pass exactly one of `sql` and `file`.")
    if url and schema:
        raise UsageError("--url and --schema cannot be used at the same time. Only 1 must be provided." + SEE_HELP)
    root = Path(project if project is not None else (cwd if cwd is not None else Path.cwd()))
    target = target_url(root, schema=None if schema is None else str(schema), url=url,
                        config=None if config is None else str(config), listener=listener)
    path = None
    if file is not None:
        path = Path(root, file)
        if not path.is_file():
            raise UsageError(f"Provided --file at {file} doesn't exist.")
        # Prisma reads the file as UTF-8 text: bytes that are not UTF-8 become U+FFFD, no crash.
        sql = path.read_text(encoding="utf-8", errors="replace")
    assert sql is not None
    with open_target(target) as conn:
        execute_script(conn, sql)
    return ExecuteResult(target.provider, target.database, target.location, target.redacted, path, len(sql))


def execute_script(conn: Connection, script: str) -> None:
    """The whole script as one command; the database's error text on failure."""
    try:
        conn.execute_script(script)
    except (sqlite3.Error, ValueError) as error:  # ValueError: a NUL byte, refused by the sqlite3 module
        raise ScriptFailed(str(error)) from None
    except MysqlScriptError as error:  # MySQL's own message (statements before it stayed applied)
        raise ScriptFailed(error.message) from None
    except Exception as error:  # psycopg's errors carry a diagnostic with the primary message
        diag = getattr(error, "diag", None)
        primary = getattr(diag, "message_primary", None)
        if primary is None:
            raise
        severity = getattr(diag, "severity", None) or "ERROR"
        raise ScriptFailed(f"{severity}: {primary}") from None


def target_url(cwd: Path, *, schema: str | None, url: str | None, config: str | None,
               listener: Listener | None = None) -> DatabaseUrl:
    if url:
        if config:
            emit(listener, ConfigLoaded(Path(config)))
        return parse_database_url(url, cwd)
    try:
        project = load_project(cwd, schema=schema, config=config)
    except SchemaNotFound:
        if schema:
            raise
        return _config_url(cwd, config, listener)  # Prisma 7: the URL comes from the config, no schema needed
    if project.config_file is not None:
        emit(listener, ConfigLoaded(project.config_file))
    files = [SourceFile(display_path(Path(f.path), cwd), f.text) for f in read_schema_files(project.schema_path)]
    validated, _ = check_schema(files)
    if validated is None or validated.datasource is None:
        value, _ = project.setting("url")
        if value is None:
            raise UsageError("Either --url or --schema must be provided." + SEE_HELP)
        return parse_database_url(value, cwd)
    found = datasource_url(LoadedSchema(project, files, validated, has_url_flag=True))
    assert found is not None
    return found


def _config_url(cwd: Path, config: str | None, listener: Listener | None) -> DatabaseUrl:
    found = read_config_settings(cwd.resolve(), config)
    if found is None:
        raise UsageError("Either --url or --schema must be provided." + SEE_HELP)
    path, settings = found
    emit(listener, ConfigLoaded(path))
    url = settings.direct_url or settings.url
    if not url:
        raise UsageError("Either --url or --schema must be provided." + SEE_HELP)
    return parse_database_url(url, path.parent)


def open_target(url: DatabaseUrl) -> Connection:
    """SQLite creates a missing file, as the engine's driver does; servers need the database."""
    try:
        return connect(url)
    except DatabaseDoesNotExist:
        if url.provider == "sqlite" and url.path is not None:
            url.path.parent.mkdir(parents=True, exist_ok=True)
            url.path.touch()
            return connect(url)
        raise
