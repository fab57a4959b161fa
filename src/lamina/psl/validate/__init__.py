"""Syntax tree → ValidatedSchema, reporting Prisma's diagnostics in Prisma's order.

The passes live in `pipeline`; the configuration blocks alone in `config`. Importing this package loads
no rule module, so a command that reads only the datasource stays cheap to start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lamina.diagnostics import Diagnostics
    from lamina.psl import ast
    from lamina.psl.validated import ValidatedSchema


def validate_schema(schema: ast.Schema, diagnostics: Diagnostics) -> ValidatedSchema | None:
    from lamina.psl.validate.pipeline import validate_schema as run_every_pass

    return run_every_pass(schema, diagnostics)
