"""schema.prisma → a module of typed SQLAlchemy 2.x declarative models (`lamina generate`).

The tables come from the same calculation `migrate dev` diffs against (`schema.calculate`), so the
module's `Base.metadata.create_all()` builds the database lamina would migrate to: table, column,
constraint and index names, SQL types, defaults and referential actions. What only the schema
knows comes from the validated schema: relation fields (`relationship(back_populates=...)`),
enums as Python `enum.Enum`s, client-side defaults (`cuid()`, `uuid()`, `nanoid()`, `ulid()`,
`@updatedAt`), documentation.

As in Prisma Client, `@@ignore`d models have no class (their table is still declared, so that
`create_all` builds it), and `@ignore`d or `Unsupported` fields are columns of the table that the
class does not map. Views are not generated: Migrate does not create them either.

Output is deterministic: models, fields and enums in schema order, join tables last; a change
to one model changes only the classes that mention it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamina import __version__
from lamina.dialects.common import default_is_rendered, string_literal
from lamina.dialects.mysql import render as mysql_render
from lamina.dialects.postgres import render as postgres_render
from lamina.dialects.sqlite import render as sqlite_render
from lamina.generate import names
from lamina.generate.relations import RelationSide, overlapping, pair_counts, relation_sides
from lamina.generate.runtime import helpers_used
from lamina.generate.source import Call, Expr, Pair, Seq, call, py_string, render
from lamina.generate.types import python_type, scalar_type
from lamina.psl.validated import Enum, Model, ScalarField, ValidatedSchema
from lamina.schema.calculate import calculate_sql_schema
from lamina.diffing.steps import CreateExtension, CreateSchema
from lamina.schema.model import Column, ForeignKey, Index, SqlSchema, Table

PRETTY_PROVIDER = {"postgresql": "PostgreSQL", "mysql": "MySQL", "sqlite": "SQLite"}
DIALECT_MODULES = {"postgresql": "from sqlalchemy.dialects import postgresql as pg",
                   "mysql": "from sqlalchemy.dialects import mysql", "sqlite": None}
ACTIONS = {"Cascade": "CASCADE", "Restrict": "RESTRICT", "NoAction": "NO ACTION",
           "SetNull": "SET NULL", "SetDefault": "SET DEFAULT"}
CLIENT_DEFAULTS = {("uuid", None): "_uuid4", ("uuid", 4): "_uuid4", ("uuid", 7): "_uuid7",
                   ("cuid", None): "_cuid", ("cuid", 1): "_cuid", ("cuid", 2): "_cuid2",
                   ("ulid", None): "_ulid", ("nanoid", None): "_nanoid"}
BUILTIN_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "list"})
# Names a class body refers to besides the classes: attributes must not hide them.
CLASS_BODY_LEVEL = names.CLASS_BODY_NAMES | BUILTIN_TYPES


@dataclass(frozen=True)
class GeneratedModule:
    text: str
    models: int  # mapped classes
    enums: int


@dataclass(frozen=True)
class _Context:
    schema: ValidatedSchema
    provider: str
    tables: dict[str, Table]  # model name → its table
    join_tables: dict[str, Table]  # m-n relation name → its `_AToB` table
    sql: SqlSchema
    classes: dict[str, str]  # model or enum name → Python class name
    attributes: dict[str, dict[str, str]]  # model name → field name → attribute name
    sides: dict[tuple[str, str], RelationSide]
    pairs: dict[frozenset[str], int]
    overlaps: dict[tuple[str, str], tuple[tuple[str, str], ...]]  # (model, field) → relation fields sharing a column

    @property
    def has_foreign_keys(self) -> bool:
        datasource = self.schema.datasource
        return datasource is None or datasource.relation_mode == "foreignKeys"


def sqlalchemy_module(schema: ValidatedSchema, *, source: str = "schema.prisma") -> GeneratedModule:
    """The module text for `schema` (validated, with a PostgreSQL, MySQL or SQLite datasource)."""
    ctx = _context(schema)
    blocks = [_base_block() + _before_create(ctx)]
    blocks += [_enum_block(ctx, enum) for enum in schema.enums]
    models = [m for m in schema.models if m.kind == "model"]
    for model in models:
        blocks.append(_core_table(ctx, ctx.tables[model.name], model) if model.is_ignored
                      else _class_block(ctx, model))
    for table in ctx.join_tables.values():
        blocks.append(_core_table(ctx, table, None))
    body = "\n\n\n".join(blocks)
    helpers = helpers_used(body)
    helper_code = "\n\n\n".join(h.source.strip("\n") for h in helpers)
    code = "\n\n\n".join(part for part in (helper_code, body) if part)
    header = _header(schema, source)
    imports = _imports(code, [line for h in helpers for line in h.imports], schema.provider or "postgresql")
    text = header + "\n" + imports + "\n\n\n" + code + "\n"
    return GeneratedModule(text, sum(1 for m in models if not m.is_ignored), len(schema.enums))


def _context(schema: ValidatedSchema) -> _Context:
    provider = schema.provider or "postgresql"
    if provider not in DIALECT_MODULES:
        raise ValueError(f"no SQLAlchemy models for the {provider} provider")
    sql = calculate_sql_schema(schema)
    models = [m for m in schema.models if m.kind == "model"]
    tables = {model.name: table for model, table in zip(models, sql.tables)}
    # calculate_sql_schema appends one join table per implicit m-n relation, in schema.many_to_many's order.
    join_tables = {r.name: t for r, t in zip(schema.many_to_many, sql.tables[len(models):], strict=True)}
    classes = names.class_names([m.name for m in models], [e.name for e in schema.enums])
    classes = {name: names.unique_name(cls, BUILTIN_TYPES) for name, cls in classes.items()}
    sides = relation_sides(schema)
    attributes = {}
    for model in models:
        if model.is_ignored:
            continue
        used = set(CLASS_BODY_LEVEL)
        used |= {classes[f.type_name] for f in model.scalar_fields if f.is_enum and f.type_name in classes}
        used |= {classes[f.related_model] for f in model.relation_fields if (model.name, f.name) in sides}
        fields = [f.name for f in _mapped_fields(model)]
        fields += [f.name for f in model.relation_fields if (model.name, f.name) in sides]
        attributes[model.name] = names.attribute_names(fields, used)
    return _Context(schema, provider, tables, join_tables, sql, classes, attributes, sides, pair_counts(schema),
                    overlapping(sides))


def _mapped_fields(model: Model) -> list[ScalarField]:
    return [f for f in model.scalar_fields if not _is_unmapped(f)]


def _is_unmapped(field: ScalarField) -> bool:
    """Fields Prisma Client leaves out: `@ignore`d ones and those of an `Unsupported` type."""
    return field.is_ignored or field.unsupported_type is not None or field.type_name == "Unsupported"


# --- module frame ------------------------------------------------------------------------------

def _header(schema: ValidatedSchema, source: str) -> str:
    provider = PRETTY_PROVIDER.get(schema.provider or "", schema.provider or "")
    return (f"# Generated by lamina {__version__} from {source}: SQLAlchemy 2.x models for {provider}.\n"
            "# Do not edit: change the schema and run `lamina generate` again.\n")


_STDLIB_ORDER = ("datetime as _dt", "decimal as _decimal", "enum as _enum")


def _imports(code: str, helper_imports: list[str], provider: str) -> str:
    plain = {line.removeprefix("import ") for line in helper_imports if line.startswith("import ")}
    uses = {"datetime as _dt": "_dt.", "decimal as _decimal": "_decimal.", "enum as _enum": "_enum."}
    plain |= {module for module, prefix in uses.items() if prefix in code}
    typing = {"Any"} if re.search(r"\bAny\b", code) else set()
    typing |= {line.split(" import ")[1] for line in helper_imports if line.startswith("from typing ")}
    stdlib = [f"import {m}" for m in sorted(plain)]
    if typing:
        stdlib.append(f"from typing import {', '.join(sorted(typing))}")
    third = ["import sqlalchemy as sa"]
    dialect = DIALECT_MODULES[provider]
    if dialect and re.search(r"\b(pg|mysql)\.", code):
        third.append(dialect)
    third += sorted({line for line in helper_imports if line.startswith("from sqlalchemy")})
    orm = [n for n in ("DeclarativeBase", "Mapped", "mapped_column", "relationship") if re.search(rf"\b{n}\b", code)]
    third.append(f"from sqlalchemy.orm import {', '.join(orm)}")
    return "from __future__ import annotations\n\n" + "\n".join(stdlib) + ("\n\n" if stdlib else "") + "\n".join(third)


def _base_block() -> str:
    return ('class Base(DeclarativeBase):\n'
            '    """The declarative base: `Base.metadata` holds every table of the schema."""')


def _before_create(ctx: _Context) -> str:
    """The schemas (multiSchema) and extensions (postgresqlExtensions) lamina creates before the
    tables, run by `Base.metadata.create_all()` first."""
    steps = [CreateSchema(n) for n in ctx.sql.namespaces]
    steps += [CreateExtension(e.name, e.schema, e.version) for e in ctx.sql.extensions]
    statements = [s for step in steps for s in postgres_render.render(step)]
    if not statements:
        return ""
    lines = ['@sa.event.listens_for(Base.metadata, "before_create")',
             "def _before_create(target: sa.MetaData, connection: sa.Connection, **kw: Any) -> None:",
             '    """The schemas and extensions the tables need."""']
    for statement in statements:
        lines += render(call("connection.exec_driver_sql", py_string(statement)), "    ")
    return "\n\n\n" + "\n".join(lines)


def _docstring(text: str | None, indent: str) -> list[str]:
    if not text:
        return []
    body = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = body.split("\n")
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    return [f'{indent}"""{lines[0]}', *(f"{indent}{line}".rstrip() for line in lines[1:]), f'{indent}"""']


def _comments(text: str | None, indent: str) -> list[str]:
    return [f"{indent}#: {line}".rstrip() for line in text.strip().split("\n")] if text else []


# --- enums -------------------------------------------------------------------------------------

def _enum_block(ctx: _Context, enum: Enum) -> str:
    cls = ctx.classes[enum.name]
    lines = [f"class {cls}(_enum.Enum):"]
    doc = _docstring(enum.documentation, "    ")
    lines += doc + ([""] if doc else [])
    for value in enum.values:
        lines += _comments(value.documentation, "    ")
        lines.append(f"    {names.enum_member(value.name)} = {py_string(value.db_name)}")
    lines += ["", "", *render(_enum_type(ctx, enum), "", f"{_enum_type_name(enum)} = ")]
    return "\n".join(lines)


def _enum_type_name(enum: Enum) -> str:
    return f"_{enum.name}_type"


def _enum_type(ctx: _Context, enum: Enum) -> Expr:
    cls = ctx.classes[enum.name]
    match ctx.provider:
        case "postgresql":
            schema = enum.schema if enum.schema not in (None, "public") else None
            extra = {"schema": py_string(schema)} if schema else {}
            return call("pg.ENUM", cls, name=py_string(enum.db_name), **extra, metadata="Base.metadata",
                        values_callable="_enum_values")
        case "mysql":
            return call("mysql.ENUM", cls, values_callable="_enum_values")
    return call("_TextEnum", cls)


# --- classes -----------------------------------------------------------------------------------

def _class_block(ctx: _Context, model: Model) -> str:
    table = ctx.tables[model.name]
    lines = [f"class {ctx.classes[model.name]}(Base):"]
    lines += _docstring(model.documentation, "    ")
    if len(lines) > 1:
        lines.append("")
    lines.append(f"    __tablename__ = {py_string(table.name)}")
    args = _table_args(ctx, model, table)
    if args:
        lines += render(Seq("(", ")", tuple(args)), "    ", "__table_args__ = ")
    mapper_args = _mapper_args(ctx, model, table)
    if mapper_args:
        lines += render(Seq("{", "}", tuple(mapper_args)), "    ", "__mapper_args__ = ")
    lines.append("")
    for field, column in zip(model.scalar_fields, table.columns):
        if _is_unmapped(field):
            continue
        lines += _comments(field.documentation, "    ")
        lines += _column_attribute(ctx, model, field, column, table)
    relations = [ctx.sides[(model.name, f.name)] for f in model.relation_fields if (model.name, f.name) in ctx.sides]
    if relations:
        lines.append("")
    for side in relations:
        lines += _relationship(ctx, side)
    return "\n".join(lines)


def _mapper_args(ctx: _Context, model: Model, table: Table) -> list[Pair]:
    args = []
    if table.primary_key is None:
        # No @id: the first unique criterion identifies rows, as in Prisma Client.
        attributes = ctx.attributes[model.name]
        identity = next((ix for ix in model.indexes if ix.kind == "unique" and all(
            (f := model.field(c.field)) is not None and f.arity == "required" and not _is_unmapped(f)
            for c in ix.fields)), None)
        if identity is not None:
            key = Seq("[", "]", tuple(py_string(attributes[c.field]) for c in identity.fields))
            args.append(Pair('"primary_key"', key))
    unmapped = [c.name for f, c in zip(model.scalar_fields, table.columns) if _is_unmapped(f)]
    if unmapped:
        args.append(Pair('"exclude_properties"', Seq("[", "]", tuple(py_string(n) for n in unmapped))))
    return args


def _table_args(ctx: _Context, model: Model, table: Table) -> list[Expr]:
    args: list[Expr] = []
    if table.primary_key is not None and (table.primary_key.name is not None or len(table.primary_key.columns) > 1):
        kwargs = {"name": py_string(table.primary_key.name)} if table.primary_key.name else {}
        args.append(call("sa.PrimaryKeyConstraint", *(py_string(c.name) for c in table.primary_key.columns), **kwargs))
    args += [_foreign_key_constraint(fk) for fk in table.foreign_keys if len(fk.columns) > 1]
    for field, column in zip(model.scalar_fields, table.columns):
        if _is_unmapped(field):
            args.append(_core_column(ctx, table, column, field))
    args += [_index(index) for index in table.indexes]
    options = _table_options(ctx, table)
    if options:
        args.append(Seq("{", "}", tuple(Pair(py_string(k), v) for k, v in options.items())))
    return args


def _table_options(ctx: _Context, table: Table) -> dict[str, Expr]:
    options: dict[str, Expr] = {}
    if table.namespace:
        options["schema"] = py_string(table.namespace)
    match ctx.provider:
        case "sqlite" if _sqlite_autoincrement(table):
            options["sqlite_autoincrement"] = "True"
        case "mysql":
            options["mysql_charset"] = '"utf8mb4"'
            options["mysql_collate"] = '"utf8mb4_unicode_ci"'
    return options


def _sqlite_autoincrement(table: Table) -> bool:
    """Prisma's SQLite tables declare a lone INTEGER primary key AUTOINCREMENT."""
    pk = table.primary_key
    if pk is None or len(pk.columns) != 1:
        return False
    column = table.column(pk.columns[0].name)
    return column is not None and column.type.family == "Int"


