"""`lamina migrate diff` (PRISMA-COMPAT.md §1.8): compare any two of empty, a schema file, a
migrations folder (replayed on a shadow database) and a live database; Prisma 6 and 7 flags."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from lamina.cli.main import EXIT_DIFF_FOUND, Env
from lamina.cli.output import Output
from lamina.commands.context import LoadedSchema, datasource_url, read_project_schema, require_supported
from lamina.dialects import DIALECTS, Dialect, connected_dialect
from lamina.diff.differ import diff_schemas
from lamina.diff.script import render_script
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.shadow import replay_migrations, shadow_database
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.errors import KnownError, UsageError
from lamina.migrations.directory import list_migrations, read_lock_provider
from lamina.project.project import load_project
from lamina.psl.validated import ValidatedSchema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA, SqlSchema
from lamina.schema.namespaces import qualify_for_target

SCHEMA_KINDS = ("schema", "schema_datamodel")
KINDS = ("empty", "schema_datamodel", "schema", "schema_datasource", "migrations", "url", "config_datasource", "local_d1")


@dataclass
class MissingLockFile(KnownError):
    def message(self) -> str:
        return "Could not determine the connector from the migrations directory (missing migration_lock.toml)."


@dataclass
class UnknownLockProvider(KnownError):
    provider: str

    def message(self) -> str:
        return ("Could not determine the connector from the migrations directory "
                f"(migration_lock.toml names the provider `{self.provider}`).")

    @property
    def hint(self) -> str | None:
        return 'Set `provider = "<name>"` in migration_lock.toml to postgresql, mysql or sqlite.'


@dataclass
class NeedsShadowDatabase(KnownError):
    def message(self) -> str:
        return ("You must pass the --shadow-database-url if you want to diff a migrations directory "
                "and no database URL is configured to create a temporary shadow database on.")


@dataclass(frozen=True)
class Side:
    kind: str
    value: str | bool


def _pick(options: dict, side: str) -> Side | None:
    given = [Side(k, options[f"{side}_{k}"]) for k in KINDS if options.get(f"{side}_{k}")]
    if len(given) != 1:
        raise UsageError(f"{len(given)} `--{side}-...` parameter(s) provided. 1 must be provided.")
    return given[0]


class _Resolver:
    """Turns each side into a SqlSchema; remembers provider and URLs for the shadow database."""

    def __init__(self, env: Env, options: dict):
        self.env = env
        self.options = options
        self.provider: str | None = None
        self.urls: list[DatabaseUrl] = []
        self._loaded: dict[str | None, LoadedSchema] = {}
        # The dialect of each side described from a live database, as its connector sets it up.
        self.connected: dict[Side, Dialect] = {}

    def _load(self, path: str | None) -> LoadedSchema:
        """Each schema is read and validated once, however many questions are asked of it."""
        if path not in self._loaded:
            project = load_project(self.env.cwd, schema=path, config=self.options.get("config"))
            files, schema = read_project_schema(project)
            self._loaded[path] = LoadedSchema(project, files, schema)
        return self._loaded[path]

    def _project_schema(self, path: str) -> tuple[LoadedSchema, ValidatedSchema]:
        loaded = self._load(path)
        return loaded, loaded.schema

    def _config_loaded(self) -> LoadedSchema:
        return self._load(self.options.get("schema"))

    def provider_of(self, side: Side) -> str | None:
        match side.kind:
            case "schema_datamodel" | "schema" | "schema_datasource":
                provider = self._project_schema(str(side.value))[1].provider
                if provider is not None:
                    require_supported(provider)
                return provider
            case "migrations":
                provider = read_lock_provider(Path(self.env.cwd, str(side.value)))
                if provider is None:
                    raise MissingLockFile()
                provider = "postgresql" if provider == "postgres" else provider
                if provider not in DIALECTS:  # `<PROVIDER NOT FOUND>` or a connector lamina lacks
                    raise UnknownLockProvider(provider)
                return provider
            case "url":
                return parse_database_url(str(side.value), self.env.cwd).provider
            case "config_datasource":
                return datasource_url(self._config_loaded()).provider
        return None

    def url_of(self, side: Side) -> DatabaseUrl | None:
        match side.kind:
            case "url":
                return parse_database_url(str(side.value), self.env.cwd)
            case "schema_datasource":
                return datasource_url(self._project_schema(str(side.value))[0])
            case "config_datasource":
                return datasource_url(self._config_loaded())
        return None

    def schema_of(self, side: Side) -> SqlSchema:
        match side.kind:
            case "empty":
                return EMPTY_SCHEMA
            case "schema_datamodel" | "schema":
                return calculate_sql_schema(self._project_schema(str(side.value))[1])
            case "url" | "schema_datasource" | "config_datasource":
                url = self.url_of(side)
                with connect(url) as conn:
                    self.connected[side] = connected_dialect(conn)
                    return describe_database(conn)
            case "migrations":
                return self._replay(Path(self.env.cwd, str(side.value)))
            case "local_d1":
                raise UsageError("--from-local-d1 / --to-local-d1 are not supported by lamina.")
        raise UsageError(f"unknown diff side {side.kind}")

    def _replay(self, folder: Path) -> SqlSchema:
        shadow_flag = self.options.get("shadow_database_url")
        shadow = parse_database_url(shadow_flag, self.env.cwd) if shadow_flag else None
        main = next((u for u in self.urls if u.provider == self.provider), None)
        if main is None and shadow is None and self.provider != "sqlite":
            try:
                loaded = self._config_loaded()
                main = datasource_url(loaded)
                shadow = datasource_url(loaded, shadow=True)
            except KnownError:
                raise NeedsShadowDatabase() from None
        if main is None and self.provider == "sqlite":
            main = parse_database_url("file::memory:", self.env.cwd)
        with shadow_database(main or shadow, shadow) as conn:
            replay_migrations(conn, list_migrations(folder))
            return describe_database(conn)


def run(env: Env, **options) -> int:
    before_side, after_side = _pick(options, "from"), _pick(options, "to")
    resolver = _Resolver(env, options)
    resolver.provider = resolver.provider_of(before_side) or resolver.provider_of(after_side) or "postgresql"
    resolver.urls = [u for u in (resolver.url_of(before_side), resolver.url_of(after_side)) if u]
    target_is_calculated = after_side.kind in SCHEMA_KINDS
    before, after = qualify_for_target(resolver.schema_of(before_side), resolver.schema_of(after_side),
                                       target_is_calculated=target_is_calculated)
    if not target_is_calculated:
        # Extensions are created only when a schema file asks for them; Prisma never creates the
        # ones a live database happens to hold (plpgsql...).
        after = replace(after, extensions=())
    # Prisma diffs with the `from` side's dialect (or the `to` side's when `from` is empty); only a
    # dialect that connected knows its server (MySQL: MariaDB renames no index).
    chosen = after_side if before_side.kind == "empty" else before_side
    dialect = resolver.connected.get(chosen) or DIALECTS[resolver.provider]
    # Only `--from-empty` creates the default schema (a schema file without models, an empty
    # database or an empty history already has it), and only when there is something to create.
    steps = diff_schemas(before, after, dialect,
                         create_default_namespace="with_others" if before_side.kind == "empty" else False)
    if options.get("script"):
        text = render_script(steps, dialect)
    else:
        from lamina.diff.summary import summarize

        text = summarize(steps, before, after)
    if not text.endswith("\n"):  # the engine ends the text with a newline...
        text += "\n"
    text += "\n"  # ...and the CLI prints it as a line of its own (stdout and --output alike)
    _emit(env.output, text, options.get("output_file"), env.cwd)
    return EXIT_DIFF_FOUND if options.get("exit_code") and steps else 0


def _emit(output: Output, text: str, path: str | None, cwd: Path) -> None:
    if path:
        target = Path(cwd, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    else:
        output.out.write(text)
        output.out.flush()
