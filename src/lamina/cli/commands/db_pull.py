"""`lamina db pull` (PRISMA-COMPAT.md §1.9): introspect the live database into schema.prisma,
keeping the current schema's config blocks, order and names; `--print` writes to stdout."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from lamina.cli.commands_generate import run_generators
from lamina.cli.main import Env
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.cli.commands.database import open_existing
from lamina.cli.commands.db_push import format_ms
from lamina.engine.describe import describe_database
from lamina.errors import KnownError, UsageError
from lamina.introspect.catalog import model_notes, with_catalog_order
from lamina.introspect.mysql import as_the_server_shows, mysql_notes
from lamina.introspect.to_psl import introspect
from lamina.project.project import display_path


@dataclass
class EmptyDatabase(KnownError):
    """P4001, worded as the 7.10.1 CLI prints it."""

    def message(self) -> str:
        return "The introspected database was empty.\n"


def run(env: Env, *, schema, config, print_only, force, url, schemas, composite_type_depth, local_d1,
        skip_generate=False) -> int:
    started = time.monotonic()
    out = env.output
    if local_d1:
        raise UsageError("--local-d1 is not supported by lamina.")
    loaded = load_schema(out, env.cwd, schema=schema, config=config, url=url, announce=not print_only,
                         has_url_flag=True)
    db_url = datasource_url(loaded)
    namespaces = tuple(s.strip() for s in schemas.split(",")) if schemas else \
        tuple(loaded.schema.datasource.schemas) if loaded.schema.datasource else ()
    if not print_only:
        out.line(out.dim(datasource_line(loaded, db_url)))
        out.line()
        out.line(f"- Introspecting based on datasource defined in {display_path(loaded.project.schema_path, env.cwd)}")
    with open_existing(db_url) as conn:
        described = with_catalog_order(conn, describe_database(conn, namespaces), namespaces)
        if conn.provider == "mysql":
            described = as_the_server_shows(described, str(conn.query("SELECT VERSION()")[0][0]))
        notes = mysql_notes(conn) if conn.provider == "mysql" else model_notes(conn, namespaces, described)
    if not described.tables and not described.enums:
        if not print_only:
            out.line(f"✖ Introspecting based on datasource defined in {display_path(loaded.project.schema_path, env.cwd)}")
            out.line()
        raise EmptyDatabase()
    multi_schema = bool(namespaces) and loaded.provider == "postgresql"
    # A schema folder: each model and enum stays in its file, new ones go to introspected.prisma.
    root = loaded.project.root  # schema file paths are relative to it
    new_file = None if len(loaded.files) == 1 else \
        display_path(Path(loaded.project.schema_path) / "introspected.prisma", root)
    result = introspect(described, loaded.provider, loaded.schema, loaded.files, reuse_names=not force,
                        notes=notes, default_namespace=(db_url.schema or "public") if multi_schema else None,
                        introspection_file=new_file)
    if print_only:
        if len(result.files) == 1:
            out.out.write(result.text + "\n\n")
        else:
            out.out.write("\n".join(f"// {display_path(root / path, env.cwd)}\n{text}" for path, text in result.files)
                          + "\n\n")
        out.out.flush()
        if result.warnings:
            out.error_line(result.warnings.rstrip("\n"))
        return 0
    for path, text in result.files:
        (root / path).write_text(text, encoding="utf-8")
    for gone in {f.path for f in loaded.files} - {path for path, _ in result.files}:
        (root / gone).unlink()  # --force on a schema folder: Prisma keeps only introspected.prisma
    target = loaded.project.schema_path
    models = f"{result.models} model{'s' if result.models != 1 else ''} and wrote {'it' if result.models == 1 else 'them'}"
    out.line(f"✔ Introspected {models} into {display_path(target, env.cwd)} in {format_ms(started)}")
    out.line("      ")
    if result.sections:
        out.line(result.plain_warnings())
    out.line("Run prisma generate to generate Prisma Client.")
    out.line()
    if not (skip_generate or os.environ.get("PRISMA_MIGRATE_SKIP_GENERATE")):
        run_generators(loaded, out, env.cwd, reread=True)  # lamina's own blocks only
    return 0

