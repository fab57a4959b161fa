"""calculate_sql_schema: a validated schema.prisma → the SqlSchema it asks for.

Follows the conventions in `schema.model` so that a database created from the rendered SQL and
described back is equal to what is calculated here. Order: models in declaration order, then
the implicit m-n join tables; views are ignored (Migrate never touches them).
"""

from __future__ import annotations

import re
from dataclasses import replace

from lamina.dialects import DIALECTS, Dialect
from lamina.psl.validated import (
    FieldDefault, ImplicitManyToMany, Model, ModelIndex, ScalarField, ValidatedSchema,
)
from lamina.schema.model import (
    Column, ColumnDefault, ColumnType, Enum, Extension, ForeignKey, Index, IndexColumn, PrimaryKey,
    SqlSchema, Table,
)

PRISMA_LEVEL_DEFAULTS = {"uuid", "cuid", "ulid", "nanoid", "auto"}


def calculate_sql_schema(schema: ValidatedSchema) -> SqlSchema:
    dialect = DIALECTS[schema.provider or "postgresql"]
    caps = dialect.capabilities
    models = [m for m in schema.models if m.kind == "model"]
    enum_names = {e.name: e.db_name for e in schema.enums}
    tables = [model_table(schema, model, dialect, enum_names) for model in models]
    if schema.enums and dialect.inline_enum_type is not None:
        inline = {e.db_name: dialect.inline_enum_type(tuple(v.db_name for v in e.values)) for e in schema.enums}
        tables = [with_inline_enums(t, inline) for t in tables]
    elif schema.enums:
        enum_spaces = {e.db_name: namespace_of(e.schema, dialect) for e in schema.enums}
        tables = [with_enum_namespaces(t, enum_spaces) for t in tables]
    # Join tables follow the models, in Prisma's order of their relations (ValidatedSchema.many_to_many).
    tables += [join_table(schema, relation, dialect) for relation in schema.many_to_many]
    enums = ()
    if caps.native_enums:
        enums = tuple(Enum(e.db_name, tuple(v.db_name for v in e.values), namespace_of(e.schema, dialect))
                      for e in schema.enums)
    namespaces: tuple[str, ...] = ()
    declared: tuple[str, ...] = ()
    extensions: tuple[Extension, ...] = ()
    if schema.datasource is not None and caps.namespaces:
        # The non-default schemas that models and enums live in, in the datasource's order.
        used = {t.namespace for t in tables} | {e.namespace for e in enums}
        namespaces = tuple(n for n in schema.datasource.schemas if n in used)
        declared = tuple(n for n in schema.datasource.schemas if n != caps.default_namespace)
        if "postgresqlExtensions" in schema.preview_features:
            extensions = tuple(Extension(spec.db_name, spec.schema, spec.version)
                               for spec in schema.datasource.extension_specs)
    return SqlSchema(tables=tuple(tables), enums=enums, namespaces=namespaces, extensions=extensions,
                     partial_indexes="partialIndexes" in schema.preview_features, declared_namespaces=declared)


def namespace_of(name: str | None, dialect: Dialect) -> str | None:
    """`@@schema` → SqlSchema namespace: None for the default schema (Prisma renders objects
    there unqualified; lamina assumes the connection's schema is the dialect default)."""
    return None if name == dialect.capabilities.default_namespace else name


def with_enum_namespaces(table: Table, namespaces: dict[str, str | None]) -> Table:
    columns = tuple(
        replace(c, type=replace(c.type, namespace=namespaces.get(c.type.full_data_type)))
        if c.type.family == "Enum" and namespaces.get(c.type.full_data_type) else c
        for c in table.columns
    )
    return replace(table, columns=columns)


def with_inline_enums(table: Table, types: dict[str, str]) -> Table:
    """Enum columns typed with the inline enum type (MySQL `ENUM('A', 'B')`)."""
    columns = tuple(
        replace(c, type=replace(c.type, full_data_type=types[c.type.full_data_type]))
        if c.type.family == "Enum" and c.type.full_data_type in types else c
        for c in table.columns
    )
    return replace(table, columns=columns)


def column_default(default: FieldDefault | None) -> ColumnDefault | None:
    if default is None or default.kind in PRISMA_LEVEL_DEFAULTS or default.kind == "autoincrement":
        return None
    match default.kind:
        case "value":
            return ColumnDefault("value", default.value, default.map)
        case "now":
            return ColumnDefault("now", None, default.map)
        case "dbgenerated":
            return ColumnDefault("dbgenerated", default.value, default.map)
        case "sequence":
            return ColumnDefault("sequence", default.value, default.map)
    return None


def model_column(field: ScalarField, dialect: Dialect, enum_names: dict[str, str]) -> Column:
    kind = field.default.kind if field.default else None
    column_type = dialect.column_type(field, enum_names.get(field.type_name) if field.is_enum else None)
    default = column_default(field.default)
    if (default is not None and default.kind == "value" and column_type.family in ("Json", "Binary")
            and not dialect.capabilities.json_and_bytes_defaults):
        default = None
    return Column(
        name=field.db_name,
        type=column_type,
        default=default,
        auto_increment=kind == "autoincrement",
        has_prisma_level_default=kind in PRISMA_LEVEL_DEFAULTS,
    )


OPERATOR_CLASS_SUFFIXES = (("MinMaxMulti", "minmax_multi"), ("MinMax", "minmax"), ("Bloom", "bloom"),
                           ("Inclusion", "inclusion"), ("Path", "path"))


