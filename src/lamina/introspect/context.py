"""What an introspection knows while it renders: the described schema, the previous schema's
models and enums by database name, and the PSL name of every table, column and enum."""

from __future__ import annotations

from lamina.introspect.names import PslName, enum_value_name, field_name, is_prisma_join_table, model_name, sanitize
from lamina.psl.validated import Model as PreviousModel
from lamina.psl.validated import ValidatedSchema
from lamina.schema.model import Column, SqlSchema, Table

NAME_LIMIT = {"postgresql": 63, "sqlite": 10_000, "mysql": 64}


class Context:
    def __init__(self, schema: SqlSchema, provider: str, previous: ValidatedSchema | None,
                 default_namespace: str | None = None):
        self.schema = schema
        self.predicates: dict[tuple[str | None, str], dict[str, str]] = {}  # partial indexes' WHERE
        self.datasource_name = "db"  # the prefix of native type attributes
        # Set when the datasource lists `schemas` (multiSchema): every model and enum gets @@schema.
        self.default_namespace = default_namespace
        self.provider = provider
        self.limit = NAME_LIMIT.get(provider, 63)
        self.previous = previous
        self.prev_models: dict[tuple[str | None, str], tuple[int, PreviousModel]] = {}
        if previous is not None:
            for position, model in enumerate(m for m in previous.models if m.kind == "model"):
                self.prev_models[(model.schema if model.schema != self._default_schema() else None,
                                  model.db_name)] = (position, model)
        counts: dict[str, int] = {}
        for name in [sanitize(t.name) for t in schema.tables if not is_prisma_join_table(t)] + \
                [sanitize(e.name) for e in schema.enums]:
            counts[name] = counts.get(name, 0) + 1
        self.duplicates = {n for n, c in counts.items() if c > 1} if default_namespace is not None else set()
        self.renamed_duplicates: list[str] = []
        self.duplicate_keys: set[tuple[str | None, str]] = set()
        # Enums are named first: Prisma lists their renamed duplicates before the models'.
        self.enum_names = {(e.namespace, e.name): self._enum_name(e.name, e.namespace) for e in schema.enums}
        self.models = {(t.namespace, t.name): self._model_name(t) for t in schema.tables}
        # Relation names are worked out before duplicate names are renamed (as in Prisma).
        self.relation_models = {k: model_name(k[1]).name if k in self.duplicate_keys else v.name
                                for k, v in self.models.items()}
        self.columns = {(t.namespace, t.name, c.name): self.column_name(t, c).name
                        for t in schema.tables for c in t.columns}

    def _default_schema(self) -> str | None:
        return self.default_namespace

    def previous_model(self, table: Table) -> tuple[int, PreviousModel] | None:
        return self.prev_models.get((table.namespace, table.name))

    def ignored_in_schema(self, table: Table) -> bool:
        """The existing schema marks the table's model @@ignore."""
        found = self.previous_model(table)
        return found is not None and found[1].is_ignored

    def _model_name(self, table: Table) -> PslName:
        found = self.previous_model(table)
        if found is not None:
            model = found[1]
            return PslName(model.name, model.db_name if mapped(model) else None)
        if sanitize(table.name) in self.duplicates and not is_prisma_join_table(table):
            renamed = sanitize(f"{table.namespace or self.default_namespace}_{table.name}")
            self.renamed_duplicates.append(f'Type: "model", name: "{renamed}"')
            self.duplicate_keys.add((table.namespace, table.name))
            return PslName(renamed, table.name)
        return model_name(table.name)

    def column_name(self, table: Table, column: Column) -> PslName:
        found = self.previous_model(table)
        if found is not None:
            previous = next((f for f in found[1].scalar_fields if f.db_name == column.name), None)
            if previous is not None:
                return PslName(previous.name, previous.db_name if mapped(previous) else None)
        return field_name(column.name)

    def _enum_name(self, name: str, namespace: str | None = None) -> PslName:
        if self.previous is not None:
            previous = next((e for e in self.previous.enums if e.db_name == name), None)
            if previous is not None:
                return PslName(previous.name, previous.db_name if mapped(previous) else None)
        if sanitize(name) in self.duplicates:
            renamed = sanitize(f"{namespace or self.default_namespace}_{name}")
            self.renamed_duplicates.append(f'Type: "enum", name: "{renamed}"')
            return PslName(renamed, name)
        return model_name(name)


    def enum_values(self, namespace: str | None, name: str) -> dict[str, PslName]:
        """Database value → PSL name (and @map) of one described enum's values."""
        enum = next((e for e in self.schema.enums if e.namespace == namespace and e.name == name), None)
        if enum is None:
            return {}
        previous = next((e for e in self.previous.enums if e.db_name == name), None) if self.previous else None
        values = {}
        for value in enum.values:
            kept = next((v for v in previous.values if v.db_name == value), None) if previous else None
            values[value] = PslName(kept.name, kept.db_name if mapped(kept) else None) \
                if kept is not None else enum_value_name(value)
        return values

def mapped(previous) -> bool:
    """The previous schema's item carries @map/@@map: a name of its own, or one written out anyway."""
    return previous.db_name != previous.name or previous.has_map


def has_usable_identifier(table: Table) -> bool:
    keys = [tuple(c.name for c in i.columns) for i in table.indexes if i.kind == "unique"]
    if table.primary_key is not None:
        keys.append(tuple(c.name for c in table.primary_key.columns))
    for key in keys:
        columns = [table.column(name) for name in key]
        if all(c is not None and c.type.arity == "required" and c.type.family != "Unsupported" for c in columns):
            return True
    return False
