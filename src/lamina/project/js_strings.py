"""JavaScript's string rules where lamina must reproduce them exactly (dotenv, prisma.config.ts)."""

from __future__ import annotations

import re

# `\s` and String.prototype.trim's whitespace (Python's differs: the BOM, U+2028...).
JS_WHITESPACE = ("\t\n\x0b\x0c\r \u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
                 + "\u2028\u2029\u202f\u205f\u3000\ufeff")
JS_LINE_TERMINATORS = "\n\r\u2028\u2029"

_SPECIAL = re.compile(r"\$([$&`'])")


def js_replace(text: str, old: str, new: str, *, every: bool = False) -> str:
    """`text.replace(old, new)` (or `replaceAll`) with a string pattern: `$$`, `$&`, `` $` `` and
    `$'` in `new` stand for `$`, the match, and the text before and after it."""
    out: list[str] = []
    position = 0
    while True:
        at = text.find(old, position)
        if at < 0 or (not every and out):
            break
        specials = {"$": "$", "&": old, "`": text[:at], "'": text[at + len(old):]}
        out += [text[position:at], _SPECIAL.sub(lambda m: specials[m.group(1)], new)]
        position = at + len(old)
        if not old:  # an empty pattern matches between every character
            if position >= len(text):
                break
            out.append(text[position])
            position += 1
    return "".join(out) + text[position:]
