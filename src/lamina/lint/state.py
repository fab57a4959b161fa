"""The schema as a history of migrations leaves it, followed statement by statement without a database.

Only what the rules ask about is kept: which tables exist and in which migration each was created,
their columns (type, NOT NULL), constraints (kind, validated, a `CHECK (c IS NOT NULL)`), indexes
(table, unique, columns) and enums (values). Statements the model does not know (functions, DO
blocks, data changes) leave it unchanged; a table it never saw created is taken to exist from
before, which is the cautious answer for every rule.

Names: an unqualified name and one qualified with `public` are the same object (schema ""); other
schemas are kept as written. The state is the one mutable object of the linter: a history of a
thousand migrations is replayed into it once, in place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pglast import ast
from pglast.enums import AlterTableType, ConstrType, NullTestType, ObjectType

from lamina.lint.statements import names_of
from lamina.lint.types import SqlType, sql_type

Key = tuple[str, str]  # (schema, name); schema "" = the default one


def key_of(names: tuple[str, ...]) -> Key:
    schema = names[-2] if len(names) > 1 else ""
    return ("" if schema == "public" else schema, names[-1])


def object_key(item) -> Key | None:
    """The name of one object of a DROP: a name list, a TypeName or a function's ObjectWithArgs."""
    names = names_of(item) if isinstance(item, tuple) else names_of(
        getattr(item, "names", None) or getattr(item, "objname", None) or ())
    return key_of(names) if names else None


def relation_key(relation) -> Key:
    schema = relation.schemaname or ""
    return ("" if schema == "public" else schema, relation.relname)


def shown(key: Key) -> str:
    return f'"{key[0]}"."{key[1]}"' if key[0] else f'"{key[1]}"'


@dataclass(slots=True)
class ColumnState:
    type: SqlType | None
    is_not_null: bool
    created_in: str


@dataclass(slots=True)
class ConstraintState:
    kind: str  # "check" | "foreign" | "unique" | "primary" | "exclusion"
    is_valid: bool
    not_null_column: str | None = None  # the column of a `CHECK ("c" IS NOT NULL)`


@dataclass(slots=True)
class TableState:
    key: Key
    created_in: str
    columns: dict[str, ColumnState] = field(default_factory=dict)
    constraints: dict[str, ConstraintState] = field(default_factory=dict)

    def has_validated_not_null_check(self, column: str) -> bool:
        return any(c.is_valid and c.not_null_column == column for c in self.constraints.values())


@dataclass(slots=True)
class IndexState:
    table: Key
    is_unique: bool
    columns: tuple[str, ...]


