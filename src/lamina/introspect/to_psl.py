"""A described database → schema.prisma text, as `prisma db pull` writes it.

Models come from tables (Prisma's implicit many-to-many join tables become list relation fields),
enums from enums; names that are not PSL identifiers are sanitised and mapped back with
@map/@@map; relations get both sides with Prisma's naming. With a previous schema, its config
blocks, model and enum order, names and @map names, documentation, @updatedAt and Prisma-level
defaults are kept where they still apply. The text is finally laid out by the PSL formatter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lamina.introspect.catalog import TableNotes
from lamina.introspect.names import (
    InlineNames, PslName, enum_value_name, field_name, inline_relation_names, is_prisma_join_table,
    m2m_names, model_name, sanitize,
)
from lamina.introspect.types import _string as _psl_string
from lamina.introspect.types import default_text, field_type, operator_class_psl
from lamina.psl.ast import SourceFile
from lamina.psl.format import format_source
from lamina.psl.validate.constraint_names import (
    foreign_key_name, index_name, primary_key_name, unique_index_name,
)
from lamina.psl.validated import Model as PreviousModel
from lamina.psl.validated import ValidatedSchema
from lamina.schema.model import Column, Index, SqlSchema, Table

NAME_LIMIT = {"postgresql": 63, "sqlite": 10_000, "mysql": 64}
_ALGORITHMS = {"hash": "Hash", "gist": "Gist", "gin": "Gin", "spgist": "SpGist", "brin": "Brin"}
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
_NOTES_BEFORE_IDENTIFIER = ("partition", "subclass", "check", "exclusion")
_NOTES_AFTER_IDENTIFIER = ("comments", "deferring", "row_level_security")
EXPRESSION_INDEX_DOC = ("This model contains an expression index which requires additional setup for migrations. "
                        "Visit https://pris.ly/d/expression-indexes for more info.")
NO_IDENTIFIER_DOC = ("The underlying table does not contain a valid unique identifier and can therefore "
                     "currently not be handled by Prisma Client.")


@dataclass(frozen=True)
class Introspection:
    text: str  # the whole schema.prisma
    models: int
    enums: int
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()  # warnings: (header, items)

    @property
    def warnings(self) -> str:
        """The block `db pull --print` writes to stderr: every line commented out."""
        return "".join(f"// {line}\n" for line in self.plain_warnings().split("\n")) if self.sections else ""

    def plain_warnings(self) -> str:
        """The block `db pull` prints after writing the file."""
        if not self.sections:
            return ""
        out = "*** WARNING ***\n"
        for header, items in self.sections:
            out += f"\n{header}\n" + "".join(f"  - {item}\n" for item in items)
        return out


@dataclass
class _Model:
    key: tuple[str | None, str]
    name: PslName
    lines: list[str] = field(default_factory=list)
    block: list[str] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    position: int | None = None


class _Context:
    def __init__(self, schema: SqlSchema, provider: str, previous: ValidatedSchema | None,
                 default_namespace: str | None = None):
        self.schema = schema
        # Set when the datasource lists `schemas` (multiSchema): every model and enum gets @@schema.
        self.default_namespace = default_namespace
        self.provider = provider
        self.limit = NAME_LIMIT.get(provider, 63)
        self.previous = previous
        self.prev_models: dict[tuple[str | None, str], tuple[int, PreviousModel]] = {}
        if previous is not None:
            for position, model in enumerate(m for m in previous.models if m.kind == "model"):
                self.prev_models[(model.schema if model.schema != self._default_schema() else None,
                                  model.db_name)] = (position, model)
        counts: dict[str, int] = {}
        for name in [sanitize(t.name) for t in schema.tables if not is_prisma_join_table(t)] + \
                [sanitize(e.name) for e in schema.enums]:
            counts[name] = counts.get(name, 0) + 1
        self.duplicates = {n for n, c in counts.items() if c > 1} if default_namespace is not None else set()
        self.renamed_duplicates: list[str] = []
        self.duplicate_keys: set[tuple[str | None, str]] = set()
        self.models = {(t.namespace, t.name): self._model_name(t) for t in schema.tables}
        # Relation names are worked out before duplicate names are renamed (as in Prisma).
        self.relation_models = {k: model_name(k[1]).name if k in self.duplicate_keys else v.name
                                for k, v in self.models.items()}
        self.columns = {(t.namespace, t.name, c.name): self._field_name(t, c).name
                        for t in schema.tables for c in t.columns}
        self.enum_names = {(e.namespace, e.name): self._enum_name(e.name, e.namespace) for e in schema.enums}

    def _default_schema(self) -> str | None:
        return self.default_namespace

    def previous_model(self, table: Table) -> tuple[int, PreviousModel] | None:
        return self.prev_models.get((table.namespace, table.name))

    def _model_name(self, table: Table) -> PslName:
        found = self.previous_model(table)
        if found is not None:
            model = found[1]
            return PslName(model.name, model.db_name if model.db_name != model.name else None)
        if sanitize(table.name) in self.duplicates and not is_prisma_join_table(table):
            renamed = sanitize(f"{table.namespace or self.default_namespace}_{table.name}")
            self.renamed_duplicates.append(f'Type: "model", name: "{renamed}"')
            self.duplicate_keys.add((table.namespace, table.name))
            return PslName(renamed, table.name)
        return model_name(table.name)

    def _field_name(self, table: Table, column: Column) -> PslName:
        found = self.previous_model(table)
        if found is not None:
            previous = next((f for f in found[1].scalar_fields if f.db_name == column.name), None)
            if previous is not None:
                return PslName(previous.name, previous.db_name if previous.db_name != previous.name else None)
        return field_name(column.name)

    def _enum_name(self, name: str, namespace: str | None = None) -> PslName:
        if self.previous is not None:
            previous = next((e for e in self.previous.enums if e.db_name == name), None)
            if previous is not None:
                return PslName(previous.name, previous.db_name if previous.db_name != previous.name else None)
        if sanitize(name) in self.duplicates:
            renamed = sanitize(f"{namespace or self.default_namespace}_{name}")
            self.renamed_duplicates.append(f'Type: "enum", name: "{renamed}"')
            return PslName(renamed, name)
        return model_name(name)


def introspect(schema: SqlSchema, provider: str, previous: ValidatedSchema | None = None,
               previous_files: list[SourceFile] | None = None, *, reuse_names: bool = True,
               notes: dict[tuple[str | None, str], TableNotes] | None = None,
               default_namespace: str | None = None) -> Introspection:
    """`previous` gives the config blocks kept at the top; with `reuse_names` (no `--force`) also
    its model/enum order, names, @map names and Prisma-level attributes."""
    ctx = _Context(schema, provider, previous if reuse_names else None, default_namespace)
    model_tables = [t for t in schema.tables if not is_prisma_join_table(t)]
    inline = inline_relation_names(schema, ctx.relation_models, ctx.columns)
    relation_fields = _relation_fields(ctx, inline)

    rendered: list[_Model] = []
    ignored: list[str] = []
    for table in model_tables:
        model = _render_model(ctx, table, relation_fields.get((table.namespace, table.name), []),
                              (notes or {}).get((table.namespace, table.name)))
        if not _has_usable_identifier(table) and table.columns:
            ignored.append(model.name.name)
        rendered.append(model)
    rendered.sort(key=lambda m: (m.position is None, m.position if m.position is not None else 0))

    enums = [_render_enum(ctx, e) for e in schema.enums]
    enums.sort(key=lambda pair: (pair[0] is None, pair[0] if pair[0] is not None else 0))

    parts = _config_blocks(previous, previous_files or [])
    for model in rendered:
        parts.append(_model_text(model))
    for _, text in enums:
        parts.append(text)
    text = format_source(SourceFile("schema.prisma", "\n".join(parts)))[0]
    sections = []
    notes = notes or {}
    if ignored:
        sections.append(("The following models were ignored as they do not have a valid unique identifier or id. "
                         "This is currently not supported by Prisma Client:", [f'"{name}"' for name in ignored]))
    unsupported = [
        f'Model: "{ctx.models[(t.namespace, t.name)].name}", field: "{ctx.columns[(t.namespace, t.name, c.name)]}", '
        f'original data type: "{_unsupported_type(c, provider)}"'
        for t in model_tables for c in t.columns if c.type.family == "Unsupported"
    ]
    if unsupported:
        sections.append(("These fields are not supported by Prisma Client, because Prisma currently does not "
                         "support their types:", unsupported))
    remapped = _remapped_sections(ctx, model_tables, schema)
    # Prisma lists remapped fields first, before the ignored models; the other remappings here.
    sections = [s for s in remapped if "fields were" in s[0]] + sections + [s for s in remapped if "fields were" not in s[0]]
    if ctx.renamed_duplicates:
        sections.append(("These items were renamed due to their names being duplicates in the Prisma schema:",
                         ctx.renamed_duplicates))
    sections.extend(_note_sections(ctx, model_tables, notes))
    return Introspection(text, len(rendered), len(enums), tuple((h, tuple(i)) for h, i in sections))


def _remapped_sections(ctx: _Context, tables: list[Table], schema: SqlSchema) -> list[tuple[str, list[str]]]:
    """What re-introspection took from the previous schema's @map/@@map, as Prisma lists it."""
    if ctx.previous is None:
        return []
    fields, models = [], []
    for table in tables:
        found = ctx.previous_model(table)
        if found is None:
            continue
        model = found[1]
        columns = {c.name for c in table.columns}
        fields += [f'Model: "{model.name}", field: "{f.name}"' for f in model.scalar_fields
                   if f.db_name != f.name and f.db_name in columns]
        if model.db_name != model.name:
            models.append(f'"{model.name}"')
    values, enums = [], []
    for enum in schema.enums:
        previous = next((e for e in ctx.previous.enums if e.db_name == enum.name), None)
        if previous is None:
            continue
        values += [f'Enum: "{previous.name}", value: "{v.name}"' for v in previous.values
                   if v.db_name != v.name and v.db_name in enum.values]
        if previous.db_name != previous.name:
            enums.append(f'"{previous.name}"')
    wanted = [
        ("These fields were enriched with `@map` information taken from the previous Prisma schema:", fields),
        ("These models were enriched with `@@map` information taken from the previous Prisma schema:", models),
        ("These enum values were enriched with `@map` information taken from the previous Prisma schema:", values),
        ("These enums were enriched with `@@map` information taken from the previous Prisma schema:", enums),
    ]
    return [(header, items) for header, items in wanted if items]


