"""Column defaults MySQL and MariaDB store under other words than the schema's.

* The current time. `@default(dbgenerated("CURRENT_TIMESTAMP")) @db.Timestamp` is written
  `DEFAULT CURRENT_TIMESTAMP` and MariaDB reports it back as `current_timestamp()`; Prisma reads that
  as `now()` and never finds it equal to the schema's expression, so every migration repeats the
  MODIFY (prisma/prisma#12574). lamina compares what such defaults store: the current time at some
  number of fractional digits, and the same again ON UPDATE. `NOW()`, `CURRENT_TIMESTAMP`,
  `CURRENT_TIMESTAMP()`, `LOCALTIME` and `LOCALTIMESTAMP` (with or without `(n)`, in any case) are
  one function; `now()` in the schema is Prisma's `CURRENT_TIMESTAMP(p)`, p the column's precision
  or 3. A column of precision c keeps min(n, c) digits of `CURRENT_TIMESTAMP(n)`; MariaDB reads
  n = 0 (or none) as c, and reports the digits it keeps. Between two `now()` nothing changes here:
  Prisma's comparison stands.
* A DATETIME literal. MySQL reports `DEFAULT '2020-01-02 03:04:05'` as a value, which `db pull`
  writes as `dbgenerated("'2020-01-02 03:04:05'")` (as Prisma does): the two are the same default.
* MariaDB's `information_schema` is utf8mb3: a character outside the Basic Multilingual Plane in
  a string default or an enum value reads back as `?` (`literals.as_the_server_shows`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamina.dialects.common import expression_text, is_calculated_now, left_to_prisma
from lamina.dialects.mysql.literals import as_the_server_shows, quoted_values, unescape
from lamina.schema.model import Column

_FUNCTION = r"(?:current_timestamp|localtime|localtimestamp)(?:\s*\(\s*(\d*)\s*\))?|now\s*\(\s*(\d*)\s*\)"
_CURRENT_TIME = re.compile(
    rf"\s*(?:\(\s*(?:{_FUNCTION})\s*\)|(?:{_FUNCTION}))(?:\s+on\s+update\s+(?:{_FUNCTION}))?\s*", re.IGNORECASE)
_PRECISION = re.compile(r"^(?:DATETIME|TIMESTAMP)(?:\((\d+)\))?$")


@dataclass(frozen=True)
class CurrentTime:
    digits: int  # fractional digits of the time stored
    on_update: int | None  # the same, for `ON UPDATE CURRENT_TIMESTAMP…`; None without one


def current_time(column: Column, *, mariadb: bool) -> CurrentTime | None:
    """What a DATETIME or TIMESTAMP column's current-time default stores; None for any other default."""
    default, type_match = column.default, _PRECISION.match(column.type.full_data_type)
    if default is None or type_match is None:
        return None
    precision = int(type_match.group(1) or 0)

    def kept(argument: str | None) -> int:
        digits = int(argument) if argument else 0
        if mariadb and digits == 0:
            return precision
        return min(digits, precision)

    if is_calculated_now(default):
        return CurrentTime(kept(type_match.group(1) or "3"), None)  # rendered CURRENT_TIMESTAMP(p or 3)
    text = expression_text(default)
    match = _CURRENT_TIME.fullmatch(text) if text is not None else None
    if match is None:
        return None
    groups = match.groups()  # (n, now n) inside parentheses, bare, then after ON UPDATE
    written = next((g for g in groups[:4] if g is not None), None)
    has_update = re.search(r"\bon\s+update\b", text, re.IGNORECASE) is not None
    return CurrentTime(kept(written), kept(groups[4] or groups[5]) if has_update else None)


def datetime_literal(column: Column) -> str | None:
    """A DATETIME literal default, described (a value) or in the schema (`dbgenerated("'…'")`, as
    `db pull` writes it)."""
    default = column.default
    if default is None or column.type.family != "DateTime":
        return None
    if default.kind == "value" and isinstance(default.value, str):
        return default.value
    if default.kind == "dbgenerated" and isinstance(default.value, str):
        match = re.fullmatch(r"\s*'((?:[^'\\]|''|\\.)*)'\s*", default.value, re.S)
        return unescape(match.group(1)) if match else None
    return None


def same_default(before: Column, after: Column, *, mariadb: bool = False) -> bool | None:
    if left_to_prisma(before, after):
        return None
    times = current_time(before, mariadb=mariadb), current_time(after, mariadb=mariadb)
    if None not in times:
        return times[0] == times[1]
    literals = datetime_literal(before), datetime_literal(after)
    if before.default.kind != after.default.kind and None not in literals:
        return literals[0] == literals[1]
    return None


def mariadb_same_default(before: Column, after: Column) -> bool | None:
    same = same_default(before, after, mariadb=True)
    if same is not None:
        return same
    b, a = before.default, after.default
    if (b is not None and a is not None and b.kind == a.kind == "value"
            and isinstance(b.value, str) and isinstance(a.value, str) and b.value != a.value):
        return as_the_server_shows(b.value) == as_the_server_shows(a.value)
    return None


def same_enum_values_as_the_server_shows(before: str, after: str) -> bool:
    """Two inline `ENUM(…)` types whose values MariaDB reports alike."""
    return [as_the_server_shows(v) for v in quoted_values(before)] == \
        [as_the_server_shows(v) for v in quoted_values(after)]
