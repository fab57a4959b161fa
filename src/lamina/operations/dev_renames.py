"""What `migrate dev` adds for renames (docs/renames.md): the candidates the differ finds are
confirmed by `--rename` / `--rename-model` flags or, on a terminal, one question each; confirmed
renames become RENAME statements instead of a drop and an add. Without a confirmed rename,
`migrate dev` never goes further than the candidates and its output is Prisma's."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from lamina.dialects.base import Dialect
from lamina.dialects.mysql.types import enum_values
from lamina.dialects.renames import with_renames
from lamina.diffing.renames import (
    EnumColumns, RenameEnumValueInColumn, Rename, RenameColumn, RenameEnumValue, RenamePlan, RenameTable, apply_renames, column_candidates,
    conflicts, enum_value_candidates, inline_enum_value_candidates, inline_enum_values_in, plan_renames,
    rename_question, table_candidates,
)
from lamina.diffing.differ import diff_schemas
from lamina.diffing.order import sort_steps
from lamina.diffing.safety import SafetyReport, check_steps
from lamina.diffing.steps import AlterColumn, AlterTable
from lamina.errors import UsageError
from lamina.psl.validated import ValidatedSchema
from lamina.schema.model import Column, SqlSchema


@dataclass(frozen=True)
class RenameFlags:
    """`--rename Model.field=newField` (also `Enum.VALUE=NEW`) and `--rename-model Old=New`."""

    fields: tuple[str, ...] = ()
    models: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.fields or self.models)


def _split(flag: str, text: str, *, dotted: bool) -> tuple[str, str, str]:
    left, sep, right = text.partition("=")
    owner, dot, name = left.partition(".")
    if not sep or not right or not owner or (dotted and (not dot or not name or "." in name)) \
            or (not dotted and dot) or "." in right and not dotted:
        shape = "Model.field=newField" if dotted else "OldModel=NewModel"
        raise UsageError(f"`{flag} {text}` is not of the form `{flag} {shape}`.")
    if dotted and "." in right:  # `User.name=User.fullName` names the model twice
        model, _, right = right.partition(".")
        if model != owner:
            raise UsageError(f"`{flag} {text}`: a field keeps its model; rename the model with --rename-model.")
    return owner, name, right


class _Names:
    """Model, field and enum value names → database names, through the target schema."""

    def __init__(self, schema: ValidatedSchema | None):
        self.models = {m.name: m for m in schema.models} if schema else {}
        self.enums = {e.name: e for e in schema.enums} if schema else {}

    def table(self, name: str) -> str:
        model = self.models.get(name)
        return model.db_name if model else name

    def column(self, table: str, name: str) -> str:
        model = next((m for m in self.models.values() if m.db_name == table), None)
        field = model.field(name) if model else None
        return field.db_name if field else name

    def enum(self, name: str) -> str:
        enum = self.enums.get(name)
        return enum.db_name if enum else name

    def enum_value(self, enum: str, name: str) -> str:
        found = next((e for e in self.enums.values() if e.db_name == enum), None)
        value = next((v for v in found.values if v.name == name), None) if found else None
        return value.db_name if value else name


def enum_columns_of(schema: ValidatedSchema | None) -> EnumColumns:
    """Where enums are inline column types (MySQL): each enum's columns, as (table, column)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for model in schema.models if schema else ():
        if model.kind != "model":
            continue
        for field in model.scalar_fields:
            if field.is_enum:
                found.setdefault(field.type_name, []).append((model.db_name, field.db_name))
    return {enum: tuple(columns) for enum, columns in found.items()}


def _inline_enum_rename(text: str, enum: str, old: str, new: str, before: SqlSchema, after: SqlSchema,
                        columns: tuple[tuple[str, str], ...], names: _Names) -> RenameEnumValue:
    """`--rename Enum.OLD=NEW` where the enum lives in its columns (MySQL)."""
    values = inline_enum_values_in(before, after, columns)
    if values is None:
        raise UsageError(f"`--rename {text}`: no column of the enum `{enum}` is in both the migrations and the schema.")
    previous, following = values
    declared = names.enums.get(enum)
    value = next((v.db_name for v in declared.values if v.name == new), new) if declared else new
    if old not in previous:
        raise UsageError(f"`--rename {text}`: the enum `{enum}` has no value `{old}`.")
    if value not in following or old in following or value in previous:
        raise UsageError(f"`--rename {text}`: the schema's enum `{enum}` does not replace `{old}` with `{new}`.")
    return RenameEnumValue(None, enum, old, value)


