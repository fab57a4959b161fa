"""`lamina db pull --print` on hand-made databases equals what Prisma's `db pull --print` printed
for the same SQL (goldens from scripts/regen_pull_goldens.py): the schema on stdout and the
warning block on stderr, byte for byte."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina

HERE = Path(__file__).parent
# With <case>.<provider>.prisma or the folder <case>.<provider>.schema: the schema to re-introspect;
# <case>.<provider>.args: more arguments (--force).
CASES = sorted(HERE.glob("cases/*.sql"))


def _case_id(path: Path) -> str:
    return path.name.removesuffix(".sql")


def base_schema(project: Path, provider: str) -> Path:
    schema = project / "schema.prisma"
    schema.write_text(f'datasource db {{\n  provider = "{provider}"\n}}\n', encoding="utf-8")
    return schema


def pull_print(project: Path, provider: str, url: str, existing: Path | None = None, args: tuple[str, ...] = ()):
    """`db pull --print` with a schema holding only the datasource, or a copy of `existing` (a
    schema file, or a folder pulled as `schema/`)."""
    if existing is not None and existing.is_dir():
        shutil.copytree(existing, project / "schema")
        return lamina(project, "db", "pull", "--print", *args, "--schema", "schema", "--url", url)
    base_schema(project, provider)
    if existing is not None and existing.exists():
        (project / "schema.prisma").write_text(existing.read_text(encoding="utf-8"), encoding="utf-8")
    return lamina(project, "db", "pull", "--print", *args, "--schema", "schema.prisma", "--url", url)


def load_case(case: Path, request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    name, provider = _case_id(case).rsplit(".", 1)
    sql = case.read_text(encoding="utf-8")
    if provider == "postgresql":
        url = request.getfixturevalue("postgres_url")
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(sql)
    else:
        path = tmp_path / "dev.db"
        conn = sqlite3.connect(path)
        conn.executescript(sql)
        conn.close()
        url = f"file:{path}"
    return provider, url


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_pull_print_matches_prisma(case: Path, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    provider, url = load_case(case, request, tmp_path)
    project = tmp_path / "project"
    project.mkdir()
    folder = case.with_suffix(".schema")
    extra = case.with_suffix(".args")
    args = tuple(extra.read_text(encoding="utf-8").split()) if extra.exists() else ()
    result = pull_print(project, provider, url, folder if folder.is_dir() else case.with_suffix(".prisma"), args)
    assert result.code == 0, result.err
    golden = HERE / "goldens" / f"{_case_id(case)}.prisma"
    assert result.out == golden.read_text(encoding="utf-8")
    warnings = (HERE / "goldens" / f"{_case_id(case)}.warnings").read_text(encoding="utf-8")
    assert result.err.strip("\n") == warnings.strip("\n")


def test_pull_writes_each_file_of_a_schema_folder(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Without --print, each file of a schema folder gets the text Prisma printed under its name
    (goldens/multifile.*): models and enums stay where they were, new ones go to introspected.prisma."""
    case = HERE / "cases" / "multifile.postgresql.sql"
    _, url = load_case(case, request, tmp_path)
    project = tmp_path / "project"
    shutil.copytree(case.with_suffix(".schema"), project / "schema")
    result = lamina(project, "db", "pull", "--schema", "schema", "--url", url)
    assert result.code == 0, result.text
    assert "✔ Introspected 2 models and wrote them into schema in " in result.out
    printed = (HERE / "goldens" / "multifile.postgresql.prisma").read_text(encoding="utf-8")
    parts = printed.removesuffix("\n\n").split("\n// ")
    expected = dict(part.removeprefix("// ").split("\n", 1) for part in parts)
    written = {str(p.relative_to(project)): p.read_text(encoding="utf-8") for p in sorted(project.rglob("*.prisma"))}
    assert written == expected


def test_pull_force_on_a_schema_folder_writes_one_file(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """With --force, the folder is left holding introspected.prisma alone, with the text Prisma
    printed (goldens/multifileforce.*)."""
    case = HERE / "cases" / "multifileforce.postgresql.sql"
    _, url = load_case(case, request, tmp_path)
    project = tmp_path / "project"
    shutil.copytree(case.with_suffix(".schema"), project / "schema")
    result = lamina(project, "db", "pull", "--force", "--schema", "schema", "--url", url)
    assert result.code == 0, result.text
    printed = (HERE / "goldens" / "multifileforce.postgresql.prisma").read_text(encoding="utf-8")
    written = {str(p.relative_to(project)): p.read_text(encoding="utf-8") for p in sorted(project.rglob("*.prisma"))}
    assert written == {"schema/introspected.prisma": printed.removesuffix("\n\n")}
