#!/usr/bin/env python3
"""Regenerate the SQL goldens that the diff tests compare against, from the Prisma oracle.

Two kinds of golden, both Prisma's own output (never lamina's):

* `tests/calculate/goldens/<entry>.sql`: `prisma migrate diff --from-empty --to-schema S --script`
  for every PostgreSQL and SQLite schema of the corpus (it starts with `-- CreateSchema` on
  PostgreSQL). The corpus schemas themselves are read at test time, never copied here.
* `tests/calculate/goldens/<entry>.history.sql`: `migrate diff --from-migrations` (the entry's
  committed history) `--to-schema` (its schema): the drift Prisma sees between the two.
* `tests/migrations/<case>/<provider>.summary.txt`: the human summary of
  `prisma migrate diff --from-schema before --to-schema after` (without --script).
* A case may give its first migration as `before.<provider>.sql` instead of before.prisma
  (e.g. SQL an older Prisma wrote); it then has goldens for that provider only.
* `tests/migrations/<case>/<provider>.sql`: what `migrate dev --create-only` writes for the change
  `before.prisma` → `after.prisma`. `before` is first created as a migration in a scratch
  migrations folder, then `prisma-dev-create.sh ... --print` prints the next migration. A case
  that Prisma refuses for a provider (e.g. `@db.VarChar` on SQLite) gets no golden for it.
* A case with `url-schema.txt` (a schema name) runs its PostgreSQL migrations on a connection with
  `?schema=<name>`, as a project whose URL names a schema.
* `tests/migrations/<case>/<provider>.from-schema.sql`, beside `<provider>.sql`, for a case with a
  `from-schema.txt` (which says why): `prisma migrate diff --from-schema before --to-schema after
  --script`, where no database is described.
* `tests/migrations/<case>/<provider>.diff.sql`, instead of `<provider>.sql` for a case with a
  `from-migrations.txt` (which says why): `prisma migrate diff --from-migrations` (the `before`
  migration replayed in a shadow database) `--to-schema after --script`. For partial indexes already
  in `before`: the Wasm engine's `createMigration` reads its shadow database without the schema's
  preview features (so it writes `CREATE UNIQUE INDEX` for an index it does not drop), while
  `migrate diff` reads it with them, as the native engine does.

Usage: scripts/regen_migration_goldens.py [--corpus] [--migrations] [--summaries [--missing]] [--history]
       [--postgresql|--sqlite] [--no-summary] [CASE ...]
(each oracle call takes about two seconds; the whole run a few minutes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("LAMINA_SHARED", ROOT.parent / "shared"))
ORACLE = SHARED / "oracle"
CORPUS = Path(os.environ.get("LAMINA_CORPUS", SHARED / "corpus"))
PG_URL = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
PROVIDERS = ("postgresql", "sqlite")
CORPUS_GOLDENS = ROOT / "tests" / "calculate" / "goldens"
MIGRATION_CASES = ROOT / "tests" / "migrations"


def corpus_schema(entry: Path) -> Path | None:
    """The schema file or folder of a corpus entry (single file first, then a schema/ folder)."""
    for candidate in ("schema.prisma", "schema"):
        if (entry / candidate).exists():
            return entry / candidate
    return None


def schema_provider(path: Path) -> str | None:
    files = sorted(path.rglob("*.prisma")) if path.is_dir() else [path]
    for file in files:
        text = file.read_text()
        start = text.find("datasource ")
        if start < 0:
            continue
        block = text[start : text.find("}", start)]
        for line in block.splitlines():
            key, _, value = line.partition("=")
            if key.strip() == "provider":
                provider = value.strip().strip('"')
                return "postgresql" if provider == "postgres" else provider
    return None


def regen_corpus() -> None:
    CORPUS_GOLDENS.mkdir(parents=True, exist_ok=True)
    for entry in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        schema = corpus_schema(entry)
        if schema is None or schema_provider(schema) not in PROVIDERS:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / schema.name
            subprocess.run([sys.executable, ORACLE / "prisma7ize.py", schema, copy],
                           check=True, stderr=subprocess.DEVNULL)
            result = subprocess.run([ORACLE / "prisma-diff.sh", "--from-empty", "--to-schema", copy],
                                    capture_output=True, text=True)
        target = CORPUS_GOLDENS / f"{entry.name}.sql"
        if result.returncode != 0:
            print(f"corpus {entry.name}: oracle failed\n{result.stderr[-2000:]}", file=sys.stderr)
            continue
        target.write_text(result.stdout)
        print(f"corpus {entry.name}: {len(result.stdout)} bytes")


def regen_history() -> None:
    """`<entry>.history.sql`: migrate diff --from-migrations (the committed history, replayed in a
    shadow database) --to-schema (the committed schema): the drift between the two."""
    for entry in sorted(p for p in CORPUS.iterdir() if p.is_dir()):
        schema = corpus_schema(entry)
        if schema is None or schema_provider(schema) not in PROVIDERS or not (entry / "migrations").is_dir():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / schema.name
            subprocess.run([sys.executable, ORACLE / "prisma7ize.py", schema, copy],
                           check=True, stderr=subprocess.DEVNULL)
            result = subprocess.run([ORACLE / "prisma-diff.sh", "--from-migrations", entry / "migrations",
                                     "--to-schema", copy], capture_output=True, text=True)
        if result.returncode != 0:
            print(f"history {entry.name}: oracle failed\n{result.stderr[-800:]}", file=sys.stderr)
            continue
        (CORPUS_GOLDENS / f"{entry.name}.history.sql").write_text(result.stdout)
        print(f"history {entry.name}: {len(result.stdout)} bytes")


def with_datasource(body: str, provider: str, extra: str = "") -> str:
    """The case's schema behind a datasource block (`extra`: more datasource lines, from the
    case's optional datasource.txt)."""
    lines = "".join(f"  {line}\n" for line in extra.splitlines() if line.strip())
    return f'datasource db {{\n  provider = "{provider}"\n{lines}}}\n\n{body}'


