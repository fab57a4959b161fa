"""`down.sql` beside `migration.sql`: the steps that take the schema from after a migration back to
before it (docs/rollback.md).

The reverse is computed by the same differ and renderer as a migration (diff the state after the
migration to the state before it), so it reads like one Prisma would write: `-- DropTable` headers,
and Prisma's warnings block at the top when running it loses data. Prisma ignores extra files in a
migration folder, and `down.sql` never enters a checksum.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from lamina.dialects.base import Dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.safety import RowCounts, SafetyReport, check_steps
from lamina.diffing.script import EMPTY_MIGRATION, render_script
from lamina.diffing.steps import Step
from lamina.migrations.directory import LocalMigration, read_script
from lamina.schema.model import SqlSchema

if TYPE_CHECKING:
    from lamina.dialects.postgres.objects import DatabaseObjects

DOWN_FILE_NAME = "down.sql"


@dataclass(frozen=True)
class DownScript:
    """The reverse of one migration: its steps, its text, and what running it would lose."""

    steps: tuple[Step, ...]
    script: str
    warnings: tuple[str, ...]  # Prisma's data-loss warnings, as written at the top of the script
    unexecutable: tuple[str, ...]

    @property
    def loses_data(self) -> bool:
        return bool(self.warnings or self.unexecutable)


def reverse_steps(before: SqlSchema, after: SqlSchema, dialect: Dialect) -> list[Step]:
    """The steps from the state after a migration (`after`) back to the state before it. Partial
    index predicates are compared (as with the partialIndexes preview feature): a reverse that kept an
    index whose predicate the migration changed would not restore it."""
    return diff_schemas(replace(after, partial_indexes=True), replace(before, partial_indexes=True), dialect)


def compute_down_script(before: SqlSchema, after: SqlSchema, dialect: Dialect,
                        objects_before: DatabaseObjects | None = None,
                        objects_after: DatabaseObjects | None = None) -> DownScript:
    """`before`/`after`: the schema before and after the migration; the script goes from after to before.
    `objects_before`/`objects_after` (PostgreSQL, `engine.describe.describe_objects`): the functions,
    triggers, constraints and undescribed indexes around the migration, which the reverse then
    restores too (`down_postgres`)."""
    steps = reverse_steps(before, after, dialect)
    checks = check_steps(steps, after, before, dialect, None)
    if dialect.name == "postgresql":
        from lamina.migrations.down_postgres import render_down_script

        script = render_down_script(steps, dialect, checks.warnings, checks.unexecutable, before,
                                    objects_before, objects_after)
    else:
        script = render_script(steps, dialect, checks.warnings, checks.unexecutable)
    dropped = dropped_extensions(before, after)
    if dropped:
        script = ("" if script == EMPTY_MIGRATION else script + "\n") + dropped
    return DownScript(tuple(steps), script, tuple(checks.warnings), tuple(checks.unexecutable))


def dropped_extensions(before: SqlSchema, after: SqlSchema) -> str:
    """Extensions the migration created. Prisma's differ never drops an extension (a schema
    without `extensions = [...]` does not manage them), so its steps cannot say it: the reverse of
    a `CREATE EXTENSION` is written here, last, once the tables that may use it are gone."""
    known = {extension.name for extension in before.extensions}
    names = sorted({extension.name for extension in after.extensions} - known)
    return "".join(f'-- DropExtension\nDROP EXTENSION IF EXISTS "{name}";\n' for name in names)


def live_down_checks(before: SqlSchema, after: SqlSchema, dialect: Dialect, counts: RowCounts) -> SafetyReport:
    """The data-loss warnings of reverting on a live database, with its row counts (Prisma's
    `migrate dev` wording: a count of 0 says nothing)."""
    return check_steps(reverse_steps(before, after, dialect), after, before, dialect, counts)


# Statements whose effect a schema diff cannot see, so a computed reverse does not undo them.
_UNCOMPARED_POSTGRES = {
    "CreateTrigStmt": "CREATE TRIGGER", "CreateFunctionStmt": "CREATE FUNCTION", "ViewStmt": "CREATE VIEW",
    "CreateTableAsStmt": "CREATE MATERIALIZED VIEW", "CreatePolicyStmt": "CREATE POLICY", "RuleStmt": "CREATE RULE",
    "DoStmt": "DO block", "InsertStmt": "INSERT", "UpdateStmt": "UPDATE", "DeleteStmt": "DELETE",
    "CreateSeqStmt": "CREATE SEQUENCE", "GrantStmt": "GRANT", "CreateDomainStmt": "CREATE DOMAIN",
}
_UNCOMPARED_LINE = re.compile(
    r"^\s*(CREATE\s+(?:TEMP(?:ORARY)?\s+)?(?:TRIGGER|VIEW)|INSERT|UPDATE|DELETE\s+FROM|CREATE\s+(?:OR\s+REPLACE\s+)?"
    r"(?:FUNCTION|PROCEDURE|VIEW|TRIGGER))\b[^\n]*", re.I | re.M)


# What a PostgreSQL down.sql built with the database's objects reverses (down_postgres).
_RESTORED_POSTGRES = frozenset({"CreateTrigStmt", "CreateFunctionStmt"})


def uncompared_statements(provider: str, script: str, *, with_objects: bool = False) -> list[str]:
    """The first line of each statement of `script` that changes something a schema diff does not
    compare (data, triggers, functions, views): a computed reverse leaves those in place. Parsed with
    pglast on PostgreSQL; elsewhere, statements recognised by how their line starts. `with_objects`:
    the reverse was built with the database's functions and triggers, which it restores."""
    if provider == "postgresql":
        try:
            import pglast

            nodes = [raw.stmt for raw in pglast.parse_sql(script)]
            slices = list(pglast.split(script, only_slices=True))
        except Exception:  # noqa: BLE001 - a script pglast cannot parse: nothing to say
            return []
        if len(nodes) != len(slices):
            return []
        return [_first_line(script[piece.start:piece.stop]) for node, piece in zip(nodes, slices)
                if type(node).__name__ in _UNCOMPARED_POSTGRES
                and not (with_objects and type(node).__name__ in _RESTORED_POSTGRES)]
    return [_first_line(match.group(0)) for match in _UNCOMPARED_LINE.finditer(script)]


