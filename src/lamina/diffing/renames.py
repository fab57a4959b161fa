"""Renames: a dropped and an added table, column or enum value that are the same thing.

Prisma pairs tables, columns and enum values by name only, so a rename becomes a drop and an
add and the data is lost. lamina detects the candidates (pure, no I/O: `rename_candidates`),
lets the user confirm them (a Prompter or `--rename` flags, never here), and then diffs the
schema *as the confirmed renames leave it* (`apply_renames`): the differ's own pairing of
primary keys, indexes and foreign keys by shape turns every object Prisma names after the
table or column into a rename, and the rest of the migration comes out in Prisma's order.
Without a confirmed rename, nothing here runs and the migration is exactly Prisma's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lamina.dialects.base import Capabilities
from lamina.dialects.mysql.types import enum_type, enum_values
from lamina.diffing.pairing import defaults_match, is_implicit_many_to_many, pair_by_name, table_key
from lamina.diffing.steps import AddForeignKey, DropForeignKey, RenameForeignKey, Step
from lamina.schema.model import Column, ColumnDefault, ForeignKey, IndexColumn, SqlSchema, Table


@dataclass(frozen=True)
class RenameTable:
    """A model renamed (or its @@map): the table keeps its rows."""

    namespace: str | None
    before: str
    after: str


@dataclass(frozen=True)
class RenameColumn:
    """A field renamed (or its @map). `table` is the table's name after any RenameTable.
    `column`: its definition, for servers that rename a column only by restating it (old MySQL's
    CHANGE); set when the rename becomes a step."""

    namespace: str | None
    table: str
    before: str
    after: str
    column: Column | None = field(default=None, compare=False)


@dataclass(frozen=True)
class RenameEnumValue:
    namespace: str | None
    enum: str
    before: str
    after: str


@dataclass(frozen=True)
class RenameSequence:
    """PostgreSQL: the sequence of an autoincrementing column, named `<table>_<column>_seq`."""

    namespace: str | None
    before: str
    after: str


@dataclass(frozen=True)
class RenameEnumValueInColumn:
    """MySQL, whose enums are inline column types: the column takes the new value beside the old
    one (`widened`), and its rows move from the old value to the new; the differ's MODIFY to the
    schema's ENUM(...) then drops the old value, which no row holds any more."""

    table: str
    widened: Column
    before: str
    after: str


# Prisma enum name → the (table, column) pairs typed with it (MySQL: the schema's fields of that enum).
EnumColumns = dict[str, tuple[tuple[str, str], ...]]

Rename = RenameTable | RenameColumn | RenameEnumValue
RenameStep = RenameTable | RenameColumn | RenameEnumValue | RenameSequence | RenameEnumValueInColumn


def describe_rename(rename: Rename) -> str:
    """`User.name -> fullName`: the line of a migration's leading comment."""
    match rename:
        case RenameTable(_, before, after):
            return f"{before} -> {after}"
        case RenameColumn(_, table, before, after):
            return f"{table}.{before} -> {after}"
        case RenameEnumValue(_, enum, before, after):
            return f"{enum}.{before} -> {after}"


def rename_question(rename: Rename) -> str:
    match rename:
        case RenameTable(_, before, after):
            return f"Did you rename the model `{before}` to `{after}`?"
        case RenameColumn(_, table, before, after):
            return f"Did you rename `{table}.{before}` to `{table}.{after}`?"
        case RenameEnumValue(_, enum, before, after):
            return f"Did you rename the value `{enum}.{before}` to `{enum}.{after}`?"


def rename_header(renames: tuple[Rename, ...] | list[Rename]) -> str:
    return "".join(f"-- Rename: {describe_rename(r)}\n" for r in renames)


def renames_in_header(script: str, schema: SqlSchema) -> list[Rename]:
    """The renames a script's leading `-- Rename:` lines record (`rename_header`), read against
    `schema`, the state the script starts from: `A -> B` renames a table, `T.c -> d` a column of
    a table `T` (named as the table renames leave it), otherwise a value of the enum `T`."""
    found: list[Rename] = []
    tables = {t.name: t.namespace for t in schema.tables}
    for line in script.splitlines():
        if not line.startswith("-- Rename: ") or " -> " not in line:
            break
        left, after = line.removeprefix("-- Rename: ").split(" -> ", 1)
        owner, dot, before = left.rpartition(".")
        if not dot:
            found.append(RenameTable(tables.get(before), before, after))
            tables[after] = tables.get(before)
        elif owner in tables:
            found.append(RenameColumn(tables[owner], owner, before, after))
        else:
            namespace = next((e.namespace for e in schema.enums if e.name == owner), None)
            found.append(RenameEnumValue(namespace, owner, before, after))
    return found


