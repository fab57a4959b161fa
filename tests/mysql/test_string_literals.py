"""String literals in lamina's MySQL SQL, on MariaDB: whatever a schema's string defaults and enum
values hold, they are stored as written and never run as SQL, and the database describes back to the
schema (apply, then re-diff empty). lamina escapes `\\` as well as `'` (Prisma escapes `'` only, so
`@default("\\\\")` ends its literal early: dialects/mysql/literals.py)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lamina.dialects import DIALECTS
from lamina.dialects.mysql.literals import quoted_values, string_literal, unescape
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.engine.connection import MYSQL_SESSION, connect
from lamina.engine.describe import describe_database
from lamina.engine.urls import parse_database_url
from tests.dialects.string_defaults import calculated, check_round_trip, schema_source

# Characters that mean something to MySQL's lexer or to a script, then any other.
SPECIAL = "\\'\"`\0\n\r\t\x1a%_;-#/* "
VALUES = st.text(st.one_of(st.sampled_from(SPECIAL), st.characters(exclude_categories=("Cs",))), max_size=24)
# MySQL strips trailing spaces from ENUM values and refuses an empty or duplicate (by collation) one.
ENUM_VALUES = VALUES.map(lambda v: v.rstrip(" ")).filter(bool)
ATTACKS = ["\\", "back\\slash", "\\'", "', 'x') -- ", "x\\', `T`.`id` = 1, '", "\\0\\n", "%\\_"]


@pytest.mark.parametrize("value", ATTACKS + ["it's", "", "a\nb\r\n", "\x00", "\U0001f600"])
def test_literal_reads_back_as_written(value: str) -> None:
    assert quoted_values(f"enum({string_literal(value)},'b')") == (value, "b")
    assert unescape(string_literal(value)[1:-1]) == value


def test_only_quotes_and_backslashes_are_escaped() -> None:
    # Prisma's text for every value without a backslash or NUL.
    assert string_literal("it's\n; -- \"x\"") == "'it''s\n; -- \"x\"'"
    assert string_literal("back\\slash") == "'back\\\\slash'"
    assert string_literal("\\") == "'\\\\'"
    assert string_literal("\0") == "'\\0'"


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(defaults=st.lists(VALUES, min_size=1, max_size=6), enum_value=ENUM_VALUES)
@example(defaults=ATTACKS, enum_value="\\")
@example(defaults=["\\", "x"], enum_value="it's\\")
def test_string_defaults_never_run_as_sql_and_read_back_as_written(mysql_url, defaults, enum_value) -> None:
    if enum_value.casefold() == "b":
        enum_value += "!"  # ENUM values must differ under the collation
    check_round_trip(mysql_url, "mysql", defaults, enum_value)


def test_lamina_sessions_read_backslashes_as_escapes(mysql_url: str) -> None:
    """Where the server's sql_mode has NO_BACKSLASH_ESCAPES (the test cannot change the shared
    server's global mode), the statement each lamina session starts with turns it off, and only it."""
    with connect(parse_database_url(mysql_url)) as conn:
        conn.execute("SET SESSION sql_mode = 'NO_BACKSLASH_ESCAPES,ANSI_QUOTES,STRICT_TRANS_TABLES'")
        assert conn.query("SELECT 'a\\\\b'") == [("a\\\\b",)]
        conn.execute(MYSQL_SESSION)
        assert conn.query("SELECT @@SESSION.sql_mode") == [("ANSI_QUOTES,STRICT_TRANS_TABLES",)]
        after = calculated(schema_source("mysql", ["back\\slash"], "\\"))
        dialect = DIALECTS["mysql"]
        conn.execute("SET SESSION sql_mode = REPLACE(@@SESSION.sql_mode, 'ANSI_QUOTES', '')")
        conn.execute_script(render_script(diff_schemas(describe_database(conn), after, dialect), dialect))
        conn.execute("INSERT INTO `T` (`id`) VALUES (1)")
        assert conn.query("SELECT `v0`, `e` FROM `T`") == [("back\\slash", "\\")]
