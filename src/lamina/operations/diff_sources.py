"""The sides `migrate diff` compares (PRISMA-COMPAT.md §1.8): empty, a schema file, a migrations
folder (replayed on a shadow database) or a live database, each turned into a SqlSchema; Prisma 6
and 7 flags alike."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lamina.operations.context import LoadedSchema, datasource_url, read_project_schema, require_supported
from lamina.dialects import DIALECTS, Dialect, connected_dialect
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.shadow import refuse_shadow_in_use, shadow_database
from lamina.engine.shadow_cache import replayed_states, shadow_cache_for
from lamina.engine.urls import DatabaseUrl, parse_database_url
from lamina.errors import KnownError, UsageError
from lamina.migrations.directory import list_migrations, read_lock_provider
from lamina.project.project import Settings, load_project, read_config_settings
from lamina.psl.validated import ValidatedSchema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA, SqlSchema

SCHEMA_KINDS = ("schema", "schema_datamodel")
KINDS = ("empty", "schema_datamodel", "schema", "schema_datasource", "migrations", "url", "config_datasource", "local_d1")


class MissingLockFile(KnownError):
    def message(self) -> str:
        return "Could not determine the connector from the migrations directory (missing migration_lock.toml)."


class UnknownLockProvider(KnownError):
    provider: str

    def message(self) -> str:
        return ("Could not determine the connector from the migrations directory "
                f"(migration_lock.toml names the provider `{self.provider}`).")

    @property
    def hint(self) -> str | None:
        return 'Set `provider = "<name>"` in migration_lock.toml to postgresql, mysql or sqlite.'


class NeedsShadowDatabase(KnownError):
    def message(self) -> str:
        return ("You must pass the --shadow-database-url if you want to diff a migrations directory "
                "and no database URL is configured to create a temporary shadow database on.")


class ProvidersDiffer(KnownError):
    """Sides of two different providers: no SQL turns one into the other. (Prisma's engine diffs
    them anyway, in the `from` side's dialect, and exits 0.)"""

    before: str
    before_flag: str
    after: str
    after_flag: str

    def message(self) -> str:
        return (f"Cannot diff a {self.before} source ({self.before_flag}) with a {self.after} source "
                f"({self.after_flag}): both sides must use the same database provider.")


class ShadowProviderDiffers(KnownError):
    shadow: str
    migrations: str
    migrations_flag: str

    def message(self) -> str:
        return (f"The shadow database is a {self.shadow} database, but the migrations in "
                f"{self.migrations_flag} are for {self.migrations}: use a {self.migrations} shadow database.")


@dataclass(frozen=True)
class Side:
    kind: str
    value: str | bool
    direction: str = "from"  # "from" | "to"


def flag(side: Side) -> str:
    """The option a side came from (`--from-url`)."""
    return f"--{side.direction}-{side.kind.replace('_', '-')}"


def pick(options: dict[str, Any], side: str) -> Side:
    given = [Side(k, options[f"{side}_{k}"], side) for k in KINDS if options.get(f"{side}_{k}")]
    if len(given) != 1:
        raise UsageError(f"{len(given)} `--{side}-...` parameter(s) provided. 1 must be provided.")
    return given[0]


class Resolver:
    """Turns each side into a SqlSchema; remembers provider and URLs for the shadow database."""

    def __init__(self, cwd: Path, options: dict[str, Any]):
        self.cwd = cwd
        self.options = options
        self.provider: str | None = None
        self.urls: list[DatabaseUrl] = []
        self._loaded: dict[str | None, LoadedSchema] = {}
        # The dialect of each side described from a live database, as its connector sets it up.
        self.connected: dict[Side, Dialect] = {}
        self._config: Settings | None = None

    def setting(self, name: str) -> object:
        """A prisma.config.ts value, whether or not a schema is read (`--from-migrations` alone)."""
        if self._loaded:
            return next(iter(self._loaded.values())).project.setting(name)[0]
        if self._config is None:
            found = read_config_settings(Path(self.cwd).resolve(), self.options.get("config"))
            self._config = found[1] if found else Settings()
        return getattr(self._config, name)

    def _load(self, path: str | None) -> LoadedSchema:
        """Each schema is read and validated once, however many questions are asked of it."""
        if path not in self._loaded:
            project = load_project(self.cwd, schema=path, config=self.options.get("config"), url=self.options.get("url"))
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
                declared = self._project_schema(str(side.value))[1].provider
                if declared is not None:
                    require_supported(declared)
                return declared
            case "migrations":
                provider = read_lock_provider(Path(self.cwd, str(side.value)))
                if provider is None:
                    raise MissingLockFile()
                provider = "postgresql" if provider == "postgres" else provider
                if provider not in DIALECTS:  # `<PROVIDER NOT FOUND>` or a connector lamina lacks
                    raise UnknownLockProvider(provider)
                return provider
            case "url":
                return parse_database_url(str(side.value), self.cwd).provider
            case "config_datasource":
                return _required(datasource_url(self._config_loaded())).provider
        return None

    def url_of(self, side: Side) -> DatabaseUrl | None:
        match side.kind:
            case "url":
                return parse_database_url(str(side.value), self.cwd)
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
                with connect(_required(self.url_of(side))) as conn:
                    self.connected[side] = connected_dialect(conn)
                    return describe_database(conn)
            case "migrations":
                return self._replay(Path(self.cwd, str(side.value)))
            case "local_d1":
                raise UsageError("--from-local-d1 / --to-local-d1 are not supported by lamina.")
        raise UsageError(f"unknown diff side {side.kind}")

    def _replay(self, folder: Path) -> SqlSchema:
        main, shadow = self._shadow_target()
        in_use = [url for url in (*self.urls, self._datasource_url()) if url is not None]
        setting = self.setting("init_shadow_db")
        init_script = setting if isinstance(setting, str) else None
        history = list_migrations(folder)
        states = replayed_states(  # from the shadow cache when it has the state (docs/fast-dev.md)
            shadow_cache_for(folder, main, shadow, self._namespaces(), init_script),
            lambda: shadow_database(main, shadow, self._namespaces(), in_use=in_use, history=history), history,
            (len(history),),
            describe_database, DIALECTS[self.provider or "postgresql"], init_script)
        return states[len(history)]

    def _shadow_target(self) -> tuple[DatabaseUrl | None, DatabaseUrl | None]:
        """(the server a temporary shadow database is made on, the configured shadow database)."""
        shadow_flag = self.options.get("shadow_database_url")
        shadow = parse_database_url(shadow_flag, self.cwd) if shadow_flag else None
        main = next((u for u in self.urls if u.provider == self.provider), None)
        if main is None and shadow is None and self.provider != "sqlite":
            try:
                loaded = self._config_loaded()
                main = datasource_url(loaded)
                shadow = datasource_url(loaded, shadow=True)
            except KnownError:
                raise NeedsShadowDatabase() from None
        if main is None and self.provider == "sqlite":
            main = parse_database_url("file::memory:", self.cwd)
        return main, shadow

    def check_shadow_database(self, sides: tuple[Side, Side]) -> None:
        """Before any side is read: replaying migrations resets the configured shadow database,
        which must be neither the datasource's database nor a database being diffed (P3025), and
        must take the migrations' SQL (same provider)."""
        migrations = next((side for side in sides if side.kind == "migrations"), None)
        if migrations is None:
            return
        main, shadow = self._shadow_target()
        refuse_shadow_in_use(shadow, main, *self.urls, self._datasource_url())
        if shadow is not None and shadow.provider != self.provider:
            raise ShadowProviderDiffers(shadow.provider, str(self.provider), flag(migrations))

    def connection_schema(self) -> str | None:
        """The schema a PostgreSQL connection works in: the datasource URL's `?schema=`, else
        "public"; None for providers without schemas."""
        default = DIALECTS[self.provider or "postgresql"].capabilities.default_namespace
        if default is None:
            return None
        url = next((u for u in self.urls if u.provider == self.provider), None) or self._datasource_url()
        return (url.schema if url is not None and url.provider == self.provider else None) or default

    def _datasource_url(self) -> DatabaseUrl | None:
        """The project's database, when a project with a datasource URL is found."""
        try:
            return datasource_url(self._config_loaded())
        except KnownError:
            return None

    def _namespaces(self) -> tuple[str, ...]:
        """The schemas named by the schema files read (multiSchema): a configured shadow database
        is reset in each."""
        names: set[str] = set()
        for path in self._loaded:
            datasource = self._loaded[path].schema.datasource
            if datasource is not None:
                names.update(datasource.schemas)
        return tuple(sorted(names))


def _required(url: DatabaseUrl | None) -> DatabaseUrl:
    assert url is not None  # only a shadow database URL may be missing
    return url
