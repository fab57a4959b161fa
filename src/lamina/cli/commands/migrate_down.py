"""`lamina migrate down` (docs/rollback.md): revert the last applied migrations, newest first; and
`migrate down --write`, which writes the missing `down.sql` files of an existing history. The work
is lamina.operations.down; this runner checks the flags and prints Prisma-style text."""

from __future__ import annotations

from typing import Any

from lamina.cli.main import EXIT_CANCELLED, Env
from lamina.cli.output import Output
from lamina.errors import UsageError
from lamina.migrations.down import DOWN_FILE_NAME
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.operations.down import (
    Connecting, DataLossWarnings, DownResult, Reversal, RevertingDespiteDrift, RevertPlanned, WriteDownResult,
    down, write_down_scripts,
)
from lamina.prompting import NoPrompter


def run(env: Env, *, schema: str | None, config: str | None, steps: int | None, to: str | None,
        dry_run: bool, accept_data_loss: bool, force: bool, write: bool, names: tuple[str, ...]) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    assert url is not None
    out.line(out.dim(datasource_line(loaded, url)))
    if write:
        if steps is not None or to is not None or accept_data_loss or force:
            raise UsageError("`migrate down --write` takes only migration names: it writes files and reverts nothing.")
        written = write_down_scripts(project=loaded, names=names, dry_run=dry_run,
                                     listener=lambda event: _event(out, event))
        _print_written(out, written)
        if env.json is not None:
            env.json.result(written)
        return 0
    if names:
        raise UsageError("Migration names are for `migrate down --write`; to revert, use `--steps N` or `--to NAME`.")
    prompter = NoPrompter() if env.json is not None else env.prompter
    result = down(project=loaded, steps=steps, to=to, dry_run=dry_run, accept_data_loss=accept_data_loss,
                  force=force, prompter=prompter, listener=lambda event: _event(out, event))
    code = _print_result(out, result)
    if env.json is not None:
        env.json.result(result)
    return code


def _event(out: Output, event: Any) -> None:
    match event:
        case Connecting():
            out.line()
        case RevertingDespiteDrift():
            out.line(out.yellow("The database has drifted from its migration history; reverting anyway (--force)."))
            out.line()
        case RevertPlanned(reversals=reversals, provider=provider):
            _print_plan(out, reversals, provider)
        case DataLossWarnings(messages=messages):
            out.line(out.yellow("⚠️  Warnings for the current datasource:"))
            out.line()
            for message in messages:
                out.line(f"  • {message}")
            out.line()


def _print_result(out: Output, result: DownResult) -> int:
    if not result.planned:
        return 0
    if result.dry_run:
        _print_dry_run(out, result.planned)
        return 0
    if result.cancelled:
        out.line()
        out.line("Rollback cancelled.")
        return EXIT_CANCELLED
    out.line("The following migration(s) have been rolled back:")
    out.line()
    out.line(_down_tree(list(result.reverted), out))
    out.line()
    if result.now_at is not None:
        out.line(out.green(f"The database is now at migration `{result.now_at}`."))
    else:
        out.line(out.green("No migration is applied on the database now."))
    return 0


def _print_plan(out: Output, reversals: tuple[Reversal, ...], provider: str) -> None:
    if not reversals:
        out.line("No migration is applied after that one: there is nothing to revert.")
        return
    out.line(f"Reverting {len(reversals)} migration{'s' if len(reversals) != 1 else ''}, newest first:")
    for reversal in reversals:
        how = "computed, no down.sql" if reversal.is_computed else DOWN_FILE_NAME
        out.line(f"  {reversal.name} ({how})")
    if provider == "mysql":
        out.line()
        out.line("MySQL has no transactional DDL: each down script runs statement by statement, and a failure "
                 "leaves the statements before it applied.")
    for reversal in reversals:
        if reversal.is_computed:
            out.line()
            out.line(f"The migration `{reversal.name}` has no down.sql; this reverse was computed from "
                     "the migration history:")
            out.line()
            out.line(reversal.script.rstrip("\n"))
    out.line()


def _print_dry_run(out: Output, reversals: tuple[Reversal, ...]) -> None:
    for reversal in reversals:
        if reversal.is_computed:
            continue
        out.line(f"-- {reversal.name}/{DOWN_FILE_NAME}")
        out.line(reversal.script.rstrip("\n"))
        out.line()
    out.line("Dry run: the database was not changed.")


def _down_tree(names: list[str], out: Output) -> str:
    lines = ["migrations/"]
    for name in names:
        stamp, sep, rest = name.partition("_")
        lines.append(f"  └─ {stamp + sep + out.style(rest, '1;36') if sep else name}/")
        lines.append(f"    └─ {DOWN_FILE_NAME}")
    return "\n".join(lines)


def _print_written(out: Output, result: WriteDownResult) -> None:
    if not result.missing:
        out.line("Every migration has a down.sql already: nothing to write.")
        return
    for written in result.written if result.dry_run else ():
        out.line(f"-- {written.name}/{DOWN_FILE_NAME}")
        out.line(written.script.rstrip("\n"))
        out.line()
    count = len(result.written)
    verb = "would be written" if result.dry_run else "written"
    out.line(f"down.sql {verb} for {count} migration{'s' if count != 1 else ''} ({result.already_had} already had one).")
    losing = [w.name for w in result.written if w.loses_data]
    if losing:
        out.line(f"{len(losing)} of them lose data when run (see the warnings at the top of each):")
        for name in losing:
            out.line(f"  {name}")
