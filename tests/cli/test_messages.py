"""What lamina tells the user: hints name `lamina`, and a missing optional driver, a bad URL
parameter or a missing setting get a clear message instead of a traceback."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.cli.helpers import lamina, write_schema

REPO = Path(__file__).resolve().parents[2]
SOURCE = REPO / "src" / "lamina"
PRISMA_COMMAND = re.compile(r"\bprisma (?:migrate|db|format|validate|init)\b")


def _user_facing_strings(path: Path) -> list[tuple[int, str]]:
    """String constants in a module, docstrings and other bare string statements left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bare = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in bare]


def test_hints_name_lamina_never_prisma() -> None:
    """Prisma builds its hints from the CLI's own name; lamina's is `lamina` (`prisma generate`
    stays: lamina runs no generators)."""
    found = [f"{path.relative_to(SOURCE)}:{line}: {text!r}"
             for path in sorted(SOURCE.rglob("*.py"))
             for line, text in _user_facing_strings(path) if PRISMA_COMMAND.search(text)]
    assert found == []


# PyMySQL made unimportable for this one process, as in an installation without the `mysql` extra.
_WITHOUT_PYMYSQL = ("import sys; sys.modules['pymysql'] = None; from lamina.cli.main import main; "
                    "sys.exit(main(sys.argv[1:]))")


@pytest.mark.parametrize("command", [["migrate", "deploy"], ["migrate", "status"], ["db", "push"],
                                     ["migrate", "dev", "--name", "init"]], ids=" ".join)
def test_mysql_without_the_mysql_extra_says_what_to_install(command: list[str], tmp_path: Path) -> None:
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "schema.prisma").write_text(
        'datasource db {\n  provider = "mysql"\n}\n\nmodel A {\n  id Int @id\n}\n')
    (tmp_path / "lamina.toml").write_text('[datasource]\nurl = "mysql://root@127.0.0.1:3306/lamina_no_driver"\n')
    result = subprocess.run([sys.executable, "-c", _WITHOUT_PYMYSQL, *command], cwd=tmp_path,
                            capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.endswith(
        "Error: The `mysql` provider needs the PyMySQL driver, which is not installed.\n"
        "Hint: Install lamina with its MySQL extra: pip install 'lamina[mysql]'\n"), result.stderr
    assert "defect" not in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize(("provider", "query"), [
    ("postgresql", "connect_timeout=abc"), ("postgresql", "connect_timeout=-1"), ("postgresql", "sslmode=bogus"),
    ("postgresql", "pool_timeout=1.5"), ("mysql", "connect_timeout=abc"), ("mysql", "socket_timeout="),
], ids=lambda value: value)
def test_a_bad_url_parameter_is_an_invalid_database_string(provider: str, query: str, tmp_path: Path) -> None:
    server = "postgresql://postgres@127.0.0.1:5432/postgres" if provider == "postgresql" else \
        "mysql://root@127.0.0.1:3306/lamina_bad_url"
    write_schema(tmp_path, provider, f"{server}?{query}", "")
    name, _, value = query.partition("=")
    for command in (["migrate", "status"], ["db", "push"], ["migrate", "diff", "--from-empty", "--to-url",
                                                             f"{server}?{query}"]):
        result = lamina(tmp_path, *command)
        assert result.code == 1, result.text
        assert "Error: P1013: The provided database string is invalid. invalid " \
               f"`{name}` value `{value}` (expected " in result.err, result.err
        assert "defect" not in result.err


@pytest.fixture
def mysql_user_without_create(mysql_url: str) -> Iterator[str]:
    """The test database's URL for a MariaDB user with every right on it and none to create others."""
    from tests.conftest import _mysql_admin

    user = f"lamina_nocreate_{uuid.uuid4().hex[:8]}"
    database = urlsplit(mysql_url).path.lstrip("/")
    admin = _mysql_admin()
    try:
        with admin.cursor() as cursor:
            cursor.execute(f"CREATE USER '{user}'@'%'")
            cursor.execute(f"GRANT ALL PRIVILEGES ON `{database}`.* TO '{user}'@'%'")
        parts = urlsplit(mysql_url)
        yield parts._replace(netloc=f"{user}@{parts.hostname}:{parts.port or 3306}").geturl()
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f"DROP USER IF EXISTS '{user}'@'%'")
        admin.close()


def test_mysql_shadow_database_refused_hint_names_mysql_rights(mysql_user_without_create: str,
                                                               tmp_path: Path) -> None:
    """P3014 on MySQL: CREATEDB is PostgreSQL's right; MySQL's are CREATE and DROP."""
    write_schema(tmp_path, "mysql", mysql_user_without_create, "model A {\n  id Int @id\n}\n")
    result = lamina(tmp_path, "migrate", "dev", "--name", "init")
    assert result.code == 1, result.text
    assert "Error: P3014\n\nPrisma Migrate could not create the shadow database." in result.err
    assert result.err.endswith(
        "Hint: Grant the user CREATE and DROP on all databases (GRANT CREATE, DROP ON *.* TO ...) "
        "or set `shadowDatabaseUrl` in the datasource.\n"), result.err
    assert "CREATEDB" not in result.err


