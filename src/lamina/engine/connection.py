"""The only module that opens database connections: a datasource URL in, a `Connection` out.

Driver failures while connecting become Prisma's P1xxx errors here, once. Connections run in
autocommit mode, as Prisma's engine does; `migrate deploy` opens its own transaction around each
migration and its `_prisma_migrations` row (engine/atomic.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Sequence

from lamina.engine.urls import DatabaseUrl
from lamina.errors import (
    AuthenticationFailed,
    DatabaseAccessDenied,
    DatabaseCreationFailed,
    DatabaseDoesNotExist,
    DatabaseUnreachable,
    InvalidDatabaseString,
    KnownError,
    MigrateSystemDatabase,
    TlsConnectionFailed,
)

CONNECT_TIMEOUT_SECONDS = 5
# Tried in order to reach a server without the target database (CREATE/DROP DATABASE).
ADMIN_DATABASES = ("postgres", "template1", "defaultdb")
# Prisma's engine refuses to work in these (P3004), whatever the command.
MYSQL_SYSTEM_DATABASES = ("mysql", "information_schema", "performance_schema", "sys")


class Connection:
    """One open connection. `raw` is the driver's connection (psycopg or sqlite3)."""

    def __init__(self, url: DatabaseUrl, raw: Any) -> None:
        self.url = url
        self.raw = raw

    @property
    def provider(self) -> str:
        return self.url.provider

    @property
    def schema(self) -> str | None:
        """The PostgreSQL namespace lamina works in (`?schema=`, default public)."""
        return self.url.schema

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        cursor = self._run(sql, params)
        rows = cursor.fetchall() if cursor.description is not None else []
        return [tuple(row) for row in rows]

    def execute(self, sql: str, params: Sequence[object] = ()) -> None:
        self._run(sql, params)

    def _run(self, sql: str, params: Sequence[object]) -> Any:
        # Without parameters the SQL goes out untouched: no placeholder parsing, so a literal
        # `%` is safe, and psycopg uses the simple-query protocol.
        return self.raw.execute(sql, tuple(params)) if params else self.raw.execute(sql)

    def execute_script(self, sql: str) -> None:
        """Run a whole script the way Prisma sends a migration.

        PostgreSQL: one simple-query message (psycopg uses the simple protocol when no
        parameters are given): one implicit transaction, or part of the caller's open one.
        SQLite: statement after statement (sqlite3's executescript, which COMMITs an open
        transaction first: engine/atomic.py sends BEGIN inside the script instead).
        """
        match self.provider:
            case "sqlite":
                self.raw.executescript(sql)
            case "mysql":
                self.raw.execute_script(sql)
            case _:
                self.raw.execute(sql)

    def close(self) -> None:
        self.raw.close()

    def __enter__(self) -> Connection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def connect(url: DatabaseUrl) -> Connection:
    match url.provider:
        case "postgresql":
            return _connect_postgres(url)
        case "sqlite":
            return _connect_sqlite(url)
        case "mysql":
            conn = _connect_mysql(url)
            if url.database.lower() in MYSQL_SYSTEM_DATABASES:  # a reset would DROP DATABASE it
                conn.close()
                raise MigrateSystemDatabase(database_name=url.database)
            return conn
    raise InvalidDatabaseString(details=f"unsupported provider `{url.provider}`")


# --- PostgreSQL ----------------------------------------------------------------------------------


def _postgres_kwargs(url: DatabaseUrl, database: str) -> dict[str, object]:
    kwargs: dict[str, object] = {
        "host": url.host,
        "port": url.port,
        "dbname": database,
        "connect_timeout": int(url.param("connect_timeout") or CONNECT_TIMEOUT_SECONDS),
        "application_name": "lamina",
    }
    if url.user:
        kwargs["user"] = url.user
    if url.password is not None:
        kwargs["password"] = url.password
    for name in ("sslmode", "sslcert", "sslkey", "sslrootcert"):
        if url.param(name):
            kwargs[name] = url.param(name)
    return kwargs


def _open_postgres(url: DatabaseUrl, database: str) -> Any:
    import psycopg

    try:
        return psycopg.connect(autocommit=True, **_postgres_kwargs(url, database))  # type: ignore[arg-type]
    except psycopg.OperationalError as error:
        raise connection_error(url, database, error) from None


