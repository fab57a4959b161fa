"""The built-in checks on real projects of the corpus (../shared/corpus): they pass where the
history equals the schema, and each fails, saying what to run, on a deliberately broken copy.

ENTRIES are the corpus projects whose history equals their schema for Prisma 7.10.1:
`prisma-diff.sh --from-migrations migrations --to-schema <schema>` in ../shared/oracle prints
"-- This is an empty migration." for each (the same text as tests/calculate/goldens/<entry>.history.sql).
umami-postgresql's history lacks one index of its schema; pingvin-share and teable-sqlite's
histories use double-quoted strings that the oracle's SQLite refuses; the oracle cannot replay
hoppscotch, documenso, rallly, inbox-zero and trigger-dev (see its README); civitai and formbricks do
not replay here (failing migrations, pgvector); MySQL has no oracle.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from lamina.engine.apply import apply_migrations
from lamina.engine.connection import connect
from lamina.engine.urls import parse_database_url
from lamina.migrations.directory import list_migrations
from tests.conftest import _admin_connection, postgres_server_url
from tests.testing.test_pytest_plugin import _outcomes

pytest_plugins = ["pytester"]

FAST = {"epic-stack": "sqlite", "spacedrive": "sqlite", "evolution-api-postgresql": "postgresql"}
SLOW = {"ghostfolio": "postgresql", "papermark": "postgresql", "teable-postgres": "postgresql"}
ENTRIES = [pytest.param(name, provider, id=name) for name, provider in FAST.items()] + [
    pytest.param(name, provider, id=name, marks=(pytest.mark.slow, pytest.mark.sweep)) for name, provider in SLOW.items()]


def copy_entry(corpus: Path, entry: str, root: Path, monkeypatch: pytest.MonkeyPatch, provider: str) -> Path:
    """The entry's schema and migrations, with a lamina.toml naming them; returns the schema file."""
    source = corpus / entry
    schema = "schema.prisma" if (source / "schema.prisma").is_file() else "schema"
    shutil.copytree(source / schema, root / schema) if schema == "schema" else shutil.copy(source / schema, root)
    shutil.copytree(source / "migrations", root / "migrations")
    for path in root.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    (root / "lamina.toml").write_text(f'schema = "{schema}"\n\n[migrations]\npath = "migrations"\n')
    if provider == "postgresql":
        _admin_connection().close()  # skips (fails with CI=true) when the server is down
        monkeypatch.setenv("LAMINA_TEST_DATABASE_URL", postgres_server_url())
    return root / schema if schema == "schema.prisma" else root / schema / "schema.prisma"


@pytest.mark.parametrize(("entry", "provider"), ENTRIES)
def test_checks_pass_on_a_history_that_equals_its_schema(
    entry: str, provider: str, corpus: Path, pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_entry(corpus, entry, pytester.path, monkeypatch, provider)
    pytester.makepyfile(test_db="""
def test_migrated(lamina_database, lamina_project):
    conn = lamina_database.connect()
    count = conn.execute("SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL").fetchone()[0]
    assert count == len(lamina_project.migrations())
""")
    result = pytester.runpytest("--lamina-checks", "-v", "-rs")
    assert _outcomes(result) == {
        "lamina_lock_provider": "PASSED", "lamina_history_applies": "PASSED",
        "lamina_history_matches_schema": "PASSED", "lamina_no_edited_migrations": "SKIPPED",
        "lamina_up_down_up": "SKIPPED",
    }, result.stdout.str()
    result.assert_outcomes(passed=4, skipped=2)


BROKEN = ["edited-migration", "schema-ahead", "wrong-lock-provider"]


@pytest.mark.parametrize("broken", BROKEN)
@pytest.mark.parametrize(("entry", "provider"), [("epic-stack", "sqlite"), ("evolution-api-postgresql", "postgresql")])
def test_each_check_fails_on_a_broken_copy(
    entry: str, provider: str, broken: str, corpus: Path, pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest,
) -> None:
    schema = copy_entry(corpus, entry, pytester.path, monkeypatch, provider)
    migrations = pytester.path / "migrations"
    args = ["--lamina-checks", "-v"]
    if broken == "edited-migration":
        # Deployed as committed, then one migration edited afterwards.
        url = request.getfixturevalue("postgres_url" if provider == "postgresql" else "sqlite_url")
        with connect(parse_database_url(url)) as conn:
            apply_migrations(conn, list_migrations(migrations))
        last = list_migrations(migrations)[-1]
        last.script_path.write_text(last.script + "\n-- edited after deploy\n")
        args.append(f"--lamina-url={url}")
        failing, expected = "lamina_no_edited_migrations", [
            f"*The migration `{last.name}` was modified after it was applied to the database. Restore "
            f"migrations/{last.name}/migration.sql from version control*then put the change in a new migration "
            "with `lamina migrate dev --name …`.",
        ]
    elif broken == "schema-ahead":
        text = schema.read_text()
        match = re.search(r"^model (\w+) \{\n", text, re.M)
        assert match is not None
        schema.write_text(text[:match.end()] + "  laminaAhead String?\n" + text[match.end():])
        failing, expected = "lamina_history_matches_schema", [
            f"*The migration history in migrations does not match {schema.relative_to(pytester.path)}: a new "
            "migration is needed.",
            f"[[]*] Changed the `{match[1]}` table",
            "  [[]+] Added column `laminaAhead`",
            "*Run `lamina migrate dev --name …` to write it*",
        ]
    else:
        lock = migrations / "migration_lock.toml"
        other = "mysql" if provider == "postgresql" else "postgresql"
        lock.write_text(re.sub(r'provider = "\w+"', f'provider = "{other}"', lock.read_text()))
        failing, expected = "lamina_lock_provider", [
            f"*migrations/migration_lock.toml says the migrations are for `{other}`, but the datasource in "
            f"{schema.relative_to(pytester.path)} is `{provider}` (every migrate command stops with P3019).",
            f"*If the provider changed by mistake, set `provider = \"{other}\"` in the datasource block again.*",
        ]
    result = pytester.runpytest(*args)
    outcomes = _outcomes(result)
    assert outcomes.pop(failing) == "FAILED", result.stdout.str()
    assert set(outcomes.values()) <= {"PASSED", "SKIPPED"}, result.stdout.str()
    result.stdout.fnmatch_lines(expected)
