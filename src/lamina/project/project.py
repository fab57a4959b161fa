"""Where a project's schema, migrations, URLs and seed come from (PRISMA-COMPAT.md §1.2).

Precedence for every setting: command-line flag > lamina.toml > [tool.lamina] in pyproject.toml >
prisma.config.ts > the schema's datasource block. `.env` files are loaded first (from the project
root and beside the schema); variables already set win. Without a config file they are read as
Prisma 6 reads them (with `${VAR}` expansion); with one, the files its dotenv calls name come
first (`import "dotenv/config"`, `dotenv.config({ path })`), and all are read as dotenv reads
them, without expansion (Prisma 7 loads no `.env` itself).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lamina.errors import KnownError, UsageError
from lamina.project.dotenv import load_dotenv_file, load_dotenv_files

DEFAULT_SCHEMA_PATHS = (Path("prisma/schema.prisma"), Path("schema.prisma"))


class SchemaNotFound(KnownError):
    searched: tuple[str, ...]

    def message(self) -> str:
        paths = "\n".join(f"- {p}" for p in self.searched)
        return ("Could not find Prisma Schema that is required for this command.\n"
                f"You can either provide it with `--schema` argument,\nset it in your Prisma Config file (e.g., `prisma.config.ts`),\n"
                f"set it as `prisma.schema` in your package.json,\nor put it into the default location (`./prisma/schema.prisma`, or `./schema.prisma`.\n"
                f"Checked following paths:\n\n{paths}\n\nSee also https://pris.ly/d/prisma-schema-location")

    @property
    def hint(self) -> str | None:
        return "Run `lamina init` to create prisma/schema.prisma, or pass --schema PATH."


@dataclass(frozen=True)
class Settings:
    """Values from one configuration source, all optional. Paths are absolute."""

    schema: Path | None = None
    migrations_path: Path | None = None
    seed: str | None = None
    url: str | None = None
    direct_url: str | None = None  # Prisma 6: `directUrl`, used instead of `url` when set
    shadow_database_url: str | None = None
    external_tables: tuple[str, ...] | None = None  # prisma.config.ts `tables.external`
    external_enums: tuple[str, ...] | None = None  # prisma.config.ts `enums.external`
    init_shadow_db: str | None = None  # prisma.config.ts `migrations.initShadowDb`
    migrations_down: bool | None = None  # lamina: `[migrations] down`, migrate dev writes down.sql (docs/rollback.md)
    # lamina's own [lint] table (lamina.toml, [tool.lamina.lint]); docs/lint.md
    lint_dev: bool | None = None  # `migrate dev` lints the migration it writes (as --lint)
    lint_safe: bool | None = None  # `migrate dev` writes lock-safe plans (as --safe)
    lint_fail_on: str | None = None  # "warning" | "error" | "none": what makes `migrate lint` exit 1
    lint_lock_timeout: str | None = None  # the lock_timeout safe plans set
    lint_rules: tuple[tuple[str, str], ...] | None = None  # [lint.rules]: rule id → level
    # lamina's `targets` list (lamina.toml, [tool.lamina]): the databases of a fleet deploy; docs/fleet.md
    targets: tuple[str, ...] | None = None
    source: str = ""  # the file, for messages


@dataclass(frozen=True)
class Project:
    root: Path  # the working directory
    schema_path: Path  # a .prisma file or a folder of them
    migrations_dir: Path
    config_file: Path | None  # prisma.config.ts when one was read
    settings: tuple[Settings, ...]  # by precedence, highest first (flags first)
    warnings: tuple[str, ...] = ()  # about the configuration, printed once

    @property
    def schema_dir(self) -> Path:
        return self.schema_path if self.schema_path.is_dir() else self.schema_path.parent

    def setting(self, name: str) -> tuple[str | None, Settings | None]:
        for settings in self.settings:
            value = getattr(settings, name)
            if value is not None:
                return value, settings
        return None, None


def _lamina_table(path: Path) -> dict | None:
    if not path.is_file():
        return None
    import tomllib  # only where a TOML file exists: start-up stays cheap without one

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8", errors="replace"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"Could not parse {path}: {exc}") from None
    return data.get("tool", {}).get("lamina") if path.name == "pyproject.toml" else data


def _settings_from_toml(path: Path) -> Settings | None:
    table = _lamina_table(path)
    if not table:
        return None
    base = path.parent
    migrations = _toml_table(path, table, "migrations")
    datasource = _toml_table(path, table, "datasource")
    lint = _toml_table(path, table, "lint")
    lint_rules = _toml_table(path, lint, "rules")

    def resolve(value: str | None) -> Path | None:
        return (base / value).resolve() if value else None

    return Settings(
        schema=resolve(_toml_string(path, table, "schema")),
        migrations_path=resolve(_toml_string(path, migrations, "path", "migrations.")),
        seed=_toml_string(path, migrations, "seed", "migrations."),
        migrations_down=_toml_bool(path, migrations, "down", "migrations."),
        url=_expand_env(_toml_string(path, datasource, "url", "datasource.")),
        shadow_database_url=_expand_env(_toml_string(path, datasource, "shadowDatabaseUrl", "datasource.")),
        lint_dev=_toml_bool(path, lint, "dev", "lint."),
        lint_safe=_toml_bool(path, lint, "safe", "lint."),
        lint_fail_on=_toml_string(path, lint, "failOn", "lint."),
        lint_lock_timeout=_toml_string(path, lint, "lockTimeout", "lint."),
        lint_rules=tuple((k, _toml_string(path, lint_rules, k, "lint.rules.")) for k in lint_rules) or None,
        targets=_toml_targets(path, table),
        source=str(path),
    )


def _toml_targets(path: Path, table: dict) -> tuple[str, ...] | None:
    """`targets = ["postgresql://…", "env:TENANT_A_URL"]`, or a `[targets]` table with `urls = [...]`."""
    value = table.get("targets")
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("urls")
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise UsageError(f"Could not read {path}: `targets` must be a list of database URLs (strings).")
    return tuple(_expand_env(item) or "" for item in value)


def _toml_table(path: Path, table: object, key: str) -> dict:
    if not isinstance(table, dict):
        raise UsageError(f"Could not read {path}: the lamina settings must be a table.")
    value = table.get(key) or {}
    if not isinstance(value, dict):
        raise UsageError(f"Could not read {path}: `{key}` must be a table, like [{key}].")
    return value


def _toml_string(path: Path, table: dict, key: str, prefix: str = "") -> str | None:
    value = table.get(key)
    if value is not None and not isinstance(value, str):
        raise UsageError(f"Could not read {path}: `{prefix}{key}` must be a string.")
    return value


def _toml_bool(path: Path, table: dict, key: str, prefix: str = "") -> bool | None:
    value = table.get(key)
    if value is not None and not isinstance(value, bool):
        raise UsageError(f"Could not read {path}: `{prefix}{key}` must be true or false.")
    return value


def _expand_env(value: str | None) -> str | None:
    """`env("X")`-style references in TOML are written "env:X"; plain strings are kept."""
    if value and value.startswith("env:"):
        return os.environ.get(value[4:])
    return value


# What an unset variable reads while a given URL replaces `datasource.url` (ConfigFile.settings).
_REPLACED_URL = "lamina://replaced-by-the-given-url"


@dataclass
class ConfigFile:
    """A prisma.config.ts (or .js, .mjs, ...): parsed once, its values computed on demand."""

    path: Path
    cwd: Path
    source: object  # config_ts.ConfigSource

    @property
    def shown(self) -> str:
        return display_path(self.path, self.cwd)

    def settings(self, *, strict: bool, url_given: bool = False) -> tuple[Settings, tuple[str, ...]]:
        """The settings it gives, and warnings about keys Prisma does not know (with `strict`,
        an unset `env("X")` anywhere is Prisma's error, and defineConfig's checks run).
        `url_given`: a URL from the command line or the caller replaces `datasource.url`, so an
        unset variable that only that URL reads is no error."""
        from lamina.project.config_errors import ConfigEnvMissing
        from lamina.project.config_ts import evaluate_config
        from lamina.project.prisma_config import check_config, config_string, config_strings

        environ: Mapping[str, str] = os.environ
        first: ConfigEnvMissing | None = None
        while True:
            try:
                config, uses_define_config = evaluate_config(self.source, self.cwd, environ, strict=strict)
                break
            except ConfigEnvMissing as missing:
                if not url_given or first is not None:  # one variable at most: the URL's
                    raise
                first = missing
                environ = {**environ, missing.name: _REPLACED_URL}
        if first is not None and config_string(config, "datasource.url", self.shown) != _REPLACED_URL:
            raise first  # the unset variable feeds something else than the replaced URL
        warnings = check_config(config, self.path, self.shown, uses_define_config=uses_define_config) if strict else []
        base = self.path.parent
        shown = self.shown

        def resolve(value: str | None) -> Path | None:
            return (base / value).resolve() if value else None

        classic = config_string(config, "engine", shown) == "classic" if isinstance(config, dict) else False
        return Settings(
            schema=resolve(config_string(config, "schema", shown)),
            migrations_path=resolve(config_string(config, "migrations.path", shown)),
            seed=config_string(config, "migrations.seed", shown),
            url=config_string(config, "datasource.url", shown),
            direct_url=config_string(config, "datasource.directUrl", shown) if classic else None,
            shadow_database_url=config_string(config, "datasource.shadowDatabaseUrl", shown),
            external_tables=config_strings(config, "tables.external", shown),
            external_enums=config_strings(config, "enums.external", shown),
            init_shadow_db=config_string(config, "migrations.initShadowDb", shown),
            source=str(self.path),
        ), tuple(warnings)


def find_config_file(cwd: Path, config: str | None) -> Path | None:
    """`--config`, else the first file Prisma 7.10.1 looks for; None when there is none."""
    if config:
        path = (cwd / config).resolve()
        if not path.is_file():
            raise UsageError(f"Config file not found at {path}")
        return path
    return next((p for p in config_file_candidates(cwd) if p.is_file()), None)


def config_file_candidates(cwd: Path) -> list[Path]:
    """Where Prisma 7.10.1 looks for its config file when `--config` is not given."""
    extensions = (".js", ".ts", ".mjs", ".cjs", ".mts", ".cts")
    names = [f"prisma7.config{e}" for e in extensions] + [os.path.join(".config", f"prisma7{e}") for e in extensions]
    names += [f"prisma.config{e}" for e in extensions] + [os.path.join(".config", f"prisma{e}") for e in extensions]
    return [cwd / name for name in names]


def open_config_file(path: Path, cwd: Path) -> ConfigFile:
    """Parse the config file and load the `.env` files it loads with dotenv."""
    from lamina.project.config_ts import dotenv_loads, parse_config_file

    source = parse_config_file(path, display_path(path, cwd))
    for load in dotenv_loads(source, cwd, os.environ):
        load_dotenv_file(load.path, expand=False, override=load.override)
    return ConfigFile(path, cwd, source)


def read_config_settings(cwd: Path, config: str | None) -> tuple[Path, Settings] | None:
    """The config file's settings where there is no schema (db execute, db seed); None without
    a config file."""
    path = find_config_file(cwd, config)
    if path is None:
        return None
    config_file = open_config_file(path, cwd)
    load_dotenv_files([cwd / ".env"], expand=False)
    return path, config_file.settings(strict=True)[0]


def load_project(
    cwd: Path,
    *,
    schema: str | None = None,
    config: str | None = None,
    url: str | None = None,
    shadow_database_url: str | None = None,
) -> Project:
    cwd = cwd.resolve()
    config_path = find_config_file(cwd, config)
    config_file = open_config_file(config_path, cwd) if config_path else None
    expand = config_file is None
    load_dotenv_files([cwd / ".env"], expand=expand)
    flags = Settings(
        schema=(cwd / schema).resolve() if schema else None,
        url=url,
        shadow_database_url=shadow_database_url,
        source="command line",
    )
    toml_files = [c for c in (cwd / "lamina.toml", cwd / "pyproject.toml") if _settings_from_toml(c)]
    layers = [flags] + [_settings_from_toml(c) for c in toml_files]
    if config_file is not None:
        layers.append(config_file.settings(strict=False)[0])

    schema_path = next((s.schema for s in layers if s.schema), None)
    if schema_path is None:
        schema_path = next((cwd / p for p in DEFAULT_SCHEMA_PATHS if (cwd / p).is_file()), None)
    if schema_path is None or not schema_path.exists():
        searched = (str(schema_path),) if schema_path else tuple(str(p) for p in DEFAULT_SCHEMA_PATHS)
        raise SchemaNotFound(searched)
    schema_dir = schema_path if schema_path.is_dir() else schema_path.parent
    load_dotenv_files([schema_dir / ".env"], expand=expand)
    # env() references in TOML/config may now resolve from the schema folder's .env too
    layers = [flags] + [_settings_from_toml(c) for c in toml_files]
    warnings: tuple[str, ...] = ()
    if config_file is not None:
        settings, warnings = config_file.settings(strict=True, url_given=url is not None)
        layers.append(settings)
    migrations_dir = next((s.migrations_path for s in layers if s.migrations_path), None)
    return Project(
        root=cwd,
        schema_path=schema_path,
        migrations_dir=migrations_dir or schema_dir / "migrations",
        config_file=config_file.path if config_file else None,
        settings=tuple(layers),
        warnings=warnings,
    )


def display_path(path: Path, cwd: Path) -> str:
    """A path as Prisma shows it: relative to the working directory when below it."""
    try:
        return str(path.relative_to(cwd))
    except ValueError:
        return os.path.relpath(path, cwd) if path.is_absolute() else str(path)
