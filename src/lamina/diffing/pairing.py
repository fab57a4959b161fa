"""Pairing: which objects of the before and after schemas are "the same", and what changed.

Tables, enums and columns pair by name only (Prisma detects no renames); indexes and foreign
keys pair by shape, so that a shape-preserving name change becomes a rename.
"""

from __future__ import annotations

import json
from decimal import Decimal
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from lamina.diffing.predicates import predicates_match
from lamina.diffing.steps import ColumnChange
from lamina.schema.model import Column, ColumnDefault, ForeignKey, Index, IndexColumn, PrimaryKey, Table

T = TypeVar("T")
# The dialect's reading of two columns' defaults (`Dialect.same_default`).
SameDefault = Callable[[Column, Column], bool | None]


@dataclass(frozen=True)
class Pairs(Generic[T]):
    added: tuple[T, ...]  # only in after, in after's order
    removed: tuple[T, ...]  # only in before, in before's order
    common: tuple[tuple[T, T], ...]  # (before, after), in after's order


def pair_by_name(before: Iterable[T], after: Iterable[T], key: Callable[[T], object]) -> Pairs[T]:
    before_by_key = {key(item): item for item in before}
    after_keys = set()
    added, common = [], []
    for item in after:
        after_keys.add(key(item))
        if key(item) in before_by_key:
            common.append((before_by_key[key(item)], item))
        else:
            added.append(item)
    removed = tuple(item for k, item in before_by_key.items() if k not in after_keys)
    return Pairs(tuple(added), removed, tuple(common))


def table_key(table) -> tuple[str | None, str]:
    return (table.namespace, table.name)


# --- columns -----------------------------------------------------------------------------------


def _as_json(value: object) -> object:
    try:
        return json.loads(str(value))
    except ValueError:
        return value


def defaults_match(before: Column, after: Column, same_default: SameDefault | None = None) -> bool:
    b, a = before.default, after.default
    if a is not None and a.kind == "dbgenerated" and a.value is None:
        return True  # `dbgenerated()`: some default exists, never touched
    if same_default is not None and (same := same_default(before, after)) is not None:
        return same
    if b is None or a is None:
        return (b is None and a is None) or (a is None and b is not None and b.kind == "sequence")
    if b.kind != a.kind:
        return False
    match a.kind:
        case "value":
            return _values_match(before, after)
        case "dbgenerated":
            return str(b.value).lower() == str(a.value).lower()
        case _:
            return b.value == a.value


# The kind of value Prisma holds a column's default in (`PrismaValue`): a type change that keeps the
# "same" default (`0` → `"0"`, `0` → `0.0`) still changes the default, since a value of another kind
# is another default (`ALTER COLUMN … SET DEFAULT`), except between these pairs, which Prisma compares
# by value: Int/BigInt, String/Enum, and String/Json (as JSON).
_VALUE_KINDS = {"Decimal": "Float", "Binary": "Bytes", "Uuid": "String"}
_SAME_KIND = ({"Int", "BigInt"}, {"String", "Enum"})


def _value_kind(column: Column) -> str:
    return _VALUE_KINDS.get(column.type.family, column.type.family)


def _values_match(before: Column, after: Column) -> bool:
    """Two value defaults, compared as Prisma's differ does (`defaults_match`)."""
    b, a = before.default, after.default
    kinds = {_value_kind(before), _value_kind(after)}
    if "DateTime" in kinds:
        # Prisma cannot compare datetime literals: equal, unless the before side was read from a
        # database, where Prisma holds a literal of a date/time column as an expression.
        return _value_kind(after) == "DateTime" or b.expression is None
    if "Json" in kinds and kinds <= {"Json", "String"}:
        return _as_json(b.value) == _as_json(a.value)
    if len(kinds) == 1 or kinds in _SAME_KIND:
        if isinstance(b.value, tuple) and len(kinds) > 1:
            return False  # list elements compare with their kind (`List([Int(0)])` ≠ `List([BigInt(0)])`)
        return _same_literal(b.value, a.value)
    return False


def _same_literal(before: object, after: object) -> bool:
    if isinstance(before, tuple) and isinstance(after, tuple):
        return len(before) == len(after) and all(_same_literal(x, y) for x, y in zip(before, after))
    if isinstance(before, bool) or isinstance(after, bool):
        return before == after and isinstance(before, bool) and isinstance(after, bool)
    if isinstance(before, str) or isinstance(after, str):
        return str(before) == str(after)
    if isinstance(before, (int, float, Decimal)) and isinstance(after, (int, float, Decimal)):
        return Decimal(str(before)) == Decimal(str(after))  # Prisma's BigDecimal: 0.1 == 0.10
    return before == after


def _autoincrement_covers_defaults(before: Column, after: Column) -> bool:
    """An autoincrementing side stands for its sequence: no default, or a sequence, on either side
    is the same. A real default next to it (SQLite's rowid keeps a declared DEFAULT, as Prisma's
    describer has it) is compared as any other."""
    if any(d is not None and d.kind != "sequence" for d in (before.default, after.default)):
        return False
    return (after.auto_increment and before.auto_increment) or (after.auto_increment and before.default is None) \
        or (before.auto_increment and after.default is None)


def column_changes(before: Column, after: Column, *, autoincrement_changes: bool,
                   same_default: SameDefault | None = None) -> frozenset[ColumnChange]:
    changes: set[ColumnChange] = set()
    if before.type.arity != after.type.arity:
        changes.add("arity")
    if (before.type.family, before.type.full_data_type, before.is_list) != (
            after.type.family, after.type.full_data_type, after.is_list):
        changes.add("type")
    if not defaults_match(before, after, same_default) and not _autoincrement_covers_defaults(before, after):
        changes.add("default")
    if autoincrement_changes and before.auto_increment != after.auto_increment:
        changes.add("autoincrement")
    return frozenset(changes)


