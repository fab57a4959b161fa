"""Are two partial index predicates the same? The schema's text against the database's, which the
server has rewritten (PostgreSQL prints `(status = 'active'::text)` for `status = 'active'`).

As Prisma does, both are parsed and compared as expressions, not as text: parentheses, spacing,
keyword case and identifier quoting do not count (`"status" IS NOT NULL` is `(status is not null)`),
while identifier and function name spelling does (`STATUS` is not `status`, `LOWER` not `lower`).
A literal may carry casts on one side that the other lacks, as long as one side's casts are the
other's first ones: the server adds the cast to the column's type (`'a'` is `'a'::text`, `0` is
`(0)::numeric`, `3.14::integer` is `((3.14)::integer)::numeric`), but `3.14::numeric` is not
`3.14::integer`. Casts of anything else must match. A predicate that does not parse is compared
as text, spacing aside.

The parser is PostgreSQL's own (pglast); each node keeps the spelling written at its position in
the source, where PostgreSQL would fold it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

# Term: a nested tuple (kind, *children); a plain value is ("=", value), a field (":", key, term),
# a literal with its casts ("literal", value, casts) with the casts innermost first.
Term = tuple


def predicates_match(before: str | None, after: str | None) -> bool:
    if before is None or after is None:
        return before is after
    if before == after:
        return True
    left, right = _term(before), _term(after)
    if left is None or right is None:
        return _spaced(before) == _spaced(after)
    return _same(left, right)


def _spaced(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip())


@lru_cache(maxsize=1024)
def _term(predicate: str) -> Term | None:
    try:
        from pglast.parser import parse_sql_json
    except ImportError:  # pragma: no cover - pglast is a dependency
        return None
    source = "SELECT " + predicate
    try:
        tree = json.loads(parse_sql_json(source))
        statements = tree["stmts"]
        if len(statements) != 1:
            return None
        select = statements[0]["stmt"]["SelectStmt"]
        if len(select["targetList"]) != 1 or set(select) - {"targetList", "limitOption", "op"}:
            return None
        node = select["targetList"][0]["ResTarget"]["val"]
    except Exception:  # noqa: BLE001 - pglast.parser.ParseError and malformed trees alike
        return None
    return _Reader(source.encode("utf-8")).node(node)


class _Reader:
    """A libpg_query JSON tree → Term, reading spellings back from the source bytes."""

    def __init__(self, source: bytes) -> None:
        self.source = source

    def node(self, value) -> Term:
        if isinstance(value, list):
            return ("list", *(self.node(v) for v in value))
        if not isinstance(value, dict):
            return ("=", value)
        if len(value) == 1:
            ((kind, body),) = value.items()
            if kind[:1].isupper() and isinstance(body, dict):
                return self.typed(kind, body)
        return self.fields("", value)

    def fields(self, kind: str, body: dict) -> Term:
        return (kind, *((":", key, self.node(v)) for key, v in sorted(body.items()) if key != "location"))

    def typed(self, kind: str, body: dict) -> Term:
        location = body.get("location", -1)
        match kind:
            case "ColumnRef":
                return ("ColumnRef", *self.names(location, len(body.get("fields", []))))
            case "FuncCall":
                rest = {k: v for k, v in body.items() if k != "funcname"}
                return ("FuncCall", self.names(location, len(body["funcname"])), self.fields("", rest))
            case "TypeCast":
                literal = self.literal(body)
                if literal is not None:
                    return literal
                return ("TypeCast", self.cast(body), self.node(body["arg"]))
            case "A_Const":
                return ("literal", self.fields("", body), ())
        return self.fields(kind, body)

    def literal(self, cast: dict) -> Term | None:
        """A literal under one or more casts, as ("literal", value, casts innermost first)."""
        casts = []
        node = cast
        while True:
            casts.append(self.cast(node))
            inner = node["arg"]
            if "TypeCast" in inner:
                node = inner["TypeCast"]
                continue
            if "A_Const" not in inner:
                return None
            return ("literal", self.fields("", inner["A_Const"]), tuple(reversed(casts)))

    def cast(self, cast: dict) -> Term:
        """`::type` or `CAST(... AS type)`, and the type as written (`int` is not `integer`)."""
        is_operator = self.source[cast.get("location", 0):].startswith(b"::")
        type_name = cast["typeName"]
        spelled = self.names(type_name.get("location", -1), 1)[0]
        if not self.source[type_name.get("location", 0):].lstrip().startswith(b'"'):
            spelled = spelled.lower()  # a type name is a keyword unless quoted
        rest = {k: v for k, v in type_name.items() if k != "names"}
        return (is_operator, spelled, self.fields("", rest))

    def names(self, location: int, count: int) -> tuple[str, ...]:
        """`count` dotted identifiers as written at `location`: quoted ones unquoted, others as typed."""
        names = []
        position = location
        for _ in range(count):
            match = _IDENTIFIER.match(self.source, position) if position >= 0 else None
            if match is None:
                return tuple(names) + ("?",) * (count - len(names))
            text = match.group(1).decode("utf-8")
            names.append(text[1:-1].replace('""', '"') if text.startswith('"') else text)
            position = match.end()
        return tuple(names)


_IDENTIFIER = re.compile(rb'\s*("(?:[^"]|"")*"|[A-Za-z_\x80-\xff][A-Za-z0-9_$\x80-\xff]*)\s*\.?')


def _same(left: Term, right: Term) -> bool:
    if left == right:
        return True
    if left[0] == "literal" and right[0] == "literal":
        if left[1] != right[1]:
            return False
        shorter, longer = sorted((left[2], right[2]), key=len)
        return longer[: len(shorter)] == shorter
    if left[0] != right[0] or len(left) != len(right) or left[0] == "=":
        return False
    return all(_same(a, b) if isinstance(a, tuple) else a == b for a, b in zip(left[1:], right[1:]))
