"""Describe a live PostgreSQL database into the SqlSchema model.

A fixed number of catalog queries (`queries/*.sql`, one per object kind) runs whatever the number of
tables; everything else is pure assembly of their rows.  The output follows the conventions of
`lamina.schema.model` so that a database created from a calculated schema describes back to the
same SqlSchema:

* column types are spelled as Prisma renders them (`character varying(255)` → `VARCHAR(255)`);
* `nextval(...)` defaults and identity columns become `auto_increment=True` without a default;
* partial indexes on plain columns are described with their predicate as PostgreSQL prints it
  (`pg_get_expr`); the differ compares it only with the partialIndexes preview feature;
* table, column and enum comments are read into `comment`, which is never compared (Prisma does not
  diff comments, so they cannot cause drift);
* expression indexes and exclusion constraints are left out entirely: the model
  cannot express them, and a calculated schema never contains them, so describing them partially
  would only produce false drift (Prisma's describer skips them too).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from collections.abc import Sequence as Seq
from decimal import Decimal, InvalidOperation
from importlib import resources

import psycopg
from psycopg.rows import tuple_row

from lamina.schema.model import (
    Column,
    ColumnDefault,
    ColumnType,
    Enum,
    Extension,
    ForeignKey,
    Index,
    IndexColumn,
    PrimaryKey,
    ReferentialAction,
    Sequence,
    SqlSchema,
    Table,
    View,
)

IGNORED_TABLES = frozenset({"_prisma_migrations"})
POSTGIS_TABLES = frozenset(
    {"spatial_ref_sys", "geometry_columns", "geography_columns", "raster_columns", "raster_overviews"}
)
QUERY_NAMES = (
    "namespaces", "tables", "columns", "enums", "foreign_keys", "indexes", "views", "sequences", "extensions",
)

# pg_type.typname → (family, rendered name, does the rendered name keep the type modifier?)
SCALAR_TYPES: dict[str, tuple[str, str, bool]] = {
    "int2": ("Int", "SMALLINT", False),
    "int4": ("Int", "INTEGER", False),
    "int8": ("BigInt", "BIGINT", False),
    "oid": ("Int", "OID", False),
    "float4": ("Float", "REAL", False),
    "float8": ("Float", "DOUBLE PRECISION", False),
    "numeric": ("Decimal", "DECIMAL", True),
    "money": ("Decimal", "MONEY", False),
    "bool": ("Boolean", "BOOLEAN", False),
    "text": ("String", "TEXT", False),
    "citext": ("String", "CITEXT", False),
    "varchar": ("String", "VARCHAR", True),
    "bpchar": ("String", "CHAR", True),
    "xml": ("String", "XML", False),
    "inet": ("String", "INET", False),
    "bit": ("String", "BIT", True),
    "varbit": ("String", "VARBIT", True),
    # Prisma has no Uuid scalar: `String @db.Uuid` is calculated as a String column.
    "uuid": ("String", "UUID", False),
    "date": ("DateTime", "DATE", False),
    "time": ("DateTime", "TIME", True),
    "timetz": ("DateTime", "TIMETZ", True),
    "timestamp": ("DateTime", "TIMESTAMP", True),
    "timestamptz": ("DateTime", "TIMESTAMPTZ", True),
    "bytea": ("Binary", "BYTEA", False),
    "json": ("Json", "JSON", False),
    "jsonb": ("Json", "JSONB", False),
}

DEFAULT_PRECISION_SIX = frozenset({"TIMESTAMP", "TIMESTAMPTZ", "TIME", "TIMETZ"})

REFERENTIAL_ACTIONS: dict[str, ReferentialAction] = {
    "a": "NoAction", "r": "Restrict", "c": "Cascade", "n": "SetNull", "d": "SetDefault",
}


def describe_postgres(conn: psycopg.Connection, schemas: Seq[str] = ("public",), *,
                      known: SqlSchema | None = None, changed: Collection[str] = ()) -> SqlSchema:
    """Describe the tables, enums, views, sequences and extensions of `schemas` (the first is the default).

    With `known`, an earlier description of the same database: only the tables named in `changed`
    (of the default schema) are read again, every other table is taken from `known`; the result is
    the one a full description would give as long as nothing but the `changed` tables was altered
    since `known` was read (operations/dev_files.py `described_after`). A table `known` lacks is
    read in full."""
    schemas = list(schemas) or ["public"]
    default = schemas[0]
    rows = {"tables": _run(conn, "tables", schemas)}
    reusable = _reusable_tables(known, changed, default, rows["tables"])
    narrowed = sorted({name for _, name, _ in rows["tables"]} - reusable.keys()) if known is not None else None
    rows.update((name, _run(conn, name, schemas, narrowed)) for name in QUERY_NAMES if name != "tables")

    def ns(namespace: str) -> str | None:
        return None if namespace == default else namespace

    enums = _enums(rows["enums"], ns)
    enum_keys = {(e.namespace, e.name) for e in enums}
    columns = _columns(rows["columns"], ns, enum_keys)
    primary_keys, indexes = _indexes(rows["indexes"])
    foreign_keys = _foreign_keys(rows["foreign_keys"], ns)
    tables = tuple(
        reusable[name] if namespace == default and name in reusable else Table(
            name=name,
            columns=tuple(columns.get((namespace, name), ())),
            primary_key=primary_keys.get((namespace, name)),
            indexes=tuple(indexes.get((namespace, name), ())),
            foreign_keys=tuple(foreign_keys.get((namespace, name), ())),
            namespace=ns(namespace),
            comment=comment,
        )
        for namespace, name, comment in rows["tables"]
        if not _is_ignored_table(name)
    )
    existing = {namespace for (namespace,) in rows["namespaces"]}
    return SqlSchema(
        tables=tables,
        enums=enums,
        namespaces=tuple(s for s in schemas[1:] if s in existing),
        views=tuple(View(name, definition, ns(namespace)) for namespace, name, definition in rows["views"]),
        sequences=tuple(Sequence(name, ns(namespace)) for namespace, name in rows["sequences"]),
        extensions=tuple(Extension(name, schema, version) for name, schema, version in rows["extensions"]),
        default_namespace=default,
    )


def _reusable_tables(known: SqlSchema | None, changed: Collection[str], default: str,
                     table_rows: list[tuple[str, str, str | None]]) -> dict[str, Table]:
    """The tables of `known` a description may take as they are: in the default schema, not
    `changed`, and with no namespace of the database holding another table of that name (the
    per-table queries narrow by name only)."""
    if known is None:
        return {}
    elsewhere = {name for namespace, name, _ in table_rows if namespace != default}
    return {t.name: t for t in known.tables if t.namespace is None and t.name not in changed and t.name not in elsewhere}


TABLE_QUERIES = frozenset({"columns", "foreign_keys", "indexes"})  # the ones `tables` narrows


def _run(conn: psycopg.Connection, name: str, schemas: list[str], tables: list[str] | None = None) -> list[tuple]:
    """One catalog query; `tables` (None: all) narrows the per-table ones to those table names."""
    sql = resources.files("lamina.dialects.postgres").joinpath("queries", f"{name}.sql").read_text("utf-8")
    params: dict[str, object] = {"schemas": schemas}
    if name in TABLE_QUERIES:
        params["tables"] = tables
    # A plain tuple cursor, whatever row factory the caller's connection uses.
    with conn.cursor(row_factory=tuple_row) as cursor:
        return cursor.execute(sql, params, prepare=False).fetchall()


def _is_ignored_table(name: str) -> bool:
    return name in IGNORED_TABLES or name.lower() in POSTGIS_TABLES


def _enums(rows: list[tuple], ns) -> tuple[Enum, ...]:
    values: dict[tuple[str, str], list[str]] = {}
    comments: dict[tuple[str, str], str | None] = {}
    for namespace, name, value, comment in rows:
        values.setdefault((namespace, name), []).append(value)
        comments[(namespace, name)] = comment
    return tuple(Enum(name, tuple(vals), ns(namespace), comment=comments[(namespace, name)])
                 for (namespace, name), vals in values.items())


def _columns(rows: list[tuple], ns, enum_keys: set) -> dict[tuple[str, str], list[Column]]:
    columns: dict[tuple[str, str], list[Column]] = {}
    for (namespace, table, name, is_required, is_list, type_name, type_kind, type_namespace,
         formatted, default_expr, identity, generated, comment) in rows:
        arity = "list" if is_list else "required" if is_required else "nullable"
        if type_kind == "e" and (ns(type_namespace), type_name) in enum_keys:
            column_type = ColumnType("Enum", type_name, arity, ns(type_namespace))
        else:
            column_type = _column_type(type_name, type_kind, type_namespace, formatted, arity)
        default: ColumnDefault | None = None
        auto_increment = identity in ("a", "d")
        if default_expr is not None and not auto_increment:
            if generated == "s":
                default = ColumnDefault("dbgenerated", default_expr)
            elif _is_nextval(default_expr):
                auto_increment = True
            else:
                default = parse_default(default_expr, column_type)
        columns.setdefault((namespace, table), []).append(
            Column(name, column_type, default, auto_increment, comment=comment))
    return columns


def _column_type(type_name: str, type_kind: str, type_namespace: str, formatted: str, arity) -> ColumnType:
    """A non-enum column type; `formatted` is `format_type()` of the (element) type with its modifier."""
    known = SCALAR_TYPES.get(type_name) if type_kind != "d" else None
    if known is None:
        # format_type() qualifies types that are not on the search path: the schema is not part
        # of how a schema.prisma spells `Unsupported("vector(3)")`.
        for prefix in (f'"{type_namespace}".', f"{type_namespace}."):
            formatted = formatted.removeprefix(prefix)
        return ColumnType("Unsupported", formatted, arity)
    family, rendered, keeps_modifier = known
    modifier = re.search(r"\(([^)]*)\)", formatted) if keeps_modifier else None
    if modifier:
        rendered += "(" + modifier.group(1).replace(" ", "") + ")"
    elif rendered in DEFAULT_PRECISION_SIX:
        # information_schema's datetime_precision, which Prisma reads: 6 when none was given.
        rendered += "(6)"
    return ColumnType(family, rendered, arity)


# --- defaults -------------------------------------------------------------------------------------

_STRING = r"'(?:[^']|'')*'"
_ESTRING = r"[eE]'(?:[^'\\]|\\.|'')*'"
_NAME = r'(?:"(?:[^"]|"")+"|[A-Za-z_][\w$]*)'
_CAST = re.compile(
    rf"\s*::\s*{_NAME}(?:\s*\.\s*{_NAME})*(?:\s+(?:varying|precision))?"
    r"(?:\s*\(\s*\d+(?:\s*,\s*\d+)?\s*\))?(?:\s+(?:with|without)\s+time\s+zone)?(?:\s*\[\])*"
)
_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_NEXTVAL = re.compile(r"^\s*nextval\s*\(", re.IGNORECASE)


def _is_nextval(expr: str) -> bool:
    return bool(_NEXTVAL.match(expr))


def parse_default(expr: str, column_type: ColumnType) -> ColumnDefault | None:
    """Parse a `pg_get_expr` default into the model: a literal value, now, or the raw expression."""
    text = expr.strip()
    if re.match(r"^NULL\b", text, re.IGNORECASE):
        return None
    if column_type.arity == "list":
        values = _parse_list(text, column_type.family)
    else:
        values = _parse_scalar(text, column_type.family)
    if values is None:
        return ColumnDefault("dbgenerated", expr)
    if values == ("now",):
        return ColumnDefault("now", expression=text)
    if column_type.family == "DateTime":
        # Prisma reads a date/time literal as an expression; the differ needs to know (not compared).
        return ColumnDefault("value", values[1], expression=text)
    return ColumnDefault("value", values[1])


def _strip_casts(text: str) -> str:
    """Remove trailing `::type` casts (and the parentheses PostgreSQL wraps around negatives)."""
    while True:
        text = text.strip()
        match = _trailing_cast(text)
        if match is not None:
            text = text[:match]
            continue
        if text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
            text = text[1:-1]
            continue
        return text


def _trailing_cast(text: str) -> int | None:
    """Offset where a trailing cast starts, if the text ends with one outside quotes."""
    in_quote = False
    for i, char in enumerate(text):
        if char == "'":
            in_quote = not in_quote
        elif not in_quote and text.startswith("::", i):
            match = _CAST.match(text, i)
            if match and match.end() == len(text) and _balanced(text[:i]):
                return i
    return None


def _balanced(text: str) -> bool:
    depth, in_quote = 0, False
    for char in text:
        if char == "'":
            in_quote = not in_quote
        elif not in_quote:
            depth += {"(": 1, ")": -1, "[": 1, "]": -1}.get(char, 0)
            if depth < 0:
                return False
    return depth == 0 and not in_quote


def _unquote(text: str) -> str | None:
    if re.fullmatch(_STRING, text, re.DOTALL):
        return text[1:-1].replace("''", "'")
    if re.fullmatch(_ESTRING, text, re.DOTALL):
        escapes = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
        body = text[2:-1].replace("''", "'")
        return re.sub(r"\\(.)", lambda m: escapes.get(m.group(1), m.group(1)), body, flags=re.DOTALL)
    return None


def _parse_scalar(text: str, family: str) -> tuple | None:
    """("value", v), ("now",) or None when the expression is not a literal of the family."""
    text = _strip_casts(text)
    string = _unquote(text)
    match family:
        case "String" | "Json":
            return ("value", string) if string is not None else None
        case "Enum":
            if string is not None:
                return ("value", string)
            return ("value", text) if re.fullmatch(r"[A-Za-z_]\w*", text) else None
        case "Int" | "BigInt":
            candidate = _strip_casts(string) if string is not None else text
            return ("value", int(candidate)) if re.fullmatch(r"[-+]?\d+", candidate) else None
        case "Float" | "Decimal":
            candidate = _strip_casts(string) if string is not None else text
            if not _NUMBER.fullmatch(candidate):
                return None
            try:
                number = Decimal(candidate)
            except InvalidOperation:
                return None
            return ("value", number if family == "Decimal" else float(number))
        case "Boolean":
            lowered = (string if string is not None else text).lower()
            if lowered in ("true", "t"):
                return ("value", True)
            if lowered in ("false", "f"):
                return ("value", False)
            return None
        case "DateTime":
            if re.fullmatch(r"(?i)(now\s*\(\s*\)|current_timestamp(\s*\(\s*\d*\s*\))?)", text):
                return ("now",)
            return ("value", string) if string is not None else None
        case "Binary":
            if string is not None and re.fullmatch(r"\\x([0-9a-fA-F]{2})*", string):
                return ("value", bytes.fromhex(string[2:]))
            return None
    return None


def _parse_list(text: str, family: str) -> tuple | None:
    text = _strip_casts(text)
    match = re.fullmatch(r"(?is)ARRAY\s*\[(.*)\]", text)
    if match:
        items = _split_top_level(match.group(1))
        parsed = [_parse_scalar(item, family) for item in items]
        if any(p is None or p[0] != "value" for p in parsed):
            return None
        return ("value", tuple(p[1] for p in parsed))
    string = _unquote(text)
    if string is None or not (string.startswith("{") and string.endswith("}")):
        return None
    parsed = []
    for raw in _split_array_literal(string[1:-1]):
        scalar = _parse_scalar("'" + raw.replace("'", "''") + "'", family)
        if scalar is None or scalar[0] != "value":
            return None
        parsed.append(scalar[1])
    return ("value", tuple(parsed))


def _split_top_level(body: str) -> list[str]:
    items, depth, in_quote, start = [], 0, False, 0
    for i, char in enumerate(body):
        if char == "'":
            in_quote = not in_quote
        elif not in_quote and char in "([":
            depth += 1
        elif not in_quote and char in ")]":
            depth -= 1
        elif not in_quote and depth == 0 and char == ",":
            items.append(body[start:i].strip())
            start = i + 1
    if body.strip():
        items.append(body[start:].strip())
    return items


def _split_array_literal(body: str) -> list[str]:
    """Elements of a `{a,"b c"}` array literal (quotes and backslash escapes removed)."""
    items: list[str] = []
    if not body:
        return items
    for match in re.finditer(r'\s*(?:"((?:[^"\\]|\\.)*)"|([^,]*))\s*(?:,|$)', body):
        if match.start() == len(body):
            break
        quoted, bare = match.groups()
        items.append(re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else bare.strip())
        if match.end() == len(body):
            break
    return items


# --- indexes and foreign keys ---------------------------------------------------------------------

def _indexes(rows: list[tuple]) -> tuple[dict, dict]:
    grouped: dict[tuple[str, str, str], list[tuple]] = {}
    for row in rows:
        grouped.setdefault((row[0], row[1], row[2]), []).append(row)
    primary_keys: dict[tuple[str, str], PrimaryKey] = {}
    indexes: dict[tuple[str, str], list[Index]] = {}
    for (namespace, table, name), index_rows in grouped.items():
        _, _, _, is_primary, is_unique, is_special, algorithm, *_ = index_rows[0]
        if is_special or any(row[8] is None for row in index_rows):
            continue
        # Operator classes are a PSL feature of GiST/GIN/SP-GiST/BRIN indexes only: on B-tree and
        # hash indexes they are not described (as in Prisma), so a hand-made `text_pattern_ops`
        # index reads as the plain index a schema can ask for.
        has_opclasses = algorithm not in ("btree", "hash")
        columns = tuple(
            IndexColumn(
                name=column,
                sort="desc" if descending else "asc",
                operator_class=opclass if has_opclasses and opclass and not is_default_opclass else None,
            )
            for *_, column, descending, opclass, is_default_opclass, _ in index_rows
        )
        if is_primary:
            primary_keys[(namespace, table)] = PrimaryKey(name, columns)
            continue
        indexes.setdefault((namespace, table), []).append(
            Index(name, "unique" if is_unique else "normal", columns,
                  None if algorithm == "btree" else algorithm, index_rows[0][-1])
        )
    return primary_keys, indexes


def _foreign_keys(rows: list[tuple], ns) -> dict[tuple[str, str], list[ForeignKey]]:
    grouped: dict[tuple[str, str, str], list[tuple]] = {}
    for row in rows:
        grouped.setdefault((row[0], row[1], row[2]), []).append(row)
    foreign_keys: dict[tuple[str, str], list[ForeignKey]] = {}
    for (namespace, table, name), fk_rows in grouped.items():
        _, _, _, _, referenced_namespace, referenced_table, _, on_delete, on_update, _ = fk_rows[0]
        foreign_keys.setdefault((namespace, table), []).append(
            ForeignKey(
                name=name,
                columns=tuple(row[3] for row in fk_rows),
                referenced_table=referenced_table,
                referenced_columns=tuple(row[6] for row in fk_rows),
                on_delete=REFERENTIAL_ACTIONS[on_delete],
                on_update=REFERENTIAL_ACTIONS[on_update],
                referenced_namespace=ns(referenced_namespace),
            )
        )
    return foreign_keys
