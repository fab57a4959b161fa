"""`lamina migrate reset` (PRISMA-COMPAT.md §1.5, §4.3): the work is lamina.operations.reset; this
runner prints Prisma's text, then runs the generators and the seed unless `--skip-seed` (Prisma 6's
documented workflow)."""

from __future__ import annotations

from typing import Any

from lamina.cli.commands.database import render_connecting
from lamina.cli.commands.generate_and_seed import generate_and_seed
from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import migration_tree
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.operations.database import Connecting, DatabaseCreated
from lamina.operations.reset import reset
from lamina.prompting import NoPrompter


def run(env: Env, *, schema: str | None, config: str | None, force: bool, skip_generate: bool, skip_seed: bool) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, config_only=True)
    out.line(out.dim(datasource_line(loaded, datasource_url(loaded))))

    def event(event: Any) -> None:
        match event:
            case Connecting() | DatabaseCreated():
                render_connecting(out, event)

    result = reset(project=loaded, force=force, prompter=NoPrompter() if env.json is not None else env.prompter,
                   listener=event)
    if result.cancelled:
        out.line()
        out.line("Reset cancelled.")
        return EXIT_CANCELLED
    out.line()
    out.line("Database reset successful")
    if result.applied:
        out.line()
        out.line("The following migration(s) have been applied:")
        out.line()
        out.line(migration_tree("migrations", list(result.applied), out))
    out.line()
    generate_and_seed(env, loaded, skip_generate=skip_generate, seed=not skip_seed)
    if env.json is not None:
        env.json.result(result)
    return 0
