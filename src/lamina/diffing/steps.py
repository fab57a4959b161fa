"""Migration steps: what the differ decides and every dialect renders.

Class names equal the `-- <StepName>` headers Prisma writes into migration.sql. A step carries
the tables it touches (before and/or after) so that a renderer needs nothing else. Steps are never
changed once built; like the schema model's classes they are slotted, hashable dataclasses rather than
`frozen=True` ones, which are slower to define (every `migrate dev` defines these classes) and to build.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from lamina.schema.model import Column, Enum, ForeignKey, Index, PrimaryKey, Table

ColumnChange = Literal["arity", "default", "type", "autoincrement"]
Cast = Literal["none", "safe", "risky", "not_castable"]


# --- changes inside one AlterTable -------------------------------------------------------------


@dataclass(slots=True, unsafe_hash=True)
class DropPrimaryKey:
    primary_key: PrimaryKey


@dataclass(slots=True, unsafe_hash=True)
class RenamePrimaryKey:
    before: str
    after: str


@dataclass(slots=True, unsafe_hash=True)
class DropColumn:
    column: Column


@dataclass(slots=True, unsafe_hash=True)
class AddColumn:
    column: Column


@dataclass(slots=True, unsafe_hash=True)
class AlterColumn:
    before: Column
    after: Column
    changes: frozenset[ColumnChange]
    cast: Cast = "none"


@dataclass(slots=True, unsafe_hash=True)
class DropAndRecreateColumn:
    before: Column
    after: Column
    changes: frozenset[ColumnChange]


@dataclass(slots=True, unsafe_hash=True)
class AddPrimaryKey:
    primary_key: PrimaryKey


TableChange = (
    DropPrimaryKey | RenamePrimaryKey | DropColumn | AddColumn | AlterColumn | DropAndRecreateColumn
    | AddPrimaryKey
)


# --- steps -------------------------------------------------------------------------------------


@dataclass(slots=True, unsafe_hash=True)
class CreateSchema:
    name: str


@dataclass(slots=True, unsafe_hash=True)
class CreateExtension:
    name: str
    schema: str | None = None
    version: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class EnumUse:
    """A column typed with an enum, for the PostgreSQL recreate-the-enum dance."""

    table: Table
    column: Column


@dataclass(slots=True, unsafe_hash=True)
class CreateEnum:
    enum: Enum


@dataclass(slots=True, unsafe_hash=True)
class AlterEnum:
    before: Enum
    after: Enum
    added: tuple[str, ...]
    removed: tuple[str, ...]
    uses_before: tuple[EnumUse, ...] = ()  # columns using the enum in the before schema
    uses_after: tuple[EnumUse, ...] = ()  # ... and in the after schema
    # The after columns whose default the recreation puts back: one per before column using the
    # enum with a default, in the before schema's order, where the column is kept with a default.
    defaults_after: tuple[EnumUse, ...] = ()
    # The namespace `None` stands for in a before schema read from a database (PostgreSQL: the
    # connection's schema): Prisma qualifies the dropped defaults' tables and the old type with it.
    described_namespace: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class DropForeignKey:
    table: Table
    foreign_key: ForeignKey


@dataclass(slots=True, unsafe_hash=True)
class DropIndex:
    table: Table
    index: Index


@dataclass(slots=True, unsafe_hash=True)
class AlterTable:
    before: Table
    after: Table
    changes: tuple[TableChange, ...]


@dataclass(slots=True, unsafe_hash=True)
class DropTable:
    table: Table


@dataclass(slots=True, unsafe_hash=True)
class DropEnum:
    enum: Enum


@dataclass(slots=True, unsafe_hash=True)
class CreateTable:
    table: Table


@dataclass(slots=True, unsafe_hash=True)
class RedefinedTable:
    before: Table
    after: Table
    copied_columns: tuple[tuple[Column, Column], ...]  # (before, after) pairs whose data is kept


@dataclass(slots=True, unsafe_hash=True)
class RedefineTables:
    tables: tuple[RedefinedTable, ...]


@dataclass(slots=True, unsafe_hash=True)
class CreateIndex:
    table: Table
    index: Index
    table_is_new: bool = False
    from_drop_and_recreate: bool = False  # re-created because a column it covers was re-created


@dataclass(slots=True, unsafe_hash=True)
class RenameForeignKey:
    table: Table
    before: ForeignKey
    after: ForeignKey


@dataclass(slots=True, unsafe_hash=True)
class AddForeignKey:
    table: Table
    foreign_key: ForeignKey


@dataclass(slots=True, unsafe_hash=True)
class RenameIndex:
    table: Table
    before: Index
    after: Index


@dataclass(slots=True, unsafe_hash=True)
class RedefineIndex:
    table: Table
    before: Index
    after: Index


Step = (
    CreateSchema | CreateExtension | CreateEnum | AlterEnum | DropForeignKey | DropIndex | AlterTable
    | DropTable | DropEnum | CreateTable | RedefineTables | CreateIndex | RenameForeignKey
    | AddForeignKey | RenameIndex | RedefineIndex
)


class UnsupportedStep(Exception):
    """A dialect was asked to render a step its capabilities say it never receives."""

    def __init__(self, step: object, dialect: str) -> None:
        super().__init__(f"{type(step).__name__} cannot be rendered for {dialect}")
        self.step = step
        self.dialect = dialect
