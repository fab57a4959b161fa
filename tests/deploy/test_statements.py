"""Execution plans of PostgreSQL migration scripts, read with pglast (pure, no database)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lamina.engine import statements
from lamina.engine.statements import plan_postgres_script


def pieces(script: str) -> list[tuple[bool, str, str | None]]:
    plan = plan_postgres_script(script)
    return [(step.in_transaction, script[step.start : step.end].strip(), step.reason) for step in plan.steps]


def test_plain_script_is_one_transaction() -> None:
    script = 'CREATE TABLE "A" ("id" INTEGER);\nCREATE INDEX "A_id" ON "A"("id");\n'
    plan = plan_postgres_script(script)
    assert plan.mode == "transaction"
    assert pieces(script) == [(True, script.strip(), None)]
    assert plan.describe() is None


def test_dollar_quoted_bodies_and_quoted_semicolons_stay_whole() -> None:
    script = (
        "DO $$ BEGIN\n  CREATE TYPE \"Mood\" AS ENUM ('a;b');\nEXCEPTION WHEN duplicate_object THEN null;\nEND $$;\n"
        "CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN NEW.x := ';'; COMMIT; RETURN NEW; END $body$ LANGUAGE plpgsql;\n"
        "INSERT INTO \"T\" VALUES ('x;y', E'\\';');\n"
        "CREATE INDEX CONCURRENTLY \"i\" ON \"T\"(\"a\");\n"
    )
    plan = plan_postgres_script(script)
    assert plan.mode == "steps"
    [(grouped, text, _), alone] = pieces(script)
    assert grouped and text.startswith("DO $$") and text.endswith("E'\\';')")
    assert alone == (False, 'CREATE INDEX CONCURRENTLY "i" ON "T"("a")', "CREATE INDEX CONCURRENTLY")


def test_statements_that_cannot_run_in_a_transaction_block() -> None:
    cases = {
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS "i" ON "T"("a")': "CREATE INDEX CONCURRENTLY",
        'DROP INDEX CONCURRENTLY IF EXISTS "i"': "DROP INDEX CONCURRENTLY",
        'REINDEX INDEX CONCURRENTLY "i"': "REINDEX CONCURRENTLY",
        'VACUUM ANALYZE "T"': "VACUUM",
        'CREATE DATABASE "other"': "CREATE DATABASE",
        "ALTER SYSTEM SET work_mem = '8MB'": "ALTER SYSTEM",
        'ALTER TABLE "p" DETACH PARTITION "c" CONCURRENTLY': "DETACH PARTITION CONCURRENTLY",
    }
    for statement, reason in cases.items():
        script = f'CREATE TABLE "A" ("id" INTEGER);\n{statement};\nCREATE TABLE "B" ("id" INTEGER);\n'
        assert [p[2] for p in pieces(script)] == [None, reason, None], statement
        assert [p[0] for p in pieces(script)] == [True, False, True]


def test_analyze_reindex_table_and_plain_drop_index_stay_in_the_transaction() -> None:
    script = 'ANALYZE "T";\nREINDEX TABLE "T";\nDROP INDEX "i";\nCREATE INDEX "j" ON "T"("a");\n'
    assert plan_postgres_script(script).mode == "transaction"


def test_enum_value_runs_alone_only_when_used_later_in_the_file() -> None:
    used = (
        "ALTER TYPE \"Role\" ADD VALUE 'OWNER';\n"
        "UPDATE \"User\" SET \"role\" = 'OWNER' WHERE \"admin\";\n"
    )
    [alone, rest] = pieces(used)
    assert alone == (False, "ALTER TYPE \"Role\" ADD VALUE 'OWNER'", "ALTER TYPE … ADD VALUE 'OWNER' (used later in the file)")
    assert rest[0] and rest[1].startswith("UPDATE")
    unused = "ALTER TYPE \"Role\" ADD VALUE 'OWNER';\nALTER TYPE \"Role\" ADD VALUE 'GUEST';\n"
    assert plan_postgres_script(unused).mode == "transaction"
    renamed = "ALTER TYPE \"Role\" RENAME VALUE 'A' TO 'B';\nUPDATE \"User\" SET \"role\" = 'B';\n"
    assert plan_postgres_script(renamed).mode == "transaction"


def test_a_file_with_its_own_transaction_runs_as_written() -> None:
    script = "BEGIN;\nALTER TYPE \"S\" ADD VALUE 'x';\nCOMMIT;\nUPDATE \"T\" SET \"s\" = 'x';\n"
    plan = plan_postgres_script(script)
    assert plan.mode == "as_written"
    assert [p[:2] for p in pieces(script)] == [
        (False, "BEGIN"), (False, "ALTER TYPE \"S\" ADD VALUE 'x'"), (False, "COMMIT"),
        (False, "UPDATE \"T\" SET \"s\" = 'x'"),
    ]
    assert "own BEGIN/COMMIT" in plan.describe()


def test_unparsable_script_is_left_to_the_server_in_one_transaction() -> None:
    script = "CREATE TABLE (;\nCREATE INDEX CONCURRENTLY i ON t(a);\n"
    assert plan_postgres_script(script).mode == "transaction"


def test_offsets_are_characters_of_the_script() -> None:
    script = "-- é ü\nCREATE TABLE \"é\" (\"ü\" TEXT);\nCREATE INDEX CONCURRENTLY \"ï\" ON \"é\"(\"ü\");\n"
    plan = plan_postgres_script(script)
    last = plan.steps[-1]
    assert script[last.start : last.end] == "CREATE INDEX CONCURRENTLY \"ï\" ON \"é\"(\"ü\")"
    assert plan.describe() == (
        "runs in 2 steps: CREATE INDEX CONCURRENTLY outside a transaction, the other statements in 1 transaction"
    )


def test_the_unparsed_fast_path_agrees_with_the_parse_on_real_histories(corpus) -> None:
    """Scripts without any of the gate's words are planned without pglast: on every PostgreSQL
    history of the sample, the plan is the one the full parse gives, and most scripts take the
    fast path."""
    from lamina.engine.statements import _MAY_LEAVE_THE_TRANSACTION, parsed_plan

    scripts = [path.read_text() for name in ("inbox-zero", "umami-postgresql", "documenso")
               for path in sorted((corpus / name / "migrations").glob("*/migration.sql"))]
    assert len(scripts) > 300
    fast = [s for s in scripts if not _MAY_LEAVE_THE_TRANSACTION.search(s)]
    assert len(fast) > len(scripts) / 2
    assert all(plan_postgres_script(s) == parsed_plan(s) for s in scripts)


def whole_parse_plan(script: str):
    """The plan from every statement's node, the whole script parsed at once."""
    import pglast

    from lamina.engine.statements import plan_from_nodes

    spans = [(piece.start, piece.stop) for piece in pglast.split(script, only_slices=True)]
    nodes = [raw.stmt for raw in pglast.parse_sql(script)]
    return plan_from_nodes(script, spans, nodes)


