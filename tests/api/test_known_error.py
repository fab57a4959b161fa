"""KnownError's subclasses declare their fields as a dataclass does, and behave as one would."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import pkgutil
from pathlib import Path
from typing import ClassVar

import pytest

import lamina
from lamina.errors import KnownError, MigrationFailedToApply, SchemaValidationFailed


class Base(KnownError):
    code: ClassVar[str] = "P9999"
    name: str
    detail: str | None = None

    def message(self) -> str:
        return f"{self.name}: {self.detail}"


class Derived(Base):
    detail: str | None = "given"  # a redefined field keeps its place, with the new default
    extra: int = 0
    seen: bool = False

    def __post_init__(self) -> None:
        self.seen = True


def test_fields_defaults_and_order_follow_dataclass_rules() -> None:
    assert Base._fields == ("name", "detail")
    assert Derived._fields == ("name", "detail", "extra", "seen")
    error = Derived("x", extra=2)
    assert (error.name, error.detail, error.extra, error.seen) == ("x", "given", 2, True)
    assert Base("x").detail is None
    assert "code" not in Derived._fields  # a ClassVar is not a field


def test_wrong_arguments_are_refused_as_by_a_dataclass() -> None:
    with pytest.raises(TypeError, match="missing required arguments: 'name'"):
        Base()
    with pytest.raises(TypeError, match="takes 2 positional arguments but 3 were given"):
        Base("a", "b", "c")
    with pytest.raises(TypeError, match="unexpected keyword argument 'nope'"):
        Base("a", nope=1)
    with pytest.raises(TypeError, match="multiple values for argument 'name'"):
        Base("a", name="b")


def test_repr_equality_and_hashing() -> None:
    assert repr(Base("a", "b")) == "Base(name='a', detail='b')"
    assert Base("a", "b") == Base("a", detail="b")
    assert Base("a", "b") != Base("a", "c")
    assert Base("a") != Derived("a", None)  # another class is never equal
    with pytest.raises(TypeError):
        hash(Base("a"))


def test_a_raised_error_keeps_its_text_its_args_and_survives_pickling() -> None:
    error = MigrationFailedToApply("20240101000000_init", "42P07", 'relation "User" already exists')
    with pytest.raises(KnownError) as caught:
        raise error
    assert caught.value.code == "P3018"
    assert "Migration name: 20240101000000_init" in str(caught.value)
    assert caught.value.args == ("20240101000000_init", "42P07", 'relation "User" already exists')
    assert pickle.loads(pickle.dumps(error)) == error
    assert error.json_fields() == {"migration": "20240101000000_init",
                                   "details": {"database_error_code": "42P07",
                                               "database_error": 'relation "User" already exists'}}


def test_a_field_given_per_instance_overrides_the_class_default() -> None:
    assert SchemaValidationFailed("text").after_blank_line is True
    assert SchemaValidationFailed("text", after_blank_line=False).after_blank_line is False


def _known_errors() -> list[type[KnownError]]:
    for module in pkgutil.walk_packages(lamina.__path__, "lamina."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found: list[type[KnownError]] = []
    pending = [KnownError]
    while pending:
        for sub in pending.pop().__subclasses__():
            if sub.__module__.startswith("lamina."):
                found.append(sub)
            pending.append(sub)
    return found


def test_every_error_of_the_package_declares_fields_without_the_dataclass_decorator() -> None:
    errors = _known_errors()
    assert len(errors) > 60
    decorated = [e.__qualname__ for e in errors if dataclasses.is_dataclass(e)]
    assert decorated == []
    # Each one is built from its fields alone, by keyword, and keeps what it was given.
    for error_class in errors:
        values: dict[str, object] = {}
        for name in error_class._fields:
            if name in error_class._defaults:
                continue
            annotation = str(inspect.get_annotations(_declaring(error_class, name))[name])
            values[name] = (Path("/x/schema.prisma") if "Path" in annotation else [] if "list" in annotation
                            else () if "tuple" in annotation else 1 if annotation.startswith("int") else "x")
        error = error_class(**values)
        assert all(getattr(error, name) is value for name, value in values.items()), error_class
        assert repr(error).startswith(f"{error_class.__name__}("), error_class


def _declaring(error_class: type[KnownError], name: str) -> type:
    return next(c for c in error_class.__mro__ if name in vars(c).get("__annotations__", {}))
