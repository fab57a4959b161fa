"""Why `migrate dev` must stop and ask for a reset (PRISMA-COMPAT.md §5 step 2.6)."""

from __future__ import annotations

from lamina.diffing.steps import Step
from lamina.engine.urls import DatabaseUrl
from lamina.migrations.plan import HistoryDiagnostic
from lamina.schema.model import SqlSchema

DRIFT_TEXT = (
    "Drift detected: Your database schema is not in sync with your migration history.\n\n"
    "The following is a summary of the differences between the expected database schema given your "
    "migrations files, and the actual schema of the database.\n\n"
    "It should be understood as the set of changes to get from the expected schema to the actual schema.\n"
)
FIRST_TIME_TEXT = (
    "\nIf you are running this the first time on an existing database, please make sure to read this "
    "documentation page:\nhttps://www.prisma.io/docs/guides/database/developing-with-prisma-migrate/"
    "troubleshooting-development\n"
)


def reset_reasons(diagnostic: HistoryDiagnostic, drift_steps: list[Step], expected: SqlSchema, actual: SqlSchema,
                  *, has_history_table: bool) -> list[str]:
    reasons = [f"The migration `{name}` failed." for name in diagnostic.failed_migration_names]
    reasons += [f"The migration `{name}` was modified after it was applied." for name in diagnostic.edited_migration_names]
    if drift_steps:
        from lamina.diffing.summary import summarize

        text = DRIFT_TEXT + ("" if has_history_table else FIRST_TIME_TEXT)
        reasons.append(text + summarize(drift_steps, expected, actual))
    if diagnostic.verdict == "historiesDiverge":
        reasons.append(
            "The migrations recorded in the database diverge from the local migrations directory. "
            f"Last common migration: `{diagnostic.last_common_migration_name}`. Migrations applied to the database "
            f"but absent from the migrations directory are: {', '.join(diagnostic.not_in_folder)}")
    elif diagnostic.verdict == "migrationsDirectoryIsBehind":
        reasons.append("The following migration(s) are applied to the database but missing from the local "
                       f"migrations directory: {', '.join(diagnostic.not_in_folder)}")
    return reasons


def reset_target(url: DatabaseUrl, schemas: tuple[str, ...]) -> str:
    location = f"{url.host}:{url.port}" if url.provider != "sqlite" else url.url
    if url.provider == "postgresql":
        if schemas:  # a multiSchema datasource, even with one schema listed
            return f'We need to reset the following schemas: "{", ".join(schemas)}" at "{location}"'
        return f'We need to reset the "{url.schema}" schema at "{location}"'
    pretty = {"sqlite": "SQLite", "mysql": "MySQL"}.get(url.provider, url.provider)
    return f'We need to reset the {pretty} database "{url.database}" at "{location}"'
