"""What the linter returns: findings and the rules they come from, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from lamina.lint.levels import Level


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    level: Level  # the default level; `[lint.rules]` in lamina.toml may change it
    summary: str
    safe_alternative: str


RULES: tuple[Rule, ...] = (
    Rule("index-without-concurrently", "error",
         "CREATE INDEX on an existing table blocks writes to it while the index is built.",
         "CREATE INDEX CONCURRENTLY, alone in its migration."),
    Rule("drop-index-without-concurrently", "error",
         "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table.",
         "DROP INDEX CONCURRENTLY, alone in its migration."),
    Rule("constraint-without-not-valid", "error",
         "A FOREIGN KEY or CHECK added to an existing table scans it while writes are blocked.",
         "ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in the next migration."),
    Rule("set-not-null-without-check", "error",
         "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.",
         "CHECK (column IS NOT NULL) NOT VALID; next migration: VALIDATE, SET NOT NULL, DROP CONSTRAINT."),
    Rule("column-type-change", "error",
         "A column type change rewrites the table under an ACCESS EXCLUSIVE lock, or breaks running code.",
         "Add a new column, backfill it in batches, switch the code, drop the old column."),
    Rule("volatile-default", "error",
         "ADD COLUMN with a volatile default (or a generated or serial column) rewrites the table.",
         "Add the column without a default (or a constant one), backfill in batches, then set the default."),
    Rule("drop-column", "warning",
         "Dropping a column that existed before this migration breaks code still reading or writing it.",
         "Deploy code that no longer uses the column first; drop it in a later migration."),
    Rule("drop-table", "warning",
         "Dropping a table that existed before this migration breaks code still using it.",
         "Deploy code that no longer uses the table first; drop it in a later migration."),
    Rule("rename-column", "warning",
         "Renaming a column breaks code still using the old name.",
         "Add the new column, write both, backfill, switch reads, then drop the old one."),
    Rule("rename-table", "warning",
         "Renaming a table breaks code still using the old name.",
         "Create the new table (or a view with the old name), move the code over, then drop the old one."),
    Rule("enum-value-removal", "error",
         "Removing enum values rewrites every column using the enum and fails on rows that hold them.",
         "Move rows and code off the values first; remove them in a later migration."),
    Rule("unique-constraint-without-index", "error",
         "ADD CONSTRAINT … UNIQUE (or PRIMARY KEY) builds its index under an ACCESS EXCLUSIVE lock.",
         "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX."),
    Rule("concurrently-in-transaction", "error",
         "CONCURRENTLY cannot run inside a transaction, and Prisma sends a migration file as one.",
         "Put the CONCURRENTLY statement alone in a migration of its own."),
    Rule("missing-lock-timeout", "warning",
         "A migration locking an existing table has no lock_timeout: waiting for the lock queues every query.",
         "SET LOCAL lock_timeout = '5s' at the top of the migration, and retry when it times out."),
    Rule("syntax-error", "error",
         "PostgreSQL's parser refuses the migration: nothing in it can be checked.",
         "Fix the SQL."),
    Rule("unknown-lint-ignore", "warning",
         "A lamina:lint-ignore comment names a rule that does not exist, so it silences nothing.",
         "Name one of the rule ids listed in docs/lint.md."),
)
RULE_IDS = frozenset(rule.id for rule in RULES)
RULES_BY_ID = {rule.id: rule for rule in RULES}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    level: Level
    file: str  # the migration.sql path as shown (relative to the working directory)
    line: int
    message: str
    migration: str
    table: str | None = None  # the table concerned, quoted as in SQL

    def text(self) -> str:
        return f"{self.file}:{self.line}: {self.rule}: {self.message}"


@dataclass(frozen=True, slots=True)
class StatementInfo:
    """One linted statement with its context (for tools comparing with other linters)."""

    migration: str
    file: str
    line: int
    end_line: int
    tables: tuple[tuple[str, str], ...]  # tables the statement concerns, (schema, name)
    new_tables: tuple[tuple[str, str], ...]  # ... of which created earlier in the same migration
    new_columns: tuple[str, ...] = ()  # columns it drops or renames that were added earlier in the same migration


@dataclass(slots=True)
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    migrations: int = 0  # migrations linted
    ignored: int = 0  # findings silenced by lamina:lint-ignore comments
    statements: list[StatementInfo] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {level: sum(1 for f in self.findings if f.level == level) for level in ("error", "warning")}

    def fails(self, fail_on: str) -> bool:
        """Whether `migrate lint` exits 1: any finding at or above `fail_on`."""
        if fail_on == "none":
            return False
        wanted = ("error",) if fail_on == "error" else ("error", "warning")
        return any(f.level in wanted for f in self.findings)
