r"""MySQL string literals, written and read back.

A literal lamina writes never lets its value end the quotes, whatever the session: `'` is doubled
(`''` is one quote in every sql_mode) and `\` is escaped as `\\`. The value means what the schema
says where backslashes are escapes: MySQL's default, and the mode of lamina's own sessions
(`engine/connection.py`). Under NO_BACKSLASH_ESCAPES a backslash would read as two: wrong, never
unsafe. NUL is written `\0`, so that a migration file holds no NUL byte.

Prisma doubles `'` only (`escape_string_literal` in `mysql_renderer.rs`): a default ending in a
backslash ends its literal early and lets the next one run as SQL. For every value without a
backslash or NUL, lamina writes Prisma's text.

MariaDB reports literals in `information_schema` (`COLUMN_DEFAULT`, an enum's `COLUMN_TYPE`)
backslash-escaped whatever the session's mode: `'it''s'`, `'a\\b'`, `'x\ny'`, `'\0'`.
"""

from __future__ import annotations

import re

_ESCAPED = {"\\": "\\\\", "'": "''", "\0": "\\0"}
_TO_ESCAPE = re.compile(r"[\\'\0]")
# The escape sequences of MySQL's string literals (`\%` and `\_` keep their backslash).
_SEQUENCES = {"0": "\0", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "%": "\\%", "_": "\\_"}
_SEQUENCE = re.compile(r"\\(.)|''", re.S)
# One quoted literal inside a list such as `enum('a','b')`.
QUOTED = r"'((?:[^'\\]|''|\\.)*)'"


def string_literal(text: str) -> str:
    """`text` as a quoted MySQL string literal."""
    return "'" + _TO_ESCAPE.sub(lambda m: _ESCAPED[m.group()], text) + "'"


def unescape(body: str) -> str:
    """The value of a literal's text between its quotes, as the server writes it."""
    if "\\" not in body and "'" not in body:
        return body
    return _SEQUENCE.sub(lambda m: "'" if m.group(1) is None else _SEQUENCES.get(m.group(1), m.group(1)), body)


def quoted_values(text: str) -> tuple[str, ...]:
    """The values of the quoted literals in `text`: `('a','it''s')` → ("a", "it's")."""
    return tuple(unescape(body) for body in re.findall(QUOTED, text, re.S))


def as_the_server_shows(text: str) -> str:
    """MariaDB's `information_schema` is utf8mb3: each character outside the Basic Multilingual
    Plane reads back as `?` (the value stored is whole)."""
    return re.sub("[\U00010000-\U0010ffff]", "?", text)
