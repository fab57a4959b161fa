"""A migration script as statements: PostgreSQL's own parse tree (pglast) for each, with the line it
starts on and the rules a `-- lamina:lint-ignore rule-id` comment above it silences.

pglast reports offsets in characters (it converts libpg_query's byte offsets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

IGNORE_COMMENT = re.compile(r"^[ \t]*--[ \t]*lamina:lint-ignore\b(.*)$", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Statement:
    node: object  # a pglast.ast statement node (AlterTableStmt, IndexStmt, ...)
    index: int  # position in the file, from 0
    line: int  # first line of the statement, from 1
    text: str
    ignored: frozenset[str]  # rule ids silenced by a comment above the statement


@dataclass(frozen=True, slots=True)
class ParsedScript:
    statements: tuple[Statement, ...]
    error: str | None = None  # the parser's message when the script does not parse
    error_line: int | None = None
    unknown_ignores: tuple[tuple[int, str], ...] = ()  # (line, id) of ignore comments naming no rule


def parse_script(script: str, known_rules: frozenset[str] = frozenset()) -> ParsedScript:
    """The statements of one migration.sql; a script PostgreSQL's parser refuses gives no
    statements and the parser's message with its line."""
    import pglast

    try:
        raw = pglast.parse_sql(script)
    except pglast.parser.ParseError as error:
        message, position = (error.args + (None,))[:2]
        line = script.count("\n", 0, position) + 1 if isinstance(position, int) else None
        return ParsedScript((), str(message), line)
    statements: list[Statement] = []
    unknown: list[tuple[int, str]] = []
    previous_end = 0
    for index, item in enumerate(raw):
        start = item.stmt_location
        end = start + item.stmt_len if item.stmt_len else len(script)
        line = script.count("\n", 0, start) + 1
        ignored, bad = _ignored_rules(script, previous_end, start, known_rules)
        unknown += bad
        statements.append(Statement(item.stmt, index, line, script[start:end], ignored))
        previous_end = end
    return ParsedScript(tuple(statements), unknown_ignores=tuple(unknown))


def _ignored_rules(script: str, after: int, before: int, known: frozenset[str]) -> tuple[frozenset[str], list]:
    """Rule ids named by ignore comments on the lines between two statements (a comment on the
    previous statement's last line belongs to that statement, not to the next one)."""
    newline = script.find("\n", after, before)
    if newline < 0 or "lamina:lint-ignore" not in script[newline:before]:
        return frozenset(), []
    region = script[newline:before]
    first_line = script.count("\n", 0, newline) + 1
    rules: set[str] = set()
    unknown: list[tuple[int, str]] = []
    for match in IGNORE_COMMENT.finditer(region):
        names = [n for n in re.split(r"[\s,]+", match.group(1).split("--")[0].strip()) if n]
        rules.update(names)
        line = first_line + region.count("\n", 0, match.start())
        unknown += [(line, n) for n in names if known and n not in known]
    return frozenset(rules), unknown


def names_of(node_names) -> tuple[str, ...]:
    """('public', 'User') from a pglast name list of String nodes."""
    return tuple(n.sval for n in node_names or () if hasattr(n, "sval"))
