"""What `prisma format` adds to a schema before laying it out: the parts a one-to-one or one-to-many
relation is missing.

Relations are found as Prisma's parser does: each relation field is paired with the field of the
other model that points back with the same relation name; the side with the foreign key (`fields:`)
is the forward side. Then, in this order:

1. a missing back-relation field on the referenced model (`posts Post[]`, or `profile Profile?` when
   the referencing fields are unique; `@ignore` when the referencing model is ignored), and a
   missing forward field on the referencing model, with its `@relation(fields, references)`;
2. the referencing scalar fields the forward side lacks (`authorId Int`, named after the referenced
   model and its first unique criteria, typed like the referenced fields);
3. `@relation(fields: [...], references: [...])` on a forward field without `@relation`;
4. the `fields:`/`references:` arguments a forward `@relation(...)` lacks.

Each addition is text inserted into the source (before the block's `}`, or after the field type or
inside the attribute), which the layout step then formats like anything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lamina.psl.ast import ArrayValue, Attribute, ConstantValue, Field, FunctionCall, Model, StringValue, Top
from lamina.psl.format_names import camel_case, pluralize

SCALAR_TYPES = {"String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"}
ARITY = {"required": "", "optional": "?", "list": "[]"}


@dataclass(frozen=True)
class Insertion:
    file: str
    position: int  # offset into the file text
    text: str


@dataclass(frozen=True)
class _Relation:
    referencing: Model  # model A: holds the foreign key
    referenced: Model  # model B
    forward: Field | None
    back: Field | None
    one_to_one: bool


# -- reading the tree -------------------------------------------------------------------------------


def _relation_attribute(item: Field) -> Attribute | None:
    return next((a for a in item.attributes if a.name == "relation"), None)


def _argument(attribute: Attribute, name: str, position: int | None = None):
    for index, argument in enumerate(attribute.arguments.arguments):
        if argument.name == name or (argument.name is None and index == position):
            return argument.value
    return None


def _relation_name(item: Field) -> str | None:
    attribute = _relation_attribute(item)
    value = None if attribute is None else _argument(attribute, "name", 0)
    return value.value if isinstance(value, StringValue) else None


def _field_names(value) -> tuple[str, ...] | None:
    if not isinstance(value, ArrayValue):
        return None
    names = []
    for item in value.items:
        match item:
            case ConstantValue(name=name) | FunctionCall(name=name):  # `a(sort: Desc)` in an index
                names.append(name)
            case _:
                return None
    return tuple(names)


def _relation_fields(item: Field | None, argument: str) -> tuple[str, ...] | None:
    attribute = None if item is None else _relation_attribute(item)
    return None if attribute is None else _field_names(_argument(attribute, argument))


def _has_attribute(item: Field | Model, name: str) -> bool:
    return any(a.name == name for a in item.attributes)


def _unique_criteria(model: Model) -> list[tuple[str, ...]]:
    """Primary key first, then `@unique` fields, then `@@unique` lists."""
    criteria: list[tuple[str, ...]] = [(f.name,) for f in model.fields if _has_attribute(f, "id")]
    for attribute in model.attributes:
        if attribute.name == "id":
            criteria.append(_field_names(_argument(attribute, "fields", 0)) or ())
    criteria += [(f.name,) for f in model.fields if _has_attribute(f, "unique")]
    for attribute in model.attributes:
        if attribute.name == "unique":
            criteria.append(_field_names(_argument(attribute, "fields", 0)) or ())
    return [c for c in criteria if c]


def _field(model: Model, name: str) -> Field | None:
    return next((f for f in model.fields if f.name == name), None)


# -- finding relations ------------------------------------------------------------------------------


def _relations(models: dict[str, Model]) -> list[_Relation]:
    """The one-to-one and one-to-many relations, in the order Prisma's parser records them."""
    relations: list[_Relation] = []
    for model in models.values():
        for item in model.fields:
            target = models.get(item.type.name)
            if target is None:
                continue
            name = _relation_name(item)
            opposite = next((f for f in target.fields
                             if f.type.name == model.name and f is not item and _relation_name(f) == name), None)
            relation = _ingest(model, item, target, opposite, models)
            if relation is not None:
                relations.append(relation)
    return relations


def _ingest(model: Model, item: Field, target: Model, opposite: Field | None,
            models: dict[str, Model]) -> _Relation | None:
    arity = item.type.arity
    other = opposite.type.arity if opposite is not None else None
    first = (model.name, item.name) <= (target.name, opposite.name) if opposite is not None else True
    match arity, other:
        case "list", "list":
            return None  # many-to-many: nothing to add
        case "list", None:
            return _Relation(target, model, None, item, False)
        case "list", _:
            return None  # the forward side records it
        case "required", "optional":
            return _Relation(model, target, item, opposite, True)
        case "required", "required":
            return _Relation(model, target, item, opposite, True) if first else None
        case "optional", "required":
            return None
        case "optional", "optional":
            if _relation_fields(item, "fields") is not None:
                return _Relation(model, target, item, opposite, True)
            if _relation_fields(opposite, "fields") is None and first:
                return _Relation(model, target, item, opposite, True)
            return None
        case _, "list":
            return _Relation(model, target, item, opposite, False)
        case _:
            fields = _relation_fields(item, "fields")
            unique = fields is not None and fields in _unique_criteria_without_pk(model)
            return _Relation(model, target, item, None, unique)


def _unique_criteria_without_pk(model: Model) -> list[tuple[str, ...]]:
    criteria = [(f.name,) for f in model.fields if _has_attribute(f, "unique")]
    for attribute in model.attributes:
        if attribute.name == "unique":
            names = _field_names(_argument(attribute, "fields", 0))
            if names:
                criteria.append(names)
    return criteria


