"""Row 2: `migrate diff --from-empty --to-schema-datamodel S --script` on synthetic N-model schemas
(the oracle's gen-synthetic-schema.py) against the oracle's `prisma-diff.sh --from-empty --to-schema S`,
plus parse + validate alone for 5,000 models (in-process `lamina.psl.check_schema`) against the
oracle's `prisma validate` of the same file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench.context import REPO, Context, lamina_env
from bench.measure import Sample, Series, expect_count, first_line, repeat, run_process
from bench.report import Row

GROUP = "2 diff"
SIZES = (2, 200, 1000, 5000)

# Times parse + validate inside one Python process and prints the seconds; the file is read first.
# The cyclic garbage collector is off, as in the `lamina` command (lamina/cli/entry.py).
CHECK_SCRIPT = """
import gc, sys, time
gc.disable()
sys.path.insert(0, sys.argv[2])
from lamina.psl import check_schema, read_schema_files
files = read_schema_files(sys.argv[1])
start = time.perf_counter()
validated, diagnostics = check_schema(files)
elapsed = time.perf_counter() - start
if validated is None:
    print("schema did not validate", file=sys.stderr); sys.exit(1)
print(elapsed)
"""


def synthetic_schema(ctx: Context, models: int) -> Path:
    path = ctx.scratch / "synthetic" / f"synthetic-{models}.prisma"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        if ctx.oracle.available:
            generator = ctx.oracle.script("gen-synthetic-schema.py")
        else:
            generator = REPO.parent / "shared" / "oracle" / "gen-synthetic-schema.py"
        text = subprocess.run([sys.executable, str(generator), str(models), "postgresql"],
                              check=True, capture_output=True, text=True).stdout
        path.write_text(text)
    return path


def cpu_note(lamina: Series, prisma: Series | None) -> str:
    """The medians of CPU time (user + system) of both sides: unlike wall time, they hardly change with
    the load that other processes put on the machine."""
    mine, theirs = lamina.cpu_median, prisma.cpu_median if prisma is not None and prisma.ok else None
    if mine is None or not lamina.ok:
        return ""
    if theirs is None or theirs <= 0:
        return f"CPU time (user + system), median: lamina {mine:.2f} s"
    return (f"CPU time (user + system), median: lamina {mine:.2f} s, Prisma {theirs:.2f} s "
            f"({mine / theirs:.2f}x)")


def _in_process_check(ctx: Context, schema: Path) -> Sample:
    sample = run_process([ctx.python, "-c", CHECK_SCRIPT, schema, REPO / "src"])
    if sample.error:
        return sample
    try:
        return Sample(float(sample.stdout.strip().splitlines()[-1]), sample.max_rss_kib)
    except (ValueError, IndexError):
        return Sample(sample.seconds, sample.max_rss_kib, f"failed: unexpected output {first_line(sample.stdout)}")


def rows(ctx: Context) -> list[Row]:
    out: list[Row] = []
    env = lamina_env()
    for models in SIZES:
        try:
            schema = synthetic_schema(ctx, models)
        except (OSError, subprocess.CalledProcessError) as exc:
            failed = Series((), f"failed: cannot generate the {models}-model schema: {exc}")
            out.append(Row(GROUP, f"diff empty → {models:,} models", failed, "`prisma migrate diff`", None, 0.3))
            continue
        lamina = repeat(lambda: expect_count(run_process([ctx.lamina, "migrate", "diff", "--from-empty",
                                                          "--to-schema-datamodel", schema, "--script"], env=env),
                                             "CREATE TABLE ", models), ctx.budget, warmup=models <= 200)
        if ctx.oracle.available:
            prisma = repeat(lambda: expect_count(run_process([ctx.oracle.script("prisma-diff.sh"), "--from-empty",
                                                              "--to-schema", schema]), "CREATE TABLE ", models),
                            ctx.budget, warmup=models <= 200)
            missing = ""
        else:
            prisma, missing = None, ctx.oracle.reason
        out.append(Row(GROUP, f"`migrate diff --from-empty --to-schema-datamodel S --script`, {models:,} models",
                       lamina, "`prisma migrate diff --from-empty --to-schema S --script`", prisma, 0.3, missing,
                       cpu_note(lamina, prisma)))
    big = synthetic_schema(ctx, SIZES[-1])
    check = repeat(lambda: _in_process_check(ctx, big), ctx.budget)
    if ctx.oracle.available:
        validate = repeat(lambda: run_process([ctx.oracle.script("prisma.sh"), "--schema", big, "--", "validate"],
                                              env={"NO_COLOR": "1"}), ctx.budget)
        missing = ""
    else:
        validate, missing = None, ctx.oracle.reason
    small = repeat(lambda: _in_process_check(ctx, synthetic_schema(ctx, 2)), ctx.budget)
    note = (f"in-process `check_schema` on the 2-model schema: "
            f"{small.median * 1000:.1f} ms median" if small.ok else f"2-model check_schema: {small.error}")
    note += "; the lamina column is in-process time only (no interpreter start-up), Prisma's is the whole CLI"
    out.append(Row(GROUP, "parse + validate, 5,000 models (in-process `lamina.psl.check_schema`)", check,
                   "`prisma validate` (whole CLI)", validate, None, missing, note))
    return out
