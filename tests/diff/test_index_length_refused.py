"""Index `length:` is a MySQL-only change kind: on PostgreSQL and SQLite the real engine refuses
the schema (P1012) before any SQL is written, and lamina prints the same diagnostics."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.cli.helpers import lamina

pytestmark = pytest.mark.oracle

FORMS = {
    "index": "  id   Int    @id\n  name String\n\n  @@index([name(length: 10)])",
    "unique": "  id   Int    @id\n  name String\n\n  @@unique([name(length: 10)])",
    "field-unique": "  id   Int    @id\n  name String @unique(length: 10)",
    "id": "  id   Int\n  name String\n\n  @@id([name(length: 10)])",
    "field-id": "  id String @id(length: 10)",
}


def diagnostics(text: str) -> str:
    """From the first `error:` line to the error count."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("error: "))
    end = next(i for i, line in enumerate(lines) if line.startswith("Validation Error Count"))
    return "\n".join(lines[start:end + 1])


@pytest.mark.parametrize("provider", ["postgresql", "sqlite"])
@pytest.mark.parametrize("form", sorted(FORMS))
def test_length_argument_refused_as_prisma_refuses_it(provider: str, form: str, tmp_path: Path,
                                                      oracle_dir: Path) -> None:
    schema = tmp_path / "schema.prisma"
    schema.write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n\nmodel T {{\n{FORMS[form]}\n}}\n')
    ours = lamina(tmp_path, "validate", "--schema", str(schema))
    theirs = subprocess.run([str(oracle_dir / "prisma.sh"), "--schema", str(schema), "--", "validate"],
                            cwd=tmp_path, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert theirs.returncode == 1 and ours.code == 1, (ours.text, theirs.stderr)
    assert "The length argument is not supported" in ours.text
    assert diagnostics(ours.text) == diagnostics(theirs.stdout + theirs.stderr)
