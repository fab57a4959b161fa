"""Data-loss checks: steps → warnings and unexecutable-step messages, in Prisma's words.

Without row counts (`counts=None`) the messages are the ones Prisma writes into the header of
a migration.sql; with a RowCounts (queries against the target database) they are the ones
`migrate dev` and `db push` print, and a count of 0 suppresses the message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from lamina.dialects.base import Dialect
from lamina.dialects.common import default_is_rendered
from lamina.diffing.steps import (
    AddColumn, AddPrimaryKey, AlterColumn, AlterEnum, AlterTable, CreateIndex, DropAndRecreateColumn,
    DropColumn, DropPrimaryKey, DropTable, RedefineTables, Step, TableChange,
)
from lamina.diffing.pairing import column_changes, pair_by_name, primary_key_changed
from lamina.schema.model import Column, SqlSchema, Table


class RowCounts(Protocol):
    def count_rows(self, table: str, namespace: str | None) -> int: ...
    def count_non_null(self, table: str, namespace: str | None, column: str) -> int: ...
    def count_nulls(self, table: str, namespace: str | None, column: str) -> int: ...


@dataclass
class SafetyReport:
    warnings: list[str] = field(default_factory=list)
    unexecutable: list[str] = field(default_factory=list)
    # the index, in the step list, of the step each unexecutable message is about
    unexecutable_steps: list[int] = field(default_factory=list)

    def numbered_unexecutable(self) -> list[str]:
        """`Step N <message>`, as `migrate dev` lists them (N: the step's index in the migration)."""
        return [f"Step {index} {message}" for index, message in zip(self.unexecutable_steps, self.unexecutable)]


def check_steps(steps: list[Step], before: SqlSchema, after: SqlSchema, dialect: Dialect,
                counts: RowCounts | None) -> SafetyReport:
    check = _Checker(dialect, counts)
    for index, step in enumerate(steps):
        check.step = index
        match step:
            case DropTable(table):
                check.dropped_table(table)
            case AlterTable(previous, following, changes):
                check.table_changes(previous, following, changes)
            case RedefineTables(tables):
                for redefined in tables:
                    check.table_changes(redefined.before, redefined.after,
                                        redefinition_changes(redefined.before, redefined.after, dialect))
            case CreateIndex(table, index, is_new, recreated) if index.kind == "unique" and not is_new and not recreated:
                columns = ",".join(c.name for c in index.columns)
                check.report.warnings.append(
                    f"A unique constraint covering the columns `[{columns}]` on the table `{table.name}` "
                    "will be added. If there are existing duplicate values, this will fail.")
            case AlterEnum(previous, _, _, removed) if removed:
                check.report.warnings.append(
                    f"The values [{','.join(removed)}] on the enum `{previous.name}` will be removed. "
                    "If these variants are still used in the database, this will fail.")
    return check.report


def redefinition_changes(before: Table, after: Table, dialect: Dialect) -> tuple[TableChange, ...]:
    """What a SQLite table redefinition amounts to, as AlterTable changes (for the checks only)."""
    columns = pair_by_name(sorted(before.columns, key=lambda c: c.name),
                           sorted(after.columns, key=lambda c: c.name), lambda c: c.name)
    changes: list[TableChange] = []
    retyped = {a.name for b, a in columns.common if "type" in column_changes(b, a, autoincrement_changes=False)}
    if primary_key_changed(before, after, retyped):
        if before.primary_key is not None:
            changes.append(DropPrimaryKey(before.primary_key))
        if after.primary_key is not None:
            changes.append(AddPrimaryKey(after.primary_key))
    changes += [DropColumn(c) for c in columns.removed]
    changes += [AddColumn(c) for c in columns.added]
    for b, a in columns.common:
        kinds = column_changes(b, a, autoincrement_changes=False, same_default=dialect.same_default)
        if kinds:
            cast = dialect.classify_cast(b, a) if "type" in kinds else "none"
            changes.append(AlterColumn(b, a, kinds, cast))
    return tuple(changes)


class _Checker:
    def __init__(self, dialect: Dialect, counts: RowCounts | None) -> None:
        self.dialect = dialect
        self.counts = counts
        self.report = SafetyReport()
        self.step = 0

    def warn(self, text: str) -> None:
        self.report.warnings.append(text)

    def block(self, text: str) -> None:
        self.report.unexecutable.append(text)
        self.report.unexecutable_steps.append(self.step)

    def dropped_table(self, table: Table) -> None:
        if self.counts is None:
            self.warn(f"You are about to drop the `{table.name}` table. If the table is not empty, "
                      "all the data it contains will be lost.")
        elif (rows := self.counts.count_rows(table.name, table.namespace)) > 0:
            self.warn(f"You are about to drop the `{table.name}` table, which is not empty ({rows} rows).")

    def rows(self, table: Table) -> int:
        assert self.counts is not None
        return self.counts.count_rows(table.name, table.namespace)

    def non_null(self, table: Table, column: Column) -> int:
        assert self.counts is not None
        return self.counts.count_non_null(table.name, table.namespace, column.name)

    def table_changes(self, before: Table, after: Table, changes: tuple[TableChange, ...]) -> None:
        name = before.name
        if any(isinstance(c, DropPrimaryKey) for c in changes) or (
                any(isinstance(c, AddPrimaryKey) for c in changes) and before.primary_key is not None):
            self.warn(f"The primary key for the `{name}` table will be changed. If it partially fails, "
                      "the table could be left without primary key constraint.")
        for change in changes:
            match change:
                case DropColumn(column):
                    self.dropped_column(before, column)
                case AddColumn(column):
                    self.added_column(before, column)
                case AlterColumn():
                    self.altered_column(before, change)
                case DropAndRecreateColumn(_, column):
                    self.recreated_column(before, column)

    def dropped_column(self, table: Table, column: Column) -> None:
        prefix = f"You are about to drop the column `{column.name}` on the `{table.name}` table"
        if self.counts is None:
            self.warn(f"{prefix}. All the data in the column will be lost.")
        elif (n := self.non_null(table, column)) > 0:
            self.warn(f"{prefix}, which still contains {n} non-null values.")

    def added_column(self, table: Table, column: Column) -> None:
        if column.type.arity != "required" or default_is_rendered(column.default) or column.auto_increment:
            return
        if self.counts is None:
            rows_text = "This is not possible if the table is not empty."
        elif (rows := self.rows(table)) > 0:
            rows_text = f"There are {rows} rows in this table, it is not possible to execute this step."
        else:
            return
        if column.has_prisma_level_default:
            self.block(f"The required column `{column.name}` was added to the `{table.name}` table with a "
                       f"prisma-level default value. {rows_text} Please add this column as optional, then "
                       "populate it before making it required.")
        else:
            self.block(f"Added the required column `{column.name}` to the `{table.name}` table without a "
                       f"default value. {rows_text}")

    def altered_column(self, table: Table, change: AlterColumn) -> None:
        before, after = change.before, change.after
        caps = self.dialect.capabilities
        if "arity" in change.changes and before.is_nullable and after.type.arity == "required":
            if caps.alter_column_in_place or not default_is_rendered(after.default):
                self.made_required(table, after)
        if "arity" in change.changes and not before.is_list and after.is_list:
            self.made_list(table, after)
        if "type" in change.changes and change.cast in ("risky", "not_castable"):
            self.cast(table, change)

    def made_required(self, table: Table, column: Column) -> None:
        prefix = f"Made the column `{column.name}` on table `{table.name}` required"
        if self.counts is None:
            self.block(f"{prefix}. This step will fail if there are existing NULL values in that column.")
        elif (n := self.counts.count_nulls(table.name, table.namespace, column.name)) > 0:
            self.block(f"{prefix}, but there are {n} existing NULL values.")

    def made_list(self, table: Table, column: Column) -> None:
        prefix = f"Changed the column `{column.name}` on the `{table.name}` table from a scalar field to a list field."
        if self.counts is None:
            self.block(f"{prefix} If there are non-null values in that column, this step will fail.")
        elif (n := self.non_null(table, column)) > 0:
            self.block(f"{prefix} There are {n} existing non-null values in that column, this step cannot be executed.")

    def cast(self, table: Table, change: AlterColumn) -> None:
        display = self.dialect.type_display
        cast_text = (f"The data in that column will be cast from `{display(change.before)}` "
                     f"to `{display(change.after)}`.")
        suffix = " This cast may fail. Please make sure the data in the column can be cast." \
            if change.cast == "not_castable" else ""
        prefix = f"You are about to alter the column `{change.after.name}` on the `{table.name}` table"
        if self.counts is None:
            self.warn(f"{prefix}. The data in that column could be lost. {cast_text}{suffix}")
        elif (n := self.non_null(table, change.before)) > 0:
            self.warn(f"{prefix}, which contains {n} non-null values. {cast_text}{suffix}")

    def recreated_column(self, table: Table, column: Column) -> None:
        # A required column with a SQL default can be recreated on a table with rows: a warning.
        if column.type.arity == "required" and column.default is None:
            prefix = (f"Changed the type of `{column.name}` on the `{table.name}` table. No cast exists, "
                      "the column would be dropped and recreated, which cannot be done")
            if self.counts is None:
                self.block(f"{prefix} if there is data, since the column is required.")
            elif self.rows(table) > 0:
                self.block(f"{prefix} since the column is required and there is data in the table.")
            return
        prefix = f"The `{column.name}` column on the `{table.name}` table would be dropped and recreated."
        if self.counts is None:
            self.warn(f"{prefix} This will lead to data loss if there is data in the column.")
        elif self.non_null(table, column) > 0:
            self.warn(f"{prefix} This will lead to data loss.")
