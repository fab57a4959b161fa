"""`migrate diff` between sources of two providers is refused with one line naming both (exit 1),
before any database is reached: no SQL turns a PostgreSQL schema into a MySQL one. Prisma's engine
diffs them anyway in the `from` side's dialect and exits 0; lamina deliberately refuses."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from tests.cli.helpers import lamina

# Nothing listens on port 9: a side that got as far as connecting would fail differently.
URLS = {"postgresql": "postgresql://postgres@127.0.0.1:9/nowhere", "sqlite": "file:./dev.db",
        "mysql": "mysql://root@127.0.0.1:9/nowhere"}
MODEL = "model A {\n  id Int @id\n}\n"
KINDS = ["schema", "schema-datamodel", "schema-datasource", "migrations", "url", "config-datasource"]


def _project(root: Path) -> None:
    for provider in ("postgresql", "sqlite"):
        (root / f"{provider}.prisma").write_text(
            f'datasource db {{\n  provider = "{provider}"\n  url      = "{URLS[provider]}"\n}}\n\n{MODEL}')
        (root / f"{provider}-migrations").mkdir()
        (root / f"{provider}-migrations" / "migration_lock.toml").write_text(f'provider = "{provider}"\n')


def _side(direction: str, kind: str, provider: str) -> list[str]:
    match kind:
        case "schema" | "schema-datamodel" | "schema-datasource":
            return [f"--{direction}-{kind}", f"{provider}.prisma"]
        case "migrations":
            return [f"--{direction}-{kind}", f"{provider}-migrations"]
        case "url":
            return [f"--{direction}-{kind}", URLS[provider]]
    return [f"--{direction}-{kind}", "--schema", f"{provider}.prisma"]


def _refusal(before: str, before_flag: str, after: str, after_flag: str) -> str:
    return (f"Error: Cannot diff a {before} source ({before_flag}) with a {after} source ({after_flag}): "
            "both sides must use the same database provider.\n")


COMBINATIONS = [(k1, k2) for k1, k2 in itertools.product(KINDS, KINDS)
                if not (k1 == k2 == "config-datasource")]  # one configuration: one provider


@pytest.mark.parametrize(("before_kind", "after_kind"), COMBINATIONS, ids=[f"{a}:{b}" for a, b in COMBINATIONS])
@pytest.mark.parametrize("before", ["postgresql", "sqlite"])
def test_sides_of_two_providers_are_refused(before_kind: str, after_kind: str, before: str, tmp_path: Path) -> None:
    _project(tmp_path)
    after = "sqlite" if before == "postgresql" else "postgresql"

    result = lamina(tmp_path, "migrate", "diff", *_side("from", before_kind, before),
                    *_side("to", after_kind, after), "--script")

    assert result.code == 1, result.text
    assert result.out == ""
    assert result.err == _refusal(before, f"--from-{before_kind}", after, f"--to-{after_kind}")


def test_a_postgresql_url_and_a_mysql_url_are_refused(tmp_path: Path) -> None:
    result = lamina(tmp_path, "migrate", "diff", "--from-url", "postgresql://u:secret@db.example.com/app",
                    "--to-url", "mysql://u:secret@db.example.com/app", "--script")
    assert result.code == 1
    assert result.text == _refusal("postgresql", "--from-url", "mysql", "--to-url")
    assert "secret" not in result.text


def test_a_shadow_database_of_another_provider_is_refused(tmp_path: Path) -> None:
    _project(tmp_path)
    result = lamina(tmp_path, "migrate", "diff", "--from-migrations", "postgresql-migrations", "--to-empty",
                    "--script", "--shadow-database-url", "file:./shadow.db")
    assert result.code == 1
    assert result.err == ("Error: The shadow database is a sqlite database, but the migrations in "
                          "--from-migrations are for postgresql: use a postgresql shadow database.\n")
    assert not (tmp_path / "shadow.db").exists()


@pytest.mark.parametrize("kind", KINDS)
def test_a_side_and_an_empty_side_still_diff(kind: str, tmp_path: Path) -> None:
    """`--*-empty` carries no provider: nothing to compare (sqlite, so that no server is needed)."""
    _project(tmp_path)
    (tmp_path / "dev.db").touch()
    result = lamina(tmp_path, "migrate", "diff", "--from-empty", *_side("to", kind, "sqlite"), "--exit-code")
    assert result.code in (0, 2), result.text
