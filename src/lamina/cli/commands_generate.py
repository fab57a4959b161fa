"""`lamina generate` (SQLAlchemy models) and `lamina erd` (a Mermaid diagram), and the generator run
that `migrate dev`, `db push` and `db pull` end with. Lines as Prisma prints a generator's run:
`✔ Generated <name> (<version>) to ./<output> in <n>ms`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from lamina import __version__
from lamina.cli.json_output import json_option
from lamina.cli.main import Env, pass_env
from lamina.cli.output import Output

if TYPE_CHECKING:
    from lamina.operations.context import LoadedSchema


def _ms(milliseconds: int) -> str:
    return f"{milliseconds}ms" if milliseconds < 1000 else f"{milliseconds / 1000:.2f}s"


def success_line(output: Output, file, cwd: Path) -> str:
    from lamina.generate.protocol import PRETTY_NAME

    shown = file.path.parent if file.path.name == "__init__.py" else file.path
    relative = os.path.relpath(shown, cwd)
    return (f"✔ Generated {output.bold(PRETTY_NAME)} ({__version__})"
            f"{output.dim(' to .' + os.sep + relative)} in {_ms(file.milliseconds)}")


def run_generators(loaded, output: Output, cwd: Path, *, reread: bool = False) -> None:
    """After migrate dev, db push and db pull: lamina's own generator blocks, run as Prisma runs its
    generators; without one, the line saying which generators lamina skips (as before)."""
    from lamina.operations.context import read_project_schema
    from lamina.operations.generate import generate, is_lamina_generator

    schema = read_project_schema(loaded.project)[1] if reread else loaded.schema
    if not any(is_lamina_generator(g) for g in schema.generators):
        if not reread:
            say_generators_skipped(loaded, output)
        return
    result = generate(schema, loaded.project.schema_path, loaded.project.root)
    output.line()
    for file in result.files:
        output.line(success_line(output, file, cwd))
    _say_skipped(output, result.skipped)


def say_generators_skipped(loaded: LoadedSchema, output: Output) -> None:
    """lamina generates no client: say so once, naming the generators the schema declares."""
    names = ", ".join(g.name for g in loaded.schema.generators)
    if names:
        output.line()
        output.line(output.dim(f"lamina runs no generators (skipped: {names}); run `prisma generate` for the client."))


def _say_skipped(output: Output, skipped: list[str]) -> None:
    if skipped:
        output.line(output.dim(f"lamina runs only its own generators (skipped: {', '.join(skipped)}); "
                               "run `prisma generate` for the others."))


NO_GENERATOR = """
info You don't have any lamina generator in your schema, so nothing will be generated.
Add one like this:

generator models {
  provider = "lamina-sqlalchemy"
  output   = "../app/models.py"
}

or write the models to a path of your choice with `lamina generate sqlalchemy --output PATH`."""


@click.group("generate", invoke_without_command=True)
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@click.option("--generator", "generators", multiple=True, help="Generator to run (may be given more than once).")
@json_option
@click.pass_context
def generate(ctx: click.Context, schema: str | None, config: str | None, generators: tuple[str, ...]) -> int:
    """Write the SQLAlchemy models of the schema's lamina generator blocks."""
    if ctx.invoked_subcommand is not None:
        return 0
    from lamina.operations.context import load_schema
    from lamina.operations.generate import generate_models

    env: Env = ctx.find_object(Env)
    loaded = load_schema(env.output, env.cwd, schema=schema, config=config)
    result = generate_models(project=loaded, generators=generators)
    if not result.files:
        env.output.line(NO_GENERATOR)
        _say_skipped(env.output, result.skipped)
    else:
        env.output.line()
        for file in result.files:
            env.output.line(success_line(env.output, file, env.cwd))
            env.output.line()
        _say_skipped(env.output, result.skipped)
    if env.json is not None:
        env.json.result(result)
    return 0


@generate.command("sqlalchemy")
@click.option("--output", required=True, help="The module to write (a .py file, or a package folder).")
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@json_option
@pass_env
def sqlalchemy(env: Env, output: str, schema: str | None, config: str | None) -> int:
    """Write the SQLAlchemy models of the schema to OUTPUT, whatever generator blocks it has."""
    from lamina.operations.context import load_schema
    from lamina.operations.generate import generate_sqlalchemy

    loaded = load_schema(env.output, env.cwd, schema=schema, config=config)
    file = generate_sqlalchemy(project=loaded, output=output, cwd=env.cwd)
    env.output.line()
    env.output.line(success_line(env.output, file, env.cwd))
    env.output.line()
    if env.json is not None:
        env.json.result(file)
    return 0


@click.command("erd")
@click.option("--output", help="Write the diagram to this file (.md files get a mermaid code block).")
@click.option("--schema", help="Path to the schema file or folder.")
@click.option("--config", help="Path to prisma.config.ts.")
@json_option
@pass_env
def erd(env: Env, output: str | None, schema: str | None, config: str | None) -> int:
    """Print (or write) a Mermaid entity-relationship diagram of the schema."""
    from lamina.operations.context import load_schema
    from lamina.operations.generate import erd_diagram

    loaded = load_schema(env.output, env.cwd, schema=schema, config=config, announce=output is not None)
    result = erd_diagram(project=loaded, output=output, cwd=env.cwd)
    if output is None:
        env.output.out.write(result.text)
        env.output.out.flush()
    else:
        assert result.path is not None
        models = result.models
        env.output.line()
        env.output.line(f"✔ Wrote the diagram of {models} model{'s' if models != 1 else ''} to "
                        f"./{os.path.relpath(result.path, env.cwd)}")
    if env.json is not None:
        env.json.result(result)
    return 0
