"""`lamina validate`: check the schema; Prisma's diagnostics on failure."""

from __future__ import annotations

from lamina.cli.main import Env
from lamina.operations.context import load_schema
from lamina.operations.validate import validated_result
from lamina.project.project import display_path


def run(env: Env, *, schema: str | None, config: str | None) -> int:
    loaded = load_schema(env.output, env.cwd, schema=schema, config=config)
    result = validated_result(loaded)
    for warning in result.warnings:
        env.output.error_line(env.output.yellow(warning))
    shown = display_path(result.schema_path, env.cwd)
    env.output.line(f"The schema at {shown} is valid 🚀")
    if env.json is not None:
        env.json.result(result)
    return 0