def _flags(notes: TableNotes | None) -> frozenset[str]:
    if notes is None:
        return frozenset()
    flags = {"partition": notes.partition, "subclass": notes.subclass, "check": bool(notes.checks),
             "exclusion": bool(notes.exclusions), "comments": notes.commented or bool(notes.commented_columns),
             "deferring": bool(notes.deferred), "row_level_security": notes.row_level_security}
    return frozenset(name for name, on in flags.items() if on)


def _note_sections(ctx: _Context, tables: list[Table], notes: dict) -> list[tuple[str, list[str]]]:
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
         "https://pris.ly/d/database-comments", items(comments)),
        ("These indexes are not supported by Prisma Client, because Prisma currently does not fully support "
         "expression indexes. Read more: https://pris.ly/d/expression-indexes",
         items(constraints("expression_indexes"))),
    ]
    return [(header, found) for header, found in wanted if found]


def _unsupported_type(column: Column, provider: str) -> str:
    return column.type.full_data_type.lower()


def _config_blocks(previous: ValidatedSchema | None, files: list[SourceFile]) -> list[str]:
    if previous is None:
        return []
    texts = {f.path: f.text for f in files}
    spans = [g.span for g in previous.generators]
    if previous.datasource is not None:
        spans.append(previous.datasource.span)
    spans.sort(key=lambda s: (s.file, s.start))
    blocks = [texts[s.file][s.start:s.end].strip() + "\n" for s in spans if s.file in texts]
    if previous.datasource is not None and previous.datasource.schemas:
        # Prisma writes the datasource's schemas back in sorted order.
        listed = ", ".join(f'"{n}"' for n in sorted(previous.datasource.schemas))
        blocks = [re.sub(r"(\n\s*schemas\s*=\s*)\[[^\]]*\]", lambda m: f"{m.group(1)}[{listed}]", b)
                  if b.lstrip().startswith("datasource") else b for b in blocks]
    return blocks


