"""`lamina.operations.lint.migrate_lint` called from Python: the report, the selection, fail_on and
the configuration's levels."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import UsageError
from lamina.operations.lint import LintReport, migrate_lint
from tests.cli.helpers import write_schema

INIT = 'CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));\n'
INDEX = '-- CreateIndex\nCREATE INDEX "User_email_idx" ON "User"("email");\n'
DROP = "SET lock_timeout = '5s';\n-- AlterTable\nALTER TABLE \"User\" DROP COLUMN \"email\";\n"


def _project(tmp_path: Path, *scripts: str, provider: str = "postgresql") -> Path:
    url = "postgresql://postgres@127.0.0.1:5432/x" if provider == "postgresql" else "file:./dev.db"
    write_schema(tmp_path, provider, url, "model User {\n  id Int @id @default(autoincrement())\n}\n")
    for i, script in enumerate((INIT, *scripts)):
        folder = tmp_path / "prisma" / "migrations" / f"2024010100000{i}_m{i}"
        folder.mkdir(parents=True)
        (folder / "migration.sql").write_text(script)
    return tmp_path


def test_report(tmp_path: Path) -> None:
    _project(tmp_path, INDEX, DROP)
    report = migrate_lint(project=tmp_path)
    assert isinstance(report, LintReport)
    assert [(f.rule, f.migration) for f in report.findings] == [
        ("index-without-concurrently", "20240101000001_m1"), ("missing-lock-timeout", "20240101000001_m1"),
        ("drop-column", "20240101000002_m2")]
    assert (report.migrations, report.ignored, report.error_count, report.warning_count) == (3, 0, 1, 2)
    assert report.fail_on == "warning" and report.fails
    assert report.findings[0].file == "prisma/migrations/20240101000001_m1/migration.sql"


def test_selection_and_fail_on(tmp_path: Path) -> None:
    _project(tmp_path, INDEX, DROP)
    since = migrate_lint(project=tmp_path, since="20240101000001_m1")
    assert [f.rule for f in since.findings] == ["drop-column"] and since.migrations == 1
    assert not migrate_lint(project=tmp_path, since="20240101000001_m1", fail_on="error").fails
    named = migrate_lint(project=tmp_path, names=["20240101000000_m0"])
    assert named.findings == () and not named.fails
    (tmp_path / "lamina.toml").write_text('[lint]\nfailOn = "none"\n[lint.rules]\ndrop-column = "off"\n')
    configured = migrate_lint(project=tmp_path)
    assert configured.fail_on == "none" and not configured.fails
    assert "drop-column" not in [f.rule for f in configured.findings]


def test_usage_errors(tmp_path: Path) -> None:
    _project(tmp_path, INDEX)
    with pytest.raises(UsageError):
        migrate_lint(project=tmp_path, names=["nope"])
    with pytest.raises(UsageError):
        migrate_lint(project=tmp_path, fail_on="sometimes")
    other = _project(tmp_path / "sqlite", provider="sqlite")
    with pytest.raises(UsageError):
        migrate_lint(project=other)
