"""Names of an introspected schema: SQL identifiers made valid PSL identifiers (with @map/@@map
keeping the original), and Prisma's relation names and relation field names."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamina.schema.model import SqlSchema, Table

_BAD_START = re.compile(r"^[^a-zA-Z]+")
_BAD_CHAR = re.compile(r"[^_a-zA-Z0-9]")

# Type names the client reserves: a table with one of these names becomes `Renamed<name>`.
RESERVED_TYPE_NAMES = frozenset({"PrismaClient", "Prisma"})


def needs_sanitation(name: str) -> bool:
    return bool(_BAD_START.search(name) or _BAD_CHAR.search(name))


def sanitize(name: str) -> str:
    if not needs_sanitation(name):
        return name
    return _BAD_CHAR.sub("_", _BAD_START.sub("", name))


@dataclass(frozen=True)
class PslName:
    """A name in the PSL and the database name it maps to when they differ."""

    name: str
    mapped: str | None = None


def model_name(table: str) -> PslName:
    if table in RESERVED_TYPE_NAMES:
        return PslName(f"Renamed{table}", table)
    if needs_sanitation(table):
        return PslName(sanitize(table), table)
    return PslName(table)


def field_name(column: str) -> PslName:
    if needs_sanitation(column):
        return PslName(sanitize(column), column)
    return PslName(column)


def enum_value_name(value: str) -> PslName:
    if value == "":
        return PslName("EMPTY_ENUM_VALUE", "")
    if needs_sanitation(value):
        return PslName(sanitize(value), value)
    return PslName(value)


def is_prisma_join_table(table: Table) -> bool:
    """`_AToB`: columns A and B, two foreign keys, a unique index or primary key on (A, B)."""
    if not table.name.startswith("_") or len(table.columns) != 2 or len(table.foreign_keys) != 2:
        return False
    names = sorted(c.name for c in table.columns)
    if names != ["A", "B"]:
        return False
    keyed = [tuple(c.name for c in i.columns) for i in table.indexes if i.kind == "unique"]
    if table.primary_key is not None:
        keyed.append(tuple(c.name for c in table.primary_key.columns))
    return ("A", "B") in keyed


@dataclass(frozen=True)
class InlineNames:
    relation: str  # "" when no name is needed
    forward: str  # field on the referencing model
    back: str  # field on the referenced model


def _table_key(table: Table) -> tuple[str | None, str]:
    return (table.namespace, table.name)


def inline_relation_names(schema: SqlSchema, models: dict[tuple[str | None, str], str],
                          columns: dict[tuple[str | None, str, str], str]) -> dict[tuple[tuple[str | None, str], int], InlineNames]:
    """Names for every foreign key, keyed by (table key, index in table.foreign_keys)."""
    tables = [t for t in schema.tables if not is_prisma_join_table(t)]
    ambiguous = _ambiguous_pairs(schema, tables, models, columns)
    names: dict[tuple[tuple[str | None, str], int], InlineNames] = {}
    for table in tables:
        key = _table_key(table)
        for index, fk in enumerate(table.foreign_keys):
            ref_key = (fk.referenced_namespace, fk.referenced_table)
            referencing, referenced = models[key], models.get(ref_key, sanitize(fk.referenced_table))
            is_self = ref_key == key
            prefix = "other_" if is_self else ""
            if frozenset((key, ref_key)) not in ambiguous:
                relation = f"{referencing}To{referenced}" if is_self else ""
                names[(key, index)] = InlineNames(relation, referenced, f"{prefix}{referencing}")
            else:
                cols = "_".join(columns[(table.namespace, table.name, c)] for c in fk.columns)
                relation = f"{referencing}_{cols}To{referenced}"
                names[(key, index)] = InlineNames(relation, f"{referenced}_{relation}",
                                                  f"{prefix}{referencing}_{relation}")
    return names


def _ambiguous_pairs(schema: SqlSchema, tables: list[Table], models, columns) -> set[frozenset]:
    ambiguous: set[frozenset] = set()
    by_key = {_table_key(t): t for t in schema.tables}
    for table in schema.tables:
        key = _table_key(table)
        if is_prisma_join_table(table):
            refs = [(fk.referenced_namespace, fk.referenced_table) for fk in table.foreign_keys]
            pair = frozenset(refs)
            for ref in refs:
                other = by_key.get(ref)
                for fk in other.foreign_keys if other else ():
                    if frozenset((ref, (fk.referenced_namespace, fk.referenced_table))) == pair:
                        ambiguous.add(pair)
            for other in schema.tables:
                if other is not table and is_prisma_join_table(other) and frozenset(
                        (fk.referenced_namespace, fk.referenced_table) for fk in other.foreign_keys) == pair:
                    ambiguous.add(pair)
            continue
        for fk in table.foreign_keys:
            ref_key = (fk.referenced_namespace, fk.referenced_table)
            pair = frozenset((key, ref_key))
            if pair in ambiguous:
                continue
            referenced_table = by_key.get(ref_key)
            others = [*table.foreign_keys, *(referenced_table.foreign_keys if referenced_table else ())]
            owners = [key] * len(table.foreign_keys) + [ref_key] * (len(others) - len(table.foreign_keys))
            for owner, other in zip(owners, others):
                if other is fk or (owner == key and other.columns == fk.columns):
                    continue
                if frozenset((owner, (other.referenced_namespace, other.referenced_table))) == pair:
                    ambiguous.add(pair)
                    break
            else:
                default = models.get(ref_key, sanitize(fk.referenced_table))
                if any(columns[(table.namespace, table.name, c)] == default for c in fk.columns):
                    ambiguous.add(pair)
    return ambiguous


def m2m_names(table: Table, models: dict[tuple[str | None, str], str], ambiguous: bool) -> tuple[str, str, str]:
    """(relation name or "", field on model A, field on model B) of a Prisma join table."""
    fk_a = next(fk for fk in table.foreign_keys if fk.columns[0].lower() == "a")
    fk_b = next(fk for fk in table.foreign_keys if fk is not fk_a)
    model_a = models[(fk_a.referenced_namespace, fk_a.referenced_table)]
    model_b = models[(fk_b.referenced_namespace, fk_b.referenced_table)]
    first, second = sorted([model_a, model_b])
    is_self = model_a == model_b
    if ambiguous:
        relation, suffix = table.name[1:], table.name
    else:
        found = table.name[1:]
        relation = "" if found == f"{first}To{second}" and not is_self else found
        suffix = ""
    return (relation, f"{second}{suffix}{'_A' if is_self else ''}", f"{first}{suffix}{'_B' if is_self else ''}")

