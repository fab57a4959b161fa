"""`lamina.operations.generate`'s generate_models, generate_sqlalchemy and erd_diagram called from
Python on a project folder: the files written and what the results say."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import KnownError
from lamina.operations.generate import ErdResult, GeneratedFile, GenerateResult, GeneratorOutputMissing, \
    erd_diagram, generate_models, generate_sqlalchemy
from tests.generate.test_cli import CLIENT_BLOCK, LAMINA_BLOCK, expected_module, project


def test_generate_models_runs_the_lamina_blocks(tmp_path: Path) -> None:
    schema = project(tmp_path)
    result = generate_models(project=tmp_path)
    assert isinstance(result, GenerateResult)
    assert [(f.generator, f.path, f.models) for f in result.files] == [("models", tmp_path / "app" / "models.py", 2)]
    assert result.skipped == ["client"]
    assert (tmp_path / "app" / "models.py").read_text() == expected_module(schema, "../prisma/schema.prisma")
    assert generate_models(project=tmp_path, generators=["client"]).files == []


def test_generate_models_errors(tmp_path: Path) -> None:
    project(tmp_path, 'generator models {\n  provider = "lamina-sqlalchemy"\n}\n\n')
    with pytest.raises(GeneratorOutputMissing):
        generate_models(project=tmp_path)
    (tmp_path / "prisma" / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\nmodel {\n')
    with pytest.raises(KnownError) as caught:
        generate_models(project=tmp_path)
    assert caught.value.code == "P1012"


def test_generate_sqlalchemy_writes_output(tmp_path: Path) -> None:
    project(tmp_path, CLIENT_BLOCK)
    file = generate_sqlalchemy(project=tmp_path, output="pkg")
    assert isinstance(file, GeneratedFile)
    assert (file.generator, file.path, file.models) == (None, tmp_path / "pkg" / "__init__.py", 2)
    assert "class User" in file.path.read_text()
    other = tmp_path / "elsewhere"
    other.mkdir()
    assert generate_sqlalchemy(project=tmp_path, cwd=other, output="m.py").path == other / "m.py"


def test_erd_diagram(tmp_path: Path) -> None:
    project(tmp_path, LAMINA_BLOCK)
    shown = erd_diagram(project=tmp_path)
    assert isinstance(shown, ErdResult)
    assert shown.path is None and shown.models == 2 and shown.text.startswith("erDiagram")
    assert not (tmp_path / "app").exists()
    written = erd_diagram(project=tmp_path, output="docs/erd.md")
    assert written.path == tmp_path / "docs" / "erd.md"
    assert written.path.read_text() == "```mermaid\n" + shown.text + "```\n"