def _index(index: Index) -> Call:
    columns: list[Expr] = [f"sa.column({py_string(c.name)}).desc()" if c.sort == "desc" else py_string(c.name)
                           for c in index.columns]
    kwargs: dict[str, Expr] = {}
    if index.kind == "unique":
        kwargs["unique"] = "True"
    if index.kind == "fulltext":
        kwargs["mysql_prefix"] = '"FULLTEXT"'
    if index.algorithm:
        kwargs["postgresql_using"] = py_string(index.algorithm)
    ops = [(c.name, c.operator_class) for c in index.columns if c.operator_class and c.sort != "desc"]
    if ops:
        kwargs["postgresql_ops"] = Seq("{", "}", tuple(Pair(py_string(n), py_string(o)) for n, o in ops))
    lengths = [(c.name, c.length) for c in index.columns if c.length is not None]
    if lengths:
        kwargs["mysql_length"] = Seq("{", "}", tuple(Pair(py_string(n), str(n_)) for n, n_ in lengths))
    return call("sa.Index", py_string(index.name), *columns, **kwargs)


def _target(fk: ForeignKey, column: str) -> str:
    table = f"{fk.referenced_namespace}.{fk.referenced_table}" if fk.referenced_namespace else fk.referenced_table
    return py_string(f"{table}.{column}")


