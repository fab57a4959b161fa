"""The Prisma Schema Language front end: read, parse, validate, and print diagnostics."""

from __future__ import annotations

from lamina.psl.ast import Schema, SourceFile
from lamina.psl.load import check_schema, read_schema_files
from lamina.psl.parser import parse_schema
from lamina.psl.pretty import render_diagnostics, render_warnings
from lamina.psl.validate import validate_schema

__all__ = [
    "Schema",
    "SourceFile",
    "check_schema",
    "parse_schema",
    "read_schema_files",
    "render_diagnostics",
    "render_warnings",
    "validate_schema",
]
