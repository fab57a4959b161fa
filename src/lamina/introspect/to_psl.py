"""A described database → schema.prisma text, as `prisma db pull` writes it.

Models come from tables (Prisma's implicit many-to-many join tables become list relation fields),
enums from enums; names that are not PSL identifiers are sanitised and mapped back with
@map/@@map; relations get both sides with Prisma's naming. With a previous schema, its config
blocks (re-rendered, config_blocks.py), model, enum and index order, names and @map names, relation
field names, documentation, @updatedAt and Prisma-level defaults are kept where they still apply.
The text is finally laid out by the PSL formatter.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lamina.introspect.catalog import TableNotes
from lamina.introspect.config_blocks import config_blocks
from lamina.introspect.context import Context, has_usable_identifier
from lamina.introspect.names import PslName, inline_relation_names, is_prisma_join_table, sanitize
from lamina.introspect.preview_features import needed_preview_features, with_preview_features
from lamina.introspect.relations import copied_relation_field, copied_relations, relation_fields
from lamina.introspect.types import default_text, field_type, operator_class_psl
from lamina.introspect.warnings import (
    COMMENTED_FIELD_DOC, ENUM_COMMENT_DOC, EXPRESSION_INDEX_DOC, NO_IDENTIFIER_DOC, NOTE_DOCS, NOTES_AFTER_IDENTIFIER,
    NOTES_BEFORE_IDENTIFIER, note_flags, warning_sections,
)
from lamina.psl.ast import SourceFile
from lamina.psl.format import format_source
from lamina.psl.literal import string_literal
from lamina.psl.validate.constraint_names import index_name, primary_key_name, unique_index_name
from lamina.psl.validated import Model as PreviousModel
from lamina.psl.validated import ValidatedSchema
from lamina.schema.model import Index, SqlSchema, Table

_ALGORITHMS = {"hash": "Hash", "gist": "Gist", "gin": "Gin", "spgist": "SpGist", "brin": "Brin"}


@dataclass(frozen=True)
class Introspection:
    files: tuple[tuple[str, str], ...]  # (path, text) of every schema file, by path
    models: int
    enums: int
    sections: tuple[tuple[str, tuple[str, ...]], ...] = ()  # warnings: (header, items)

    @property
    def text(self) -> str:
        """The text of a one-file schema."""
        return self.files[0][1]

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
    file: str | None = None  # the existing schema's file holding the model
    commented: list[str] = field(default_factory=list)  # columns whose fields are commented out
    id_name_kept: bool = False  # @@id(name: ...) taken from the existing schema


def introspect(schema: SqlSchema, provider: str, previous: ValidatedSchema | None = None,
               previous_files: list[SourceFile] | None = None, *, reuse_names: bool = True,
               notes: dict[tuple[str | None, str], TableNotes] | None = None,
               default_namespace: str | None = None, introspection_file: str | None = None) -> Introspection:
    """`previous` gives the config blocks kept at the top; with `reuse_names` (no `--force`) also
    its model/enum order, names, @map names and Prisma-level attributes. Each model and enum goes
    to the file that held it, new ones to `introspection_file` (by default the only file), as
    Prisma splits a schema folder."""
    schema, predicates = _with_partial_indexes(schema, notes or {})
    if provider == "mysql":
        from lamina.introspect.mysql import with_column_enums

        schema = with_column_enums(schema, previous if reuse_names else None)
    ctx = Context(schema, provider, previous if reuse_names else None, default_namespace)
    # Native types are written under the datasource's name (`@pg.VarChar` for `datasource pg`).
    ctx.datasource_name = previous.datasource.name if previous is not None and previous.datasource else "db"
    ctx.predicates = predicates
    model_tables = [t for t in schema.tables if not is_prisma_join_table(t)]
    inline = inline_relation_names(schema, ctx.relation_models, ctx.columns)
    # relationMode = "prisma": no foreign keys to read, the previous schema's relation fields are copied.
    uses_foreign_keys = previous is None or previous.datasource is None or previous.datasource.relation_mode != "prisma"
    copied = {} if uses_foreign_keys else copied_relations(ctx)
    relations = relation_fields(ctx, inline) if uses_foreign_keys else \
        {key: [copied_relation_field(f) for f in fields] for key, fields in copied.items()}

    rendered: list[_Model] = []
    ignored: list[str] = []
    for table in model_tables:
        model = _render_model(ctx, table, relations.get((table.namespace, table.name), []),
                              (notes or {}).get((table.namespace, table.name)))
        if not has_usable_identifier(table) and table.columns and not ctx.ignored_in_schema(table):
            ignored.append(model.name.name)
        rendered.append(model)
    rendered.sort(key=lambda m: (m.position is None, m.position if m.position is not None else 0))

    commented_values: list[str] = []
    enums = [_render_enum(ctx, e, commented_values) for e in schema.enums]
    enums.sort(key=lambda item: (item[0] is None, item[0] if item[0] is not None else 0))

    if introspection_file is None:
        introspection_file = previous_files[0].path if previous_files and len(previous_files) == 1 else "schema.prisma"
    # With --force, Prisma writes everything into one file; otherwise every existing file is written.
    parts: dict[str, list[str]] = {f.path: [] for f in previous_files or []} if reuse_names else {}
    features = needed_preview_features(schema)
    for path, text in config_blocks(previous, previous_files or []):
        parts.setdefault(path if reuse_names else introspection_file, []).append(with_preview_features(text, features))
    for model in rendered:
        parts.setdefault(model.file or introspection_file, []).append(_model_text(model))
    for _, path, text in enums:
        parts.setdefault(path or introspection_file, []).append(text)
    files = tuple((path, _formatted(path, texts)) for path, texts in sorted(parts.items()))
    commented = {m.name.name: m.commented for m in rendered if m.commented}
    by_table = {m.key: m for m in rendered}
    id_names = [by_table[(t.namespace, t.name)].name.name for t in model_tables
                if by_table[(t.namespace, t.name)].id_name_kept]
    sections = warning_sections(ctx, model_tables, notes or {}, ignored=ignored, commented_fields=commented,
                                commented_values=commented_values, copied=copied, id_names=id_names)
    return Introspection(files, len(rendered), len(enums), tuple((h, tuple(i)) for h, i in sections))


def _formatted(path: str, texts: list[str]) -> str:
    """One file's blocks laid out by the formatter; a file left without blocks holds one newline."""
    return format_source(SourceFile(path, "\n".join(texts)))[0] if texts else "\n"


