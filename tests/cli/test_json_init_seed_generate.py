"""`lamina init`, `db seed`, `generate`, `generate sqlalchemy` and `erd` with `--json`: the
documents on success and on errors, checked against docs/json/*.schema.json, with the exit codes
of the text output; stdout holds the document alone."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.cli.helpers import lamina
from tests.cli.json_documents import checked_document
from tests.generate.test_cli import CLIENT_BLOCK, LAMINA_BLOCK, project

SEED = f"{sys.executable} seed.py"


def test_init(tmp_path: Path) -> None:
    result = lamina(tmp_path, "init", "--datasource-provider", "sqlite", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "init", ok=True)
    assert doc["result"]["provider"] == "sqlite" and doc["result"]["env_file"] == "written"
    assert doc["result"]["schema"] == str(tmp_path / "prisma" / "schema.prisma")
    assert "Initialized Prisma in your project" in result.err
    again = lamina(tmp_path, "init", "--json")
    assert again.code == 1
    doc = checked_document(again.out, "init", ok=False)
    assert doc["error"]["message"].startswith("A folder called prisma already exists in your project.")
    (tmp_path / "x").mkdir()
    bad = lamina(tmp_path / "x", "init", "--datasource-provider", "oracle", "--json")
    assert bad.code == 1
    assert "oracle" in checked_document(bad.out, "init", ok=False)["error"]["message"]


def _seed_project(tmp_path: Path) -> None:
    (tmp_path / "seed.py").write_text(
        "import sys\nprint('seeding', *sys.argv[1:])\nsys.exit(3 if 'fail' in sys.argv else 0)\n")
    (tmp_path / "lamina.toml").write_text(f'[migrations]\nseed = "{SEED}"\n')


def test_db_seed(tmp_path: Path) -> None:
    _seed_project(tmp_path)
    result = lamina(tmp_path, "db", "seed", "--json", "--", "--count", "3")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "db seed", ok=True)
    assert doc["result"] == {"command": f"{SEED} --count 3", "ran": True, "exit_code": 0,
                             "stdout": "seeding --count 3\n", "stderr": ""}
    assert "seeding --count 3" in result.err and "The seed command has been executed." in result.err


def test_db_seed_failure_and_none_configured(tmp_path: Path) -> None:
    _seed_project(tmp_path)
    failed = lamina(tmp_path, "db", "seed", "--json", "--", "fail")
    assert failed.code == 1
    doc = checked_document(failed.out, "db seed", ok=False)
    assert doc["error"]["message"] == f"Command failed with exit code 3: {SEED} fail"
    assert doc["error"]["details"] == {"command": f"{SEED} fail", "exit_code": 3}
    empty = tmp_path / "empty"
    empty.mkdir()
    none = lamina(empty, "db", "seed", "--json")
    assert none.code == 0
    assert checked_document(none.out, "db seed", ok=True)["result"]["ran"] is False


def test_generate(tmp_path: Path) -> None:
    project(tmp_path)
    result = lamina(tmp_path, "generate", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "generate", ok=True)
    assert [f["path"] for f in doc["result"]["files"]] == [str(tmp_path / "app" / "models.py")]
    assert doc["result"]["skipped"] == ["client"]
    assert "✔ Generated" in result.err


def test_generate_errors(tmp_path: Path) -> None:
    project(tmp_path, 'generator models {\n  provider = "lamina-sqlalchemy"\n}\n\n')
    result = lamina(tmp_path, "generate", "--json")
    assert result.code == 1
    doc = checked_document(result.out, "generate", ok=False)
    assert doc["error"]["message"].startswith("Can't resolve output dir for generator models")
    (tmp_path / "prisma" / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\nmodel {\n')
    invalid = lamina(tmp_path, "generate", "--json")
    assert invalid.code == 1
    assert checked_document(invalid.out, "generate", ok=False)["error"]["code"] == "P1012"


def test_generate_sqlalchemy(tmp_path: Path) -> None:
    project(tmp_path, CLIENT_BLOCK)
    result = lamina(tmp_path, "generate", "sqlalchemy", "--output", "m.py", "--json")
    assert result.code == 0, result.text
    doc = checked_document(result.out, "generate sqlalchemy", ok=True)
    assert doc["result"]["path"] == str(tmp_path / "m.py") and doc["result"]["models"] == 2


def test_erd(tmp_path: Path) -> None:
    project(tmp_path, LAMINA_BLOCK)
    shown = lamina(tmp_path, "erd", "--json")
    assert shown.code == 0, shown.text
    doc = checked_document(shown.out, "erd", ok=True)
    assert doc["result"]["text"].startswith("erDiagram") and doc["result"]["path"] is None
    written = lamina(tmp_path, "erd", "--output", "erd.md", "--json")
    doc = checked_document(written.out, "erd", ok=True)
    assert doc["result"]["path"] == str(tmp_path / "erd.md") and doc["result"]["models"] == 2
    (tmp_path / "prisma" / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\nmodel {\n')
    invalid = lamina(tmp_path, "erd", "--json")
    assert invalid.code == 1
    assert checked_document(invalid.out, "erd", ok=False)["error"]["code"] == "P1012"
