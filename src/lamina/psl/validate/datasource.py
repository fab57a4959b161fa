"""`datasource` and `generator` blocks → Datasource, Generator."""

from __future__ import annotations

from lamina.diagnostics import Diagnostics, Span
from lamina.psl.ast import ArrayValue, ConfigBlock, ConstantValue, Expression, FunctionCall, StringValue
from lamina.psl.validated_schema import ConfigString, Datasource, EnvVar, ExtensionSpec, Generator

PROVIDERS = {
    "postgresql": "postgresql",
    "postgres": "postgresql",
    "mysql": "mysql",
    "sqlite": "sqlite",
    "sqlserver": "sqlserver",
    "cockroachdb": "cockroachdb",
    "mongodb": "mongodb",
}

_DATASOURCE_KEYS = {
    "provider", "url", "directUrl", "shadowDatabaseUrl", "relationMode", "referentialIntegrity",
    "schemas", "extensions",
}


def _config_string(value: Expression | None) -> ConfigString | None:
    match value:
        case StringValue(value=text):
            return text
        case FunctionCall(name="env", arguments=args) if args.arguments and isinstance(
            args.arguments[0].value, StringValue
        ):
            return EnvVar(args.arguments[0].value.value)
    return None


def _string_list(value: Expression | None) -> tuple[str, ...]:
    if isinstance(value, ArrayValue):
        return tuple(item.value for item in value.items if isinstance(item, StringValue))
    return ()


def _extension_names(value: Expression | None) -> tuple[str, ...]:
    if not isinstance(value, ArrayValue):
        return ()
    names = []
    for item in value.items:
        match item:
            case ConstantValue(name=name) | FunctionCall(name=name):
                names.append(name)
    return tuple(names)


def _extension_specs(value: Expression | None) -> tuple[ExtensionSpec, ...]:
    """Each extension with its `map:`, `schema:` and `version:` string arguments."""
    if not isinstance(value, ArrayValue):
        return ()
    specs = []
    for item in value.items:
        match item:
            case ConstantValue(name=name):
                specs.append(ExtensionSpec(name, name))
            case FunctionCall(name=name, arguments=args):
                named = {a.name: a.value.value for a in args.arguments
                         if a.name is not None and isinstance(a.value, StringValue)}
                specs.append(ExtensionSpec(name, named.get("map", name), named.get("schema"), named.get("version")))
    return tuple(specs)


def _unassigned(block: ConfigBlock, diagnostics: Diagnostics) -> bool:
    """`key =` without a value: reported once per block, which is then skipped."""
    for prop in block.properties:
        if prop.value is None:
            diagnostics.error(
                f"Property {prop.name} in {block.kind} {block.name} needs to be assigned a value", block.span
            )
            return True
    return False


def validate_datasources(blocks: list[ConfigBlock], diagnostics: Diagnostics) -> Datasource | None:
    datasources = [b for b in blocks if b.kind == "datasource"]
    if len(datasources) > 1:
        for block in datasources:
            diagnostics.error(
                f"Error validating datasource `{block.name}`: You defined more than one datasource. This "
                "is not allowed yet because support for multiple databases has not been implemented yet.",
                block.span,
            )
        return None
    if not datasources:
        return None
    block = datasources[0]
    if _unassigned(block, diagnostics):
        return None
    props = {p.name: p for p in block.properties}
    provider_prop = props.get("provider")
    if provider_prop is None:
        diagnostics.error(
            f'Argument "provider" is missing in data source block "{block.name}".', block.span
        )
        return None
    value = provider_prop.value
    if isinstance(value, FunctionCall) and value.name == "env":
        diagnostics.error(
            "A datasource must not use the env() function in the provider argument.", block.span
        )
        return None
    if not isinstance(value, StringValue):
        diagnostics.error(
            f"Error validating datasource `{block.name}`: The provider argument in a datasource must be a "
            "string literal",
            value.span if value else provider_prop.span,
        )
        return None
    provider = PROVIDERS.get(value.value)
    if provider is None:
        diagnostics.error(f'Datasource provider not known: "{value.value}".', value.span)
        return None
    relation_mode = "foreignKeys"
    mode_prop = props.get("relationMode") or props.get("referentialIntegrity")
    if mode_prop is not None and isinstance(mode_prop.value, StringValue):
        if mode_prop.value.value in ("foreignKeys", "prisma"):
            relation_mode = mode_prop.value.value
        else:
            diagnostics.error(
                f'Error validating datasource `relationMode`: Invalid relation mode setting: '
                f'"{mode_prop.value.value}". Supported values: "prisma", "foreignKeys"',
                block.span,
            )
    schemas_prop = props.get("schemas")
    if schemas_prop is not None and provider not in ("postgresql", "cockroachdb", "sqlserver"):
        diagnostics.error(
            "The `schemas` property is not supported on the current connector.",
            Span(schemas_prop.span.file, schemas_prop.span.start, schemas_prop.span.start + len("schemas")),
        )
    for prop in block.properties:
        if prop.name not in _DATASOURCE_KEYS:
            name_span = Span(prop.span.file, prop.span.start, prop.span.start + len(prop.name))
            diagnostics.error(f'Property not known: "{prop.name}".', name_span)
    url_prop = props.get("url")
    return Datasource(
        name=block.name,
        provider=provider,
        url=_config_string(url_prop.value) if url_prop else None,
        direct_url=_config_string(props["directUrl"].value) if "directUrl" in props else None,
        shadow_database_url=(
            _config_string(props["shadowDatabaseUrl"].value) if "shadowDatabaseUrl" in props else None
        ),
        relation_mode=relation_mode,
        schemas=_string_list(props["schemas"].value) if "schemas" in props else (),
        extensions=_extension_names(props["extensions"].value) if "extensions" in props else (),
        extension_specs=_extension_specs(props["extensions"].value) if "extensions" in props else (),
        span=block.span,
        url_span=url_prop.value.span if url_prop and url_prop.value else None,
        direct_url_span=props["directUrl"].value.span if "directUrl" in props and props["directUrl"].value else None,
    )


