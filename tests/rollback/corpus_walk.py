"""Walk a corpus history down to empty and back (docs/rollback.md), for the tests and
bench/down_corpus.py: write every down.sql (`migrate down --write`), deploy the whole history, then
revert one migration at a time and compare the described schema with the state before that
migration (replayed on a shadow database), then deploy again and compare with the full state."""

from __future__ import annotations

import shutil
import subprocess
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.summary import summarize
from lamina.engine.connection import connect, quote_identifier
from lamina.engine.describe import describe_database, describe_objects
from lamina.engine.apply import apply_migrations
from lamina.engine.reset import reset_database
from lamina.engine.revert import DownScriptFailed, revert_migration
from lamina.engine.shadow import shadow_database
from lamina.engine.tables import read_history, user_table_names
from lamina.engine.urls import parse_database_url
from lamina.migrations.directory import list_migrations
from lamina.migrations.down import read_down_script
from tests.cli.helpers import lamina


@dataclass
class WalkResult:
    entry: str
    migrations: int
    reverted_ok: int = 0
    losing_data: int = 0  # down.sql files with Prisma's data-loss warnings
    needed_empty_tables: int = 0  # downs that ran only once the rows the history inserted were deleted
    redeploy_ok: bool = False
    prisma_status: str = "not asked"  # Prisma 7.10.1's `migrate status` after the final deploy
    failures: list[str] = field(default_factory=list)
    failed_names: list[str] = field(default_factory=list)  # migrations whose revert failed or differed
    seconds: float = 0.0

    @property
    def line(self) -> str:
        return (f"{self.entry}: {self.reverted_ok}/{self.migrations} downs restore the previous state, "
                f"{self.losing_data} lose data, {self.needed_empty_tables} ran only on emptied tables, redeploy {'ok' if self.redeploy_ok else 'FAILED'} "
                f"Prisma's status {self.prisma_status} ({self.seconds:.1f}s)")


def project_from_corpus(entry: Path, project: Path, url: str, upto: int | None = None) -> Path:
    """A lamina project in `project` with the entry's schema and migrations (the first `upto` of
    them when given), pointed at `url`."""
    prisma = project / "prisma"
    prisma.mkdir(parents=True, exist_ok=True)
    if (entry / "schema.prisma").exists():
        shutil.copy(entry / "schema.prisma", prisma / "schema.prisma")
        schema = "prisma/schema.prisma"
    else:
        shutil.copytree(entry / "schema", prisma / "schema")
        schema = "prisma/schema"
    if upto is None:
        shutil.copytree(entry / "migrations", prisma / "migrations")
    else:
        kept = sorted(p for p in (entry / "migrations").iterdir() if p.is_dir())[:upto]
        (prisma / "migrations").mkdir()
        for lock in (entry / "migrations").glob("*.toml"):
            shutil.copy(lock, prisma / "migrations" / lock.name)
        for folder in kept:
            shutil.copytree(folder, prisma / "migrations" / folder.name)
    (project / "lamina.toml").write_text(f'schema = "{schema}"\n\n[migrations]\npath = "prisma/migrations"\n\n'
                                         f'[datasource]\nurl = "{url}"\n', encoding="utf-8")
    return project


def empty_tables(url) -> None:
    """Delete every row of every table but `_prisma_migrations`."""
    with connect(url) as conn:
        names = user_table_names(conn)
        if conn.provider == "postgresql":
            if names:
                conn.execute("TRUNCATE " + ", ".join(quote_identifier(n) for n in names) + " CASCADE")
            return
        conn.execute("PRAGMA foreign_keys = OFF")
        for name in names:
            conn.execute(f"DELETE FROM {quote_identifier(name)}")
        conn.raw.commit()


def _revert(url, name: str, script: str) -> None:
    with connect(url) as conn:
        rows = tuple(r.id for r in read_history(conn) or [] if r.migration_name == name and r.is_applied)
        revert_migration(conn, name, script, rows)


def _deploy_prefix(url, migrations) -> None:
    """A database reset, then `migrations` applied: the state a down that failed should have left."""
    with connect(url) as conn:
        reset_database(conn, ())
    with connect(url) as conn:
        apply_migrations(conn, migrations)


def _with_predicates(schema):
    """Partial index predicates compared too (a reverse must restore them)."""
    return replace(schema, partial_indexes=True)


def objects_differ(expected, actual) -> str:
    """What differs between two `describe_objects` (PostgreSQL; None elsewhere): '' when nothing."""
    if expected is None or actual is None:
        return ""
    differences = []
    for kind in ("functions", "triggers", "constraints", "indexes"):
        left, right = getattr(expected, kind), getattr(actual, kind)
        for key in sorted(set(left) | set(right), key=repr):
            if key not in right:
                differences.append(f"{kind[:-1]} {key[1:]} missing")
            elif key not in left:
                differences.append(f"{kind[:-1]} {key[1:]} left in place")
            elif left[key] != right[key]:
                differences.append(f"{kind[:-1]} {key[1:]} changed")
    return "; ".join(differences)


