"""`migrate status` in every situation, compared with what Prisma 7.10.1 prints (goldens from
scripts/regen_status_goldens.py), on PostgreSQL and SQLite. lamina adds its lines about edited and
missing migrations after Prisma's text; an edit never follows "Database schema is up to date!"."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import lamina
from tests.cli.status_cases import (
    CASES, INIT, PROVIDERS, SECOND, build_database, golden_path, normalise, write_migrations,
)

REPO = Path(__file__).resolve().parents[2]
GOLDENS = Path(__file__).resolve().parent / "status"
UP_TO_DATE = "\nDatabase schema is up to date!\n"
EDITED = f"The migration `{INIT}` was modified after it was applied."
MISSING = "The following migration(s) are applied to the database but missing from the local migrations directory: "


def _expected(name: str, provider: str) -> str:
    """Prisma's text, with lamina's own lines where lamina puts them."""
    golden = golden_path(GOLDENS, provider, name).read_text()
    stdout, stderr = golden.split("# stderr\n")
    case = CASES[name]
    edited = any(row.edited for row in case.rows or ())
    missing = [row.name for row in case.rows or () if row.name not in (case.local or ()) and row.state != "rolled_back"]
    if edited and UP_TO_DATE in stdout:
        stdout = stdout.replace(UP_TO_DATE, f"\n{EDITED}\n{UP_TO_DATE}")
    elif edited:
        stdout += f"\n{EDITED}\n"
    if missing and UP_TO_DATE in stdout:
        stdout += f"\n{MISSING}{', '.join(missing)}\n"
    return stdout + "# stderr\n" + stderr


@pytest.mark.parametrize("provider", PROVIDERS)
@pytest.mark.parametrize("name", list(CASES))
def test_status_prints_what_prisma_prints(name: str, provider: str, tmp_path: Path,
                                          request: pytest.FixtureRequest) -> None:
    case = CASES[name]
    if provider == "sqlite":
        (tmp_path / "dev.db").touch()
        url = f"file:{tmp_path / 'dev.db'}"
    else:
        url = request.getfixturevalue("postgres_url")
    build_database(url, case, provider)
    write_migrations(tmp_path / "prisma" / "migrations", case, provider)
    (tmp_path / "prisma").mkdir(exist_ok=True)
    (tmp_path / "prisma" / "schema.prisma").write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n')
    (tmp_path / "lamina.toml").write_text(f'[datasource]\nurl = "{url}"\n')

    result = lamina(tmp_path, "migrate", "status")

    assert normalise(result.out, result.err, result.code) == _expected(name, provider)


def test_no_baseline_advice_without_a_history_table(tmp_path: Path) -> None:
    """Following `migrate resolve --applied <first>` on a fresh database would record a migration
    whose tables were never created."""
    database = tmp_path / "dev.db"
    database.touch()
    build_database(f"file:{database}", CASES["unmanaged_with_migrations"], "sqlite")
    write_migrations(tmp_path / "prisma" / "migrations", CASES["unmanaged_with_migrations"], "sqlite")
    (tmp_path / "prisma" / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\n')
    (tmp_path / "lamina.toml").write_text(f'[datasource]\nurl = "file:{database}"\n')

    result = lamina(tmp_path, "migrate", "status")

    assert result.code == 1
    assert "resolve --applied" not in result.text, result.text
    assert "baseline this database" not in result.text and "not managed" not in result.text, result.text
    assert f"Following migrations have not yet been applied:\n{INIT}\n{SECOND}\n" in result.out


@pytest.mark.oracle
@pytest.mark.slow
def test_status_goldens_match_a_fresh_oracle_run(oracle_dir: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "regen_status_goldens.py"), "--out", str(tmp_path)],
        capture_output=True, text=True, env={**os.environ, "LAMINA_ORACLE": str(oracle_dir)})
    assert result.returncode == 0, result.stdout + result.stderr
    for provider in PROVIDERS:
        for name in CASES:
            fresh = golden_path(tmp_path, provider, name).read_text()
            assert fresh == golden_path(GOLDENS, provider, name).read_text(), (provider, name)
