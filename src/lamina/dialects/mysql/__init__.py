"""MySQL and MariaDB dialect."""

from dataclasses import replace

from lamina.dialects.base import Capabilities, Dialect
from lamina.dialects.mysql import defaults, render, types

CAPABILITIES = Capabilities(
    native_enums=False,
    namespaces=False,
    alter_column_in_place=True,
    named_foreign_keys=True,
    inline_foreign_keys=False,
    named_primary_keys=False,
    rename_index=True,  # MySQL ≥ 5.7, and any diff made without a server (see `for_server`)
    autoincrement_changes=True,
    scalar_lists=False,
    max_identifier_length=64,
    default_namespace=None,
    inline_indexes=True,
    rename_foreign_keys=False,
    implicit_foreign_key_indexes=True,
    cast_none_is_same_type=True,
    json_and_bytes_defaults=False,
)

DIALECT = Dialect(
    name="mysql",
    capabilities=CAPABILITIES,
    render=render.render,
    column_type=types.column_type,
    classify_cast=types.classify_cast,
    type_display=types.type_display,
    inline_enum_type=types.enum_type,
    same_default=defaults.same_default,
)

# Prisma's MySQL dialect learns the server when it connects (`Circumstances::IsMariadb`,
# `IsMysql56`); its differ then renames no index (`can_rename_index`): it creates the new one
# and drops the old one (RedefineIndex). A dialect made without a connection renames.
REDEFINING_INDEXES = replace(DIALECT, capabilities=replace(CAPABILITIES, rename_index=False))
# On MariaDB, JSON is LONGTEXT: a JSON column (described as such from its json_valid CHECK) and a
# `String @db.LongText` field are the same column (`column_type_change`: IsMariadb).
# It keeps CURRENT_TIMESTAMP's digits its own way, and reports 4-byte characters as `?`
# (dialects/mysql/defaults.py).
MARIADB = replace(REDEFINING_INDEXES, classify_cast=types.mariadb_classify_cast,
                  same_default=defaults.mariadb_same_default)


def for_server(version: str) -> Dialect:
    """The dialect Prisma's connector uses on the server that answers `SELECT VERSION()` so
    (and, for lamina's renames, whether the server knows RENAME COLUMN)."""
    if "mariadb" in version.lower():
        dialect = MARIADB
        old = _version(version) < (10, 5, 2)
    else:
        dialect = REDEFINING_INDEXES if version.startswith("5.6") else DIALECT
        old = _version(version) < (8, 0, 0)
    if old:
        return replace(dialect, capabilities=replace(dialect.capabilities, rename_column=False))
    return dialect


def _version(text: str) -> tuple[int, ...]:
    """`10.11.6-MariaDB-0+deb12u1` → (10, 11, 6); (0,) when unreadable."""
    head = text.split("-")[0]
    try:
        return tuple(int(part) for part in head.split(".")[:3])
    except ValueError:
        return (0,)
