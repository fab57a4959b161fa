"""Fleet deploy against the shell loop it replaces: papermark's 107 migrations into 200 tenant schemas.

    .venv/bin/python bench/fleet.py [--schemas 200] [--concurrency 1,2,4,8] [--output docs/fleet.md]

In one run, on fresh databases with the same empty schemas `tenant_001` … `tenant_200`:

1. the shell-loop equivalent: one `lamina migrate deploy` process per schema, one after another,
   each with `?schema=tenant_NNN` (what `for s in …; do prisma migrate deploy; done` does);
2. `lamina migrate deploy --tenant-schemas 'tenant_*' --concurrency N` for each N.

After each run every schema must hold 107 finished `_prisma_migrations` rows, one per migration
(the run is void otherwise), and a sample of schemas must equal the loop's (`lamina migrate diff
--from-url … --to-url … --exit-code`). Prisma's own `migrate status` (../shared/oracle, when Node is
there) must read a sample of schemas as up to date. The table goes between the `<!-- fleet-bench -->`
markers of docs/fleet.md. Needs PostgreSQL at $BENCH_POSTGRES_URL / $TEST_POSTGRES_URL and the
corpus (../shared/corpus or $LAMINA_CORPUS).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench import pg  # noqa: E402
from bench.context import corpus_folder  # noqa: E402
from bench.machine import LAMINA, _cpu_model, load_average  # noqa: E402

START, END = "<!-- fleet-bench -->", "<!-- /fleet-bench -->"
ORACLE = Path(os.environ.get("LAMINA_ORACLE") or REPO.parent / "shared" / "oracle")


def _project(root: Path, migrations: Path) -> Path:
    prisma = root / "prisma"
    prisma.mkdir(parents=True)
    (prisma / "schema.prisma").write_text(
        'datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n', encoding="utf-8")
    (prisma / "migrations").symlink_to(migrations, target_is_directory=True)
    return root


def _fresh_database(prefix: str, schemas: list[str]) -> tuple[str, str]:
    # Not `lamina_bench_*`: bench/run.py drops those as leftovers, and may run at the same time.
    name = f"lamina_fleetbench_{prefix}_{uuid.uuid4().hex[:8]}"
    url = pg.create_database(name)
    pg.execute_script(url, "".join(f'CREATE SCHEMA "{s}";' for s in schemas))
    return name, url


def _lamina(project: Path, url: str, *argv: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1", DATABASE_URL=url)
    return subprocess.run([str(LAMINA), *argv], cwd=project, env=env, capture_output=True, text=True)


def _check_rows(url: str, schemas: list[str], expected: int) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for schema in schemas:
            finished, distinct, total = conn.execute(
                f'SELECT count(finished_at), count(DISTINCT migration_name), count(*) FROM "{schema}"._prisma_migrations'
            ).fetchone()
            if not finished == distinct == total == expected:
                raise SystemExit(f"{schema}: {total} rows, {finished} finished, {distinct} distinct; expected {expected}")


def _same_schema(project: Path, before: str, after: str) -> bool:
    result = _lamina(project, before, "migrate", "diff", "--from-url", before, "--to-url", after, "--exit-code")
    return result.returncode == 0


def _prisma_up_to_date(url: str, migrations: Path) -> str:
    script = ORACLE / "prisma-status.sh"
    if not script.is_file() or shutil.which("node") is None:
        return "not checked (no oracle)"
    result = subprocess.run([str(script), url, str(migrations)], capture_output=True, text=True, timeout=600)
    return "up to date" if result.returncode == 0 and "Database schema is up to date!" in result.stdout else (
        "NOT up to date: " + (result.stdout + result.stderr)[-300:])


def _with_schema(url: str, schema: str) -> str:
    return f"{url}?schema={schema}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schemas", type=int, default=200)
    parser.add_argument("--concurrency", default="1,2,4,8")
    parser.add_argument("--output", default=str(REPO / "docs" / "fleet.md"))
    args = parser.parse_args(argv)
    levels = [int(level) for level in args.concurrency.split(",")]
    migrations = corpus_folder() / "papermark" / "migrations"
    count = sum(1 for p in migrations.iterdir() if (p / "migration.sql").is_file())
    schemas = [f"tenant_{i:03d}" for i in range(1, args.schemas + 1)]
    sample = sorted({schemas[0], schemas[len(schemas) // 2], schemas[-1]})
    compileall.compile_dir(REPO / "src" / "lamina", quiet=1)
    load_before = load_average()
    rows: list[tuple[str, float]] = []
    notes: list[str] = []
    retries: list[str] = []
    with tempfile.TemporaryDirectory(prefix="lamina-fleet-bench-") as tmp:
        project = _project(Path(tmp), migrations)
        loop_name, loop_url = _fresh_database("fleetloop", schemas)
        try:
            started = time.monotonic()
            for schema in schemas:
                for attempt in range(3):  # a busy machine may time a connection out (P1001): run it again
                    result = _lamina(project, _with_schema(loop_url, schema), "migrate", "deploy")
                    if result.returncode == 0:
                        break
                    retries.append(f"loop, {schema}: {result.stderr.strip().splitlines()[-2][:120]}")
                else:
                    raise SystemExit(f"loop deploy of {schema} failed:\n{result.stderr[-2000:]}")
            loop = time.monotonic() - started
            _check_rows(loop_url, schemas, count)
            print(f"shell loop: {loop:.1f}s", flush=True)
            for level in levels:
                name, url = _fresh_database(f"fleet{level}", schemas)
                try:
                    started = time.monotonic()
                    for attempt in range(3):  # a target that timed out is finished by running it again
                        result = _lamina(project, url, "migrate", "deploy", "--tenant-schemas", "tenant_*",
                                         "--concurrency", str(level))
                        if result.returncode == 0:
                            break
                        retries.append(f"--concurrency {level}: " + result.stdout.strip().splitlines()[-1])
                    else:
                        raise SystemExit(f"fleet deploy failed:\n{result.stdout[-3000:]}\n{result.stderr[-2000:]}")
                    seconds = time.monotonic() - started
                    _check_rows(url, schemas, count)
                    same = all(_same_schema(project, _with_schema(loop_url, s), _with_schema(url, s)) for s in sample)
                    if not same:
                        raise SystemExit(f"--concurrency {level}: a sampled schema differs from the loop's")
                    if level == 4 or level == levels[-1] and not any("Prisma" in n for n in notes):
                        verdicts = {s: _prisma_up_to_date(_with_schema(url, s), migrations) for s in sample}
                        notes.append(f"Prisma 7.10.1 `migrate status` on {', '.join(sample)} (--concurrency {level}): "
                                     + "; ".join(sorted(set(verdicts.values()))) + ".")
                finally:
                    pg.drop_database(name)
                rows.append((f"--concurrency {level}", seconds))
                print(f"--concurrency {level}: {seconds:.1f}s ({seconds / loop:.2f}x)", flush=True)
        finally:
            pg.drop_database(loop_name)
    if retries:
        notes.append("Runs repeated after a failure (time included): " + "; ".join(retries) + ".")
    table = _render(rows, loop, args.schemas, count, load_before, notes, sample)
    _write(Path(args.output), table)
    print(table)
    return 0


def _render(rows: list[tuple[str, float]], loop: float, schemas: int, count: int, load_before: str,
            notes: list[str], sample: list[str]) -> str:
    lines = [
        f"{schemas} tenant schemas, papermark's {count} migrations each ({schemas * count} migrations in all), "
        f"one PostgreSQL {pg.server_version()} database; {os.cpu_count()} cores ({_cpu_model()}), "
        f"load average at start {load_before}.",
        "",
        "| run | wall time | against the shell loop |",
        "|---|---:|---:|",
        f"| shell loop: one `lamina migrate deploy` per schema, `?schema=` | {loop:.1f} s | 1.00x |",
    ]
    lines += [f"| `lamina migrate deploy --tenant-schemas 'tenant_*' {label}` | {seconds:.1f} s | {seconds / loop:.2f}x |"
              for label, seconds in rows]
    lines += ["", f"Every run left {count} finished history rows in each schema, one per migration; the schemas "
                  f"{', '.join(sample)} equal the loop's (`lamina migrate diff --exit-code`)."]
    for note in notes:
        lines += ["", note]
    return "\n".join(lines)


def _write(path: Path, table: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else f"{START}\n{END}\n"
    if START not in text:
        text += f"\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{table}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