def inverse_renames(renames: list[Rename] | tuple[Rename, ...]) -> list[Rename]:
    """The renames that undo `renames` (a rename migration's down.sql), in the same safe order:
    tables, then columns (named after their table's name once the tables are renamed back), then
    enum values."""
    tables = {(r.namespace, r.after): r.before for r in renames if isinstance(r, RenameTable)}
    undone: list[Rename] = []
    for rename in renames:
        match rename:
            case RenameTable(namespace, before, after):
                undone.append(RenameTable(namespace, after, before))
            case RenameColumn(namespace, table, before, after):
                undone.append(RenameColumn(namespace, tables.get((namespace, table), table), after, before))
            case RenameEnumValue(namespace, enum, before, after):
                undone.append(RenameEnumValue(namespace, enum, after, before))
    return undone


# --- detection ---------------------------------------------------------------------------------


def _same_column(before: Column, after: Column) -> bool:
    return ((before.type.family, before.type.full_data_type, before.type.arity, before.auto_increment)
            == (after.type.family, after.type.full_data_type, after.type.arity, after.auto_increment)
            and defaults_match(before, after))


def _column_shapes(table: Table) -> frozenset:
    return frozenset((c.name, c.type.family, c.type.full_data_type, c.type.arity) for c in table.columns)


def table_candidates(before: SqlSchema, after: SqlSchema) -> list[RenameTable]:
    """A dropped and an added table (implicit m-n tables aside: they follow their models) with
    the same columns: names, types and arity."""
    tables = pair_by_name(before.tables, after.tables, table_key)
    removed = [t for t in tables.removed if not is_implicit_many_to_many(t)]
    added = [t for t in tables.added if not is_implicit_many_to_many(t)]
    return [RenameTable(b.namespace, b.name, a.name) for b in removed for a in added
            if b.namespace == a.namespace and _column_shapes(b) == _column_shapes(a)]


def column_candidates(before: SqlSchema, after: SqlSchema) -> list[RenameColumn]:
    """Within a table present on both sides: a dropped and an added column with the same type,
    arity (nullability), default and autoincrement."""
    found: list[RenameColumn] = []
    for previous, following in pair_by_name(before.tables, after.tables, table_key).common:
        columns = pair_by_name(previous.columns, following.columns, lambda c: c.name)
        found += [RenameColumn(following.namespace, following.name, b.name, a.name)
                  for b in columns.removed for a in columns.added if _same_column(b, a)]
    return found


def enum_value_candidates(before: SqlSchema, after: SqlSchema) -> list[RenameEnumValue]:
    """An enum value removed and one added at the same position."""
    found: list[RenameEnumValue] = []
    for previous, following in pair_by_name(before.enums, after.enums, lambda e: (e.namespace, e.name)).common:
        for position, (b, a) in enumerate(zip(previous.values, following.values)):
            if b not in following.values and a not in previous.values:
                found.append(RenameEnumValue(following.namespace, following.name, b, a))
    return found


def inline_enum_value_candidates(before: SqlSchema, after: SqlSchema, enum_columns: EnumColumns) -> list[RenameEnumValue]:
    """MySQL: an enum value removed and one added at the same position, read from the first column
    typed with the enum that both schemas hold."""
    found: list[RenameEnumValue] = []
    for enum, columns in enum_columns.items():
        values = inline_enum_values_in(before, after, columns)
        if values is None:
            continue
        previous, following = values
        for b, a in zip(previous, following):
            if b not in following and a not in previous:
                found.append(RenameEnumValue(None, enum, b, a))
    return found


def inline_enum_values_in(before: SqlSchema, after: SqlSchema, columns: tuple[tuple[str, str], ...]
                          ) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """MySQL: an enum's values before and after, read from the first of its columns that both
    schemas hold; None when none does."""
    pair = next(((b, a) for table, column in columns
                 if (b := _enum_column(before, table, column)) is not None
                 and (a := _enum_column(after, table, column)) is not None), None)
    if pair is None:
        return None
    return enum_values(pair[0].type.full_data_type), enum_values(pair[1].type.full_data_type)


