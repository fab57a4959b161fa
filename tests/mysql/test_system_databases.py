"""MySQL's system databases (mysql, information_schema, performance_schema, sys) are refused with
P3004 by every command that connects, as Prisma's engine refuses them: `migrate reset` would
otherwise DROP DATABASE `mysql`. (The reset case targets information_schema, which the server
cannot drop either, so the test is harmless should the refusal ever break.)"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.cli.helpers import lamina, write_schema
from tests.conftest import mysql_server_url, url_with_database

MODELS = "model User {\n  id Int @id\n}\n"


def _p3004(name: str) -> str:
    return (f"Error: P3004\n\nThe `{name}` database is a system database, it should not be altered with lamina "
            "migrate. Please connect to another database.\n"
            "Hint: Put the name of your application's database at the end of the URL.\n")


@pytest.mark.parametrize(("database", "argv"), [
    ("information_schema", ["migrate", "reset", "--force", "--skip-seed"]),
    ("INFORMATION_SCHEMA", ["db", "push", "--force-reset"]),
    ("sys", ["migrate", "status"]),
    ("performance_schema", ["migrate", "deploy"]),
    ("mysql", ["db", "pull", "--print"]),
], ids=["reset", "push-reset", "status", "deploy", "pull"])
def test_system_databases_are_refused(database: str, argv: list[str], tmp_path: Path, mysql_url: str) -> None:
    url = url_with_database(mysql_server_url(), database)
    assert urlsplit(mysql_url).hostname  # the server is reachable (the fixture skips otherwise)
    write_schema(tmp_path, "mysql", url, MODELS)
    (tmp_path / "prisma" / "migrations").mkdir()
    (tmp_path / "prisma" / "migrations" / "migration_lock.toml").write_text('provider = "mysql"\n')

    result = lamina(tmp_path, *argv)

    assert result.code == 1, result.text
    assert result.err.endswith(_p3004(database)), result.err
