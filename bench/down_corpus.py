"""Every clean PostgreSQL and SQLite history of the corpus down to empty and back (docs/rollback.md).

    .venv/bin/python bench/down_corpus.py [--only umami-postgresql,spacedrive] [--cli-max 40]
    .venv/bin/python bench/down_corpus.py --only trigger-dev --upto 600 --last 20   # a window

For each history: `lamina migrate down --write`, `lamina migrate deploy`, then one migration at a
time from the newest: revert it and compare the described schema with the state before it (replayed
on a shadow database); then deploy again, compare with the full state and ask Prisma 7.10.1's `migrate status` (../shared/oracle;
`--no-prisma` skips it). Histories of at most
`--cli-max` migrations revert through `lamina migrate down` (which replays the history each time);
longer ones run each down.sql through the same engine call (script and `rolled_back_at` in one
transaction) without the per-step replay. Prints one line per history (tests/rollback/corpus_walk.py).
`--upto N` keeps only the first N migrations of each history and `--last K` reverts only the newest K
of them (then deploys the whole kept history again), for windows of a long history such as trigger-dev.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "src"))

import psycopg  # noqa: E402

from tests.conftest import ORACLE_DIR, corpus_dir, postgres_server_url, url_with_database  # noqa: E402
from tests.deploy.test_corpus import formbricks_stub  # noqa: E402
from tests.rollback.corpus_walk import walk_history  # noqa: E402

HISTORIES = {
    "teable-sqlite": "sqlite", "pingvin-share": "sqlite", "spacedrive": "sqlite", "epic-stack": "sqlite",
    "umami-postgresql": "postgresql", "teable-postgres": "postgresql", "hoppscotch": "postgresql",
    "evolution-api-postgresql": "postgresql", "papermark": "postgresql", "ghostfolio": "postgresql",
    "rallly": "postgresql", "documenso": "postgresql", "inbox-zero": "postgresql", "trigger-dev": "postgresql",
    "formbricks": "postgresql",  # with the pgvector stub (tests/deploy/test_corpus.py)
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", help="comma-separated entries")
    parser.add_argument("--cli-max", type=int, default=40)
    parser.add_argument("--upto", type=int, help="only the first N migrations of each history")
    parser.add_argument("--last", type=int, help="revert only the newest K migrations")
    parser.add_argument("--no-prisma", action="store_true", help="do not ask Prisma's migrate status at the end")
    args = parser.parse_args()
    corpus = corpus_dir()
    if corpus is None:
        print("corpus not found (LAMINA_CORPUS)")
        return 1
    names = args.only.split(",") if args.only else list(HISTORIES)
    for entry in names:
        provider = HISTORIES[entry]
        with tempfile.TemporaryDirectory() as tmp:
            database = None
            if provider == "sqlite":
                url = f"file:{tmp}/dev.db"
            else:
                database = f"lamina_down_{uuid.uuid4().hex[:8]}"
                with psycopg.connect(postgres_server_url(), autocommit=True) as admin:
                    admin.execute(f'CREATE DATABASE "{database}"')
                url = url_with_database(postgres_server_url(), database)
            try:
                count = len([p for p in (corpus / entry / "migrations").iterdir() if p.is_dir()])
                if args.upto is not None:
                    count = min(count, args.upto)
                source = corpus / entry
                if entry == "formbricks":  # a copy whose migrations create no vector extension
                    source = Path(tmp) / "formbricks"
                    formbricks_stub(corpus, source / "migrations")
                    shutil.copytree(corpus / entry / "schema", source / "schema")
                oracle = ORACLE_DIR if not args.no_prisma and (ORACLE_DIR / "prisma-status.sh").is_file() else None
                result = walk_history(source, Path(tmp) / "project", url, via_cli=count <= args.cli_max,
                                      upto=args.upto, last=args.last, oracle=oracle)
                print(result.line + ("" if count <= args.cli_max else " [engine path]"), flush=True)
                if result.failed_names:
                    print("   failed: " + ", ".join(result.failed_names), flush=True)
                for failure in result.failures[:3]:
                    print("   " + failure.replace("\n", "\n   ")[:600], flush=True)
            except AssertionError as error:
                print(f"{entry}: setup failed: {str(error)[:400]}", flush=True)
            finally:
                if database is not None:
                    with psycopg.connect(postgres_server_url(), autocommit=True) as admin:
                        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    sys.exit(main())