def _fk_options(fk: ForeignKey) -> dict[str, Expr]:
    options: dict[str, Expr] = {}
    if fk.name:
        options["name"] = py_string(fk.name)
    options["ondelete"] = py_string(ACTIONS[fk.on_delete])
    options["onupdate"] = py_string(ACTIONS[fk.on_update])
    return options


def _foreign_key_constraint(fk: ForeignKey) -> Call:
    return call("sa.ForeignKeyConstraint", Seq("[", "]", tuple(py_string(c) for c in fk.columns)),
                Seq("[", "]", tuple(_target(fk, c) for c in fk.referenced_columns)), **_fk_options(fk))


def _column_foreign_keys(table: Table, column: Column) -> list[Expr]:
    return [call("sa.ForeignKey", _target(fk, fk.referenced_columns[0]), **_fk_options(fk))
            for fk in table.foreign_keys if fk.columns == (column.name,)]


def _column_type(ctx: _Context, column: Column, field: ScalarField | None) -> Expr:
    if field is not None and field.is_enum and ctx.schema.enum(field.type_name) is not None:
        base: Expr = _enum_type_name(ctx.schema.enum(field.type_name))
    else:
        base = scalar_type(ctx.provider, column)
    return call("pg.ARRAY", base) if column.is_list else base


