"""SQL text helpers shared by the dialects."""

from __future__ import annotations

import re
from decimal import Decimal

from lamina.schema.model import Column, ColumnDefault, IndexColumn


def quote(name: str) -> str:
    """A double-quoted identifier, quotes doubled."""
    return '"' + name.replace('"', '""') + '"'


def qualified(name: str, namespace: str | None) -> str:
    return f"{quote(namespace)}.{quote(name)}" if namespace else quote(name)


def string_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def scalar_literal(value: object) -> str:
    """A literal default value as Prisma writes it (strings quoted, booleans lower-case)."""
    match value:
        case bool():
            return "true" if value else "false"
        case int() | Decimal():
            return str(value)
        case float():
            return repr(value) if value != int(value) else str(int(value))
        case bytes():
            return string_literal(value.hex())
        case _:
            return string_literal(str(value))


def index_columns(columns: tuple[IndexColumn, ...], *, with_sort: bool = True) -> str:
    parts = []
    for column in columns:
        text = quote(column.name)
        if column.operator_class:
            text += f" {column.operator_class}"
        if with_sort and column.sort:  # Prisma prints a sort order whenever one is known
            text += " DESC" if column.sort == "desc" else " ASC"
        parts.append(text)
    return ", ".join(parts)


def left_to_prisma(before: Column, after: Column) -> bool:
    """Defaults a dialect's `same_default` leaves to Prisma's comparison: a missing one, or two
    `now()` (which Prisma finds equal whatever the database reports)."""
    b, a = before.default, after.default
    return b is None or a is None or b.kind == a.kind == "now"


def is_calculated_now(default: ColumnDefault) -> bool:
    """`@default(now())` in a schema (described, it carries the database's expression)."""
    return default.kind == "now" and default.expression is None


def expression_text(default: ColumnDefault) -> str | None:
    """The SQL text of a described `now()` or of a `dbgenerated("…")`; None for any other default."""
    match default.kind:
        case "now":
            return default.expression
        case "dbgenerated" if isinstance(default.value, str):
            return default.value
    return None


def default_is_rendered(default: ColumnDefault | None) -> bool:
    return default is not None and not (default.kind == "dbgenerated" and default.value is None)


_RFC3339 = re.compile(r"(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|z|[+-]\d{2}:\d{2})$")


def datetime_text(value: str) -> str:
    """A DateTime default as Prisma prints it: `2024-01-02 03:04:05 +00:00` (fraction only when
    non-zero, in 3, 6 or 9 digits)."""
    match = _RFC3339.match(value)
    if not match:
        return value
    date, time, fraction, offset = match.groups()
    nanos = int((fraction or "0")[:9].ljust(9, "0"))
    if nanos:
        digits = 3 if nanos % 1_000_000 == 0 else 6 if nanos % 1000 == 0 else 9
        time += "." + f"{nanos:09d}"[:digits]
    return f"{date} {time} {'+00:00' if offset in ('Z', 'z') else offset}"
