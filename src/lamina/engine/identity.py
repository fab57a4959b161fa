"""Whether two open connections reach the same database, asked of the servers themselves.

URLs can name one database in ways no comparison of their text sees: `localhost` and `127.0.0.1`,
a DNS alias, a proxy port. Before a configured shadow database is reset, each database the command
works on is asked who it is:

- PostgreSQL: the server's start time (to the microsecond) and the database's oid.
- MySQL/MariaDB: a named lock with a random name, taken on one connection, is seen from the other
  only on the same server (`IS_USED_LOCK`); then the database names are compared.
- SQLite: files are compared by path (engine/urls.py `same_database`), nothing to ask.
"""

from __future__ import annotations

import uuid

from lamina.engine.connection import Connection

_POSTGRES_IDENTITY = (
    "SELECT pg_catalog.pg_postmaster_start_time(), d.oid FROM pg_catalog.pg_database d "
    "WHERE d.datname = pg_catalog.current_database()"
)


def same_live_database(first: Connection, second: Connection) -> bool:
    if first.provider != second.provider:
        return False
    match first.provider:
        case "postgresql":
            return first.query(_POSTGRES_IDENTITY) == second.query(_POSTGRES_IDENTITY)
        case "mysql":
            return _same_mysql_database(first, second)
    return False


def _same_mysql_database(first: Connection, second: Connection) -> bool:
    name = f"lamina_identity_{uuid.uuid4().hex}"
    first.query("SELECT GET_LOCK(%s, 0)", (name,))
    try:
        if second.query("SELECT IS_USED_LOCK(%s)", (name,))[0][0] is None:
            return False  # another server
        ((database, folds_case),) = first.query("SELECT DATABASE(), @@lower_case_table_names")
        ((other,),) = second.query("SELECT DATABASE()")
        return database.lower() == other.lower() if folds_case else database == other
    finally:
        first.query("SELECT RELEASE_LOCK(%s)", (name,))