def _index_fields(ctx: Context, table: Table, columns) -> str:
    out = []
    for column in columns:
        # A commented-out field (empty name once sanitised) appears under its database name, as in Prisma.
        name = ctx.columns.get((table.namespace, table.name, column.name), sanitize(column.name)) or column.name
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


def _render_model(ctx: Context, table: Table, relations: list[str], table_notes: TableNotes | None) -> _Model:
    notes = note_flags(table_notes)
    key = (table.namespace, table.name)
    name = ctx.models[key]
    model = _Model(key, name)
    previous = ctx.previous_model(table)
    if previous is not None:
        model.position = previous[0]
        model.file = previous[1].span.file
        if previous[1].documentation:
            model.docs.extend(line.strip() for line in previous[1].documentation.split("\n"))
    pk = table.primary_key
    single_uniques: dict[str, Index] = {}
    for index in table.indexes:  # the first one (by name) makes @unique; Prisma drops the others
        if index.kind == "unique" and len(index.columns) == 1:
            single_uniques.setdefault(index.columns[0].name, index)
    for column in table.columns:
        fname = ctx.column_name(table, column)
        ftype = field_type(column, ctx.provider, {k: v.name for k, v in ctx.enum_names.items()})
        suffix = "[]" if column.type.arity == "list" else "?" if column.type.arity == "nullable" else ""
        attrs = []
        if pk is not None and len(pk.columns) == 1 and pk.columns[0].name == column.name:
            args = _field_options(pk.columns[0])
            if pk.name is not None and pk.name != primary_key_name(table.name, ctx.limit):
                args.append(f"map: {string_literal(pk.name)}")
            attrs.append(f"@id({', '.join(args)})" if args else "@id")
        enum_values = ctx.enum_values(column.type.namespace, column.type.full_data_type) \
            if column.type.family == "Enum" else None
        default = default_text(column, ftype.name, ctx.provider,
                               {k: v.name for k, v in enum_values.items()} if enum_values else None)
        previous_field = None
        if previous is not None:
            previous_field = next((f for f in previous[1].scalar_fields if f.db_name == column.name), None)
        if default is None and previous_field is not None and previous_field.default is not None \
                and previous_field.default.kind in ("uuid", "cuid", "nanoid", "ulid"):
            default = _prisma_level_default(previous_field.default)
        if default is not None:
            if column.default is not None and column.default.constraint_name:
                attrs.append(f"@default({default}, map: {string_literal(column.default.constraint_name)})")
            else:
                attrs.append(f"@default({default})")
        if previous_field is not None and previous_field.is_updated_at:
            attrs.append("@updatedAt")
        unique = single_uniques.get(column.name)
        if unique is not None:
            args = []
            if unique.name != unique_index_name(table.name, [column.name], ctx.limit):
                args.append(f"map: {string_literal(unique.name)}")
            args.extend(_field_options(unique.columns[0]))
            predicate = ctx.predicates.get(key, {}).get(unique.name, unique.predicate)
            if predicate is not None:
                args.append(f"where: raw({string_literal(predicate)})")
            attrs.append(f"@unique({', '.join(args)})" if args else "@unique")
        if fname.mapped is not None:
            attrs.append(f"@map({string_literal(fname.mapped)})")
        if ftype.native:
            attrs.append(f"@{ctx.datasource_name}.{ftype.native}")
        if previous_field is not None and previous_field.is_ignored:  # kept from the existing schema
            attrs.append("@ignore")
        if previous_field is not None and previous_field.documentation:
            model.lines.extend(_doc_lines(previous_field.documentation))
        if not fname.name:  # nothing left of the column name once sanitised: Prisma comments the field out
            model.commented.append(column.name)
            model.lines.append(f"/// {COMMENTED_FIELD_DOC}")
            model.lines.append("// " + " ".join([column.name, ftype.name + suffix, *_commented_order(attrs)]))
            continue
        model.lines.append(" ".join([fname.name, ftype.name + suffix, *attrs]))
    model.lines.extend(relations)

    if pk is not None and len(pk.columns) > 1:
        args = []
        kept = previous[1].primary_key if previous is not None else None
        if kept is not None and kept.client_name:  # the existing schema's `name:`, listed in the warnings
            args.append(f"name: {string_literal(kept.client_name)}")
            model.id_name_kept = True
        if pk.name is not None and pk.name != primary_key_name(table.name, ctx.limit):
            args.append(f"map: {string_literal(pk.name)}")
        model.block.append(f"@@id([{_index_fields(ctx, table, pk.columns)}]{''.join(', ' + a for a in args)})")
    predicates = ctx.predicates.get(key, {})
    indexes = [i for i in table.indexes if not (i.kind == "unique" and len(i.columns) == 1)]
    # A @@unique keeps the `name:` the existing schema gives it (matched by constraint name).
    client_names = {i.db_name: i.client_name for i in previous[1].indexes if i.client_name} if previous else {}
    for index in _in_previous_order(indexes, previous[1] if previous is not None else None):
        model.block.append(_index_attribute(ctx, table, index, predicates.get(index.name, index.predicate),
                                            client_names.get(index.name)))
    if name.mapped is not None:
        model.block.append(f"@@map({string_literal(name.mapped)})")
    is_new = previous is None
    model.docs.extend(NOTE_DOCS[n] for n in NOTES_BEFORE_IDENTIFIER if n in notes and is_new)
    if not has_usable_identifier(table) and table.columns and not ctx.ignored_in_schema(table):
        model.docs.append(NO_IDENTIFIER_DOC)
        model.block.append("@@ignore")
    elif ctx.ignored_in_schema(table):  # the existing schema's @@ignore is kept
        model.block.append("@@ignore")
    model.docs.extend(NOTE_DOCS[n] for n in NOTES_AFTER_IDENTIFIER if n in notes and is_new)
    if table_notes is not None and table_notes.expression_indexes:
        model.docs.append(EXPRESSION_INDEX_DOC)
    if ctx.default_namespace is not None:
        model.block.append(f"@@schema({string_literal(table.namespace or ctx.default_namespace)})")
    return model


