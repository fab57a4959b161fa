"""Every tests/psl/validation fixture: lamina prints exactly the diagnostics Prisma printed."""

from __future__ import annotations

import pytest

from lamina.psl import SourceFile, check_schema, render_diagnostics
from psl.fixtures import FIXTURES, SCHEMA_NAME, split_fixture

CASES = sorted(FIXTURES.rglob("*.prisma"))


@pytest.mark.parametrize("path", CASES, ids=[str(p.relative_to(FIXTURES).with_suffix("")) for p in CASES])
def test_fixture(path):
    schema, expected = split_fixture(path.read_bytes().decode("utf-8"))
    files = [SourceFile(SCHEMA_NAME, schema)]
    validated, diagnostics = check_schema(files)
    rendered = render_diagnostics(diagnostics, files) if diagnostics.has_errors() else ""
    assert rendered == expected
    assert (validated is None) == bool(expected)
