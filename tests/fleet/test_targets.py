"""`--targets FILE` and the `targets` setting: separate databases, each reported; faults on some
targets never stop the others; no password is ever shown."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import psycopg
import pytest

from tests.cli.json_documents import DOCS
from tests.conftest import _admin_connection, postgres_server_url, url_with_database

from .conftest import HISTORY, fleet, history_rows, write_project

pytestmark = pytest.mark.postgres
PASSWORD = "s3cr3t-Pa55word"


@pytest.fixture
def databases(request: pytest.FixtureRequest) -> Iterator[list[str]]:
    """Four fresh databases (URLs with a password: the test server trusts local connections)."""
    names = [f"lamina_fleet_{i}_{abs(hash(request.node.nodeid)) % 10**8}" for i in range(4)]
    with _admin_connection() as admin:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield [_with_password(url_with_database(postgres_server_url(), name)) for name in names]
        finally:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _with_password(url: str) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.username or 'postgres'}:{PASSWORD}@{parts.hostname}:{parts.port or 5432}").geturl()


def _label(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.hostname}:{parts.port or 5432}{parts.path}"


def _plain(url: str) -> str:
    """The same database without the password, for the test's own connections."""
    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.username}@{parts.hostname}:{parts.port or 5432}").geturl()


def test_faulty_targets_are_reported_and_the_rest_deployed(tmp_path: Path, databases: list[str]) -> None:
    good, failed_row, edited, fresh = databases
    project = write_project(tmp_path / "project", "postgresql", _plain(good), HISTORY)
    # An earlier run left a failed row in one database; another has an applied migration edited since.
    assert fleet(project, "migrate", "deploy").code == 0  # `good`: up to date before the fleet run
    (tmp_path / "earlier.txt").write_text(f"{failed_row}\n{edited}\n")
    assert fleet(project, "migrate", "deploy", "--targets", str(tmp_path / "earlier.txt")).code == 0
    for url in (failed_row, edited):
        with psycopg.connect(_plain(url), autocommit=True) as conn:
            conn.execute("DELETE FROM _prisma_migrations WHERE migration_name <> '20240101000000_init'")
            conn.execute('DROP TABLE "Post"; DROP INDEX "User_email_key"')
    with psycopg.connect(_plain(failed_row), autocommit=True) as conn:
        conn.execute('CREATE TABLE "Post" ("id" INTEGER)')  # the second migration fails on it
    (tmp_path / "first.txt").write_text(f"{failed_row}\n")
    first = fleet(project, "migrate", "deploy", "--targets", str(tmp_path / "first.txt"))
    assert first.code == 1 and "applied 0, then failed at 20240102000000_post" not in first.out
    assert "  failed at 20240102000000_post\n" in first.out, first.text
    with psycopg.connect(_plain(edited), autocommit=True) as conn:
        conn.execute("UPDATE _prisma_migrations SET checksum = 'edited'")

    unreachable = f"postgresql://deploy:{PASSWORD}@127.0.0.1:1/nowhere"
    targets = tmp_path / "targets.txt"
    targets.write_text(f"# the fleet\n{good}\n\n{unreachable}\n  # a comment\n{failed_row}\n{edited}\n{fresh}\n"
                       "not a url\n")
    result = fleet(project, "migrate", "deploy", "--targets", str(targets))
    assert result.code == 1, result.text
    report = result.out.split("Deploy of 3 migrations on 6 targets:\n\n", 1)[1]
    width = max(len(_label(u)) for u in databases + [unreachable, "../targets.txt, line 9"])
    labels = [_label(u).ljust(width) for u in (good, unreachable, failed_row, edited, fresh)]
    lines = report.splitlines()
    assert lines[0] == f"  {labels[0]}  up to date"
    assert lines[1] == f"  {labels[1]}  failed"
    assert lines[2] == "          P1001: Can't reach database server at `127.0.0.1:1` Please make sure your database server is running at `127.0.0.1:1`."
    assert lines[3] == f"  {labels[2]}  failed at 20240102000000_post (failed row)"
    assert lines[4].startswith("          a failed row from an earlier run blocks this target (P3009)")
    assert lines[6] == (f"  {labels[3]}  applied 2; history drift: edited after it was applied: "
                        "20240101000000_init")
    assert lines[7] == f"  {labels[4]}  applied 3"
    assert lines[8] == "  " + "../targets.txt, line 9".ljust(width) + "  failed"
    assert lines[9].startswith("          P1013: The provided database string is invalid.")
    assert report.endswith("\n6 targets: 2 applied, 1 up to date, 3 failed, 1 with history drift.\n")
    assert [row[0] for row in history_rows(_plain(fresh))] == list(HISTORY)
    assert [row[0] for row in history_rows(_plain(edited))] == list(HISTORY)
    assert history_rows(_plain(failed_row)) == [("20240101000000_init", True, False),
                                                ("20240102000000_post", False, False)]

    code_and_json = fleet(project, "migrate", "deploy", "--targets", str(targets), "--json")
    status = fleet(project, "migrate", "status", "--targets", str(targets))
    for shown in (result, code_and_json, status):
        assert PASSWORD not in shown.text
        assert "deploy:" not in shown.text.replace("deploy: ", "")  # no user:password@ either
    document = json.loads(code_and_json.out)
    jsonschema.validate(document, json.loads((DOCS / "fleet.schema.json").read_text()))
    assert [t["status"] for t in document["targets"]] == ["up to date", "failed", "failed", "up to date",
                                                          "up to date", "failed"]
    assert document["failed"] == 3 and code_and_json.code == 1
    assert document["targets"][2]["failedMigrations"] == ["20240102000000_post"]
    assert 'relation "Post" already exists' in document["targets"][2]["error"]
    assert status.code == 1
    assert re.search(r"failed at 20240102000000_post \(failed row\)", status.out)


