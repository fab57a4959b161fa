"""Column defaults PostgreSQL stores under other words than the schema's: the current time.

`@default(dbgenerated("now()"))` and `dbgenerated("CURRENT_TIMESTAMP")` are written as such and read
back as `now()` / `CURRENT_TIMESTAMP`, which Prisma reads as `now()` and never finds equal to the
schema's expression: every migration repeats `ALTER COLUMN … SET DEFAULT` (prisma/prisma#12574).
lamina compares what they store. `now()`, `CURRENT_TIMESTAMP` and `transaction_timestamp()` are one
value, the transaction's start, which a column keeps at its own precision; so is `@default(now())`,
written `CURRENT_TIMESTAMP`. `CURRENT_TIMESTAMP(n)` rounds to n digits first: the same value on a
`timestamp(c)` column when n is 6 or more, or n = c; otherwise a value of its own. Between two
`now()` nothing changes here: Prisma's comparison stands. `LOCALTIMESTAMP`, `statement_timestamp()`
and `clock_timestamp()` are other values.
"""

from __future__ import annotations

import re

from lamina.dialects.common import expression_text, is_calculated_now, left_to_prisma
from lamina.schema.model import Column

_CURRENT_TIME = re.compile(
    r"\s*(?:now\s*\(\s*\)|transaction_timestamp\s*\(\s*\)|current_timestamp(?:\s*\(\s*(\d+)\s*\))?)\s*",
    re.IGNORECASE)
_TIMESTAMP = re.compile(r"^TIMESTAMP(?:TZ)?(?:\((\d+)\))?$")
AT_COLUMN_PRECISION = -1


def current_time(column: Column) -> int | None:
    """The digits a current-time default rounds to before the column's own rounding
    (AT_COLUMN_PRECISION: none); None for any other default."""
    default = column.default
    if default is None:
        return None
    if is_calculated_now(default):
        return AT_COLUMN_PRECISION
    text = expression_text(default)
    match = _CURRENT_TIME.fullmatch(text) if text is not None else None
    if match is None:
        return None
    if match.group(1) is None:
        return AT_COLUMN_PRECISION
    digits, timestamp = int(match.group(1)), _TIMESTAMP.match(column.type.full_data_type)
    if timestamp is not None and (digits >= 6 or digits == int(timestamp.group(1) or 6)):
        return AT_COLUMN_PRECISION
    return digits


def same_default(before: Column, after: Column) -> bool | None:
    if left_to_prisma(before, after):
        return None
    times = current_time(before), current_time(after)
    return times[0] == times[1] if None not in times else None
