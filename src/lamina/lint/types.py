"""Column types as a migration writes them, and which type changes make PostgreSQL rewrite the table.

A type is kept in Prisma's spelling (`INTEGER`, `VARCHAR(191)`, `TIMESTAMP(3)`, an enum's name), so
that `dialects/postgres/casts.py`, the table Prisma's differ uses for data-loss warnings, can say
whether the change may also fail on existing values.

PostgreSQL keeps the table's file (no rewrite, only a short ACCESS EXCLUSIVE lock) when the new type
is binary-coercible from the old one and its modifier does not narrow it: a longer or unlimited
VARCHAR, VARCHAR to TEXT, a NUMERIC with more digits before the point and the same scale, a more
precise TIMESTAMP, CITEXT to and from TEXT or VARCHAR, ... Everything else, and every change with a
USING expression, rewrites the table and its indexes (ALTER TABLE's ATColumnChangeRequiresRewrite).
tests/lint/test_rewrites.py checks this table against a real server.
"""

from __future__ import annotations

from dataclasses import dataclass

from lamina.lint.statements import names_of

# pg_catalog's internal names → Prisma's spelling
_CANONICAL = {
    "int2": "SMALLINT", "smallint": "SMALLINT", "int4": "INTEGER", "int": "INTEGER", "integer": "INTEGER",
    "int8": "BIGINT", "bigint": "BIGINT", "float4": "REAL", "real": "REAL", "float8": "DOUBLE PRECISION",
    "numeric": "DECIMAL", "decimal": "DECIMAL", "bool": "BOOLEAN", "boolean": "BOOLEAN",
    "varchar": "VARCHAR", "bpchar": "CHAR", "char": "CHAR", "text": "TEXT", "timestamp": "TIMESTAMP",
    "timestamptz": "TIMESTAMPTZ", "time": "TIME", "timetz": "TIMETZ", "date": "DATE", "bit": "BIT",
    "varbit": "VARBIT", "uuid": "UUID", "json": "JSON", "jsonb": "JSONB", "bytea": "BYTEA", "inet": "INET",
    "money": "MONEY", "oid": "OID", "citext": "CITEXT", "xml": "XML", "interval": "INTERVAL",
}
_SERIALS = {"smallserial": "SMALLINT", "serial2": "SMALLINT", "serial": "INTEGER", "serial4": "INTEGER",
            "bigserial": "BIGINT", "serial8": "BIGINT"}
# binary-coercible pairs (pg_cast.castmethod = 'b') that keep the table's file
_BINARY = {
    ("VARCHAR", "TEXT"), ("TEXT", "VARCHAR"), ("CITEXT", "TEXT"), ("TEXT", "CITEXT"), ("CITEXT", "VARCHAR"),
    ("VARCHAR", "CITEXT"), ("XML", "TEXT"), ("XML", "VARCHAR"), ("BIT", "VARBIT"),
}
# types whose modifier may grow without a rewrite, and what "grow" means
_WIDENING = {"VARCHAR", "VARBIT", "TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ", "DECIMAL", "INTERVAL"}


@dataclass(frozen=True, slots=True)
class SqlType:
    name: str  # Prisma's spelling for built-in types; the type's own name otherwise (enums, domains)
    args: tuple[int, ...] = ()
    is_array: bool = False
    is_serial: bool = False  # SERIAL and friends: INTEGER with a sequence default
    schema: str = ""  # for user types: the schema written ("" when unqualified or public)

    def __str__(self) -> str:
        text = self.name + (f"({','.join(str(a) for a in self.args)})" if self.args else "")
        return text + ("[]" if self.is_array else "")

    @property
    def is_builtin(self) -> bool:
        return self.name in _CANONICAL.values()


def sql_type(type_name) -> SqlType:
    """A pglast TypeName as a SqlType."""
    names = names_of(type_name.names)
    base = names[-1]
    schema = names[0] if len(names) > 1 and names[0] not in ("pg_catalog", "public") else ""
    args = tuple(_modifier(m) for m in type_name.typmods or ())
    args = tuple(a for a in args if a is not None)
    is_array = bool(type_name.arrayBounds)
    if base in _SERIALS and not schema:
        return SqlType(_SERIALS[base], (), is_array, True)
    if base in _CANONICAL and (not schema or names[0] == "pg_catalog" or base == "citext"):
        name = _CANONICAL[base]
        if name == "CHAR" and not args and names[0] == "pg_catalog":
            args = (1,)
        return SqlType(name, args, is_array)
    if base in ("double precision",):
        return SqlType("DOUBLE PRECISION", (), is_array)
    return SqlType(base, args, is_array, schema=schema)


def _modifier(node) -> int | None:
    value = getattr(node, "val", None)
    return getattr(value, "ival", None)


def rewrites_table(before: SqlType, after: SqlType, *, has_using: bool) -> bool:
    """Whether `ALTER COLUMN … TYPE after` rewrites a table whose column has type `before`."""
    if has_using or before.is_array != after.is_array:
        return True
    if not (before.is_builtin and after.is_builtin):
        return (before.name, before.schema) != (after.name, after.schema)  # enums, domains: a new type
    if before.name == after.name:
        return not _modifier_widens(before.name, before.args, after.args)
    if (before.name, after.name) in _BINARY and not before.is_array:
        # a limit on the target makes PostgreSQL check every value: only an unlimited target keeps the file
        return bool(after.args) and not (after.name == "VARCHAR" and before.name == "VARCHAR")
    return True


def _modifier_widens(name: str, before: tuple[int, ...], after: tuple[int, ...]) -> bool:
    if before == after:
        return True
    if name not in _WIDENING:
        return False
    if not after:
        return True  # unconstrained
    if not before:
        return False
    if name == "DECIMAL":
        precision, scale = before[0], before[1] if len(before) > 1 else 0
        to_precision, to_scale = after[0], after[1] if len(after) > 1 else 0
        return to_scale == scale and to_precision >= precision
    return after[0] >= before[0]
