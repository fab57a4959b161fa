"""String literals in lamina's PostgreSQL and SQLite SQL: whatever a schema's string defaults and
enum values hold, they are stored as written and never run as SQL, and the database describes back
to the schema (apply, then re-diff empty). Both write `'…'` with `'` doubled, in which a backslash
is a plain character: in PostgreSQL only while standard_conforming_strings is on, which lamina's
sessions make sure of (a database or role may turn it off). tests/mysql/test_string_literals.py
holds the MySQL side."""

from __future__ import annotations

import psycopg
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lamina.engine.urls import parse_database_url
from tests.dialects.string_defaults import check_round_trip

# Characters that mean something to a lexer or to a script, then any other. No NUL: PostgreSQL
# text cannot hold it, and Python's sqlite3 takes no SQL containing it.
SPECIAL = "\\'\"`\n\r\t\x1a%_;-#/*$ "
VALUES = st.text(st.one_of(st.sampled_from(SPECIAL), st.characters(exclude_categories=("Cs",),
                                                                    exclude_characters="\0")), max_size=24)
ENUM_VALUES = VALUES.filter(lambda v: 0 < len(v.encode()) <= 63 and v != "b")  # PostgreSQL's label limit
ATTACKS = ["\\", "back\\slash", "\\'", "'); DROP TABLE \"Canary\"; --", "x\\', 'y", "$$", "E'\\x41'"]


@pytest.fixture
def pg_without_standard_strings(postgres_url: str) -> str:
    """A database whose sessions start with standard_conforming_strings off, where `'\\'` is an
    unterminated literal."""
    name = parse_database_url(postgres_url).database
    with psycopg.connect(postgres_url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" SET standard_conforming_strings = off')
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SHOW standard_conforming_strings").fetchone() == ("off",)
    return postgres_url


SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(defaults=st.lists(VALUES, min_size=1, max_size=6), enum_value=ENUM_VALUES)
@example(defaults=ATTACKS, enum_value="\\")
def test_postgres_string_defaults_never_run_as_sql(pg_without_standard_strings, defaults, enum_value) -> None:
    check_round_trip(pg_without_standard_strings, "postgresql", defaults, enum_value)


@SETTINGS
@given(defaults=st.lists(VALUES, min_size=1, max_size=6), enum_value=ENUM_VALUES)
@example(defaults=ATTACKS, enum_value="\\")
def test_sqlite_string_defaults_never_run_as_sql(sqlite_url, defaults, enum_value) -> None:
    check_round_trip(sqlite_url, "sqlite", defaults, enum_value)
