"""Every tests/psl/validation fixture: lamina prints exactly the diagnostics Prisma printed."""

from __future__ import annotations

import pytest

from lamina.psl import SourceFile, check_schema, render_diagnostics
from psl.fixtures import FIXTURES, MULTI_SUFFIX, SCHEMA_NAME, multi_fixture_files, split_fixture

CASES = sorted(
    p for p in FIXTURES.rglob("*.prisma") if not any(q.name.endswith(MULTI_SUFFIX) for q in p.parents)
)
MULTI_CASES = sorted(p for p in FIXTURES.rglob("*" + MULTI_SUFFIX) if p.is_dir())


@pytest.mark.parametrize("path", CASES, ids=[str(p.relative_to(FIXTURES).with_suffix("")) for p in CASES])
def test_fixture(path):
    schema, expected = split_fixture(path.read_bytes().decode("utf-8"))
    files = [SourceFile(SCHEMA_NAME, schema)]
    validated, diagnostics = check_schema(files)
    rendered = render_diagnostics(diagnostics, files) if diagnostics.has_errors() else ""
    assert rendered == expected
    assert (validated is None) == bool(expected)


@pytest.mark.parametrize(
    "folder", MULTI_CASES, ids=[str(p.relative_to(FIXTURES).with_suffix("")) for p in MULTI_CASES]
)
def test_multi_file_fixture(folder):
    files = [SourceFile(path, text) for path, text in multi_fixture_files(folder)]
    expected = (folder / "expected.txt").read_text(encoding="utf-8")
    validated, diagnostics = check_schema(files)
    rendered = render_diagnostics(diagnostics, files) if diagnostics.has_errors() else ""
    assert rendered == expected
    assert (validated is None) == bool(expected)