def _has_usable_identifier(table: Table) -> bool:
    keys = [tuple(c.name for c in i.columns) for i in table.indexes if i.kind == "unique"]
    if table.primary_key is not None:
        keys.append(tuple(c.name for c in table.primary_key.columns))
    for key in keys:
        columns = [table.column(name) for name in key]
        if all(c is not None and c.type.arity == "required" and c.type.family != "Unsupported" for c in columns):
            return True
    return False


def _index_fields(ctx: _Context, table: Table, columns) -> str:
    out = []
    for column in columns:
        name = ctx.columns.get((table.namespace, table.name, column.name), sanitize(column.name))
        args = []
        if column.sort == "desc":
            args.append("sort: Desc")
        if column.length is not None:
            args.append(f"length: {column.length}")
        if column.operator_class is not None:
            args.append(f"ops: {operator_class_psl(column.operator_class)}")
        out.append(f"{name}({', '.join(args)})" if args else name)
    return ", ".join(out)


def _field_options(column) -> list[str]:
    args = []
    if column.sort == "desc":
        args.append("sort: Desc")
    if column.length is not None:
        args.append(f"length: {column.length}")
    return args


def _render_model(ctx: _Context, table: Table, relations: list[str], table_notes: TableNotes | None) -> _Model:
    notes = _flags(table_notes)
    key = (table.namespace, table.name)
    name = ctx.models[key]
    model = _Model(key, name)
    previous = ctx.previous_model(table)
    if previous is not None:
        model.position = previous[0]
        if previous[1].documentation:
            model.docs.extend(previous[1].documentation.split("\n"))
    pk = table.primary_key
    single_uniques = {i.columns[0].name: i for i in table.indexes if i.kind == "unique" and len(i.columns) == 1}
    for column in table.columns:
        fname = ctx._field_name(table, column)
        ftype = field_type(column, ctx.provider, {k: v.name for k, v in ctx.enum_names.items()})
        suffix = "[]" if column.type.arity == "list" else "?" if column.type.arity == "nullable" else ""
        attrs = []
        if pk is not None and len(pk.columns) == 1 and pk.columns[0].name == column.name:
            args = _field_options(pk.columns[0])
            if pk.name is not None and pk.name != primary_key_name(table.name, ctx.limit):
                args.append(f'map: "{pk.name}"')
            attrs.append(f"@id({', '.join(args)})" if args else "@id")
        default = default_text(column, ftype.name, ctx.provider)
        previous_field = None
        if previous is not None:
            previous_field = next((f for f in previous[1].scalar_fields if f.db_name == column.name), None)
        if default is None and previous_field is not None and previous_field.default is not None \
                and previous_field.default.kind in ("uuid", "cuid", "nanoid", "ulid"):
            default = _prisma_level_default(previous_field.default)
        if default is not None:
            if column.default is not None and column.default.constraint_name:
                attrs.append(f'@default({default}, map: "{column.default.constraint_name}")')
            else:
                attrs.append(f"@default({default})")
        if previous_field is not None and previous_field.is_updated_at:
            attrs.append("@updatedAt")
        unique = single_uniques.get(column.name)
        if unique is not None:
            args = []
            if unique.name != unique_index_name(table.name, [column.name], ctx.limit):
                args.append(f'map: "{unique.name}"')
            args.extend(_field_options(unique.columns[0]))
            attrs.append(f"@unique({', '.join(args)})" if args else "@unique")
        if fname.mapped is not None:
            attrs.append(f'@map("{fname.mapped}")')
        if ftype.native:
            attrs.append(f"@db.{ftype.native}")
        model.lines.append(" ".join([fname.name, ftype.name + suffix, *attrs]))
    model.lines.extend(relations)

    if pk is not None and len(pk.columns) > 1:
        args = []
        if pk.name is not None and pk.name != primary_key_name(table.name, ctx.limit):
            args.append(f'map: "{pk.name}"')
        model.block.append(f"@@id([{_index_fields(ctx, table, pk.columns)}]{''.join(', ' + a for a in args)})")
    predicates = {i.name: p for i, p in table_notes.partial_indexes} if table_notes else {}
    indexes = list(table.indexes)
    if predicates:  # the described indexes are in name order: the partial ones join that order
        indexes = sorted([*indexes, *(i for i, _ in table_notes.partial_indexes)], key=lambda i: i.name)
    for index in indexes:
        if index.kind == "unique" and len(index.columns) == 1 and index.name not in predicates:
            continue
        model.block.append(_index_attribute(ctx, table, index, predicates.get(index.name)))
    if name.mapped is not None:
        model.block.append(f'@@map("{name.mapped}")')
    is_new = previous is None
    model.docs.extend(NOTE_DOCS[n] for n in _NOTES_BEFORE_IDENTIFIER if n in notes and is_new)
    if not _has_usable_identifier(table) and table.columns:
        model.docs.append(NO_IDENTIFIER_DOC)
        model.block.append("@@ignore")
    model.docs.extend(NOTE_DOCS[n] for n in _NOTES_AFTER_IDENTIFIER if n in notes and is_new)
    if table_notes is not None and table_notes.expression_indexes:
        model.docs.append(EXPRESSION_INDEX_DOC)
    if ctx.default_namespace is not None:
        model.block.append(f'@@schema("{table.namespace or ctx.default_namespace}")')
    return model


