"""@id, @@id, @unique, @@unique, @@index, @@fulltext → PrimaryKey and ModelIndex with resolved names."""

from __future__ import annotations

import re

from lamina.psl import ast
from lamina.psl.validate import constraint_names
from lamina.psl.validate.arguments import Arguments
from lamina.psl.validate.context import Context
from lamina.psl.validated import IndexField, ModelIndex, PrimaryKey

_NAMED_PK_PROVIDERS = ("postgresql", "cockroachdb", "sqlserver")
_ALGORITHMS = ("BTree", "Hash", "Gist", "Gin", "SpGist", "Brin")

# How each block attribute names itself in "refers to the unknown fields" errors.
_UNKNOWN_FIELDS = {
    "id": "The multi field id declaration refers to the unknown {fields}.",
    "unique": "The unique index definition refers to the unknown fields: {fields}.",
    "index": "The index definition refers to the unknown fields: {fields}.",
    "fulltext": "The index definition refers to the unknown fields: {fields}.",
}


_JOINED_WORDS = {("min", "max"): "minmax", ("timestamp", "tz"): "timestamptz", ("time", "tz"): "timetz",
                 ("var", "bit"): "varbit", ("var", "char"): "varchar"}


def operator_class_sql(name: str) -> str:
    """A named operator class as PostgreSQL spells it: JsonbPathOps → jsonb_path_ops,
    Int4MinMaxMultiOps → int4_minmax_multi_ops, TimestampTzBloomOps → timestamptz_bloom_ops."""
    words = [w.lower() for w in re.findall(r"[A-Z][a-z]*\d*|\d+|[a-z]+\d*", name)]
    merged: list[str] = []
    for word in words:
        if merged and (merged[-1], word) in _JOINED_WORDS:
            merged[-1] = _JOINED_WORDS[(merged[-1], word)]
        else:
            merged.append(word)
    return "_".join(merged)


def _field_options(args: Arguments, item: ast.FunctionCall) -> tuple[str | None, int | None, str | None]:
    sort = length = ops = None
    for argument in item.arguments.arguments:
        value = argument.value
        match argument.name, value:
            case "sort", ast.ConstantValue(name=name) if name in ("Asc", "Desc"):
                sort = name
            case "length", ast.NumericValue(text=text) if text.isdigit():
                length = int(text)
            case "ops", ast.ConstantValue(name=name):
                ops = operator_class_sql(name)
            case "ops", ast.FunctionCall(name="raw", arguments=raw) if raw.arguments and isinstance(
                raw.arguments[0].value, ast.StringValue
            ):
                ops = raw.arguments[0].value.value
            case _:
                args.error("Invalid index field argument.", argument.span)
    return sort, length, ops


def index_fields(
    args: Arguments, expression: ast.Expression | None, model: ast.Model, db_names: dict[str, str],
    kind: str, ctx: Context,
) -> tuple[IndexField, ...] | None:
    if isinstance(expression, ast.ConstantValue | ast.FunctionCall):
        expression = ast.ArrayValue((expression,), expression.span)
    if not isinstance(expression, ast.ArrayValue):
        if expression is not None:
            args.error_expected("array", expression)
        return None
    fields: list[IndexField] = []
    unknown: list[str] = []
    relation_names: list[str] = []
    relations = {f.name: f for f in model.fields if ctx.field_kind(f.type) in ("relation", None)}
    for item in expression.items:
        match item:
            case ast.ConstantValue(name=name):
                sort = length = ops = None
            case ast.FunctionCall(name=name):
                sort, length, ops = _field_options(args, item)
            case _:
                args.error_expected("constant", item)
                return None
        if name not in db_names:
            if name in relations:
                relation_names.append(name)
            else:
                unknown.append(name)
            continue
        fields.append(IndexField(name, db_names[name], sort, length, ops))
    if relation_names:
        suggestion = [n for r in relation_names for n in _relation_scalars(relations[r])]
        what = {"id": "id", "unique": "unique index", "index": "index", "fulltext": "index"}[kind]
        label = "@@" + ("index" if kind == "fulltext" else kind)
        hint = f" Did you mean `{label}([{', '.join(suggestion)}])`?" if suggestion else ""
        ctx.error(
            f'Error validating model "{model.name}": The {what} definition refers to the relation fields '
            f"{', '.join(relation_names)}. {'ID' if kind == 'id' else 'Index'} definitions must reference "
            f"only scalar fields.{hint}",
            args.attribute.span,
        )
        return None
    if unknown:
        ctx.error(
            f'Error validating model "{model.name}": '
            + _UNKNOWN_FIELDS[kind].format(fields=_unknown_list(kind, unknown)),
            args.attribute.span,
        )
        return None
    if ctx.provider != "mysql" and any(f.length is not None for f in fields):
        _length_not_supported(args)
    return tuple(fields)


