"""What Prisma's config file holds: the keys @prisma/config accepts (7.10.1, and 6.19's classic
engine keys), the checks `defineConfig` makes, and typed reads of an evaluated config."""

from __future__ import annotations

from pathlib import Path

from lamina.project.config_errors import ConfigFileError, ConfigLoadFailed
from lamina.project.js_values import JsObject, Unknown, spread_unknown

_ANY = "any"
# key → nested keys, None for a plain value, _ANY for a value lamina does not look into.
KEYS: dict[str, object] = {
    "schema": None,
    "datasource": {"url": None, "shadowDatabaseUrl": None, "directUrl": None},
    "migrations": {"path": None, "seed": None, "initShadowDb": None},
    "tables": {"external": None},
    "enums": {"external": None},
    "views": {"path": None},
    "typedSql": {"path": None},
    "experimental": {"externalTables": None, "extensions": None, "adapter": None, "studio": None},
    "extensions": _ANY,
    # Prisma 6 only: `engine: "classic"` with `datasource.{url, directUrl, shadowDatabaseUrl}`,
    # or `engine: "js"` with `adapter`; `studio.adapter`.
    "engine": None,
    "adapter": _ANY,
    "studio": _ANY,
}


def check_config(config: object, path: Path, shown: str, *, uses_define_config: bool) -> list[str]:
    """defineConfig's errors are raised; the returned warnings name keys Prisma does not know
    (Prisma's `defineConfig` drops them silently, and a plain exported object is refused)."""
    if not isinstance(config, dict):
        return []
    experimental = config.get("experimental")
    experimental = experimental if isinstance(experimental, dict) else {}
    gated = [("tables", "external", "externalTables"), ("migrations", "initShadowDb", "externalTables")]
    if not uses_define_config:  # the plain object's schema also checks enums.external
        gated.insert(1, ("enums", "external", "externalTables"))
    for section, key, flag in gated:
        value = config.get(section)
        if isinstance(value, dict) and _truthy_value(value.get(key)) and experimental.get(flag) is not True:
            raise ConfigLoadFailed(path, f"Error: The `{section}.{key}` configuration requires `experimental.{flag}` "
                                         "to be set to `true`.")
    if config.get("extensions") is not None and not isinstance(config.get("extensions"), Unknown) \
            and experimental.get("extensions") is not True:
        raise ConfigLoadFailed(path, "Error: The `extensions` configuration requires `experimental.extensions` to be set to `true`.")
    warnings = [f"warning: {shown}:{line}: `{key}` is not a Prisma config key; lamina ignores it."
                for key, line in _unknown_keys(config, KEYS, "")]
    datasource = config.get("datasource")
    if isinstance(datasource, JsObject) and "directUrl" in datasource and config.get("engine") != "classic":
        warnings.append(
            f"warning: {shown}:{datasource.lines.get('directUrl', 1)}: Prisma 7's config has no "
            "`datasource.directUrl` (it is Prisma 6's, with `engine: \"classic\"`); migrate commands use "
            "`datasource.url`, so lamina ignores it.")
    return warnings


def _truthy_value(value: object) -> bool:
    return value not in (None, False, "", 0) and value != []


def _unknown_keys(obj: dict, spec: dict, prefix: str) -> list[tuple[str, int]]:
    found: list[tuple[str, int]] = []
    lines = obj.lines if isinstance(obj, JsObject) else {}
    for key, value in obj.items():
        if not isinstance(key, str):
            continue
        if key not in spec:
            found.append((prefix + key, lines.get(key, 1)))
        elif isinstance(spec[key], dict) and isinstance(value, dict):
            found += _unknown_keys(value, spec[key], f"{prefix}{key}.")
    return found


def _lookup(config: object, dotted: str) -> tuple[object, int | None]:
    value: object = config
    line = None
    for part in dotted.split("."):
        if isinstance(value, Unknown):
            return value, value.line
        if not isinstance(value, dict):
            return None, line
        if part not in value:
            hidden = spread_unknown(value)
            return (hidden, hidden.line) if hidden is not None else (None, line)
        line = value.lines.get(part) if isinstance(value, JsObject) else line
        value = value[part]
    return value, line


def config_string(config: object, dotted: str, shown: str) -> str | None:
    """The string at `a.b.c`; None when absent or undefined (an unset `process.env.X`)."""
    value, line = _lookup(config, dotted)
    match value:
        case None:
            return None
        case str():
            return value
        case Unknown(code, at):
            raise ConfigFileError(f"{shown}:{at}", dotted, f"lamina cannot compute `{_quote(code)}` without running the file.")
    raise ConfigFileError(f"{shown}:{line or 1}", dotted, "expected a string.")


def config_strings(config: object, dotted: str, shown: str) -> tuple[str, ...] | None:
    """The list of strings at `a.b.c` (`tables.external`, `enums.external`)."""
    value, line = _lookup(config, dotted)
    match value:
        case None:
            return None
        case Unknown(code, at):
            raise ConfigFileError(f"{shown}:{at}", dotted, f"lamina cannot compute `{_quote(code)}` without running the file.")
        case list():
            for item in value:
                if isinstance(item, Unknown):
                    raise ConfigFileError(f"{shown}:{item.line}", dotted,
                                          f"lamina cannot compute `{_quote(item.code)}` without running the file.")
                if not isinstance(item, str):
                    raise ConfigFileError(f"{shown}:{line or 1}", dotted, "expected a list of strings.")
            return tuple(value)
    raise ConfigFileError(f"{shown}:{line or 1}", dotted, "expected a list of strings.")


def _quote(code: str) -> str:
    """The code as written; a long or multi-line expression is cut after its first line."""
    first, *rest = code.splitlines() or [""]
    if len(first) > 120:
        return first[:120] + " …"
    return first + (" …" if rest else "")
