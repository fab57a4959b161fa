"""Checks on literal default values, with the error wording of the libraries Prisma uses
(chrono for RFC 3339 datetimes, serde_json for JSON)."""

from __future__ import annotations

import json
import re

_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})"
)
_SHAPE = "dddd-dd-ddTdd:dd:dd"


def datetime_problem(text: str) -> str | None:
    """None for a valid RFC 3339 datetime, else chrono's description of what is wrong."""
    match = _RFC3339.fullmatch(text)
    if match:
        year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
        if not (1 <= month <= 12 and 1 <= day <= 31 and hour < 24 and minute < 60 and second <= 60):
            return "input is out of range"
        return None
    if _RFC3339.match(text):
        return "trailing input"
    for index, char in enumerate(text[: len(_SHAPE)]):
        expected = _SHAPE[index]
        if expected == "d" and not char.isdigit():
            return "input contains invalid characters"
        if expected in "-:" and char != expected:
            return "input contains invalid characters"
        if expected == "T" and char not in "Tt ":
            return "input contains invalid characters"
    return "premature end of input"


_JSON_MESSAGES = (
    ("Expecting property name enclosed in double quotes", "key must be a string"),
    ("Expecting value", "expected value"),
    ("Extra data", "trailing characters"),
    ("Unterminated string starting at", "EOF while parsing a string"),
    ("Expecting ',' delimiter", "expected `,` or `}`"),
    ("Expecting ':' delimiter", "expected `:`"),
)


def json_problem(text: str) -> str | None:
    """None for valid JSON, else an approximation of serde_json's message."""
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        message = next((m for prefix, m in _JSON_MESSAGES if error.msg.startswith(prefix)), error.msg)
        return f"{message} at line {error.lineno} column {error.colno}"
    except RecursionError:
        return "recursion limit exceeded"
    return None