def _length_not_supported(args: Arguments) -> None:
    """Only MySQL takes `length:` on an index or primary key field."""
    where = "the primary key" if args.label in ("@id", "@@id") else "an index definition"
    args.diagnostics.error(
        f'Error parsing attribute "{args.label}": The length argument is not supported in {where} '
        "with the current connector",
        args.attribute.span,
    )


def _relation_scalars(field: ast.Field) -> list[str]:
    for attribute in field.attributes:
        if attribute.name != "relation":
            continue
        for argument in attribute.arguments.arguments:
            if argument.name == "fields" and isinstance(argument.value, ast.ArrayValue):
                return [i.name for i in argument.value.items if isinstance(i, ast.ConstantValue)]
    return []


def _unknown_list(kind: str, names: list[str]) -> str:
    if kind != "id":
        return ", ".join(names)
    quoted = ", ".join(f"`{n}`" for n in names)
    return ("field " if len(names) == 1 else "fields ") + quoted


def _map_argument(args: Arguments) -> str | None:
    value = args.take("map")
    if value is None:
        return None
    if isinstance(value, ast.StringValue):
        return value.value
    args.error_expected("string", value)
    return None


def _check_length(args: Arguments, name: str | None, label: str, ctx: Context) -> None:
    if name is not None and len(name.encode()) > ctx.name_limit:
        ctx.core_error(
            f'Error validating model "{args.model_name}": The constraint name \'{name}\' specified in the '
            f"`map` argument for the `{label}` constraint is too long for your chosen provider. The maximum "
            f"allowed length is {ctx.name_limit} bytes.",
            args.attribute.span, args.model_name, 1 if label.endswith("id") else 5,
        )


def _boolean(args: Arguments, name: str, ctx: Context | None = None) -> bool | None:
    value = args.take(name)
    if name == "clustered" and value is not None and ctx is not None and ctx.provider != "sqlserver":
        args.error("Defining clustering is not supported in the current connector.")
        return None
    if isinstance(value, ast.ConstantValue) and value.name in ("true", "false"):
        return value.name == "true"
    if value is not None:
        args.error_expected("boolean", value)
    return None


def field_primary_key(
    field: ast.Field, attribute: ast.Attribute, table: str, db_name: str, ctx: Context, model_name: str
) -> PrimaryKey:
    args = Arguments(attribute, "@id", ctx.diagnostics, model_name=model_name)
    map_name = _map_argument(args)
    sort, length = _sort_and_length(args, ctx)
    _boolean(args, "clustered", ctx)
    args.finish()
    _check_length(args, map_name, "@id", ctx)
    return PrimaryKey(
        fields=(IndexField(field.name, db_name, sort, length),),
        db_name=_pk_name(map_name, table, ctx),
        client_name=None,
        is_field_level=True,
        span=attribute.span,
    )


def _pk_name(map_name: str | None, table: str, ctx: Context) -> str | None:
    if ctx.provider not in _NAMED_PK_PROVIDERS:
        return None
    return map_name or constraint_names.primary_key_name(table, ctx.name_limit)


