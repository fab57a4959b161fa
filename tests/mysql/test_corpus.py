"""The corpus's MySQL projects on MariaDB: `migrate deploy` of their real histories, then
`migrate diff --from-url … --to-schema-datamodel … --exit-code` against their schema.

Differences that remain are Prisma's own behaviour or MySQL-only SQL in the histories, and are
asserted exactly so that anything else shows up:

* evolution-api-mysql: none. Its `@default(dbgenerated("CURRENT_TIMESTAMP")) @db.Timestamp` columns
  are described back as `current_timestamp()`, which Prisma never finds equal (prisma/prisma#12574:
  `migrate dev` writes a MODIFY for these columns every time); lamina compares what they store
  (dialects/mysql/defaults.py).
* umami-mysql: `05_add_visit_id` calls `BIN_TO_UUID`, a MySQL 8 function MariaDB lacks, so deploy
  stops there with P3018 (Prisma's engine would too); the whole schema, created from lamina's own
  SQL instead, re-diffs to nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lamina.dialects import connected_dialect
from lamina.diffing.differ import diff_schemas
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.urls import parse_database_url
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from tests.cli.helpers import lamina
from tests.mysql.cases import describe, run, script
from lamina.schema.model import EMPTY_SCHEMA


def project(tmp_path: Path, corpus: Path, name: str) -> Path:
    root = tmp_path / name
    (root / "prisma").mkdir(parents=True)
    shutil.copytree(corpus / name / "migrations", root / "prisma" / "migrations")
    shutil.copy(corpus / name / "schema.prisma", root / "prisma" / "schema.prisma")
    return root


def calculated(schema: Path):
    validated, diagnostics = check_schema([SourceFile("schema.prisma", schema.read_text())])
    assert validated is not None, diagnostics
    return calculate_sql_schema(validated)


def test_evolution_api_deploys_and_diffs_to_its_schema(
        tmp_path: Path, corpus: Path, mysql_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, corpus, "evolution-api-mysql")
    monkeypatch.setenv("DATABASE_CONNECTION_URI", mysql_url)
    result = lamina(root, "migrate", "deploy")
    assert result.code == 0, result.text
    assert "All migrations have been successfully applied." in result.out

    result = lamina(root, "migrate", "diff", "--from-url", mysql_url, "--to-schema-datamodel",
                    "prisma/schema.prisma", "--exit-code")
    assert (result.code, result.out) == (0, "No difference detected.\n\n\n"), result.text
    schema = calculated(root / "prisma" / "schema.prisma")
    current_time = [(t.name, c.name) for t in schema.tables for c in t.columns
                    if c.default is not None and c.default.value == "CURRENT_TIMESTAMP"]
    assert len(current_time) >= 10, current_time  # the columns Prisma re-diffs forever
    with connect(parse_database_url(mysql_url)) as conn:
        assert diff_schemas(describe_database(conn), schema, connected_dialect(conn)) == []


def test_umami_deploy_stops_at_mysql_only_sql_and_its_schema_round_trips(
        tmp_path: Path, corpus: Path, mysql_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, corpus, "umami-mysql")
    monkeypatch.setenv("DATABASE_URL", mysql_url)
    result = lamina(root, "migrate", "deploy")
    if "BIN_TO_UUID" not in result.text:  # MySQL 8: the whole history applies
        assert result.code == 0, result.text
    else:
        assert result.code == 1, result.text
        assert "P3018" in result.text and "Migration name: 05_add_visit_id" in result.text
        assert "Please check the query number" in result.text
        assert "ran before it and stayed applied" in result.text  # MySQL commits DDL as it runs
        _umami_resolved_by_hand(root, mysql_url)
        return _umami_schema_round_trips(root, mysql_url, monkeypatch)
    result = lamina(root, "migrate", "diff", "--from-url", mysql_url, "--to-schema-datamodel",
                    "prisma/schema.prisma", "--exit-code")
    assert result.code == 0, result.text


def _umami_resolved_by_hand(root: Path, url: str) -> None:
    """status reports the pending migrations first, as Prisma does (the failed one is reported once
    nothing is pending); `resolve --applied` lets the rest of the history apply; what remains is exactly
    the part of 05 that never ran (statement 1 added `visit_id`)."""
    result = lamina(root, "migrate", "status")
    assert result.code == 1 and "Following migrations have not yet been applied:\n06_session_data\n" in result.text, \
        result.text
    result = lamina(root, "migrate", "resolve", "--applied", "05_add_visit_id")
    assert result.code == 0, result.text
    result = lamina(root, "migrate", "deploy")
    assert result.code == 0, result.text
    result = lamina(root, "migrate", "diff", "--from-url", url, "--to-schema-datamodel",
                    "prisma/schema.prisma", "--exit-code")
    assert result.code == 2
    assert result.out.strip().splitlines() == [
        "[*] Changed the `website_event` table",
        "  [*] Altered column `visit_id` (changed from Nullable to Required)",
        "  [+] Added index on columns (visit_id)",
        "  [+] Added index on columns (website_id, visit_id, created_at)",
    ], result.out


def _umami_schema_round_trips(root: Path, url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    result = lamina(root, "migrate", "reset", "--force", "--skip-seed")
    if result.code != 0:  # reset reapplies the history, which fails at the same migration
        assert "05_add_visit_id" in result.text, result.text
    run(url, "DROP TABLE IF EXISTS _prisma_migrations")
    for table in describe(url).tables:
        run(url, f"DROP TABLE `{table.name}`")
    run(url, script(EMPTY_SCHEMA, calculated(root / "prisma" / "schema.prisma")))
    result = lamina(root, "migrate", "diff", "--from-url", url, "--to-schema-datamodel",
                    "prisma/schema.prisma", "--exit-code")
    assert result.code == 0, result.text
