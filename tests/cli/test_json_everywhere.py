"""Every command takes `--json` and has a documented result (docs/json.md, docs/json/); run in a
folder without a project, each prints exactly one error document on stdout (or, for `init` and
`db seed`, which need none, their result) with a non-zero exit code."""

from __future__ import annotations

import json
from pathlib import Path

import click
import jsonschema
import pytest

from lamina.cli import main as cli_main
from tests.cli.helpers import lamina
from tests.cli.json_documents import DOCS, checked_document

PAGES = {"generate sqlalchemy": "generate", "erd": "generate", "validate": None}
SCHEMAS = {"generate sqlalchemy": "generate-sqlalchemy"}


def _commands() -> list[str]:
    cli_main._register()
    ctx = click.Context(cli_main.cli)

    def walk(command: click.Command, path: list[str]) -> list[str]:
        if not isinstance(command, click.Group):
            return [" ".join(path)]
        found = [" ".join(path)] if command.invoke_without_command and path else []
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            assert sub is not None
            found += walk(sub, [*path, name])
        return found

    return walk(cli_main.cli, [])


COMMANDS = _commands()


def test_the_command_tree_is_the_documented_one() -> None:
    assert len(COMMANDS) == 20 and {"migrate dev", "db seed", "generate sqlalchemy", "erd", "validate"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_takes_json_and_documents_its_result(command: str) -> None:
    cli_main._register()
    group: click.Command = cli_main.cli
    for name in command.split():
        assert isinstance(group, click.Group)
        found = group.get_command(click.Context(group), name)
        assert found is not None
        group = found
    assert any("--json" in param.opts for param in group.params), f"{command} has no --json"
    schema = DOCS / (SCHEMAS.get(command, command.replace(" ", "-")) + ".schema.json")
    jsonschema.Draft202012Validator.check_schema(json.loads(schema.read_text()))
    page = PAGES.get(command, command.replace(" ", "-"))
    if page is not None:
        assert (DOCS / f"{page}.md").is_file()
        assert f"json/{page}.md" in (DOCS.parent / "json.md").read_text()


ARGS = {"db execute": ["--stdin"], "migrate squash": ["--name", "s"], "migrate baseline": ["--name", "b"],
        "generate sqlalchemy": ["--output", "models.py"], "migrate resolve": ["--applied", "x"],
        "migrate diff": ["--from-empty", "--to-schema", "missing.prisma"]}


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("init", "db seed")])
def test_without_a_project_each_command_prints_one_error_document(command: str, tmp_path: Path) -> None:
    result = lamina(tmp_path, *command.split(), *ARGS.get(command, []), "--json")
    assert result.code != 0, result.text
    doc = checked_document(result.out, command, ok=False)
    assert doc["error"]["message"], doc


def test_init_in_an_empty_folder_prints_its_result(tmp_path: Path) -> None:
    result = lamina(tmp_path, "init", "--json")
    assert result.code == 0, result.text
    checked_document(result.out, "init", ok=True)
    assert (tmp_path / "prisma" / "schema.prisma").is_file()


def test_db_seed_without_a_seed_command_says_so_and_runs_nothing(tmp_path: Path) -> None:
    result = lamina(tmp_path, "db", "seed", "--json")  # Prisma's advice on stderr, exit 0
    assert result.code == 0, result.text
    doc = checked_document(result.out, "db seed", ok=True)
    assert doc["result"]["ran"] is False and doc["result"]["command"] is None
