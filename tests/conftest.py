"""Shared fixtures: a fresh PostgreSQL database per test, SQLite files in tmp_path, the corpus.

`TEST_POSTGRES_URL` names the server (default postgresql://postgres@127.0.0.1:5432/postgres).
An unreachable server skips PostgreSQL tests locally and fails them with `CI=true`.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

REPO = Path(__file__).resolve().parents[1]
DEFAULT_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def is_ci() -> bool:
    return os.environ.get("CI") == "true"


def postgres_server_url() -> str:
    return os.environ.get("TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL)


def url_with_database(url: str, database: str) -> str:
    return urlsplit(url)._replace(path="/" + database).geturl()


def corpus_dir() -> Path | None:
    """$LAMINA_CORPUS or ../shared/corpus; None when absent (a failure with CI=true)."""
    root = Path(os.environ.get("LAMINA_CORPUS") or REPO.parent / "shared" / "corpus")
    if root.is_dir():
        return root
    if is_ci():
        pytest.fail(f"the corpus is missing at {root}")
    return None


@pytest.fixture
def corpus() -> Path:
    root = corpus_dir()
    if root is None:
        pytest.skip("corpus not found (set LAMINA_CORPUS or check out ../shared/corpus)")
    return root


def _admin_connection() -> psycopg.Connection:
    server = postgres_server_url()
    try:
        return psycopg.connect(server, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        if is_ci():
            pytest.fail(f"PostgreSQL unreachable at {server}: {error}")
        pytest.skip(f"PostgreSQL unreachable at {server}")


@pytest.fixture
def postgres_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a uniquely named, empty PostgreSQL database, dropped after the test."""
    slug = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:30].strip("_")
    name = f"lamina_test_{slug}_{uuid.uuid4().hex[:8]}"
    with _admin_connection() as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield url_with_database(postgres_server_url(), name)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """`file:` URL of a SQLite database file in tmp_path (created empty)."""
    path = tmp_path / "dev.db"
    path.touch()
    return f"file:{path}"


ORACLE_DIR = Path(os.environ.get("LAMINA_ORACLE") or REPO.parent / "shared" / "oracle")


@pytest.fixture(scope="session")
def oracle_dir() -> Path:
    """../shared/oracle, set up once per session (its setup.sh is idempotent, ~1 s once installed).

    Skips where Node or the oracle is missing; with CI=true that is a failure."""
    import shutil
    import subprocess

    if shutil.which("node") is None or not (ORACLE_DIR / "setup.sh").is_file():
        if is_ci():
            pytest.fail(f"Node or the oracle is missing ({ORACLE_DIR})")
        pytest.skip(f"Node or the oracle is missing ({ORACLE_DIR})")
    result = subprocess.run(["bash", str(ORACLE_DIR / "setup.sh")], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.fail(f"the oracle's setup failed:\n{result.stdout}\n{result.stderr}")
    return ORACLE_DIR


# --- MySQL / MariaDB ---------------------------------------------------------------------------

DEFAULT_MYSQL_URL = "mysql://root@127.0.0.1:3306/"


def mysql_server_url() -> str:
    return os.environ.get("TEST_MYSQL_URL", DEFAULT_MYSQL_URL)


def _mysql_admin():
    """A PyMySQL connection to the test server (no database selected); skips when unreachable
    (fails with CI=true)."""
    import pymysql

    parts = urlsplit(mysql_server_url())
    try:
        return pymysql.connect(host=parts.hostname or "127.0.0.1", port=parts.port or 3306,
                               user=parts.username or "root", password=parts.password or "",
                               autocommit=True, connect_timeout=5)
    except pymysql.err.MySQLError as error:
        if is_ci():
            pytest.fail(f"MySQL unreachable at {parts.hostname}:{parts.port}: {error}")
        pytest.skip(f"MySQL unreachable at {parts.hostname}:{parts.port}")


@pytest.fixture
def mysql_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a uniquely named, empty MySQL/MariaDB database, dropped after the test."""
    slug = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:30].strip("_")
    name = f"lamina_test_{slug}_{uuid.uuid4().hex[:8]}"
    admin = _mysql_admin()
    try:
        with admin.cursor() as cursor:
            cursor.execute(f"CREATE DATABASE `{name}`")
        try:
            yield url_with_database(mysql_server_url(), name)
        finally:
            with admin.cursor() as cursor:
                cursor.execute(f"DROP DATABASE IF EXISTS `{name}`")
    finally:
        admin.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """A corpus sweep runs a sample with the other tests; the rest (`sweep`) only when asked for with
    LAMINA_FULL_CORPUS=1 (bench/corpus_sweeps.py), so that the suite fits CI's time."""
    if os.environ.get("LAMINA_FULL_CORPUS") == "1":
        return
    skip = pytest.mark.skip(reason="the rest of a corpus sweep: LAMINA_FULL_CORPUS=1 (bench/corpus_sweeps.py)")
    for item in items:
        if item.get_closest_marker("sweep") is not None:
            item.add_marker(skip)