# -- what is missing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Inferred:
    name: str
    arity: str
    type_name: str
    blueprint: Field  # the referenced field


def _inferred_scalar_fields(relation: _Relation) -> list[_Inferred]:
    criteria = _unique_criteria(relation.referenced)
    if not criteria:
        return []
    inferred = []
    base = relation.referenced.name[:1].lower() + relation.referenced.name[1:]
    for field_name in criteria[0]:
        blueprint = _field(relation.referenced, field_name)
        if blueprint is None:
            continue
        name = base + field_name[:1].upper() + field_name[1:]
        existing = _field(relation.referencing, name)
        if existing is not None:
            inferred.append(_Inferred(name, existing.type.arity, existing.type.name, blueprint))
        else:
            arity = relation.forward.type.arity if relation.forward is not None else "optional"
            inferred.append(_Inferred(name, arity, blueprint.type.name, blueprint))
    return inferred


def _referenced_fields(relation: _Relation) -> tuple[str, ...]:
    given = _relation_fields(relation.forward, "references")
    if given is not None:
        return given
    for criteria in _unique_criteria(relation.referenced):
        fields = [_field(relation.referenced, name) for name in criteria]
        if all(f is not None and f.type.arity == "required" for f in fields):
            return criteria
    return ()


def _fields_argument(relation: _Relation) -> str:
    return "fields: [" + ", ".join(f.name for f in _inferred_scalar_fields(relation)) + "]"


def _references_argument(relation: _Relation) -> str:
    return "references: [" + ", ".join(_referenced_fields(relation)) + "]"


def _before_close(model: Model) -> tuple[str, int]:
    return model.span.file, model.span.end - 1


class _Collector:
    def __init__(self, text_of: dict[str, str], models: dict[str, Model], datasource: str | None) -> None:
        self.text_of = text_of
        self.models = models
        self.datasource = datasource
        self.insertions: list[Insertion] = []

    def add(self, where: tuple[str, int], text: str) -> None:
        self.insertions.append(Insertion(where[0], where[1], text))

    def relation_fields(self, relation: _Relation) -> None:
        if relation.back is None:
            name = camel_case(relation.referencing.name)
            name, arity = (name, "?") if relation.one_to_one else (pluralize(name), "[]")
            ignore = "@ignore" if _has_attribute(relation.referencing, "ignore") else ""
            self.add(_before_close(relation.referenced),
                     f"{name} {relation.referencing.name}{arity} {ignore}\n")
        if relation.forward is None:
            optional = any(f.arity == "optional" for f in _inferred_scalar_fields(relation))
            self.add(_before_close(relation.referencing),
                     f"{camel_case(relation.referenced.name)} {relation.referenced.name}{'?' if optional else ''}"
                     f" @relation({_fields_argument(relation)}, {_references_argument(relation)})\n")

    def scalar_fields(self, relation: _Relation) -> None:
        if _relation_fields(relation.forward, "fields") is not None:
            return
        for inferred in _inferred_scalar_fields(relation):
            existing = _field(relation.referencing, inferred.name)
            if existing is not None and existing.type.name not in self.models:
                continue
            if inferred.type_name not in SCALAR_TYPES:
                return
            native = self.native_type(inferred.blueprint)
            self.add(_before_close(relation.referencing),
                     f"{inferred.name} {inferred.type_name}{ARITY[inferred.arity]} {native}\n")

    def native_type(self, item: Field) -> str:
        prefix = f"{self.datasource}."
        for attribute in item.attributes:
            if self.datasource and attribute.name.startswith(prefix):
                return self.text_of[attribute.span.file][attribute.span.start : attribute.span.end]
        return ""

    def relation_attribute(self, relation: _Relation) -> None:
        forward = relation.forward
        if forward is None or _relation_attribute(forward) is not None:
            return
        text = self.text_of[forward.span.file]
        position = forward.type.span.end
        while position < len(text) and text[position] in "[]?!":
            position += 1
        self.add((forward.span.file, position),
                 f" @relation({_fields_argument(relation)}, {_references_argument(relation)})")

    def relation_arguments(self, relation: _Relation) -> None:
        forward = relation.forward
        attribute = None if forward is None else _relation_attribute(forward)
        if attribute is None:
            return
        extra = []
        if _relation_fields(forward, "fields") is None:
            extra.append(_fields_argument(relation))
        if _relation_fields(forward, "references") is None:
            extra.append(_references_argument(relation))
        if not extra:
            return
        if attribute.arguments.arguments:
            self.add((attribute.span.file, attribute.span.end - 1), ", " + ", ".join(extra))
        else:
            self.add((attribute.span.file, attribute.span.end), "(" + ", ".join(extra) + ")")


def missing_relation_parts(tops: Sequence[Top], text_of: dict[str, str]) -> list[Insertion]:
    """The insertions `prisma format` makes, in its order (apply them with `insert`)."""
    models = {t.name: t for t in tops if isinstance(t, Model) and t.kind in ("model", "view")}
    datasource = next((t.name for t in tops if getattr(t, "kind", None) == "datasource"), None)
    relations = _relations(models)
    collector = _Collector(text_of, models, datasource)
    for relation in relations:
        collector.relation_fields(relation)
        collector.scalar_fields(relation)
    for relation in relations:
        collector.relation_attribute(relation)
    for relation in relations:
        collector.relation_arguments(relation)
    return collector.insertions


def insert(text: str, insertions: Sequence[Insertion]) -> str:
    """`text` with the insertions made (stable by position)."""
    out, last = [], 0
    for insertion in sorted(insertions, key=lambda i: i.position):
        out.append(text[last : insertion.position])
        out.append(insertion.text)
        last = insertion.position
    out.append(text[last:])
    return "".join(out)
