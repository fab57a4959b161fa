"""`migrate status|deploy|resolve|reset` read only the datasource and generators of the schema, as
Prisma's `getConfig` does: an invalid model does not stop them, a syntax error does (P1012 in
`getConfig`'s layout). `migrate dev` and `validate` still validate every block."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import lamina

DATASOURCE = 'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\n'
GOOD_MODEL = "model A {\n  id Int @id\n}\n"
TYPO_MODEL = "\nmodel Broken {\n  id Int @id\n  x  Strin\n}\n"
UNCLOSED_MODEL = "model Z {\n  id Int @id\n"


def _project(root: Path, models: str) -> Path:
    (root / "prisma" / "migrations" / "20240101000000_init").mkdir(parents=True)
    (root / "prisma" / "migrations" / "20240101000000_init" / "migration.sql").write_text(
        'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n')
    (root / "prisma" / "migrations" / "migration_lock.toml").write_text('provider = "sqlite"\n')
    schema = root / "prisma" / "schema.prisma"
    schema.write_text(DATASOURCE + models)
    return schema


def _tables(root: Path) -> list[str]:
    with sqlite3.connect(root / "prisma" / "dev.db") as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))


def test_an_invalid_model_does_not_stop_the_history_commands(tmp_path: Path) -> None:
    _project(tmp_path, GOOD_MODEL + TYPO_MODEL)

    deployed = lamina(tmp_path, "migrate", "deploy")
    assert deployed.code == 0, deployed.text
    assert "Strin" not in deployed.text
    assert _tables(tmp_path) == ["A", "_prisma_migrations"]

    status = lamina(tmp_path, "migrate", "status")
    assert status.code == 0, status.text
    assert "Database schema is up to date!" in status.out

    resolved = lamina(tmp_path, "migrate", "resolve", "--rolled-back", "20240101000000_init")
    assert "P3012" in resolved.text and "Strin" not in resolved.text  # not failed: Prisma's refusal, not P1012

    reset = lamina(tmp_path, "migrate", "reset", "--force", "--skip-seed")
    assert reset.code == 0, reset.text
    assert _tables(tmp_path) == ["A", "_prisma_migrations"]

    for argv in (["validate"], ["migrate", "dev", "--name", "x"]):
        result = lamina(tmp_path, *argv)
        assert result.code == 1
        assert 'Type "Strin" is neither a built-in type' in result.err
        assert "[Context: validate]" in result.err


def test_a_syntax_error_is_getconfigs_p1012(tmp_path: Path) -> None:
    _project(tmp_path, GOOD_MODEL + UNCLOSED_MODEL)
    result = lamina(tmp_path, "migrate", "status")
    assert result.code == 1
    assert result.err == (
        "Prisma schema loaded from prisma/schema.prisma.\n"
        "Error: Prisma schema validation - (get-config wasm)\n"
        "Error code: P1012\n"
        "error: Error validating: This line is invalid. It does not start with any known Prisma schema keyword.\n"
        "  -->  prisma/schema.prisma:9\n"
        "   | \n"
        " 8 | }\n"
        " 9 | model Z {\n"
        "10 |   id Int @id\n"
        "   | \n"
        "\n\n"
        "error: Error validating: This line is invalid. It does not start with any known Prisma schema keyword.\n"
        "  -->  prisma/schema.prisma:10\n"
        "   | \n"
        " 9 | model Z {\n"
        "10 |   id Int @id\n"
        "11 | \n"
        "   | \n"
        "\n"
        "Validation Error Count: 2\n"
        "[Context: getConfig]\n"
    )


@pytest.mark.oracle
@pytest.mark.parametrize("models", [GOOD_MODEL + TYPO_MODEL, GOOD_MODEL + UNCLOSED_MODEL], ids=["typo", "unclosed"])
def test_status_reads_the_schema_as_prisma_does(tmp_path: Path, oracle_dir: Path, models: str) -> None:
    """Same exit code, and for a syntax error the same P1012 block (Prisma then adds its CLI version line)."""
    lamina_root, prisma_root = tmp_path / "lamina", tmp_path / "prisma"
    for root in (lamina_root, prisma_root):
        _project(root, GOOD_MODEL)
    assert lamina(lamina_root, "migrate", "deploy").code == 0
    url = f"file:{lamina_root / 'prisma' / 'dev.db'}"
    # The same file on both sides (Prisma 7 takes the URL from its config only; lamina from lamina.toml).
    (lamina_root / "lamina.toml").write_text(f'[datasource]\nurl = "{url}"\n')
    for root in (lamina_root, prisma_root):
        (root / "prisma" / "schema.prisma").write_text(DATASOURCE.replace('  url      = "file:./dev.db"\n', "") + models)
    prisma = subprocess.run(["bash", str(oracle_dir / "prisma.sh"), "--url", url, "--schema",
                             str(prisma_root / "prisma" / "schema.prisma"), "--migrations",
                             str(prisma_root / "prisma" / "migrations"), "--", "migrate", "status"],
                            cwd=prisma_root, capture_output=True, text=True, env={"NO_COLOR": "1", **_env()})
    ours = lamina(lamina_root, "migrate", "status")
    assert ours.code == prisma.returncode, prisma.stdout + prisma.stderr
    if prisma.returncode:
        block = prisma.stderr[prisma.stderr.index("Error: "):prisma.stderr.index("[Context: getConfig]")]
        ours_block = ours.err[ours.err.index("Error: "):ours.err.index("[Context: getConfig]")]
        assert ours_block == block
    else:
        assert "Database schema is up to date!" in prisma.stdout and "Database schema is up to date!" in ours.out


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)
