"""`lamina migrate lint` side by side with squawk on every PostgreSQL history of the corpus.

    .venv/bin/python bench/lint_squawk.py [--output docs/lint.md] [--runs 3]

squawk (squawk-cli 2.70.0 from PyPI) is installed into bench/.venv-squawk on first use; it is never a
dependency of lamina or of its tests. For each history the script runs both tools as a user would
(whole process, all files), then matches every squawk finding to the statement it points at in
lamina's statement model:

- a finding of an overlapping rule on a statement whose tables were all created earlier in the same
  migration is noise lamina removes on purpose (precision);
- every other one must be reported by lamina on the same statement (recall).

It writes the tables between the `<!-- lint-squawk -->` markers of docs/lint.md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
import venv
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from lamina.lint.lint import LintOptions, MigrationFile, lint_history  # noqa: E402

SQUAWK_VERSION = "2.70.0"
SQUAWK_VENV = REPO / "bench" / ".venv-squawk"
HISTORIES = ("civitai", "documenso", "evolution-api-postgresql", "formbricks", "ghostfolio", "hoppscotch",
             "inbox-zero", "papermark", "rallly", "teable-postgres", "trigger-dev", "umami-postgresql")
# squawk rule → the lamina rules that report the same problem
OVERLAP = {
    "require-concurrent-index-creation": {"index-without-concurrently"},
    "require-concurrent-index-deletion": {"drop-index-without-concurrently"},
    "constraint-missing-not-valid": {"constraint-without-not-valid", "unique-constraint-without-index"},
    "adding-foreign-key-constraint": {"constraint-without-not-valid"},
    "adding-not-nullable-field": {"set-not-null-without-check"},
    "changing-column-type": {"column-type-change", "enum-value-removal"},
    "adding-field-with-default": {"volatile-default"},
    "ban-drop-column": {"drop-column"},
    "ban-drop-table": {"drop-table"},
    "renaming-column": {"rename-column"},
    "renaming-table": {"rename-table"},
    "disallowed-unique-constraint": {"unique-constraint-without-index"},
    "ban-concurrent-index-creation-in-transaction": {"concurrently-in-transaction"},
}
START, END = "<!-- lint-squawk -->", "<!-- /lint-squawk -->"


def squawk() -> Path:
    exe = SQUAWK_VENV / "bin" / "squawk"
    if not exe.exists():
        venv.create(SQUAWK_VENV, with_pip=True)
        subprocess.run([SQUAWK_VENV / "bin" / "pip", "install", "-q", f"squawk-cli=={SQUAWK_VERSION}"], check=True)
    return exe


def timed(argv: list, runs: int, **kwargs) -> tuple[float, subprocess.CompletedProcess]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(argv, capture_output=True, text=True, **kwargs)
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def project(folder: Path, migrations: Path) -> Path:
    """A project around a corpus history, read in place (never copied)."""
    (folder / "schema.prisma").write_text('datasource db {\n  provider = "postgresql"\n  url = "postgresql://x"\n}\n')
    (folder / "lamina.toml").write_text(f'[migrations]\npath = "{migrations}"\n')
    return folder


def compare(corpus: Path, name: str, exe: Path, runs: int, scratch: Path) -> dict:
    migrations = corpus / name / "migrations"
    files = sorted(migrations.glob("*/migration.sql"))
    squawk_s, run = timed([exe, "--reporter", "json", *files], runs)
    squawk_findings = json.loads(run.stdout or "[]")
    folder = project(scratch / name, migrations)
    lamina_s, run = timed([sys.executable, "-m", "lamina", "migrate", "lint", "--json"], runs, cwd=folder)
    lamina_total = len(json.loads(run.stdout)["result"]["findings"])

    # the same history in-process, with every statement's context
    history = [MigrationFile(f.parent.name, str(f), f.read_text(encoding="utf-8", errors="replace")) for f in files]
    result = lint_history(history, None, LintOptions(with_statements=True))
    statements = defaultdict(list)
    for info in result.statements:
        statements[info.file].append(info)
    lamina_at = defaultdict(set)
    for finding in result.findings:
        lamina_at[(finding.file, finding.line)].add(finding.rule)

    def statement_at(file: str, line: int):
        """The last statement starting on or before `line` and reaching it (two may share a line)."""
        return next((s for s in reversed(statements[file]) if s.line <= line <= s.end_line), None)

    rules = defaultdict(Counter)
    misses = []
    for item in squawk_findings:
        rule = item["rule_name"]
        if rule not in OVERLAP:
            continue
        info = statement_at(item["file"], item["line"] + 1)
        counts = rules[rule]
        counts["squawk"] += 1
        if info is not None and info.tables and set(info.tables) <= set(info.new_tables):
            counts["same_migration"] += 1
            continue
        if info is not None and rule in ("ban-drop-column", "renaming-column") and info.new_columns:
            counts["new_column"] += 1
            continue
        if rule == "adding-field-with-default" and info is not None and _constant_defaults(info):
            counts["constant_default"] += 1
            continue
        counts["existing"] += 1
        reported = info is not None and lamina_at[(info.file, info.line)] & OVERLAP[rule]
        counts["found"] += bool(reported)
        if not reported:
            misses.append(f"{item['file']}:{item['line'] + 1}: {rule}")
    flagged_new = 0
    for finding in result.findings:
        info = statement_at(finding.file, finding.line)
        if info is not None and info.tables and set(info.tables) <= set(info.new_tables):
            flagged_new += 1
    return {
        "name": name, "migrations": len(files), "squawk_total": len(squawk_findings), "lamina_total": lamina_total,
        "squawk_s": squawk_s, "lamina_s": lamina_s, "rules": rules, "misses": misses, "flagged_new": flagged_new,
        "lamina_rules": Counter(f.rule for f in result.findings),
    }


def _constant_defaults(info) -> bool:
    """Every column the statement adds has a default PostgreSQL computes once (no rewrite)."""
    from pglast import ast

    from lamina.lint.expressions import is_volatile
    from lamina.lint.statements import parse_script

    script = Path(info.file).read_text(encoding="utf-8", errors="replace")
    node = next(s.node for s in parse_script(script).statements if s.line == info.line)
    columns = [c.def_ for c in getattr(node, "cmds", None) or () if isinstance(c.def_, ast.ColumnDef)]
    defaults = [k.raw_expr for c in columns for k in c.constraints or () if k.raw_expr is not None]
    return bool(defaults) and not any(is_volatile(d) for d in defaults)


def render(results: list[dict], runs: int) -> str:
    total = defaultdict(Counter)
    for r in results:
        for rule, counts in r["rules"].items():
            total[rule].update(counts)
    lines = [START, "",
             f"Written by `bench/lint_squawk.py` (squawk-cli {SQUAWK_VERSION}, default settings, `--reporter json`; "
             f"lamina `migrate lint --json`; both run as whole processes, median of {runs} runs).", "",
             "### Per squawk rule, all PostgreSQL histories", "",
             "| squawk rule | squawk | (a) table created earlier in the same migration | (b) column added "
             "earlier in the same migration | (c) constant default | on an existing table (the rest) "
             "| of those, also reported by lamina | recall | lamina rule(s) |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for rule in OVERLAP:
        c = total.get(rule, Counter())
        recall = f"{100 * c['found'] / c['existing']:.0f} %" if c["existing"] else "n/a"
        counts = " | ".join(f"{c[k]:,}" for k in ("squawk", "same_migration", "new_column", "constant_default",
                                                   "existing", "found"))
        lines.append(f"| {rule} | {counts} | {recall} | {', '.join(sorted(OVERLAP[rule]))} |")
    lines += ["", "### Per history", "",
              "| history | migrations | squawk findings (all rules) | lamina findings | overlapping squawk findings "
              "on existing tables | recall | lamina findings on tables created in the same migration | squawk s "
              "| lamina s | ratio |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        existing = sum(c["existing"] for c in r["rules"].values())
        found = sum(c["found"] for c in r["rules"].values())
        recall = f"{100 * found / existing:.1f} %" if existing else "n/a"
        lines.append(f"| {r['name']} | {r['migrations']} | {r['squawk_total']:,} | {r['lamina_total']:,} | "
                     f"{existing:,} | {recall} | {r['flagged_new']} | {r['squawk_s']:.2f} | {r['lamina_s']:.2f} | "
                     f"{r['lamina_s'] / r['squawk_s']:.1f}× |")
    lamina_rules = Counter()
    for r in results:
        lamina_rules.update(r["lamina_rules"])
    lines += ["", "### lamina's findings per rule, all PostgreSQL histories", "",
              "| lamina rule | findings |", "|---|---:|"]
    lines += [f"| {rule} | {count:,} |" for rule, count in sorted(lamina_rules.items())]
    misses = [m for r in results for m in r["misses"]]
    if misses:
        lines += ["", "Squawk findings on existing tables that lamina does not report:", ""]
        lines += [f"- `{m}`" for m in misses[:50]]
    lines += ["", END]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "lint.md")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = parser.parse_args(argv)
    exe = squawk()
    results = []
    with tempfile.TemporaryDirectory(prefix="lamina-lint-bench-") as scratch:
        for name in HISTORIES:
            if not (args.corpus / name / "migrations").is_dir():
                continue
            (Path(scratch) / name).mkdir()
            results.append(compare(args.corpus, name, exe, args.runs, Path(scratch)))
            r = results[-1]
            print(f"{name}: squawk {r['squawk_total']} ({r['squawk_s']:.2f} s), lamina {r['lamina_total']} "
                  f"({r['lamina_s']:.2f} s), misses {len(r['misses'])}, flagged new {r['flagged_new']}",
                  file=sys.stderr)
    text = render(results, args.runs)
    doc = args.output.read_text() if args.output.exists() else f"{START}\n{END}\n"
    before, _, rest = doc.partition(START)
    _, _, after = rest.partition(END)
    args.output.write_text(before + text + after)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