def connection_error(url: DatabaseUrl, database: str, error: Exception) -> KnownError | Exception:
    """Map a driver's connect failure to Prisma's P-code; unknown failures pass through."""
    text = str(error)
    sqlstate = getattr(error, "sqlstate", None)
    if sqlstate == "3D000" or f'database "{database}" does not exist' in text:
        return DatabaseDoesNotExist(database_name=database)
    if sqlstate == "28P01" or "password authentication failed" in text or "no password supplied" in text:
        return AuthenticationFailed(database_user=url.user)
    if sqlstate in ("42501", "28000") or "permission denied for database" in text or (
        "FATAL:" in text and "role" in text and "does not exist" in text
    ):
        return DatabaseAccessDenied(database_name=database)
    if "FATAL:" in text:
        return error
    if "SSL" in text and ("does not support SSL" in text or "SSL error" in text or "certificate" in text):
        return TlsConnectionFailed(detail=text.rsplit(" failed: ", 1)[-1].strip())
    unreachable_signs = (
        "Connection refused", "could not translate host name", "timeout expired",
        "Name or service not known", "No route to host", "could not connect to server",
        "Network is unreachable", "connection failed",
    )
    if any(sign in text for sign in unreachable_signs):
        return DatabaseUnreachable(database_location=url.location)
    return error


def _connect_postgres(url: DatabaseUrl) -> Connection:
    raw = _open_postgres(url, url.database)
    conn = Connection(url, raw)
    # Backslashes are plain characters in '…' literals, as lamina and Prisma write them, even where
    # the database or role turns standard_conforming_strings off.
    conn.execute(f"SET search_path = {quote_identifier(url.schema or 'public')}; "
                 "SET standard_conforming_strings = on")
    return conn


