"""A described `SqlSchema` as plain JSON data and back, for the shadow cache (engine/shadow_cache.py).

Every dataclass of `lamina.schema.model` becomes an object tagged with its class name; tuples become
lists (the model holds no lists), `Decimal` and `bytes` literals are tagged. Reading accepts only the
model's own classes and fields: anything else is `ValueError`, and the cache treats it as a miss.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from typing import Any

from lamina.schema import model

CLASSES = {cls.__name__: cls for cls in (
    model.ColumnType, model.ColumnDefault, model.Column, model.IndexColumn, model.PrimaryKey, model.Index,
    model.ForeignKey, model.Table, model.Enum, model.View, model.Sequence, model.Extension, model.SqlSchema,
)}


def _encode(value: object) -> object:
    if dataclasses.is_dataclass(value) and type(value).__name__ in CLASSES:
        data: dict[str, object] = {"$": type(value).__name__}
        for field in dataclasses.fields(value):
            data[field.name] = _encode(getattr(value, field.name))
        return data
    match value:
        case None | bool() | int() | float() | str():
            return value
        case Decimal():
            return {"$decimal": str(value)}
        case bytes():
            return {"$bytes": value.hex()}
        case tuple():
            return [_encode(v) for v in value]
    raise ValueError(f"cannot store a {type(value).__name__} in a described schema")


_FIELDS = {name: frozenset(field.name for field in dataclasses.fields(cls)) for name, cls in CLASSES.items()}
_PLAIN = (str, int, float, bool, type(None))


def _decode(value: Any) -> object:
    # type() dispatch rather than `match`: a long history's entry holds tens of thousands of values
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is list:
        return tuple([_decode(v) for v in value])
    if kind is dict:
        if "$decimal" in value and isinstance(text := value["$decimal"], str):
            return Decimal(text)
        if "$bytes" in value and isinstance(text := value["$bytes"], str):
            return bytes.fromhex(text)
        name = value.get("$")
        if isinstance(name, str) and name in CLASSES:
            fields = {k: v for k, v in value.items() if k != "$"}
            if not fields.keys() <= _FIELDS[name]:
                raise ValueError(f"unknown fields for {name}: {sorted(fields.keys() - _FIELDS[name])}")
            return CLASSES[name](**{k: _decode(v) for k, v in fields.items()})
    raise ValueError("not a described schema")


def schema_to_json(schema: model.SqlSchema) -> str:
    return json.dumps(_encode(schema), separators=(",", ":"), ensure_ascii=False)


def schema_from_json(text: str) -> model.SqlSchema:
    schema = _decode(json.loads(text))
    if not isinstance(schema, model.SqlSchema):
        raise ValueError("not a described schema")
    return schema
