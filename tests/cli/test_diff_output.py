"""`migrate diff` towards and from nothing, printed and written with `-o`: byte for byte what
Prisma prints and writes (goldens tests/cli/diff_output/<case>.stdout and .file, from
scripts/regen_diff_output_goldens.py). Towards nothing, every dropped PostgreSQL object is named
with the connection's schema; printed, the text ends with one more newline than the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.regen_diff_output_goldens import CASES, read_cases
from tests.cli.helpers import lamina, write_schema

PARAMS = read_cases()


def project(tmp_path: Path, provider: str, schema: str, url_schema: str | None, postgres_url: str | None) -> Path:
    """The case's schema as the project's, its datasource URL naming `?schema=` when given."""
    models = (CASES / schema).read_text()
    models = models[models.index("}\n") + 2:]
    schemas = 'schemas  = ["public", "auth"]' in (CASES / schema).read_text()
    url = "file:./dev.db" if provider == "sqlite" else postgres_url + (f"?schema={url_schema}" if url_schema else "")
    path = write_schema(tmp_path, provider, url, models)
    if schemas:
        path.write_text(path.read_text().replace('  url ', '  schemas  = ["public", "auth"]\n  url ', 1))
    return path


@pytest.mark.parametrize(("name", "provider", "schema", "url_schema", "args"), PARAMS, ids=[p[0] for p in PARAMS])
def test_printed_and_written_as_prisma(name: str, provider: str, schema: str, url_schema: str | None, args: str,
                                       tmp_path: Path, request: pytest.FixtureRequest) -> None:
    postgres_url = request.getfixturevalue("postgres_url") if provider == "postgresql" else None
    path = project(tmp_path, provider, schema, url_schema, postgres_url)
    argv = args.replace("{schema}", str(path.relative_to(tmp_path))).split()
    printed = lamina(tmp_path, "migrate", "diff", *argv)
    assert printed.code == 0, printed.text
    assert printed.out == (CASES / f"{name}.stdout").read_text()
    written = lamina(tmp_path, "migrate", "diff", *argv, "-o", "out.sql")
    assert written.code == 0, written.text
    assert (tmp_path / "out.sql").read_text() == (CASES / f"{name}.file").read_text()


def test_mysql_prints_one_more_newline_than_it_writes(tmp_path: Path) -> None:
    """Prisma's CLI prints the engine's text as a line whatever the provider (no MySQL oracle):
    the same script, printed, ends with one more newline."""
    write_schema(tmp_path, "mysql", "mysql://root@127.0.0.1:3306/unused",
                 "model Workspace {\n  id Int @id @default(autoincrement())\n}\n")
    for args in (["--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
                 ["--from-schema", "prisma/schema.prisma", "--to-empty"]):
        printed = lamina(tmp_path, "migrate", "diff", *args)
        written = lamina(tmp_path, "migrate", "diff", *args, "-o", "out.sql")
        assert printed.code == written.code == 0, printed.text + written.text
        assert printed.out == (tmp_path / "out.sql").read_text() + "\n"
        assert printed.out.endswith("\n\n\n"), printed.out
