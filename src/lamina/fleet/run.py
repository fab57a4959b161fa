"""Deploying to (or reading) every target of a fleet, a few at a time.

Each target runs the single-database deploy (engine/apply.py's `apply_migrations`: the lock, the
history table, one transaction per migration with its `_prisma_migrations` row) on its own
connection, in a worker thread. A target that fails, or cannot be reached, ends with an outcome
that says so; the others go on. Scripts are planned once for the whole fleet, before any worker
starts (engine/atomic.py caches the plans).

Interruption: the first Ctrl-C (or SIGTERM) lets every migration in progress finish, starts no
new one, and the run reports what it did; a second Ctrl-C ends the process at once. Either way,
and after a kill -9, every migration is either recorded as applied or not applied at all (its
transaction is rolled back by the server), so running the fleet again completes what is left.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from functools import partial
from typing import Literal

from lamina.engine.apply import apply_migrations
from lamina.engine.atomic import plan_for
from lamina.engine.connection import Connection, connect, create_database
from lamina.engine.lock import acquire_migration_lock
from lamina.engine.tables import read_history
from lamina.errors import DatabaseDoesNotExist, FoundFailedMigrations, KnownError, MigrationFailedToApply
from lamina.fleet.lock import acquire_tenant_lock
from lamina.fleet.targets import Target, error_text
from lamina.migrations.directory import LocalMigration
from lamina.migrations.history import MigrationRecord
from lamina.migrations.plan import diagnose_history

DEFAULT_CONCURRENCY = 4

Verdict = Literal["up to date", "applied", "pending", "failed", "interrupted"]


@dataclass
class Progress:
    """What the live table shows of one target; written by its worker only."""

    target: Target
    phase: Literal["waiting", "connecting", "applying", "done"] = "waiting"
    total: int | None = None  # pending migrations, once the lock is held
    started_names: list[str] = field(default_factory=list)
    started_at: float | None = None
    finished_at: float | None = None

    @property
    def current(self) -> str | None:
        return self.started_names[-1] if self.phase == "applying" and self.started_names else None

    @property
    def done(self) -> int:
        return max(0, len(self.started_names) - (1 if self.phase == "applying" else 0))

    def elapsed(self, now: float | None = None) -> float:
        if self.started_at is None:
            return 0.0
        return (self.finished_at or now or time.monotonic()) - self.started_at


@dataclass(frozen=True)
class Outcome:
    target: Target
    verdict: Verdict
    applied: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()  # status: not applied yet; deploy: left after a failure
    failed_at: str | None = None  # the migration that failed (deploy) or the failed rows' first (status)
    error: str | None = None  # the database's (or connection's) error, password removed
    failed_rows: tuple[str, ...] = ()  # rows left failed by an earlier run
    edited: tuple[str, ...] = ()  # applied, then changed in the folder
    missing: tuple[str, ...] = ()  # applied rows whose folder is gone
    database_created: bool = False
    seconds: float = 0.0

    @property
    def is_failed(self) -> bool:
        return self.verdict in ("failed", "interrupted")


class Stopped(BaseException):
    """Raised in a worker before its next migration once the run is interrupted."""


@dataclass(frozen=True)
class FleetRun:
    outcomes: list[Outcome]  # in the targets' order
    interrupted_by: BaseException | None = None


def plan_scripts(local: list[LocalMigration], provider: str) -> None:
    """Plan every script once, on this thread, so that workers find the plans cached."""
    for migration in local:
        if migration.script is not None:
            plan_for(provider, migration.script)


def run_fleet(targets: list[Target], work: Callable[[Target, Progress, threading.Event], Outcome],
              concurrency: int, *, on_finished: Callable[[Outcome], None] = lambda outcome: None,
              on_tick: Callable[[list[Progress]], None] = lambda progress: None) -> FleetRun:
    stop = threading.Event()
    progress = [Progress(target) for target in targets]
    executor = ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="lamina-fleet")
    futures: dict[Future, int] = {executor.submit(work, t, p, stop): i for i, (t, p) in enumerate(zip(targets, progress))}
    outcomes: list[Outcome | None] = [None] * len(targets)
    remaining = set(futures)
    interrupted_by: BaseException | None = None
    try:
        while remaining:
            done, remaining = wait(remaining, timeout=0.25, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=futures.__getitem__):
                outcome = future.result()
                outcomes[futures[future]] = outcome
                on_finished(outcome)
            on_tick(progress)
    except (KeyboardInterrupt, SystemExit) as stopped:  # Ctrl-C, SIGTERM (cli/signals.py)
        interrupted_by = stopped
        stop.set()
        try:
            executor.shutdown(wait=True, cancel_futures=True)
        except (KeyboardInterrupt, SystemExit):
            os._exit(130)  # a second Ctrl-C: the server rolls back what is in progress
        for future, index in futures.items():
            if not future.cancelled() and future.done() and outcomes[index] is None:
                outcomes[index] = future.result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return FleetRun(
        [outcome or Outcome(target, "interrupted") for outcome, target in zip(outcomes, targets)],
        interrupted_by,
    )


# --- deploy --------------------------------------------------------------------------------------


def deploy_target(target: Target, progress: Progress, stop: threading.Event, *,
                  local: list[LocalMigration], external_tables: tuple[str, ...] = ()) -> Outcome:
    """The single-database deploy, on one target; never raises (but `Stopped` is reported)."""
    progress.started_at = time.monotonic()
    progress.phase = "connecting"
    created = False

    def on_pending(count: int) -> None:
        progress.total = count
        progress.phase = "applying"

    def on_applying(name: str) -> None:
        if stop.is_set():
            raise Stopped(name)
        progress.started_names.append(name)

    def finish(verdict: Verdict, **fields: object) -> Outcome:
        progress.phase = "done"
        progress.finished_at = time.monotonic()
        return Outcome(target, verdict, database_created=created, seconds=progress.elapsed(), **fields)  # type: ignore[arg-type]

    try:
        if target.url is None:
            return finish("failed", error=target.problem)
        conn, created = _open_or_create(target)
        with conn:
            lock = partial(acquire_tenant_lock, schema=target.tenant_schema) if target.tenant_schema else acquire_migration_lock
            applied = apply_migrations(conn, local, on_applying=on_applying, on_pending=on_pending,
                                       external_tables=external_tables, lock=lock)
            diagnostic = diagnose_history(local, read_history(conn) or [])
        verdict: Verdict = "applied" if applied else "up to date"
        return finish(verdict, applied=tuple(applied), edited=diagnostic.edited_migration_names,
                      missing=diagnostic.not_in_folder)
    except Stopped as stopped:
        return finish("interrupted", applied=tuple(progress.started_names), pending=_from(local, stopped.args[0]))
    except MigrationFailedToApply as error:
        return finish("failed", applied=tuple(progress.started_names[:-1]), failed_at=error.migration_name,
                      error=_scrub(error.database_error, target), pending=_from(local, error.migration_name))
    except FoundFailedMigrations as error:
        failed = tuple(f.migration_name for f in error.failed)
        logs = next((f.logs for f in error.failed if f.logs), None)
        text = "a failed row from an earlier run blocks this target (P3009); resolve it with `lamina migrate resolve`"
        return finish("failed", failed_at=failed[0], failed_rows=failed,
                      error=_scrub(text + (f":\n{logs.strip()}" if logs else ""), target))
    except KnownError as error:
        return finish("failed", error=_scrub(error_text(error), target))
    except Exception as error:  # noqa: BLE001 - one target's trouble never stops the others
        return finish("failed", error=_scrub(f"{type(error).__name__}: {error}".strip(), target))


def _open_or_create(target: Target) -> tuple[Connection, bool]:
    assert target.url is not None
    try:
        return connect(target.url), False
    except DatabaseDoesNotExist:
        if target.tenant_schema is not None:
            raise
        create_database(target.url)
        return connect(target.url), True


def _from(local: list[LocalMigration], name: str) -> tuple[str, ...]:
    """The folder's migrations from `name` on: what a failed or stopped target has left to apply."""
    names = [m.name for m in local]
    return tuple(names[names.index(name):]) if name in names else ()


