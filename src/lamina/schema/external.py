"""Tables and enums managed outside Prisma (prisma.config.ts `tables.external`, `enums.external`):
Prisma leaves them out of every diff, so they are never created, altered or dropped and never
reported as drift; foreign keys from managed tables to them are kept. `db pull` still writes them.

Names are `schema.name` where the database has schemas (PostgreSQL), and plain names elsewhere
(SQLite, MySQL), as the schema engine's `SchemaFilter::validate` requires (P3023, P3024).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lamina.errors import ExternalNamesMustBeQualified, ExternalNamesMustNotBeQualified
from lamina.schema.model import SqlSchema


@dataclass(frozen=True)
class ExternalObjects:
    tables: tuple[str, ...] = ()
    enums: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.tables or self.enums)


def check_external_names(external: ExternalObjects, *, has_namespaces: bool) -> None:
    for name in external.tables + external.enums:
        if has_namespaces and "." not in name:
            raise ExternalNamesMustBeQualified()
        if not has_namespaces and "." in name:
            raise ExternalNamesMustNotBeQualified()


def without_external(schema: SqlSchema, external: ExternalObjects, default_namespace: str | None) -> SqlSchema:
    """`schema` without the external tables and enums; `default_namespace` is what a `None`
    namespace stands for (PostgreSQL: the connection's schema), None where there are no schemas."""
    if not external:
        return schema

    def key(name: str, namespace: str | None) -> str:
        if default_namespace is None:
            return name
        return f"{namespace or default_namespace}.{name}"

    tables = set(external.tables)
    enums = set(external.enums)
    return replace(
        schema,
        tables=tuple(t for t in schema.tables if key(t.name, t.namespace) not in tables),
        enums=tuple(e for e in schema.enums if key(e.name, e.namespace) not in enums),
    )
