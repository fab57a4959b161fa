"""Writing a PSL string literal: the one function every generator of schema text goes through
(`db pull`, `init`, the config blocks a pull re-renders), so that a name holding `"` or `\\` never
ends a literal early or turns into schema syntax.

PSL string literals have JSON's grammar (`lexer.unescape` reads them back). Prisma's writer
(prisma-engines `psl/schema-ast` `string_literal`) escapes `"`, `\\`, tab, newline and carriage
return with their short forms and every other ASCII control character (U+0000-U+001F, U+007F) as
`\\u00xx` in lower-case hex; everything else is written as is.
"""

from __future__ import annotations

_SHORT = {'"': '\\"', "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_ESCAPES = str.maketrans({**{chr(c): f"\\u{c:04x}" for c in (*range(0x20), 0x7F)}, **_SHORT})


def string_literal(value: str) -> str:
    """`value` quoted and escaped as Prisma writes it: `a"b` → `"a\\"b"`."""
    return '"' + value.translate(_ESCAPES) + '"'
