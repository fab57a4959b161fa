"""The seed that `migrate dev` (on a database it created) and `migrate reset` run can write to the
database: on SQLite the migration lock holds the whole file, so it is let go first, as Prisma's
engine has stopped by the time its CLI runs the seed."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import lamina, write_schema

SEED = ("import sqlite3\nconn = sqlite3.connect('prisma/dev.db', timeout=1)\n"
        "conn.execute('INSERT INTO \"User\" VALUES (7)')\nconn.commit()\nprint('seeded')\n")


@pytest.mark.parametrize("argv", [["migrate", "dev", "--name", "x"], ["migrate", "reset", "--force"]],
                         ids=["migrate-dev", "migrate-reset"])
def test_the_seed_writes_to_the_sqlite_file(argv: list[str], tmp_path: Path) -> None:
    write_schema(tmp_path, "sqlite", "file:./dev.db", "model User {\n  id Int @id\n}\n")
    init = tmp_path / "prisma" / "migrations" / "20240101000000_init"
    init.mkdir(parents=True)
    (init / "migration.sql").write_text('CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY);\n')
    (tmp_path / "prisma" / "migrations" / "migration_lock.toml").write_text('provider = "sqlite"\n')
    (tmp_path / "seed.py").write_text(SEED)
    (tmp_path / "lamina.toml").write_text(f'[migrations]\nseed = "{sys.executable} seed.py"\n')

    result = lamina(tmp_path, *argv)

    assert result.code == 0, result.text
    assert "The seed command has been executed." in result.out
    with sqlite3.connect(tmp_path / "prisma" / "dev.db") as conn:
        assert conn.execute('SELECT id FROM "User"').fetchall() == [(7,)]
