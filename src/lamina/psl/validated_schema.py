"""The whole validated schema, and its datasource and generator blocks.

`psl.validated` holds what models and enums resolve into. The blocks are apart from it because
`migrate status`, `deploy`, `resolve` and `reset` validate only them (`psl.load.check_config`, as
Prisma's `getConfig`): those commands then never build the dozen classes of the model level.
`psl.validated` re-exports everything here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from lamina.diagnostics import Span

if TYPE_CHECKING:
    from lamina.psl.validated import Enum, ImplicitManyToMany, InlineRelation, Model

Provider = Literal["postgresql", "mysql", "sqlite", "sqlserver", "cockroachdb", "mongodb"]


@dataclass(slots=True, unsafe_hash=True)
class EnvVar:
    """`env("NAME")` in a datasource property."""

    name: str


ConfigString = str | EnvVar


@dataclass(slots=True, unsafe_hash=True)
class ExtensionSpec:
    """One entry of the datasource's `extensions` list: its PSL name and the optional
    `map:` (database name), `schema:` and `version:` arguments."""

    name: str
    db_name: str  # map: when given, else the name
    schema: str | None = None
    version: str | None = None


@dataclass(slots=True, unsafe_hash=True)
class Datasource:
    name: str  # "db"
    provider: Provider  # the alias "postgres" is already normalised to "postgresql"
    url: ConfigString | None
    direct_url: ConfigString | None
    shadow_database_url: ConfigString | None
    relation_mode: Literal["foreignKeys", "prisma"]
    schemas: tuple[str, ...]
    extensions: tuple[str, ...]
    span: Span
    url_span: Span | None = None
    direct_url_span: Span | None = None
    # `extensions = [pgvector(map: "vector", schema: "x", version: "1.2")]` in full (PostgreSQL).
    extension_specs: tuple[ExtensionSpec, ...] = ()


@dataclass(slots=True, unsafe_hash=True)
class Generator:
    name: str
    provider: str | None
    preview_features: tuple[str, ...]
    properties: tuple[tuple[str, object], ...]  # every key as written, for completeness
    span: Span


@dataclass(frozen=True)
class ValidatedSchema:
    datasource: Datasource | None
    generators: tuple[Generator, ...]
    models: tuple[Model, ...]  # declaration order, views included (kind="view")
    enums: tuple[Enum, ...]
    # Prisma's relation order: as discovered walking models in order, fields in order.
    inline_relations: tuple[InlineRelation, ...]
    many_to_many: tuple[ImplicitManyToMany, ...]
    preview_features: tuple[str, ...]

    @property
    def provider(self) -> Provider | None:
        return self.datasource.provider if self.datasource else None

    def model(self, name: str) -> Model | None:
        return self._models_by_name.get(name)

    def enum(self, name: str) -> Enum | None:
        return self._enums_by_name.get(name)

    def relations_of(self, model_name: str) -> tuple[InlineRelation, ...]:
        """The inline relations whose foreign key lives on `model_name`, in relation order."""
        return self._relations_by_model.get(model_name, ())

    # Lookups by name, built once (schemas with thousands of models ask them in loops).
    @cached_property
    def _models_by_name(self) -> dict[str, Model]:
        return {m.name: m for m in reversed(self.models)}

    @cached_property
    def _enums_by_name(self) -> dict[str, Enum]:
        return {e.name: e for e in reversed(self.enums)}

    @cached_property
    def _relations_by_model(self) -> dict[str, tuple[InlineRelation, ...]]:
        grouped: dict[str, list[InlineRelation]] = {}
        for relation in self.inline_relations:
            grouped.setdefault(relation.model, []).append(relation)
        return {name: tuple(relations) for name, relations in grouped.items()}

