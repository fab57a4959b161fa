"""What `db pull` writes for a MySQL or MariaDB database, where it differs from the other providers
(prisma-engines `sql-schema-describer/src/mysql.rs::get_column_type`, introspection tests
`native_types/mysql.rs`, `enums/mysql.rs`):

* every `ENUM(...)` column becomes an enum of its own named `<table>_<column>`, in column order;
* native types are written as `@db.X` unless they are the scalar type's default on MySQL
  (`INT`, `BIGINT`, `DOUBLE`, `DECIMAL(65,30)`, `VARCHAR(191)`, `DATETIME(3)`, `LONGBLOB`,
  `TINYINT(1)` as Boolean, `JSON`); `BIT(1)` is a Boolean, other `BIT(n)` are Bytes; `SET(...)`
  is a String with no native type; spatial and unknown types are Unsupported.
"""

from __future__ import annotations

import re
from dataclasses import replace

from lamina.dialects.mysql.literals import string_literal
from lamina.dialects.mysql.types import enum_values
from lamina.introspect.catalog import TableNotes
from lamina.psl.validated import ValidatedSchema
from lamina.schema.model import Column, ColumnDefault, ColumnType, Enum, SqlSchema

# full_data_type name (as lamina's MySQL describer spells it) → (Prisma type, @db name)
_NATIVE = {
    "INTEGER": ("Int", "Int"), "INTEGER UNSIGNED": ("Int", "UnsignedInt"), "SMALLINT": ("Int", "SmallInt"),
    "SMALLINT UNSIGNED": ("Int", "UnsignedSmallInt"), "TINYINT": ("Int", "TinyInt"),
    "TINYINT UNSIGNED": ("Int", "UnsignedTinyInt"), "MEDIUMINT": ("Int", "MediumInt"),
    "MEDIUMINT UNSIGNED": ("Int", "UnsignedMediumInt"), "BIGINT": ("BigInt", "BigInt"),
    "BIGINT UNSIGNED": ("BigInt", "UnsignedBigInt"), "BOOLEAN": ("Boolean", "TinyInt"),
    "DECIMAL": ("Decimal", "Decimal"), "FLOAT": ("Float", "Float"), "DOUBLE": ("Float", "Double"),
    "CHAR": ("String", "Char"), "VARCHAR": ("String", "VarChar"), "TINYTEXT": ("String", "TinyText"),
    "TEXT": ("String", "Text"), "MEDIUMTEXT": ("String", "MediumText"), "LONGTEXT": ("String", "LongText"),
    "BINARY": ("Bytes", "Binary"), "VARBINARY": ("Bytes", "VarBinary"), "TINYBLOB": ("Bytes", "TinyBlob"),
    "BLOB": ("Bytes", "Blob"), "MEDIUMBLOB": ("Bytes", "MediumBlob"), "LONGBLOB": ("Bytes", "LongBlob"),
    "DATE": ("DateTime", "Date"), "TIME": ("DateTime", "Time"), "DATETIME": ("DateTime", "DateTime"),
    "TIMESTAMP": ("DateTime", "Timestamp"), "YEAR": ("Int", "Year"), "JSON": ("Json", "Json"),
}
# (Prisma type, @db name, arguments) that are the Prisma type's default on MySQL: not written.
_DEFAULTS = {
    ("Int", "Int", ()), ("BigInt", "BigInt", ()), ("Float", "Double", ()), ("Decimal", "Decimal", ("65", "30")),
    ("String", "VarChar", ("191",)), ("DateTime", "DateTime", ("3",)), ("Bytes", "LongBlob", ()),
    ("Boolean", "TinyInt", ()), ("Json", "Json", ()),
}
_TYPE = re.compile(r"^(?P<name>[A-Z ]+?)(?:\((?P<args>[^)]*)\))?(?P<unsigned> UNSIGNED)?$")


def mysql_field_type(column: Column) -> tuple[str, str | None] | None:
    """(Prisma type, `@db.X(...)` text or None), or None when the type is not supported."""
    raw = column.type.full_data_type
    if raw.lower().startswith("set("):
        return "String", None
    match = _TYPE.match(raw.upper())
    if match is None:
        return None
    name = match.group("name").strip() + (match.group("unsigned") or "")
    args = tuple(a.strip() for a in match.group("args").split(",")) if match.group("args") else ()
    if name == "BIT":
        prisma, native = ("Boolean" if args == ("1",) else "Bytes"), "Bit"
    elif name in _NATIVE:
        prisma, native = _NATIVE[name]
    else:
        return None
    if (prisma, native, args) in _DEFAULTS:
        return prisma, None
    return prisma, f"{native}({', '.join(args)})" if args else native


