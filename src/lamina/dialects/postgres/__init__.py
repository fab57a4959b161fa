"""PostgreSQL dialect."""

from lamina.dialects.base import Capabilities, Dialect
from lamina.dialects.postgres import casts, defaults, render, types

CAPABILITIES = Capabilities(
    native_enums=True,
    namespaces=True,
    alter_column_in_place=True,
    named_foreign_keys=True,
    inline_foreign_keys=False,
    named_primary_keys=True,
    rename_index=True,
    autoincrement_changes=True,
    scalar_lists=True,
    cast_none_is_same_type=True,
    max_identifier_length=63,
    default_namespace="public",
)

DIALECT = Dialect(
    name="postgresql",
    capabilities=CAPABILITIES,
    render=render.render,
    column_type=types.column_type,
    classify_cast=casts.classify_cast,
    type_display=types.type_display,
    same_default=defaults.same_default,
)
