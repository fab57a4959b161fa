"""Driving a generated models module: import it, build its tables, and write and read one object of
every mapped class through the ORM.

`round_trip` inserts, for each class, an object whose required columns get generated values and
whose required relations get generated parents (one object per class in each graph, so that foreign
keys sharing a column agree), then reads it back in a new session through one of its relationships.
"""

from __future__ import annotations

import datetime as dt
import decimal
import enum
import importlib.util
import itertools
import sys
import uuid
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql
from sqlalchemy.orm import Mapper, RelationshipDirection, RelationshipProperty, Session

_counter = itertools.count(1)


def import_module(path: Path, name: str | None = None) -> ModuleType:
    """Import a generated module from its file, turning SQLAlchemy's warnings into errors, and
    configure its mappers (every relationship resolved)."""
    name = name or f"generated_{path.stem}_{uuid.uuid4().hex[:8]}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    with warnings.catch_warnings():
        warnings.simplefilter("error", sa.exc.SAWarning)
        spec.loader.exec_module(module)
        module.Base.registry.configure()
    return module


def sqlalchemy_url(url: str) -> str:
    """A lamina (Prisma) database URL as SQLAlchemy names it."""
    if url.startswith("file:"):
        return "sqlite:///" + url.removeprefix("file:")
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return "mysql+pymysql://" + url.split("://", 1)[1]


def create_all(module: ModuleType, url: str) -> None:
    engine = sa.create_engine(sqlalchemy_url(url))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", sa.exc.SAWarning)
            module.Base.metadata.create_all(engine)
    finally:
        engine.dispose()


@dataclass
class RoundTrip:
    checked: list[str] = field(default_factory=list)  # "Class.relationship" or "Class"
    failures: list[str] = field(default_factory=list)


def round_trip(module: ModuleType, url: str) -> RoundTrip:
    result = RoundTrip()
    engine = sa.create_engine(sqlalchemy_url(url))
    mappers = sorted(module.Base.registry.mappers, key=lambda m: m.class_.__name__)
    try:
        for mapper in mappers:
            try:
                result.checked.append(_round_trip_one(engine, mapper))
            except Exception as error:  # reported all at once, with the class
                result.failures.append(f"{mapper.class_.__name__}: {type(error).__name__}: {str(error)[:400]}")
    finally:
        engine.dispose()
    return result


def _round_trip_one(engine: sa.Engine, mapper: Mapper[Any]) -> str:
    """Write one object and read it back through a relationship; when a relationship cannot be
    written in one flush (rows that point at each other need `post_update`), the next one is tried."""
    candidates: list[RelationshipProperty[Any] | None] = [*_candidate_relations(mapper)] or [None]
    error: Exception | None = None
    for relation in candidates:
        try:
            return _write_and_read(engine, mapper, relation)
        except (sa.exc.CircularDependencyError, sa.exc.IntegrityError) as failure:
            error = failure
    assert error is not None
    raise error


def _candidate_relations(mapper: Mapper[Any]) -> list[RelationshipProperty[Any]]:
    required = sorted(_required_parents(mapper), key=lambda r: r.key)
    if required:
        return required
    relations = sorted(mapper.relationships, key=lambda r: r.key)
    return ([r for r in relations if r.direction is RelationshipDirection.MANYTOONE]
            + [r for r in relations if r.direction is not RelationshipDirection.MANYTOONE])


def _write_and_read(engine: sa.Engine, mapper: Mapper[Any], relation: RelationshipProperty[Any] | None) -> str:
    """In a transaction rolled back at the end, so that every class starts from empty tables."""
    graph: dict[type, Any] = {}
    with engine.connect() as connection, connection.begin() as transaction:
        with Session(bind=connection, join_transaction_mode="create_savepoint") as session:
            obj = _make(mapper, graph, session)
            if relation is not None and relation not in _required_parents(mapper):
                _attach(mapper, obj, relation, graph, session)
            session.commit()
            key = mapper.identity_key_from_instance(obj)[1]
            expected = _related_keys(relation, getattr(obj, relation.key)) if relation is not None else None
        with Session(bind=connection) as session:  # a new identity map: read from the database
            back = session.get(mapper.class_, key)
            assert back is not None, f"{mapper.class_.__name__} {key} not found after commit"
            found = None if relation is None else _related_keys(relation, getattr(back, relation.key))
        transaction.rollback()
    if relation is None:
        return mapper.class_.__name__
    assert found == expected and found, f"{relation}: read back {found}, wrote {expected}"
    return f"{mapper.class_.__name__}.{relation.key}"


def _related_keys(relation: RelationshipProperty[Any], value: Any) -> list[tuple[Any, ...]]:
    target = relation.mapper
    items = value if isinstance(value, list) else [value] if value is not None else []
    return sorted(target.identity_key_from_instance(item)[1] for item in items)


