"""Running one `down.sql` together with marking its `_prisma_migrations` row rolled back
(docs/rollback.md).

PostgreSQL and SQLite: the script and `rolled_back_at` share one transaction, so a failing script
leaves neither part of the reverse nor a changed row behind; the row stays applied. MySQL commits
every DDL statement as it runs: a failure says exactly which statements ran (they stay applied, and
so does the row, whose `logs` keeps that text as deploy keeps a failure's). Rows are never deleted: a later
`migrate deploy` applies the migration again with a new row, as Prisma does for rolled-back rows.
"""

from __future__ import annotations

import re

from lamina.engine.atomic import rollback_open_transaction
from lamina.engine.connection import Connection, MysqlScriptError
from lamina.engine.database_errors import describe_database_error
from lamina.engine.statements import plan_postgres_script
from lamina.errors import KnownError
from lamina.migrations import history

_SQLITE_FOREIGN_KEYS_OFF = re.compile(r"PRAGMA\s+(?:main\.)?foreign_keys\s*=\s*(?:OFF|0|false|no)\b", re.I)


class DownScriptFailed(KnownError):
    migration_name: str
    database_error: str
    statements_run: tuple[str, ...] = ()  # MySQL: the statements that ran before the failure
    is_transactional: bool = True

    def message(self) -> str:
        text = f"The down script of migration `{self.migration_name}` failed: {self.database_error}\n"
        if self.is_transactional:
            return text + "Nothing was changed: the script ran in a transaction, and the migration stays applied."
        if not self.statements_run:
            return text + "No statement of it ran. The migration stays applied."
        ran = "\n".join(f"  {i}. {first_line(s)}" for i, s in enumerate(self.statements_run, 1))
        return (text + f"MySQL has no transactional DDL: these {len(self.statements_run)} statement(s) ran "
                f"before the failure and stay applied:\n{ran}\nThe migration stays applied.")

    @property
    def hint(self) -> str | None:
        if self.is_transactional or not self.statements_run:
            return "Fix the down.sql of that migration, then run `lamina migrate down` again."
        return ("Undo or finish those statements by hand (`lamina db execute`), then mark the migration with "
                f"`lamina migrate resolve` or fix its down.sql and run `lamina migrate down` again.")


def first_line(statement: str) -> str:
    lines = [line for line in statement.strip().splitlines() if line.strip() and not line.lstrip().startswith("--")]
    text = lines[0].strip() if lines else statement.strip()
    return text if len(text) <= 100 else text[:97] + "..."


def _timestamp(conn: Connection) -> object:
    return history.timestamp_param(conn.provider, history.now_utc())


def revert_migration(conn: Connection, name: str, script: str, row_ids: tuple[str, ...]) -> None:
    """Run `script` and set `rolled_back_at` on `row_ids`, atomically where the database allows."""
    match conn.provider:
        case "postgresql":
            _revert_postgres(conn, name, script, row_ids)
        case "sqlite":
            _revert_sqlite(conn, name, script, row_ids)
        case _:
            _revert_mysql(conn, name, script, row_ids)


def _mark_rolled_back(conn: Connection, row_ids: tuple[str, ...]) -> None:
    now = _timestamp(conn)
    for row_id in row_ids:
        conn.execute(history.record_rolled_back_sql(conn.provider), (now, row_id))


def _in_transaction(conn: Connection, name: str, script: str, row_ids: tuple[str, ...], send) -> None:
    try:
        send()
        _mark_rolled_back(conn, row_ids)
        conn.execute("COMMIT")
    except Exception as error:  # noqa: BLE001 - every driver error becomes one Error: line
        rollback_open_transaction(conn)
        _, text = describe_database_error(conn.provider, script, error)
        raise DownScriptFailed(name, text.split("\n\nDbError {")[0]) from None


