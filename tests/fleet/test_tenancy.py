"""What a history may contain to be applied schema by schema (no database), and the tenant lock keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from lamina.fleet.lock import tenant_lock_key
from lamina.fleet.targets import read_targets_file
from lamina.fleet.tenancy import HistoryNotTenantSafe, check_tenant_history
from lamina.migrations.directory import LocalMigration


@pytest.mark.parametrize(("script", "reason"), [
    ('CREATE TABLE "User" ("id" SERIAL PRIMARY KEY);', None),
    ('CREATE TYPE "Role" AS ENUM (\'a\', \'b\'); ALTER TABLE "User" ADD COLUMN "role" "Role";', None),
    ('ALTER TABLE "Post" ADD CONSTRAINT "f" FOREIGN KEY ("a") REFERENCES "User"("id");', None),
    ('UPDATE "User" SET "name" = "User"."email"; CREATE INDEX "i" ON "T" USING gin ("c" gin_trgm_ops);', None),
    ('CREATE TABLE "T" ("id" pg_catalog.int4, "at" TIMESTAMP(3) DEFAULT now());', None),
    ('CREATE TABLE "public"."User" ("id" INTEGER);', "names the schema `public`"),
    ('CREATE TYPE "billing"."Plan" AS ENUM (\'free\');', "names the schema `billing`"),
    ('ALTER TABLE "T" ADD COLUMN "c" "shared"."Money";', "names the schema `shared`"),
    ('SELECT public.gen_random_uuid();', "names the schema `public`"),
    ('DROP TYPE "audit"."Kind";', "names the schema `audit`"),
    ('UPDATE "T" SET "a" = "other"."T"."b";', "names the schema `other`"),
    ('CREATE SCHEMA IF NOT EXISTS "events";', "creates the schema `events`"),
    ('CREATE EXTENSION IF NOT EXISTS "pgcrypto";', "creates the extension `pgcrypto`, which belongs to the whole database"),
    ('ALTER EXTENSION "vector" UPDATE;', "changes the extension `vector`, which belongs to the whole database"),
    ('DROP EXTENSION "citext";', "drops an extension, which belongs to the whole database"),
    ('SET search_path TO "other";', "sets the search_path"),
], ids=["table", "enum", "foreign-key", "column-refs-and-opclass", "pg-catalog-type", "qualified-table",
        "qualified-enum", "qualified-type", "qualified-function", "qualified-drop", "three-part-column",
        "create-schema", "create-extension", "alter-extension", "drop-extension", "search-path"])
def test_what_a_tenant_history_may_contain(script: str, reason: str | None) -> None:
    local = [LocalMigration("20240101000000_a", Path("a"), 'CREATE TABLE "A" ("id" INTEGER);'),
             LocalMigration("20240102000000_b", Path("b"), script)]
    if reason is None:
        check_tenant_history(local)
        return
    with pytest.raises(HistoryNotTenantSafe) as raised:
        check_tenant_history(local)
    assert raised.value.migration_name == "20240102000000_b"
    assert raised.value.reason == reason


def test_tenant_lock_keys_are_stable() -> None:
    """The keys are part of the contract between lamina versions deploying the same fleet."""
    assert tenant_lock_key("tenant_01") == (72707369, -531930548)
    assert tenant_lock_key("acme") == (72707369, 96778814)
    assert tenant_lock_key("é") == (72707369, 235179326)


def test_a_targets_file_keeps_urls_and_their_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "targets.txt"
    path.write_text("# fleet\n\npostgresql://a@h/db1\n   # indented comment\n  postgresql://a@h/db2  \n")
    assert read_targets_file(path) == [("line 3", "postgresql://a@h/db1"), ("line 5", "postgresql://a@h/db2")]
