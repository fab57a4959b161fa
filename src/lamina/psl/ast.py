"""The Prisma Schema Language syntax tree: what the parser produces, before any validation.

Every node carries a Span. Values are kept as written (strings unescaped, numbers as text), so
`format` can reproduce them and validation can point at them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lamina.diagnostics import Span


@dataclass(frozen=True)
class StringValue:
    value: str  # unescaped
    span: Span


@dataclass(frozen=True)
class NumericValue:
    text: str  # as written, e.g. "-1", "2.50"
    span: Span


@dataclass(frozen=True)
class ConstantValue:
    name: str  # identifier or dotted path: Cascade, true, Desc, db.VarChar
    span: Span


@dataclass(frozen=True)
class FunctionCall:
    name: str  # env, now, autoincrement, dbgenerated, uuid, raw...
    arguments: ArgumentList
    span: Span


@dataclass(frozen=True)
class ArrayValue:
    items: tuple[Expression, ...]
    span: Span


Expression = StringValue | NumericValue | ConstantValue | FunctionCall | ArrayValue


@dataclass(frozen=True)
class Argument:
    name: str | None  # None for positional arguments
    value: Expression | None  # None only for an empty named argument `name:`
    span: Span


@dataclass(frozen=True)
class ArgumentList:
    arguments: tuple[Argument, ...]
    span: Span


@dataclass(frozen=True)
class Attribute:
    name: str  # without @ / @@: "id", "unique", "db.VarChar", "relation"
    arguments: ArgumentList
    span: Span  # the whole attribute including @ / @@


@dataclass(frozen=True)
class Comment:
    text: str  # the line including its leading // or ///
    span: Span


@dataclass(frozen=True)
class FieldType:
    name: str  # String, Int, an enum or model name, or "Unsupported"
    arity: Literal["required", "optional", "list"]
    span: Span
    unsupported: StringValue | None = None  # the argument of Unsupported("...")


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    attributes: tuple[Attribute, ...]
    documentation: str | None  # joined /// lines, without the slashes
    comment: Comment | None  # trailing // comment on the same line
    span: Span
    name_span: Span


@dataclass(frozen=True)
class Model:
    kind: Literal["model", "view", "type"]
    name: str
    fields: tuple[Field, ...]
    attributes: tuple[Attribute, ...]  # block attributes (@@...), in source order
    documentation: str | None
    comments: tuple[Comment, ...]  # free-standing comments inside the block
    span: Span
    name_span: Span


@dataclass(frozen=True)
class EnumValue:
    name: str
    attributes: tuple[Attribute, ...]
    documentation: str | None
    comment: Comment | None
    span: Span


@dataclass(frozen=True)
class Enum:
    name: str
    values: tuple[EnumValue, ...]
    attributes: tuple[Attribute, ...]
    documentation: str | None
    comments: tuple[Comment, ...]
    span: Span
    name_span: Span


@dataclass(frozen=True)
class ConfigProperty:
    name: str
    value: Expression | None
    comment: Comment | None
    span: Span


@dataclass(frozen=True)
class ConfigBlock:
    kind: Literal["datasource", "generator"]
    name: str
    properties: tuple[ConfigProperty, ...]
    documentation: str | None
    comments: tuple[Comment, ...]
    span: Span
    name_span: Span


Top = Model | Enum | ConfigBlock


@dataclass(frozen=True)
class SourceFile:
    path: str  # as shown to the user
    text: str


@dataclass(frozen=True)
class Schema:
    """All top-level blocks of one or several files, in file then source order."""

    tops: tuple[Top, ...]
    files: tuple[SourceFile, ...]
