"""A validated schema: the PSL resolved into what Migrate needs (names, types, relations).

`psl.validate.validate_schema(ast) -> tuple[ValidatedSchema | None, Diagnostics]` produces it;
`schema.calculate` turns it into a SqlSchema. Everything here is resolved: database names after
@map/@@map, relation sides paired, default referential actions filled in, index and constraint
names computed by Prisma's naming rules (or taken from `map:`).

Order matters (it decides the order of statements in migration.sql): models, fields, indexes and
relations keep Prisma's order (see the field docs). `ValidatedSchema` itself and the datasource and
generator blocks live in `psl.validated_schema` and are re-exported here.

The classes built per field or per model are slotted, hashable dataclasses that are never changed
after they are built; they are not `frozen=True` because frozen dataclasses are several times slower
to build (see `psl.ast`).
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as _field
from typing import Literal

from lamina.diagnostics import Span
from lamina.psl.validated_schema import ConfigString as ConfigString
from lamina.psl.validated_schema import Datasource as Datasource
from lamina.psl.validated_schema import EnvVar as EnvVar
from lamina.psl.validated_schema import ExtensionSpec as ExtensionSpec
from lamina.psl.validated_schema import Generator as Generator
from lamina.psl.validated_schema import Provider as Provider
from lamina.psl.validated_schema import ValidatedSchema as ValidatedSchema

ReferentialAction = Literal["Cascade", "Restrict", "NoAction", "SetNull", "SetDefault"]


@dataclass(slots=True, unsafe_hash=True)
class NativeType:
    name: str  # as in @db.X: "VarChar", "Timestamptz", "Decimal"
    args: tuple[str, ...]  # as written: ("255",), ("10", "2"), ()


DefaultKind = Literal[
    "value",  # a literal: str, int, Decimal, bool, enum value db name, list (tuple), bytes
    "now", "autoincrement", "dbgenerated", "sequence",
    "uuid", "cuid", "ulid", "nanoid", "auto",  # Prisma-level (client) defaults: no SQL default
]


@dataclass(slots=True, unsafe_hash=True)
class FieldDefault:
    kind: DefaultKind
    # "value": str | int | Decimal | bool | bytes | tuple (lists); for enum fields the value's
    # database name; "dbgenerated": the expression or None; "uuid"/"cuid"/"nanoid": the version
    # or length argument or None.
    value: object = None
    map: str | None = None  # @default(..., map: "x") constraint name


@dataclass(slots=True, unsafe_hash=True)
class ScalarField:
    name: str
    db_name: str  # after @map
    type_name: str  # "String", "Int", ..., an enum name, or "Unsupported"
    is_enum: bool
    arity: Literal["required", "optional", "list"]
    native_type: NativeType | None
    default: FieldDefault | None
    is_updated_at: bool
    is_ignored: bool
    unsupported_type: str | None  # the text of Unsupported("...")
    span: Span
    # /// lines (joined, without the slashes), kept so that `db pull` can write them again.
    documentation: str | None = _field(default=None, compare=False)
    # @map was written (even naming the field itself): `db pull` keeps it.
    has_map: bool = _field(default=False, compare=False)


@dataclass(slots=True, unsafe_hash=True)
class RelationField:
    name: str
    related_model: str  # model name
    arity: Literal["required", "optional", "list"]
    relation_name: str  # @relation("X") or the generated "<A>To<B>"
    fields: tuple[str, ...]  # scalar field names, empty on the back-relation side
    references: tuple[str, ...]  # referenced scalar field names
    on_delete: ReferentialAction | None  # as written, None when not given
    on_update: ReferentialAction | None
    map: str | None  # @relation(map: "...")
    is_ignored: bool
    span: Span
    # What was written, for `db pull` to copy the field when relations are not foreign keys:
    # the `@relation` attribute at all, and the relation name it gives (None when generated).
    has_attribute: bool = _field(default=False, compare=False)
    explicit_name: str | None = _field(default=None, compare=False)


@dataclass(slots=True, unsafe_hash=True)
class IndexField:
    field: str  # scalar field name (not db name)
    db_name: str
    sort: Literal["Asc", "Desc"] | None = None
    length: int | None = None
    ops: str | None = None  # PostgreSQL operator class, e.g. "jsonb_path_ops" or raw("...")
    ops_name: str | None = None  # the operator class as named in the schema (`JsonbPathOps`), None for raw(...)


@dataclass(slots=True, unsafe_hash=True)
class WhereCondition:
    """One `field: value` of the object form of `where:` (partialIndexes)."""

    field: str
    db_name: str
    negated: bool  # `{ not: value }`
    kind: Literal["boolean", "null", "string", "number"]
    value: str | None  # "true"/"false", the string, the number as written; None for null


@dataclass(slots=True, unsafe_hash=True)
class IndexWhere:
    """`where:` of a partial index: `raw("...")` or the object form's conditions (joined with AND)."""

    raw: str | None
    conditions: tuple[WhereCondition, ...] = ()

    @property
    def sql(self) -> str:
        """The predicate as Prisma writes it after WHERE: the raw text, or the conditions joined with
        AND (`"col" = 'x' AND "other" IS NULL`, `"col" != 1`)."""
        if self.raw is not None:
            return self.raw
        return " AND ".join(_condition_sql(c) for c in self.conditions)


