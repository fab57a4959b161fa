"""@id, @@id, @unique, @@unique, @@index, @@fulltext → PrimaryKey and ModelIndex with resolved names."""

from __future__ import annotations

import re

from lamina.psl import ast
from lamina.psl.validate import constraint_names
from lamina.psl.validate.arguments import Arguments, expect_constant, expect_integer, expect_string
from lamina.psl.validate.context import Context
from lamina.psl.validate.partial_indexes import parse_where
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


# The operator classes `ops:` names as a constant (parser-database `OperatorClass`), by the index types
# that take them.
OPERATOR_CLASSES = {
    "InetOps": ("Gist", "SpGist"), "JsonbOps": ("Gin",), "JsonbPathOps": ("Gin",), "ArrayOps": ("Gin",),
    "TextOps": ("SpGist",), "InetInclusionOps": ("Brin",),
    **{f"{t}{kind}Ops": ("Brin",) for t in ("Bit", "VarBit") for kind in ("MinMax",)},
    **{f"{t}{kind}Ops": ("Brin",) for t in ("Bpchar", "Bytea") for kind in ("Bloom", "MinMax")},
    **{f"{t}{kind}Ops": ("Brin",)
       for t in ("Date", "Float4", "Float8", "Inet", "Int2", "Int4", "Int8", "Numeric", "Oid", "Timestamp",
                 "TimestampTz", "Time", "TimeTz", "Uuid")
       for kind in ("Bloom", "MinMax", "MinMaxMulti")},
    "TextBloomOps": ("Brin",), "TextMinMaxOps": ("Brin",),
}


def _named(arguments: tuple[ast.Argument, ...], name: str) -> ast.Argument | None:
    return next((a for a in arguments if a.name == name), None)


def _field_options(args: Arguments, item: ast.FunctionCall) -> tuple[str | None, int | None, str | None, str | None]:
    """`field(sort: ..., length: ..., ops: ...)` as Prisma reads it: other arguments are ignored,
    a negative length is dropped. Returns sort, length, operator class SQL and its PSL name."""
    arguments = item.arguments.arguments
    sort = length = ops = ops_name = None
    if (argument := _named(arguments, "sort")) is not None:
        sort = expect_constant(args, argument.value)
        if sort is not None and sort not in ("Asc", "Desc"):
            args.parser_error("Asc, Desc", argument.span)
            sort = None
    if (argument := _named(arguments, "length")) is not None:
        length = expect_integer(args, argument.value)
        if length is not None and length < 0:
            length = None
    if (argument := _named(arguments, "ops")) is not None:
        match argument.value:
            case ast.ConstantValue(name=name, span=span):
                if name in OPERATOR_CLASSES:
                    ops, ops_name = operator_class_sql(name), name
                else:
                    args.parser_error(f"Invalid operator class: {name}", span)
            case ast.FunctionCall(arguments=raw, span=span):
                if len(raw.arguments) != 1:
                    args.parser_error(f"Wrong number of arguments. Expected: 1, got: {len(raw.arguments)}", span)
                elif isinstance(raw.arguments[0].value, ast.StringValue):
                    ops = raw.arguments[0].value.value
                else:
                    args.parser_error("Invalid parameter type: expected string", span)
            case _:
                args.parser_error("operator class", argument.span)
    return sort, length, ops, ops_name


def index_fields(
    args: Arguments, expression: ast.Expression | None, model: ast.Model, db_names: dict[str, str],
    kind: str, ctx: Context,
) -> tuple[IndexField, ...] | None:
    if expression is None:
        return None
    items = expression.items if isinstance(expression, ast.ArrayValue) else (expression,)
    parsed: list[tuple[str, str | None, int | None, str | None, str | None]] = []
    for item in items:  # every item is checked before any is resolved (Prisma's coerce_array)
        match item:
            case ast.ConstantValue(name=name):
                parsed.append((name, None, None, None, None))
            case ast.FunctionCall(name=name):
                parsed.append((name, *_field_options(args, item)))
            case _:
                args.error_expected("constant literal", item)
    if len(parsed) != len(items):
        return None
    fields: list[IndexField] = []
    unknown: list[str] = []
    relation_names: list[str] = []
    relations = {f.name: f for f in model.fields if ctx.field_kind(f.type) in ("relation", None)}
    for name, sort, length, ops, ops_name in parsed:
        if name not in db_names:
            if name in relations:
                relation_names.append(name)
            else:
                unknown.append(name)
            continue
        fields.append(IndexField(name, db_names[name], sort, length, ops, ops_name))
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
    value = expect_string(args, args.take("map"))
    if value == "":
        args.attribute_error("The `map` argument cannot be an empty string.")
        return None
    return value