def flagged_renames(flags: RenameFlags, before: SqlSchema, after: SqlSchema, names: _Names,
                    enum_values: bool, enum_columns: EnumColumns | None = None) -> list[Rename]:
    """The renames the flags name, checked against both schemas (a clear error otherwise)."""
    renames: list[Rename] = []
    for text in flags.models:
        old, _, new = _split("--rename-model", text, dotted=False)
        table = next((t for t in before.tables if t.name == old), None)
        if table is None:
            raise UsageError(f"`--rename-model {text}`: the migrations have no table `{old}`.")
        target = names.table(new)
        if next((t for t in after.tables if t.name == target and t.namespace == table.namespace), None) is None:
            raise UsageError(f"`--rename-model {text}`: the schema has no model `{new}`.")
        if after.table(table.name, table.namespace) is not None:
            raise UsageError(f"`--rename-model {text}`: the schema still has a model `{old}`.")
        if before.table(target, table.namespace) is not None:
            raise UsageError(f"`--rename-model {text}`: the migrations already have a table `{target}`.")
        renames.append(RenameTable(table.namespace, table.name, target))
    renamed = apply_renames(before, renames)
    for text in flags.fields:
        owner, old, new = _split("--rename", text, dotted=True)
        inline = None if enum_values or not enum_columns else next(
            (e.name for e in names.enums.values() if owner in (e.name, e.db_name) and e.name in enum_columns), None)
        if inline is not None:
            renames.append(_inline_enum_rename(text, inline, old, new, apply_renames(before, renames), after,
                                               enum_columns[inline], names))
            continue
        enum = next((e for e in before.enums if e.name in (owner, names.enum(owner))), None)
        if enum is not None and enum_values:
            following = after.enum(enum.name, enum.namespace)
            value = names.enum_value(enum.name, new)
            if old not in enum.values:
                raise UsageError(f"`--rename {text}`: the enum `{enum.name}` has no value `{old}`.")
            if following is None or value not in following.values or old in following.values \
                    or value in enum.values:
                raise UsageError(f"`--rename {text}`: the schema's enum `{enum.name}` does not replace "
                                 f"`{old}` with `{new}`.")
            renames.append(RenameEnumValue(enum.namespace, enum.name, old, value))
            continue
        owner_table = next((t for t in renamed.tables if t.name in (owner, names.table(owner))), None)
        if owner_table is None:
            owner_table = next((t for t in renamed.tables for r in renames
                                if isinstance(r, RenameTable) and r.before == owner and t.name == r.after), None)
        if owner_table is None:
            raise UsageError(f"`--rename {text}`: the migrations have no table `{owner}`.")
        following_table = after.table(owner_table.name, owner_table.namespace)
        column = names.column(owner_table.name, new)
        if owner_table.column(old) is None:
            raise UsageError(f"`--rename {text}`: the table `{owner_table.name}` has no column `{old}`.")
        if following_table is None or following_table.column(column) is None:
            raise UsageError(f"`--rename {text}`: the schema has no field `{owner_table.name}.{new}`.")
        if following_table.column(old) is not None or owner_table.column(column) is not None:
            raise UsageError(f"`--rename {text}`: `{old}` and `{column}` both exist before or after; "
                             "nothing to rename.")
        renames.append(RenameColumn(owner_table.namespace, owner_table.name, old, column))
    return renames


def _ask(candidates: Sequence[Rename], confirmed: list[Rename], prompter) -> None:
    """One question per candidate; a yes settles every other candidate with the same source or
    target (two candidates for one column are both asked, never guessed)."""
    for candidate in candidates:
        if any(conflicts(candidate, done) for done in confirmed):
            continue
        if prompter.confirm(rename_question(candidate)):
            confirmed.append(candidate)


def decide_renames(before: SqlSchema, after: SqlSchema, dialect: Dialect, *, flags: RenameFlags,
                   prompter, schema: ValidatedSchema | None) -> list[Rename]:
    """Flags first, then (on a terminal) the questions, in rounds: models, then the fields of
    the tables as the renamed models leave them, then enum values."""
    enum_values = dialect.capabilities.native_enums
    inline = None if enum_values else enum_columns_of(schema)
    confirmed = flagged_renames(flags, before, after, _Names(schema), enum_values, inline)
    if not prompter.interactive:
        return confirmed
    _ask(table_candidates(apply_renames(before, confirmed), after), confirmed, prompter)
    _ask(column_candidates(apply_renames(before, confirmed), after), confirmed, prompter)
    if enum_values:
        _ask(enum_value_candidates(apply_renames(before, confirmed), after), confirmed, prompter)
    elif inline:
        _ask(inline_enum_value_candidates(apply_renames(before, confirmed), after, inline), confirmed, prompter)
    # Apply in a safe order: tables, then columns (named after their table's new name), then values.
    order = {RenameTable: 0, RenameColumn: 1, RenameEnumValue: 2}
    return sorted(confirmed, key=lambda r: order[type(r)])


def rename_plan(before: SqlSchema, after: SqlSchema, dialect: Dialect, renames: list[Rename],
                schema: ValidatedSchema | None = None) -> RenamePlan:
    """`schema`: the target schema, whose fields say which columns an enum types (MySQL)."""
    inline = None if dialect.capabilities.native_enums else enum_columns_of(schema)
    return plan_renames(before, after, renames, dialect.capabilities, inline)


