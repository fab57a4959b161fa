"""`lamina migrate diff --from-url DB --to-schema-datamodel S --script` on databases built from the
corpus histories equals the real Prisma's `migrate diff --from-url DB --to-schema S` on the same
database (the corpus is never copied here; the oracle gets a prisma7ize'd copy of the schema).

Each clean PostgreSQL history (and formbricks with its pgvector stub) is replayed into a fresh
database by a plain loop: each migration.sql sent as one message with psycopg, as Prisma sends it."""

from __future__ import annotations

import difflib
import os
import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina
from tests.deploy.test_corpus import formbricks_stub
from tests.introspect.test_pull_corpus import _drop_check_constraints

pytestmark = pytest.mark.oracle

POSTGRES_HISTORIES = [
    "documenso", "evolution-api-postgresql", "ghostfolio", "hoppscotch", "inbox-zero",
    "papermark", "rallly", "teable-postgres", "trigger-dev", "umami-postgresql", "formbricks",
]
# Entries whose URL names a schema other than public.
SCHEMA_OF = {"teable-postgres": "postgres"}
# Prisma bugs where lamina's output is the right one: Prisma drops and re-creates these indexes on
# every diff of a database built from the history, because its describer does not read them back
# as the schema states them.  The oracle's script is compared without exactly their DropIndex and
# CreateIndex statements; everything else must still match byte for byte.
PRISMA_RECREATES: dict[str, dict[str, str]] = {
    "trigger-dev": {
        # `ops: raw("text_pattern_ops")` on a B-tree index: Prisma's describer keeps operator
        # classes only for GiST/GIN/SP-GiST/BRIN, so the database seems to lack it.
        "SecretStore_key_idx": "raw operator class on a B-tree index is never read back",
        # CREATE INDEX ... INCLUDE ("id") in a migration: Prisma's describer reads the INCLUDE
        # column as a third key column, so the index seems to differ from the schema's.
        "TaskRun_runtimeEnvironmentId_createdAt_idx": "INCLUDE column read as a key column",
    },
}


def without_recreated_indexes(script: str, names: dict[str, str]) -> tuple[str, list[str]]:
    """The script without the DropIndex/CreateIndex blocks of the named indexes, and the removed
    blocks' headers (so that the caller can check each one was really there)."""
    kept, removed = [], []
    body = script.rstrip("\n")
    for block in body.split("\n\n"):
        header, _, statement = block.partition("\n")
        touched = [n for n in names if f'INDEX "{n}"' in statement]
        if header in ("-- DropIndex", "-- CreateIndex") and len(touched) == 1:
            removed.append(f"{header[3:]} {touched[0]}")
            continue
        kept.append(block)
    return "\n\n".join(kept) + script[len(body):], removed


def schema_path(entry: Path) -> Path:
    return entry / "schema.prisma" if (entry / "schema.prisma").exists() else entry / "schema"


def replay(migrations: Path, url: str, namespace: str | None) -> None:
    folders = sorted(p for p in migrations.iterdir() if (p / "migration.sql").exists())
    with psycopg.connect(url, autocommit=True) as conn:
        if namespace:
            conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{namespace}"')
            conn.execute(f'SET search_path TO "{namespace}"')
        for folder in folders:  # one simple-query message per file
            conn.execute((folder / "migration.sql").read_text(encoding="utf-8"))


def oracle_diff(oracle: Path, url: str, schema: Path, work: Path) -> str:
    work.mkdir(parents=True, exist_ok=True)
    copy = work / schema.name
    prepared = subprocess.run([str(oracle / "prisma7ize.py"), str(schema), str(copy)],
                              capture_output=True, text=True)
    assert prepared.returncode == 0, prepared.stderr
    result = subprocess.run(
        [str(oracle / "prisma-diff.sh"), "--from-url", url, "--to-schema", str(copy)],
        capture_output=True, text=True, cwd=work, env={**os.environ, "NO_COLOR": "1"}, timeout=600)
    if result.returncode not in (0, 2):
        raise OracleFailed(result.stderr.strip()[-500:])
    return result.stdout + "\n"  # prisma-diff.sh prints what `-o` writes; the CLI prints one more newline


class OracleFailed(Exception):
    pass


@pytest.mark.parametrize("entry", POSTGRES_HISTORIES)
def test_diff_from_replayed_history_matches_prisma(entry: str, corpus: Path, oracle_dir: Path,
                                                   postgres_url: str, tmp_path: Path) -> None:
    root = corpus / entry
    migrations = root / "migrations"
    if entry == "formbricks":
        migrations = formbricks_stub(corpus, tmp_path / "formbricks-migrations")
    namespace = SCHEMA_OF.get(entry)
    url = f"{postgres_url}?schema={namespace}" if namespace else postgres_url
    replay(migrations, postgres_url, namespace)
    schema = schema_path(root)
    try:
        expected = oracle_diff(oracle_dir, url, schema, tmp_path / "oracle")
    except OracleFailed as failure:
        # The oracle's Wasm engine cannot describe CHECK or EXCLUDE constraints: without them the
        # rest of the database is still compared (lamina ignores them in diffs, as Prisma does).
        if not _drop_check_constraints(postgres_url):
            pytest.fail(f"the oracle could not diff this database: {failure}")
        expected = oracle_diff(oracle_dir, url, schema, tmp_path / "oracle-retry")
    project = tmp_path / "lamina"
    project.mkdir()
    ours = lamina(project, "migrate", "diff", "--from-url", url, "--to-schema-datamodel", str(schema), "--script")
    assert ours.code == 0, ours.text
    if entry in PRISMA_RECREATES:
        names = PRISMA_RECREATES[entry]
        expected, removed = without_recreated_indexes(expected, names)
        assert sorted(removed) == sorted(f"{kind} {n}" for n in names for kind in ("DropIndex", "CreateIndex")), (
            f"Prisma no longer re-creates exactly these indexes ({removed}): update PRISMA_RECREATES")
    if ours.out != expected:
        diff = "".join(difflib.unified_diff(expected.splitlines(True), ours.out.splitlines(True),
                                            "prisma", "lamina", n=1))
        pytest.fail(f"{entry}: migrate diff --from-url differs\n{diff[:6000]}")
