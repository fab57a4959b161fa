"""Datasource URLs: which provider, where, which database and schema (PRISMA-COMPAT §1.1).

`postgresql://` / `postgres://` → postgresql, `mysql://` → mysql, `file:` → sqlite (a relative
path is resolved against the schema file's folder). The password is kept for connecting but
never shown: use `redacted` or `location` for anything printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from lamina.errors import InvalidDatabaseString

_URL_HELP = (
    "Please refer to the documentation in https://www.prisma.io/docs/reference/database-reference/"
    "connection-urls for constructing a correct connection string. In some cases, certain characters "
    "must be escaped. Please check the string for any illegal characters."
)

DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306}
# Parameters Prisma's connectors read as whole numbers (seconds, or counts); anything else is P1013.
_WHOLE_NUMBER_PARAMS = ("connect_timeout", "pool_timeout", "socket_timeout", "connection_limit",
                        "statement_cache_size", "max_connection_lifetime", "max_idle_connection_lifetime")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


@dataclass(frozen=True)
class DatabaseUrl:
    provider: str  # "postgresql" | "mysql" | "sqlite"
    url: str = field(repr=False)  # as written, password included: never print it
    host: str = ""
    port: int | None = None
    user: str = ""
    password: str | None = field(default=None, repr=False)
    database: str = ""  # PG/MySQL database name; SQLite: the file name as written
    schema: str | None = None  # PostgreSQL namespace (`?schema=`, default public)
    path: Path | None = None  # SQLite: absolute path of the file, None for `:memory:`
    params: tuple[tuple[str, str], ...] = ()

    @property
    def location(self) -> str:
        """`host:port` for servers, the file path for SQLite (shown in P1001 and the datasource line)."""
        if self.provider == "sqlite":
            return str(self.path) if self.path is not None else ":memory:"
        return f"{self.host}:{self.port}"

    @property
    def redacted(self) -> str:
        """The URL with the password replaced by `****`."""
        if self.password is None or self.provider == "sqlite":
            return self.url
        parts = urlsplit(self.url)
        netloc = parts.netloc.rsplit("@", 1)
        user = netloc[0].split(":", 1)[0]
        return parts._replace(netloc=f"{user}:****@{netloc[1]}").geturl()

    def param(self, name: str) -> str | None:
        return next((value for key, value in self.params if key == name), None)

    def with_database(self, database: str) -> DatabaseUrl:
        """The same server, another database (shadow databases, CREATE/DROP DATABASE)."""
        parts = urlsplit(self.url)
        url = parts._replace(path="/" + database).geturl()
        return DatabaseUrl(
            provider=self.provider, url=url, host=self.host, port=self.port, user=self.user,
            password=self.password, database=database, schema=self.schema, path=self.path,
            params=self.params,
        )


def same_database(first: DatabaseUrl, second: DatabaseUrl) -> bool:
    """True when both URLs reach the same database: writing through one is seen through the other.

    As Prisma's engine compares a shadow database with the main one: servers by host (ignoring
    case), port (the provider's default filled in) and database name, whatever the credentials,
    parameters or PostgreSQL `?schema=`; SQLite files by the file they open, however the path is
    written. An in-memory SQLite database is private to its connection: never the same as another.
    """
    if first.provider != second.provider:
        return False
    if first.provider == "sqlite":
        if first.path is None or second.path is None:
            return False
        return _same_file(first.path, second.path)
    return (
        first.host.lower() == second.host.lower()
        and first.port == second.port
        and first.database == second.database
    )


def _same_file(first: Path, second: Path) -> bool:
    """Symbolic links, hard links and `..` resolved: the same file however it is reached."""
    import os

    try:
        return os.path.samefile(first, second)
    except OSError:  # one of them does not exist yet: compare where they would be created
        return os.path.realpath(first) == os.path.realpath(second)


def _invalid(reason: str) -> InvalidDatabaseString:
    return InvalidDatabaseString(details=f"{reason} in database URL. {_URL_HELP}")


def parse_database_url(url: str, base_dir: Path | None = None) -> DatabaseUrl:
    text = url.strip()
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    match scheme:
        case "file":
            return _parse_sqlite_url(text, base_dir)
        case "postgresql" | "postgres":
            return _parse_server_url(text, "postgresql")
        case "mysql":
            return _parse_server_url(text, "mysql")
    raise _invalid("unknown scheme" if scheme else "missing scheme")


def _parse_sqlite_url(url: str, base_dir: Path | None) -> DatabaseUrl:
    rest = url[len("file:"):]
    if rest.startswith("//"):
        rest = rest[2:]
    written, _, query = rest.partition("?")
    if not written:
        raise _invalid("empty file path")
    params = tuple(parse_qsl(query))
    if written == ":memory:":
        return DatabaseUrl(provider="sqlite", url=url, database=written, path=None, params=params)
    path = Path(unquote(written))
    if not path.is_absolute():
        path = (base_dir or Path.cwd()) / path
    return DatabaseUrl(
        provider="sqlite", url=url, database=Path(written).name, path=Path(_normalize(path)),
        params=params,
    )


def _normalize(path: Path) -> str:
    import os

    return os.path.normpath(str(path))


def _parse_server_url(url: str, provider: str) -> DatabaseUrl:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise _invalid("invalid port number" if "port" in str(error).lower() else str(error)) from None
    params = tuple(parse_qsl(parts.query, keep_blank_values=True))
    _check_params(params, provider)
    query = dict(params)
    host = query.get("host") or parts.hostname or ("localhost" if provider == "postgresql" else "")
    if not host:
        raise _invalid("empty host")
    database = unquote(parts.path.lstrip("/"))
    if provider == "postgresql":
        database = database or "postgres"
        schema: str | None = query.get("schema") or "public"
    else:
        schema = None
        if not database:
            raise _invalid("empty database name")
    return DatabaseUrl(
        provider=provider,
        url=url,
        host=host,
        port=port or DEFAULT_PORTS[provider],
        user=unquote(parts.username or ""),
        password=unquote(parts.password) if parts.password is not None else None,
        database=database,
        schema=schema,
        params=params,
    )


def _check_params(params: tuple[tuple[str, str], ...], provider: str) -> None:
    for key, value in params:
        if key in _WHOLE_NUMBER_PARAMS and not (value.isascii() and value.isdigit()):
            raise _invalid(f"invalid `{key}` value `{value}` (expected a whole number)")
        if key == "sslmode" and provider == "postgresql" and value not in SSL_MODES:
            expected = ", ".join(SSL_MODES[:-1]) + " or " + SSL_MODES[-1]
            raise _invalid(f"invalid `sslmode` value `{value}` (expected {expected})")
