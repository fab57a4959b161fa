"""PostgreSQL type changes: which casts Prisma treats as safe, risky or impossible.

The same table as the schema engine's PostgreSQL differ (`postgres_column_type_change` and
`postgres_native_type_change_riskyness`): a `risky` cast gets a data-loss warning, a
`not_castable` one drops and recreates the column, and `none` is no type change at all (e.g.
`@db.Time(2)` → `@db.Time`, or one `Unsupported(...)` type for another).
"""

from __future__ import annotations

import re

from lamina.diffing.steps import Cast
from lamina.schema.model import Column

_TYPE = re.compile(r"^([A-Z ]+?)(?:\((.*)\))?$")
KNOWN = frozenset({
    "SMALLINT", "INTEGER", "BIGINT", "DECIMAL", "MONEY", "INET", "OID", "CITEXT", "REAL", "DOUBLE PRECISION",
    "VARCHAR", "CHAR", "TEXT", "BYTEA", "TIMESTAMP", "TIMESTAMPTZ", "DATE", "TIME", "TIMETZ", "BOOLEAN", "BIT",
    "VARBIT", "UUID", "XML", "JSON", "JSONB",
})
_INTEGERS = {"SMALLINT": 3, "INTEGER": 10, "BIGINT": 19}  # digits the type can hold
_STRINGS = ("VARCHAR", "CHAR")
_TIMES = ("TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ")

NativeType = tuple[str, tuple[int, ...]]


def native_type(column: Column) -> NativeType | None:
    """(NAME, args) of a known native type; None for Unsupported(...) and unknown types."""
    if column.type.family == "Unsupported":
        return None
    match = _TYPE.match(column.type.full_data_type)
    if match is None or match.group(1) not in KNOWN:
        return None
    args = tuple(int(a) for a in match.group(2).split(",") if a.strip().isdigit()) if match.group(2) else ()
    return match.group(1), args


def classify_cast(before: Column, after: Column) -> Cast:
    b, a = before.type, after.type
    if b.family == "Enum" or a.family == "Enum":
        if b.family == a.family == "Enum":
            return "none" if b.full_data_type == a.full_data_type else "not_castable"
        return "not_castable"
    previous, following = native_type(before), native_type(after)
    list_to_scalar = b.arity == "list" and a.arity != "list"
    if list_to_scalar and following is not None:
        name, args = following
        if name == "TEXT" or (name == "VARCHAR" and not args):
            return "safe"
        if name in _STRINGS:
            return "risky"
    if list_to_scalar or (b.arity != "list" and a.arity == "list"):
        return "not_castable"
    if previous is None and following is None:
        return "none"
    if previous is None or following is None:
        return "risky"
    if previous == following:
        return "none"
    return _known_cast(previous, following)


def _length(args: tuple[int, ...]) -> int | None:
    return args[0] if args else None


def _precision_scale(args: tuple[int, ...]) -> tuple[int, int] | None:
    return (args[0], args[1] if len(args) > 1 else 0) if args else None


def _string_fits(name: str, args: tuple[int, ...], chars: int) -> Cast:
    """A number of up to `chars` characters cast to VARCHAR/CHAR (a CHAR without length holds one)."""
    length = _length(args)
    if length is not None:
        return "risky" if length < chars else "safe"
    return "risky" if name == "CHAR" else "safe"


def _known_cast(previous: NativeType, following: NativeType) -> Cast:
    (name, args), (to, to_args) = previous, following
    if name in _TIMES and to == name and (not to_args or not args or args == to_args):
        return "none"
    if name in ("INET", "MONEY") and to in ("CITEXT", "TEXT", "VARCHAR"):
        return "safe"
    if name == "INET":
        return "not_castable"
    if name == "MONEY":
        return "risky"
    if name == "CITEXT":
        return "safe" if to in ("TEXT", "VARCHAR") else "risky"
    if name == "OID":
        return "safe" if to in ("TEXT", "VARCHAR", "BIGINT", "INTEGER") else "not_castable"
    if name in _INTEGERS:
        return _integer_cast(name, to, to_args)
    if name == "DECIMAL":
        return _decimal_cast(args, to, to_args)
    if name in ("REAL", "DOUBLE PRECISION"):
        if to in _INTEGERS or to == "DECIMAL":
            return "risky"
        if to == "REAL":
            return "safe" if name == "REAL" else "risky"
        if to == "DOUBLE PRECISION" or to == "TEXT":
            return "safe"
        if to in _STRINGS:
            return _string_fits(to, to_args, 47 if name == "REAL" else 317)
        return "not_castable"
    if name in _STRINGS:
        return _string_cast(name, _length(args), to, _length(to_args))
    if name == "TEXT":
        if to in ("TEXT", "CITEXT") or (to == "VARCHAR" and not to_args):
            return "safe"
        return "risky" if to in _STRINGS else "not_castable"
    if name == "BYTEA":
        if to == "TEXT" or (to == "VARCHAR" and not to_args):
            return "safe"
        return "risky" if to in _STRINGS and to_args and to_args[0] > 2 else "not_castable"
    if name in _TIMES or name == "DATE":
        return _time_cast(name, to, to_args)
    if name == "BOOLEAN":
        if to in ("TEXT", "VARCHAR"):
            return "safe"
        if to == "CHAR" and to_args and to_args[0] > 3:
            return "safe" if to_args[0] > 4 else "risky"
        return "not_castable"
    if name in ("BIT", "VARBIT"):
        return _bit_cast(name, _length(args), to, _length(to_args))
    if name == "UUID":
        if to == "TEXT" or (to == "VARCHAR" and not to_args):
            return "safe"
        return "safe" if to in _STRINGS and to_args and to_args[0] > 31 else "not_castable"
    # XML, JSON, JSONB
    if to == "TEXT" or (to == "VARCHAR" and not to_args) or {name, to} == {"JSON", "JSONB"}:
        return "safe"
    return "risky" if to in _STRINGS else "not_castable"


