"""The rules: each statement, seen with the schema as the history leaves it just before, gives findings.

A statement on a table created earlier in the same migration, or known to be empty (`--url`), is
never flagged: nothing else can be using it, and there are no rows to scan or rewrite. Rules
never look at SQL text, only at PostgreSQL's parse tree (STYLE.md §6).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pglast import ast
from pglast.enums import AlterTableType, ConstrType, ObjectType, VariableSetKind

from lamina.lint.expressions import is_volatile
from lamina.lint.state import Key, SchemaState, object_key, relation_key, shown
from lamina.lint.statements import names_of
from lamina.lint.types import SqlType, rewrites_table, sql_type


@dataclass(frozen=True, slots=True)
class TableSize:
    rows: int  # pg_class.reltuples: PostgreSQL's estimate, -1 when never analysed
    bytes: int  # pg_total_relation_size
    is_empty: bool


@dataclass(frozen=True, slots=True)
class Draft:
    """A finding before it is given its file and line."""

    rule: str
    level: str
    message: str
    table: Key | None = None


@dataclass
class Context:
    state: SchemaState
    sizes: Mapping[Key, TableSize] | None = None

    def is_settled(self, key: Key) -> bool:
        """Existed before this migration (or unknown to the history) and not known to be empty."""
        if self.state.is_new(key):
            return False
        size = self.sizes.get(key) if self.sizes is not None else None
        return not (size is not None and size.is_empty)

    def about(self, key: Key) -> str:
        """`"User"`, with its size when the database was asked."""
        size = self.sizes.get(key) if self.sizes is not None else None
        if size is None:
            return shown(key)
        rows = f"≈{size.rows:,} rows" if size.rows >= 0 else "rows not counted yet"
        return f"{shown(key)} ({rows}, {_bytes(size.bytes)})"


def _bytes(count: int) -> str:
    for unit in ("bytes", "kB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:,} {unit}" if unit == "bytes" else f"{count:,.1f} {unit}"
        count /= 1024
    return ""


def check_statement(node: object, ctx: Context) -> list[Draft]:
    match node:
        case ast.IndexStmt():
            return _create_index(node, ctx)
        case ast.DropStmt():
            return _drop(node, ctx)
        case ast.AlterTableStmt() if node.objtype == ObjectType.OBJECT_TABLE:
            key = relation_key(node.relation)
            if not ctx.is_settled(key):
                return []
            return [d for command in node.cmds or () for d in _alter_table(key, command, ctx)]
        case ast.RenameStmt():
            return _rename(node, ctx)
    return []


def _create_index(node, ctx: Context) -> list[Draft]:
    key = relation_key(node.relation)
    if node.concurrent or not ctx.is_settled(key):
        return []
    unique = "UNIQUE " if node.unique else ""
    name = f'"{node.idxname}" ' if node.idxname else ""
    return [Draft("index-without-concurrently", "error",
                  f"CREATE {unique}INDEX {name}on {ctx.about(key)} blocks writes to the table while the index is "
                  "built; use CREATE INDEX CONCURRENTLY, alone in a migration", key)]


def _drop(node, ctx: Context) -> list[Draft]:
    drafts = []
    for item in node.objects or ():
        key = object_key(item)
        match node.removeType:
            case ObjectType.OBJECT_INDEX if not node.concurrent:
                index = ctx.state.indexes.get(key)
                table = index.table if index is not None else None
                if table is None or ctx.is_settled(table):
                    where = f" on {ctx.about(table)}" if table else ""
                    drafts.append(Draft("drop-index-without-concurrently", "error",
                                        f"DROP INDEX {shown(key)} takes an ACCESS EXCLUSIVE lock{where}; use DROP INDEX "
                                        "CONCURRENTLY, alone in a migration", table))
            case ObjectType.OBJECT_TABLE if ctx.is_settled(key):
                drafts.append(Draft("drop-table", "warning",
                                    f"drops {ctx.about(key)}, which existed before this migration: code deployed "
                                    "before it fails on it; stop using the table first, drop it in a later release", key))
    return drafts


def _alter_table(key: Key, command, ctx: Context) -> list[Draft]:
    table = ctx.state.table(key)
    about = ctx.about(key)
    definition = command.def_
    match command.subtype:
        case AlterTableType.AT_AddConstraint:
            return _add_constraint(key, about, definition)
        case AlterTableType.AT_AddColumn:
            return _add_column(key, about, definition)
        case AlterTableType.AT_AlterColumnType:
            return _alter_type(key, about, command.name, definition, ctx)
        case AlterTableType.AT_SetNotNull:
            if table is not None and table.has_validated_not_null_check(command.name):
                return []
            return [Draft("set-not-null-without-check", "error",
                          f'SET NOT NULL on "{command.name}" scans {about} under an ACCESS EXCLUSIVE lock; add '
                          f'CHECK ("{command.name}" IS NOT NULL) NOT VALID, then VALIDATE it and SET NOT NULL in the '
                          "next migration", key)]
        case AlterTableType.AT_DropColumn:
            if ctx.state.is_new_column(key, command.name):
                return []
            return [Draft("drop-column", "warning",
                          f'drops column "{command.name}" of {about}, which existed before this migration: code '
                          "deployed before it fails on it; stop using the column first, drop it in a later release",
                          key)]
    return []


def _add_constraint(key: Key, about: str, constraint) -> list[Draft]:
    match constraint.contype:
        case ConstrType.CONSTR_FOREIGN | ConstrType.CONSTR_CHECK if not constraint.skip_validation:
            kind = "FOREIGN KEY" if constraint.contype == ConstrType.CONSTR_FOREIGN else "CHECK"
            lock = "SHARE ROW EXCLUSIVE" if kind == "FOREIGN KEY" else "ACCESS EXCLUSIVE"
            name = f' "{constraint.conname}"' if constraint.conname else ""
            return [Draft("constraint-without-not-valid", "error",
                          f"{kind}{name} is validated by scanning {about} under a {lock} lock; add it NOT VALID "
                          "and VALIDATE CONSTRAINT in the next migration", key)]
        case ConstrType.CONSTR_UNIQUE | ConstrType.CONSTR_PRIMARY | ConstrType.CONSTR_EXCLUSION if not constraint.indexname:
            kind = {ConstrType.CONSTR_UNIQUE: "UNIQUE", ConstrType.CONSTR_PRIMARY: "PRIMARY KEY"}.get(
                constraint.contype, "EXCLUDE")
            return [Draft("unique-constraint-without-index", "error",
                          f"{kind} builds its index on {about} under an ACCESS EXCLUSIVE lock; create the unique "
                          f"index CONCURRENTLY first, then ADD CONSTRAINT … {kind} USING INDEX", key)]
    return []


def _add_column(key: Key, about: str, column) -> list[Draft]:
    name = column.colname
    drafts = []
    type_ = sql_type(column.typeName) if column.typeName else None
    rewrite = None
    if type_ is not None and type_.is_serial:
        rewrite = "a serial column fills every row from its sequence"
    for constraint in column.constraints or ():
        match constraint.contype:
            case ConstrType.CONSTR_DEFAULT if is_volatile(constraint.raw_expr):
                rewrite = "its default is volatile and is computed for every row"
            case ConstrType.CONSTR_GENERATED:
                rewrite = "a generated column is computed for every row"
            case ConstrType.CONSTR_IDENTITY:
                rewrite = "an identity column fills every row from its sequence"
            case ConstrType.CONSTR_FOREIGN | ConstrType.CONSTR_CHECK | ConstrType.CONSTR_UNIQUE | ConstrType.CONSTR_PRIMARY:
                drafts += [Draft(d.rule, d.level, f'column "{name}": ' + d.message, key)
                           for d in _add_constraint(key, about, _inline(constraint))]
    if rewrite is not None:
        drafts.insert(0, Draft("volatile-default", "error",
                               f'ADD COLUMN "{name}" rewrites {about} under an ACCESS EXCLUSIVE lock: {rewrite}; add '
                               "it without a default (or with a constant one), backfill in batches, then set the "
                               "default", key))
    return drafts


def _inline(constraint):
    """A column constraint is never NOT VALID and never uses an existing index."""
    return ast.Constraint(contype=constraint.contype, conname=constraint.conname, skip_validation=False)


def _alter_type(key: Key, about: str, column_name: str, definition, ctx: Context) -> list[Draft]:
    table = ctx.state.table(key)
    column = table.columns.get(column_name) if table is not None else None
    before = column.type if column is not None else None
    after = sql_type(definition.typeName)
    using = definition.raw_default
    has_using = using is not None and not _is_plain_column(using, column_name)
    removed = _removed_enum_values(before, after, ctx.state)
    if removed:
        values = ", ".join(f"'{v}'" for v in removed)
        return [Draft("enum-value-removal", "error",
                      f'"{column_name}" of {about} moves to an enum without {values}: the table is rewritten under an '
                      "ACCESS EXCLUSIVE lock and the migration fails on rows holding them; move rows and code off "
                      "the values first", key)]
    if before is None:
        return [Draft("column-type-change", "error",
                      f'changes the type of "{column_name}" of {about} to {after}: this rewrites the table under an '
                      "ACCESS EXCLUSIVE lock unless the old type is binary-coercible to the new one", key)]
    if rewrites_table(before, after, has_using=has_using):
        risk = _cast_risk(before, after, ctx.state)
        return [Draft("column-type-change", "error",
                      f'changes "{column_name}" of {about} from {before} to {after}: this rewrites the table under '
                      f"an ACCESS EXCLUSIVE lock{risk}; add a new column, backfill it, then switch", key)]
    return [Draft("column-type-change", "warning",
                  f'changes "{column_name}" of {about} from {before} to {after}: no rewrite, but code deployed '
                  "before this migration may not expect the new type", key)]


def _is_plain_column(expression, column: str) -> bool:
    return isinstance(expression, ast.ColumnRef) and names_of(expression.fields)[-1:] == (column,)


def _removed_enum_values(before: SqlType | None, after: SqlType, state: SchemaState) -> tuple[str, ...]:
    previous = state.enum_values(before)
    following = state.enum_values(after)
    if previous is None or following is None:
        return ()
    return tuple(v for v in previous if v not in following)


def _cast_risk(before: SqlType, after: SqlType, state: SchemaState) -> str:
    """What Prisma's cast table (dialects/postgres/casts.py) says about existing values."""
    from lamina.dialects.postgres.casts import classify_cast
    from lamina.schema.model import Column, ColumnType

    def column(t: SqlType) -> Column:
        family = "Enum" if state.enum_values(t) is not None else ("String" if t.is_builtin else "Unsupported")
        full = str(SqlType(t.name, t.args))
        return Column("c", ColumnType(family, full, "list" if t.is_array else "nullable"))

    match classify_cast(column(before), column(after)):
        case "risky":
            return ", and fails if an existing value does not fit the new type"
        case "not_castable":
            return ", and PostgreSQL cannot cast the existing values without a USING clause"
    return ""


