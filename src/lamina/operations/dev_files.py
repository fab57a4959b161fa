"""The migration folders `migrate dev` writes beyond Prisma's one: new enum values first in a
migration of their own (PostgreSQL), the lock-safe plan of `--safe` (docs/lint.md), and down.sql
(docs/rollback.md)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from lamina.dialects.base import Dialect
from lamina.diffing.enum_values import ENUM_VALUES_SUFFIX
from lamina.diffing.renames import Rename, inverse_renames, rename_header
from lamina.diffing.safety import SafetyReport
from lamina.diffing.touched import tables_changed_by
from lamina.diffing.script import render_script
from lamina.engine.connection import Connection
from lamina.engine.describe import describe_database
from lamina.migrations.directory import LocalMigration, write_migration
from lamina.migrations.down import compute_down_script, write_down_script
from lamina.migrations.names import migration_directory_name
from lamina.operations.context import LoadedSchema
from lamina.operations.dev_renames import renamed_back
from lamina.operations.lint_settings import DEFAULT_LOCK_TIMEOUT
from lamina.schema.model import SqlSchema


def next_timestamp(local: Sequence[LocalMigration]) -> datetime:
    """Now (UTC), or one second after the newest timestamped folder when that is not earlier:
    a migration created in the same second as the previous one must still sort after it."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    stamps = [m.name[:14] for m in local if len(m.name) >= 14 and m.name[:14].isdigit()]
    if stamps:
        newest = datetime.strptime(max(stamps), "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
        if newest >= now:
            return newest + timedelta(seconds=1)
    return now


def write_enum_values_first(migrations_dir: Path, local: Sequence[LocalMigration], slug: str,
                            split: tuple[list[Any], list[Any]], dialect: Dialect,
                            pure: SafetyReport) -> tuple[str, str]:
    """PostgreSQL cannot use an enum value in the transaction that added it: the added values
    go first, in `<timestamp>_<name>_add_enum_values`, the rest one second later. Returns the
    two folders' names (the values' first)."""
    adding, rest = split
    stamp = next_timestamp(local)
    first = migration_directory_name(stamp, f"{slug}_{ENUM_VALUES_SUFFIX}" if slug else ENUM_VALUES_SUFFIX)
    directory = migration_directory_name(stamp + timedelta(seconds=1), slug)
    write_migration(migrations_dir, first, render_script(adding, dialect))
    write_migration(migrations_dir, directory, render_script(rest, dialect, pure.warnings, pure.unexecutable))
    return first, directory


def write_safe_plan(migrations_dir: Path, directory: str, steps: list[Any], before: SqlSchema, dialect: Dialect,
                    checks: SafetyReport, *, lock_timeout: str = DEFAULT_LOCK_TIMEOUT,
                    header: str = "") -> list[str]:
    """Write the lock-safe plan as consecutive migrations named after `directory`; returns their
    names. `header` (the `-- Rename:` lines) opens the first."""
    from lamina.lint.safe_plan import safe_plan

    planned = safe_plan(steps, before, dialect, lock_timeout=lock_timeout,
                        warnings=checks.warnings, unexecutable=checks.unexecutable)
    stamp = datetime.strptime(directory[:14], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    slug = directory[15:]
    names: list[str] = []
    for offset, migration in enumerate(planned):
        name = migration_directory_name(stamp + timedelta(seconds=offset),
                                        "_".join(p for p in (slug, migration.suffix) if p))
        write_migration(migrations_dir, name, (header if not names else "") + migration.script)
        names.append(name)
    return names


def down_enabled(loaded: LoadedSchema, no_down: bool) -> bool:
    """`migrate dev` writes down.sql unless `no_down` or `[migrations] down = false` in lamina.toml."""
    if no_down:
        return False
    configured: object = loaded.project.setting("migrations_down")[0]
    return configured is not False


def state_after(before: SqlSchema, target: SqlSchema) -> SqlSchema:
    """The database once a migration from `before` to `target` ran, for the down.sql of `--create-only`
    (which applies nothing to describe): the schema's state, plus the extensions the database already
    had, which the schema need not list (a migration creates extensions and never drops them)."""
    listed = {extension.name for extension in target.extensions}
    kept = tuple(extension for extension in before.extensions if extension.name not in listed)
    return replace(target, extensions=target.extensions + kept) if kept else target


def write_dev_down_script(migrations_dir: Path, directory: str, before: SqlSchema, after: SqlSchema,
                          dialect: Dialect, exclude: Callable[[SqlSchema], SqlSchema],
                          renames: Sequence[Rename] = ()) -> None:
    """The down.sql of the migration `migrate dev` just wrote: from `after` back to `before`.
    `renames`: those the migration confirmed, renamed back (not dropped and re-added) by the
    reverse."""
    if renames:
        undone = inverse_renames(renames)
        steps, rendering, checks = renamed_back(exclude(before), exclude(after), dialect, undone)
        script = rename_header(undone) + render_script(steps, rendering, checks.warnings, checks.unexecutable)
    else:
        script = compute_down_script(exclude(before), exclude(after), dialect).script
    write_down_script(migrations_dir / directory, script)



def described_after(conn: Connection, namespaces: tuple[str, ...], before: SqlSchema | None,
                    steps: Sequence[object]) -> SqlSchema:
    """The database as it describes itself once the migration of `steps` ran, for its down.sql.
    `before`: its description from just before that migration (None when not known, e.g. when
    other migrations were applied since): then the tables the steps leave alone are taken from it
    and only the others are read again (diffing/touched.py); with several schemas, or steps beyond
    tables and enums, everything is read."""
    changed = tables_changed_by(steps, before) if before is not None and not namespaces else None
    if changed is None:
        return describe_database(conn, namespaces)
    return describe_database(conn, namespaces, known=before, changed=changed)