def _enum_column(schema: SqlSchema, table: str, column: str) -> Column | None:
    found = schema.table(table)
    col = found.column(column) if found is not None else None
    return col if col is not None and col.type.family == "Enum" else None


def rename_candidates(before: SqlSchema, after: SqlSchema, *, enums: bool = True) -> list[Rename]:
    """Every candidate, tables first. Column candidates of a renamed table only appear once the
    table rename is applied (`apply_renames`), so callers ask in rounds (`confirm_renames`)."""
    found: list[Rename] = [*table_candidates(before, after), *column_candidates(before, after)]
    if enums:
        found += enum_value_candidates(before, after)
    return found


def conflicts(a: Rename, b: Rename) -> bool:
    """Two candidates that cannot both be true: they share a source or a target."""
    match a, b:
        case RenameTable(), RenameTable():
            return a.namespace == b.namespace and (a.before == b.before or a.after == b.after)
        case RenameColumn(), RenameColumn():
            return (a.namespace, a.table) == (b.namespace, b.table) and (a.before == b.before or a.after == b.after)
        case RenameEnumValue(), RenameEnumValue():
            return (a.namespace, a.enum) == (b.namespace, b.enum) and (a.before == b.before or a.after == b.after)
    return False


# --- the schema as the renames leave it --------------------------------------------------------


def _renamed_columns(columns: tuple[IndexColumn, ...], names: dict[str, str]) -> tuple[IndexColumn, ...]:
    return tuple(replace(c, name=names.get(c.name, c.name)) for c in columns)


def _rename_in_table(table: Table, names: dict[str, str]) -> Table:
    return replace(
        table,
        columns=tuple(replace(c, name=names.get(c.name, c.name)) for c in table.columns),
        primary_key=(replace(table.primary_key, columns=_renamed_columns(table.primary_key.columns, names))
                     if table.primary_key else None),
        indexes=tuple(replace(ix, columns=_renamed_columns(ix.columns, names)) for ix in table.indexes),
        foreign_keys=tuple(replace(fk, columns=tuple(names.get(c, c) for c in fk.columns))
                           for fk in table.foreign_keys),
    )


def _retarget(fk: ForeignKey, namespace: str | None, before: str, after: str | None,
              columns: dict[str, str]) -> ForeignKey:
    if (fk.referenced_namespace, fk.referenced_table) != (namespace, before):
        return fk
    return replace(fk, referenced_table=after or before,
                   referenced_columns=tuple(columns.get(c, c) for c in fk.referenced_columns))


def _renamed_default(default: ColumnDefault | None, values: dict[str, str]) -> ColumnDefault | None:
    if default is None or default.kind != "value":
        return default
    if isinstance(default.value, tuple):
        return replace(default, value=tuple(values.get(v, v) if isinstance(v, str) else v for v in default.value))
    if isinstance(default.value, str) and default.value in values:
        return replace(default, value=values[default.value])
    return default


def apply_renames(schema: SqlSchema, renames: list[Rename] | tuple[Rename, ...],
                  enum_columns: EnumColumns | None = None) -> SqlSchema:
    """The schema after the RENAME statements ran: tables, columns and enum values renamed, and
    every reference to them (keys, indexes, foreign keys of any table, enum defaults) following.
    With `enum_columns` (MySQL), an enum value rename leaves each column of the enum widened with
    the new value (RenameEnumValueInColumn), its default unchanged."""
    tables = list(schema.tables)
    enums = list(schema.enums)
    for rename in renames:
        match rename:
            case RenameTable(namespace, before, after):
                tables = [replace(t, name=after) if table_key(t) == (namespace, before) else t for t in tables]
                tables = [replace(t, foreign_keys=tuple(_retarget(fk, namespace, before, after, {})
                                                        for fk in t.foreign_keys)) for t in tables]
            case RenameColumn(namespace, table, before, after):
                names = {before: after}
                tables = [_rename_in_table(t, names) if table_key(t) == (namespace, table) else t for t in tables]
                tables = [replace(t, foreign_keys=tuple(_retarget(fk, namespace, table, None, names)
                                                        for fk in t.foreign_keys)) for t in tables]
            case RenameEnumValue(_, name, before, after) if enum_columns is not None:
                targets = set(enum_columns.get(name, ()))
                tables = [replace(t, columns=tuple(widened_enum_column(c, before, after)
                                                   if (t.name, c.name) in targets else c for c in t.columns))
                          for t in tables]
            case RenameEnumValue(namespace, name, before, after):
                enums = [replace(e, values=tuple(after if v == before else v for v in e.values))
                         if (e.namespace, e.name) == (namespace, name) else e for e in enums]
                values = {before: after}
                tables = [replace(t, columns=tuple(
                    replace(c, default=_renamed_default(c.default, values))
                    if c.type.family == "Enum" and c.type.full_data_type == name else c
                    for c in t.columns)) for t in tables]
    return replace(schema, tables=tuple(tables), enums=tuple(enums))