def test_parsing_only_the_gated_statements_gives_the_whole_parse_plan(corpus) -> None:
    """parsed_plan parses only the statements holding one of the gate's words: on real histories
    (trigger-dev's 820 migrations among them) its plan is the one every statement's node gives."""
    from lamina.engine.statements import _MAY_LEAVE_THE_TRANSACTION, parsed_plan

    scripts = [path.read_text() for name in ("trigger-dev", "inbox-zero", "documenso")
               for path in sorted((corpus / name / "migrations").glob("*/migration.sql"))]
    gated = [s for s in scripts if _MAY_LEAVE_THE_TRANSACTION.search(s)]
    assert len(gated) > 250
    assert sum(parsed_plan(s).mode != "transaction" for s in gated) > 50  # steps and as-written plans among them
    assert all(parsed_plan(s) == whole_parse_plan(s) for s in gated)


def test_the_gate_sends_every_kind_of_statement_that_leaves_the_transaction_to_the_parse() -> None:
    from lamina.engine.statements import _MAY_LEAVE_THE_TRANSACTION

    for statement in ('CREATE INDEX CONCURRENTLY "i" ON "T"("a")', 'drop index concurrently "i"',
                      'REINDEX DATABASE "d"', "VACUUM", 'CREATE DATABASE "x"', 'DROP DATABASE "x"',
                      "CREATE TABLESPACE t LOCATION '/x'", "ALTER SYSTEM SET work_mem = '1MB'",
                      "CREATE SUBSCRIPTION s CONNECTION '' PUBLICATION p", "ALTER TYPE \"E\" ADD VALUE 'x'",
                      "BEGIN", "START TRANSACTION", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT s",
                      "RELEASE s", "PREPARE TRANSACTION 'x'"):
        assert _MAY_LEAVE_THE_TRANSACTION.search(statement), statement


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["value", "VALUE", "Begin", "end", "concurrently", "é", "ß", "ſ", "K", "_", "1",
                                 "x", " ", "\n", ";", '"', "ü"]), max_size=12).map("".join))
def test_the_ascii_gate_finds_every_word_the_unicode_one_would(text: str) -> None:
    unicode_gate = re.compile(statements._MAY_LEAVE_THE_TRANSACTION.pattern, re.IGNORECASE)
    if unicode_gate.search(text):
        assert statements._MAY_LEAVE_THE_TRANSACTION.search(text)
