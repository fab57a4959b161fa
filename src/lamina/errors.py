"""Known, user-facing failures: one class per Prisma error code, named after the condition.

Only `cli/main.py` catches KnownError. `message()` is Prisma's text, to the letter; `hint` is
lamina's one extra line telling the user what to do next (printed after the message).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar


class KnownError(Exception):
    code: ClassVar[str | None] = None
    exit_code: ClassVar[int] = 1

    def message(self) -> str:
        raise NotImplementedError

    @property
    def hint(self) -> str | None:
        return None

    def __str__(self) -> str:
        return self.message()


@dataclass
class UsageError(KnownError):
    """Wrong flags or arguments: no P-code, Prisma prints the text and exits 1."""

    text: str

    def message(self) -> str:
        return self.text


@dataclass
class SchemaValidationFailed(KnownError):
    """P1012: the rendered diagnostics of an invalid schema."""

    code: ClassVar[str] = "P1012"
    rendered: str

    def message(self) -> str:
        return self.rendered
