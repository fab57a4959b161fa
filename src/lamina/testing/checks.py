"""The built-in checks of a project's migrations, as functions returning a `CheckResult`.

Each failure says what is wrong and what to run to fix it. Replays happen on temporary databases
(PostgreSQL and MySQL: on the test server; SQLite: in memory), never on the project's database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lamina.operations.context import external_objects
from lamina.operations.schema_diff import diff_sides
from lamina.dialects import DIALECTS, Dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.summary import summarize
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.shadow import replay_migrations, replayed_schema, shadow_database
from lamina.engine.tables import read_history
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.errors import DatabaseDoesNotExist, KnownError
from lamina.migrations.directory import (
    LOCK_FILE_NAME, PROVIDER_NOT_FOUND, LocalMigration, lock_file_content, read_lock_provider,
)
from lamina.migrations.plan import diagnose_history
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import SqlSchema
from lamina.testing.databases import DatabaseFactory
from lamina.testing.project import LaminaProject

DOWN_FILE_NAME = "down.sql"

Outcome = Literal["passed", "failed", "skipped"]


@dataclass(frozen=True)
class CheckResult:
    outcome: Outcome
    message: str = ""  # failed: what is wrong and what to run; skipped: why; passed: what was seen

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"


def _failed(message: str) -> CheckResult:
    return CheckResult("failed", message)


def error_text(error: KnownError) -> str:
    """A lamina error as the CLI shows it: code, message, hint."""
    code = f"{error.code}: " if getattr(error, "code", None) else ""
    hint = error.hint
    return f"{code}{error.message()}" + (f"\n{hint}" if hint else "")


def _command_paths(project: LaminaProject) -> tuple[str, str]:
    return project.shown(project.migrations_dir), project.shown(project.schema_path)


# --- the history applies from empty ------------------------------------------------------------


def check_history_applies(project: LaminaProject, factory: DatabaseFactory) -> CheckResult:
    """`migrate deploy` of the whole history into an empty database (the session's template, which
    the database fixtures then copy)."""
    try:
        migrated = factory.template()
    except KnownError as error:
        return _failed(
            "The migration history does not apply to an empty database:\n\n"
            f"{error_text(error)}\n\n"
            "Fix that migration's migration.sql if it was never deployed anywhere (then replay the history "
            "on your development database with `lamina migrate reset`); if it was deployed, add a migration "
            "after it that works on both histories with `lamina migrate dev --create-only --name …`."
        )
    return CheckResult("passed", f"{len(migrated.applied)} migration(s) applied in {migrated.seconds:.2f}s")


# --- the history equals the schema ---------------------------------------------------------------


def _scratch_server(project: LaminaProject, server: DatabaseUrl | None) -> DatabaseUrl:
    """Where temporary databases go: the test server, or memory for SQLite."""
    if server is not None:
        return server
    return parse_database_url("file::memory:")


def history_drift(project: LaminaProject, server: DatabaseUrl | None) -> tuple[list, SqlSchema, SqlSchema]:
    """`migrate diff --from-migrations <folder> --to-schema <schema>`: the steps that would bring
    the replayed history to the schema, with both sides as compared."""
    init_script = project.project.setting("init_shadow_db")[0]
    with shadow_database(_scratch_server(project, server)) as conn:
        described = replayed_schema(conn, project.migrations(), init_script)
    diff = diff_sides(described, calculate_sql_schema(project.schema), DIALECTS[project.provider],
                      external=external_objects(project.project), url=None,
                      before_is_empty=False, after_is_calculated=True)
    return diff.steps, diff.before, diff.after


def check_history_matches_schema(project: LaminaProject, server: DatabaseUrl | None) -> CheckResult:
    """Nothing left to generate (Django's `makemigrations --check`)."""
    migrations, schema = _command_paths(project)
    try:
        steps, before, after = history_drift(project, server)
    except KnownError as error:
        return _failed(f"The migration history could not be replayed on a temporary database:\n\n{error_text(error)}")
    if not steps:
        return CheckResult("passed")
    return _failed(
        f"The migration history in {migrations} does not match {schema}: a new migration is needed.\n\n"
        f"{summarize(steps, before, after).strip()}\n\n"
        "Run `lamina migrate dev --name …` to write it (see its SQL first with "
        f"`lamina migrate diff --from-migrations {migrations} --to-schema {schema} --script`)."
    )


# --- no edited or missing migrations against a database -------------------------------------------


def check_no_edited_migrations(project: LaminaProject, url: str | None) -> CheckResult:
    """The folder against a database's `_prisma_migrations`: no applied migration edited since,
    none missing from the folder, none failed. Migrations not applied yet are fine."""
    if not url:
        return CheckResult("skipped", "no database to compare the migrations folder with: pass --lamina-url URL "
                                      "(or set lamina_url in the pytest configuration)")
    migrations, _ = _command_paths(project)
    try:
        parsed = parse_database_url(url, base_dir=project.root)
        with connect(parsed) as conn:
            records = read_history(conn)
    except DatabaseDoesNotExist:
        return _failed(f"The database `{parsed.database}` given by --lamina-url does not exist.")
    except KnownError as error:
        return _failed(f"Could not read the migration history of the database given by --lamina-url:\n\n{error_text(error)}")
    if records is None:
        return _failed(
            "The database given by --lamina-url has no `_prisma_migrations` table: it is not managed by lamina "
            "(or Prisma Migrate). Baseline it: `lamina migrate resolve --applied <migration>` for each migration "
            "it already holds (https://pris.ly/d/migrate-baseline)."
        )
    local = project.migrations()
    diagnostic = diagnose_history(local, records)
    problems: list[str] = []
    for name in diagnostic.edited_migration_names:
        problems.append(
            f"The migration `{name}` was modified after it was applied to the database. Restore "
            f"{migrations}/{name}/migration.sql from version control (`git checkout <ref> -- {migrations}/{name}`), "
            "then put the change in a new migration with `lamina migrate dev --name …`."
        )
    for name in diagnostic.not_in_folder:
        problems.append(
            f"The migration `{name}` is applied to the database but missing from {migrations}. Restore its folder "
            f"from version control (`git log --diff-filter=D --name-only -- {migrations}` finds the commit that "
            "removed it)."
        )
    for name in diagnostic.failed_migration_names:
        problems.append(
            f"The migration `{name}` failed on the database. Undo what it did and run "
            f"`lamina migrate resolve --rolled-back \"{name}\"`, or finish it by hand and run "
            f"`lamina migrate resolve --applied \"{name}\"`."
        )
    if problems:
        return _failed("\n\n".join(problems))
    pending = len(diagnostic.not_in_database)
    return CheckResult("passed", f"{len(local) - pending} applied, {pending} not applied yet")


# --- the lock file matches the provider ------------------------------------------------------------


def check_lock_provider(project: LaminaProject) -> CheckResult:
    """migration_lock.toml names the schema's provider (else every migrate command stops, P3019)."""
    migrations, schema = _command_paths(project)
    provider = project.provider
    locked = read_lock_provider(project.migrations_dir)
    lock = f"{migrations}/{LOCK_FILE_NAME}"
    content = lock_file_content(provider).replace("\n", "\n    ").rstrip()
    if locked is None:
        if not project.migrations():
            return CheckResult("passed", "no migrations yet")
        return _failed(f"{lock} is missing. Commit it with the migrations; it holds:\n\n    {content}")
    if locked == PROVIDER_NOT_FOUND:
        return _failed(f"{lock} names no provider. Write:\n\n    {content}")
    if {"postgres": "postgresql"}.get(locked, locked) == provider:
        return CheckResult("passed")
    return _failed(
        f"{lock} says the migrations are for `{locked}`, but the datasource in {schema} is `{provider}` "
        "(every migrate command stops with P3019).\n\n"
        f"If the provider changed by mistake, set `provider = \"{locked}\"` in the datasource block again. "
        f"To move to {provider}, start a new history: remove {migrations} and run `lamina migrate dev --name init`."
    )


# --- up → down → up ------------------------------------------------------------------------------------


def down_script(migration: LocalMigration) -> str | None:
    path = migration.path / DOWN_FILE_NAME
    return path.read_text(encoding="utf-8") if path.is_file() else None


def check_up_down_up(project: LaminaProject, server: DatabaseUrl | None) -> CheckResult:
    """For each migration with a down.sql, replaying it then its down.sql gives back the schema
    before it, and replaying it again gives the same schema as the first time."""
    local = project.migrations()
    downs = {m.name: script for m in local if (script := down_script(m)) is not None}
    if not downs:
        return CheckResult("skipped", f"no migration in {project.shown(project.migrations_dir)} has a {DOWN_FILE_NAME}")
    dialect = DIALECTS[project.provider]
    migrations, _ = _command_paths(project)
    problems: list[str] = []
    try:
        with shadow_database(_scratch_server(project, server)) as conn:
            for migration in local:
                if migration.name not in downs:
                    replay_migrations(conn, [migration])
                    continue
                down_path = f"{migrations}/{migration.name}/{DOWN_FILE_NAME}"
                before = describe_database(conn)
                replay_migrations(conn, [migration])
                after = describe_database(conn)
                try:
                    conn.execute_script(downs[migration.name])
                except Exception as error:  # noqa: BLE001 - the database's error is the message
                    return _failed(f"{down_path} fails after its migration:\n\n{error}\n\nFix {down_path}.")
                if left := _differences(describe_database(conn), before, dialect):
                    problems.append(
                        f"{down_path} does not undo `{migration.name}`: after up then down, the schema still "
                        f"differs from the schema before it:\n\n{left}\n\nFix {down_path} (it must reverse "
                        "migration.sql exactly)."
                    )
                    break
                replay_migrations(conn, [migration])
                if left := _differences(describe_database(conn), after, dialect):
                    problems.append(
                        f"`{migration.name}` applied again after its {DOWN_FILE_NAME} gives another schema than "
                        f"the first time:\n\n{left}\n\nFix {down_path} so that it leaves nothing behind."
                    )
                    break
    except KnownError as error:
        return _failed(f"The migration history could not be replayed on a temporary database:\n\n{error_text(error)}")
    if problems:
        return _failed("\n\n".join(problems))
    return CheckResult("passed", f"{len(downs)} down.sql file(s) checked")


def _differences(actual: SqlSchema, expected: SqlSchema, dialect: Dialect) -> str:
    """What would turn `actual` into `expected`, summarized; empty when they are the same."""
    steps = diff_schemas(actual, expected, dialect)
    return summarize(steps, actual, expected).strip() if steps else ""