def _revert_postgres(conn: Connection, name: str, script: str, row_ids: tuple[str, ...]) -> None:
    """One transaction. A script's own BEGIN/COMMIT (Prisma's enum redefinitions carry them) are left
    out so that they do not end that transaction early; statements that cannot run in a transaction
    block (CREATE INDEX CONCURRENTLY...) make the script run in steps, as deploy runs them."""
    script = without_transaction_control(script)
    plan = plan_postgres_script(script)
    if plan.mode == "transaction":
        _in_transaction(conn, name, script, row_ids, lambda: (conn.execute("BEGIN"), conn.execute_script(script)))
        return
    ran: list[str] = []
    for step in plan.steps:
        piece = script[step.start:step.end]
        try:
            if step.in_transaction:
                conn.execute("BEGIN")
            conn.execute_script(piece)
            if step.in_transaction:
                conn.execute("COMMIT")
        except Exception as error:  # noqa: BLE001 - every driver error becomes one Error: line
            rollback_open_transaction(conn)
            _, text = describe_database_error(conn.provider, piece, error)
            raise DownScriptFailed(name, text.split("\n\nDbError {")[0], tuple(ran), is_transactional=False) from None
        ran.append(piece)
    _mark_rolled_back(conn, row_ids)


def without_transaction_control(script: str) -> str:
    """The script without its BEGIN/START TRANSACTION/COMMIT/END statements (PostgreSQL, parsed
    with pglast); unchanged when it has none or cannot be parsed."""
    try:
        import pglast
        from pglast import ast
        from pglast.enums import TransactionStmtKind

        nodes = [raw.stmt for raw in pglast.parse_sql(script)]
        slices = list(pglast.split(script, only_slices=True))
    except Exception:  # noqa: BLE001 - pglast's parse errors: the server reports them
        return script
    if len(nodes) != len(slices):
        return script
    control = (TransactionStmtKind.TRANS_STMT_BEGIN, TransactionStmtKind.TRANS_STMT_START,
               TransactionStmtKind.TRANS_STMT_COMMIT)
    drop = [(piece.start, piece.stop) for node, piece in zip(nodes, slices)
            if isinstance(node, ast.TransactionStmt) and node.kind in control]
    if not drop:
        return script
    out, position = [], 0
    for start, stop in drop:
        end = stop + 1 if script[stop:stop + 1] == ";" else stop
        out.append(script[position:start])
        position = end
    out.append(script[position:])
    return "".join(out)


def _revert_sqlite(conn: Connection, name: str, script: str, row_ids: tuple[str, ...]) -> None:
    # executescript commits an open transaction first, so BEGIN travels with the script.
    def send() -> None:
        conn.raw.executescript("BEGIN;\n" + script + "\n;")

    if not _SQLITE_FOREIGN_KEYS_OFF.search(script):
        _in_transaction(conn, name, script, row_ids, send)
        return
    # PRAGMA foreign_keys is a no-op inside a transaction: off before it, restored after it.
    (previous,) = conn.query("PRAGMA foreign_keys")[0]
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        _in_transaction(conn, name, script, row_ids, send)
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if previous else 'OFF'}")


def _revert_mysql(conn: Connection, name: str, script: str, row_ids: tuple[str, ...]) -> None:
    """The script as one multi-statement query, as deploy sends it; on failure the server says
    which statement failed, and the ones before it ran (DDL commits as it goes)."""
    try:
        conn.execute_script(script)
    except MysqlScriptError as error:
        _, text = describe_database_error("mysql", script, error)
        ran = tuple(statement_texts(script)[: error.query_number - 1])
        failure = DownScriptFailed(name, text, ran, is_transactional=False)
        for row_id in row_ids:  # kept with the row, as deploy keeps a failure's text in `logs`
            conn.execute(history.record_failed_sql(conn.provider), (f"lamina migrate down: {failure.message()}", row_id))
        raise failure from None
    _mark_rolled_back(conn, row_ids)


def statement_texts(script: str) -> list[str]:
    """The statements of a script as MySQL counts them, for messages only: a `;` ends a statement at
    the end of a line; comment-only pieces are not statements."""
    pieces = re.split(r";[ \t]*(?:\r?\n|$)", script)
    return [p.strip() for p in pieces if any(line.strip() and not line.lstrip().startswith("--")
                                             for line in p.splitlines())]