@pytest.mark.parametrize(("command", "has_url_flag"), [
    (["migrate", "dev", "--name", "init"], True), (["db", "push"], True), (["db", "pull"], True),
    (["migrate", "deploy"], False), (["migrate", "status"], False), (["migrate", "reset", "--force"], False),
    (["migrate", "resolve", "--applied", "20240101000000_init"], False),
    (["migrate", "diff", "--from-config-datasource", "--to-empty"], False),
], ids=lambda value: " ".join(value) if isinstance(value, list) else "")
def test_a_missing_url_suggests_url_only_to_commands_that_take_it(command: list[str], has_url_flag: bool,
                                                                   tmp_path: Path) -> None:
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "schema.prisma").write_text('datasource db {\n  provider = "sqlite"\n}\n')
    result = lamina(tmp_path, *command)
    assert result.code == 1, result.text
    assert "Error: The datasource URL is not set." in result.err, result.err
    places = 'Hint: Set DATABASE_URL (e.g. in .env), `url = env("DATABASE_URL")` in the datasource block'
    if has_url_flag:
        assert f"{places}, `datasource.url` in prisma.config.ts, or pass --url.\n" in result.err
    else:
        assert f"{places} or `datasource.url` in prisma.config.ts.\n" in result.err
        assert "--url" not in result.err


PRISMA6_WARNING = ("warning: Prisma 7 rejects `url` in the datasource block; lamina accepts it as Prisma 6 does "
                   "(Prisma 7 reads URLs from prisma.config.ts).")


def test_the_prisma6_url_warning_is_said_once_per_workflow(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's example keeps `url = env("DATABASE_URL")`: `validate` and `migrate dev` say that
    Prisma 7 refuses it; the other commands of the workflow do not repeat it."""
    project = tmp_path / "machups"
    shutil.copytree(REPO / "examples" / "machups", project)
    monkeypatch.setenv("DATABASE_URL", "file:./dev.db")  # as its .env says; restored afterwards
    monkeypatch.delenv("PRISMA_DISABLE_WARNINGS", raising=False)
    said = {}
    for command in (["validate"], ["migrate", "dev", "--name", "init"], ["migrate", "status"], ["migrate", "deploy"],
                    ["db", "push"], ["migrate", "reset", "--force"], ["format", "--check"],
                    ["migrate", "resolve", "--applied", "x"],
                    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma"]):
        result = lamina(project, *command)
        assert result.code == (1 if command[1:2] == ["resolve"] else 0), result.text
        said[" ".join(command)] = result.err.count(PRISMA6_WARNING)
    assert said == {"validate": 1, "migrate dev --name init": 1, "migrate status": 0, "migrate deploy": 0,
                    "db push": 0, "migrate reset --force": 0, "format --check": 0, "migrate resolve --applied x": 0,
                    "migrate diff --from-migrations prisma/migrations --to-schema prisma/schema.prisma": 0}


def test_prisma_disable_warnings_silences_the_prisma6_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "machups"
    shutil.copytree(REPO / "examples" / "machups", project)
    monkeypatch.setenv("DATABASE_URL", "file:./dev.db")
    monkeypatch.setenv("PRISMA_DISABLE_WARNINGS", "1")
    for command in (["validate"], ["migrate", "dev", "--name", "init"]):
        result = lamina(project, *command)
        assert result.code == 0, result.text
        assert "warning" not in result.err, result.err


def test_control_characters_in_a_schema_are_escaped_in_diagnostics(tmp_path: Path) -> None:
    """ESC, other C0 controls, DEL and C1 controls are echoed as `\\x..`, never raw to the terminal."""
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "schema.prisma").write_bytes(
        'datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n  \x1b[2Jbad\x01\x7f\u009b String\n'
        '  name Str\x1bing\n}\n'.encode())
    result = lamina(tmp_path, "validate")
    assert result.code == 1
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.text), repr(result.text)
    assert " 7 |   \\x1b[2Jbad\\x01\\x7f\\x9b String\n" in result.err
    assert " 8 |   name Str\\x1bing\n" in result.err


@pytest.mark.parametrize("config", [None, "config/prisma.config.ts"])
def test_migrate_diff_says_which_config_it_loaded(config: str | None, tmp_path: Path) -> None:
    """As every other command, and as Prisma's `migrate diff`: on stderr, then an empty line."""
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "schema.prisma").write_text(
        'datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n')
    written = tmp_path / (config or "prisma.config.ts")
    written.parent.mkdir(exist_ok=True)
    schema = "../prisma/schema.prisma" if config else "prisma/schema.prisma"
    written.write_text('import { defineConfig } from "prisma/config";\n\n'
                       f'export default defineConfig({{\n  schema: "{schema}",\n}});\n')
    flags = ["--config", config] if config else []
    result = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script",
                    *flags)
    assert result.code == 0, result.text
    assert result.err == f"Loaded Prisma config from {config or 'prisma.config.ts'}.\n\n"
    assert result.out.startswith("-- CreateTable\nCREATE TABLE \"A\"")