# --- implicit many-to-many tables follow their models ------------------------------------------


def _referenced(table: Table, column: str) -> tuple[str | None, str] | None:
    fk = next((fk for fk in table.foreign_keys if fk.columns == (column,)), None)
    return (fk.referenced_namespace, fk.referenced_table) if fk else None


@dataclass(frozen=True)
class JoinTableRename:
    """An implicit m-n table renamed with a model; `swap`: its A and B columns trade places
    (A references the model first in alphabetical order)."""

    table: RenameTable
    swap: bool


def _joins(table: Table) -> bool:
    """An implicit m-n table, also one whose A and B traded places in a rename (B comes first in
    the table then, as the reverse of that rename finds it)."""
    return table.name.startswith("_") and sorted(c.name for c in table.columns) == ["A", "B"]


def join_table_renames(before: SqlSchema, after: SqlSchema) -> list[JoinTableRename]:
    """Dropped and added implicit m-n tables (of a schema whose model renames are applied) that
    join the same two tables: the same relation under a new name."""
    tables = pair_by_name(before.tables, after.tables, table_key)
    added = [t for t in tables.added if _joins(t)]
    found: list[JoinTableRename] = []
    taken: set[str] = set()
    for previous in (t for t in tables.removed if _joins(t)):
        ends = (_referenced(previous, "A"), _referenced(previous, "B"))
        for following in added:
            if following.name in taken or following.namespace != previous.namespace:
                continue
            target = (_referenced(following, "A"), _referenced(following, "B"))
            if None in ends or sorted(map(str, ends)) != sorted(map(str, target)):
                continue
            taken.add(following.name)
            rename = RenameTable(previous.namespace, previous.name, following.name)
            found.append(JoinTableRename(rename, swap=ends != target))
            break
    return found


def widened_enum_column(column: Column, before: str, after: str) -> Column:
    """An inline ENUM column with `after` added at the end (MySQL adds it in place), when it has
    `before`; otherwise unchanged."""
    values = enum_values(column.type.full_data_type) if column.type.family == "Enum" else ()
    if before not in values or after in values:
        return column
    return replace(column, type=replace(column.type, full_data_type=enum_type((*values, after))))


# --- steps -------------------------------------------------------------------------------------


SWAP_COLUMN = "lamina_swap_A"


def rename_steps(before: SqlSchema, renames: list[Rename], joins: list[JoinTableRename], *,
                 sequences: bool, enum_values: bool, foreign_keys: str,
                 enum_columns: EnumColumns | None = None) -> tuple[list, list[Step]]:
    """The RENAME statements, in the order of `renames`, then the join tables', whose foreign keys
    the differ leaves alone (Prisma never renames them) and are renamed here; second, the steps
    that must be sorted among the differ's (MySQL re-creates the join tables' foreign keys)."""
    steps: list = []
    late: list = []
    schema = before
    for rename in renames:
        match rename:
            case RenameTable(namespace, old, new):
                steps.append(rename)
                table = schema.table(old, namespace)
                if sequences and table is not None:
                    steps += [RenameSequence(namespace, f"{old}_{c.name}_seq", f"{new}_{c.name}_seq")
                              for c in table.columns if c.auto_increment]
            case RenameColumn(namespace, table_name, old, new):
                table = schema.table(table_name, namespace)
                column = table.column(old) if table is not None else None
                steps.append(replace(rename, column=column))
                if sequences and column is not None and column.auto_increment:
                    steps.append(RenameSequence(namespace, f"{table_name}_{old}_seq", f"{table_name}_{new}_seq"))
            case RenameEnumValue(_, enum, old, new):
                if enum_values:
                    steps.append(rename)
                elif enum_columns is not None:
                    for table_name, column_name in enum_columns.get(enum, ()):
                        column = _enum_column(schema, table_name, column_name)
                        if column is not None and (widened := widened_enum_column(column, old, new)) != column:
                            steps.append(RenameEnumValueInColumn(table_name, widened, old, new))
        schema = apply_renames(schema, [rename], None if enum_values else enum_columns)
    for join in joins:
        old, new = join.table.before, join.table.after
        steps.append(join.table)
        if join.swap:
            steps += [RenameColumn(join.table.namespace, new, "A", SWAP_COLUMN),
                      RenameColumn(join.table.namespace, new, "B", "A"),
                      RenameColumn(join.table.namespace, new, SWAP_COLUMN, "B")]
        table = schema.table(old, join.table.namespace)
        if table is None:
            continue
        renamed = _rename_in_table(replace(table, name=new), {"A": "B", "B": "A"} if join.swap else {})
        for fk in renamed.foreign_keys:
            wanted = f"{new}_{fk.columns[0]}_fkey"
            if not fk.name or fk.name == wanted or foreign_keys == "ignored":
                continue
            if foreign_keys == "rename":
                steps.append(RenameForeignKey(renamed, fk, replace(fk, name=wanted)))
            else:  # MySQL: dropped and added under the new name, in the differ's order (`late_steps`)
                late += [DropForeignKey(renamed, fk), AddForeignKey(renamed, replace(fk, name=wanted))]
    return steps, late


