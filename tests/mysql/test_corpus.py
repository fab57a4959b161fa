"""The corpus's MySQL projects on MariaDB: `migrate deploy` of their real histories, then
`migrate diff --from-url … --to-schema-datamodel … --exit-code` against their schema.

Differences that remain are Prisma's own behaviour or MySQL-only SQL in the histories, and are
asserted exactly so that anything else shows up:

* evolution-api-mysql: `@default(dbgenerated("CURRENT_TIMESTAMP"))` is described back as `now()`,
  which Prisma never considers equal either (prisma/prisma#12574: `migrate dev` writes a MODIFY
  for these columns every time).
* umami-mysql: `05_add_visit_id` calls `BIN_TO_UUID`, a MySQL 8 function MariaDB lacks, so deploy
  stops there with P3018 (Prisma's engine would too); the whole schema, created from lamina's own
  SQL instead, re-diffs to nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lamina.dialects import DIALECTS
from lamina.diff.differ import diff_schemas
from lamina.diff.steps import AlterColumn, AlterTable
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


def test_evolution_api_deploys_and_diffs_to_prismas_known_drift(
        tmp_path: Path, corpus: Path, mysql_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    root = project(tmp_path, corpus, "evolution-api-mysql")
    monkeypatch.setenv("DATABASE_CONNECTION_URI", mysql_url)
    result = lamina(root, "migrate", "deploy")
    assert result.code == 0, result.text
    assert "All migrations have been successfully applied." in result.out

    result = lamina(root, "migrate", "diff", "--from-url", mysql_url, "--to-schema-datamodel",
                    "prisma/schema.prisma", "--exit-code")
    assert result.code == 2, result.text
    steps = diff_schemas(describe(mysql_url), calculated(root / "prisma" / "schema.prisma"), DIALECTS["mysql"])
    changes = [(step.after.name, change) for step in steps for change in getattr(step, "changes", ())]
    assert all(isinstance(step, AlterTable) for step in steps), steps
    assert changes and all(
        isinstance(c, AlterColumn) and c.changes == {"default"} and c.before.default.kind == "now"
        and c.after.default.kind == "dbgenerated" and c.after.default.value == "CURRENT_TIMESTAMP"
        for _, c in changes), changes


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
    """status names the failed migration; `resolve --applied` lets the rest of the history apply;
    what remains is exactly the part of 05 that never ran (statement 1 added `visit_id`)."""
    result = lamina(root, "migrate", "status")
    assert "05_add_visit_id" in result.text and "--rolled-back" in result.text, result.text
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