def _condition_sql(condition: WhereCondition) -> str:
    column = '"' + condition.db_name.replace('"', '""') + '"'
    if condition.kind == "null":
        return f"{column} IS {'NOT ' if condition.negated else ''}NULL"
    value = "'" + (condition.value or "").replace("'", "''") + "'" if condition.kind == "string" else condition.value
    return f"{column} {'!=' if condition.negated else '='} {value}"


@dataclass(slots=True, unsafe_hash=True)
class ModelIndex:
    kind: Literal["unique", "normal", "fulltext"]
    fields: tuple[IndexField, ...]
    db_name: str  # map: or Prisma's generated name (<table>_<cols>_key / _idx, truncated)
    client_name: str | None  # name: argument of @@unique / @@id
    algorithm: str | None  # type: BTree | Hash | Gist | Gin | SpGist | Brin (PostgreSQL)
    clustered: bool | None
    is_field_level: bool  # @unique on a field rather than @@unique
    span: Span
    where: IndexWhere | None = None  # partialIndexes


@dataclass(slots=True, unsafe_hash=True)
class PrimaryKey:
    fields: tuple[IndexField, ...]
    db_name: str | None  # map: or <table>_pkey; None on connectors without named PKs
    client_name: str | None
    is_field_level: bool
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class Model:
    name: str
    db_name: str  # after @@map
    schema: str | None  # @@schema
    kind: Literal["model", "view"]
    scalar_fields: tuple[ScalarField, ...]  # declaration order
    relation_fields: tuple[RelationField, ...]  # declaration order
    primary_key: PrimaryKey | None
    # Prisma's order: field-level @unique (field order), then @@index, then @@unique, then @@fulltext.
    indexes: tuple[ModelIndex, ...]
    is_ignored: bool
    documentation: str | None
    span: Span
    has_map: bool = _field(default=False, compare=False)  # @@map was written: `db pull` keeps it

    def field(self, name: str) -> ScalarField | None:
        return next((f for f in self.scalar_fields if f.name == name), None)


@dataclass(slots=True, unsafe_hash=True)
class EnumValue:
    name: str
    db_name: str  # after @map
    # /// lines (joined, without the slashes), kept so that `db pull` can write them again.
    documentation: str | None = _field(default=None, compare=False)
    has_map: bool = _field(default=False, compare=False)  # @map was written: `db pull` keeps it


@dataclass(slots=True, unsafe_hash=True)
class Enum:
    name: str
    db_name: str  # after @@map
    schema: str | None
    values: tuple[EnumValue, ...]
    span: Span
    # /// lines (joined, without the slashes), kept so that `db pull` can write them again.
    documentation: str | None = _field(default=None, compare=False)
    has_map: bool = _field(default=False, compare=False)  # @@map was written: `db pull` keeps it


@dataclass(slots=True, unsafe_hash=True)
class InlineRelation:
    """A 1-1 or 1-n relation: a foreign key from `model` (the side with `fields:`)."""

    name: str
    model: str  # referencing model name
    field: str  # the relation field carrying fields/references
    fields: tuple[str, ...]
    referenced_model: str
    references: tuple[str, ...]
    on_delete: ReferentialAction  # defaults already applied
    on_update: ReferentialAction
    fk_name: str  # map: or <table>_<cols>_fkey, truncated


@dataclass(slots=True, unsafe_hash=True)
class ImplicitManyToMany:
    """An implicit m-n relation: join table `_<name>` with columns A and B."""

    name: str  # relation name: @relation("X") or "<ModelA>To<ModelB>"
    model_a: str  # model name; A/B order as Prisma decides it
    model_b: str
    field_a: str  # the relation field on model A
    field_b: str
