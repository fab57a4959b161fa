"""lamina.operations.format.format from Python: writes, checks, refuses an invalid schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import SchemaValidationFailed
from lamina.operations.format import FormattedFile, format

UNFORMATTED = 'datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n  name    String\n}\n'


def test_format_then_check(tmp_path: Path) -> None:
    schema = tmp_path / "schema.prisma"
    schema.write_text(UNFORMATTED)
    checked = format(project=tmp_path, schema="schema.prisma", check=True)
    assert checked.changed and checked.written == () and schema.read_text() == UNFORMATTED
    done = format(project=tmp_path, schema="schema.prisma")
    assert done.files == (FormattedFile(schema.resolve(), True),)
    assert done.written == (schema.resolve(),)
    again = format(cwd=tmp_path, schema="schema.prisma", check=True)
    assert not again.changed and again.files[0].changed is False


def test_schema_folder(tmp_path: Path) -> None:
    folder = tmp_path / "prisma" / "schema"
    folder.mkdir(parents=True)
    (folder / "a.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\n')
    (folder / "b.prisma").write_text("model B {\n  id    Int @id\n}\n")
    result = format(project=tmp_path, schema="prisma/schema")
    assert [(f.path.name, f.changed) for f in result.files] == [("a.prisma", False), ("b.prisma", True)]


def test_invalid_schema_raises_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(UNFORMATTED + "model B {}\n")
    events: list[object] = []
    with pytest.raises(SchemaValidationFailed):
        format(project=tmp_path, schema="schema.prisma", listener=events.append)
    assert (tmp_path / "schema.prisma").read_text() == UNFORMATTED + "model B {}\n"
