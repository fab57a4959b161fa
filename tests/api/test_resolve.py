"""`lamina.operations.resolve.resolve` called from Python."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.errors import KnownError, UsageError
from lamina.operations.deploy import deploy
from lamina.operations.resolve import ResolveResult, resolve
from lamina.operations.status import status
from tests.deploy.conftest import write_project

FIRST = 'CREATE TABLE "A" ("id" INTEGER NOT NULL PRIMARY KEY);\n'
BAD = "CREATE TABLE (;\n"


def test_applied_then_rolled_back(tmp_path: Path, postgres_url: str) -> None:
    write_project(tmp_path, "postgresql", postgres_url, {"1_a": FIRST, "2_bad": BAD})
    assert resolve(project=tmp_path, applied="1_a") == ResolveResult("1_a", "applied")
    with pytest.raises(KnownError) as caught:
        deploy(project=tmp_path)
    assert caught.value.code == "P3018"
    assert resolve(project=tmp_path, rolled_back="2_bad") == ResolveResult("2_bad", "rolled_back")
    rows = {row.name: row.state for row in status(project=tmp_path).migrations}
    assert rows == {"1_a": "applied", "2_bad": "rolled_back"}
    with pytest.raises(KnownError) as again:
        resolve(project=tmp_path, applied="1_a")
    assert again.value.code == "P3008"


def test_exactly_one_of_applied_and_rolled_back(tmp_path: Path, sqlite_url: str) -> None:
    write_project(tmp_path, "sqlite", sqlite_url, {"1_a": FIRST})
    with pytest.raises(UsageError):
        resolve(project=tmp_path)
    with pytest.raises(UsageError):
        resolve(project=tmp_path, applied="1_a", rolled_back="1_a")
