"""What every schema-loading command does first: find the project, read and validate the schema,
resolve the datasource URL, and print Prisma's header lines."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from lamina.diagnostics import Diagnostic, Diagnostics, Span
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.errors import KnownError, SchemaValidationFailed
from lamina.project.project import Project, Settings, display_path, load_project
from lamina.psl import check_schema, read_schema_files, render_diagnostics
from lamina.psl.load import check_config
from lamina.psl.ast import SourceFile
from lamina.psl.compat import prisma6_warning
from lamina.psl.validated_schema import EnvVar, ValidatedSchema

if TYPE_CHECKING:  # loaded where used: migrate status and deploy never describe a schema
    from lamina.schema.external import ExternalObjects
    from lamina.schema.model import SqlSchema



class Notices(Protocol):
    """Where the header lines go (the CLI's Output); library callers pass None and stay silent."""

    def error_line(self, text: str = "") -> None: ...

    def dim(self, text: str) -> str: ...

    def yellow(self, text: str) -> str: ...

PRETTY_PROVIDER = {"postgresql": "PostgreSQL", "sqlite": "SQLite", "mysql": "MySQL",
                   "cockroachdb": "CockroachDB", "sqlserver": "SQL Server"}


class MissingDatasourceUrl(KnownError):
    where: str
    has_url_flag: bool = False  # the command takes --url

    def message(self) -> str:
        return (f"The datasource URL is not set. {self.where}")

    @property
    def hint(self) -> str | None:
        places = 'Set DATABASE_URL (e.g. in .env), `url = env("DATABASE_URL")` in the datasource block'
        if self.has_url_flag:
            return places + ", `datasource.url` in prisma.config.ts, or pass --url."
        return places + " or `datasource.url` in prisma.config.ts."


class NoDatasource(KnownError):
    def message(self) -> str:
        return "Couldn't find a datasource in the schema. Add a `datasource db { provider = \"...\" }` block."


@dataclass(frozen=True)
class LoadedSchema:
    project: Project
    files: list[SourceFile]
    schema: ValidatedSchema
    has_url_flag: bool = False  # the command takes --url (hints may suggest it)

    @property
    def provider(self) -> str:
        assert self.schema.datasource is not None
        return self.schema.datasource.provider

    @property
    def datasource_name(self) -> str:
        assert self.schema.datasource is not None
        return self.schema.datasource.name


def validation_error(diagnostics: Diagnostics, files: list[SourceFile], context: str = "validate wasm") -> SchemaValidationFailed:
    errors = len(diagnostics.errors)
    body = render_diagnostics(diagnostics, files)
    return SchemaValidationFailed(
        f"Prisma schema validation - ({context})\nError code: P1012\n{body}\nValidation Error Count: {errors}\n[Context: {context.split()[0]}]"
    )


def config_error(diagnostics: Diagnostics, files: list[SourceFile]) -> SchemaValidationFailed:
    """P1012 as Prisma's `getConfig` prints it: blocks two blank lines apart, no blank line before."""
    body = render_diagnostics(diagnostics, files, between="\n\n")
    return SchemaValidationFailed(
        f"Prisma schema validation - (get-config wasm)\nError code: P1012\n{body}\n"
        f"Validation Error Count: {len(diagnostics.errors)}\n[Context: getConfig]",
        after_blank_line=False,
    )


def read_project_schema(project: Project, *, config_only: bool = False) -> tuple[list[SourceFile], ValidatedSchema]:
    """The schema's files and validated schema; with `config_only`, models and enums are parsed but
    not validated (the returned schema then holds only the datasource and generators)."""
    cwd = project.root
    files = [SourceFile(display_path(Path(f.path), cwd), f.text) for f in read_schema_files(project.schema_path)]
    schema, diagnostics = (check_config if config_only else check_schema)(files)
    if schema is None or diagnostics.has_errors():
        raise (config_error if config_only else validation_error)(diagnostics, files)
    return files, schema


def announce_config(output: Notices | None, config_file: Path | None, cwd: Path, warnings: tuple[str, ...] = ()) -> None:
    """Prisma's first line on stderr when it read a prisma.config.ts (every command), then lamina's
    warnings about the config's keys (never under PRISMA_DISABLE_WARNINGS)."""
    if config_file is not None and output is not None:
        output.error_line(f"Loaded Prisma config from {display_path(config_file, cwd)}.")
        if not os.environ.get("PRISMA_DISABLE_WARNINGS"):
            for warning in warnings:
                output.error_line(output.yellow(warning))
        output.error_line()


def load_schema(output: Notices | None, cwd: Path, *, schema: str | None, config: str | None,
                url: str | None = None, shadow_database_url: str | None = None,
                announce: bool = True, config_only: bool = False, has_url_flag: bool = False,
                warn_prisma6: bool = False) -> LoadedSchema:
    """`warn_prisma6`: say that Prisma 7 refuses the schema's Prisma 6 constructs (`validate` and
    `migrate dev` say it, once per workflow; never under PRISMA_DISABLE_WARNINGS)."""
    project = load_project(cwd, schema=schema, config=config, url=url, shadow_database_url=shadow_database_url)
    if announce:
        announce_config(output, project.config_file, cwd, project.warnings)
    if announce and output is not None:
        shown = display_path(project.schema_path, cwd)
        output.error_line(output.dim(f"Prisma schema loaded from {shown}."))
    files, validated = read_project_schema(project, config_only=config_only)
    if warn_prisma6 and output is not None and not os.environ.get("PRISMA_DISABLE_WARNINGS") and (warning := prisma6_warning(validated)):
        output.error_line(output.yellow(warning))
    if validated.datasource is None:
        raise NoDatasource()
    return LoadedSchema(project, files, validated, has_url_flag)


def datasource_url(loaded: LoadedSchema, *, shadow: bool = False) -> DatabaseUrl | None:
    """The (shadow) database URL by precedence, parsed; None when no shadow URL is configured."""
    project = loaded.project
    if loaded.schema.datasource is not None:
        require_supported(loaded.provider)
    name = "shadow_database_url" if shadow else "url"
    value, source = project.setting(name)
    if value is not None:
        if not shadow and source is not None and source.direct_url:  # Prisma 6's classic config
            value = source.direct_url
        parsed = parse_database_url(value, base_dir=_base_dir(source, project))
        if (protocol := _wrong_protocol(loaded, parsed)) is not None:
            where = "the configuration" if source is None else (
                "the command line" if source.source == "command line" else source.source)
            raise UrlProtocolMismatch(protocol, where)
        return parsed
    datasource = loaded.schema.datasource
    assert datasource is not None
    if shadow:
        expr = datasource.shadow_database_url
        if isinstance(expr, EnvVar):
            expr = os.environ.get(expr.name) or None  # unset or empty: no shadow database, as Prisma
        if expr is None:
            return None
        span = datasource.span
    else:
        if datasource.url is None:
            raise MissingDatasourceUrl("No `url` in the datasource block and no `datasource.url` in the configuration.",
                                       loaded.has_url_flag)
        # Prisma 6 migrates over `directUrl` when there is one (psl's load_direct_url); `url` must
        # still resolve (getConfig checks the direct URL first, then the URL).
        direct = None
        if datasource.direct_url is not None:
            direct = _resolve_schema_url(loaded, datasource.direct_url, datasource.direct_url_span, "direct URL")
        expr = _resolve_schema_url(loaded, datasource.url, datasource.url_span, "URL")
        if direct is not None:
            expr = direct
        span = datasource.direct_url_span if direct is not None else datasource.url_span
    parsed = parse_database_url(expr, base_dir=project.schema_dir)
    if (protocol := _wrong_protocol(loaded, parsed)) is not None:
        _raise_datasource_error(loaded, protocol, span)
    return parsed


def _resolve_schema_url(loaded: LoadedSchema, expr: str | EnvVar, span: Span | None, what: str) -> str:
    """A datasource `url`/`directUrl` with env() resolved; unset or empty is getConfig's P1012."""
    if isinstance(expr, EnvVar):
        resolved = os.environ.get(expr.name)
        if resolved is None:
            _raise_datasource_error(loaded, f"Environment variable not found: {expr.name}.", span, plain=True)
        if not resolved.strip():
            _raise_datasource_error(loaded, f"You must provide a nonempty {what}. The environment variable "
                                            f"`{expr.name}` resolved to an empty string.", span)
        return resolved
    if not expr.strip():
        _raise_datasource_error(loaded, f"You must provide a nonempty {what}", span)
    return expr


def _raise_datasource_error(loaded: LoadedSchema, text: str, span: Span | None, *, plain: bool = False) -> None:
    assert loaded.schema.datasource is not None
    if not plain and not text.startswith("Error validating datasource"):
        text = f"Error validating datasource `{loaded.datasource_name}`: {text}"
    diagnostics = Diagnostics()
    diagnostics.items.append(Diagnostic(text, span or loaded.schema.datasource.span))
    raise validation_error(diagnostics, loaded.files, "get-config wasm")


# What each connector's `validate_url` requires of a datasource URL (psl builtin connectors).
_PROTOCOLS = {
    "postgresql": "`postgresql://` or `postgres://`",
    "mysql": "`mysql://`",
    "sqlite": "`file:`",
}


def _wrong_protocol(loaded: LoadedSchema, url: DatabaseUrl) -> str | None:
    """Prisma's datasource error when the URL is for another database than the schema's provider."""
    if loaded.schema.datasource is None or url.provider == loaded.provider:
        return None
    provider = loaded.provider
    return (f"Error validating datasource `{loaded.datasource_name}`: the URL must start with the "
            f"protocol {_PROTOCOLS[provider]}.")


class UnsupportedProvider(KnownError):
    provider: str

    def message(self) -> str:
        return (f"The `{self.provider}` provider is not supported by lamina: it migrates PostgreSQL, "
                "MySQL/MariaDB and SQLite databases.")

    @property
    def hint(self) -> str | None:
        return "Use Prisma's own CLI for this database; `lamina validate` and `lamina format` work with any provider."


def require_supported(provider: str) -> None:
    if provider not in _PROTOCOLS:
        raise UnsupportedProvider(provider)


class UrlProtocolMismatch(KnownError):
    text: str
    where: str

    def message(self) -> str:
        return self.text

    @property
    def hint(self) -> str | None:
        return f"The URL comes from {self.where}: use one for the schema's provider, or change `provider`."


def _base_dir(source: Settings | None, project: Project) -> Path:
    if source is None or source.source == "command line":
        return project.root
    return Path(source.source).parent


def datasource_line(loaded: LoadedSchema, url: DatabaseUrl) -> str:
    pretty = PRETTY_PROVIDER.get(url.provider, url.provider)
    name = loaded.datasource_name
    if url.provider == "sqlite":
        return f'Datasource "{name}": {pretty} database "{url.database}" at "{url.url}"'
    location = f"{url.host}:{url.port}"
    if url.provider == "postgresql":
        schemas = datasource_schemas(loaded)
        where = f'schemas "{", ".join(schemas)}"' if schemas else f'schema "{url.schema}"'
        return f'Datasource "{name}": {pretty} database "{url.database}", {where} at "{location}"'
    return f'Datasource "{name}": {pretty} database "{url.database}" at "{location}"'


def datasource_schemas(loaded: LoadedSchema) -> tuple[str, ...]:
    """The datasource's `schemas` (multiSchema) in name order, as Prisma reads and prints them."""
    return tuple(sorted(loaded.schema.datasource.schemas)) if loaded.schema.datasource else ()


def location(url: DatabaseUrl) -> str:
    return url.url if url.provider == "sqlite" else f"{url.host}:{url.port}"


def external_objects(project: Project) -> ExternalObjects:
    """prisma.config.ts's `tables.external` and `enums.external`."""
    from lamina.schema.external import ExternalObjects

    return ExternalObjects(project.setting("external_tables")[0] or (), project.setting("external_enums")[0] or ())


def external_filter(external: ExternalObjects, url: DatabaseUrl | None,
                    default_namespace: str | None) -> Callable[[SqlSchema], SqlSchema]:
    """What each side of a diff goes through: the external tables and enums left out
    (`default_namespace`: the dialect's, None where the database has no schemas)."""
    from lamina.schema.external import check_external_names, without_external

    if not external:
        return lambda schema: schema
    check_external_names(external, has_namespaces=default_namespace is not None)
    if default_namespace is not None and url is not None and url.schema:
        default_namespace = url.schema
    return lambda schema: without_external(schema, external, default_namespace)
