"""render_script: steps → the text of a migration.sql, exactly as Prisma writes it."""

from __future__ import annotations

from collections.abc import Sequence

from lamina.dialects.base import Dialect
from lamina.diffing.steps import Step

EMPTY_MIGRATION = "-- This is an empty migration."


def render_script(steps: list[Step], dialect: Dialect, warnings: Sequence[str] = (),
                  unexecutable: Sequence[str] = ()) -> str:
    if not steps:
        return EMPTY_MIGRATION
    out = ""
    if warnings or unexecutable:
        out = "/*\n  Warnings:\n\n" + "".join(f"  - {m}\n" for m in (*warnings, *unexecutable)) + "\n*/\n"
    rendered = []
    for step in steps:
        statements = dialect.render(step)
        if statements:
            rendered.append(f"-- {type(step).__name__}\n" + "".join(f"{s};\n" for s in statements))
    return out + "\n".join(rendered)
