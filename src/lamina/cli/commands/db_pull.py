"""`lamina db pull` (PRISMA-COMPAT.md §1.9): introspect the live database into schema.prisma,
keeping the current schema's config blocks, order and names; `--print` writes to stdout. The work
is lamina.operations.pull; this runner prints Prisma's text and runs lamina's generators."""

from __future__ import annotations

import os
import time

from lamina.cli.commands_generate import run_generators
from lamina.cli.main import Env
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.cli.commands.db_push import format_ms
from lamina.errors import UsageError
from lamina.operations.pull import EmptyDatabase, pull
from lamina.project.project import display_path


def run(env: Env, *, schema, config, print_only, force, url, schemas, composite_type_depth, local_d1,
        skip_generate=False) -> int:
    started = time.monotonic()
    out = env.output
    if local_d1:
        raise UsageError("--local-d1 is not supported by lamina.")
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, announce=not print_only,
                         has_url_flag=True)
    introspecting = f"Introspecting based on datasource defined in {display_path(loaded.project.schema_path, env.cwd)}"
    if not print_only:
        out.line(out.dim(datasource_line(loaded, datasource_url(loaded))))
        out.line()
        out.line(f"- {introspecting}")
    try:
        result = pull(project=loaded, print_only=print_only, force=force, schemas=schemas)
    except EmptyDatabase:
        if not print_only:
            out.line(f"✖ {introspecting}")
            out.line()
        raise
    if print_only:
        if len(result.files) == 1:
            out.out.write(result.schema_text + "\n\n")
        else:
            out.out.write("\n".join(f"// {display_path(f.path, env.cwd)}\n{f.text}" for f in result.files) + "\n\n")
        out.out.flush()
        if result.warnings:
            # Every line commented out, the block's last (empty) line too.
            out.error_line("".join(f"// {line}\n" for line in result.warning_text.split("\n")).rstrip("\n"))
    else:
        target = loaded.project.schema_path
        models = f"{result.models} model{'s' if result.models != 1 else ''} and wrote {'it' if result.models == 1 else 'them'}"
        out.line(f"✔ Introspected {models} into {display_path(target, env.cwd)} in {format_ms(started)}")
        out.line("      ")
        if result.warnings:
            out.line(result.warning_text)
        out.line("Run prisma generate to generate Prisma Client.")
        out.line()
    if env.json is not None:
        env.json.result(result)
    if not print_only and not (skip_generate or os.environ.get("PRISMA_MIGRATE_SKIP_GENERATE")):
        run_generators(loaded, out, env.cwd, reread=True)  # lamina's own blocks only
    return 0