# --- indexes, primary keys, foreign keys --------------------------------------------------------


# Operator classes that a database reports as "the default" (so describers leave them out):
# naming one explicitly is the same index.
DEFAULT_OPERATOR_CLASSES = {"array_ops", "jsonb_ops"}


def _shape(columns: tuple[IndexColumn, ...]) -> tuple:
    return tuple((c.name, c.sort or "asc", c.length,
                  None if c.operator_class in DEFAULT_OPERATOR_CLASSES else c.operator_class)
                 for c in columns)


def _without_operator_classes(columns: tuple[IndexColumn, ...]) -> tuple[IndexColumn, ...]:
    return tuple(IndexColumn(c.name, c.sort, c.length) for c in columns)


def indexes_match(before: Index, after: Index, compare_predicates: bool = False) -> bool:
    """Same kind, algorithm and columns; with `compare_predicates` (partialIndexes), the same predicate."""
    if before.kind != after.kind or (before.algorithm or "btree") != (after.algorithm or "btree"):
        return False
    if compare_predicates and not predicates_match(before.predicate, after.predicate):
        return False
    if _shape(before.columns) == _shape(after.columns):
        return True
    # The PostgreSQL describer reports operator classes only for GiST/GIN/SP-GiST/BRIN indexes;
    # on B-tree and hash indexes a class present on one side only is not a difference.
    if (after.algorithm or "btree") in ("btree", "hash") and any(
            not c.operator_class for c in (*before.columns, *after.columns)):
        return _shape(_without_operator_classes(before.columns)) == _shape(_without_operator_classes(after.columns))
    return False


@dataclass(frozen=True)
class IndexPairs:
    created: tuple[Index, ...]
    dropped: tuple[Index, ...]
    renamed: tuple[tuple[Index, Index], ...]


def pair_indexes(before: Table, after: Table, compare_predicates: bool = False) -> IndexPairs:
    """Without `compare_predicates` (the partialIndexes preview feature off), predicates are not
    compared and a partial index is never created or dropped for being unmatched, as in Prisma."""
    def match(b: Index, a: Index) -> bool:
        return indexes_match(b, a, compare_predicates)

    created = tuple(ix for ix in after.indexes if (compare_predicates or not ix.is_partial)
                    and not any(match(b, ix) for b in before.indexes))
    dropped = tuple(ix for ix in before.indexes if (compare_predicates or not ix.is_partial)
                    and not any(match(ix, a) for a in after.indexes))
    renamed = []
    taken: set[str] = set()
    for previous in before.indexes:
        twins = [b for b in before.indexes if b.kind == previous.kind
                 and [c.name for c in b.columns] == [c.name for c in previous.columns]]
        if len(twins) != 1:
            continue
        following = next((a for a in after.indexes if match(previous, a) and a.name not in taken), None)
        if following is not None:
            taken.add(following.name)
            if following.name != previous.name:
                renamed.append((previous, following))
    return IndexPairs(created, dropped, tuple(renamed))


def primary_key_changed(before: Table, after: Table, changed_columns: set[str]) -> bool:
    b, a = before.primary_key, after.primary_key
    if b is None or a is None:
        return b is not a
    if _shape(b.columns) != _shape(a.columns):
        return True
    return any(c.name in changed_columns for c in a.columns)


def foreign_keys_match(before: ForeignKey, after: ForeignKey, retyped_columns: set[str]) -> bool:
    return (before.referenced_table == after.referenced_table
            and before.referenced_namespace == after.referenced_namespace
            and before.columns == after.columns
            and before.referenced_columns == after.referenced_columns
            and before.on_delete == after.on_delete and before.on_update == after.on_update
            and not any(c in retyped_columns for c in after.columns))


@dataclass(frozen=True)
class ForeignKeyPairs:
    created: tuple[ForeignKey, ...]
    dropped: tuple[ForeignKey, ...]
    common: tuple[tuple[ForeignKey, ForeignKey], ...]


def pair_foreign_keys(before: Table, after: Table, retyped_columns: set[str]) -> ForeignKeyPairs:
    common = []
    for previous in before.foreign_keys:
        following = next((a for a in after.foreign_keys if foreign_keys_match(previous, a, retyped_columns)), None)
        if following is not None:
            common.append((previous, following))
    matched_after = [id(a) for _, a in common]
    matched_before = [id(b) for b, _ in common]
    created = tuple(a for a in after.foreign_keys if id(a) not in matched_after)
    dropped = tuple(b for b in before.foreign_keys if id(b) not in matched_before)
    return ForeignKeyPairs(created, dropped, tuple(common))


def is_implicit_many_to_many(table: Table) -> bool:
    return [c.name for c in table.columns] == ["A", "B"] and table.name.startswith("_")


def primary_key_columns(pk: PrimaryKey | None) -> tuple[str, ...]:
    return tuple(c.name for c in pk.columns) if pk else ()


def default_text(default: ColumnDefault | None) -> str:
    """Prisma's Debug rendering of a column default, for the drift summary."""
    if default is None:
        return "None"
    match default.kind:
        case "now":
            return "Some(Now)"
        case "dbgenerated":
            return f"Some(DbGenerated({json.dumps(default.value) if default.value is not None else 'None'}))"
        case "sequence":
            return f"Some(Sequence({json.dumps(default.value)}))"
        case _:
            return f"Some(Value({default.value!r}))"
