"""schema.prisma → a Mermaid `erDiagram` (`lamina erd`), which GitHub and most documentation tools
render.

One entity per model (labelled with its table when `@@map` renames it), one attribute per column:
the Prisma type, the field name, PK / FK / UK keys, and a comment with the column's SQL type (its
name when `@map` renames it, and whether it is nullable). One line per relation with its
cardinality: inline relations from the model holding the foreign key, implicit m-n relations
between their two models. Models and fields in schema order, relations in Prisma's order.
"""

from __future__ import annotations

from lamina.psl.validated import Model, ScalarField, ValidatedSchema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import Column, Table


def mermaid_erd(schema: ValidatedSchema) -> str:
    sql = calculate_sql_schema(schema)
    models = [m for m in schema.models if m.kind == "model"]
    tables = dict(zip((m.name for m in models), sql.tables))
    lines = ["erDiagram"]
    for model in models:
        lines += _entity(model, tables[model.name])
    for relation in schema.inline_relations:
        source = schema.model(relation.model)
        target = schema.model(relation.referenced_model)
        if source is None or target is None:
            continue
        required = all((f := source.field(name)) is not None and f.arity == "required" for name in relation.fields)
        back = next((f for f in target.relation_fields if f.relation_name == relation.name
                     and f.related_model == source.name and not (target.name == source.name and f.name == relation.field)),
                    None)
        many = back is None or back.arity == "list"
        left = "||" if required else "|o"
        right = "o{" if many else "o|"
        lines.append(f'    {target.name} {left}--{right} {source.name} : "{relation.field}"')
    for many in schema.many_to_many:
        model_a, model_b = schema.model(many.model_a), schema.model(many.model_b)
        if model_a is not None and model_b is not None:
            lines.append(f'    {model_a.name} }}o--o{{ {model_b.name} : "{many.name}"')
    return "\n".join(lines) + "\n"


def _entity(model: Model, table: Table) -> list[str]:
    label = f'["{model.name} ({table.name})"]' if table.name != model.name else ""
    lines = [f"    {model.name}{label} {{"]
    pk = {c.name for c in table.primary_key.columns} if table.primary_key else set()
    fk = {c for key in table.foreign_keys for c in key.columns}
    unique = {ix.columns[0].name for ix in table.indexes if ix.kind == "unique" and len(ix.columns) == 1}
    for field, column in zip(model.scalar_fields, table.columns):
        keys = [k for k, names in (("PK", pk), ("FK", fk), ("UK", unique)) if column.name in names]
        text = f"        {_type(field)} {field.name}"
        if keys:
            text += " " + ", ".join(keys)
        lines.append(text + f' "{_comment(field, column)}"')
    lines.append("    }")
    return lines


def _type(field: ScalarField) -> str:
    name = "Unsupported" if field.unsupported_type is not None else field.type_name
    return name + ("[]" if field.arity == "list" else "")


def _comment(field: ScalarField, column: Column) -> str:
    parts = [column.name] if column.name != field.name else []
    parts.append(column.type.full_data_type + ("[]" if column.is_list else ""))
    if column.is_nullable:
        parts.append("nullable")
    if field.is_ignored:
        parts.append("ignored")
    return ", ".join(parts).replace('"', "'")
