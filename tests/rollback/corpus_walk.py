"""Walk a corpus history down to empty and back (docs/rollback.md), for the tests and
bench/down_corpus.py: write every down.sql (`migrate down --write`), deploy the whole history, then
revert one migration at a time and compare the described schema with the state before that
migration (replayed on a shadow database), then deploy again and compare with the full state."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.summary import summarize
from lamina.engine.connection import connect, quote_identifier
from lamina.engine.describe import describe_database
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
    failures: list[str] = field(default_factory=list)
    failed_names: list[str] = field(default_factory=list)  # migrations whose revert failed or differed
    seconds: float = 0.0

    @property
    def line(self) -> str:
        return (f"{self.entry}: {self.reverted_ok}/{self.migrations} downs restore the previous state, "
                f"{self.losing_data} lose data, {self.needed_empty_tables} ran only on emptied tables, redeploy {'ok' if self.redeploy_ok else 'FAILED'} "
                f"({self.seconds:.1f}s)")


def project_from_corpus(entry: Path, project: Path, url: str) -> Path:
    """A lamina project in `project` with the entry's schema and migrations, pointed at `url`."""
    prisma = project / "prisma"
    prisma.mkdir(parents=True, exist_ok=True)
    if (entry / "schema.prisma").exists():
        shutil.copy(entry / "schema.prisma", prisma / "schema.prisma")
        schema = "prisma/schema.prisma"
    else:
        shutil.copytree(entry / "schema", prisma / "schema")
        schema = "prisma/schema"
    shutil.copytree(entry / "migrations", prisma / "migrations")
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


def walk_history(entry: Path, project: Path, url: str, *, via_cli: bool = True) -> WalkResult:
    """`via_cli`: each step is `lamina migrate down` (replays the history each time); otherwise the
    down.sql runs through the same engine call with its row, without the per-step replay."""
    started = time.monotonic()
    project_from_corpus(entry, project, url)
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
        for migration in local:
            shadow.execute_script(migration.script or "")
            states.append(describe_database(shadow))

    for index in reversed(range(len(local))):
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
        difference = diff_schemas(states[index], live, dialect)
        if difference:
            result.failures.append(f"{name}: after down, differs from the state before it:\n"
                                   + summarize(difference, states[index], live))
            result.failed_names.append(name)
        else:
            result.reverted_ok += 1

    redeployed = lamina(project, "migrate", "deploy")
    if redeployed.code == 0:
        with connect(database_url) as conn:
            final = describe_database(conn)
        difference = diff_schemas(states[-1], final, dialect)
        result.redeploy_ok = not difference
        if difference:
            result.failures.append("redeploy differs from the full state:\n" + summarize(difference, states[-1], final))
    else:
        result.failures.append(f"redeploy failed: {redeployed.text.strip()[-500:]}")
    result.seconds = time.monotonic() - started
    return result