def _prisma_level_default(default) -> str:
    return f"{default.kind}()"


def _index_attribute(ctx: _Context, table: Table, index: Index, predicate: str | None = None) -> str:
    attribute = "@@unique" if index.kind == "unique" else "@@fulltext" if index.kind == "fulltext" else "@@index"
    columns = [c.name for c in index.columns]
    expected = (unique_index_name if index.kind == "unique" else index_name)(table.name, columns, ctx.limit)
    args = [f"[{_index_fields(ctx, table, index.columns)}]"]
    if index.name != expected:
        args.append(f'map: "{index.name}"')
    if index.algorithm and index.algorithm in _ALGORITHMS:
        args.append(f"type: {_ALGORITHMS[index.algorithm]}")
    if predicate is not None:
        args.append(f"where: raw({_psl_string(predicate)})")
    return f"{attribute}({', '.join(args)})"


def _relation_fields(ctx: _Context, inline: dict[tuple, InlineNames]) -> dict[tuple, list[str]]:
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
            names = _previous_relation_names(ctx, table, referenced, fk) or names
            referencing_model = ctx.models[key].name
            referenced_model = ctx.models[ref_key].name
            optional = any((c := table.column(col)) is not None and c.type.arity != "required" for col in fk.columns)
            required = any((c := table.column(col)) is not None and c.type.arity == "required" for col in fk.columns)
            args = []
            if names.relation:
                args.append(f'"{names.relation}"')
            args.append(f"fields: [{', '.join(ctx.columns[(table.namespace, table.name, c)] for c in fk.columns)}]")
            args.append(f"references: [{', '.join(ctx.columns.get((referenced.namespace, referenced.name, c), sanitize(c)) for c in fk.referenced_columns)}]")
            on_delete = _on_delete(fk.on_delete, required)
            if on_delete:
                args.append(f"onDelete: {on_delete}")
            if fk.on_update != "Cascade":
                args.append(f"onUpdate: {fk.on_update}")
            if fk.name is not None and ctx.provider != "sqlite" and \
                    fk.name != foreign_key_name(table.name, list(fk.columns), ctx.limit):
                args.append(f'map: "{fk.name}"')
            ignore = not (_has_usable_identifier(table) and _has_usable_identifier(referenced))
            forward = f"{names.forward} {referenced_model}{'?' if optional else ''} @relation({', '.join(args)})"
            forward_ignored = ignore and _has_usable_identifier(table)
            fields.setdefault(key, []).append(forward + (" @ignore" if forward_ignored else ""))
            unique = _fk_is_unique(table, fk.columns)
            arity = "?" if unique else "[]"
            back = f"{names.back} {referencing_model}{arity}"
            if names.relation:
                back += f' @relation("{names.relation}")'
            back_ignored = ignore and _has_usable_identifier(referenced)
            fields.setdefault(ref_key, []).append(back + (" @ignore" if back_ignored else ""))
    joins = [t for t in ctx.schema.tables if is_prisma_join_table(t)]
    for table in joins:
        pair = frozenset((fk.referenced_namespace, fk.referenced_table) for fk in table.foreign_keys)
        ambiguous = _m2m_ambiguous(ctx, table, pair, joins)
        relation, field_a, field_b = m2m_names(table, {k: v.name for k, v in ctx.models.items()}, ambiguous)
        fk_a = next(fk for fk in table.foreign_keys if fk.columns[0].lower() == "a")
        fk_b = next(fk for fk in table.foreign_keys if fk is not fk_a)
        key_a = (fk_a.referenced_namespace, fk_a.referenced_table)
        key_b = (fk_b.referenced_namespace, fk_b.referenced_table)
        attr = f' @relation("{relation}")' if relation else ""
        fields.setdefault(key_a, []).append(f"{field_a} {ctx.models[key_b].name}[]{attr}")
        fields.setdefault(key_b, []).append(f"{field_b} {ctx.models[key_a].name}[]{attr}")
    return fields


