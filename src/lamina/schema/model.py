"""The SQL schema model: what a database holds, dialect-neutral and name-keyed.

Two stages produce it and must agree to the letter, so that an unchanged schema diffs to nothing:
`schema.calculate` (from a validated schema.prisma) and each dialect's `describe` (from a live
database). Conventions both sides follow:

* `ColumnType.full_data_type` is the SQL type exactly as Prisma renders it in a CREATE TABLE,
  upper-case, without list brackets: PostgreSQL `TEXT`, `INTEGER`, `BIGINT`, `DOUBLE PRECISION`,
  `DECIMAL(65,30)`, `TIMESTAMP(3)`, `VARCHAR(255)`, `JSONB`, `BYTEA`, `BOOLEAN`, `UUID`...;
  SQLite the declared type (`TEXT`, `INTEGER`, `REAL`, `DECIMAL`, `DATETIME`, `BOOLEAN`, `BIGINT`,
  `BLOB`, `JSONB`). Enum columns: `family="Enum"`, `full_data_type` = the enum's database name.
  Unsupported types: `family="Unsupported"`, the raw type text.
* Autoincrement (PG SERIAL/identity/nextval of an owned sequence, SQLite INTEGER PRIMARY KEY
  AUTOINCREMENT when declared): `Column.auto_increment=True` and `default=None`; the column type
  stays `INTEGER`/`BIGINT`/`SMALLINT`.
* Namespaces: `None` means the connection's default schema (PostgreSQL `?schema=`, default
  `public`). Describers set `None` for objects in the default schema and the schema name only for
  objects elsewhere; the calculator sets a name only for `@@schema` models/enums.
* Order: tables and enums keep their source order (declaration order when calculated,
  `ORDER BY name` when described): renderers iterate in this order.
* Values are never changed once built (`dataclasses.replace` makes altered copies); the classes are
  slotted, hashable dataclasses rather than `frozen=True` ones because those are several times slower
  to build, which counts on schemas of thousands of tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

Family = Literal[
    "Int", "BigInt", "Float", "Decimal", "Boolean", "String", "DateTime",
    "Binary", "Json", "Uuid", "Enum", "Unsupported",
]
Arity = Literal["required", "nullable", "list"]
ReferentialAction = Literal["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"]
SortOrder = Literal["asc", "desc"]
IndexKind = Literal["normal", "unique", "fulltext"]
DefaultKind = Literal["value", "now", "sequence", "dbgenerated", "unique_rowid"]

# A literal default: str (also enum values, DateTime text, JSON text), int, float, Decimal,
# bool, bytes, or a tuple of those for list columns.
DefaultLiteral = str | int | float | Decimal | bool | bytes | tuple


@dataclass(slots=True, unsafe_hash=True)
class ColumnType:
    family: Family
    full_data_type: str
    arity: Arity = "required"
    # Enum columns: the enum's namespace when it is not the default one (multiSchema), so that
    # renderers can qualify the type. Not compared when diffing.
    namespace: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class ColumnDefault:
    kind: DefaultKind
    # kind "value": a DefaultLiteral; "dbgenerated": the SQL expression text (None for
    # `dbgenerated()` without argument); "sequence": the sequence name; otherwise None.
    value: DefaultLiteral | None = None
    constraint_name: str | None = None
    # Described kind "now" (and, on PostgreSQL, a described date/time literal): the expression as
    # the database reports it (MySQL
    # `current_timestamp(3) on update current_timestamp(3)`), which the dialect may read by meaning
    # (`Dialect.same_default`). Not compared.
    expression: str | None = field(default=None, compare=False)


@dataclass(slots=True, unsafe_hash=True)
class Column:
    name: str
    type: ColumnType
    default: ColumnDefault | None = None
    auto_increment: bool = False
    # Calculated schemas only: the field has a client-side default (uuid(), cuid(), ...) that
    # is no SQL default. Not compared when diffing; used by the data-loss checks.
    has_prisma_level_default: bool = False
    # Described only (PostgreSQL COMMENT ON COLUMN). Prisma never diffs comments: not compared.
    comment: str | None = field(default=None, compare=False)

    @property
    def is_nullable(self) -> bool:
        return self.type.arity == "nullable"

    @property
    def is_list(self) -> bool:
        return self.type.arity == "list"


@dataclass(slots=True, unsafe_hash=True)
class IndexColumn:
    name: str
    sort: SortOrder | None = None  # None = ASC, the default
    length: int | None = None  # MySQL prefix length
    operator_class: str | None = None  # PostgreSQL opclass, None = the type's default


@dataclass(slots=True, unsafe_hash=True)
class PrimaryKey:
    name: str | None  # unnamed on SQLite and MySQL
    columns: tuple[IndexColumn, ...]


@dataclass(slots=True, unsafe_hash=True)
class Index:
    name: str
    kind: IndexKind
    columns: tuple[IndexColumn, ...]
    algorithm: str | None = None  # PostgreSQL: None (btree) | "hash" | "gist" | "gin" | "spgist" | "brin"
    # A partial index's predicate (the SQL after WHERE): from `where:` (partialIndexes), or as the
    # database returns it. Compared only when the preview feature is on (diff.predicates).
    predicate: str | None = None

    @property
    def is_partial(self) -> bool:
        return self.predicate is not None


@dataclass(slots=True, unsafe_hash=True)
class ForeignKey:
    name: str | None  # SQLite names are kept for rendering but ignored when diffing
    columns: tuple[str, ...]
    referenced_table: str
    referenced_columns: tuple[str, ...]
    on_delete: ReferentialAction = "NoAction"
    on_update: ReferentialAction = "NoAction"
    referenced_namespace: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Table:
    name: str
    columns: tuple[Column, ...] = ()
    primary_key: PrimaryKey | None = None
    indexes: tuple[Index, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    namespace: str | None = None
    # Described only (PostgreSQL COMMENT ON TABLE). Prisma never diffs comments: not compared.
    comment: str | None = field(default=None, compare=False)

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


@dataclass(slots=True, unsafe_hash=True)
class Enum:
    name: str
    values: tuple[str, ...]
    namespace: str | None = None
    # Described only (PostgreSQL COMMENT ON TYPE). Prisma never diffs comments: not compared.
    comment: str | None = field(default=None, compare=False)


@dataclass(slots=True, unsafe_hash=True)
class View:
    """Described only so that views are not mistaken for drift; Migrate never diffs them."""

    name: str
    definition: str | None = None
    namespace: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Sequence:
    name: str
    namespace: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Extension:
    name: str
    schema: str | None = None
    version: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class SqlSchema:
    tables: tuple[Table, ...] = ()
    enums: tuple[Enum, ...] = ()
    namespaces: tuple[str, ...] = ()  # non-default namespaces the schema uses (multiSchema)
    views: tuple[View, ...] = ()
    sequences: tuple[Sequence, ...] = ()
    extensions: tuple[Extension, ...] = field(default=())
    # The namespace that `None` stands for, when the schema was described from a live database
    # (PostgreSQL: the connection's schema). Calculated schemas leave it unset.
    default_namespace: str | None = None
    # Calculated from a schema with the partialIndexes preview feature: the differ compares index
    # predicates (and drops partial indexes the schema lacks). Not compared.
    partial_indexes: bool = field(default=False, compare=False)
    # Calculated from a schema: every non-default schema its datasource declares, used or not.
    # Prisma creates a namespace only when the side it diffs from does not know it. Not compared.
    declared_namespaces: tuple[str, ...] = field(default=(), compare=False)

    def table(self, name: str, namespace: str | None = None) -> Table | None:
        return next((t for t in self.tables if t.name == name and t.namespace == namespace), None)

    def enum(self, name: str, namespace: str | None = None) -> Enum | None:
        return next((e for e in self.enums if e.name == name and e.namespace == namespace), None)


EMPTY_SCHEMA = SqlSchema()
