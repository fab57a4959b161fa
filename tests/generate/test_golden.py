"""Generated modules are stable: the same schema gives the same text (a snapshot lamina owns:
`UPDATE_EXPECT=1 pytest tests/generate/test_golden.py` rewrites it, and the diff is reviewed like
code), and a schema change rewrites only the classes it touches, in place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lamina.generate import sqlalchemy_module
from lamina.generate.erd import mermaid_erd
from lamina.psl import check_schema, read_schema_files

GOLDEN = Path(__file__).parent / "golden"


def generated(schema: Path) -> str:
    validated, diagnostics = check_schema(read_schema_files(schema))
    assert validated is not None, diagnostics
    return sqlalchemy_module(validated, source="schema.prisma").text


def blocks(module: str) -> dict[str, str]:
    """Top-level blocks (two blank lines apart) after the header and imports, keyed by their first
    line of code."""
    keyed = {}
    for block in module.rstrip("\n").split("\n\n\n")[1:]:
        code = [line for line in block.splitlines() if not line.startswith("#")]
        key = code[0] + (code[1].strip() if code[0] == "sa.Table(" else "")
        keyed[key] = block
    return keyed


def check_snapshot(path: Path, text: str) -> None:
    if os.environ.get("UPDATE_EXPECT") == "1":
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path.name} is missing: run with UPDATE_EXPECT=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("version", ["before", "after"])
def test_module_snapshot(version: str) -> None:
    check_snapshot(GOLDEN / f"blog.{version}.py", generated(GOLDEN / f"blog.{version}.prisma"))


def test_erd_snapshot() -> None:
    validated, _ = check_schema(read_schema_files(GOLDEN / "blog.after.prisma"))
    check_snapshot(GOLDEN / "blog.after.mmd", mermaid_erd(validated))


def test_a_schema_change_rewrites_only_the_classes_it_touches() -> None:
    before = blocks(generated(GOLDEN / "blog.before.prisma"))
    after = blocks(generated(GOLDEN / "blog.after.prisma"))
    changed = sorted(k for k in before.keys() & after.keys() if before[k] != after[k])
    added = sorted(after.keys() - before.keys())
    assert changed == ["class Post(Base):", "class Status(_enum.Enum):"]
    assert added == ["class Tag(Base):", 'sa.Table("_PostToTag",']
    assert not before.keys() - after.keys()
    assert [k for k in after if k in before] == list(before)  # the untouched ones keep their order
    assert generated(GOLDEN / "blog.after.prisma") == generated(GOLDEN / "blog.after.prisma")


def test_the_documented_example_is_what_lamina_writes(tmp_path: Path) -> None:
    doc = (Path(__file__).parents[2] / "docs" / "generate.md").read_text(encoding="utf-8")
    schema_start = doc.index("```prisma\nmodel User") + len("```prisma\n")
    schema = tmp_path / "schema.prisma"
    schema.write_text('datasource db {\n  provider = "postgresql"\n}\n\n' + doc[schema_start:doc.index("```", schema_start)])
    code_start = doc.index("```python\nclass Base") + len("```python\n")
    documented = doc[code_start:doc.index("```", code_start)]
    module = generated(schema)
    assert module[module.index("class Base("):] == documented