def _column_options(ctx: _Context, table: Table, column: Column, field: ScalarField | None) -> dict[str, Expr]:
    """primary_key, autoincrement, sequences and defaults, as keyword arguments."""
    options: dict[str, Expr] = {}
    pk = table.primary_key
    in_pk = pk is not None and any(c.name == column.name for c in pk.columns)
    if in_pk:
        options["primary_key"] = "True"
        if column.auto_increment and len(pk.columns) > 1:
            options["autoincrement"] = "True"
        elif not column.auto_increment and column.type.family in ("Int", "BigInt") and not (
                ctx.provider == "sqlite" and _sqlite_autoincrement(table)):
            options["autoincrement"] = "False"
    default = field.default if field is not None else None
    if field is not None and default is not None:
        helper = CLIENT_DEFAULTS.get((default.kind, _version(default.value)))
        if default.kind == "nanoid" and default.value is not None:
            options["default"] = f"lambda: _nanoid({int(str(default.value))})"
        elif helper is not None:
            options["default"] = helper
    if field is not None and field.is_updated_at:
        now = "_now_tz" if column.type.full_data_type.startswith(("TIMESTAMPTZ", "TIMETZ")) else "_now"
        options["default"] = now
        options["onupdate"] = now
    if column.auto_increment and not in_pk and ctx.provider == "postgresql":
        sequence = postgres_render.sequence_name(table, column)
        options["server_default"] = _sql_text(f"nextval({py_quote_sql(sequence)}::regclass)")
        return {"__sequence__": call("sa.Sequence", py_string(sequence)), **options}
    if _renders_default(ctx.provider, column):
        options["server_default"] = _sql_text(_default_sql(ctx.provider, column))
    elif column.default is not None and column.default.kind == "dbgenerated" and column.default.value is None:
        options["server_default"] = "sa.FetchedValue()"
    return options


