"""docs/api.md's examples run as written: the start-up deploy script, the CI drift gate (on
PostgreSQL, with the example's shadow URL pointed at a test database) and the health check. The
health check runs with FastAPI's route decorator reduced to what it needs when FastAPI is not
installed; the lifespan example's lamina call is the start-up script's."""

from __future__ import annotations

import re
import sys
import types
from pathlib import Path

import pytest

from lamina.operations.deploy import deploy
from lamina.operations.status import status
from tests.cli.helpers import write_schema

DOCS = Path(__file__).resolve().parents[2] / "docs" / "api.md"
MODELS = "model User {\n  id   Int    @id @default(autoincrement())\n  name String\n}\n"
MIGRATION = ('-- CreateTable\nCREATE TABLE "User" (\n    "id" SERIAL NOT NULL,\n    "name" TEXT NOT NULL,\n\n'
             '    CONSTRAINT "User_pkey" PRIMARY KEY ("id")\n);\n')
SHADOW_IN_DOCS = "postgresql://postgres@localhost:5432/shadow"


def _examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)


def _example(containing: str) -> str:
    found = [code for code in _examples() if containing in code]
    assert len(found) == 1, f"docs/api.md has {len(found)} examples with {containing!r}"
    return found[0]


def _project(tmp_path: Path, url: str, *, migrated: bool = True) -> Path:
    write_schema(tmp_path, "postgresql", url, MODELS)
    folder = tmp_path / "prisma" / "migrations" / "20240101000000_init"
    folder.mkdir(parents=True)
    (folder / "migration.sql").write_text(MIGRATION)
    (tmp_path / "prisma" / "migrations" / "migration_lock.toml").write_text('provider = "postgresql"\n')
    if not migrated:
        (tmp_path / "prisma" / "schema.prisma").write_text(
            (tmp_path / "prisma" / "schema.prisma").read_text().replace("  name String\n", "  name String\n  email String\n"))
    return tmp_path


def test_the_start_up_script_applies_the_history(tmp_path: Path, postgres_url: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(_project(tmp_path, postgres_url))
    exec(compile(_example("lamina.deploy(project=\".\")\nexcept"), "api.md", "exec"), {})
    assert status(project=tmp_path).up_to_date
    assert deploy(project=tmp_path).applied == ()


def test_the_drift_gate_passes_in_sync_and_fails_with_the_script(tmp_path: Path, postgres_url: str,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    code = _example("diff.is_empty")
    assert SHADOW_IN_DOCS in code
    code = code.replace(SHADOW_IN_DOCS, postgres_url)  # the test's database is the shadow here
    main = postgres_url + "_main"  # never connected to: the gate needs no database but the shadow
    monkeypatch.chdir(_project(tmp_path / "in-sync", main))
    exec(compile(code, "api.md", "exec"), {})
    monkeypatch.chdir(_project(tmp_path / "ahead", main, migrated=False))
    with pytest.raises(SystemExit) as exited:
        exec(compile(code, "api.md", "exec"), {})
    assert "without a migration" in str(exited.value.code)
    assert 'ADD COLUMN     "email" TEXT NOT NULL' in capsys.readouterr().err


def test_the_health_check_reports_pending_then_up_to_date(tmp_path: Path, postgres_url: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    code = _example("/health/migrations")
    if "fastapi" not in sys.modules:
        try:
            import fastapi  # noqa: F401
        except ImportError:  # the route decorator is all the example needs of it
            monkeypatch.setitem(sys.modules, "fastapi", _fastapi_stand_in())
    monkeypatch.chdir(_project(tmp_path, postgres_url))
    scope: dict[str, object] = {}
    exec(compile(code, "api.md", "exec"), scope)
    check = scope["migrations_health"]
    assert callable(check)
    assert check() == {"up_to_date": False, "pending": ["20240101000000_init"], "failed": []}
    deploy(project=tmp_path)
    assert check() == {"up_to_date": True, "pending": [], "failed": []}


@pytest.mark.postgres
def test_the_fleet_example_reports_the_failed_tenant(tmp_path: Path, postgres_url: str,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    import psycopg

    from tests.fleet.conftest import HISTORY, create_schemas, write_project

    create_schemas(postgres_url, ["tenant_a", "tenant_b"])
    with psycopg.connect(postgres_url, autocommit=True) as conn:  # tenant_b is not empty
        conn.execute('CREATE TABLE "tenant_b"."Post" (id INT)')
    monkeypatch.chdir(write_project(tmp_path, "postgresql", postgres_url, HISTORY))
    exec(compile(_example("deploy_fleet"), "api.md", "exec"), {})
    printed = capsys.readouterr().out
    assert printed.startswith("tenant_b None P3005: The database schema is not empty.")  # nothing applied there
    assert "tenant_a" not in printed


def _fastapi_stand_in() -> types.ModuleType:
    class FastAPI:
        def get(self, path: str) -> object:
            return lambda function: function

    module = types.ModuleType("fastapi")
    module.FastAPI = FastAPI  # type: ignore[attr-defined]
    return module


def test_every_example_is_covered() -> None:
    covered = ("lamina.deploy(project=\".\")\nexcept", "diff.is_empty", "/health/migrations", "lifespan",
               "deploy_fleet")
    for code in _examples():
        assert any(marker in code for marker in covered), code