@dataclass
class SchemaState:
    tables: dict[Key, TableState] = field(default_factory=dict)
    indexes: dict[Key, IndexState] = field(default_factory=dict)
    enums: dict[Key, tuple[str, ...]] = field(default_factory=dict)
    migration: str = ""  # the migration being replayed
    # columns that existed before the migration being replayed and that it dropped, per table
    dropped_columns: dict[Key, set[str]] = field(default_factory=dict)

    def begin(self, migration: str) -> None:
        self.migration = migration
        self.dropped_columns = {}

    def is_new_column(self, key: Key, column: str) -> bool:
        """Added earlier in the migration being replayed."""
        table = self.tables.get(key)
        state = table.columns.get(column) if table is not None else None
        return state is not None and state.created_in == self.migration

    def table(self, key: Key) -> TableState | None:
        return self.tables.get(key)

    def is_new(self, key: Key) -> bool:
        """Created earlier in the migration being replayed."""
        table = self.tables.get(key)
        return table is not None and table.created_in == self.migration

    def enum_values(self, sql: SqlType | None) -> tuple[str, ...] | None:
        if sql is None or sql.is_builtin:
            return None
        return self.enums.get((sql.schema, sql.name))

    # --- replay -------------------------------------------------------------------------------

    def apply(self, node: object) -> None:
        match node:
            case ast.CreateStmt():
                self._create_table(node)
            case ast.CreateTableAsStmt() if node.into is not None:
                key = relation_key(node.into.rel)
                self.tables.setdefault(key, TableState(key, self.migration))
            case ast.AlterTableStmt() if node.objtype == ObjectType.OBJECT_TABLE:
                key = relation_key(node.relation)
                table = self.tables.get(key)
                if table is None:
                    table = self.tables[key] = TableState(key, "")  # existed before the history knew it
                for command in node.cmds or ():
                    self._alter_table(table, command)
            case ast.IndexStmt() if node.idxname:
                table = relation_key(node.relation)
                columns = tuple(p.name for p in node.indexParams or () if p.name)
                self.indexes[(table[0], node.idxname)] = IndexState(table, bool(node.unique), columns)
            case ast.DropStmt():
                self._drop(node)
            case ast.RenameStmt():
                self._rename(node)
            case ast.CreateEnumStmt():
                self.enums[key_of(names_of(node.typeName))] = tuple(v.sval for v in node.vals or ())
            case ast.AlterEnumStmt():
                self._alter_enum(node)

    def _create_table(self, node) -> None:
        key = relation_key(node.relation)
        if node.if_not_exists and key in self.tables:
            return
        table = self.tables[key] = TableState(key, self.migration)
        for element in node.tableElts or ():
            match element:
                case ast.ColumnDef():
                    self._add_column(table, element)
                case ast.Constraint():
                    self._add_constraint(table, element)

    def _add_column(self, table: TableState, column) -> None:
        constraints = column.constraints or ()
        not_null = bool(column.is_not_null) or any(
            c.contype in (ConstrType.CONSTR_NOTNULL, ConstrType.CONSTR_PRIMARY) for c in constraints)
        table.columns[column.colname] = ColumnState(
            sql_type(column.typeName) if column.typeName else None, not_null, self.migration)
        for constraint in constraints:
            if constraint.conname:
                self._add_constraint(table, constraint)

    def _add_constraint(self, table: TableState, constraint) -> None:
        kind = _CONSTRAINT_KINDS.get(constraint.contype)
        if kind is None:
            return
        if kind == "primary":
            for name in names_of(constraint.keys):
                if name in table.columns:
                    table.columns[name].is_not_null = True
        name = constraint.conname or f"{table.key[1]}_{kind}"
        table.constraints[name] = ConstraintState(
            kind, not constraint.skip_validation, not_null_check_column(constraint) if kind == "check" else None)
        if kind in ("unique", "primary") and constraint.indexname is None:
            self.indexes[(table.key[0], name)] = IndexState(table.key, True, names_of(constraint.keys))

    def _alter_table(self, table: TableState, command) -> None:
        definition = command.def_
        match command.subtype:
            case AlterTableType.AT_AddColumn:
                self._add_column(table, definition)
            case AlterTableType.AT_DropColumn:
                column = table.columns.pop(command.name, None)
                if column is None or column.created_in != self.migration:
                    self.dropped_columns.setdefault(table.key, set()).add(command.name)
            case AlterTableType.AT_AlterColumnType:
                column = table.columns.get(command.name)
                if column is not None:
                    column.type = sql_type(definition.typeName)
            case AlterTableType.AT_SetNotNull | AlterTableType.AT_DropNotNull:
                column = table.columns.get(command.name)
                if column is not None:
                    column.is_not_null = command.subtype == AlterTableType.AT_SetNotNull
            case AlterTableType.AT_AddConstraint:
                self._add_constraint(table, definition)
            case AlterTableType.AT_DropConstraint:
                table.constraints.pop(command.name, None)
                self.indexes.pop((table.key[0], command.name), None)
            case AlterTableType.AT_ValidateConstraint:
                constraint = table.constraints.get(command.name)
                if constraint is not None:
                    constraint.is_valid = True

    def _drop(self, node) -> None:
        for item in node.objects or ():
            key = object_key(item)
            match node.removeType:
                case ObjectType.OBJECT_TABLE:
                    if self.tables.pop(key, None) is not None:
                        self.indexes = {k: i for k, i in self.indexes.items() if i.table != key}
                case ObjectType.OBJECT_INDEX:
                    self.indexes.pop(key, None)
                case ObjectType.OBJECT_TYPE:
                    self.enums.pop(key, None)

    def _rename(self, node) -> None:
        match node.renameType:
            case ObjectType.OBJECT_TABLE:
                before = relation_key(node.relation)
                after = (before[0], node.newname)
                table = self.tables.pop(before, None) or TableState(after, "")
                table.key = after
                self.tables[after] = table
                for index in self.indexes.values():
                    if index.table == before:
                        index.table = after
            case ObjectType.OBJECT_COLUMN:
                table = self.tables.get(relation_key(node.relation))
                if table is not None and node.subname in table.columns:
                    table.columns[node.newname] = table.columns.pop(node.subname)
            case ObjectType.OBJECT_INDEX:
                before = relation_key(node.relation)
                if before in self.indexes:
                    self.indexes[(before[0], node.newname)] = self.indexes.pop(before)
            case ObjectType.OBJECT_TABCONSTRAINT:
                table = self.tables.get(relation_key(node.relation))
                if table is not None and node.subname in table.constraints:
                    table.constraints[node.newname] = table.constraints.pop(node.subname)
            case ObjectType.OBJECT_TYPE:
                before = key_of(names_of(node.object))
                if before in self.enums:
                    self.enums[(before[0], node.newname)] = self.enums.pop(before)

    def _alter_enum(self, node) -> None:
        key = key_of(names_of(node.typeName))
        values = list(self.enums.get(key, ()))
        if node.oldVal is not None:
            values = [node.newVal if v == node.oldVal else v for v in values]
        elif node.newVal not in values:
            anchor = node.newValNeighbor
            if anchor in values:
                values.insert(values.index(anchor) + (1 if node.newValIsAfter else 0), node.newVal)
            else:
                values.append(node.newVal)
        self.enums[key] = tuple(values)


_CONSTRAINT_KINDS = {
    ConstrType.CONSTR_CHECK: "check", ConstrType.CONSTR_FOREIGN: "foreign", ConstrType.CONSTR_UNIQUE: "unique",
    ConstrType.CONSTR_PRIMARY: "primary", ConstrType.CONSTR_EXCLUSION: "exclusion",
}


def not_null_check_column(constraint) -> str | None:
    """"c" for `CHECK ("c" IS NOT NULL)`, else None."""
    expression = constraint.raw_expr
    if isinstance(expression, ast.NullTest) and expression.nulltesttype == NullTestType.IS_NOT_NULL:
        argument = expression.arg
        if isinstance(argument, ast.ColumnRef):
            fields = names_of(argument.fields)
            return fields[-1] if fields else None
    return None
