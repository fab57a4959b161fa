"""Every change kind issue C names has at least one case in tests/migrations with Prisma's
goldens: both providers, or PostgreSQL alone where SQLite has no such thing (native enums,
native types, index types and operator classes, extensions) and Prisma refuses the schema."""

from __future__ import annotations

from pathlib import Path

import pytest

CASES = Path(__file__).resolve().parents[1] / "migrations"
BOTH = ("postgresql", "sqlite")
PG = ("postgresql",)

# change kind → (case id, providers that must have a golden)
CHECKLIST: dict[str, tuple[str, tuple[str, ...]]] = {
    "add table": ("table_add_with_map", BOTH),
    "drop table": ("table_drop_with_map", BOTH),
    "rename table via @@map": ("rename_table_via_map", BOTH),
    "add column": ("column_add_optional_int", BOTH),
    "add required column without default": ("column_add_required_int_no_default", BOTH),
    "drop column": ("column_drop_required", BOTH),
    "rename column via @map": ("column_rename_map_to_map", BOTH),
    "add enum": ("enum_add_with_column", PG),
    "drop enum": ("enum_drop_with_column", PG),
    "rename enum via @@map": ("enum_rename_via_map", PG),
    "add enum value": ("enum_value_added_middle", PG),
    "drop enum value": ("enum_value_removed_with_default", PG),
    "rename enum value via @map": ("enum_value_renamed_via_map", PG),
    "add index": ("index_add_single", BOTH),
    "drop index": ("index_drop_composite", BOTH),
    "rename index via map:": ("index_rename_via_map", BOTH),
    "add unique": ("unique_add_composite", BOTH),
    "drop unique": ("unique_drop_composite", BOTH),
    "rename unique via map:": ("unique_rename_via_map", BOTH),
    "add primary key (composite)": ("pk_to_composite", BOTH),
    "drop/replace primary key": ("pk_moved_to_other_column", BOTH),
    "rename primary key via map:": ("pk_rename_via_map", PG),
    "add foreign key": ("fk_added_to_existing_column", BOTH),
    "drop foreign key": ("fk_dropped_keep_column", BOTH),
    "rename foreign key via map:": ("fk_rename_via_map", PG),
    "type change (cast and warning)": ("type_string_to_int", BOTH),
    "type change widening": ("type_int_to_bigint", BOTH),
    "type change: risky cast warnings (precision, scale, length)": ("cast_decimal_precision_scale", PG),
    "type change: no cast, column dropped and recreated": ("change_type", BOTH),
    "type change: list to scalar": ("cast_list_to_scalar", PG),
    "nullability: optional to required": ("nullability_optional_to_required_with_default", BOTH),
    "nullability: required to optional": ("nullability_required_to_optional_string", BOTH),
    "default added": ("default_added", BOTH),
    "default removed": ("default_removed", BOTH),
    "dbgenerated default": ("default_dbgenerated_changed", PG),
    "sequence default": ("default_sequence_secondary_column", PG),
    "autoincrement on": ("autoincrement_on_mapped_table", BOTH),
    "autoincrement off": ("autoincrement_off_bigint", PG),
    "@updatedAt added": ("updated_at_added", BOTH),
    "@updatedAt removed": ("updated_at_removed", BOTH),
    "implicit m-n added": ("m2n_added_between_existing", BOTH),
    "implicit m-n removed": ("m2n_removed_keep_models", BOTH),
    "implicit m-n renamed": ("m2n_renamed_relation", BOTH),
    "self-relation": ("self_relation_added", BOTH),
    "self m-n relation": ("self_many_to_many_added", BOTH),
    "composite id": ("composite_id_table_added_with_fk", BOTH),
    "composite foreign key": ("fk_composite_added", BOTH),
    "referential action onDelete": ("fk_on_delete_cascade", BOTH),
    "referential action onUpdate": ("fk_on_update_cascade_to_restrict", BOTH),
    "native type change": ("native_decimal_precision", PG),
    "@db.VarChar(n) up": ("varchar_grow", PG),
    "@db.VarChar(n) down": ("varchar_shrink", PG),
    "index sort": ("index_sort_changed", BOTH),
    "index type": ("index_type_hash", PG),
    "index operator class": ("index_ops_changed", PG),
    # Index `length:` is MySQL only: PostgreSQL and SQLite schemas using it are refused (P1012),
    # as tests/diff/test_index_length_refused.py checks against the real engine.
    "index types (several)": ("index_types", PG),
    "names over 63 bytes": ("index_long_name", BOTH),
    "names with quotes": ("quoted_names_everywhere", BOTH),
    "reserved words": ("reserved_word_table_and_columns", BOTH),
    "SQLite table redefinition keeping data": ("redefine_column_type_keeps_rows", BOTH),
    "PostgreSQL enum alteration": ("enum_value_added_two", PG),
}


@pytest.mark.parametrize("kind", sorted(CHECKLIST))
def test_change_kind_has_a_case_with_goldens(kind: str) -> None:
    case, providers = CHECKLIST[kind]
    folder = CASES / case
    assert (folder / "before.prisma").is_file() and (folder / "after.prisma").is_file(), f"{case} is missing"
    for provider in providers:
        assert (folder / f"{provider}.sql").is_file(), f"{case} has no {provider}.sql golden"


def test_at_least_150_cases() -> None:
    cases = [c for c in CASES.iterdir() if (c / "after.prisma").is_file()]
    assert len(cases) >= 150
