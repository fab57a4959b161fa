"""Relation fields of an introspected schema: both sides of every foreign key, in Prisma's order
and with Prisma's names (or the previous schema's), and the list fields of implicit
many-to-many join tables."""

from __future__ import annotations

from lamina.introspect.context import Context, has_usable_identifier
from lamina.introspect.names import InlineNames, is_prisma_join_table, m2m_names, sanitize
from lamina.psl.literal import string_literal
from lamina.psl.validate.constraint_names import foreign_key_name
from lamina.psl.validated import ImplicitManyToMany, RelationField
from lamina.schema.model import Table


def relation_fields(ctx: Context, inline: dict[tuple, InlineNames]) -> dict[tuple, list[str]]:
    """Relation field lines per model, in Prisma's order: every foreign key of every table in
    table order gives its forward field, then its back field; join tables come after."""
    fields: dict[tuple, list[str]] = {}
    tables = {(t.namespace, t.name): t for t in ctx.schema.tables}
    for table in ctx.schema.tables:
        if is_prisma_join_table(table):
            continue
        key = (table.namespace, table.name)
        for index, fk in enumerate(table.foreign_keys):
            names = inline[(key, index)]
            ref_key = (fk.referenced_namespace, fk.referenced_table)
            referenced = tables.get(ref_key)
            if referenced is None:
                continue
            names = previous_relation_names(ctx, table, referenced, fk) or names
            referencing_model = ctx.models[key].name
            referenced_model = ctx.models[ref_key].name
            optional = any((c := table.column(col)) is not None and c.type.arity != "required" for col in fk.columns)
            required = any((c := table.column(col)) is not None and c.type.arity == "required" for col in fk.columns)
            args = []
            if names.relation:
                args.append(string_literal(names.relation))
            args.append(f"fields: [{', '.join(ctx.columns[(table.namespace, table.name, c)] for c in fk.columns)}]")
            args.append(f"references: [{', '.join(ctx.columns.get((referenced.namespace, referenced.name, c), sanitize(c)) for c in fk.referenced_columns)}]")
            on_delete = on_delete_argument(fk.on_delete, required)
            if on_delete:
                args.append(f"onDelete: {on_delete}")
            if fk.on_update != "Cascade":
                args.append(f"onUpdate: {fk.on_update}")
            if fk.name is not None and ctx.provider != "sqlite" and \
                    fk.name != foreign_key_name(table.name, list(fk.columns), ctx.limit):
                args.append(f"map: {string_literal(fk.name)}")
            ignore = not (has_usable_identifier(table) and has_usable_identifier(referenced))
            forward = f"{names.forward} {referenced_model}{'?' if optional else ''} @relation({', '.join(args)})"
            # A field is @ignore'd when its model is not ignored itself (by Prisma or in the schema).
            forward_ignored = ignore and has_usable_identifier(table) and not ctx.ignored_in_schema(table)
            fields.setdefault(key, []).append(forward + (" @ignore" if forward_ignored else ""))
            unique = fk_is_unique(table, fk.columns)
            arity = "?" if unique else "[]"
            back = f"{names.back} {referencing_model}{arity}"
            if names.relation:
                back += f" @relation({string_literal(names.relation)})"
            back_ignored = ignore and has_usable_identifier(referenced) and not ctx.ignored_in_schema(referenced)
            fields.setdefault(ref_key, []).append(back + (" @ignore" if back_ignored else ""))
    joins = [t for t in ctx.schema.tables if is_prisma_join_table(t)]
    for table in joins:
        pair = frozenset((fk.referenced_namespace, fk.referenced_table) for fk in table.foreign_keys)
        ambiguous = m2m_ambiguous(ctx, table, pair, joins)
        relation, field_a, field_b = m2m_names(table, {k: v.name for k, v in ctx.models.items()}, ambiguous)
        kept = previous_many_to_many(ctx, table)
        if kept is not None:  # the previous schema's relation: its name is written out, its field names kept
            relation = kept.name
            if kept.model_a != kept.model_b:  # a self-relation's fields keep Prisma's names
                field_a, field_b = kept.field_a, kept.field_b
        fk_a = next(fk for fk in table.foreign_keys if fk.columns[0].lower() == "a")
        fk_b = next(fk for fk in table.foreign_keys if fk is not fk_a)
        key_a = (fk_a.referenced_namespace, fk_a.referenced_table)
        key_b = (fk_b.referenced_namespace, fk_b.referenced_table)
        attr = f" @relation({string_literal(relation)})" if relation else ""
        fields.setdefault(key_a, []).append(f"{field_a} {ctx.models[key_b].name}[]{attr}")
        fields.setdefault(key_b, []).append(f"{field_b} {ctx.models[key_a].name}[]{attr}")
    return fields