def apply_joins(schema: SqlSchema, joins: list[JoinTableRename], *, rename_foreign_keys: bool = True) -> SqlSchema:
    """`apply_renames` for join tables: renamed, A and B swapped where needed, their foreign keys
    named as Prisma names them (`<table>_<column>_fkey`, renamed by `rename_steps`)."""
    tables = list(schema.tables)
    for join in joins:
        namespace, old, new = join.table.namespace, join.table.before, join.table.after
        swap = {"A": "B", "B": "A"} if join.swap else {}
        for i, t in enumerate(tables):
            if table_key(t) != (namespace, old):
                continue
            t = _rename_in_table(replace(t, name=new), swap)
            t = replace(t, columns=tuple(sorted(t.columns, key=lambda c: c.name)))
            if rename_foreign_keys:
                t = replace(t, foreign_keys=tuple(replace(fk, name=f"{new}_{fk.columns[0]}_fkey") if fk.name else fk
                                                  for fk in t.foreign_keys))
            tables[i] = t
    return replace(schema, tables=tuple(tables))


@dataclass(frozen=True)
class RenamePlan:
    """Confirmed renames → the schema the differ starts from and the steps that come first."""

    renames: tuple[Rename, ...]
    before: SqlSchema  # the schema as the renames leave it
    steps: tuple  # RENAME statements (and join-table foreign key renames), before the differ's steps
    # Join tables whose A and B traded places: their primary key (or unique index) on (A, B) is
    # re-created on the same pairs, which no row can fail.
    swapped: frozenset[tuple[str | None, str]] = frozenset()
    late_steps: tuple = ()  # sorted among the differ's steps

    def touches_swapped(self, step) -> bool:
        tables = [getattr(step, name, None) for name in ("table", "before", "after")]
        return any(isinstance(t, Table) and table_key(t) in self.swapped for t in tables)

    @property
    def header(self) -> str:
        return rename_header(self.renames)


def plan_renames(before: SqlSchema, after: SqlSchema, renames: list[Rename], caps: Capabilities,
                 enum_columns: EnumColumns | None = None) -> RenamePlan:
    """`caps` decide what follows a rename: PostgreSQL's serial sequences (named after the table
    and column) and enum types, and how a join table's foreign keys get their new names.
    `enum_columns`: where the dialect has no enum types (MySQL), the columns of each enum."""
    inline = None if caps.native_enums else enum_columns
    renamed = apply_renames(before, renames, inline)
    joins = join_table_renames(renamed, after) if any(isinstance(r, RenameTable) for r in renames) else []
    foreign_keys = ("ignored" if not caps.named_foreign_keys
                    else "rename" if caps.rename_foreign_keys else "drop_and_add")
    # Sequences named after the table and column: PostgreSQL's SERIAL, on the dialect with enum types.
    steps, late = rename_steps(before, renames, joins, sequences=caps.native_enums,
                               enum_values=caps.native_enums, foreign_keys=foreign_keys, enum_columns=inline)
    swapped = frozenset((j.table.namespace, j.table.after) for j in joins if j.swap)
    return RenamePlan(tuple(renames), apply_joins(renamed, joins, rename_foreign_keys=foreign_keys == "rename"),
                      tuple(steps), swapped, tuple(late))

