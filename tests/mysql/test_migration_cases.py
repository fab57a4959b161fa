"""tests/migrations/<case>/mysql.sql on MariaDB: the `before` schema applied to a fresh database
and described, diffed against `after`, renders exactly the golden (written by
scripts/regen_mysql_goldens.py, following the sections named in mysql.source.txt); the golden then
applies, and the database re-diffs to nothing against `after`."""

from __future__ import annotations

import difflib

import pytest

from tests.mysql.cases import CASES, calculate, describe, migration_script, run, script

# Prisma's SQL for these does not run on MariaDB; lamina writes the same SQL.
BROKEN_ON_MARIADB = {
    "defaults_of_every_kind": "Prisma writes DateTime defaults in RFC 3339 with an offset "
                              "('2024-01-02T03:04:05+00:00'): MySQL >= 8.0.19 takes it, MariaDB refuses it (1067)",
}
PARAMS = sorted(case.name for case in CASES.iterdir() if (case / "mysql.sql").exists())


@pytest.mark.parametrize("case", PARAMS)
def test_mysql_migration_case(case: str, mysql_url: str) -> None:
    directory = CASES / case
    expected = (directory / "mysql.sql").read_text()
    assert (directory / "mysql.source.txt").read_text().strip(), "each golden names what it follows"
    actual = migration_script(directory, mysql_url)
    if actual != expected:
        diff = difflib.unified_diff(expected.splitlines(), actual.splitlines(), "golden", "lamina", lineterm="")
        pytest.fail("\n".join(diff))
    if case in BROKEN_ON_MARIADB and is_mariadb(mysql_url):
        pytest.xfail(BROKEN_ON_MARIADB[case])
    run(mysql_url, expected)
    after, _ = calculate(directory, "after")
    assert script(describe(mysql_url), after) == "-- This is an empty migration."


def is_mariadb(url: str) -> bool:
    from lamina.engine.connection import connect
    from lamina.engine.urls import parse_database_url

    with connect(parse_database_url(url)) as conn:
        return "mariadb" in str(conn.query("SELECT VERSION()")[0][0]).lower()