def extra_datasource(case: Path) -> str:
    path = case / "datasource.txt"
    return path.read_text() if path.exists() else ""


def dev_create(url: str, schema: Path, migrations: Path, name: str, *flags: str):
    return subprocess.run([ORACLE / "prisma-dev-create.sh", url, schema, migrations, name, *flags],
                          capture_output=True, text=True)


def regen_case(case: Path, provider: str, summaries: bool = True) -> None:
    from_migrations = (case / "from-migrations.txt").exists()
    target = case / f"{provider}.diff.sql" if from_migrations else case / f"{provider}.sql"
    url = PG_URL if provider == "postgresql" else "file:./dev.db"
    if provider == "postgresql" and (case / "url-schema.txt").exists():
        url += "?schema=" + (case / "url-schema.txt").read_text().strip()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        migrations = work / "migrations"
        migrations.mkdir()
        before = work / "before.prisma"
        raw_before = case / f"before.{provider}.sql"
        if raw_before.exists():
            # A hand-written (or older Prisma's) first migration instead of before.prisma.
            if not (case / "before.prisma").exists() and not raw_before.exists():
                return
            folder = migrations / "00000000000000_before"
            folder.mkdir()
            (folder / "migration.sql").write_text(raw_before.read_text())
            (migrations / "migration_lock.toml").write_text(f'provider = "{provider}"\n')
            first = subprocess.CompletedProcess([], 0)
        elif (case / "before.prisma").exists():
            before.write_text(with_datasource((case / "before.prisma").read_text(), provider, extra_datasource(case)))
            first = dev_create(url, before, migrations, "before")
        else:
            return
        if first.returncode != 0:
            print(f"{case.name}/{provider}: before refused\n{first.stderr[-1500:]}", file=sys.stderr)
            target.unlink(missing_ok=True)
            return
        after = work / "after.prisma"
        after.write_text(with_datasource((case / "after.prisma").read_text(), provider, extra_datasource(case)))
        if from_migrations:
            second = subprocess.run([ORACLE / "prisma-diff.sh", "--from-migrations", migrations, "--to-schema", after],
                                    capture_output=True, text=True)
        else:
            second = dev_create(url, after, migrations, "after", "--draft", "--print")
    if second.returncode != 0:
        print(f"{case.name}/{provider}: after refused\n{second.stderr[-1500:]}", file=sys.stderr)
        target.unlink(missing_ok=True)
        return
    target.write_text(second.stdout)
    print(f"{case.name}/{provider}: {len(second.stdout)} bytes", flush=True)
    if (case / "before.prisma").exists() and summaries:
        regen_summary(case, provider)
    if (case / "before.prisma").exists() and (case / "from-schema.txt").exists():
        regen_from_schema(case, provider)


