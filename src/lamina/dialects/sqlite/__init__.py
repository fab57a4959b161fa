"""SQLite dialect."""

from lamina.dialects.base import Capabilities, Dialect
from lamina.dialects.sqlite import defaults, render, types

CAPABILITIES = Capabilities(
    native_enums=False,
    namespaces=False,
    alter_column_in_place=False,
    named_foreign_keys=False,
    inline_foreign_keys=True,
    named_primary_keys=False,
    rename_index=False,
    autoincrement_changes=False,
    scalar_lists=False,
    max_identifier_length=10000,
    default_namespace=None,
)

DIALECT = Dialect(
    name="sqlite",
    capabilities=CAPABILITIES,
    render=render.render,
    column_type=types.column_type,
    classify_cast=types.classify_cast,
    type_display=types.type_display,
    same_default=defaults.same_default,
)
