"""SQL text helpers shared by the PostgreSQL and SQLite renderers."""

from __future__ import annotations

from decimal import Decimal

from lamina.schema.model import ColumnDefault, IndexColumn


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
        if with_sort and column.sort == "desc":
            text += " DESC"
        parts.append(text)
    return ", ".join(parts)


def default_is_rendered(default: ColumnDefault | None) -> bool:
    return default is not None and not (default.kind == "dbgenerated" and default.value is None)