def _integer_cast(name: str, to: str, to_args: tuple[int, ...]) -> Cast:
    digits = _INTEGERS[name]
    if to in _INTEGERS:
        return "safe" if _INTEGERS[to] >= digits else "risky"
    if to == "DECIMAL":
        target = _precision_scale(to_args)
        return "risky" if target is not None and target[0] - target[1] < digits else "safe"
    if to in ("REAL", "DOUBLE PRECISION", "TEXT"):
        return "safe"
    if to in _STRINGS:
        # the digits and a sign
        return _string_fits(to, to_args, {"SMALLINT": 4, "INTEGER": 11, "BIGINT": 20}[name])
    return "not_castable"


def _decimal_cast(args: tuple[int, ...], to: str, to_args: tuple[int, ...]) -> Cast:
    precision_scale = _precision_scale(args)
    if to in _INTEGERS:
        if precision_scale is None or precision_scale[1] > 0:
            return "risky"
        return "risky" if precision_scale[0] > _INTEGERS[to] - 1 else "safe"
    if to == "DECIMAL":
        target = _precision_scale(to_args)
        if target is None:
            return "safe"
        if precision_scale is None:
            return "risky"
        (p_old, s_old), (p_new, s_new) = precision_scale, target
        return "risky" if p_old - s_old > p_new - s_new or s_old > s_new else "safe"
    if to in ("REAL", "DOUBLE PRECISION"):
        return "risky"
    if to in _STRINGS:
        length = _length(to_args)
        if length is None:
            return "risky" if to == "CHAR" else "safe"
        if precision_scale is None:
            return "risky" if length < 131073 else "safe"
        precision, scale = precision_scale
        return "risky" if precision + (2 if scale > 0 else 1) > length else "safe"
    return "safe" if to == "TEXT" else "not_castable"


def _string_cast(name: str, length: int | None, to: str, to_length: int | None) -> Cast:
    if to == "TEXT":
        return "safe"
    if to not in _STRINGS:
        return "not_castable"
    if length is None:
        # VARCHAR without length is unlimited; CHAR without length is CHAR(1)
        if name == "CHAR":
            return "safe"
        return "risky" if to_length is not None or to == "CHAR" else "safe"
    if to_length is None:
        return "risky" if to == "CHAR" and length != 1 else "safe"
    return "risky" if length > to_length else "safe"


def _time_cast(name: str, to: str, to_args: tuple[int, ...]) -> Cast:
    if to == "TEXT" or (to == "VARCHAR" and not to_args):
        return "safe"
    wide = {"TIMESTAMP": 22, "TIMESTAMPTZ": 27, "DATE": 27, "TIME": 13, "TIMETZ": 18}[name]
    if to in _STRINGS and to_args and to_args[0] > wide:
        return "safe"
    targets = {
        "TIMESTAMP": _TIMES + ("DATE",), "TIMESTAMPTZ": _TIMES + ("DATE",), "DATE": ("TIMESTAMP", "TIMESTAMPTZ"),
        "TIME": ("TIMETZ",), "TIMETZ": ("TIMETZ", "TIME"),
    }[name]
    return "safe" if to in targets else "not_castable"


def _bit_cast(name: str, length: int | None, to: str, to_length: int | None) -> Cast:
    if name == "BIT" and length is None:
        return "safe" if to in ("TEXT", "VARCHAR", "CHAR", "VARBIT") else "not_castable"
    if to == "TEXT" or (to in ("VARCHAR", "VARBIT") and to_length is None):
        return "safe"
    if name == "BIT":
        if to in ("VARCHAR", "VARBIT", "CHAR") and to_length is not None and to_length >= length:
            return "safe"
        return "not_castable"
    if length is None:
        return "risky" if to in ("VARCHAR", "CHAR", "BIT") else "not_castable"
    if to == "VARBIT":
        return "safe" if to_length > length else "not_castable"
    if to in _STRINGS and to_length is not None and to_length >= length:
        return "safe"
    if to == "BIT" and (to_length is None or to_length <= length):
        return "risky"
    return "risky" if to in _STRINGS else "not_castable"
