"""The only module that prints. Plain text, exactly Prisma's wording; colour only on a terminal."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import TextIO


def _wants_colour(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return hasattr(stream, "isatty") and stream.isatty()


@dataclass
class Output:
    out: TextIO = field(default_factory=lambda: sys.stdout)
    err: TextIO = field(default_factory=lambda: sys.stderr)

    def line(self, text: str = "") -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def error_line(self, text: str = "") -> None:
        self.err.write(text + "\n")
        self.err.flush()

    def style(self, text: str, code: str, stream: TextIO | None = None) -> str:
        if _wants_colour(stream or self.out):
            return f"\x1b[{code}m{text}\x1b[0m"
        return text

    def dim(self, text: str) -> str:
        return self.style(text, "2")

    def bold(self, text: str) -> str:
        return self.style(text, "1")

    def red(self, text: str, stream: TextIO | None = None) -> str:
        return self.style(text, "31", stream or self.err)

    def green(self, text: str) -> str:
        return self.style(text, "32")

    def yellow(self, text: str) -> str:
        return self.style(text, "33")


def migration_tree(folder_label: str, names: list[str], output: Output) -> str:
    """Prisma's printed tree of migration folders (PRISMA-COMPAT.md §1.10)."""
    lines = [f"{folder_label.rstrip('/')}/"]
    for name in names:
        stamp, sep, rest = name.partition("_")
        shown = stamp + sep + output.style(rest, "1;36") if sep else name
        lines.append(f"  └─ {shown}/")
        lines.append("    └─ migration.sql")
    return "\n".join(lines)