def _plain(value: Expression | None) -> object:
    match value:
        case StringValue(value=text):
            return text
        case ConstantValue(name=name):
            return name
        case ArrayValue(items=items):
            return tuple(_plain(i) for i in items)
        case FunctionCall() as call:
            return _config_string(call)
    return value.text if value is not None and hasattr(value, "text") else None


# Preview features Prisma 7 knows, in the order its error message lists them.
PREVIEW_FEATURES = (
    "fullTextSearchPostgres", "nativeDistinct", "partialIndexes", "postgresqlExtensions", "relationJoins",
    "schemaEngineDriverAdapters", "shardKeys", "strictUndefinedChecks", "typedSql", "views",
)
# Prisma 5/6 features since made generally available or retired: accepted silently, as Prisma 6 did.
RETIRED_PREVIEW_FEATURES = frozenset((
    "aggregateApi", "atomicNumberOperations", "clientExtensions", "cockroachdb", "connectOrCreate",
    "createMany", "dataProxy", "deno", "distinct", "driverAdapters", "extendedIndexes",
    "extendedWhereUnique", "fieldReference", "filteredRelationCount", "fullTextIndex", "fullTextSearch",
    "groupBy", "improvedQueryRaw", "interactiveTransactions", "jsonProtocol", "metrics",
    "microsoftSqlServer", "mongoDb", "multiSchema", "namedConstraints", "napi", "nativeTypes", "omitApi",
    "orderByAggregateGroup", "orderByNulls", "orderByRelation", "prismaSchemaFolder", "queryCompiler",
    "reactNative", "referentialActions", "referentialIntegrity", "selectRelationCount", "tracing",
    "transactionApi", "uncheckedScalarInputs",
))


def validate_generators(blocks: list[ConfigBlock], diagnostics: Diagnostics) -> tuple[Generator, ...]:
    generators = []
    for block in blocks:
        if block.kind != "generator":
            continue
        if _unassigned(block, diagnostics):
            continue
        props = {p.name: p for p in block.properties}
        provider = _config_string(props["provider"].value) if "provider" in props else None
        if "provider" not in props:
            diagnostics.error(
                f'Argument "provider" is missing in generator block "{block.name}".', block.span
            )
        preview = _string_list(props["previewFeatures"].value) if "previewFeatures" in props else ()
        for feature in preview:
            if feature not in PREVIEW_FEATURES and feature not in RETIRED_PREVIEW_FEATURES:
                diagnostics.error(
                    f'The preview feature "{feature}" is not known. Expected one of: '
                    + ", ".join(PREVIEW_FEATURES),
                    props["previewFeatures"].value.span,
                )
        generators.append(
            Generator(
                name=block.name,
                provider=provider if isinstance(provider, str) else (provider.name if provider else None),
                preview_features=preview,
                properties=tuple((p.name, _plain(p.value)) for p in block.properties),
                span=block.span,
            )
        )
    return tuple(generators)
