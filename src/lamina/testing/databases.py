"""Throw-away databases migrated from the project's history, for tests.

The history is applied once per session (as `migrate deploy` applies it, `_prisma_migrations`
included) to a template, then each test gets its own copy:

- SQLite: the template is a file; each test gets a copy of it.
- PostgreSQL: the template is a database; each test gets `CREATE DATABASE … TEMPLATE` of it, a
  file-level copy made by the server (no migration runs again).
- MySQL/MariaDB: no template databases there, so one migrated database serves the whole session.

Every database made is remembered and dropped by `close()`, which the plugin calls at the end of
the session whatever happened (a failure, Ctrl-C); each test's copy is dropped after the test. On
PostgreSQL that drop happens on a background thread: DROP DATABASE makes the server checkpoint
(up to 15), which can take longer than the clone, and the next test need not wait for it.
"""

from __future__ import annotations

import queue
import re
import shutil
import threading
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamina.engine.apply import apply_migrations
from lamina.engine.connection import Connection, connect, connect_admin, create_database, drop_database, quote_identifier
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.testing.project import LaminaProject

TEMPLATE_PREFIX = "lamina_pytest_template_"
DATABASE_PREFIX = "lamina_pytest_"


@dataclass(frozen=True)
class LaminaDatabase:
    """A migrated database for one test (one session on MySQL)."""

    url: str  # as DATABASE_URL holds it (`file:…`, `postgresql://…?schema=…`, `mysql://…`)
    provider: str
    name: str  # the database's name; SQLite: the file's path

    def connect(self) -> Any:
        """A driver connection to it (sqlite3, psycopg in autocommit with the schema on the
        search_path, or PyMySQL); the caller closes it."""
        raw = connect(parse_database_url(self.url)).raw
        return getattr(raw, "_raw", raw)  # PyMySQL's own connection, not lamina's wrapper


@dataclass(frozen=True)
class MigratedTemplate:
    applied: tuple[str, ...]  # migration names, in order
    seconds: float  # how long applying them took


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_")[:24]


class DatabaseFactory:
    """Makes the session's template, then one database per call to `create()`."""

    def __init__(self, project: LaminaProject, server: DatabaseUrl | None) -> None:
        self.project = project
        self.server = server
        self._folder: Path | None = None
        self._template: DatabaseUrl | None = None
        self._migrated: MigratedTemplate | None = None
        self._failure: Exception | None = None
        self._made: dict[str, DatabaseUrl] = {}  # every database still to drop, by name
        self._admin: Connection | None = None
        self._dropper: _Dropper | None = None

    # --- the template -------------------------------------------------------------------------

    def template(self) -> MigratedTemplate:
        """Apply the history to a new, empty database once; later calls return the same result
        (or raise the same error)."""
        if self._migrated is not None:
            return self._migrated
        if self._failure is not None:
            raise self._failure
        url = self._new_url(TEMPLATE_PREFIX, "")
        try:
            self._migrated = self._migrate(url)
        except Exception as error:
            self._failure = error
            self._drop(url)
            raise
        self._template = url
        return self._migrated

    def _migrate(self, url: DatabaseUrl) -> MigratedTemplate:
        self._made[url.database] = url
        create_database(url)
        started = time.perf_counter()
        with connect(url) as conn:
            applied = apply_migrations(conn, self.project.migrations(), external_tables=self.project.external_tables)
        return MigratedTemplate(tuple(applied), time.perf_counter() - started)

    # --- one database per test ----------------------------------------------------------------

    def create(self, label: str = "") -> LaminaDatabase:
        """A database holding the migrated history (MySQL: the session's one)."""
        self.template()
        template = self._template
        assert template is not None
        match self.project.provider:
            case "sqlite":
                url = self._new_url(DATABASE_PREFIX, label)
                assert template.path is not None and url.path is not None
                self._made[url.database] = url
                shutil.copyfile(template.path, url.path)
            case "postgresql":
                url = self._new_url(DATABASE_PREFIX, label)
                self._made[url.database] = url
                self._admin_connection().execute(
                    f"CREATE DATABASE {quote_identifier(url.database)} TEMPLATE {quote_identifier(template.database)}")
            case _:
                url = template
        return LaminaDatabase(url.url, url.provider, str(url.path) if url.path is not None else url.database)

    def drop(self, database: LaminaDatabase) -> None:
        """Drop a test's database (not the MySQL session database: `close()` drops it)."""
        if self._template is not None and database.url == self._template.url:
            return
        url = parse_database_url(database.url)
        if url.provider != "postgresql":
            self._drop(url)
            return
        if self._dropper is None:
            self._dropper = _Dropper(url)
        self._dropper.drop(url)
        self._made.pop(url.database, None)

    def close(self) -> None:
        """Drop every database still there, the template last; remove the SQLite folder."""
        if self._dropper is not None:
            self._dropper.close()  # waits for the drops asked for; those it could not do are in _made
            for url in self._dropper.failed:
                self._made.setdefault(url.database, url)
            self._dropper = None
        for name, url in reversed(list(self._made.items())):
            if self._template is None or name != self._template.database:
                self._drop(url)
        if self._template is not None:
            self._drop(self._template)
            self._template = None
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    # --- naming, creating, dropping -------------------------------------------------------------

    def _new_url(self, prefix: str, label: str) -> DatabaseUrl:
        slug = _slug(label)
        name = f"{prefix}{slug + '_' if slug else ''}{uuid.uuid4().hex[:10]}"
        if self.project.provider == "sqlite":
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="lamina-test-"))
            return parse_database_url(f"file:{self._folder / (name + '.db')}")
        assert self.server is not None
        return self.server.with_database(name)

    def _admin_connection(self) -> Connection:
        if self._admin is None:
            assert self.server is not None
            self._admin = connect_admin(self.server)
        return self._admin

    def _drop(self, url: DatabaseUrl) -> None:
        self._made.pop(url.database, None)
        if url.provider == "postgresql" and self._admin is not None:
            self._admin.execute(f"DROP DATABASE IF EXISTS {quote_identifier(url.database)} WITH (FORCE)")
            return
        drop_database(url, force=True)


class _Dropper:
    """Drops PostgreSQL databases one after the other on a thread of its own connection."""

    def __init__(self, server: DatabaseUrl) -> None:
        self._server = server
        self._queue: queue.Queue[DatabaseUrl | None] = queue.Queue()
        self.failed: list[DatabaseUrl] = []
        self._thread = threading.Thread(target=self._run, name="lamina-drop-databases", daemon=True)
        self._thread.start()

    def drop(self, url: DatabaseUrl) -> None:
        self._queue.put(url)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        admin: Connection | None = None
        while (url := self._queue.get()) is not None:
            try:
                if admin is None:
                    admin = connect_admin(self._server)
                admin.execute(f"DROP DATABASE IF EXISTS {quote_identifier(url.database)} WITH (FORCE)")
            except Exception:  # noqa: BLE001 - close() retries it on the main thread, where errors show
                self.failed.append(url)
                if admin is not None:
                    admin.close()
                    admin = None
        if admin is not None:
            admin.close()
