"""`lamina db seed` (PRISMA-COMPAT.md §1.9): the work is lamina.operations.seed; this runner prints
Prisma 7's text, and passes the seed's own output through (to stderr with --json)."""

from __future__ import annotations

from typing import Any

from lamina.cli.main import Env
from lamina.cli.output import Output
from lamina.operations.seed import ConfigLoaded, SeedFailed, SeedStarting, seed
from lamina.project.project import display_path

NO_SEED = """⚠️ No seed command configured

To seed your database, add a seed property to the migrations section in your Prisma config file.

Example

  // prisma.config.ts
  export default defineConfig({
    migrations: {
      seed: 'bun·./prisma/seed.ts',
    },
    datasource: {
      url: '[your database URL]',
    },
  })
"""


def run(env: Env, *, schema: str | None, config: str | None, extra: tuple[str, ...]) -> int:
    out = env.output
    # The seed's own output goes straight to the terminal; to in-memory streams (and with --json,
    # where stdout holds the document alone) it is captured and copied.
    capture = env.json is not None or not _has_file_descriptors(out)

    def event(happened: Any) -> None:
        match happened:
            case ConfigLoaded(path=path):
                out.error_line(f"Loaded Prisma config from {display_path(path, env.cwd.resolve())}.")
                out.error_line()
            case SeedStarting(command=command):
                out.line(f"Running seed command `{command}` ...")
                out.out.flush()

    try:
        result = seed(project=env.cwd, schema=schema, config=config, extra=extra, capture=capture, listener=event)
    except SeedFailed as failed:
        _copy(out, failed.stdout, failed.stderr)
        out.error_line(out.red("\nAn error occurred while running the seed command:", out.err))
        out.error_line(out.red(f"Error: {failed.message()}", out.err))
        if env.json is not None:
            env.json.error(failed.code, failed.message(), **failed.json_fields())
        return 1
    if result.command is None:
        out.line(NO_SEED)
    else:
        _copy(out, result.stdout, result.stderr)
        out.line()
        out.line("🌱  The seed command has been executed.")
    if env.json is not None:
        env.json.result(result)
    return 0


def _has_file_descriptors(out: Output) -> bool:
    try:
        out.out.fileno()
        out.err.fileno()
    except (AttributeError, OSError, ValueError):
        return False
    return True


def _copy(out: Output, stdout: str | None, stderr: str | None) -> None:
    if stdout:
        out.out.write(stdout)
    if stderr:
        out.err.write(stderr)