def _make(mapper: Mapper[Any], graph: dict[type, Any], session: Session) -> Any:
    """An object of the mapper's class, its required columns and relations filled in."""
    if mapper.class_ in graph:
        return graph[mapper.class_]
    obj = mapper.class_()
    graph[mapper.class_] = obj
    relation_columns = {c for r in _required_parents(mapper) for c in r.local_columns}
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if column in relation_columns or not _needs_value(column):
            continue
        setattr(obj, prop.key, value_for(column))
    for relation in _required_parents(mapper):
        parent = _make(relation.mapper, graph, session)
        _fill_referenced(relation, parent)
        setattr(obj, relation.key, parent)
    session.add(obj)
    return obj


def _required_parents(mapper: Mapper[Any]) -> list[RelationshipProperty[Any]]:
    return [r for r in mapper.relationships if r.direction is RelationshipDirection.MANYTOONE
            and any(not c.nullable for c in r.local_columns)]


def _attach(mapper: Mapper[Any], obj: Any, relation: RelationshipProperty[Any], graph: dict[type, Any],
            session: Session) -> None:
    """Give `obj` a new related object through `relation`."""
    other = _make(relation.mapper, _graph_for(relation, mapper, graph), session)
    if relation.direction is RelationshipDirection.MANYTOONE:
        _fill_referenced(relation, other)
    if relation.uselist:
        getattr(obj, relation.key).append(other)
    else:
        setattr(obj, relation.key, other)


def _fill_referenced(relation: RelationshipProperty[Any], parent: Any) -> None:
    """A parent's referenced columns may be optional (a unique, nullable key): give them a value."""
    for column in relation.remote_side:
        prop = relation.mapper.get_property_by_column(column)
        if getattr(parent, prop.key) is None and not (column.primary_key and column.autoincrement):
            setattr(parent, prop.key, value_for(column))


def _graph_for(relation: RelationshipProperty[Any], mapper: Mapper[Any], graph: dict[type, Any]) -> dict[type, Any]:
    """Objects the related one may share: none for a self-relation (another row of the same class)."""
    return {} if relation.mapper is mapper else graph


def _needs_value(column: sa.Column[Any]) -> bool:
    if column.nullable or column.default is not None:
        return False
    if column.server_default is not None:
        # Only a default the database computes itself; `dbgenerated()` (a trigger's job) needs a value.
        return isinstance(column.server_default, sa.FetchedValue) and not isinstance(
            column.server_default, sa.DefaultClause)
    return not (column.primary_key and column.autoincrement is True
                or column.primary_key and column is column.table.autoincrement_column)


def value_for(column: sa.Column[Any]) -> Any:
    """A value the column accepts, different on every call where the type allows it."""
    n = next(_counter)
    column_type = column.type
    if isinstance(column_type, postgresql.ARRAY):
        return [_scalar(column_type.item_type, n)]
    return _scalar(column_type, n)


def _scalar(column_type: Any, n: int) -> Any:
    if hasattr(column_type, "enum_class") and column_type.enum_class is not None:
        return list(column_type.enum_class)[n % len(column_type.enum_class)]
    if isinstance(column_type, postgresql.UUID):
        return str(uuid.uuid4())
    if isinstance(column_type, postgresql.INET):
        return f"10.0.{n % 250}.{n % 200 + 1}"
    if isinstance(column_type, (postgresql.BIT, mysql.BIT)):
        return "1" * (column_type.length or 1) if isinstance(column_type, postgresql.BIT) else 1
    if isinstance(column_type, sa.JSON):
        return {"n": n}
    if isinstance(column_type, mysql.YEAR):
        return 2000 + n % 100
    if isinstance(column_type, sa.Numeric) and not isinstance(column_type, sa.Float):
        return decimal.Decimal(n % 10)
    python = _python_type(column_type)
    if python is bool:
        return True
    if python is int:
        if isinstance(column_type, (sa.SmallInteger, mysql.TINYINT)):
            return n % 100
        return n
    if python is float:
        return n + 0.5
    if python is decimal.Decimal:
        return decimal.Decimal(n % 10)
    if python is dt.datetime:
        tz = dt.timezone.utc if getattr(column_type, "timezone", False) else None
        return dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=tz) + dt.timedelta(seconds=n)
    if python is dt.date:
        return dt.date(2024, 1, 2) + dt.timedelta(days=n % 300)
    if python is dt.time:
        return dt.time(3, 4, n % 60)
    if python is bytes:
        length = getattr(column_type, "length", None) or 8
        return n.to_bytes(8, "big")[-length:].rjust(length, b"\0")
    if isinstance(python, type) and issubclass(python, enum.Enum):
        return list(python)[0]
    length = getattr(column_type, "length", None)
    text = f"v{n}-{uuid.uuid4().hex}"
    if isinstance(column_type, sa.CHAR) and length:
        return text[:length].ljust(length, "x")
    return text[:length] if length else text


def _python_type(column_type: Any) -> Any:
    try:
        return column_type.python_type
    except NotImplementedError:
        return str