# --- status --------------------------------------------------------------------------------------


def status_target(target: Target, progress: Progress, stop: threading.Event, *,
                  local: list[LocalMigration]) -> Outcome:
    """`migrate status` of one target: read only, no lock, nothing created."""
    progress.started_at = time.monotonic()
    progress.phase = "connecting"

    def finish(verdict: Verdict, **fields: object) -> Outcome:
        progress.phase = "done"
        progress.finished_at = time.monotonic()
        return Outcome(target, verdict, seconds=progress.elapsed(), **fields)  # type: ignore[arg-type]

    if stop.is_set():
        return finish("interrupted")
    try:
        if target.url is None:
            return finish("failed", error=target.problem)
        with connect(target.url) as conn:
            records: list[MigrationRecord] = read_history(conn) or []
    except KnownError as error:
        return finish("failed", error=_scrub(error_text(error), target))
    except Exception as error:  # noqa: BLE001
        return finish("failed", error=_scrub(f"{type(error).__name__}: {error}".strip(), target))
    diagnostic = diagnose_history(local, records)
    fields = dict(pending=diagnostic.not_in_database, failed_rows=diagnostic.failed_migration_names,
                  edited=diagnostic.edited_migration_names, missing=diagnostic.not_in_folder)
    if diagnostic.failed_migration_names:
        return finish("failed", failed_at=diagnostic.failed_migration_names[0], **fields)
    return finish("pending" if diagnostic.not_in_database else "up to date", **fields)


# --- error text ----------------------------------------------------------------------------------


def _scrub(text: str | None, target: Target) -> str | None:
    """Never a password in what is shown: drivers may echo parts of the connection string."""
    if text is None or target.url is None:
        return text
    password = target.url.password
    if password:
        text = text.replace(target.url.url, target.label).replace(f":{password}@", ":****@")
        if len(password) >= 6:  # shorter ones would mask ordinary words of the message
            text = text.replace(password, "****")
    return text


def default_concurrency(conn: Connection | None, targets: int) -> int:
    """4 at most (the deploys are short transactions; more mostly queue in the server), fewer when
    the server has few free connections left, never more than there are targets."""
    limit = DEFAULT_CONCURRENCY
    if conn is not None and conn.provider == "postgresql":
        try:
            ((free,),) = conn.query(
                "SELECT current_setting('max_connections')::int - "
                "current_setting('superuser_reserved_connections')::int - count(*) FROM pg_stat_activity")
            limit = min(limit, max(1, int(free) // 2))
        except Exception:  # noqa: BLE001 - a server that hides pg_stat_activity: keep the default
            pass
    return max(1, min(limit, targets))
