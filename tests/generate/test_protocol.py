"""`lamina-sqlalchemy` speaks Prisma's generator protocol (JSON-RPC requests on stdin, responses on
stderr), and the real `prisma generate` (7.10.1, ../shared/oracle) runs it and writes the very module
`lamina generate` writes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from lamina import __version__
from lamina.generate.protocol import handle
from tests.cli.helpers import lamina

SCHEMA = """generator models {
  provider = "lamina-sqlalchemy"
  output   = "../gen/models.py"
}

datasource db {
  provider = "postgresql"
}

model User {
  id    String @id @default(cuid())
  posts Post[]
}

model Post {
  id       Int    @id @default(autoincrement())
  author   User   @relation(fields: [authorId], references: [id])
  authorId String
}
"""
COMMAND = Path(sys.executable).parent / "lamina-sqlalchemy"


def test_get_manifest() -> None:
    assert handle({"jsonrpc": "2.0", "method": "getManifest", "params": {}, "id": 1}) == {
        "jsonrpc": "2.0", "id": 1,
        "result": {"manifest": {"prettyName": "SQLAlchemy models", "version": __version__,
                                "requiresEngines": [], "requiresGenerators": []}}}


def test_an_invalid_schema_is_a_generator_error(tmp_path: Path) -> None:
    schema = tmp_path / "schema.prisma"
    schema.write_text('datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int\n}\n')
    response = handle({"jsonrpc": "2.0", "method": "generate", "id": 2, "params": {
        "schemaPath": str(schema), "generator": {"name": "models", "output": {"value": str(tmp_path / "m.py")}}}})
    assert response is not None and response["error"]["code"] == -32000
    assert response["error"]["message"].startswith("The schema is not valid:\n")
    assert not (tmp_path / "m.py").exists()


def test_the_command_answers_on_stderr_and_writes_the_module(tmp_path: Path) -> None:
    if not COMMAND.exists():
        pytest.skip("lamina-sqlalchemy is not installed next to this Python (pip install -e .)")
    schema = tmp_path / "prisma" / "schema.prisma"
    schema.parent.mkdir()
    schema.write_text(SCHEMA)
    output = tmp_path / "gen" / "models.py"
    requests = [
        {"jsonrpc": "2.0", "method": "getManifest", "params": {"name": "models"}, "id": 1},
        {"jsonrpc": "2.0", "method": "generate", "id": 2, "params": {
            "schemaPath": str(schema), "datamodel": SCHEMA,
            "generator": {"name": "models", "output": {"value": str(output), "fromEnvVar": None}}}},
    ]
    process = subprocess.run([str(COMMAND)], input="".join(json.dumps(r) + "\n" for r in requests),
                             capture_output=True, text=True, timeout=60)
    responses = [json.loads(line) for line in process.stderr.splitlines()]
    assert process.stdout == ""
    assert [r["id"] for r in responses] == [1, 2] and responses[1] == {"jsonrpc": "2.0", "id": 2, "result": None}
    assert lamina(tmp_path, "generate", "sqlalchemy", "--output", "gen/lamina.py").code == 0
    assert output.read_text() == (tmp_path / "gen" / "lamina.py").read_text()


def prisma_generate(oracle_dir: Path, schema: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{COMMAND.parent}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1"}
    return subprocess.run(["bash", str(oracle_dir / "prisma.sh"), "--schema", str(schema), "--", "generate"],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.mark.oracle
@pytest.mark.parametrize("layout", ["file", "folder"])
def test_prisma_generate_writes_the_module_lamina_writes(layout: str, oracle_dir: Path, tmp_path: Path) -> None:
    if not COMMAND.exists():
        pytest.skip("lamina-sqlalchemy is not installed next to this Python (pip install -e .)")
    if layout == "file":
        schema = tmp_path / "prisma" / "schema.prisma"
        schema.parent.mkdir()
        schema.write_text(SCHEMA)
    else:
        schema = tmp_path / "prisma" / "schema"
        schema.mkdir(parents=True)
        head, _, models = SCHEMA.partition("model User")
        (schema / "main.prisma").write_text(head.replace("../gen/models.py", "../../gen/models.py"))
        (schema / "models.prisma").write_text("model User" + models)
    validate = subprocess.run(["bash", str(oracle_dir / "prisma.sh"), "--schema", str(schema), "--", "validate"],
                              capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert validate.returncode == 0, validate.stderr  # Prisma accepts a provider it does not know
    result = prisma_generate(oracle_dir, schema, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"✔ Generated SQLAlchemy models ({__version__}) to ./gen/models.py in " in result.stdout
    by_prisma = (tmp_path / "gen" / "models.py").read_text()
    shutil.rmtree(tmp_path / "gen")
    ours = lamina(tmp_path, "generate", "--schema", str(schema.relative_to(tmp_path)))
    assert ours.code == 0, ours.text
    assert (tmp_path / "gen" / "models.py").read_text() == by_prisma
