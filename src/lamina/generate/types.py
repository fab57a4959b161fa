"""Column types of the generated models: the SQL type lamina migrates → a SQLAlchemy type whose DDL
creates that same type, and the Python type SQLAlchemy hands back for it.

The input is the calculated column (`schema.model.Column`, whose `full_data_type` is the type as
Prisma writes it in CREATE TABLE) and its field. One table per provider, keyed by the SQL type's
name; a type SQLAlchemy has no class for is created from its SQL text (`_SqlType`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lamina.generate.source import Call, Expr, call, py_string
from lamina.psl.validated import ScalarField
from lamina.schema.model import Column

# Prisma scalar → the Python type of its values.
PYTHON_TYPES = {
    "String": "str", "Boolean": "bool", "Int": "int", "BigInt": "int", "Float": "float",
    "Decimal": "_decimal.Decimal", "DateTime": "_dt.datetime", "Json": "Any", "Bytes": "bytes",
}
# Native types whose values are no datetimes.
NATIVE_PYTHON_TYPES = {"Date": "_dt.date", "Time": "_dt.time", "Timetz": "_dt.time"}

_SQL_TYPE = re.compile(r"^([A-Z][A-Z ]*?)(?:\((.*)\))?( UNSIGNED)?$")


def split_sql_type(full: str) -> tuple[str, tuple[str, ...]]:
    """`DECIMAL(10, 2)` → ("DECIMAL", ("10", "2")); `INTEGER UNSIGNED` → ("INTEGER UNSIGNED", ())."""
    match = _SQL_TYPE.match(full)
    if match is None:
        return full, ()
    name = match.group(1) + (match.group(3) or "")
    args = tuple(a.strip() for a in match.group(2).split(",")) if match.group(2) else ()
    return name, args


def python_type(field: ScalarField, enum_class: str | None) -> str:
    """The type inside `Mapped[...]`, before `| None` and `list[...]`."""
    if enum_class is not None:
        return enum_class
    if field.native_type is not None and field.native_type.name in NATIVE_PYTHON_TYPES:
        return NATIVE_PYTHON_TYPES[field.native_type.name]
    return PYTHON_TYPES.get(field.type_name, "Any")


def _int(args: tuple[str, ...], index: int = 0) -> str | None:
    return args[index] if len(args) > index and args[index].isdigit() else None


def _sized(func: str) -> Callable[[tuple[str, ...]], Expr]:
    return lambda args: call(func, *args)


def _precision(func: str, keyword: str, **fixed: Expr) -> Callable[[tuple[str, ...]], Expr]:
    def build(args: tuple[str, ...]) -> Expr:
        precision = _int(args)
        return call(func, **fixed, **({keyword: precision} if precision is not None else {}))
    return build


def _plain(func: str, *fixed: Expr, **kw: Expr) -> Callable[[tuple[str, ...]], Expr]:
    return lambda args: call(func, *fixed, **kw)


POSTGRES: dict[str, Callable[[tuple[str, ...]], Expr]] = {
    "TEXT": _plain("sa.Text"), "VARCHAR": _sized("sa.String"), "CHAR": _sized("sa.CHAR"),
    "CITEXT": _plain("pg.CITEXT"), "BOOLEAN": _plain("sa.Boolean"), "INTEGER": _plain("sa.Integer"),
    "SMALLINT": _plain("sa.SmallInteger"), "BIGINT": _plain("sa.BigInteger"),
    "DOUBLE PRECISION": _plain("sa.Double"), "REAL": _plain("sa.REAL"), "DECIMAL": _sized("sa.Numeric"),
    "MONEY": _plain("pg.MONEY"), "TIMESTAMP": _precision("pg.TIMESTAMP", "precision"),
    "TIMESTAMPTZ": _precision("pg.TIMESTAMP", "precision", timezone="True"), "DATE": _plain("sa.Date"),
    "TIME": _precision("pg.TIME", "precision"), "TIMETZ": _precision("pg.TIME", "precision", timezone="True"),
    "JSONB": _plain("pg.JSONB"), "JSON": _plain("pg.JSON"), "BYTEA": _plain("pg.BYTEA"),
    "UUID": _plain("pg.UUID", as_uuid="False"), "INET": _plain("pg.INET"), "OID": _plain("pg.OID"),
    "BIT": _sized("pg.BIT"), "VARBIT": lambda args: call("pg.BIT", *args, varying="True"),
}

SQLITE: dict[str, Callable[[tuple[str, ...]], Expr]] = {
    "TEXT": _plain("sa.Text"), "BOOLEAN": _plain("sa.Boolean"), "INTEGER": _plain("sa.Integer"),
    "BIGINT": _plain("sa.BigInteger"), "REAL": _plain("sa.REAL"), "DECIMAL": _plain("sa.DECIMAL"),
    "DATETIME": _plain("sa.DATETIME"), "JSONB": _plain("_SqliteJsonb"), "BLOB": _plain("sa.LargeBinary"),
}


def _mysql_int(func: str) -> Callable[[tuple[str, ...]], Expr]:
    return lambda args: call(func, *args)


MYSQL: dict[str, Callable[[tuple[str, ...]], Expr]] = {
    "VARCHAR": _sized("sa.String"), "CHAR": _sized("sa.CHAR"), "TEXT": _plain("mysql.TEXT"),
    "TINYTEXT": _plain("mysql.TINYTEXT"), "MEDIUMTEXT": _plain("mysql.MEDIUMTEXT"),
    "LONGTEXT": _plain("mysql.LONGTEXT"), "BOOLEAN": _plain("sa.Boolean"), "INTEGER": _mysql_int("mysql.INTEGER"),
    "TINYINT": _mysql_int("mysql.TINYINT"), "SMALLINT": _mysql_int("mysql.SMALLINT"),
    "MEDIUMINT": _mysql_int("mysql.MEDIUMINT"), "BIGINT": _mysql_int("mysql.BIGINT"),
    "INTEGER UNSIGNED": _plain("mysql.INTEGER", unsigned="True"),
    "TINYINT UNSIGNED": _plain("mysql.TINYINT", unsigned="True"),
    "SMALLINT UNSIGNED": _plain("mysql.SMALLINT", unsigned="True"),
    "MEDIUMINT UNSIGNED": _plain("mysql.MEDIUMINT", unsigned="True"),
    "BIGINT UNSIGNED": _plain("mysql.BIGINT", unsigned="True"),
    "DOUBLE": _plain("sa.Double"), "FLOAT": _plain("mysql.FLOAT", asdecimal="False"),
    "DECIMAL": _sized("mysql.DECIMAL"), "DATETIME": _precision("mysql.DATETIME", "fsp"),
    "TIMESTAMP": _precision("mysql.TIMESTAMP", "fsp"), "DATE": _plain("sa.Date"),
    "TIME": _precision("mysql.TIME", "fsp"), "YEAR": _plain("mysql.YEAR"), "JSON": _plain("mysql.JSON"),
    "BINARY": _sized("mysql.BINARY"), "VARBINARY": _sized("mysql.VARBINARY"),
    "TINYBLOB": _plain("mysql.TINYBLOB"), "BLOB": _plain("mysql.BLOB"), "MEDIUMBLOB": _plain("mysql.MEDIUMBLOB"),
    "LONGBLOB": _plain("mysql.LONGBLOB"), "BIT": _sized("mysql.BIT"),
}

TYPE_TABLES = {"postgresql": POSTGRES, "sqlite": SQLITE, "mysql": MYSQL}


def raw_type(sql: str) -> Call:
    """A type SQLAlchemy has no class for, created from its SQL text."""
    return call("_SqlType", py_string(sql))


def scalar_type(provider: str, column: Column) -> Expr:
    """The SQLAlchemy type of a column that is no enum, without list brackets."""
    if column.type.family == "Unsupported":
        return raw_type(column.type.full_data_type)
    name, args = split_sql_type(column.type.full_data_type)
    build = TYPE_TABLES[provider].get(name)
    return build(args) if build is not None else raw_type(column.type.full_data_type)