def _rename(node, ctx: Context) -> list[Draft]:
    match node.renameType:
        case ObjectType.OBJECT_TABLE:
            key = relation_key(node.relation)
            if ctx.is_settled(key):
                return [Draft("rename-table", "warning",
                              f'renames {ctx.about(key)} to "{node.newname}": code deployed before this migration '
                              "still uses the old name", key)]
        case ObjectType.OBJECT_COLUMN:
            key = relation_key(node.relation)
            if not ctx.is_settled(key):
                return []
            if node.newname in ctx.state.dropped_columns.get(key, ()):
                return [Draft("rename-column", "warning",
                              f'renames column "{node.subname}" of {ctx.about(key)} to "{node.newname}", the name of a '
                              "column this migration dropped: code deployed before it reads and writes the new "
                              "column as if it were the old one", key)]
            if not ctx.state.is_new_column(key, node.subname):
                return [Draft("rename-column", "warning",
                              f'renames column "{node.subname}" of {ctx.about(key)} to "{node.newname}": code deployed '
                              "before this migration still uses the old name", key)]
    return []


# --- what the file-level rules ask of a statement ---------------------------------------------------


def locked_table(node: object, ctx: Context) -> Key | None:
    """The existing table a statement waits to lock (one that blocks reads or writes), if any."""
    match node:
        case ast.AlterTableStmt() if node.objtype == ObjectType.OBJECT_TABLE:
            key = relation_key(node.relation)
        case ast.IndexStmt() if not node.concurrent:
            key = relation_key(node.relation)
        case ast.DropStmt() if node.removeType == ObjectType.OBJECT_INDEX and not node.concurrent and node.objects:
            index = ctx.state.indexes.get(object_key(node.objects[0]))
            key = index.table if index is not None else None
        case ast.DropStmt() if node.removeType == ObjectType.OBJECT_TABLE and node.objects:
            key = object_key(node.objects[0])
        case ast.RenameStmt() if node.relation is not None and node.renameType in (
                ObjectType.OBJECT_TABLE, ObjectType.OBJECT_COLUMN, ObjectType.OBJECT_TABCONSTRAINT):
            key = relation_key(node.relation)
        case ast.CreateTrigStmt():
            key = relation_key(node.relation)
        case ast.TruncateStmt() | ast.LockStmt() if node.relations:
            key = relation_key(node.relations[0])
        case _:
            return None
    return key if key is not None and ctx.is_settled(key) else None


