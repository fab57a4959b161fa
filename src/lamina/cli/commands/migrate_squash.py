"""`lamina migrate squash` and `lamina migrate baseline` (docs/rollback.md). The work is
lamina.operations.squash and lamina.operations.baseline; these runners print the text."""

from __future__ import annotations

from typing import Any

from lamina.cli.main import Env
from lamina.migrations.directory import SCRIPT_FILE_NAME
from lamina.operations.baseline import baseline
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.operations.squash import squash


def _header(env: Env, schema: str | None, config: str | None, url: str | None) -> Any:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, config_only=True, has_url_flag=True)
    db_url = datasource_url(loaded)
    assert db_url is not None
    out.line(out.dim(datasource_line(loaded, db_url)))
    return loaded


def run_squash(env: Env, *, schema: str | None, config: str | None, from_name: str | None, to_name: str | None,
               name: str, url: str | None) -> int:
    out = env.output
    loaded = _header(env, schema, config, url)
    result = squash(project=loaded, name=name, from_name=from_name, to_name=to_name, listener=lambda _: out.line())
    count = len(result.squashed)
    out.line(f"Squashed {count} migration{'s' if count != 1 else ''} into {result.directory}:")
    for migration in result.squashed:
        out.line(f"  {migration}")
    out.line()
    if result.database == "missing":
        out.line(f"The database {result.database_name} does not exist: only the migrations folder was changed.")
    elif result.database == "updated":
        out.line(f"The database's history now records `{result.directory}` as applied in place of the "
                 f"{count} squashed migration{'s' if count != 1 else ''}.")
    else:
        out.line("The database applied none of these migrations: its history was not changed.")
    out.line("Only what lamina compares is kept: data changes, functions or triggers written by hand in the "
             "squashed migrations are not in the new one; add them to its migration.sql if they are needed.")
    if env.json is not None:
        env.json.result(result)
    return 0


def run_baseline(env: Env, *, schema: str | None, config: str | None, name: str, url: str | None) -> int:
    out = env.output
    loaded = _header(env, schema, config, url)
    result = baseline(project=loaded, name=name, listener=lambda _: out.line())
    directory = result.directory
    out.line(f"The baseline migration {directory} was written from the database and recorded as applied there:")
    out.line()
    out.line(f"migrations/\n  └─ {directory}/\n    └─ {SCRIPT_FILE_NAME}")
    out.line()
    out.line("Deploy it to other databases as usual; databases that already have this schema need "
             f"`lamina migrate resolve --applied {directory}`.")
    if env.json is not None:
        env.json.result(result)
    return 0
