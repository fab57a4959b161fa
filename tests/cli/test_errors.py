"""Bad input: lamina prints what the real Prisma CLI prints (goldens from scripts/regen_cli_goldens.py),
plus at most a one-line hint, exits as Prisma does, and never shows a traceback or a password."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from tests.cli.helpers import REPO, lamina

CASES_DIR = REPO / "tests" / "cli" / "errors"
CASES = tomllib.loads((CASES_DIR / "cases.toml").read_text())

# Where the engine behind the oracle words a P-code differently from Prisma's native engine, the
# compat spec (§9) is the reference: lamina prints the native message in full.
NATIVE_CONTINUATIONS = {
    "unreachable_server": ["", "Please make sure your database server is running at `127.0.0.1:5999`."],
    "unreachable_server_deploy": ["", "Please make sure your database server is running at `127.0.0.1:5999`."],
}


def _lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.rstrip("\n").splitlines()]


@pytest.mark.parametrize("name", sorted(CASES), ids=sorted(CASES))
def test_bad_input_matches_prisma(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    shutil.copyfile(CASES_DIR / case["schema"], tmp_path / "schema.prisma")
    if case["url"]:
        (tmp_path / "lamina.toml").write_text(f'[datasource]\nurl = "{case["url"]}"\n')
    expected_text = (CASES_DIR / f"{name}.expected").read_text()
    header, _, body = expected_text.partition("\n")
    expected_exit = int(header.removeprefix("# exit "))

    result = lamina(tmp_path, *case["args"], "--schema", "schema.prisma")

    assert result.code == expected_exit, result.text
    got = _lines(result.text)
    hints = [line for line in got if line.startswith("Hint: ")]
    assert len(hints) <= 1
    got = [line for line in got if not line.startswith("Hint: ")]
    expected = _lines(body) + NATIVE_CONTINUATIONS.get(name, [])
    assert got == expected, "\n".join(got)
    assert "Traceback" not in result.text


def test_password_is_never_printed(tmp_path: Path) -> None:
    shutil.copyfile(CASES_DIR / "valid_pg.prisma", tmp_path / "schema.prisma")
    (tmp_path / "lamina.toml").write_text(
        '[datasource]\nurl = "postgresql://postgres:s3cr3t-pw@127.0.0.1:5999/lamina_nowhere"\n')
    result = lamina(tmp_path, "migrate", "deploy", "--schema", "schema.prisma")
    assert result.code == 1
    assert "P1001" in result.err
    assert "s3cr3t-pw" not in result.text


def test_missing_migrations_folder_is_an_empty_history(tmp_path: Path) -> None:
    """As in Prisma: no folder means no migration; deploy applies nothing and says so."""
    (tmp_path / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n')
    (tmp_path / "lamina.toml").write_text('[datasource]\nurl = "file:./dev.db"\n')
    result = lamina(tmp_path, "migrate", "deploy", "--schema", "schema.prisma")
    assert result.code == 0, result.text
    assert "No migration found in prisma/migrations" in result.out
    assert result.out.rstrip().endswith("No pending migrations to apply.")


def test_diff_from_a_folder_without_lock_file(tmp_path: Path) -> None:
    (tmp_path / "migrations").mkdir()
    result = lamina(tmp_path, "migrate", "diff", "--from-migrations", "migrations", "--to-empty", "--script")
    assert result.code == 1
    assert result.err.startswith(
        "Error: Could not determine the connector from the migrations directory (missing migration_lock.toml).")
