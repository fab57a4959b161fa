"""What a reverse needs beyond the compared schema (docs/rollback.md): functions, triggers,
constraints and indexes as PostgreSQL prints them.

`describe_postgres` reads what Prisma compares, and nothing here enters that comparison: `migrate
diff` and `migrate dev`'s migration.sql never see it. `down.sql` is built from two descriptions of
the replayed shadow database (before and after a migration), so that its reverse can:

* drop the functions and triggers the migration created and re-create the ones it dropped or
  replaced (`pg_get_functiondef`, `pg_get_triggerdef`);
* drop a trigger that depends on a column before changing that column's type back, and re-create it
  after;
* drop a unique index that backs a constraint (`ALTER TABLE … ADD CONSTRAINT … UNIQUE`) with
  `ALTER TABLE … DROP CONSTRAINT`, and re-create such an index as the constraint it was;
* drop and re-create CHECK and exclusion constraints, expression indexes, and indexes whose
  predicate changed, which the compared schema does not describe.
"""

from __future__ import annotations

from collections.abc import Sequence as Seq
from dataclasses import dataclass, field

import psycopg
from psycopg.rows import tuple_row

# Keys: (namespace or None for the default one, table, name).
TableKey = tuple[str | None, str, str]

_FUNCTIONS = """
SELECT n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid),
       pg_catalog.pg_get_functiondef(p.oid), p.prokind = 'p'
FROM pg_catalog.pg_proc AS p
JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
WHERE n.nspname = ANY (%(schemas)s)
  AND p.prokind IN ('f', 'p')
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend AS d
                  WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
"""

_TRIGGERS = """
SELECT n.nspname, c.relname, t.tgname, pg_catalog.pg_get_triggerdef(t.oid), t.tgenabled,
       ARRAY(SELECT a.attname FROM pg_catalog.pg_depend AS d
             JOIN pg_catalog.pg_attribute AS a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE d.classid = 'pg_catalog.pg_trigger'::regclass AND d.objid = t.oid
               AND d.refclassid = 'pg_catalog.pg_class'::regclass AND d.refobjsubid > 0
             ORDER BY a.attnum)
FROM pg_catalog.pg_trigger AS t
JOIN pg_catalog.pg_class AS c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (%(schemas)s) AND NOT t.tgisinternal AND c.relname <> '_prisma_migrations'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend AS d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
"""

_CONSTRAINTS = """
SELECT n.nspname, c.relname, con.conname, con.contype, pg_catalog.pg_get_constraintdef(con.oid),
       ic.relname
FROM pg_catalog.pg_constraint AS con
JOIN pg_catalog.pg_class AS c ON c.oid = con.conrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_class AS ic ON ic.oid = con.conindid
WHERE n.nspname = ANY (%(schemas)s) AND con.contype IN ('u', 'c', 'x') AND c.relkind IN ('r', 'p')
  AND c.relname <> '_prisma_migrations'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend AS d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
"""

_INDEXES = """
SELECT n.nspname, c.relname, ic.relname, pg_catalog.pg_get_indexdef(i.indexrelid),
       (i.indexprs IS NOT NULL), (i.indpred IS NOT NULL)
FROM pg_catalog.pg_index AS i
JOIN pg_catalog.pg_class AS c ON c.oid = i.indrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_class AS ic ON ic.oid = i.indexrelid
WHERE n.nspname = ANY (%(schemas)s) AND c.relkind IN ('r', 'p') AND NOT c.relispartition
  AND NOT i.indisprimary AND (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint AS con WHERE con.conindid = i.indexrelid)
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend AS d
                  WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
ORDER BY 1, 2, 3
"""


@dataclass(frozen=True)
class Function:
    namespace: str | None
    name: str
    arguments: str  # pg_get_function_identity_arguments
    definition: str  # pg_get_functiondef: CREATE OR REPLACE FUNCTION …
    is_procedure: bool = False


@dataclass(frozen=True)
class Trigger:
    namespace: str | None
    table: str
    name: str
    definition: str  # pg_get_triggerdef: CREATE TRIGGER …
    enabled: str = "O"
    columns: tuple[str, ...] = ()  # the table's columns its definition depends on (UPDATE OF, WHEN)


@dataclass(frozen=True)
class Constraint:
    namespace: str | None
    table: str
    name: str
    kind: str  # pg_constraint.contype: "u" unique, "c" check, "x" exclusion
    definition: str  # pg_get_constraintdef: UNIQUE (…) DEFERRABLE …, CHECK (…), EXCLUDE …
    index: str | None = None  # the index a unique or exclusion constraint owns


@dataclass(frozen=True)
class IndexDefinition:
    """An index the compared schema describes partly or not at all: on expressions, or partial."""

    namespace: str | None
    table: str
    name: str
    definition: str  # pg_get_indexdef: CREATE [UNIQUE] INDEX …
    on_expressions: bool = False
    is_partial: bool = False


@dataclass(frozen=True)
class DatabaseObjects:
    functions: dict[tuple[str | None, str, str], Function] = field(default_factory=dict)
    triggers: dict[TableKey, Trigger] = field(default_factory=dict)
    constraints: dict[TableKey, Constraint] = field(default_factory=dict)
    indexes: dict[TableKey, IndexDefinition] = field(default_factory=dict)

    def unique_constraint(self, namespace: str | None, table: str, index: str) -> Constraint | None:
        """The unique constraint that owns the index `index` of `table`, if one does."""
        for constraint in self.constraints.values():
            if (constraint.kind == "u" and constraint.table == table and constraint.namespace == namespace
                    and constraint.index == index):
                return constraint
        return None


def describe_objects(conn: psycopg.Connection, schemas: Seq[str] = ("public",),
                     stands_for: str | None = None) -> DatabaseObjects:
    """The functions, triggers, constraints and undescribed indexes of `schemas` (the first is the
    default, keyed None). `stands_for`: the schema a temporary shadow schema replays (its name then
    replaces the temporary one in the definitions)."""
    schemas = list(schemas) or ["public"]
    default = schemas[0]

    def ns(namespace: str) -> str | None:
        return None if namespace == default else namespace

    def fixed(text: str) -> str:
        if stands_for is None:
            return text
        return text.replace(f'"{default}".', f'"{stands_for}".').replace(f"{default}.", f"{stands_for}.")

    with conn.cursor(row_factory=tuple_row) as cursor:
        def rows(sql: str) -> list[tuple]:
            return cursor.execute(sql, {"schemas": schemas}, prepare=False).fetchall()

        functions = {(ns(n), name, args): Function(ns(n), name, args, fixed(definition), procedure)
                     for n, name, args, definition, procedure in rows(_FUNCTIONS)}
        triggers = {(ns(n), table, name): Trigger(ns(n), table, name, fixed(definition), enabled, tuple(columns))
                    for n, table, name, definition, enabled, columns in rows(_TRIGGERS)}
        constraints = {(ns(n), table, name): Constraint(ns(n), table, name, kind, definition, index)
                       for n, table, name, kind, definition, index in rows(_CONSTRAINTS)}
        indexes = {(ns(n), table, name): IndexDefinition(ns(n), table, name, fixed(definition), expressions, partial)
                   for n, table, name, definition, expressions, partial in rows(_INDEXES)}
    return DatabaseObjects(functions, triggers, constraints, indexes)
