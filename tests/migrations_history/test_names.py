import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from lamina.migrations.names import migration_directory_name, slugify_migration_name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("addUserTable", "add_user_table"),
        ("init", "init"),
        ("Add users", "add_users"),
        ("Füße & Ärger", "fuesse_and_aerger"),
        ("über", "ueber"),
        ("crème brûlée", "creme_brulee"),
        ("salt & pepper", "salt_and_pepper"),
        ("hello---world!!", "hello_world"),
        ("  __leading and trailing__  ", "leading_and_trailing"),
        ("a...b,,,c", "a_b_c"),
        ("XMLHttpRequest", "xml_http_request"),
        ("APIs", "apis"),
        ("add2FA", "add2_fa"),
        ("don't stop", "dont_stop"),
        ("snake_case_already", "snake_case_already"),
        ("", ""),
        ("!!!", ""),
    ],
    ids=lambda value: value if isinstance(value, str) and value.strip() else repr(value),
)
def test_slugify(name: str, expected: str) -> None:
    assert slugify_migration_name(name) == expected


def test_slug_is_cut_to_200_characters() -> None:
    assert slugify_migration_name("a" * 250) == "a" * 200
    assert len(slugify_migration_name("word " * 80)) == 200


def test_directory_name_is_utc_timestamp_and_name() -> None:
    moment = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert migration_directory_name(moment, "init") == "20240102030405_init"


def test_directory_name_without_name_is_only_the_timestamp() -> None:
    moment = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert migration_directory_name(moment, "") == "20240102030405"


def test_directory_name_converts_to_utc() -> None:
    moment = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=2)))
    assert migration_directory_name(moment, "x") == "20240102010405_x"


GOLDENS = Path(__file__).parent / "goldens" / "slugs.json"


@pytest.mark.parametrize(("name", "expected"), json.loads(GOLDENS.read_text()), ids=lambda v: repr(v)[:40])
def test_slugify_matches_prisma_cli(name: str, expected: str) -> None:
    """Goldens from the slugify bundled in the Prisma CLI (regenerate_slug_goldens.py)."""
    assert slugify_migration_name(name) == expected
