"""Column defaults SQLite stores under other words than the schema's: the current time.

`@default(dbgenerated("CURRENT_TIMESTAMP"))` is read back as `now()`, which Prisma never finds
equal to the schema's expression (prisma/prisma#12574: a redefinition in every migration). lamina
compares what they store: `CURRENT_TIMESTAMP` and `datetime('now')` are the same text, the UTC time
to the second, as is `@default(now())`, written `CURRENT_TIMESTAMP`. `datetime('now', 'localtime')`
is another value. Between two `now()` nothing changes here: Prisma's comparison stands.
"""

from __future__ import annotations

import re

from lamina.dialects.common import expression_text, is_calculated_now, left_to_prisma
from lamina.schema.model import Column

_CURRENT_TIME = {"current_timestamp", "datetime('now')"}


def is_current_time(column: Column) -> bool | None:
    """Whether a column's default is the current UTC time; None when it is not read here."""
    default = column.default
    if default is None:
        return None
    if is_calculated_now(default):
        return True
    text = expression_text(default)
    if text is None:
        return None
    compact = re.sub(r"\s+", "", text.lower())
    while compact.startswith("(") and compact.endswith(")"):
        compact = compact[1:-1]
    return True if compact in _CURRENT_TIME else None


def same_default(before: Column, after: Column) -> bool | None:
    if left_to_prisma(before, after):
        return None
    return True if is_current_time(before) and is_current_time(after) else None