def test_the_targets_setting_of_pyproject_reads_env_entries(tmp_path: Path, databases: list[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_project(tmp_path / "project", "postgresql", _plain(databases[0]), HISTORY)
    monkeypatch.setenv("FLEET_SECOND_URL", databases[1])
    (project / "pyproject.toml").write_text(
        f'[tool.lamina]\ntargets = ["{databases[0]}", "env:FLEET_SECOND_URL"]\n', encoding="utf-8")
    result = fleet(project, "migrate", "deploy", "--targets", "--concurrency", "2")
    assert result.code == 0, result.text
    assert "Deploying to 2 targets, 2 at a time\n" in result.out
    assert result.out.endswith("2 targets: 2 applied.\n")
    assert PASSWORD not in result.text
    for url in databases[:2]:
        assert [row[0] for row in history_rows(_plain(url))] == list(HISTORY)

    (project / "pyproject.toml").write_text("[tool.lamina]\n", encoding="utf-8")
    missing = fleet(project, "migrate", "deploy", "--targets")
    assert missing.code == 1 and "Error: --targets without a file reads the `targets` list" in missing.err


def test_sqlite_targets_and_a_url_for_another_provider(tmp_path: Path, databases: list[str]) -> None:
    project = tmp_path / "project"
    write_project(project, "sqlite", "file:./dev.db", HISTORY)
    targets = tmp_path / "targets.txt"
    targets.write_text(f"file:./a.db\nfile:{tmp_path}/b.db\n{databases[0]}\n")
    result = fleet(project, "migrate", "deploy", "--targets", str(targets))
    assert result.code == 1
    assert f"  {project}/prisma/a.db" in result.out and f"  {tmp_path}/b.db" in result.out
    assert "This is a postgresql URL; the schema's provider is sqlite." in result.out
    assert result.out.endswith("3 targets: 2 applied, 1 failed.\n")
    assert PASSWORD not in result.text