def inline_enum_columns(renames: Sequence[Rename], end: SqlSchema) -> EnumColumns:
    """MySQL, without the schema's fields: the columns of each renamed enum value, named as in
    `end` (the state the renames lead to), where their inline ENUM holds the value's new name."""
    return {r.enum: tuple((t.name, c.name) for t in end.tables for c in t.columns
                          if c.type.family == "Enum" and r.after in enum_values(c.type.full_data_type))
            for r in renames if isinstance(r, RenameEnumValue)}


def renamed_back(before: SqlSchema, after: SqlSchema, dialect: Dialect, renames: Sequence[Rename],
                 counts=None) -> tuple[list, Dialect, SafetyReport]:
    """The reverse of a rename migration (from `after` back to `before`), which renames back what
    the migration renamed (`renames`: the undoing renames, `inverse_renames`): its steps, the
    dialect that renders them, and its data-loss checks (`counts`: a live database's, named as
    before the renames)."""
    plan = plan_renames(after, before, list(renames), dialect.capabilities, inline_enum_columns(renames, before))
    dialect = rendering_dialect(dialect)
    steps = renamed_steps(plan, before, dialect)
    counts = RenamedRowCounts(counts, list(renames)) if counts is not None else None
    return steps, dialect, check_renamed_steps(steps, plan, before, dialect, counts)


def check_renamed_steps(steps: list, plan: RenamePlan, target: SqlSchema, dialect: Dialect, counts):
    """Prisma's data-loss checks, less the warnings about the keys of join tables whose columns
    traded places (the same pairs, so nothing can fail or be lost)."""
    report = check_steps(steps, plan.before, target, dialect, counts)
    swapped = [s for s in steps if plan.touches_swapped(s)]
    if swapped:
        noise = set(check_steps(swapped, plan.before, target, dialect, counts).warnings)
        report.warnings = [w for w in report.warnings if w not in noise]
    if (moved := _moved_enum_changes(steps, plan)):
        noise = set(check_steps(moved, plan.before, target, dialect, counts).warnings)
        report.warnings = [w for w in report.warnings if w not in noise]
    return report


def _moved_enum_changes(steps: list, plan: RenamePlan) -> list[AlterTable]:
    """MySQL: the MODIFY that drops renamed enum values from a column whose rows already moved to
    the new values (RenameEnumValueInColumn), when it drops nothing else: its cast warning is
    about values no row holds."""
    moved: dict[tuple[str, str], tuple[Column, set[str]]] = {}
    for step in plan.steps:
        if isinstance(step, RenameEnumValueInColumn):
            widened, olds = moved.get((step.table, step.widened.name), (step.widened, set()))
            moved[(step.table, step.widened.name)] = (step.widened, olds | {step.before})
    found: list[AlterTable] = []
    for step in steps:
        if not isinstance(step, AlterTable):
            continue
        changes = []
        for change in step.changes:
            key = (step.before.name, change.before.name) if isinstance(change, AlterColumn) else None
            if key in moved and change.changes <= {"type", "default"}:
                widened, olds = moved[key]
                kept = tuple(v for v in enum_values(widened.type.full_data_type) if v not in olds)
                if enum_values(change.after.type.full_data_type) == kept:
                    changes.append(change)
        if changes:
            found.append(replace(step, changes=tuple(changes)))
    return found


def renamed_steps(plan: RenamePlan, target: SqlSchema, dialect: Dialect) -> list:
    """The RENAME statements, then the differ's steps from the schema as they leave it."""
    if not plan.late_steps:
        return [*plan.steps, *diff_schemas(plan.before, target, dialect)]
    return [*plan.steps, *sort_steps([*diff_schemas(plan.before, target, dialect), *plan.late_steps],
                                     plan.before, target)]


def rendering_dialect(dialect: Dialect) -> Dialect:
    return with_renames(dialect)


class RenamedRowCounts:
    """Row counts for the data-loss checks, whose steps name tables and columns as the renames
    leave them, read from the database that still has the old names."""

    def __init__(self, counts, renames: list[Rename]):
        self.counts = counts
        self.tables = {(r.namespace, r.after): r.before for r in renames if isinstance(r, RenameTable)}
        self.columns = {(r.namespace, r.table, r.after): r.before for r in renames if isinstance(r, RenameColumn)}

    def _table(self, table: str, namespace: str | None) -> str:
        return self.tables.get((namespace, table), table)

    def _column(self, table: str, namespace: str | None, column: str) -> str:
        return self.columns.get((namespace, table, column), column)

    def count_rows(self, table: str, namespace: str | None = None) -> int:
        return self.counts.count_rows(self._table(table, namespace), namespace)

    def count_non_null(self, table: str, namespace: str | None, column: str) -> int:
        return self.counts.count_non_null(self._table(table, namespace), namespace,
                                          self._column(table, namespace, column))

    def count_nulls(self, table: str, namespace: str | None, column: str) -> int:
        return self.counts.count_nulls(self._table(table, namespace), namespace,
                                       self._column(table, namespace, column))
