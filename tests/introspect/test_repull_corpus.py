"""Re-pulling an unchanged database gives the user's schema back: for every corpus history whose
schema equals its history, the history is replayed, then `db pull --print` runs with the corpus
schema as the existing schema.

The reference is the real CLI's `db pull --print` on the same database with the same schema (a
Prisma 7 copy: prisma7ize drops the datasource URLs Prisma 7 refuses); lamina's output must be
byte-identical, warnings included. Against the user's own schema, lamina must keep every model,
field (relation fields included), enum and enum value name. What else differs there, Prisma changes
too: relation fields move after the scalar fields, an implicit many-to-many relation's name is
written out (`@relation("LinkToTag")`), a self-relation's many-to-many fields take Prisma's `_A`/`_B`
names, config blocks are re-rendered (generators first, settings sorted, comments dropped),
comments outside `///` documentation are dropped, attributes are laid out in Prisma's order.

ghostfolio (implicit many-to-many fields) and epic-stack run in CI; the other histories are slow."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from lamina.psl.ast import SourceFile
from lamina.psl.load import check_schema, read_schema_files
from tests.cli.helpers import lamina
from tests.introspect.test_pull_corpus import _drop_check_constraints, _replay

POSTGRES = ["documenso", "evolution-api-postgresql", "ghostfolio", "papermark", "rallly", "teable-postgres"]
SQLITE = ["epic-stack", "pingvin-share", "spacedrive", "teable-sqlite"]
IN_CI = {"ghostfolio", "epic-stack"}


def _params():
    for entry in POSTGRES + SQLITE:
        marks = [] if entry in IN_CI else [pytest.mark.slow]
        yield pytest.param(entry, marks=marks)


def _schema_path(entry: Path) -> Path:
    return entry / "schema.prisma" if (entry / "schema.prisma").exists() else entry / "schema"


def _copy(source: Path, work: Path, oracle: Path, *, prisma7: bool) -> str:
    """The schema copied into `work` (a Prisma 7 copy when asked); its path relative to `work`."""
    work.mkdir(parents=True)
    target = work / source.name
    if prisma7:
        subprocess.run(["python3", str(oracle / "prisma7ize.py"), str(source), str(target)],
                       check=True, capture_output=True)
    elif source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copy(source, target)
    return source.name


def _oracle_pull(oracle: Path, url: str, work: Path, schema: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(oracle / "prisma.sh"), "--url", url, "--schema", schema, "--",
                           "db", "pull", "--print"], capture_output=True, text=True, cwd=work,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=600)


def _files(printed: str) -> list[SourceFile]:
    """The files of a printed pull: one, or several under `// <path>` headers."""
    if not printed.startswith("// "):
        return [SourceFile("schema.prisma", printed)]
    parts = re.split(r"^// (\S+)\n", printed, flags=re.M)[1:]
    return [SourceFile(parts[i], parts[i + 1]) for i in range(0, len(parts), 2)]


def _names(files: list[SourceFile]) -> dict[tuple[str, str], set[str]]:
    validated, diagnostics = check_schema(files)
    assert validated is not None and not diagnostics.errors, diagnostics
    names = {("model", m.name): {f.name for f in (*m.scalar_fields, *m.relation_fields)} for m in validated.models}
    names.update({("enum", e.name): {v.name for v in e.values} for e in validated.enums})
    return names


@pytest.mark.oracle
@pytest.mark.parametrize("entry", list(_params()))
def test_repull_returns_the_users_schema(entry: str, corpus: Path, oracle_dir: Path, tmp_path: Path,
                                         request: pytest.FixtureRequest) -> None:
    provider = "postgresql" if entry in POSTGRES else "sqlite"
    if provider == "postgresql":
        url = request.getfixturevalue("postgres_url")
        _replay(corpus / entry, provider, url, None)
    else:
        path = tmp_path / "dev.db"
        _replay(corpus / entry, provider, "", path)
        url = f"file:{path}"
    source = _schema_path(corpus / entry)
    same = lamina(tmp_path, "migrate", "diff", "--from-url", url, "--to-schema", str(source), "--exit-code")
    assert same.code == 0, f"{entry}'s schema no longer equals its history:\n{same.text}"

    schema = _copy(source, tmp_path / "oracle", oracle_dir, prisma7=True)
    expected = _oracle_pull(oracle_dir, url, tmp_path / "oracle", schema)
    if (expected.returncode != 0 or not expected.stdout.strip()) and provider == "postgresql" \
            and _drop_check_constraints(url):  # the oracle's Wasm engine fails on CHECK constraints
        expected = _oracle_pull(oracle_dir, url, tmp_path / "oracle", schema)
    if expected.returncode != 0 or not expected.stdout.strip():
        pytest.skip(f"the oracle could not pull this database: {expected.stderr.strip()[-300:]}")
    _copy(source, tmp_path / "lamina", oracle_dir, prisma7=True)
    pulled = lamina(tmp_path / "lamina", "db", "pull", "--print", "--schema", schema, "--url", url)
    assert pulled.code == 0, pulled.text
    if pulled.out != expected.stdout:
        diff = "".join(difflib.unified_diff(expected.stdout.splitlines(True), pulled.out.splitlines(True),
                                            "prisma", "lamina", n=1))
        pytest.fail(f"{entry}: the re-pull differs from Prisma's\n{diff[:6000]}")
    warnings = "\n".join(line for line in expected.stderr.splitlines() if not line.startswith("Loaded Prisma config"))
    assert pulled.err.strip("\n") == warnings.strip("\n")

    _copy(source, tmp_path / "user", oracle_dir, prisma7=False)  # the user's own (Prisma 6) schema
    again = lamina(tmp_path / "user", "db", "pull", "--print", "--schema", schema, "--url", url)
    assert again.code == 0, again.text
    assert _names(_files(again.out)) == _names(read_schema_files(source))