def py_quote_sql(name: str) -> str:
    """`'"name"'`: a quoted identifier inside a SQL string literal, as PostgreSQL shows regclass
    defaults."""
    return "'" + ('"' + name.replace('"', '""') + '"').replace("'", "''") + "'"


def _version(value: object) -> int | None:
    return int(str(value)) if value is not None and str(value).isdigit() else None


def _renders_default(provider: str, column: Column) -> bool:
    """Whether lamina's CREATE TABLE writes the column's default (the dialect's own rule)."""
    if provider == "mysql":
        return mysql_render.renders_default(column)
    return default_is_rendered(column.default) and not column.auto_increment


def _default_sql(provider: str, column: Column) -> str:
    assert column.default is not None
    if provider == "sqlite" and column.type.family == "Json" and column.default.kind == "value":
        # Prisma writes `DEFAULT {}`, which SQLite refuses: the models quote the JSON text.
        return string_literal(str(column.default.value))
    render_module = {"postgresql": postgres_render, "mysql": mysql_render, "sqlite": sqlite_render}[provider]
    return render_module.default_sql(column, column.default)


_BIND = re.compile(r"(?<![:\w\\]):(?=\w)")


def _sql_text(sql: str) -> Call:
    """`sa.text(...)` of SQL written as is (a `:name` would otherwise be a bind parameter)."""
    return call("sa.text", py_string(_BIND.sub(lambda m: chr(92) + ":", sql)))


