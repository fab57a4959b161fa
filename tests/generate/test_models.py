"""The generated models of the feature schemas (tests/generate/schemas/<provider>.prisma): they import
with SQLAlchemy's warnings as errors, `Base.metadata.create_all()` builds exactly the database lamina
migrates to (`migrate diff --from-url … --to-schema-datamodel … --exit-code` finds nothing), and an
object of every class is written and read back through a relationship."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlalchemy as sa

from lamina.psl import check_schema, read_schema_files
from lamina.schema.calculate import calculate_sql_schema
from tests.generate.conftest import SCHEMAS, migrate_diff, write_module
from tests.generate.metadata import metadata_differences
from tests.generate.roundtrip import create_all, import_module, round_trip

PROVIDERS = ["postgresql", "sqlite", "mysql"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_create_all_builds_the_migrated_database(provider: str, database_url: str, tmp_path: Path) -> None:
    schema = SCHEMAS / f"{provider}.prisma"
    module = import_module(write_module(schema, tmp_path, f"features_{provider}"))
    create_all(module, database_url)
    result = migrate_diff(database_url, schema, tmp_path)
    assert (result.code, result.out) == (0, "No difference detected.\n\n\n"), result.text


@pytest.mark.parametrize("schema", sorted(p.name for p in SCHEMAS.glob("*.prisma")))
def test_metadata_is_the_calculated_schema(schema: str, tmp_path: Path) -> None:
    module = import_module(write_module(SCHEMAS / schema, tmp_path, f"features_{schema[:-7]}"))
    validated, _ = check_schema(read_schema_files(SCHEMAS / schema))
    assert metadata_differences(module.Base.metadata, calculate_sql_schema(validated)) == []


@pytest.mark.parametrize("provider", PROVIDERS)
def test_every_class_round_trips(provider: str, database_url: str, tmp_path: Path) -> None:
    module = import_module(write_module(SCHEMAS / f"{provider}.prisma", tmp_path, f"features_{provider}"))
    create_all(module, database_url)
    result = round_trip(module, database_url)
    assert not result.failures, "\n".join(result.failures)
    classes = {m.class_.__name__ for m in module.Base.registry.mappers}
    assert {checked.split(".")[0] for checked in result.checked} == classes
    related = {m.class_.__name__ for m in module.Base.registry.mappers if m.relationships}
    assert {c.split(".")[0] for c in result.checked if "." in c} == related  # each through a relationship


@pytest.mark.parametrize("provider", ["postgresql"])
def test_the_diff_notices_a_model_that_differs(provider: str, database_url: str, tmp_path: Path) -> None:
    """The acceptance check is not vacuous: one index left out of the metadata is reported."""
    schema = SCHEMAS / "postgresql.prisma"
    module = import_module(write_module(schema, tmp_path, "features_changed"))
    table = module.Base.metadata.tables["Post"]
    table.indexes.remove(next(ix for ix in table.indexes if ix.name == "Post_title_idx"))
    create_all(module, database_url)
    result = migrate_diff(database_url, schema, tmp_path)
    assert result.code == 2, result.text
    assert "Post_title_idx" in result.out or "Added index on columns (title)" in result.out, result.out


def test_names_python_would_refuse_are_renamed(tmp_path: Path) -> None:
    """Keywords, declarative names and names the class's annotations use get a trailing `_`;
    database names stay as they are."""
    module = import_module(write_module(SCHEMAS / "sqlite.prisma", tmp_path, "features_names"))
    assert module.Role.class_.value == "class" and module.Role.ADMIN.value == "admin"
    user = module.User.__mapper__
    assert user.attrs["metadata_"].columns[0].name == "metadata"  # `metadata` is the declarative registry's
    assert user.relationships["Base"].mapper.class_ is module.Base_  # the field keeps its name
    assert module.Base_.__tablename__ == "Base"  # the model `Base`: the declarative base keeps its name
    assert module.Post.__mapper__.relationships["User_"].mapper.class_ is module.User


def test_client_side_defaults_have_prisma_formats(tmp_path: Path) -> None:
    module = import_module(write_module(SCHEMAS / "postgresql.prisma", tmp_path, "features_ids"))
    assert re.fullmatch(r"c[0-9a-z]{24}", module._cuid())
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{26}", module._ulid())
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", module._uuid4())
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", module._uuid7())
    assert re.fullmatch(r"[A-Za-z0-9_-]{10}", module.User.__table__.c.nano.default.arg(None))
    assert module._cuid() != module._cuid()
    lite = import_module(write_module(SCHEMAS / "sqlite.prisma", tmp_path, "features_ids_lite"))
    assert re.fullmatch(r"[a-z][0-9a-z]{23}", lite._cuid2())
    assert re.fullmatch(r"[A-Za-z0-9_-]{21}", lite._nanoid())


def test_updated_at_is_set_on_insert_and_update(tmp_path: Path, sqlite_url: str) -> None:
    module = import_module(write_module(SCHEMAS / "sqlite.prisma", tmp_path, "features_updated"))
    create_all(module, sqlite_url)
    engine = sa.create_engine("sqlite:///" + sqlite_url.removeprefix("file:"))
    with sa.orm.Session(engine) as session:
        user = module.User(email="a@example.com", role=module.Role.ADMIN, metadata_={"a": 1})
        session.add(user)
        session.commit()
        first = user.updatedAt
        assert first is not None and first.microsecond % 1000 == 0
        user.email = "b@example.com"
        session.commit()
        assert user.updatedAt >= first
        row = session.execute(sa.text("SELECT role, metadata FROM users")).one()
        assert tuple(row) == ("admin", '{"a": 1}')  # the enum's database name, JSON text
    engine.dispose()


def test_models_in_several_schemas(postgres_url: str, tmp_path: Path) -> None:
    """multiSchema: the schemas are created before the tables, tables and enums land in theirs.
    (`migrate diff --from-url` reads the connection's schema only, so the database is described
    with both schemas here.)"""
    from lamina.dialects import DIALECTS
    from lamina.diffing.differ import diff_schemas
    from lamina.engine.connection import connect
    from lamina.engine.describe import describe_database
    from lamina.engine.urls import parse_database_url
    schema = SCHEMAS / "multischema.prisma"
    module = import_module(write_module(schema, tmp_path, "features_multischema"))
    assert module.Account.__table__.schema == "auth" and module.User.__table__.schema is None
    create_all(module, postgres_url)
    validated, _ = check_schema(read_schema_files(schema))
    with connect(parse_database_url(postgres_url)) as conn:
        described = describe_database(conn, ("public", "auth"))
    steps = diff_schemas(described, calculate_sql_schema(validated), DIALECTS["postgresql"])
    assert steps == [], steps
    assert round_trip(module, postgres_url).failures == []
