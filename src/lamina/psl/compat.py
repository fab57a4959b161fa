"""Prisma 6 constructs that Prisma 7 refuses and lamina keeps accepting (it says so, once)."""

from __future__ import annotations

from lamina.psl.validate.datasource import RETIRED_PREVIEW_FEATURES
from lamina.psl.validated_schema import ValidatedSchema


def prisma6_only_constructs(schema: ValidatedSchema) -> list[str]:
    found = []
    datasource = schema.datasource
    if datasource is not None:
        for key, value in (("url", datasource.url), ("directUrl", datasource.direct_url),
                           ("shadowDatabaseUrl", datasource.shadow_database_url)):
            if value is not None:
                found.append(f"`{key}` in the datasource block")
    retired = [f for f in schema.preview_features if f in RETIRED_PREVIEW_FEATURES]
    if retired:
        found.append("the preview feature" + ("s " if len(retired) > 1 else " ") + ", ".join(f"`{f}`" for f in retired))
    return found


def prisma6_warning(schema: ValidatedSchema) -> str | None:
    constructs = prisma6_only_constructs(schema)
    if not constructs:
        return None
    return ("warning: Prisma 7 rejects " + " and ".join(constructs) + "; lamina accepts "
            + ("them" if len(constructs) > 1 else "it") + " as Prisma 6 does (Prisma 7 reads URLs from prisma.config.ts).")