def _name_argument(args: Arguments, label: str | None = None) -> str | None:
    """The client name of a compound id or unique (`label`: checked to be a valid identifier)."""
    value = expect_string(args, args.take("name"))
    if value == "":
        args.attribute_error("The `name` argument cannot be an empty string.")
        return None
    if value is not None and label is not None and not re.fullmatch(r"[_a-zA-Z0-9]*", value):
        args.diagnostics.error(
            f'Error validating model "{args.model_name}": The `name` property within the `{label}` attribute '
            "only allows for the following characters: `_a-zA-Z0-9`.",
            args.attribute.span,
        )
    return value


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
    length, sort = _length_and_sort(args, ctx)
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


def _length_and_sort(args: Arguments, ctx: Context) -> tuple[int | None, str | None]:
    """`length:` and `sort:` of a field-level `@id` or `@unique`, read in Prisma's order."""
    length = expect_integer(args, args.take("length"))
    if length is not None and ctx.provider != "mysql":
        _length_not_supported(args)
        length = None
    sort = expect_constant(args, args.take("sort"))
    if sort is not None and sort not in ("Asc", "Desc"):
        args.error(f"The `sort` argument can only be `Asc` or `Desc` you provided: {sort}.")
        sort = None
    return length, sort


def block_primary_key(
    attribute: ast.Attribute, model: ast.Model, table: str, db_names: dict[str, str], ctx: Context
) -> PrimaryKey | None:
    args = Arguments(attribute, "@@id", ctx.diagnostics, default_name="fields", model_name=model.name)
    fields_value = args.take("fields", positional=True)
    if fields_value is None:
        args.missing("fields")
    fields = index_fields(args, fields_value, model, db_names, "id", ctx)
    if fields is None:  # Prisma stops here: the other arguments are left unread
        args.finish()
        return None
    map_name = _map_argument(args)
    name = _name_argument(args, "@@id")
    _boolean(args, "clustered", ctx)
    args.finish()
    _check_length(args, map_name, "@@id", ctx)
    return PrimaryKey(
        fields=fields,
        db_name=_pk_name(map_name, table, ctx),
        client_name=name,
        is_field_level=False,
        span=attribute.span,
    )


def field_unique(
    field: ast.Field, attribute: ast.Attribute, table: str, db_name: str, ctx: Context, model: ast.Model
) -> ModelIndex:
    args = Arguments(attribute, "@unique", ctx.diagnostics, model_name=model.name)
    map_name = _map_argument(args)
    length, sort = _length_and_sort(args, ctx)
    clustered = _boolean(args, "clustered", ctx)
    where = parse_where(args, args.take("where"), model, ctx)
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
        where=where,
    )


def block_index(
    attribute: ast.Attribute, model: ast.Model, table: str, db_names: dict[str, str], ctx: Context
) -> ModelIndex | None:
    kind = {"unique": "unique", "index": "normal", "fulltext": "fulltext"}[attribute.name]
    label = "@@" + attribute.name
    args = Arguments(attribute, label, ctx.diagnostics, default_name="fields", model_name=model.name)
    fields_value = args.take("fields", positional=True)
    if fields_value is None:
        args.missing("fields")
    fields = index_fields(args, fields_value, model, db_names, attribute.name, ctx)
    client_name = _name_argument(args, label if kind == "unique" else None) if kind != "fulltext" else None
    map_name = _map_argument(args)
    algorithm = None
    clustered = None
    if kind == "normal":
        if client_name is not None and map_name is not None:
            args.attribute_error(
                "The `@@index` attribute accepts the `name` argument as an alias for the `map` argument for legacy "
                "reasons. It does not accept both though. Please use the `map` argument to specify the database "
                "name of the index."
            )
            client_name = map_name = None
        type_name = expect_constant(args, args.take("type"))
        if type_name in _ALGORITHMS:
            algorithm = type_name
        elif type_name is not None:
            args.attribute_error(f"Unknown index type: {type_name}.")
    where = None
    if kind != "fulltext":
        clustered = _boolean(args, "clustered", ctx)
        where = parse_where(args, args.take("where"), model, ctx)
    args.finish()
    if fields is None:
        return None
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
        where=where,
    )
