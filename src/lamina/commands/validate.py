"""`lamina validate`: check the schema; Prisma's diagnostics on failure."""

from __future__ import annotations

from lamina.cli.main import Env
from lamina.commands.context import load_schema
from lamina.project.project import display_path


def run(env: Env, *, schema: str | None, config: str | None) -> int:
    loaded = load_schema(env.output, env.cwd, schema=schema, config=config)
    shown = display_path(loaded.project.schema_path, env.cwd)
    env.output.line(f"The schema at {shown} is valid 🚀")
    return 0
