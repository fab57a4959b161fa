"""Python source text for generated modules: calls and collections laid out as black lays them out.

An expression is a string (already Python source), a `Call` or a `Seq`. `render_statement` puts
`prefix + expression` on one line when it fits in `WIDTH` columns; otherwise the outermost brackets
are split: first with all the arguments on one indented line, then one argument per line with a
trailing comma, each argument split the same way when it is itself too long. Collections (tuples,
lists, dicts) that do not fit go one item per line straight away.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WIDTH = 88
INDENT = "    "


@dataclass(frozen=True)
class Call:
    func: str
    args: tuple[Expr, ...] = ()
    kwargs: tuple[tuple[str, Expr], ...] = ()

    def items(self) -> list[Expr]:
        return [*self.args, *(Keyword(k, v) for k, v in self.kwargs)]


@dataclass(frozen=True)
class Keyword:
    name: str
    value: Expr


@dataclass(frozen=True)
class Seq:
    """A tuple, list or dict display: `open` and `close` are its brackets; a one-item tuple gets
    its comma."""

    open: str
    close: str
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Pair:
    """`key: value` inside a dict display."""

    key: Expr
    value: Expr


Expr = str | Call | Seq | Keyword | Pair


def call(func: str, *args: Expr, **kwargs: Expr) -> Call:
    return Call(func, tuple(args), tuple(kwargs.items()))


def flat(expr: Expr) -> str:
    """The expression on one line."""
    match expr:
        case str():
            return expr
        case Keyword(name, value):
            return f"{name}={flat(value)}"
        case Pair(key, value):
            return f"{flat(key)}: {flat(value)}"
        case Call(func):
            return f"{func}({', '.join(flat(i) for i in expr.items())})"
        case Seq(open_, close, items):
            inner = ", ".join(flat(i) for i in items)
            if open_ == "(" and len(items) == 1:
                inner += ","
            return f"{open_}{inner}{close}"
    raise TypeError(expr)


def _parts(expr: Expr) -> tuple[str, list[Expr], str] | None:
    """What sits before, between and after the outermost brackets, when there are any."""
    match expr:
        case Call(func):
            return f"{func}(", expr.items(), ")"
        case Seq(open_, close, items):
            return open_, list(items), close
        case Keyword(name, value):
            inner = _parts(value)
            return (f"{name}={inner[0]}", inner[1], inner[2]) if inner else None
        case Pair(key, value):
            inner = _parts(value)
            return (f"{flat(key)}: {inner[0]}", inner[1], inner[2]) if inner else None
    return None


def render(expr: Expr, indent: str = "", prefix: str = "", suffix: str = "") -> list[str]:
    """`indent + prefix + expr + suffix` as lines no wider than WIDTH where the brackets allow."""
    line = indent + prefix + flat(expr) + suffix
    parts = _parts(expr)
    if len(line) <= WIDTH or parts is None or not parts[1]:
        return [line]
    head, items, close = parts
    inner = indent + INDENT
    if prefix.endswith(" = ") and len(indent + prefix + head) > WIDTH:
        if len(indent + prefix + "(") <= WIDTH:
            # `name: Mapped[...] = (` on its own line, the call inside the parentheses.
            return [indent + prefix + "(", *render(expr, inner), indent + ")" + suffix]
        annotated = re.fullmatch(r"(.*?: \w+\[)(.*)(\] = )", prefix)
        if annotated:  # even that is too long: the annotation's brackets are split first
            start, annotation, rest = annotated.groups()
            return [indent + start, inner + annotation, *render(expr, indent, rest, suffix)]
    if isinstance(expr, Call):  # arguments may share one line; a collection is one item per line
        hugged = inner + ", ".join(flat(i) for i in items)
        if len(hugged) <= WIDTH:
            return [indent + prefix + head, hugged, indent + close + suffix]
        if len(items) == 1:
            return [indent + prefix + head, *render(items[0], inner), indent + close + suffix]
    lines = [indent + prefix + head]
    for item in items:
        lines += render(item, inner, "", ",")
    lines.append(indent + close + suffix)
    return lines


def py_string(text: str) -> str:
    """A string literal in black's preferred quotes: double, unless the text holds more double
    quotes than single ones."""
    literal = repr(text)
    body = literal[1:-1].replace("\\'", "'") if literal[0] == "'" else literal[1:-1].replace('\\"', '"')
    quote = "'" if text.count('"') > text.count("'") else '"'
    return quote + body.replace(quote, "\\" + quote) + quote
