"""Table and column comments (COMMENT ON TABLE/COLUMN) are described on PostgreSQL, and they never
cause drift: Prisma ignores them when diffing, and its `db pull` only notes them.

The database is built from the schema by lamina's own `migrate diff --from-empty --script`, then
commented by hand; the oracle (the real Prisma engine) judges the same database."""

from __future__ import annotations

import psycopg
import pytest

from lamina.dialects.postgres.describe import describe_postgres
from tests.cli.helpers import lamina
from tests.introspect.test_pull_corpus import _oracle_pull
from tests.introspect.test_pull_goldens import pull_print
from tests.live.test_corpus_diff import oracle_diff

MODELS = """
enum Role {
  ADMIN
  MEMBER
}

model Org {
  id      String   @id
  name    String   @db.VarChar(80)
  members Member[]
}

model Member {
  id    Int    @id @default(autoincrement())
  orgId String
  role  Role   @default(MEMBER)
  org   Org    @relation(fields: [orgId], references: [id], onDelete: Cascade)

  @@index([orgId])
}
"""

COMMENTS = """
COMMENT ON TABLE "Org" IS 'Organisations, one per customer';
COMMENT ON COLUMN "Org"."name" IS 'Shown in the header; it''s never empty';
COMMENT ON COLUMN "Member"."role" IS E'Two lines:\\nadmin or member';
COMMENT ON TYPE "Role" IS 'who may do what';
COMMENT ON INDEX "Member_orgId_idx" IS 'lookups by org';
COMMENT ON CONSTRAINT "Member_orgId_fkey" ON "Member" IS 'members go with their org';
"""


def schema_file(tmp_path, url: str):
    schema = tmp_path / "schema.prisma"
    schema.write_text(f'datasource db {{\n  provider = "postgresql"\n  url      = "{url}"\n}}\n' + MODELS,
                      encoding="utf-8")
    return schema


def commented_database(tmp_path, url: str):
    schema = schema_file(tmp_path, url)
    project = tmp_path / "build"
    project.mkdir()
    created = lamina(project, "migrate", "diff", "--from-empty", "--to-schema-datamodel", str(schema), "--script")
    assert created.code == 0, created.text
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(created.out)
        conn.execute(COMMENTS)
    return schema


def test_comments_are_described_and_never_compared(postgres_url: str, tmp_path) -> None:
    commented_database(tmp_path, postgres_url)
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        described = describe_postgres(conn)
        conn.execute('COMMENT ON TABLE "Org" IS NULL; COMMENT ON COLUMN "Org"."name" IS NULL; '
                     'COMMENT ON COLUMN "Member"."role" IS NULL; COMMENT ON TYPE "Role" IS NULL')
        uncommented = describe_postgres(conn)
    org = next(t for t in described.tables if t.name == "Org")
    member = next(t for t in described.tables if t.name == "Member")
    assert org.comment == "Organisations, one per customer"
    assert [(c.name, c.comment) for c in org.columns] == [("id", None), ("name", "Shown in the header; it's never empty")]
    assert member.comment is None
    assert member.column("role").comment == "Two lines:\nadmin or member"
    assert [(e.name, e.comment) for e in described.enums] == [("Role", "who may do what")]
    assert all(e.comment is None for e in uncommented.enums)
    assert all(t.comment is None and all(c.comment is None for c in t.columns) for t in uncommented.tables)
    assert described == uncommented


@pytest.mark.oracle
def test_commented_database_diffs_to_empty_like_prisma(postgres_url: str, tmp_path, oracle_dir) -> None:
    schema = commented_database(tmp_path, postgres_url)
    expected = oracle_diff(oracle_dir, postgres_url, schema, tmp_path / "oracle")
    project = tmp_path / "lamina"
    project.mkdir()
    ours = lamina(project, "migrate", "diff", "--from-url", postgres_url, "--to-schema-datamodel", str(schema),
                  "--script", "--exit-code")
    assert ours.code == 0, ours.text
    assert ours.out == expected
    assert ours.out.startswith("-- This is an empty migration.\n")


@pytest.mark.oracle
def test_commented_database_pulls_like_prisma(postgres_url: str, tmp_path, oracle_dir) -> None:
    commented_database(tmp_path, postgres_url)
    expected, expected_warnings = _oracle_pull(oracle_dir, "postgresql", postgres_url, tmp_path / "oracle")
    project = tmp_path / "lamina"
    project.mkdir()
    result = pull_print(project, "postgresql", postgres_url)
    assert result.code == 0, result.err
    assert result.out == expected
    assert result.err.strip("\n") == expected_warnings
    assert "These objects have comments defined in the database" in expected_warnings
