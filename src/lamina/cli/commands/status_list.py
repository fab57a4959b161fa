"""`lamina migrate status --list`: one row per migration (name, applied at, duration, state); a
table on a terminal, aligned plain lines otherwise (for scripts and logs)."""

from __future__ import annotations

from datetime import datetime, timezone

from lamina.cli.output import Output
from lamina.operations.status import MigrationRow

STATE_TEXT = {
    "applied": "applied",
    "pending": "pending",
    "failed": "failed",
    "rolled_back": "rolled back",
    "edited": "edited after it was applied",
    "missing": "missing locally",
}
_STYLE = {"applied": "green", "pending": "yellow", "failed": "red", "rolled_back": "dim",
          "edited": "yellow", "missing": "red"}
HEADER = ("Migration", "Applied at", "Duration", "State")


def cells(row: MigrationRow) -> tuple[str, str, str, str]:
    return (row.name, _moment(row.applied_at), _duration(row.duration_ms), STATE_TEXT[row.state])


def _moment(value: datetime | None) -> str:
    if value is None:
        return "-"
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc)
    return value.strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def _duration(ms: float | None) -> str:
    if ms is None:
        return "-"
    return f"{ms:.0f} ms" if ms < 1000 else f"{ms / 1000:.1f} s"


def print_rows(output: Output, rows: tuple[MigrationRow, ...]) -> None:
    output.line()
    stream = output.out
    if hasattr(stream, "isatty") and stream.isatty():
        _print_table(output, rows)
        return
    table = [HEADER] + [cells(row) for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADER) - 1)]
    for line in table:
        output.line("  ".join(text.ljust(width) for text, width in zip(line, widths)) + "  " + line[-1])


def _print_table(output: Output, rows: tuple[MigrationRow, ...]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*HEADER)
    for row in rows:
        name, applied_at, duration, state = cells(row)
        table.add_row(name, applied_at, duration, f"[{_STYLE[row.state]}]{state}[/]")
    Console(file=output.out).print(table)