def previous_many_to_many(ctx: Context, table: Table) -> ImplicitManyToMany | None:
    """The previous schema's implicit many-to-many relation stored in join table `table`
    (`_<relation name>`), as Prisma matches it: by name."""
    if ctx.previous is None:
        return None
    return next((r for r in ctx.previous.many_to_many if r.name == table.name[1:]), None)


def copied_relations(ctx: Context) -> dict[tuple, list[RelationField]]:
    """With `relationMode = "prisma"` the database has no foreign keys to read relations from:
    Prisma copies every relation field of the previous schema whose models both still have a
    table, in the previous order, with the arguments written there (per table, in table order)."""
    copied: dict[tuple, list[RelationField]] = {}
    if ctx.previous is None:
        return copied
    present = {found[1].name: (t.namespace, t.name) for t in ctx.schema.tables
               if (found := ctx.previous_model(t)) is not None}
    for model_name, key in present.items():
        kept = [f for f in ctx.previous.model(model_name).relation_fields if f.related_model in present]
        if kept:
            copied[key] = kept
    return copied


def copied_relation_field(field: RelationField) -> str:
    arity = {"optional": "?", "list": "[]"}.get(field.arity, "")
    line = f"{field.name} {field.related_model}{arity}"
    if field.has_attribute:
        args = [string_literal(field.explicit_name)] if field.explicit_name else []
        if field.fields:
            args.append(f"fields: [{', '.join(field.fields)}]")
        if field.references:
            args.append(f"references: [{', '.join(field.references)}]")
        if field.on_delete:
            args.append(f"onDelete: {field.on_delete}")
        if field.on_update:
            args.append(f"onUpdate: {field.on_update}")
        if field.map:
            args.append(f"map: {string_literal(field.map)}")
        line += " @relation" + (f"({', '.join(args)})" if args else "")  # no parentheses when empty, as Prisma
    return line + (" @ignore" if field.is_ignored else "")


def previous_relation_names(ctx: Context, table: Table, referenced: Table, fk) -> InlineNames | None:
    """Re-introspection keeps the relation field names (and an explicit relation name) of the
    previous schema's relation over the same foreign key columns."""
    found = ctx.previous_model(table)
    target = ctx.previous_model(referenced)
    if found is None or target is None:
        return None
    model, target_model = found[1], target[1]
    db_names = {f.name: f.db_name for f in model.scalar_fields}
    forward = next((rf for rf in model.relation_fields if rf.fields and rf.related_model == target_model.name
                    and tuple(db_names.get(f, f) for f in rf.fields) == tuple(fk.columns)), None)
    if forward is None:
        return None
    back = next((rf for rf in target_model.relation_fields if rf.relation_name == forward.relation_name
                 and rf.related_model == model.name and not rf.fields and rf is not forward), None)
    if back is None:
        return None
    # The name as written (even when it is the generated one); none when it was generated.
    return InlineNames(back.explicit_name or forward.explicit_name or "", forward.name, back.name)


def m2m_ambiguous(ctx: Context, table: Table, pair: frozenset, joins: list[Table]) -> bool:
    for other in joins:
        if other is not table and frozenset((fk.referenced_namespace, fk.referenced_table)
                                            for fk in other.foreign_keys) == pair:
            return True
    for t in ctx.schema.tables:
        if is_prisma_join_table(t):
            continue
        for fk in t.foreign_keys:
            if frozenset(((t.namespace, t.name), (fk.referenced_namespace, fk.referenced_table))) == pair:
                return True
    return False


def fk_is_unique(table: Table, columns: tuple[str, ...]) -> bool:
    keys = [tuple(c.name for c in i.columns) for i in table.indexes if i.kind == "unique"]
    if table.primary_key is not None:
        keys.append(tuple(c.name for c in table.primary_key.columns))
    return any(set(key) <= set(columns) for key in keys)


def on_delete_argument(action: str, required: bool) -> str | None:
    if not required and action == "SetNull":
        return None
    if required and action == "Restrict":
        return None
    return action
