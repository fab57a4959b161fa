"""The Prisma Schema Language syntax tree: what the parser produces, before any validation.

Every node carries a Span. Values are kept as written (strings unescaped, numbers as text), so
`format` can reproduce them and validation can point at them.

Nodes are never changed after they are built (`dataclasses.replace` makes altered copies). They are
slotted, hashable dataclasses rather than `frozen=True` ones only because a frozen dataclass's
`__init__` sets each field through `object.__setattr__`, several times slower to build, and a large
schema builds hundreds of thousands of nodes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lamina.diagnostics import Span


@dataclass(slots=True, unsafe_hash=True)
class StringValue:
    value: str  # unescaped
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class NumericValue:
    text: str  # as written, e.g. "-1", "2.50"
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class ConstantValue:
    name: str  # identifier or dotted path: Cascade, true, Desc, db.VarChar
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class FunctionCall:
    name: str  # env, now, autoincrement, dbgenerated, uuid, raw...
    arguments: ArgumentList
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class ArrayValue:
    items: tuple[Expression, ...]
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class ObjectEntry:
    name: str
    value: Expression
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class ObjectValue:
    """`{ key: value, ... }`: the object form of a partial index's `where:`."""

    entries: tuple[ObjectEntry, ...]
    span: Span


Expression = StringValue | NumericValue | ConstantValue | FunctionCall | ArrayValue | ObjectValue


@dataclass(slots=True, unsafe_hash=True)
class Argument:
    name: str | None  # None for positional arguments
    value: Expression | None  # None only for an empty named argument `name:`
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class ArgumentList:
    arguments: tuple[Argument, ...]
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class Attribute:
    name: str  # without @ / @@: "id", "unique", "db.VarChar", "relation"
    arguments: ArgumentList
    span: Span  # the whole attribute including @ / @@


@dataclass(slots=True, unsafe_hash=True)
class Comment:
    text: str  # the line including its leading // or ///
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class FieldType:
    name: str  # String, Int, an enum or model name, or "Unsupported"
    arity: Literal["required", "optional", "list"]
    span: Span
    unsupported: StringValue | None = None  # the argument of Unsupported("...")


@dataclass(slots=True, unsafe_hash=True)
class Field:
    name: str
    type: FieldType
    attributes: tuple[Attribute, ...]
    documentation: str | None  # joined /// lines, without the slashes
    comment: Comment | None  # trailing // comment on the same line
    span: Span
    name_span: Span


@dataclass(slots=True, unsafe_hash=True)
class Model:
    kind: Literal["model", "view", "type"]
    name: str
    fields: tuple[Field, ...]
    attributes: tuple[Attribute, ...]  # block attributes (@@...), in source order
    documentation: str | None
    comments: tuple[Comment, ...]  # free-standing comments inside the block
    span: Span
    name_span: Span


@dataclass(slots=True, unsafe_hash=True)
class EnumValue:
    name: str
    attributes: tuple[Attribute, ...]
    documentation: str | None
    comment: Comment | None
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class Enum:
    name: str
    values: tuple[EnumValue, ...]
    attributes: tuple[Attribute, ...]
    documentation: str | None
    comments: tuple[Comment, ...]
    span: Span
    name_span: Span


@dataclass(slots=True, unsafe_hash=True)
class ConfigProperty:
    name: str
    value: Expression | None
    comment: Comment | None
    span: Span


@dataclass(slots=True, unsafe_hash=True)
class ConfigBlock:
    kind: Literal["datasource", "generator"]
    name: str
    properties: tuple[ConfigProperty, ...]
    documentation: str | None
    comments: tuple[Comment, ...]
    span: Span
    name_span: Span


Top = Model | Enum | ConfigBlock


@dataclass(slots=True, unsafe_hash=True)
class SourceFile:
    path: str  # as shown to the user
    text: str


@dataclass(slots=True, unsafe_hash=True)
class Schema:
    """All top-level blocks of one or several files, in file then source order."""

    tops: tuple[Top, ...]
    files: tuple[SourceFile, ...]
