"""What a history may not do when it is applied to many schemas of one database: name a schema
(it would run against that schema from every tenant, not against the tenant's own), set the
search_path, or create or change extensions (they belong to the whole database).

Read from PostgreSQL's own parse tree (pglast), statement by statement.
"""

from __future__ import annotations


from lamina.errors import KnownError
from lamina.migrations.directory import LocalMigration

# Parse-tree keys that hold a (possibly qualified) object name as a list of strings.
_NAME_KEYS = frozenset({"typeName", "names", "funcname", "objname", "collname", "opclass", "defnames",
                        "objects", "object", "name"})


class HistoryNotTenantSafe(KnownError):
    migration_name: str
    reason: str

    def message(self) -> str:
        return (f"The migration `{self.migration_name}` {self.reason}: it cannot be applied to each tenant "
                "schema on its own.")

    @property
    def hint(self) -> str | None:
        return ("--tenant-schemas applies the history once per schema, with the search_path set to that schema "
                "alone; deploy databases with --targets instead, or move that statement out of the history "
                "(docs/fleet.md).")


def check_tenant_history(local: list[LocalMigration]) -> None:
    """Raise HistoryNotTenantSafe for the first migration that names a schema or an extension."""
    import pglast

    for migration in local:
        if migration.script is None:
            continue
        try:
            statements = pglast.parse_sql(migration.script)
        except Exception:  # noqa: BLE001 - the server reports a script it cannot parse
            continue
        for raw in statements:
            reason = _reason(raw.stmt(skip_none=True))  # type: ignore[misc]
            if reason is not None:
                raise HistoryNotTenantSafe(migration.name, reason)


def _reason(node: object, key: str = "") -> str | None:
    if isinstance(node, dict):
        kind = node.get("@")
        if kind == "CreateSchemaStmt":
            return f"creates the schema `{node.get('schemaname')}`"
        if kind in ("CreateExtensionStmt", "AlterExtensionStmt", "AlterExtensionContentsStmt"):
            verb = "creates" if kind == "CreateExtensionStmt" else "changes"
            return f"{verb} the extension `{node.get('extname')}`, which belongs to the whole database"
        if kind == "VariableSetStmt" and str(node.get("name", "")).lower() == "search_path":
            return "sets the search_path"
        if kind == "DropStmt" and _object_type(node) == "OBJECT_EXTENSION":
            return "drops an extension, which belongs to the whole database"
        if kind == "DropStmt" and _object_type(node) == "OBJECT_SCHEMA":
            return "drops a schema"
        if node.get("schemaname") and kind != "CreateSchemaStmt":
            return f"names the schema `{node['schemaname']}`"
        if kind == "ColumnRef" and len(node.get("fields", ())) >= 3 and (fields := _strings(node["fields"])):
            return f"names the schema `{fields[0]}`"
        for child_key, child in node.items():
            if (reason := _reason(child, child_key)) is not None:
                return reason
        return None
    if isinstance(node, tuple):
        names = _strings(node)
        if key in _NAME_KEYS and names is not None and len(names) >= 2 and names[0] != "pg_catalog":
            return f"names the schema `{names[0]}`"
        for child in node:
            if (reason := _reason(child, key)) is not None:
                return reason
    return None


def _object_type(node: dict) -> str | None:
    value = node.get("removeType")
    return value.get("name") if isinstance(value, dict) else None


def _strings(items: tuple) -> list[str] | None:
    """The values of a tuple made only of String nodes, else None."""
    if not items or not all(isinstance(item, dict) and item.get("@") == "String" for item in items):
        return None
    return [item.get("sval", "") for item in items]
