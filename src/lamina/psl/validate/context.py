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
    preview_features: frozenset[str] = frozenset()
    models: dict[str, ast.Model] = field(default_factory=dict)  # model and view blocks
    composite_types: dict[str, ast.Model] = field(default_factory=dict)
    enums: dict[str, ast.Enum] = field(default_factory=dict)
    # Errors of the second stage (Prisma's connector-aware validations): reported only when the
    # first stage found none, ordered by model, then by rank (model, field, relation field, index).
    core_errors: list[tuple[tuple[int, int, int], str, object]] = field(default_factory=list)
    model_order: dict[str, int] = field(default_factory=dict)
    _field_kinds: dict[int, dict[str, str | None]] = field(default_factory=dict)  # by id() of the block

    @property
    def name_limit(self) -> int:
        return NAME_LIMITS.get(self.provider or "", 10000)

    def error(self, message: str, span) -> None:
        self.diagnostics.error(message, span)

    # Ranks of core errors within one model, in Prisma's order of checks.
    UNIQUE_CRITERIA, PRIMARY_KEY, AUTOINCREMENT, SCALAR_FIELD, RELATION_FIELD, INDEX = range(6)

    def core_error(self, message: str, span, model: str | None = None, rank: int = 0) -> None:
        """`model=None`: after all models (relations); `model=""`: before all models (composite types)."""
        if model == "":
            position = -1
        elif model is None:
            position = len(self.model_order)
        else:
            position = self.model_order.get(model, len(self.model_order))
        self.core_errors.append(((position, rank, len(self.core_errors)), message, span))

    def flush_core_errors(self) -> None:
        for _, message, span in sorted(self.core_errors, key=lambda e: e[0]):
            self.diagnostics.error(message, span)
        self.core_errors.clear()

    def field_kinds(self, model: ast.Model) -> dict[str, str | None]:
        """Field name → `field_kind` of its type, for one block (computed once per block)."""
        kinds = self._field_kinds.get(id(model))
        if kinds is None:
            kinds = self._field_kinds[id(model)] = {f.name: self.field_kind(f.type) for f in model.fields}
        return kinds

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