def operator_class(ops: str | None) -> str | None:
    """PSL's named operator classes in SQL: `JsonbPathOps` → `jsonb_path_ops`,
    `TimestampTzMinMaxMultiOps` → `timestamptz_minmax_multi_ops`, `PgLsnBloomOps` →
    `pg_lsn_bloom_ops`; `raw("...")` text stays as written."""
    if ops is None or not re.fullmatch(r"[A-Z][A-Za-z0-9]*Ops", ops):
        return ops
    name = ops.removesuffix("Ops")
    suffix = next(((psl, sql) for psl, sql in OPERATOR_CLASS_SUFFIXES if name.endswith(psl)), None)
    prefix = name.removesuffix(suffix[0]) if suffix else name
    prefix = "pg_lsn" if prefix == "PgLsn" else prefix.lower()
    return f"{prefix}_{suffix[1]}_ops" if suffix else f"{prefix}_ops"


def index_column(field) -> IndexColumn:
    sort = field.sort.lower() if field.sort else None
    return IndexColumn(field.db_name, sort, field.length, operator_class(field.ops))


def model_index(index: ModelIndex) -> Index:
    algorithm = index.algorithm.lower() if index.algorithm and index.algorithm.lower() != "btree" else None
    return Index(index.db_name, index.kind, tuple(index_column(f) for f in index.fields), algorithm,
                 index.where.sql if index.where is not None else None)


def model_table(schema: ValidatedSchema, model: Model, dialect: Dialect, enum_names: dict[str, str]) -> Table:
    caps = dialect.capabilities
    columns = tuple(model_column(f, dialect, enum_names) for f in model.scalar_fields)
    primary_key = None
    if model.primary_key is not None:
        name = model.primary_key.db_name if caps.named_primary_keys else None
        primary_key = PrimaryKey(name, tuple(index_column(f) for f in model.primary_key.fields))
    foreign_keys = ()
    if schema.datasource is None or schema.datasource.relation_mode == "foreignKeys":
        # In the order of the relation fields that carry them.
        field_order = {f.name: i for i, f in enumerate(model.relation_fields)}
        relations = sorted(schema.relations_of(model.name),
                           key=lambda r: field_order.get(r.field, len(field_order)))
        foreign_keys = tuple(
            foreign_key(schema, relation.model, relation.fields, relation.referenced_model,
                        relation.references, relation.on_delete, relation.on_update, relation.fk_name)
            for relation in relations
        )
    return Table(
        name=model.db_name,
        columns=columns,
        primary_key=primary_key,
        indexes=tuple(model_index(ix) for ix in model.indexes),
        foreign_keys=foreign_keys,
        namespace=namespace_of(model.schema, dialect),
    )


def foreign_key(schema: ValidatedSchema, model_name: str, fields, referenced_model: str, references,
                on_delete, on_update, name: str) -> ForeignKey:
    model = schema.model(model_name)
    target = schema.model(referenced_model)
    return ForeignKey(
        name=name,
        columns=tuple(model.field(f).db_name for f in fields),
        referenced_table=target.db_name,
        referenced_columns=tuple(target.field(f).db_name for f in references),
        on_delete=on_delete,
        on_update=on_update,
        referenced_namespace=namespace_of(target.schema, DIALECTS[schema.provider or "postgresql"]),
    )


def _cut(text: str, limit: int) -> str:
    data = text.encode()
    if len(data) <= limit:
        return text
    return data[:limit].decode(errors="ignore")


def join_table(schema: ValidatedSchema, relation: ImplicitManyToMany, dialect: Dialect) -> Table:
    caps = dialect.capabilities
    limit = caps.max_identifier_length
    name = _cut(f"_{relation.name}", limit)
    model_a, model_b = schema.model(relation.model_a), schema.model(relation.model_b)

    def id_column(column_name: str, model: Model) -> Column:
        id_field = model.field(model.primary_key.fields[0].field)
        enum_names = {e.name: e.db_name for e in schema.enums}
        typed = dialect.column_type(id_field, enum_names.get(id_field.type_name) if id_field.is_enum else None)
        return Column(column_name, ColumnType(typed.family, typed.full_data_type, "required"))

    columns = (id_column("A", model_a), id_column("B", model_b))
    b_index = Index(_cut(name, limit - 8) + "_B_index", "normal", (IndexColumn("B"),))
    if caps.named_primary_keys:
        primary_key = PrimaryKey(_cut(name, limit - 8) + "_AB_pkey", (IndexColumn("A"), IndexColumn("B")))
        indexes: tuple[Index, ...] = (b_index,)
    else:
        primary_key = None
        unique = Index(_cut(name, limit - 10) + "_AB_unique", "unique", (IndexColumn("A"), IndexColumn("B")))
        indexes = (unique, b_index)
    foreign_keys: tuple[ForeignKey, ...] = ()
    if schema.datasource is None or schema.datasource.relation_mode == "foreignKeys":
        a_name = (_cut(name, limit - 7) if len(name) > limit - 7 else name) + "_A_fkey"
        b_name = (_cut(name, limit - 7) if len(name) >= limit - 7 else name) + "_B_fkey"
        foreign_keys = (
            ForeignKey(a_name, ("A",), model_a.db_name, (model_a.primary_key.fields[0].db_name,),
                       "Cascade", "Cascade", namespace_of(model_a.schema, dialect)),
            ForeignKey(b_name, ("B",), model_b.db_name, (model_b.primary_key.fields[0].db_name,),
                       "Cascade", "Cascade", namespace_of(model_b.schema, dialect)),
        )
    return Table(name, columns, primary_key, indexes, foreign_keys, namespace_of(model_a.schema, dialect))
