"""The parser: the syntax tree it builds, and that it never raises on any input."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from lamina.psl import SourceFile, check_schema, parse_schema, read_schema_files, validate_schema
from lamina.psl import ast
from lamina.psl.validated import EnvVar

SCHEMA = '''datasource db {
  provider = "postgres"
  url      = env("DATABASE_URL")
}

/// Users of the app
model User {
  id    Int     @id @default(autoincrement())
  email String  @unique @db.VarChar(255) // contact
  name  String? @map("full_name")
  tags  String[]
  posts Post[]

  @@map("users")
}

model Post {
  id       String @id @default(uuid())
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([authorId(sort: Desc)])
}

enum Role {
  ADMIN @map("admin")
  USER
}
'''


def parse(text: str):
    return parse_schema([SourceFile("schema.prisma", text)])


def test_parse_tree():
    schema, diagnostics = parse(SCHEMA)
    assert diagnostics.items == []
    kinds = [type(t).__name__ for t in schema.tops]
    assert kinds == ["ConfigBlock", "Model", "Model", "Enum"]
    user = schema.tops[1]
    assert user.documentation == "Users of the app"
    email = user.fields[1]
    assert [a.name for a in email.attributes] == ["unique", "db.VarChar"]
    assert email.attributes[1].arguments.arguments[0].value == ast.NumericValue("255", email.attributes[1].arguments.arguments[0].value.span)
    assert email.comment is not None and email.comment.text == "// contact"
    assert user.fields[2].type.arity == "optional"
    assert user.fields[3].type.arity == "list"
    assert SCHEMA[email.span.start : email.span.end] == '  email String  @unique @db.VarChar(255) // contact\n'.lstrip()


def test_validated_schema():
    validated, diagnostics = check_schema([SourceFile("schema.prisma", SCHEMA)])
    assert diagnostics.items == []
    assert validated.provider == "postgresql"
    assert validated.datasource.url == EnvVar("DATABASE_URL")
    user = validated.model("User")
    assert user.db_name == "users"
    assert user.primary_key.db_name == "users_pkey"
    assert [i.db_name for i in user.indexes] == ["users_email_key"]
    assert user.field("name").db_name == "full_name"
    assert user.field("email").native_type.args == ("255",)
    post = validated.model("Post")
    assert post.indexes[0].db_name == "Post_authorId_idx"
    assert post.indexes[0].fields[0].sort == "Desc"
    [relation] = validated.inline_relations
    assert (relation.model, relation.referenced_model, relation.fk_name) == ("Post", "User", "Post_authorId_fkey")
    assert (relation.on_delete, relation.on_update) == ("Cascade", "Cascade")
    assert validated.enum("Role").values[0].db_name == "admin"


def test_default_referential_actions_and_many_to_many():
    text = '''datasource db {
  provider = "sqlite"
}

model Tag {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int   @id
  tags     Tag[]
  ownerId  Int?
  owner    Owner? @relation(fields: [ownerId], references: [id])
}

model Owner {
  id    Int    @id
  posts Post[]
}
'''
    validated, diagnostics = check_schema([SourceFile("s.prisma", text)])
    assert diagnostics.items == []
    [m2m] = validated.many_to_many
    assert (m2m.name, m2m.model_a, m2m.model_b, m2m.field_a) == ("PostToTag", "Post", "Tag", "tags")
    [relation] = validated.inline_relations
    assert (relation.on_delete, relation.on_update) == ("SetNull", "Cascade")
    assert validated.model("Post").primary_key.db_name is None  # SQLite PKs are unnamed


def test_long_names_are_truncated():
    table = "T" * 70
    text = f'datasource db {{\n  provider = "postgresql"\n}}\n\nmodel A {{\n  id Int @id\n  a  Int @unique\n\n  @@map("{table}")\n}}\n'
    validated, _ = check_schema([SourceFile("s.prisma", text)])
    model = validated.model("A")
    assert model.primary_key.db_name == "T" * 58 + "_pkey"
    assert model.indexes[0].db_name == "T" * 59 + "_key"


def test_read_schema_files_folder(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "models.prisma").write_text("model A {\n  id Int @id\n}\n")
    (tmp_path / "a.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\n')
    (tmp_path / "notes.txt").write_text("x")
    files = read_schema_files(tmp_path)
    assert [Path(f.path).name for f in files] == ["a.prisma", "models.prisma"]
    validated, diagnostics = check_schema(files)
    assert diagnostics.items == [] and validated.model("A") is not None


def test_validate_schema_appends_to_given_diagnostics():
    schema, diagnostics = parse("model A {\n  id Strin @id\n}\n")
    assert validate_schema(schema, diagnostics) is None
    assert len(diagnostics.errors) == 1


_fragments = st.sampled_from(
    ["model", "enum", "{", "}", "@", "@@", "(", ")", "[", "]", ",", ":", "=", '"', "\\", "//", "///",
     "/*", "*/", "\n", "\r\n", " ", "\t", "?", "!", "id", "Int", "String", "@id", "@default(", "db.",
     "-1.5", "env(", "Unsupported(", "é", "\x00"]
)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(SCHEMA)), st.integers(0, 40), st.lists(_fragments, max_size=8))
def test_random_edits_never_raise(position, cut, inserted):
    text = SCHEMA[:position] + "".join(inserted) + SCHEMA[position + cut :]
    validated, diagnostics = check_schema([SourceFile("schema.prisma", text)])
    assert validated is not None or diagnostics.has_errors()
    from lamina.psl import render_diagnostics

    render_diagnostics(diagnostics, [SourceFile("schema.prisma", text)])


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_raises(text):
    check_schema([SourceFile("schema.prisma", text)])
