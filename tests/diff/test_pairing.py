"""Differ decisions on hand-built schemas: what counts as a change, what pairs as a rename."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.pairing import column_changes, defaults_match
from lamina.diffing.steps import AlterTable, CreateIndex, DropIndex, RenameForeignKey, RenameIndex
from lamina.schema.model import (
    Column, ColumnDefault, ColumnType, ForeignKey, Index, IndexColumn, PrimaryKey, SqlSchema, Table,
)

PG = DIALECTS["postgresql"]


def col(family="String", sql="TEXT", arity="required", default=None, **kw) -> Column:
    return Column("c", ColumnType(family, sql, arity), default, **kw)


def value(v) -> ColumnDefault:
    return ColumnDefault("value", v)


@pytest.mark.parametrize(("before", "after", "expected"), [
    (col(), col(), set()),
    (col(), col(arity="nullable"), {"arity"}),
    (col(), col(default=value("x")), {"default"}),
    (col("Int", "INTEGER"), col("BigInt", "BIGINT"), {"type"}),
    (col("Int", "INTEGER", auto_increment=True), col("Int", "INTEGER"), {"autoincrement"}),
    (col("DateTime", "TIMESTAMP(3)", default=value("2020-01-01")),
     col("DateTime", "TIMESTAMP(3)", default=value("2024-01-01")), set()),
    (col("Json", "JSONB", default=value('{"a": 1}')), col("Json", "JSONB", default=value('{"a":1}')), set()),
    (col(default=ColumnDefault("dbgenerated", "now()")), col(default=ColumnDefault("dbgenerated", None)), set()),
    (col(default=ColumnDefault("dbgenerated", "NOW()")), col(default=ColumnDefault("dbgenerated", "now()")), set()),
    (col(default=ColumnDefault("sequence", "s")), col(), set()),
    (col("Int", "INTEGER", default=value(3)), col("Int", "INTEGER", default=value(3)), set()),
    (col("Enum", "Role", default=value("A")), col("Enum", "Role", default=value("B")), {"default"}),
], ids=["no-change", "nullable", "add-default", "int-to-bigint", "autoincrement-off", "datetime-default-ignored",
        "json-compared-parsed", "dbgenerated-no-arg-matches", "dbgenerated-case-insensitive",
        "sequence-to-none", "same-int", "enum-default"])
def test_column_changes(before: Column, after: Column, expected: set[str]) -> None:
    assert set(column_changes(before, after, autoincrement_changes=True)) == expected


def test_dbgenerated_without_argument_matches_a_missing_default() -> None:
    assert defaults_match(col(), col(default=ColumnDefault("dbgenerated", None)))


def table(*indexes: Index, fks: tuple[ForeignKey, ...] = (), name="T") -> Table:
    columns = tuple(Column(n, ColumnType("Int", "INTEGER")) for n in ("id", "a", "b", "A", "B"))
    return Table(name, columns, PrimaryKey(f"{name}_pkey", (IndexColumn("id"),)), indexes, fks)


def index(name: str, *columns: str, kind="normal") -> Index:
    return Index(name, kind, tuple(IndexColumn(c) for c in columns))


def steps_between(before: Table, after: Table) -> list:
    return diff_schemas(SqlSchema(tables=(before,)), SqlSchema(tables=(after,)), PG)


def test_same_shape_new_name_is_a_rename() -> None:
    steps = steps_between(table(index("old", "a")), table(index("new", "a")))
    assert [type(s) for s in steps] == [RenameIndex]


def test_sort_order_difference_is_drop_and_create() -> None:
    desc = Index("i", "normal", (IndexColumn("a", "desc"),))
    steps = steps_between(table(index("i", "a")), table(desc))
    assert [type(s) for s in steps] == [DropIndex, CreateIndex]


def test_ambiguous_duplicate_indexes_are_never_renamed() -> None:
    steps = steps_between(table(index("x", "a"), index("y", "a")), table(index("z", "a")))
    assert not any(isinstance(s, RenameIndex) for s in steps)


def test_foreign_key_rename_is_ignored_on_implicit_many_to_many_tables() -> None:
    fk = ForeignKey("_AB_A_fkey", ("A",), "T", ("id",), "Cascade", "Cascade")
    before = replace(table(fks=(fk,), name="_AB"), columns=table().columns[3:])
    after = replace(before, foreign_keys=(replace(fk, name="_AB_A_fkey_renamed"),))
    assert steps_between(before, after) == []


def test_foreign_key_rename_elsewhere() -> None:
    fk = ForeignKey("T_a_fkey", ("a",), "T", ("id",))
    steps = steps_between(table(fks=(fk,)), table(fks=(replace(fk, name="renamed"),)))
    assert [type(s) for s in steps] == [RenameForeignKey]


def test_sqlite_ignores_foreign_key_names() -> None:
    fk = ForeignKey("T_a_fkey", ("a",), "T", ("id",))
    before, after = table(fks=(fk,)), table(fks=(replace(fk, name="renamed"),))
    assert diff_schemas(SqlSchema(tables=(before,)), SqlSchema(tables=(after,)), DIALECTS["sqlite"]) == []


def test_primary_key_rename_only() -> None:
    after = replace(table(), primary_key=PrimaryKey("pk", (IndexColumn("id"),)))
    (step,) = steps_between(table(), after)
    assert isinstance(step, AlterTable)
