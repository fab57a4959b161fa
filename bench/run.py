"""Run every benchmark and write docs/benchmarks.md.

    .venv/bin/python bench/run.py [--only 1,2,…] [--budget-minutes 12] [--output docs/benchmarks.md]

Each row times lamina and its baseline in the same run (5 runs when a run takes under 10 s, 3 when
longer) and reports the ratio of the medians. Targets are reported, never asserted; a failing command
becomes "failed: <first line of its error>" in the table. Series that would start after the time
budget are skipped, so the whole harness stays under 15 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import compileall
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine, pg  # noqa: E402
from bench.context import REPO, Context, corpus_folder  # noqa: E402
from bench.measure import SERIES_SECONDS, Budget, Series  # noqa: E402
from bench.oracle import OracleSetupFailed, find_oracle  # noqa: E402
from bench.report import Row, notes, summary_lines, table  # noqa: E402
from bench.rows import deploy, describe, dev, diff, startup  # noqa: E402

ROWS = {"1": startup.rows, "2": diff.rows, "3": deploy.rows, "4": dev.rows, "5": describe.rows}
# Row 2's 5,000-model runs are the slowest and least central, so row 2 runs last; the report is in row order.
ORDER = ("1", "3", "4", "5", "2")

INTRO = """# Benchmarks

Written by `.venv/bin/python bench/run.py`; do not edit by hand. Every ratio is lamina's median wall time
divided by its baseline's median, both measured in this same run (5 runs when one takes under 10 s,
3 when longer); "ratio (min–max)" divides lamina's fastest by the baseline's slowest run and lamina's
slowest by the baseline's fastest. A series stops repeating once its runs add up to {cap:.0f} s, and after the
harness's time budget only one run is made, so n can be lower on a slow or loaded machine (see the load
average below). Targets are goals to report against, not tests. Peak RSS (row 6)
is the maximum resident set size of the measured child process (`wait4` rusage); for the Prisma runs it
is the largest of the shell wrapper and the Node processes it waited for. The notes of row 2 add both
sides' median CPU time (user + system, from the same rusage), which the machine's load changes much less
than wall time; the ratios stay wall-time ratios. Before measuring, the harness
byte-compiles lamina's sources (as `pip install` does) and writes the cache of its compiled dataclass
methods (as lamina's first run does, lamina/dataclass_code.py), so no run pays for compiling them, even
where `PYTHONDONTWRITEBYTECODE` is set.
"""

BASELINES = """## What the baselines do

- **Prisma** is the real Prisma 7.10.1 CLI run through `../shared/oracle` (Node, the official Wasm build
  of the schema engine behind a stand-in for the native engine binary, Prisma's JS driver adapters).
  The stand-in costs about 0.1 s per engine process compared with the native binary (see the
  oracle's README), so Prisma's times here are somewhat slower than a native install.
- **bench/plain_replay.py** replays a migrations folder with one psycopg connection in autocommit mode:
  it creates a `_prisma_migrations`-like table, and for each migration (folder-name byte order) reads
  the file, computes its SHA-256, inserts a history row, sends the whole file as one simple-query
  message (one implicit transaction, as Prisma's engine sends it) and marks the row finished. No
  advisory lock, no history checks, no schema or configuration loading. It is the floor for
  `migrate deploy` and for the shadow replay inside `migrate dev`.
- **`psql -f` per file** runs `psql -v ON_ERROR_STOP=1 -q -X -f migration.sql` once per migration
  (statement by statement, autocommit, no history rows), including one process start-up per file.
"""


def render(rows: list[Row], facts: list[tuple[str, str]], elapsed: float, end_load: str) -> str:
    parts = [INTRO.format(cap=SERIES_SECONDS), "## Machine and versions\n",
             "\n".join(f"- {k}: {v}" for k, v in facts),
             f"- load average at the end (1/5/15 min): {end_load}",
             f"- harness wall time: {elapsed / 60:.1f} min", "",
             "## Results\n", table(rows), ""]
    extra = notes(rows)
    if extra:
        parts += ["## Notes\n", extra, ""]
    parts += [BASELINES]
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="1,2,3,4,5", help="comma-separated row numbers (default: all)")
    parser.add_argument("--budget-minutes", type=float, default=12.0,
                        help="no new series starts after this many minutes (default 12)")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "benchmarks.md")
    args = parser.parse_args(argv)
    budget = Budget(args.budget_minutes * 60)
    try:
        oracle = find_oracle()
    except OracleSetupFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    pg.drop_leftovers()
    compileall.compile_dir(REPO / "src" / "lamina", quiet=1)
    # and lamina's compiled dataclass methods, which its first run would write (lamina/dataclass_code.py)
    subprocess.run([sys.executable, "-c", "from lamina.dataclass_code import precompile; precompile()"], check=True)
    facts = machine.facts(oracle)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="lamina-bench-") as scratch:
        ctx = Context(oracle, budget, Path(scratch), corpus_folder())
        wanted = {k.strip() for k in args.only.split(",") if k.strip()}
        for key in [k for k in ORDER if k in wanted]:
            started = time.perf_counter()
            try:
                new = ROWS[key](ctx)
            except Exception as exc:  # noqa: BLE001 - a row that breaks is reported, the rest still run
                new = [Row(f"{key}", "(whole row)", Series((), f"failed: {type(exc).__name__}: {exc}"), "", None)]
            rows += new
            print(f"-- row {key} done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
            for line in summary_lines(new):
                print(line, file=sys.stderr)
    pg.drop_leftovers()
    rows.sort(key=lambda row: row.group.split()[0])
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(render(rows, facts, budget.elapsed, machine.load_average()))
    print(f"wrote {args.output} in {budget.elapsed / 60:.1f} min", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
