"""Every relation field of the schema, paired with the field on the other side, as the models'
`relationship()` attributes need them.

A relation is one of: the side of an inline (1-1, 1-n) relation that holds the foreign key, the
other side of it, or one side of an implicit m-n relation through Prisma's `_AToB` table.
Fields marked `@ignore`, and fields of or towards `@@ignore`d models, are left out, as Prisma
Client leaves them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lamina.psl.validated import ImplicitManyToMany, InlineRelation, Model, RelationField, ValidatedSchema


@dataclass(frozen=True)
class RelationSide:
    model: str  # the model the field is on
    field: RelationField
    kind: Literal["foreign_key", "back", "many_to_many"]
    inline: InlineRelation | None  # foreign_key and back sides
    many: ImplicitManyToMany | None  # many_to_many sides
    partner: RelationField | None  # the field on the other side, when it is generated too

    @property
    def is_self_relation(self) -> bool:
        return self.field.related_model == self.model

    @property
    def is_side_a(self) -> bool:
        """m-n: the field whose own rows sit in the join table's column A."""
        assert self.many is not None
        return self.many.model_a == self.model and self.many.field_a == self.field.name


def _is_generated(schema: ValidatedSchema, model: Model, field: RelationField) -> bool:
    target = schema.model(field.related_model)
    return not (field.is_ignored or model.is_ignored or target is None or target.is_ignored
                or target.kind != "model")


def relation_sides(schema: ValidatedSchema) -> dict[tuple[str, str], RelationSide]:
    """(model name, field name) → its side, for every generated relation field."""
    inline_by_field = {(r.model, r.field): r for r in schema.inline_relations}
    many_by_field: dict[tuple[str, str], ImplicitManyToMany] = {}
    for many in schema.many_to_many:
        many_by_field[(many.model_a, many.field_a)] = many
        many_by_field[(many.model_b, many.field_b)] = many
    sides: dict[tuple[str, str], RelationSide] = {}
    for model in schema.models:
        for field in model.relation_fields:
            if not _is_generated(schema, model, field):
                continue
            key = (model.name, field.name)
            if key in inline_by_field:
                relation = inline_by_field[key]
                partner = _partner(schema, model, field)
                sides[key] = RelationSide(model.name, field, "foreign_key", relation, None, partner)
            elif key in many_by_field:
                sides[key] = RelationSide(model.name, field, "many_to_many", None, many_by_field[key],
                                          _partner(schema, model, field))
            else:
                partner = _partner(schema, model, field)
                relation = inline_by_field.get((field.related_model, partner.name)) if partner else None
                if relation is not None:
                    sides[key] = RelationSide(model.name, field, "back", relation, None, partner)
    return sides


def _partner(schema: ValidatedSchema, model: Model, field: RelationField) -> RelationField | None:
    target = schema.model(field.related_model)
    if target is None:
        return None
    return next((f for f in target.relation_fields
                 if f.relation_name == field.relation_name and f.related_model == model.name
                 and not (target.name == model.name and f.name == field.name) and _is_generated(schema, target, f)),
                None)


def pair_counts(schema: ValidatedSchema) -> dict[frozenset[str], int]:
    """How many inline relations (foreign keys) join each pair of models: SQLAlchemy needs to be
    told which columns a relationship uses when there is more than one."""
    counts: dict[frozenset[str], int] = {}
    for relation in schema.inline_relations:
        pair = frozenset((relation.model, relation.referenced_model))
        counts[pair] = counts.get(pair, 0) + 1
    return counts


def overlapping(sides: dict[tuple[str, str], RelationSide]) -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """(model, field) → the other relation fields that write one of the same foreign key columns
    (composite keys sharing a column such as a tenant id), which SQLAlchemy must be told about."""
    writes: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for key, side in sides.items():
        if side.inline is not None:
            writes[key] = {(side.inline.model, f) for f in side.inline.fields}
    result: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
    for key, columns in writes.items():
        partner = sides[key].partner
        others = sorted({other for other, cols in writes.items()
                         if other != key and cols & columns
                         and not (partner is not None and other == (sides[key].field.related_model, partner.name))})
        if others:
            result[key] = tuple(others)
    return result
