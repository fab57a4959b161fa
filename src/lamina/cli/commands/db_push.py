"""`lamina db push` (PRISMA-COMPAT.md §1.9, §4.3): the work is lamina.operations.push; this runner
prints Prisma's text as it goes, then runs the generators."""

from __future__ import annotations

import time
from typing import Any

from lamina.cli.commands.database import render_connecting
from lamina.cli.commands.generate_and_seed import generate_and_seed
from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import Output
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.operations.database import Connecting, DatabaseCreated
from lamina.operations.push import DatabaseReset, DataLossWarnings, push
from lamina.prompting import NoPrompter


def run(env: Env, *, schema, config, accept_data_loss, force_reset, skip_generate, url) -> int:
    started = time.monotonic()
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, has_url_flag=True)
    out.line(out.dim(datasource_line(loaded, datasource_url(loaded))))

    def event(event: Any) -> None:
        match event:
            case Connecting() | DatabaseCreated():
                render_connecting(out, event)
            case DatabaseReset(target=target, schemas=schemas):
                out.line(f"{target} {'were' if schemas > 1 else 'was'} successfully reset.")
                out.line()
            case DataLossWarnings(warnings=warnings):
                _print_warnings(out, warnings)

    result = push(project=loaded, accept_data_loss=accept_data_loss, force_reset=force_reset,
                  prompter=NoPrompter() if env.json is not None else env.prompter, listener=event)
    if result.cancelled:
        out.line("Push cancelled.")
        return EXIT_CANCELLED
    if result.warnings:
        out.line()
    if result.in_sync:
        out.line("The database is already in sync with the Prisma schema.")
    else:
        out.line(f"🚀  Your database is now in sync with your Prisma schema. Done in {format_ms(started)}")
    out.line()
    generate_and_seed(env, loaded, skip_generate=skip_generate, seed=False)
    if env.json is not None:
        env.json.result(result)
    return 0


def _print_warnings(out: Output, warnings: tuple[str, ...]) -> None:
    out.line(out.yellow("⚠️  There might be data loss when applying the changes:"))
    out.line()
    for warning in warnings:
        out.line(f"  • {warning}")
        out.line()
    out.line()


def format_ms(started: float) -> str:
    """Prisma's duration: `455ms` under a second, `1.63s` from there."""
    ms = int((time.monotonic() - started) * 1000)
    return f"{ms}ms" if ms < 1000 else f"{ms / 1000:.2f}s"