def walk_history(entry: Path, project: Path, url: str, *, via_cli: bool = True, upto: int | None = None,
                 last: int | None = None, oracle: Path | None = None) -> WalkResult:
    """`via_cli`: each step is `lamina migrate down` (replays the history each time); otherwise the
    down.sql runs through the same engine call with its row, without the per-step replay.
    `upto`: only the first `upto` migrations of the history; `last`: revert only the newest `last`
    of them (a window of a long history; `migrations` then counts the reverted ones). `oracle`: the
    folder of ../shared/oracle, whose Prisma is asked for `migrate status` after the final deploy."""
    started = time.monotonic()
    project_from_corpus(entry, project, url, upto)
    written = lamina(project, "migrate", "down", "--write")
    assert written.code == 0, written.text
    local = list_migrations(project / "prisma" / "migrations")
    result = WalkResult(entry.name, len(local))
    result.losing_data = sum(1 for m in local if "/*\n  Warnings:\n" in (read_down_script(m) or ""))
    deployed = lamina(project, "migrate", "deploy")
    assert deployed.code == 0, deployed.text

    database_url = parse_database_url(url)
    dialect = DIALECTS[database_url.provider]
    with shadow_database(database_url) as shadow:
        states = [describe_database(shadow)]
        objects = [describe_objects(shadow)]
        for migration in local:
            shadow.execute_script(migration.script or "")
            states.append(describe_database(shadow))
            objects.append(describe_objects(shadow))

    first = 0 if last is None else max(0, len(local) - last)
    result.migrations = len(local) - first
    for index in reversed(range(first, len(local))):
        name = local[index].name
        if via_cli:
            step = lamina(project, "migrate", "down", "--accept-data-loss")
            if step.code != 0 and "failed:" in step.err:
                # A reverse that cannot run on the rows the history's own INSERTs left (a required
                # column added back without a default): it ran atomically and changed nothing.
                empty_tables(database_url)
                step = lamina(project, "migrate", "down", "--accept-data-loss")
                result.needed_empty_tables += step.code == 0
            if step.code != 0:
                result.failures.append(f"{name}: migrate down failed: {step.err.strip()}")
                result.failed_names.append(name)
                _deploy_prefix(database_url, local[:index])  # go on from the state before it
                continue
        else:
            try:
                _revert(database_url, name, read_down_script(local[index]) or "")
            except DownScriptFailed as error:
                empty_tables(database_url)
                try:
                    _revert(database_url, name, read_down_script(local[index]) or "")
                    result.needed_empty_tables += 1
                except DownScriptFailed as again:
                    result.failures.append(f"{name}: down failed: {again.message()} (first: {error.message()})")
                    result.failed_names.append(name)
                    _deploy_prefix(database_url, local[:index])  # go on from the state before it
                    continue
        with connect(database_url) as conn:
            live = describe_database(conn)
            live_objects = describe_objects(conn)
        difference = diff_schemas(_with_predicates(states[index]), _with_predicates(live), dialect)
        objects_difference = objects_differ(objects[index], live_objects)
        if difference:
            result.failures.append(f"{name}: after down, differs from the state before it:\n"
                                   + summarize(difference, states[index], live))
            result.failed_names.append(name)
        elif objects_difference:
            result.failures.append(f"{name}: after down, its functions, triggers, constraints or indexes differ "
                                   f"from the state before it: {objects_difference}")
            result.failed_names.append(name)
        else:
            result.reverted_ok += 1

    if first:  # the rest of the history is still applied: back to empty before the full redeploy
        with connect(database_url) as conn:
            reset_database(conn, ())
    redeployed = lamina(project, "migrate", "deploy")
    if redeployed.code == 0:
        with connect(database_url) as conn:
            final = describe_database(conn)
            final_objects = describe_objects(conn)
        difference = diff_schemas(states[-1], final, dialect)
        objects_difference = objects_differ(objects[-1], final_objects)
        result.redeploy_ok = not difference and not objects_difference
        if difference:
            result.failures.append("redeploy differs from the full state:\n" + summarize(difference, states[-1], final))
        elif objects_difference:
            result.failures.append(f"redeploy differs from the full state: {objects_difference}")
        if oracle is not None:
            result.prisma_status = prisma_status(oracle, url, project / "prisma" / "migrations")
    else:
        result.failures.append(f"redeploy failed: {redeployed.text.strip()[-500:]}")
    result.seconds = time.monotonic() - started
    return result


def prisma_status(oracle: Path, url: str, migrations: Path) -> str:
    """"up to date" when Prisma's `migrate status` says so (exit 0), else its last line."""
    status = subprocess.run([str(oracle / "prisma-status.sh"), url, str(migrations)],
                            capture_output=True, text=True, timeout=600)
    if status.returncode == 0 and "Database schema is up to date!" in status.stdout:
        return "up to date"
    return "NOT up to date: " + (status.stdout + status.stderr).strip().splitlines()[-1][:200]
