"""lint_history: a migrations history → findings for the migrations asked about. Pure: the scripts
come in as text, table sizes (if any) as a mapping; no database, no files."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from lamina.lint.findings import RULE_IDS, Finding, LintResult, StatementInfo
from lamina.lint.rules import (
    Context, Draft, TableSize, check_statement, concurrent_statement, locked_table, new_columns,
    sets_lock_timeout, statement_tables,
)
from lamina.lint.state import Key, SchemaState, shown
from lamina.lint.statements import ParsedScript, parse_script


@dataclass(frozen=True, slots=True)
class MigrationFile:
    name: str  # the folder name
    file: str  # its migration.sql as shown in findings
    script: str


@dataclass(frozen=True)
class LintOptions:
    levels: Mapping[str, str] = field(default_factory=dict)  # rule id → "error" | "warning" | "off"
    sizes: Mapping[Key, TableSize] | None = None  # from the database (`--url`); None: not asked
    with_statements: bool = False  # also describe every linted statement (LintResult.statements)


def lint_history(migrations: Sequence[MigrationFile], selected: Collection[str] | None = None,
                 options: LintOptions = LintOptions()) -> LintResult:
    """Replay the whole history into a schema model, linting the migrations named in `selected`
    (all when None) as they come."""
    state = SchemaState()
    ctx = Context(state, options.sizes)
    result = LintResult()
    for migration in migrations:
        state.begin(migration.name)
        parsed = parse_script(migration.script, RULE_IDS)
        if selected is None or migration.name in selected:
            result.migrations += 1
            _lint_file(migration, parsed, ctx, options, result)
        else:
            for statement in parsed.statements:
                state.apply(statement.node)
    return result


def _lint_file(migration: MigrationFile, parsed: ParsedScript, ctx: Context, options: LintOptions,
               result: LintResult) -> None:
    def report(draft: Draft, line: int, ignored: frozenset[str] = frozenset()) -> None:
        level = options.levels.get(draft.rule, draft.level)
        if level == "off":
            return
        if draft.rule in ignored:
            result.ignored += 1
            return
        table = shown(draft.table) if draft.table else None
        result.findings.append(Finding(draft.rule, level, migration.file, line, draft.message, migration.name, table))

    if parsed.error is not None:
        report(Draft("syntax-error", "error", f"PostgreSQL's parser refuses this migration: {parsed.error}"),
               parsed.error_line or 1)
        return
    for line, name in parsed.unknown_ignores:
        report(Draft("unknown-lint-ignore", "warning", f'lamina:lint-ignore names "{name}", which is no rule'), line)
    has_lock_timeout = False
    lock_reported = False
    in_block = False
    several = len(parsed.statements) > 1
    for statement in parsed.statements:
        node = statement.node
        ignored = statement.ignored
        for draft in check_statement(node, ctx):
            report(draft, statement.line, ignored)
        if (timeout := sets_lock_timeout(node)) is not None:
            has_lock_timeout = timeout
        if not has_lock_timeout and not lock_reported and (key := locked_table(node, ctx)) is not None:
            lock_reported = True
            report(Draft("missing-lock-timeout", "warning",
                         f"locks {ctx.about(key)} with no lock_timeout set before: while it waits for the lock, "
                         "every query on the table waits behind it; start the migration with "
                         "SET LOCAL lock_timeout = '5s'", key), statement.line, ignored)
        in_block = _transaction_block(node, in_block)
        if (name := concurrent_statement(node)) is not None and (several or in_block):
            report(Draft("concurrently-in-transaction", "error",
                         f"{name} cannot run inside a transaction, and Prisma sends this file as one (it holds "
                         f"{len(parsed.statements)} statements); put it alone in a migration of its own"),
                   statement.line, ignored)
        if options.with_statements:
            tables = statement_tables(node, ctx)
            result.statements.append(StatementInfo(
                migration.name, migration.file, statement.line, statement.line + statement.text.count("\n"),
                tables, tuple(t for t in tables if ctx.state.is_new(t)), new_columns(node, ctx)))
        ctx.state.apply(node)


def _transaction_block(node: object, in_block: bool) -> bool:
    kind = getattr(getattr(node, "kind", None), "name", "")
    if type(node).__name__ != "TransactionStmt":
        return in_block
    return kind in ("TRANS_STMT_BEGIN", "TRANS_STMT_START") or (in_block and kind not in (
        "TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK"))
