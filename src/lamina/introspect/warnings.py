"""Prisma's notes on new models (`/// This table contains check constraints ...`) and the warning
sections a pull prints (`*** WARNING ***`), from the catalog notes and the previous schema."""

from __future__ import annotations

from lamina.introspect.catalog import TableNotes
from lamina.introspect.context import Context, mapped
from lamina.psl.validated import RelationField
from lamina.schema.model import Column, Table

NOTE_DOCS = {
    "partition": ("This table is a partition table and requires additional setup for migrations. "
                  "Visit https://pris.ly/d/partition-tables for more info."),
    "subclass": ("This table has subclasses and requires additional setup for migrations. "
                 "Visit https://pris.ly/d/table-inheritance for more info."),
    "check": ("This table contains check constraints and requires additional setup for migrations. "
              "Visit https://pris.ly/d/check-constraints for more info."),
    "exclusion": ("This table contains exclusion constraints and requires additional setup for migrations. "
                  "Visit https://pris.ly/d/exclusion-constraints for more info."),
    "comments": ("This model or at least one of its fields has comments in the database, and requires an "
                 "additional setup for migrations: Read more: https://pris.ly/d/database-comments"),
    "deferring": ("This model has constraints using non-default deferring rules and requires additional setup "
                  "for migrations. Visit https://pris.ly/d/constraint-deferring for more info."),
    "row_level_security": ("This model contains row level security and requires additional setup for "
                           "migrations. Visit https://pris.ly/d/row-level-security for more info."),
}
NOTES_BEFORE_IDENTIFIER = ("partition", "subclass", "check", "exclusion")
NOTES_AFTER_IDENTIFIER = ("comments", "deferring", "row_level_security")
ENUM_COMMENT_DOC = ("This enum is commented in the database, and requires an additional setup for migrations: "
                    "Read more: https://pris.ly/d/database-comments")
EXPRESSION_INDEX_DOC = ("This model contains an expression index which requires additional setup for migrations. "
                        "Visit https://pris.ly/d/expression-indexes for more info.")
COMMENTED_FIELD_DOC = ("This field was commented out because of an invalid name. Please provide a valid one "
                       "that matches [a-zA-Z][a-zA-Z0-9_]*")
COMMENTED_FIELDS_HEADER = ("These fields were commented out because their names are currently not supported by "
                           "Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` "
                           "attribute:")
COMMENTED_VALUES_HEADER = ("These enum values were commented out because their names are currently not supported "
                           "by Prisma. Please provide valid ones that match [a-zA-Z][a-zA-Z0-9_]* using the `@map` "
                           "attribute:")
NO_IDENTIFIER_DOC = ("The underlying table does not contain a valid unique identifier and can therefore "
                     "currently not be handled by Prisma Client.")


def warning_sections(ctx: Context, tables: list[Table], notes: dict, *, ignored: list[str],
                     commented_fields: dict[str, list[str]], commented_values: list[str],
                     copied: dict[tuple, list[RelationField]], id_names: list[str]) -> list[tuple[str, list[str]]]:
    """The `*** WARNING ***` sections of a pull, in the order Prisma prints them (prisma-engines
    `schema-connector/src/warnings.rs`), each listing its items as Prisma collects them: enums
    first, then models in table order, fields in column order."""
    fields, models, values, enums = _remapped(ctx, tables)
    grouped = [f'Model: "{model}", field(s): [{", ".join(chr(34) + c + chr(34) for c in sorted(columns))}]'
               for model, columns in sorted(commented_fields.items())]
    unsupported = [
        f'Model: "{ctx.models[(t.namespace, t.name)].name}", field: "{ctx.columns[(t.namespace, t.name, c.name)]}", '
        f'original data type: "{unsupported_type(c)}"'
        for t in tables for c in t.columns if c.type.family == "Unsupported"]
    relations = [f'"{field.related_model}"' for t in tables for field in copied.get((t.namespace, t.name), ())]
    wanted = [
        (COMMENTED_FIELDS_HEADER, grouped),
        ("These fields were enriched with `@map` information taken from the previous Prisma schema:", fields),
        (COMMENTED_VALUES_HEADER, commented_values),
        ("The following models were ignored as they do not have a valid unique identifier or id. "
         "This is currently not supported by Prisma Client:", [f'"{name}"' for name in ignored]),
        ("These models were enriched with custom compound id names taken from the previous Prisma schema:",
         [f'"{name}"' for name in id_names]),
        ("These fields are not supported by Prisma Client, because Prisma currently does not support their types:",
         unsupported),
        ("These models were enriched with `@@map` information taken from the previous Prisma schema:", models),
        ("These enum values were enriched with `@map` information taken from the previous Prisma schema:", values),
        ("These enums were enriched with `@@map` information taken from the previous Prisma schema:", enums),
        ("Relations were copied from the previous data model due to not using foreign keys in the database. If any "
         "of the relation columns changed in the database, the relations might not be correct anymore:", relations),
        ("These items were renamed due to their names being duplicates in the Prisma schema:",
         ctx.renamed_duplicates),
    ]
    return [(header, items) for header, items in wanted if items] + note_sections(ctx, tables, notes)


