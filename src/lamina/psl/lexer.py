"""Scanning for the Prisma Schema Language: compiled patterns for every token the grammar knows.

The `*_at` matchers are bound `re.Pattern.match` methods: `identifier_at(text, pos)` returns a match
object or None. The functions below them keep the older offset API (end offset, or -1) for `format`.
Nothing here allocates nodes or raises.
"""

from __future__ import annotations

import re

# Prisma's WHITESPACE: a tab or any Unicode space separator (category Zs), never a newline.
_BLANK = "\t \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# An identifier starts with a letter or digit (any script) and goes on with those, `_` and `-`.
_IDENTIFIER = r"[^\W_][\w-]*"
_PATH = f"{_IDENTIFIER}(?:\\.(?:{_IDENTIFIER})?)*"

blanks_at = re.compile(f"[{_BLANK}]*").match
# Implicit whitespace between tokens: blanks and closed `/* ... */` comments.
ws_at = re.compile(f"(?:[{_BLANK}]+|/\\*.*?\\*/)*", re.S).match
newline_at = re.compile(r"\r\n|\n|\r").match
rest_of_line_at = re.compile(r"[^\r\n]*").match
identifier_at = re.compile(_IDENTIFIER).match
# `identifier ("." identifier?)*`: a dotted name such as `db.VarChar`.
path_at = re.compile(_PATH).match
numeric_at = re.compile(r"-?[0-9]+(?:\.[0-9]+)?").match
# A JSON-style string: escapes are `\` + any char; raw control characters end the match.
string_at = re.compile(r'"(?:\\.|[^"\\\x00-\x1f])*"', re.S).match
# Blanks, then a `//` comment up to the end of the line (group 1 is the comment itself).
comment_at = re.compile(f"[{_BLANK}]*(//[^\r\n]*)").match
# One or more lines holding nothing but blanks.
empty_lines_at = re.compile(f"(?:[{_BLANK}]*(?:\r\n|\n|\r))+").match
# Blanks and a newline: the end of a line with nothing more on it.
line_end_at = re.compile(f"[{_BLANK}]*(?:\r\n|\n|\r)").match

# Shortcuts for the common shapes of a field line, used only where they match exactly what the general
# rules would: `name Type`, `name Type?` or `name Type[]` followed by an attribute, a comment or the end
# of the line (groups: name, type, "?" / "[]" / None) ...
field_head_at = re.compile(
    f"({_IDENTIFIER})[{_BLANK}]+({_IDENTIFIER})(\\[\\]|\\?)?(?=[{_BLANK}]*(?:[@\r\n]|//))"
).match
# ... and blanks then `@name` with nothing between `@` and the name (group 1: the name).
field_attribute_at = re.compile(f"[{_BLANK}]*@({_PATH})").match
# ... and `(x)` holding one positional value with no blanks or comments inside: a call without arguments
# `name()` (group 1), a number (group 2), a string without escapes (group 3, quotes included) or a
# constant (group 4), in the order the general rules try them.
single_argument_at = re.compile(
    f"\\(({_PATH})\\(\\)\\)"
    f"|\\((-?[0-9]+(?:\\.[0-9]+)?)\\)"
    f'|\\(("[^"\\\\\\x00-\\x1f]*")\\)'
    f"|\\((?![0-9])({_PATH})\\)"
).match


def skip_whitespace(text: str, pos: int) -> int:
    return blanks_at(text, pos).end()


def skip_whitespace_and_block_comments(text: str, pos: int) -> int:
    return ws_at(text, pos).end()


def newline(text: str, pos: int) -> int:
    """`\\n`, `\\r\\n` or `\\r`."""
    match = newline_at(text, pos)
    return match.end() if match else -1


def rest_of_line(text: str, pos: int) -> int:
    """Everything up to (not including) the next newline."""
    return rest_of_line_at(text, pos).end()


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def unescape(raw: str) -> str:
    """The value of a string literal's content (between the quotes), JSON escapes applied."""
    if "\\" not in raw:
        return raw
    out: list[str] = []
    pos = 0
    while pos < len(raw):
        char = raw[pos]
        if char != "\\" or pos + 1 >= len(raw):
            out.append(char)
            pos += 1
            continue
        code = raw[pos + 1]
        if code in _ESCAPES:
            out.append(_ESCAPES[code])
            pos += 2
        elif code == "u" and _is_hex(raw[pos + 2 : pos + 6]):
            value = int(raw[pos + 2 : pos + 6], 16)
            pos += 6
            if 0xD800 <= value < 0xDC00 and raw.startswith("\\u", pos) and _is_hex(raw[pos + 2 : pos + 6]):
                low = int(raw[pos + 2 : pos + 6], 16)
                if 0xDC00 <= low < 0xE000:
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
            out.append(chr(value))
        else:
            out.append(code)
            pos += 2
    return "".join(out)


def _is_hex(chunk: str) -> bool:
    return len(chunk) == 4 and all(c in "0123456789abcdefABCDEF" for c in chunk)