def _previous_relation_names(ctx: _Context, table: Table, referenced: Table, fk) -> InlineNames | None:
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
    generated = "To".join(sorted((model.name, target_model.name)))
    relation = "" if forward.relation_name == generated and model.name != target_model.name else forward.relation_name
    return InlineNames(relation, forward.name, back.name)


def _m2m_ambiguous(ctx: _Context, table: Table, pair: frozenset, joins: list[Table]) -> bool:
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


def _fk_is_unique(table: Table, columns: tuple[str, ...]) -> bool:
    keys = [tuple(c.name for c in i.columns) for i in table.indexes if i.kind == "unique"]
    if table.primary_key is not None:
        keys.append(tuple(c.name for c in table.primary_key.columns))
    return any(set(key) <= set(columns) for key in keys)


def _on_delete(action: str, required: bool) -> str | None:
    if not required and action == "SetNull":
        return None
    if required and action == "Restrict":
        return None
    return action


def _render_enum(ctx: _Context, enum) -> tuple[int | None, str]:
    name = ctx.enum_names[(enum.namespace, enum.name)]
    position = None
    previous = None
    if ctx.previous is not None:
        for i, e in enumerate(ctx.previous.enums):
            if e.db_name == enum.name:
                position, previous = i, e
    lines = []
    for value in enum.values:
        value_name = enum_value_name(value)
        if previous is not None:
            kept = next((v for v in previous.values if v.db_name == value), None)
            if kept is not None:
                value_name = PslName(kept.name, kept.db_name if kept.db_name != kept.name else None)
        lines.append(value_name.name + (f' @map("{value_name.mapped}")' if value_name.mapped is not None else ""))
    block = []
    if name.mapped is not None:
        block.append(f'@@map("{name.mapped}")')
    if ctx.default_namespace is not None:
        block.append(f'@@schema("{enum.namespace or ctx.default_namespace}")')
    body = "".join(f"  {line}\n" for line in lines)
    if block:
        body += "\n" + "".join(f"  {b}\n" for b in block)
    return position, f"enum {name.name} {{\n{body}}}\n"


def _model_text(model: _Model) -> str:
    docs = "".join(f"/// {d}\n" for d in model.docs)
    body = "".join(f"  {line}\n" for line in model.lines)
    if model.block:
        body += "\n" + "".join(f"  {b}\n" for b in model.block)
    return f"{docs}model {model.name.name} {{\n{body}}}\n"