def schema_pair(case: Path, provider: str, tmp: str) -> list[Path]:
    paths = []
    for which in ("before", "after"):
        path = Path(tmp) / f"{which}.prisma"
        path.write_text(with_datasource((case / f"{which}.prisma").read_text(), provider, extra_datasource(case)))
        paths.append(path)
    return paths


def regen_from_schema(case: Path, provider: str) -> None:
    """`<provider>.from-schema.sql`: `migrate diff --from-schema before --to-schema after --script`."""
    with tempfile.TemporaryDirectory() as tmp:
        before, after = schema_pair(case, provider, tmp)
        result = subprocess.run([ORACLE / "prisma-diff.sh", "--from-schema", before, "--to-schema", after],
                                capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{case.name}/{provider}: from-schema diff failed\n{result.stderr[-1500:]}", file=sys.stderr)
        return
    (case / f"{provider}.from-schema.sql").write_text(result.stdout)
    print(f"{case.name}/{provider}: from-schema {len(result.stdout)} bytes", flush=True)


def regen_summary(case: Path, provider: str) -> None:
    """`<provider>.summary.txt`: `migrate diff --from-schema before --to-schema after` (no --script)."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = schema_pair(case, provider, tmp)
        result = subprocess.run([ORACLE / "prisma-diff.sh", "--from-schema", paths[0], "--to-schema", paths[1],
                                 "--summary"], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"{case.name}/{provider}: summary failed\n{result.stderr[-1500:]}", file=sys.stderr)
        return
    (case / f"{provider}.summary.txt").write_text(result.stdout)


def main(argv: list[str]) -> None:
    flags = {a for a in argv if a.startswith("--")}
    names = [a for a in argv if not a.startswith("--")]
    # --postgresql / --sqlite: that provider only; --no-summary: skip the summary goldens.
    providers = tuple(p for p in PROVIDERS if f"--{p}" in flags) or PROVIDERS
    if (not flags and not names) or "--corpus" in flags:
        regen_corpus()
    if "--history" in flags:
        regen_history()
    if "--summaries" in flags:
        # --summaries [CASE ...]: the summary goldens alone (--missing: only those not there yet).
        chosen = [MIGRATION_CASES / n for n in names] if names else sorted(MIGRATION_CASES.iterdir())
        for case in (c for c in chosen if (c / "after.prisma").exists() and (c / "before.prisma").exists()):
            for provider in providers:
                if (case / f"{provider}.sql").exists() and not (
                        "--missing" in flags and (case / f"{provider}.summary.txt").exists()):
                    regen_summary(case, provider)
                    print(f"{case.name}/{provider}: summary", flush=True)
        return
    if "--migrations" in flags or names or not flags:
        cases = [MIGRATION_CASES / n for n in names] if names else sorted(MIGRATION_CASES.iterdir())
        for case in (c for c in cases if (c / "after.prisma").exists()):  # in the order given
            for provider in providers:
                regen_case(case, provider, summaries="--no-summary" not in flags)


if __name__ == "__main__":
    main(sys.argv[1:])