def quote_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_mysql_identifier(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _admin_postgres(url: DatabaseUrl) -> Connection:
    """A connection to the same server through a database that surely exists."""
    for database in ADMIN_DATABASES:
        try:
            return Connection(url.with_database(database), _open_postgres(url, database))
        except (DatabaseDoesNotExist, DatabaseAccessDenied):
            continue
    raise DatabaseCreationFailed(
        database_error="Prisma could not connect to a default database (`postgres` or `template1`), "
        "it cannot create the specified database."
    )


# --- SQLite --------------------------------------------------------------------------------------


class SqliteOpenFailed(KnownError):
    """The `file:` path exists but SQLite cannot open it (a folder, no permission): the engine's text."""

    path: Path
    reason: str

    def message(self) -> str:
        return f"SQLite database error\n{self.reason}: {self.path}"

    @property
    def hint(self) -> str | None:
        return "Point the `file:` URL at a database file (not a folder) that you may read and write."


def _connect_sqlite(url: DatabaseUrl) -> Connection:
    if url.path is not None and not url.path.exists():
        raise DatabaseDoesNotExist(database_name=url.path.name)
    try:
        raw = sqlite3.connect(url.path if url.path is not None else ":memory:", isolation_level=None)
    except sqlite3.OperationalError as error:
        raise SqliteOpenFailed(url.path or Path(":memory:"), str(error)) from None
    # Prisma's engine links SQLite built with SQLITE_DEFAULT_FOREIGN_KEYS=1: foreign keys are
    # enforced unless a script turns them off (its RedefineTables scripts do, then back on).
    raw.execute("PRAGMA foreign_keys = ON")
    return Connection(url, raw)


# --- MySQL (connection only; the rest of lamina targets PostgreSQL and SQLite first) -------------


# Backslashes escape in string literals, whatever the server's default sql_mode: the literals
# lamina writes (dialects/mysql/literals.py), Prisma's, mysqldump's and SHOW CREATE TABLE's are
# written for that reading. The server's other modes stay as they are.
MYSQL_SESSION = "SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'NO_BACKSLASH_ESCAPES', '')"


class MysqlDriverMissing(KnownError):
    """PyMySQL comes with the `mysql` extra, which a plain `pip install lamina` leaves out."""

    def message(self) -> str:
        return "The `mysql` provider needs the PyMySQL driver, which is not installed."

    @property
    def hint(self) -> str | None:
        return "Install lamina with its MySQL extra: pip install 'lamina[mysql]'"


def _pymysql() -> Any:
    try:
        import pymysql
    except ImportError:
        raise MysqlDriverMissing() from None
    return pymysql


def _connect_mysql(url: DatabaseUrl) -> Connection:
    pymysql = _pymysql()
    try:
        raw = pymysql.connect(
            host=url.host, port=url.port or 3306, user=url.user or None,
            password=url.password or "", database=url.database, autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_SECONDS, client_flag=pymysql.constants.CLIENT.MULTI_STATEMENTS,
            init_command=MYSQL_SESSION,
        )
    except pymysql.err.OperationalError as error:
        code = error.args[0] if error.args else None
        match code:
            case 1049:
                raise DatabaseDoesNotExist(database_name=url.database) from None
            case 1045:
                raise AuthenticationFailed(database_user=url.user) from None
            case 1044:
                raise DatabaseAccessDenied(database_name=url.database) from None
            case 2003 | 2005:
                raise DatabaseUnreachable(database_location=url.location) from None
        raise
    return Connection(url, _MysqlRaw(raw))


class _MysqlRaw:
    """PyMySQL wrapped so that `Connection` can call `execute` on it as on the other drivers."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def execute(self, sql: str, params: tuple | None = None) -> Any:
        cursor = self._raw.cursor()
        cursor.execute(sql, params or None)
        return cursor

    def execute_script(self, sql: str) -> None:
        """The whole script as one multi-statement query, as Prisma sends it; every result is
        read, so that an error in any statement surfaces. MySQL commits DDL as it runs: on
        failure, the statements before the failing one stay applied."""
        import pymysql

        cursor = self._raw.cursor()
        done = 0
        try:
            cursor.execute(sql)
            done = 1
            while cursor.nextset():
                done += 1
        except pymysql.err.MySQLError as error:
            raise MysqlScriptError(error, done + 1) from None

    def close(self) -> None:
        self._raw.close()


class MysqlScriptError(Exception):
    """A statement of a multi-statement MySQL script failed: `query_number` is its 1-based
    position in the script; the `query_number - 1` statements before it ran (and, being DDL,
    were committed)."""

    def __init__(self, error: Exception, query_number: int) -> None:
        args = getattr(error, "args", ())
        code = args[0] if len(args) >= 2 and isinstance(args[0], int) else None
        super().__init__(code, str(args[1]) if code is not None else str(error))
        self.code = code
        self.message = str(args[1]) if code is not None else str(error)
        self.query_number = query_number


# --- creating and dropping databases ------------------------------------------------------------


def connect_admin(url: DatabaseUrl) -> Connection:
    """A connection to `url`'s server through a database that surely exists (PostgreSQL: postgres,
    template1 or defaultdb; MySQL: mysql), for CREATE and DROP DATABASE."""
    if url.provider == "postgresql":
        return _admin_postgres(url)
    return _connect_mysql(url.with_database("mysql"))


def database_exists(url: DatabaseUrl) -> bool:
    match url.provider:
        case "sqlite":
            return url.path is None or url.path.exists()
        case _:
            try:
                connect(url).close()
            except DatabaseDoesNotExist:
                return False
            return True


def create_database(url: DatabaseUrl) -> str:
    """Create the datasource's database (and PG schema); returns its name as Prisma prints it."""
    match url.provider:
        case "sqlite":
            if url.path is None:
                return ":memory:"
            url.path.parent.mkdir(parents=True, exist_ok=True)
            try:
                sqlite3.connect(url.path).close()
            except sqlite3.OperationalError as error:  # a folder that takes no new file
                raise SqliteOpenFailed(url.path, str(error)) from None
            return str(url.path)
        case "postgresql":
            import psycopg

            with _admin_postgres(url) as admin:
                try:
                    admin.execute(f"CREATE DATABASE {quote_identifier(url.database)}")
                except psycopg.errors.DuplicateDatabase:
                    pass
                except psycopg.Error as error:  # e.g. a user without CREATEDB
                    raise DatabaseCreationFailed(database_error=str(error).strip()) from None
            with connect(url) as conn:
                conn.execute(f"CREATE SCHEMA IF NOT EXISTS {quote_identifier(url.schema or 'public')}")
            return url.database
        case "mysql":
            pymysql = _pymysql()
            with connect_admin(url) as admin:
                try:
                    admin.execute(f"CREATE DATABASE IF NOT EXISTS {quote_mysql_identifier(url.database)}")
                except pymysql.err.MySQLError as error:  # e.g. a user without CREATE
                    raise DatabaseCreationFailed(database_error=str(error.args[-1]).strip()) from None
            return url.database
    raise InvalidDatabaseString(details=f"unsupported provider `{url.provider}`")


def drop_database(url: DatabaseUrl, force: bool = False) -> None:
    """DROP DATABASE IF EXISTS (PostgreSQL: `WITH (FORCE)` when asked, PG ≥ 13); SQLite: delete the file."""
    match url.provider:
        case "sqlite":
            if url.path is not None:
                Path(url.path).unlink(missing_ok=True)
        case "postgresql":
            import psycopg

            name = quote_identifier(url.database)
            with _admin_postgres(url) as admin:
                if not force:
                    admin.execute(f"DROP DATABASE IF EXISTS {name}")
                    return
                try:
                    admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
                except psycopg.errors.SyntaxError:
                    admin.execute(f"DROP DATABASE IF EXISTS {name}")
        case "mysql":
            with connect_admin(url) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {quote_mysql_identifier(url.database)}")
