"""What `migrate dev`, `migrate reset` and `db push` run after their work (Prisma 6): the generators
unless skipped, and the seed. With `--json` the seed command's output goes to stderr, so that
stdout holds the document alone."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from lamina.cli.main import Env
from lamina.operations.context import LoadedSchema


def generate_and_seed(env: Env, loaded: LoadedSchema, *, skip_generate: bool, seed: bool) -> None:
    if not (skip_generate or os.environ.get("PRISMA_MIGRATE_SKIP_GENERATE")):
        from lamina.cli.commands_generate import run_generators

        run_generators(loaded, env.output, env.cwd)
    if seed and not os.environ.get("PRISMA_MIGRATE_SKIP_SEED"):
        from lamina.cli.commands.seed import run_seed

        with _stdout_to_stderr(env.json is not None):
            run_seed(loaded, env.output)


@contextmanager
def _stdout_to_stderr(active: bool) -> Iterator[None]:
    """File descriptor 1 pointed at 2 while a child process runs (it inherits the descriptors)."""
    if not active:
        yield
        return
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        os.dup2(2, 1)
        yield
    finally:
        os.dup2(saved, 1)
        os.close(saved)