def _remapped(ctx: Context, tables: list[Table]) -> tuple[list[str], list[str], list[str], list[str]]:
    """What re-introspection took from the previous schema's @map/@@map: fields, models, enum
    values and enums, in the database's order."""
    fields, models, values, enums = [], [], [], []
    if ctx.previous is None:
        return fields, models, values, enums
    for table in tables:
        found = ctx.previous_model(table)
        if found is None:
            continue
        model = found[1]
        by_column = {f.db_name: f for f in model.scalar_fields}
        fields += [f'Model: "{model.name}", field: "{by_column[c.name].name}"' for c in table.columns
                   if c.name in by_column and mapped(by_column[c.name])]
        if mapped(model):
            models.append(f'"{model.name}"')
    for enum in ctx.schema.enums:
        previous = next((e for e in ctx.previous.enums if e.db_name == enum.name), None)
        if previous is None:
            continue
        by_value = {v.db_name: v for v in previous.values}
        values += [f'Enum: "{previous.name}", value: "{by_value[v].name}"' for v in enum.values
                   if v in by_value and mapped(by_value[v])]
        if mapped(previous):
            enums.append(f'"{previous.name}"')
    return fields, models, values, enums


def note_flags(notes: TableNotes | None) -> frozenset[str]:
    if notes is None:
        return frozenset()
    flags = {"partition": notes.partition, "subclass": notes.subclass, "check": bool(notes.checks),
             "exclusion": bool(notes.exclusions), "comments": notes.commented or bool(notes.commented_columns),
             "deferring": bool(notes.deferred), "row_level_security": notes.row_level_security}
    return frozenset(name for name, on in flags.items() if on)


def note_sections(ctx: Context, tables: list[Table], notes: dict) -> list[tuple[str, list[str]]]:
    def items(pick) -> list[str]:
        out = []
        for table in tables:
            entry = notes.get((table.namespace, table.name))
            if entry is not None:
                out.extend(pick(ctx.models[(table.namespace, table.name)].name, table, entry))
        return out

    def constraints(attribute: str):
        return lambda model, table, entry: [f'Model: "{model}", constraint: "{name}"'
                                            for name in getattr(entry, attribute)]

    def comments(model, table, entry):
        out = [f'Type: "model", name: "{model}"'] if entry.commented else []
        out += [f'Type: "field", name: "{model}.{ctx.columns[(table.namespace, table.name, c)]}"'
                for c in entry.commented_columns]
        return out

    # Prisma lists commented enums (new or not) before the models.
    commented_enums = [f'Type: "enum", name: "{ctx.enum_names[(e.namespace, e.name)].name}"'
                       for e in ctx.schema.enums if e.comment is not None]
    wanted = [
        ("These tables are partition tables, which are not yet fully supported:",
         items(lambda model, t, e: [f'"{model}"'] if e.partition else [])),
        ("These tables are inherited tables, which are not yet fully supported:",
         items(lambda model, t, e: [f'"{model}"'] if e.subclass else [])),
        ("These tables contain row level security, which is not yet fully supported. Read more: "
         "https://pris.ly/d/row-level-security",
         items(lambda model, t, e: [f'"{model}"'] if e.row_level_security else [])),
        ("These constraints are not supported by Prisma Client, because Prisma currently does not fully support "
         "check constraints. Read more: https://pris.ly/d/check-constraints", items(constraints("checks"))),
        ("These constraints are not supported by Prisma Client, because Prisma currently does not fully support "
         "exclusion constraints. Read more: https://pris.ly/d/exclusion-constraints", items(constraints("exclusions"))),
        ("These primary key, foreign key or unique constraints are using non-default deferring in the database, "
         "which is not yet fully supported. Read more: https://pris.ly/d/constraint-deferring",
         items(constraints("deferred"))),
        ("These objects have comments defined in the database, which is not yet fully supported. Read more: "
         "https://pris.ly/d/database-comments", commented_enums + items(comments)),
        ("These indexes are not supported by Prisma Client, because Prisma currently does not fully support "
         "expression indexes. Read more: https://pris.ly/d/expression-indexes",
         items(constraints("expression_indexes"))),
    ]
    return [(header, found) for header, found in wanted if found]


def unsupported_type(column: Column) -> str:
    return column.type.full_data_type.lower()
