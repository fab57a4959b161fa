"""What every rule module needs: the blocks by name, the provider, where to report."""

from __future__ import annotations

from dataclasses import dataclass, field

from lamina.diagnostics import Diagnostics
from lamina.psl import ast

SCALAR_TYPES = ("String", "Int", "BigInt", "Float", "Decimal", "Boolean", "DateTime", "Json", "Bytes")

# Identifier length limits for constraint names, per provider.
NAME_LIMITS = {"postgresql": 63, "cockroachdb": 63, "mysql": 64, "sqlite": 10000, "sqlserver": 128,
               "mongodb": 10000}


@dataclass
class Context:
    diagnostics: Diagnostics
    provider: str | None
    relation_mode: str
    models: dict[str, ast.Model] = field(default_factory=dict)  # model and view blocks
    composite_types: dict[str, ast.Model] = field(default_factory=dict)
    enums: dict[str, ast.Enum] = field(default_factory=dict)
    # Errors found while reading attributes but reported with the core validations, at the end.
    late_errors: list[tuple[str, object]] = field(default_factory=list)

    @property
    def name_limit(self) -> int:
        return NAME_LIMITS.get(self.provider or "", 10000)

    def error(self, message: str, span) -> None:
        self.diagnostics.error(message, span)

    def field_kind(self, field_type: ast.FieldType) -> str | None:
        """"scalar", "enum", "relation", "composite", "unsupported", or None when unknown."""
        name = field_type.name
        if field_type.unsupported is not None:
            return "unsupported"
        if name in SCALAR_TYPES:
            return "scalar"
        if name in self.enums:
            return "enum"
        if name in self.models:
            return "relation"
        if name in self.composite_types:
            return "composite"
        return None
