"""How a PostgreSQL migration script is executed: one transaction, as written, or in steps.

Pure: the script is parsed with pglast (PostgreSQL's own parser) and never split by hand, so
`DO $$ … $$` bodies, functions and semicolons inside quotes stay whole. The plan is one of:

- `transaction`: the whole file in one transaction, with its `_prisma_migrations` row;
- `as_written`: the file has its own `BEGIN`/`COMMIT`; its statements run one after another in
  autocommit, so its transactions are its own;
- `steps`: some statements cannot run inside a transaction block (`CREATE INDEX CONCURRENTLY`,
  `VACUUM`, an enum value added and used later in the file, …): they run on their own, and the
  statements between them are grouped in transactions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

PlanMode = Literal["transaction", "as_written", "steps"]


@dataclass(frozen=True)
class Step:
    """A slice of the script sent as one message: `script[start:end]`."""

    start: int
    end: int
    in_transaction: bool
    reason: str | None = None  # why it runs on its own (None inside a transaction)


@dataclass(frozen=True)
class ExecutionPlan:
    mode: PlanMode
    steps: tuple[Step, ...]

    @property
    def outside_transaction(self) -> tuple[str, ...]:
        return tuple(step.reason for step in self.steps if step.reason is not None)

    def describe(self) -> str | None:
        """One line for the deploy output; None for the plain one-transaction case."""
        match self.mode:
            case "transaction":
                return None
            case "as_written":
                return "has its own BEGIN/COMMIT: its statements run as written, one after another"
        alone = ", ".join(self.outside_transaction)
        grouped = sum(1 for step in self.steps if step.in_transaction)
        if len(self.steps) == 1:
            return f"runs outside a transaction ({alone})"
        return (
            f"runs in {len(self.steps)} steps: {alone} outside a transaction"
            + (f", the other statements in {grouped} transaction{'s' if grouped != 1 else ''}" if grouped else "")
        )


def single_transaction(script: str) -> ExecutionPlan:
    return ExecutionPlan("transaction", (Step(0, len(script), True),))


# A statement that cannot run in one transaction with the rest, or a transaction statement of the
# script's own, contains one of these words. A script with none of them anywhere (in any case) runs
# in one transaction without being parsed; any other is parsed (a word in a name or a string only
# costs the parse). ASCII matching is enough, as PostgreSQL's keywords are ASCII, and it finds every
# match Unicode matching would (an ASCII word boundary lies wherever a Unicode one does), in half the time.
_MAY_LEAVE_THE_TRANSACTION = re.compile(
    r"\b(CONCURRENTLY|REINDEX|VACUUM|DATABASE|TABLESPACE|SYSTEM|SUBSCRIPTION|VALUE|BEGIN|START|COMMIT|END|"
    r"ROLLBACK|ABORT|SAVEPOINT|RELEASE|PREPARE)\b", re.IGNORECASE | re.ASCII)


def plan_postgres_script(script: str) -> ExecutionPlan:
    """The execution plan of one PostgreSQL migration script.

    A script pglast cannot parse runs in one transaction: the server reports the error."""
    if not _MAY_LEAVE_THE_TRANSACTION.search(script):
        return single_transaction(script)
    return parsed_plan(script)


def parsed_plan(script: str) -> ExecutionPlan:
    """The plan from pglast: the script split into statements by PostgreSQL's parser, and each
    statement holding one of the gate's words parsed into its node (the others, most of a long
    script, need no tree)."""
    try:
        import pglast
    except ImportError:  # pragma: no cover - pglast is a dependency
        return single_transaction(script)
    try:
        spans = [(piece.start, piece.stop) for piece in pglast.split(script, only_slices=True)]
        nodes = [_statement_node(pglast, script[start:end]) if _MAY_LEAVE_THE_TRANSACTION.search(script[start:end])
                 else None for start, end in spans]
    except Exception:  # noqa: BLE001 - pglast.parser.ParseError and friends
        return single_transaction(script)
    return plan_from_nodes(script, spans, nodes)


def _statement_node(pglast, statement: str) -> object:
    [raw] = pglast.parse_sql(statement)  # one statement, or ValueError
    return raw.stmt


def plan_from_nodes(script: str, spans: list[tuple[int, int]], nodes: list[object | None]) -> ExecutionPlan:
    """The plan, given each statement's span and its parsed node (None: a statement without any of
    the gate's words, which stays in the transaction)."""
    from pglast import ast

    if any(isinstance(node, ast.TransactionStmt) for node in nodes):
        return ExecutionPlan(
            "as_written", tuple(Step(start, end, False) for start, end in spans)
        )

    reasons = [None if node is None else _outside_transaction_reason(node, script[end:])
               for node, (_, end) in zip(nodes, spans)]
    if not any(reasons):
        return single_transaction(script)

    steps: list[Step] = []
    group_start: int | None = None
    group_end = 0
    for reason, (start, end) in zip(reasons, spans):
        if reason is None:
            if group_start is None:
                group_start = start
            group_end = end
        else:
            if group_start is not None:
                steps.append(Step(group_start, group_end, True))
                group_start = None
            steps.append(Step(start, end, False, reason))
    if group_start is not None:
        steps.append(Step(group_start, group_end, True))
    return ExecutionPlan("steps", tuple(steps))


def _outside_transaction_reason(node: object, rest: str) -> str | None:
    """Why a statement cannot run inside a transaction block, or None when it can."""
    match type(node).__name__:
        case "IndexStmt" if getattr(node, "concurrent", False):
            return "CREATE INDEX CONCURRENTLY"
        case "DropStmt" if getattr(node, "concurrent", False):
            return "DROP INDEX CONCURRENTLY"
        case "ReindexStmt":
            params = getattr(node, "params", None) or ()
            if any(getattr(param, "defname", None) == "concurrently" for param in params):
                return "REINDEX CONCURRENTLY"
            kind = getattr(node, "kind", None)
            if kind is not None and getattr(kind, "name", "") in ("REINDEX_OBJECT_SYSTEM", "REINDEX_OBJECT_DATABASE"):
                return "REINDEX DATABASE"
        case "VacuumStmt" if getattr(node, "is_vacuumcmd", False):
            return "VACUUM"
        case "CreatedbStmt":
            return "CREATE DATABASE"
        case "DropdbStmt":
            return "DROP DATABASE"
        case "CreateTableSpaceStmt":
            return "CREATE TABLESPACE"
        case "DropTableSpaceStmt":
            return "DROP TABLESPACE"
        case "AlterSystemStmt":
            return "ALTER SYSTEM"
        case "CreateSubscriptionStmt":
            return "CREATE SUBSCRIPTION"
        case "AlterTableStmt":
            for command in getattr(node, "cmds", None) or ():
                definition = getattr(command, "def_", None)
                if type(definition).__name__ == "PartitionCmd" and getattr(definition, "concurrent", False):
                    return "DETACH PARTITION CONCURRENTLY"
        case "AlterEnumStmt":
            value = getattr(node, "newVal", None)
            if value is not None and getattr(node, "oldVal", None) is None:
                literal = "'" + value.replace("'", "''") + "'"
                if literal in rest:
                    return f"ALTER TYPE … ADD VALUE '{value}' (used later in the file)"
    return None
