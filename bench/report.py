"""Report rows and the Markdown table written to docs/benchmarks.md."""

from __future__ import annotations

from dataclasses import dataclass

from bench.measure import Series


@dataclass(frozen=True)
class Row:
    group: str  # "1 start-up", "2 diff", …
    subject: str  # what lamina runs
    lamina: Series
    baseline_name: str
    baseline: Series | None  # None: no baseline could be measured (reason in `missing`)
    target: float | None = None  # the ratio the project aims at (reported, never asserted)
    missing: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.lamina.ok and self.baseline is not None and self.baseline.ok and self.baseline.median > 0:
            return self.lamina.median / self.baseline.median
        return None

    def verdict(self) -> str:
        if self.target is None:
            return ""
        ratio = self.ratio
        if ratio is None:
            return f"≤ {self.target:g}x: n/a"
        return f"≤ {self.target:g}x: {'met' if ratio <= self.target else 'missed'}"


def seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def series_cell(series: Series | None, missing: str = "") -> str:
    if series is None:
        return missing or "not measured"
    if not series.ok:
        return series.error or "no sample"
    runs = len(series.times)
    return f"{seconds(series.median)} ({seconds(series.low)}–{seconds(series.high)}, n={runs})"


def rss_cell(series: Series) -> str:
    rss = series.max_rss_kib
    return f"{rss / 1024:.0f} MiB" if rss else ""


def ratio_cell(row: Row) -> str:
    ratio = row.ratio
    if ratio is None:
        return "n/a"
    base = row.baseline
    assert base is not None
    low = row.lamina.low / base.high
    high = row.lamina.high / base.low
    return f"**{ratio:.2f}x** ({low:.2f}–{high:.2f})"


HEADER = ("| row | lamina | lamina median (min–max) | lamina peak RSS | baseline | baseline median (min–max) "
          "| baseline peak RSS | ratio (min–max) | target |")


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(rows: list[Row]) -> str:
    lines = [HEADER, "|" + "---|" * 9]
    for row in rows:
        base_rss = rss_cell(row.baseline) if row.baseline is not None else ""
        lines.append("| " + " | ".join(_escape(c) for c in (
            row.group, row.subject, series_cell(row.lamina), rss_cell(row.lamina), row.baseline_name,
            series_cell(row.baseline, row.missing), base_rss, ratio_cell(row), row.verdict(),
        )) + " |")
    return "\n".join(lines)


def notes(rows: list[Row]) -> str:
    out = [f"- {row.group}, {row.subject}: {row.note}" for row in rows if row.note]
    return "\n".join(out)


def summary_lines(rows: list[Row]) -> list[str]:
    """One plain line per row, for the terminal."""
    lines = []
    for row in rows:
        ratio = row.ratio
        shown = f"{ratio:.2f}x" if ratio is not None else "n/a"
        lamina = series_cell(row.lamina)
        lines.append(f"{row.group:14} {row.subject[:60]:60} {shown:>8}  {row.verdict():22} lamina {lamina}")
    return lines