def _in_previous_order(indexes: list[Index], previous: PreviousModel | None) -> list[Index]:
    """@@unique, @@index and @@fulltext lines as Prisma orders them: by kind (in the order the
    database gives them), and within a kind the existing schema's lines first, in its order (matched
    by constraint name), then the new ones."""
    if previous is None:
        return indexes
    positions = {index.db_name: n for n, index in enumerate(previous.indexes)}
    kinds: dict[str, int] = {}
    for index in indexes:
        kinds.setdefault(index.kind, len(kinds))
    return sorted(indexes, key=lambda i: (kinds[i.kind], i.name not in positions, positions.get(i.name, 0)))


def _commented_order(attrs: list[str]) -> list[str]:
    """A commented-out field lists @unique before @default, as Prisma renders it."""
    unique = [a for a in attrs if a.startswith("@unique")]
    return unique + [a for a in attrs if not a.startswith("@unique")]


def _prisma_level_default(default) -> str:
    """uuid(), uuid(7), cuid(2), nanoid(16), ulid(): kept from the previous schema as written."""
    return f"{default.kind}({'' if default.value is None else default.value})"


def _with_partial_indexes(schema: SqlSchema, notes: dict) -> tuple[SqlSchema, dict]:
    """Partial indexes (read from the catalog) join the described ones, in name order, so that
    uniques, identifiers and relation arities see them as Prisma's describer does; their
    predicates by table key and index name."""
    predicates: dict[tuple[str | None, str], dict[str, str]] = {}
    tables = []
    for table in schema.tables:
        entry = notes.get((table.namespace, table.name))
        partial = entry.partial_indexes if entry is not None else []
        if partial:
            predicates[(table.namespace, table.name)] = {i.name: p for i, p in partial}
            known = {i.name for i in table.indexes}
            indexes = sorted([*table.indexes, *(i for i, _ in partial if i.name not in known)], key=lambda i: i.name)
            table = replace(table, indexes=tuple(indexes))
        tables.append(table)
    return replace(schema, tables=tuple(tables)), predicates


