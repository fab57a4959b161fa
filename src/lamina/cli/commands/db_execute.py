"""`lamina db execute` (PRISMA-COMPAT.md §1.9): run a SQL script on a database, sent whole as one
command, from `--file` or `--stdin`, on `--url`, on `--schema`'s datasource (Prisma 6) or on the
configured URL (Prisma 7)."""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

from lamina.cli.main import Env
from lamina.operations.context import LoadedSchema, announce_config, datasource_url
from lamina.engine.connection import Connection, MysqlScriptError, connect
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.errors import DatabaseDoesNotExist, KnownError, UsageError
from lamina.project.project import SchemaNotFound, display_path, load_project, read_config_settings
from lamina.psl import check_schema, read_schema_files
from lamina.psl.ast import SourceFile

_SEE_HELP = "\nSee `lamina db execute -h`"


@dataclass
class ScriptFailed(KnownError):
    """The database refused the script: its own message, as the engine passes it on."""

    text: str

    def message(self) -> str:
        return self.text + "\n\n"


def run(env: Env, *, schema: str | None, url: str | None, config: str | None,
        file: str | None, stdin: bool) -> int:
    if stdin and file:
        raise UsageError("--stdin and --file cannot be used at the same time. Only 1 must be provided." + _SEE_HELP)
    if not stdin and not file:
        raise UsageError("Either --stdin or --file must be provided." + _SEE_HELP)
    if url and schema:
        raise UsageError("--url and --schema cannot be used at the same time. Only 1 must be provided." + _SEE_HELP)
    target = _target_url(env, schema=schema, url=url, config=config)
    if file:
        path = Path(env.cwd, file)
        if not path.is_file():
            raise UsageError(f"Provided --file at {file} doesn't exist.")
        # Prisma reads the file as UTF-8 text: bytes that are not UTF-8 become U+FFFD, no crash.
        script = path.read_text(encoding="utf-8", errors="replace")
    else:
        buffer = getattr(sys.stdin, "buffer", None)
        script = buffer.read().decode("utf-8", errors="replace") if buffer is not None else sys.stdin.read()
    with _open(target) as conn:
        execute_script(conn, script)
    env.output.line("Script executed successfully.")
    return 0


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


def _target_url(env: Env, *, schema: str | None, url: str | None, config: str | None) -> DatabaseUrl:
    if url:
        if config:
            announce_config(env.output, Path(config), env.cwd)
        return parse_database_url(url, env.cwd)
    try:
        project = load_project(env.cwd, schema=schema, config=config)
    except SchemaNotFound:
        if schema:
            raise
        return _config_url(env, config)  # Prisma 7: the URL comes from the config, no schema needed
    announce_config(env.output, project.config_file, env.cwd)
    files = [SourceFile(display_path(Path(f.path), env.cwd), f.text) for f in read_schema_files(project.schema_path)]
    validated, _ = check_schema(files)
    if validated is None or validated.datasource is None:
        value, _ = project.setting("url")
        if value is None:
            raise UsageError("Either --url or --schema must be provided." + _SEE_HELP)
        return parse_database_url(value, env.cwd)
    return datasource_url(LoadedSchema(project, files, validated, has_url_flag=True))


def _config_url(env: Env, config: str | None) -> DatabaseUrl:
    found = read_config_settings(env.cwd.resolve(), config)
    if found is None:
        raise UsageError("Either --url or --schema must be provided." + _SEE_HELP)
    path, settings = found
    announce_config(env.output, path, env.cwd)
    url = settings.direct_url or settings.url
    if not url:
        raise UsageError("Either --url or --schema must be provided." + _SEE_HELP)
    return parse_database_url(url, path.parent)


def _open(url: DatabaseUrl) -> Connection:
    """SQLite creates a missing file, as the engine's driver does; servers need the database."""
    try:
        return connect(url)
    except DatabaseDoesNotExist:
        if url.provider == "sqlite" and url.path is not None:
            url.path.parent.mkdir(parents=True, exist_ok=True)
            url.path.touch()
            return connect(url)
        raise
