"""A fleet run as people and programs read it: a live table on a terminal (rich), one line per
finished target otherwise, then the report of every target, or the same as JSON.

Targets appear by their label only (fleet/targets.py): no URL, no password.
"""

from __future__ import annotations

import json
import time
from typing import TextIO

from lamina.fleet.run import Outcome, Progress

_SHOWN_ROWS = 12  # running targets first, then failed ones, on a terminal


def verdict_text(outcome: Outcome, *, command: str) -> str:
    """`up to date`, `applied 12`, `failed at NAME`, `3 pending`, ... with what drifted."""
    match outcome.verdict:
        case "applied":
            text = f"applied {len(outcome.applied)}"
        case "up to date":
            text = "up to date"
        case "pending":
            text = f"{len(outcome.pending)} pending"
        case "interrupted" if not outcome.applied and not outcome.pending:
            text = "not started (interrupted)"
        case "interrupted":
            text = f"interrupted after {len(outcome.applied)} applied" if command == "deploy" else "interrupted"
            if outcome.pending:
                text += f", {len(outcome.pending)} left"
        case _:
            if outcome.failed_rows:
                text = f"failed at {outcome.failed_at} (failed row)"
            elif outcome.failed_at:
                text = f"failed at {outcome.failed_at}"
                if outcome.applied:
                    text = f"applied {len(outcome.applied)}, then " + text
            else:
                text = "failed"
    if outcome.database_created:
        text += " (database created)"
    notes = []
    if outcome.edited:
        notes.append("edited after it was applied: " + ", ".join(outcome.edited))
    if outcome.missing:
        notes.append("applied but missing from the folder: " + ", ".join(outcome.missing))
    if notes:
        text += "; history drift: " + "; ".join(notes)
    return text


def finished_line(outcome: Outcome, *, command: str) -> str:
    line = f"{outcome.target.label}: {verdict_text(outcome, command=command)} ({outcome.seconds:.1f}s)"
    if outcome.error:
        line += "\n" + _indent(_first_paragraph(outcome.error), 4)
    return line


def _first_paragraph(error: str) -> str:
    """The database's message without the engine's detail block (which --json keeps)."""
    return error.strip().split("\n\n", 1)[0]


def _indent(text: str, width: int) -> str:
    return "\n".join(" " * width + line for line in text.strip().splitlines())


def summary_line(outcomes: list[Outcome], *, command: str) -> str:
    counts: dict[str, int] = {}
    for outcome in outcomes:
        counts[outcome.verdict] = counts.get(outcome.verdict, 0) + 1
    order = ("applied", "up to date", "pending", "failed", "interrupted")
    parts = [f"{counts[v]} {v}" for v in order if counts.get(v)]
    drift = sum(1 for o in outcomes if o.edited or o.missing)
    if drift:
        parts.append(f"{drift} with history drift")
    return f"{len(outcomes)} target{'s' if len(outcomes) != 1 else ''}: " + ", ".join(parts) + "."


def report_text(outcomes: list[Outcome], *, command: str, migrations: int) -> str:
    """Every target on its own line (the error below it, indented), then the counts."""
    width = max((len(o.target.label) for o in outcomes), default=0)
    lines = [f"{'Deploy' if command == 'deploy' else 'Status'} of {migrations} migration"
             f"{'s' if migrations != 1 else ''} on {len(outcomes)} target{'s' if len(outcomes) != 1 else ''}:", ""]
    for outcome in outcomes:
        lines.append(f"  {outcome.target.label.ljust(width)}  {verdict_text(outcome, command=command)}")
        if outcome.error:
            lines.append(_indent(_first_paragraph(outcome.error), 10))
    lines += ["", summary_line(outcomes, command=command)]
    return "\n".join(lines)


def report_json(outcomes: list[Outcome], *, command: str, migrations: int, interrupted: bool) -> str:
    return json.dumps({
        "command": command,
        "migrations": migrations,
        "interrupted": interrupted,
        "failed": sum(1 for o in outcomes if o.is_failed),
        "targets": [
            {
                "target": o.target.label,
                "tenantSchema": o.target.tenant_schema,
                "status": o.verdict,
                "applied": list(o.applied),
                "appliedCount": len(o.applied),
                "pending": list(o.pending),
                "failedAt": o.failed_at,
                "failedMigrations": list(o.failed_rows),
                "error": o.error,
                "editedMigrations": list(o.edited),
                "missingFromFolder": list(o.missing),
                "databaseCreated": o.database_created,
                "seconds": round(o.seconds, 3),
            }
            for o in outcomes
        ],
    }, indent=2)


class LiveTable:
    """rich's Live table on a terminal: target, progress, current migration, elapsed."""

    def __init__(self, stream: TextIO, *, command: str, total: int) -> None:
        from rich.console import Console
        from rich.live import Live

        self._command = command
        self._total_targets = total
        self._started = time.monotonic()
        self._console = Console(file=stream)
        self._live = Live(console=self._console, auto_refresh=False, transient=True)
        self._progress: list[Progress] = []
        self._failed: list[tuple[str, str]] = []

    def __enter__(self) -> LiveTable:
        self._live.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._live.__exit__(None, None, None)

    def update(self, progress: list[Progress]) -> None:
        self._progress = progress
        self._live.update(self._render(), refresh=True)

    def _render(self):  # -> rich Table
        from rich.table import Table

        now = time.monotonic()
        running = [p for p in self._progress if p.phase in ("connecting", "applying")]
        finished = sum(1 for p in self._progress if p.phase == "done")
        title = (f"{finished}/{self._total_targets} targets done, {len(running)} running, "
                 f"{now - self._started:.1f}s")
        table = Table(title=title, title_justify="left", expand=False)
        for column in ("Target", "Progress", "Current migration", "Elapsed"):
            table.add_column(column, no_wrap=True, overflow="ellipsis", max_width=48)
        for p in running[:_SHOWN_ROWS]:
            total = "?" if p.total is None else str(p.total)
            table.add_row(p.target.label, f"{p.done}/{total}", p.current or p.phase, f"{p.elapsed(now):.1f}s")
        for label, verdict in self._failed[-max(0, _SHOWN_ROWS - len(running)):]:
            table.add_row(label, "failed", verdict, "", style="red")
        return table

    def finished(self, outcome: Outcome) -> None:
        """Failed targets stay in the table (the last few), under the running ones."""
        if outcome.is_failed:
            text = verdict_text(outcome, command=self._command)
            if outcome.verdict == "failed" and outcome.failed_at is None and outcome.error:
                text = _first_paragraph(outcome.error)
            self._failed.append((outcome.target.label, text))