def _index_attribute(ctx: Context, table: Table, index: Index, predicate: str | None = None,
                     client_name: str | None = None) -> str:
    attribute = "@@unique" if index.kind == "unique" else "@@fulltext" if index.kind == "fulltext" else "@@index"
    columns = [c.name for c in index.columns]
    expected = (unique_index_name if index.kind == "unique" else index_name)(table.name, columns, ctx.limit)
    args = [f"[{_index_fields(ctx, table, index.columns)}]"]
    if client_name is not None and index.kind == "unique":
        args.append(f"name: {string_literal(client_name)}")
    if index.name != expected:
        args.append(f"map: {string_literal(index.name)}")
    if index.algorithm and index.algorithm in _ALGORITHMS:
        args.append(f"type: {_ALGORITHMS[index.algorithm]}")
    if predicate is not None:
        args.append(f"where: raw({string_literal(predicate)})")
    return f"{attribute}({', '.join(args)})"


def _render_enum(ctx: Context, enum, commented: list[str]) -> tuple[int | None, str | None, str]:
    """The enum's position and file in the previous schema, and its text; values commented out
    join `commented`."""
    name = ctx.enum_names[(enum.namespace, enum.name)]
    position = None
    if ctx.previous is not None:
        for i, e in enumerate(ctx.previous.enums):
            if e.db_name == enum.name:
                position = i
    previous = ctx.previous.enums[position] if position is not None else None
    kept_docs = {v.db_name: v.documentation for v in previous.values if v.documentation} if previous else {}
    lines = []
    names = ctx.enum_values(enum.namespace, enum.name)
    for value in enum.values:
        value_name = names[value]
        lines.extend(_doc_lines(kept_docs.get(value, "")))
        if not value_name.name:  # nothing left of the value once sanitised: Prisma comments it out
            commented.append(f'Enum: "{name.name}", value: "{value}"')
            lines.append(f"// {value} @map({string_literal(value)})")
            continue
        lines.append(value_name.name + (f" @map({string_literal(value_name.mapped)})" if value_name.mapped is not None else ""))
    block = []
    if name.mapped is not None:
        block.append(f"@@map({string_literal(name.mapped)})")
    if ctx.default_namespace is not None:
        block.append(f"@@schema({string_literal(enum.namespace or ctx.default_namespace)})")
    body = "".join(f"  {line}\n" for line in lines)
    if block:
        body += "\n" + "".join(f"  {b}\n" for b in block)
    docs = f"/// {ENUM_COMMENT_DOC}\n" if position is None and enum.comment is not None else ""
    if previous is not None and previous.documentation:
        docs = "".join(f"{line}\n" for line in _doc_lines(previous.documentation))
    return position, previous.span.file if previous is not None else None, f"{docs}enum {name.name} {{\n{body}}}\n"


def _doc_lines(documentation: str) -> list[str]:
    """The /// lines of a kept documentation comment (empty when there is none)."""
    return [f"/// {line}".rstrip() for line in map(str.strip, documentation.split("\n"))] if documentation else []


def _model_text(model: _Model) -> str:
    docs = "".join(f"/// {d}".rstrip() + "\n" for d in model.docs)
    lines, block = list(model.lines), list(model.block)
    while block and lines and lines[-1].startswith("//"):  # trailing comments open the attribute group, as Prisma lays them out
        block.insert(0, lines.pop())
    body = "".join(f"  {line}\n" for line in lines)
    if block:
        body += "\n" + "".join(f"  {b}\n" for b in block)
    return f"{docs}model {model.name.name} {{\n{body}}}\n"
