"""What `db pull` adds to the generator blocks it keeps: the preview features the pulled schema
needs. A database with partial indexes needs `partialIndexes` for its `where:` arguments; Prisma
appends it to every generator's `previewFeatures`, writing the property after `provider` and
`output` when the generator has none."""

from __future__ import annotations

import re

from lamina.schema.model import SqlSchema

_LIST = re.compile(r"^(\s*previewFeatures\s*=\s*\[)([^\]\n]*)(\])", re.MULTILINE)
_ANCHOR = re.compile(r"^\s*(provider|output)\s*=.*$", re.MULTILINE)


def needed_preview_features(schema: SqlSchema) -> tuple[str, ...]:
    if any(index.predicate is not None for table in schema.tables for index in table.indexes):
        return ("partialIndexes",)
    return ()


def with_preview_features(block: str, features: tuple[str, ...]) -> str:
    """A generator block's text with `features` in its previewFeatures (other blocks unchanged)."""
    if not block.lstrip().startswith("generator"):
        return block
    for feature in features:
        listed = _LIST.search(block)
        if listed is not None:
            names = re.findall(r'"([^"]*)"', listed.group(2))
            if feature not in names:
                items = ", ".join(f'"{n}"' for n in (*names, feature))
                block = block[: listed.start(2)] + items + block[listed.end(2):]
            continue
        anchors = list(_ANCHOR.finditer(block))
        position = anchors[-1].end() if anchors else block.index("{") + 1
        block = block[:position] + f'\n  previewFeatures = ["{feature}"]' + block[position:]
    return block