def _sort_and_length(args: Arguments, ctx: Context) -> tuple[str | None, int | None]:
    sort_value = args.take("sort")
    length_value = args.take("length")
    if length_value is not None and ctx.provider != "mysql":
        _length_not_supported(args)
        length_value = None
    sort = sort_value.name if isinstance(sort_value, ast.ConstantValue) else None
    length = int(length_value.text) if isinstance(length_value, ast.NumericValue) else None
    return sort, length


def block_primary_key(
    attribute: ast.Attribute, model: ast.Model, table: str, db_names: dict[str, str], ctx: Context
) -> PrimaryKey | None:
    args = Arguments(attribute, "@@id", ctx.diagnostics, default_name="fields", model_name=model.name)
    fields_value = args.take("fields", positional=True)
    name_value = args.take("name")
    map_name = _map_argument(args)
    _boolean(args, "clustered", ctx)
    args.finish()
    if fields_value is None:
        args.missing("fields")
        return None
    fields = index_fields(args, fields_value, model, db_names, "id", ctx)
    if fields is None:
        return None
    _check_length(args, map_name, "@@id", ctx)
    return PrimaryKey(
        fields=fields,
        db_name=_pk_name(map_name, table, ctx),
        client_name=name_value.value if isinstance(name_value, ast.StringValue) else None,
        is_field_level=False,
        span=attribute.span,
    )


def field_unique(
    field: ast.Field, attribute: ast.Attribute, table: str, db_name: str, ctx: Context, model_name: str
) -> ModelIndex:
    args = Arguments(attribute, "@unique", ctx.diagnostics, model_name=model_name)
    map_name = _map_argument(args)
    sort, length = _sort_and_length(args, ctx)
    clustered = _boolean(args, "clustered", ctx)
    args.finish()
    _check_length(args, map_name, "@unique", ctx)
    return ModelIndex(
        kind="unique",
        fields=(IndexField(field.name, db_name, sort, length),),
        db_name=map_name or constraint_names.unique_index_name(table, [db_name], ctx.name_limit),
        client_name=None,
        algorithm=None,
        clustered=clustered,
        is_field_level=True,
        span=attribute.span,
    )


def block_index(
    attribute: ast.Attribute, model: ast.Model, table: str, db_names: dict[str, str], ctx: Context
) -> ModelIndex | None:
    kind = {"unique": "unique", "index": "normal", "fulltext": "fulltext"}[attribute.name]
    label = "@@" + attribute.name
    args = Arguments(attribute, label, ctx.diagnostics, default_name="fields", model_name=model.name)
    fields_value = args.take("fields", positional=True)
    name_value = args.take("name")
    map_name = _map_argument(args)
    algorithm = None
    clustered = None
    if kind == "normal":
        type_value = args.take("type")
        if isinstance(type_value, ast.ConstantValue) and type_value.name in _ALGORITHMS:
            algorithm = type_value.name
        elif type_value is not None:
            args.diagnostics.error(
                f'Error parsing attribute "@index": Unknown index type: {getattr(type_value, "name", "")}.',
                type_value.span,
            )
    if kind != "fulltext":
        clustered = _boolean(args, "clustered", ctx)
    args.finish()
    if fields_value is None:
        args.missing("fields")
        return None
    fields = index_fields(args, fields_value, model, db_names, attribute.name, ctx)
    if fields is None:
        return None
    client_name = name_value.value if isinstance(name_value, ast.StringValue) else None
    if kind != "unique" and map_name is None and client_name is not None:
        map_name, client_name = client_name, None  # legacy `name:` on @@index is the database name
    _check_length(args, map_name, label, ctx)
    columns = [f.db_name for f in fields]
    generated = (
        constraint_names.unique_index_name(table, columns, ctx.name_limit)
        if kind == "unique"
        else constraint_names.index_name(table, columns, ctx.name_limit)
    )
    return ModelIndex(
        kind=kind,
        fields=fields,
        db_name=map_name or generated,
        client_name=client_name,
        algorithm=algorithm,
        clustered=clustered,
        is_field_level=False,
        span=attribute.span,
    )
