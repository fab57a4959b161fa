"""The Prisma Schema Language front end: read, parse, validate, and print diagnostics.

The names below are loaded on first use, so importing one submodule (the syntax tree, the parser) does
not load the validator.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lamina.psl.ast import Schema, SourceFile
    from lamina.psl.load import check_schema, read_schema_files
    from lamina.psl.parser import parse_schema
    from lamina.psl.pretty import render_diagnostics, render_warnings
    from lamina.psl.validate import validate_schema

_HOMES = {
    "Schema": "lamina.psl.ast",
    "SourceFile": "lamina.psl.ast",
    "check_schema": "lamina.psl.load",
    "read_schema_files": "lamina.psl.load",
    "parse_schema": "lamina.psl.parser",
    "render_diagnostics": "lamina.psl.pretty",
    "render_warnings": "lamina.psl.pretty",
    "validate_schema": "lamina.psl.validate",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value
    return value
