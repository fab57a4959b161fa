"""Character-level scanning for the Prisma Schema Language.

Each function looks at `text` from `pos` and returns the end offset of what it matched, or -1.
The parser composes them; nothing here allocates nodes or raises.
"""

from __future__ import annotations

import unicodedata


def is_whitespace(char: str) -> bool:
    """Prisma's WHITESPACE: a tab or any Unicode space separator (not a newline)."""
    return char == "\t" or (char != "" and unicodedata.category(char) == "Zs")


def is_ascii_alphanumeric(char: str) -> bool:
    """Letters (any script) and digits: what identifiers are made of."""
    return char.isalnum()


def skip_whitespace(text: str, pos: int) -> int:
    while pos < len(text) and is_whitespace(text[pos]):
        pos += 1
    return pos


def skip_whitespace_and_block_comments(text: str, pos: int) -> int:
    while True:
        pos = skip_whitespace(text, pos)
        if not text.startswith("/*", pos):
            return pos
        close = text.find("*/", pos + 2)
        if close < 0:
            return pos
        pos = close + 2


def newline(text: str, pos: int) -> int:
    """`\\n`, `\\r\\n` or `\\r`."""
    if text.startswith("\r\n", pos):
        return pos + 2
    if pos < len(text) and text[pos] in "\n\r":
        return pos + 1
    return -1


def rest_of_line(text: str, pos: int) -> int:
    """Everything up to (not including) the next newline."""
    while pos < len(text) and text[pos] not in "\n\r":
        pos += 1
    return pos


def identifier(text: str, pos: int) -> int:
    if pos >= len(text) or not is_ascii_alphanumeric(text[pos]):
        return -1
    pos += 1
    while pos < len(text) and (is_ascii_alphanumeric(text[pos]) or text[pos] in "_-"):
        pos += 1
    return pos


def path(text: str, pos: int) -> int:
    """`identifier ("." path?)*`: a dotted name such as `db.VarChar`."""
    end = identifier(text, pos)
    if end < 0:
        return -1
    while end < len(text) and text[end] == ".":
        end += 1
        after = identifier(text, end)
        if after >= 0:
            end = after
            continue
    return end


def numeric(text: str, pos: int) -> int:
    """`-?[0-9]+(\\.[0-9]+)?`"""
    start = pos
    if text.startswith("-", pos):
        pos += 1
    digits = pos
    while pos < len(text) and text[pos].isascii() and text[pos].isdigit():
        pos += 1
    if pos == digits:
        return -1
    if text.startswith(".", pos):
        frac = pos + 1
        while frac < len(text) and text[frac].isascii() and text[frac].isdigit():
            frac += 1
        if frac > pos + 1:
            pos = frac
    return pos if pos > start else -1


def string_literal(text: str, pos: int) -> int:
    """A JSON-style string: escapes are `\\` + any char; raw control characters end the match."""
    if not text.startswith('"', pos):
        return -1
    pos += 1
    while pos < len(text):
        char = text[pos]
        if char == "\\" and pos + 1 < len(text):
            pos += 2
        elif char == '"':
            return pos + 1
        elif ord(char) < 0x20:
            return -1
        else:
            pos += 1
    return -1


_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


def unescape(raw: str) -> str:
    """The value of a string literal's content (between the quotes), JSON escapes applied."""
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