def _column_attribute(ctx: _Context, model: Model, field: ScalarField, column: Column, table: Table) -> list[str]:
    attribute = ctx.attributes[model.name][field.name]
    enum = ctx.schema.enum(field.type_name) if field.is_enum else None
    annotation = python_type(field, ctx.classes[enum.name] if enum else None)
    if field.arity == "list":
        annotation = f"list[{annotation}]"
    elif field.arity == "optional":
        annotation += " | None"
    args: list[Expr] = [py_string(column.name)] if column.name != attribute else []
    options = _column_options(ctx, table, column, field)
    args.append(_column_type(ctx, column, field))
    if "__sequence__" in options:
        args.append(options.pop("__sequence__"))
    args += _column_foreign_keys(table, column)
    if column.is_list:  # Prisma creates list columns without NOT NULL
        options["nullable"] = "True"
    return render(call("mapped_column", *args, **options), "    ", f"{attribute}: Mapped[{annotation}] = ")


def _core_column(ctx: _Context, table: Table, column: Column, field: ScalarField | None) -> Call:
    options = _column_options(ctx, table, column, field)
    args: list[Expr] = [py_string(column.name), _column_type(ctx, column, field)]
    if "__sequence__" in options:
        args.append(options.pop("__sequence__"))
    args += _column_foreign_keys(table, column)
    if "primary_key" not in options:
        options = {"nullable": "False" if column.type.arity == "required" else "True", **options}
    return call("sa.Column", *args, **options)


def _core_table(ctx: _Context, table: Table, model: Model | None) -> str:
    """A table without a class: an `@@ignore`d model's, or an implicit m-n relation's."""
    fields = list(model.scalar_fields) if model is not None else [None] * len(table.columns)
    items: list[Expr] = [py_string(table.name), "Base.metadata"]
    items += [_core_column(ctx, table, column, field) for field, column in zip(fields, table.columns)]
    if table.primary_key is not None and (table.primary_key.name is not None or len(table.primary_key.columns) > 1):
        kwargs = {"name": py_string(table.primary_key.name)} if table.primary_key.name else {}
        items.append(call("sa.PrimaryKeyConstraint", *(py_string(c.name) for c in table.primary_key.columns), **kwargs))
    items += [_foreign_key_constraint(fk) for fk in table.foreign_keys if len(fk.columns) > 1]
    items += [_index(index) for index in table.indexes]
    options = _table_options(ctx, table)
    code = call("sa.Table", *items, **options)
    if model is not None:
        comment = [f"# {model.name} is @@ignore'd: no class, as in Prisma Client; its table is still created."]
    else:
        comment = ["# The join table of an implicit many-to-many relation."]
    return "\n".join(comment + render(code))


# --- relationships -----------------------------------------------------------------------------

