"""A project folder with a schema of the caller's models, for the dev/reset/push tests."""

from __future__ import annotations

from pathlib import Path

USER = "model User {\n  id    Int    @id\n  email String\n}\n"
USER_WITH_NAME = "model User {\n  id    Int     @id\n  email String\n  name  String?\n}\n"
POST = "model Post {\n  id    Int    @id\n  title String\n}\n"


def write_schema(project: Path, provider: str, url: str, models: str) -> Path:
    schema = project / "prisma" / "schema.prisma"
    schema.parent.mkdir(parents=True, exist_ok=True)
    schema.write_text(f'datasource db {{\n  provider = "{provider}"\n  url      = "{url}"\n}}\n\n{models}',
                      encoding="utf-8")
    return project