def _first_line(statement: str) -> str:
    lines = [line.strip() for line in statement.strip().splitlines()
             if line.strip() and not line.strip().startswith("--")]
    text = lines[0] if lines else ""
    return text if len(text) <= 100 else text[:97] + "..."


def uncompared_note(statements: list[str]) -> str:
    """The comment put at the top of a computed down.sql when the migration did more than it undoes."""
    if not statements:
        return ""
    listed = "".join(f"--   {line}\n" for line in statements[:20])
    more = f"--   ... and {len(statements) - 20} more\n" if len(statements) > 20 else ""
    return ("-- migration.sql also runs statements a schema comparison does not see; this file does not\n"
            "-- undo them. Add their reverse here if the migration must be reverted exactly:\n" + listed + more + "\n")


def down_path(migration: LocalMigration) -> Path:
    return migration.path / DOWN_FILE_NAME


def read_down_script(migration: LocalMigration) -> str | None:
    """The migration's `down.sql`, read as its `migration.sql` is; None when there is none."""
    return read_script(down_path(migration))


def write_down_script(directory: Path, script: str) -> bool:
    """Write `<directory>/down.sql` unless one is there (a hand-written one is never replaced);
    True when written."""
    path = directory / DOWN_FILE_NAME
    try:
        with open(path, "x", encoding="utf-8", newline="") as handle:
            handle.write(script)
    except FileExistsError:
        return False
    return True


def identity(schema: SqlSchema) -> SqlSchema:
    return schema


SchemaFilter = Callable[[SqlSchema], SqlSchema]