def sets_lock_timeout(node: object) -> bool | None:
    """True for `SET [LOCAL] lock_timeout = <non-zero>`, False when it is reset or set to 0."""
    if not isinstance(node, ast.VariableSetStmt) or node.name != "lock_timeout":
        return None
    if node.kind != VariableSetKind.VAR_SET_VALUE:
        return False
    value = node.args[0].val if node.args else None
    text = str(getattr(value, "sval", getattr(value, "ival", "0")))
    return text.strip() not in ("0", "0ms", "0s")


def concurrent_statement(node: object) -> str | None:
    """The name of a statement that cannot run inside a transaction block because of CONCURRENTLY."""
    match node:
        case ast.IndexStmt() if node.concurrent:
            return "CREATE INDEX CONCURRENTLY"
        case ast.DropStmt() if node.concurrent:
            return "DROP INDEX CONCURRENTLY"
        case ast.ReindexStmt() if any(p.defname == "concurrently" for p in node.params or ()):
            return "REINDEX CONCURRENTLY"
    return None


def new_columns(node: object, ctx: Context) -> tuple[str, ...]:
    """Columns a statement drops or renames that were added earlier in the same migration."""
    match node:
        case ast.AlterTableStmt() if node.relation is not None:
            key = relation_key(node.relation)
            return tuple(c.name for c in node.cmds or () if c.subtype == AlterTableType.AT_DropColumn
                         and ctx.state.is_new_column(key, c.name))
        case ast.RenameStmt() if node.renameType == ObjectType.OBJECT_COLUMN:
            key = relation_key(node.relation)
            if ctx.state.is_new_column(key, node.subname) and node.newname not in ctx.state.dropped_columns.get(key, ()):
                return (node.subname,)
    return ()


def statement_tables(node: object, ctx: Context) -> tuple[Key, ...]:
    """The tables a statement is about (for StatementInfo)."""
    match node:
        case ast.AlterTableStmt() | ast.IndexStmt() | ast.CreateTrigStmt() if node.relation is not None:
            return (relation_key(node.relation),)
        case ast.RenameStmt() if node.relation is not None and node.renameType != ObjectType.OBJECT_INDEX:
            return (relation_key(node.relation),)
        case ast.RenameStmt() if node.relation is not None:
            index = ctx.state.indexes.get(relation_key(node.relation))
            return (index.table,) if index is not None else ()
        case ast.DropStmt() if node.removeType == ObjectType.OBJECT_TABLE:
            return tuple(k for k in map(object_key, node.objects or ()) if k is not None)
        case ast.DropStmt() if node.removeType == ObjectType.OBJECT_INDEX:
            indexes = (ctx.state.indexes.get(object_key(n)) for n in node.objects or ())
            return tuple(i.table for i in indexes if i is not None)
    return ()