def with_column_enums(schema: SqlSchema, previous: ValidatedSchema | None = None) -> SqlSchema:
    """`SET(...)` columns as Strings; literal DateTime defaults as `dbgenerated("'…'")`; each inline `ENUM(...)` column as a column of an enum of its
    values, named `<table>_<column>`
    or, re-introspecting, after the enum the previous schema gave that field (so that its name,
    value names and position are kept, `re_introspection/mysql.rs::mapped_enum_value_name`)."""
    kept = _previous_enum_names(previous)
    enums: dict[str, Enum] = {}
    tables = []
    for table in schema.tables:
        columns = []
        for column in table.columns:
            if column.type.family == "Unsupported" and column.type.full_data_type.lower().startswith("set("):
                column = replace(column, type=ColumnType("String", column.type.full_data_type, column.type.arity))
            elif column.type.family == "DateTime" and column.default is not None and column.default.kind == "value":
                # Prisma reads a literal DATETIME default as the expression it is (`get_column_type`
                # defaults: DateTime → db_generated of the quoted text); PSL takes no such literal.
                text = string_literal(str(column.default.value))
                column = replace(column, default=ColumnDefault("dbgenerated", text))
            elif column.type.family == "Enum" and column.type.full_data_type.upper().startswith("ENUM("):
                values = enum_values(column.type.full_data_type)
                name = kept.get((table.name, column.name), f"{table.name}_{column.name}")
                if name in enums and enums[name].values != values:
                    name = f"{table.name}_{column.name}"  # the previous enum no longer fits both columns
                enums.setdefault(name, Enum(name, values))
                column = replace(column, type=ColumnType("Enum", name, column.type.arity))
            columns.append(column)
        tables.append(replace(table, columns=tuple(columns)))
    return replace(schema, tables=tuple(tables), enums=(*schema.enums, *enums.values()))


def _previous_enum_names(previous: ValidatedSchema | None) -> dict[tuple[str, str], str]:
    """(table, column) → database name of the enum the previous schema's field has."""
    if previous is None:
        return {}
    db_names = {e.name: e.db_name for e in previous.enums}
    return {(model.db_name, field.db_name): db_names[field.type_name]
            for model in previous.models for field in model.scalar_fields
            if field.is_enum and field.type_name in db_names}


def as_the_server_shows(schema: SqlSchema, version: str) -> SqlSchema:
    """MariaDB has no JSON type: a `JSON` column is a `LONGTEXT` (with a `json_valid` CHECK that
    Prisma does not read), so Prisma introspects it as `String @db.LongText`
    (`native_types/mysql.rs`: "Mariadb" → `String @db.LongText`). lamina's describer reads the
    CHECK to keep diffs quiet; introspection shows the column as Prisma does."""
    if "mariadb" not in version.lower():
        return schema
    tables = []
    for table in schema.tables:
        columns = tuple(
            replace(c, type=ColumnType("String", "LONGTEXT", c.type.arity)) if c.type.family == "Json" else c
            for c in table.columns)
        tables.append(replace(table, columns=columns))
    return replace(schema, tables=tuple(tables))


_PARTITIONED = """
SELECT DISTINCT TABLE_NAME FROM information_schema.PARTITIONS
WHERE TABLE_SCHEMA = DATABASE() AND PARTITION_NAME IS NOT NULL
"""


def mysql_notes(conn) -> dict[tuple[str | None, str], TableNotes]:
    """What `db pull` says about tables beyond their shape: partitioned tables get Prisma's
    documentation line and warning (`commenting_out/mysql.rs::partition_table_gets_comment`)."""
    notes: dict[tuple[str | None, str], TableNotes] = {}
    for (table,) in conn.query(_PARTITIONED):
        name = table.decode() if isinstance(table, bytes) else str(table)
        notes.setdefault((None, name), TableNotes()).partition = True
    return notes
