"""The Dialect: what the provider-neutral stages ask of a database flavour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lamina.diffing.steps import Cast, Step
from lamina.psl.validated import ScalarField
from lamina.schema.model import Column, ColumnType


@dataclass(frozen=True)
class Capabilities:
    native_enums: bool  # CREATE TYPE ... AS ENUM; otherwise enum columns are plain text
    namespaces: bool  # CREATE SCHEMA, "schema"."table"
    alter_column_in_place: bool  # False → the differ emits RedefineTables (SQLite)
    named_foreign_keys: bool  # False → FK names are rendered but ignored when diffing
    inline_foreign_keys: bool  # FKs are created inside CREATE TABLE
    named_primary_keys: bool  # CONSTRAINT "T_pkey"; renames become RenamePrimaryKey
    rename_index: bool  # ALTER INDEX ... RENAME; otherwise RedefineIndex (drop + create)
    autoincrement_changes: bool  # adding/removing autoincrement is a column change
    scalar_lists: bool  # `String[]` columns
    max_identifier_length: int
    default_namespace: str | None  # the namespace `migrate diff --from-empty` creates
    inline_indexes: bool = False  # indexes of a new table go inside CREATE TABLE (MySQL)
    rename_foreign_keys: bool = True  # False → a renamed FK is added and dropped (MySQL)
    # ALTER TABLE … RENAME COLUMN (lamina's renames); False → CHANGE old new <definition>
    # (MySQL before 8.0, MariaDB before 10.5.2)
    rename_column: bool = True
    # MySQL: the server creates an index for every foreign key. An index that disappears from
    # the target but covers a foreign key is left alone, and a foreign key whose column becomes
    # required is dropped and re-added (PRISMA-COMPAT §6.3, differ `should_skip_fk_indexes`).
    implicit_foreign_key_indexes: bool = False
    # A type change the dialect classifies as cast "none" is no change (MySQL: `TIMESTAMP` and
    # `TIMESTAMP(0)`, MariaDB's `LONGTEXT` JSON and `JSON`).
    cast_none_is_same_type: bool = False
    json_and_bytes_defaults: bool = True  # False → literal defaults of Json/Bytes columns are ignored


@dataclass(frozen=True)
class Dialect:
    name: str  # Prisma provider string
    capabilities: Capabilities
    # The SQL statements of one step (without the trailing ";"); one `match` per dialect.
    render: Callable[[Step], list[str]]
    # ValidatedSchema field → ColumnType (the calculator's question); enum_db_name is the
    # database name of the enum when the field is enum-typed.
    column_type: Callable[[ScalarField, str | None], ColumnType]
    # How a column's data survives a type change.
    classify_cast: Callable[[Column, Column], Cast]
    # How a column's type is named in data-loss warnings (`X` in "cast from `X` to `Y`").
    type_display: Callable[[Column], str]
    # Dialects without enum types (MySQL): an enum's values → the column type that inlines them.
    inline_enum_type: Callable[[tuple[str, ...]], str] | None = None
    # Two columns' defaults read by what they mean (the current time written in different words):
    # True or False where the dialect knows, None to compare them as written.
    same_default: Callable[[Column, Column], bool | None] | None = None
