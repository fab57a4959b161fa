"""`lamina db execute` (PRISMA-COMPAT.md §1.9): run a SQL script on a database, sent whole as one
command, from `--file` or `--stdin`, on `--url`, on `--schema`'s datasource (Prisma 6) or on the
configured URL (Prisma 7). The work is lamina.operations.execute; this runner prints Prisma's text."""

from __future__ import annotations

import sys

from lamina.cli.main import Env
from lamina.errors import UsageError
from lamina.operations.context import announce_config
from lamina.operations.execute import SEE_HELP, ConfigLoaded, ScriptFailed, execute, execute_script

__all__ = ["ScriptFailed", "execute_script", "run"]  # db push runs its statements with execute_script


def run(env: Env, *, schema: str | None, url: str | None, config: str | None,
        file: str | None, stdin: bool) -> int:
    if stdin and file:
        raise UsageError("--stdin and --file cannot be used at the same time. Only 1 must be provided." + SEE_HELP)
    if not stdin and not file:
        raise UsageError("Either --stdin or --file must be provided." + SEE_HELP)
    script = None
    if stdin:
        buffer = getattr(sys.stdin, "buffer", None)
        script = buffer.read().decode("utf-8", errors="replace") if buffer is not None else sys.stdin.read()

    def announce(event: object) -> None:
        if isinstance(event, ConfigLoaded):
            announce_config(env.output, event.path, env.cwd)

    result = execute(sql=script, file=file, schema=schema, url=url, config=config, cwd=env.cwd, listener=announce)
    env.output.line("Script executed successfully.")
    if env.json is not None:
        env.json.result(result)
    return 0
