"""Where a project's schema, migrations, URLs and seed come from (PRISMA-COMPAT.md §1.2).

Precedence for every setting: command-line flag > lamina.toml > [tool.lamina] in pyproject.toml >
prisma.config.ts > the schema's datasource block. `.env` files are loaded first (from the project
root and beside the schema), as Prisma 6 does; variables already set win.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from lamina.errors import KnownError, UsageError
from lamina.project.dotenv import load_dotenv_files

DEFAULT_SCHEMA_PATHS = (Path("prisma/schema.prisma"), Path("schema.prisma"))


@dataclass
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
    shadow_database_url: str | None = None
    source: str = ""  # the file, for messages


@dataclass(frozen=True)
class Project:
    root: Path  # the working directory
    schema_path: Path  # a .prisma file or a folder of them
    migrations_dir: Path
    config_file: Path | None  # prisma.config.ts when one was read
    settings: tuple[Settings, ...]  # by precedence, highest first (flags first)

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

    def resolve(value: str | None) -> Path | None:
        return (base / value).resolve() if value else None

    return Settings(
        schema=resolve(_toml_string(path, table, "schema")),
        migrations_path=resolve(_toml_string(path, migrations, "path", "migrations.")),
        seed=_toml_string(path, migrations, "seed", "migrations."),
        url=_expand_env(_toml_string(path, datasource, "url", "datasource.")),
        shadow_database_url=_expand_env(_toml_string(path, datasource, "shadowDatabaseUrl", "datasource.")),
        source=str(path),
    )


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


def _expand_env(value: str | None) -> str | None:
    """`env("X")`-style references in TOML are written "env:X"; plain strings are kept."""
    if value and value.startswith("env:"):
        return os.environ.get(value[4:])
    return value


def _settings_from_config_ts(path: Path, strict: bool = False) -> Settings:
    from lamina.project.config_ts import config_string, parse_config_ts  # only with a prisma.config.ts

    config = parse_config_ts(path.read_text(encoding="utf-8", errors="replace"))
    base = path.parent

    def resolve(value: str | None) -> Path | None:
        return (base / value).resolve() if value else None

    return Settings(
        schema=resolve(config_string(config, "schema", path, strict)),
        migrations_path=resolve(config_string(config, "migrations.path", path, strict)),
        seed=config_string(config, "migrations.seed", path, strict),
        url=config_string(config, "datasource.url", path, strict),
        shadow_database_url=config_string(config, "datasource.shadowDatabaseUrl", path, strict),
        source=str(path),
    )


def load_project(
    cwd: Path,
    *,
    schema: str | None = None,
    config: str | None = None,
    url: str | None = None,
    shadow_database_url: str | None = None,
) -> Project:
    cwd = cwd.resolve()
    load_dotenv_files([cwd / ".env"])
    flags = Settings(
        schema=(cwd / schema).resolve() if schema else None,
        url=url,
        shadow_database_url=shadow_database_url,
        source="command line",
    )
    layers = [flags]
    for candidate in (cwd / "lamina.toml", cwd / "pyproject.toml"):
        found = _settings_from_toml(candidate)
        if found:
            layers.append(found)
    config_file = (cwd / config).resolve() if config else cwd / "prisma.config.ts"
    if config and not config_file.is_file():
        raise UsageError(f"Config file not found at {config_file}")
    if config_file.is_file():
        layers.append(_settings_from_config_ts(config_file))
    else:
        config_file = None

    schema_path = next((s.schema for s in layers if s.schema), None)
    if schema_path is None:
        schema_path = next((cwd / p for p in DEFAULT_SCHEMA_PATHS if (cwd / p).is_file()), None)
    if schema_path is None or not schema_path.exists():
        searched = (str(schema_path),) if schema_path else tuple(str(p) for p in DEFAULT_SCHEMA_PATHS)
        raise SchemaNotFound(searched)
    schema_dir = schema_path if schema_path.is_dir() else schema_path.parent
    load_dotenv_files([schema_dir / ".env"])
    # env() references in TOML/config may now resolve from the schema folder's .env too
    layers = [flags] + [
        _settings_from_toml(Path(s.source)) if s.source.endswith(".toml") else
        _settings_from_config_ts(Path(s.source), strict=True) for s in layers[1:]
    ]
    migrations_dir = next((s.migrations_path for s in layers if s.migrations_path), None)
    return Project(
        root=cwd,
        schema_path=schema_path,
        migrations_dir=migrations_dir or schema_dir / "migrations",
        config_file=config_file,
        settings=tuple(layers),
    )


def display_path(path: Path, cwd: Path) -> str:
    """A path as Prisma shows it: relative to the working directory when below it."""
    try:
        return str(path.relative_to(cwd))
    except ValueError:
        return os.path.relpath(path, cwd) if path.is_absolute() else str(path)