def _relationship(ctx: _Context, side: RelationSide) -> list[str]:
    attributes = ctx.attributes[side.model]
    attribute = attributes[side.field.name]
    target = ctx.classes[side.field.related_model]
    if side.field.arity == "list":
        annotation = f"list[{target}]"
    else:
        annotation = target + (" | None" if side.field.arity == "optional" or side.kind == "back" else "")
    options: dict[str, Expr] = {}
    if side.kind == "many_to_many":
        options.update(_many_to_many_options(ctx, side))
    else:
        options.update(_inline_options(ctx, side))
    if side.partner is not None:
        options = {"back_populates": py_string(ctx.attributes[side.field.related_model][side.partner.name]),
                   **options}
    return render(call("relationship", **options), "    ", f"{attribute}: Mapped[{annotation}] = ")


def _inline_options(ctx: _Context, side: RelationSide) -> dict[str, Expr]:
    relation = side.inline
    assert relation is not None
    source = ctx.classes[relation.model]
    target = ctx.classes[relation.referenced_model]
    source_attrs = ctx.attributes[relation.model]
    target_attrs = ctx.attributes[relation.referenced_model]
    columns = [f"{source}.{source_attrs[f]}" for f in relation.fields]
    referenced = [f"{target}.{target_attrs[f]}" for f in relation.references]
    options: dict[str, Expr] = {}
    ambiguous = ctx.pairs.get(frozenset((relation.model, relation.referenced_model)), 0) > 1
    if not ctx.has_foreign_keys:
        conditions = [f"{c} == {r}" for c, r in zip(columns, referenced)]
        join = conditions[0] if len(conditions) == 1 else f"and_({', '.join(conditions)})"
        options["primaryjoin"] = py_string(join)
    if ambiguous or side.is_self_relation or not ctx.has_foreign_keys:
        options["foreign_keys"] = py_string(f"[{', '.join(columns)}]")
    if side.kind == "foreign_key" and side.is_self_relation:
        options["remote_side"] = py_string(f"[{', '.join(referenced)}]")
    if side.kind == "back":
        options.update(_delete_options(relation.on_delete, ctx.has_foreign_keys))
    others = ctx.overlaps.get((side.model, side.field.name), ())
    if others:
        attrs = sorted({ctx.attributes[model][field] for model, field in others})
        options["overlaps"] = py_string(",".join(attrs))
    return options


def _delete_options(on_delete: str, has_foreign_keys: bool) -> dict[str, Expr]:
    """What deleting the parent does to loaded children, matching the relation's onDelete: the
    database does it (foreign keys), or the session does (relationMode = "prisma")."""
    if on_delete == "Cascade":
        options: dict[str, Expr] = {"cascade": '"save-update, merge, delete"'}
        if has_foreign_keys:
            options["passive_deletes"] = "True"
        return options
    if on_delete == "SetNull":
        return {"passive_deletes": "True"} if has_foreign_keys else {}
    return {"passive_deletes": '"all"'}


def _many_to_many_options(ctx: _Context, side: RelationSide) -> dict[str, Expr]:
    many = side.many
    assert many is not None
    table = ctx.join_tables[many.name]
    secondary = f"{table.namespace}.{table.name}" if table.namespace else table.name
    options: dict[str, Expr] = {"secondary": py_string(secondary)}
    if side.is_self_relation or not ctx.has_foreign_keys:
        own, other = ("A", "B") if side.is_side_a else ("B", "A")
        this = ctx.classes[side.model]
        that = ctx.classes[side.field.related_model]
        this_id = _id_attribute(ctx, side.model)
        that_id = _id_attribute(ctx, side.field.related_model)
        options["primaryjoin"] = py_string(f"{this}.{this_id} == {table.name}.c.{own}")
        options["secondaryjoin"] = py_string(f"{that}.{that_id} == {table.name}.c.{other}")
    if ctx.has_foreign_keys:
        options["passive_deletes"] = "True"
    return options


def _id_attribute(ctx: _Context, model_name: str) -> str:
    model = ctx.schema.model(model_name)
    assert model is not None and model.primary_key is not None
    return ctx.attributes[model_name][model.primary_key.fields[0].field]

