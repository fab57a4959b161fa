"""Spans and diagnostics for schema files. Problems are collected, never raised."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


@dataclass(slots=True, unsafe_hash=True)  # never changed once built; not frozen=True, which builds slower
class Span:
    file: str  # the path as the user should see it
    start: int  # offsets into the file text (Python str indices); end is exclusive
    end: int


@dataclass(frozen=True)
class Diagnostic:
    message: str
    span: Span
    severity: Literal["error", "warning"] = "error"


@dataclass
class Diagnostics:
    items: list[Diagnostic] = field(default_factory=list)

    def error(self, message: str, span: Span) -> None:
        self.items.append(Diagnostic(message, span, "error"))

    def warning(self, message: str, span: Span) -> None:
        self.items.append(Diagnostic(message, span, "warning"))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity == "warning"]

    def has_errors(self) -> bool:
        return any(d.severity == "error" for d in self.items)
