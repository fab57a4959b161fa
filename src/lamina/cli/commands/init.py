"""`lamina init` (PRISMA-COMPAT.md §1.11): the work is lamina.operations.init; this runner prints
Prisma 7's text (its refusal of an existing project on stdout, exit 1)."""

from __future__ import annotations

from lamina.cli.main import Env
from lamina.operations.init import AlreadyInitialized, init


def run(env: Env, *, datasource_provider: str | None, url: str | None, generator_provider: str | None,
        preview_feature: tuple[str, ...], output: str | None, with_model: bool) -> int:
    out = env.output
    try:
        result = init(project=env.cwd, datasource_provider=datasource_provider, url=url,
                      generator_provider=generator_provider, preview_features=preview_feature, output=output,
                      with_model=with_model)
    except AlreadyInitialized as refused:
        out.line(f" ERROR  {refused.message()}")
        if env.json is not None:
            env.json.error(refused.code, refused.message())
        return 1
    out.line()
    out.line("Initialized Prisma in your project")
    out.line()
    out.line("  prisma/")
    out.line("    schema.prisma")
    out.line("  prisma.config.ts")
    out.line("  .env")
    out.line("  .gitignore")
    out.line()
    out.line("Next, set up your database:")
    out.line("  1. Configure your DATABASE_URL in prisma.config.ts")
    out.line("  2. Run lamina db pull to introspect your database.")
    out.line()
    out.line("Then, define your models in prisma/schema.prisma and run lamina migrate dev to apply your schema.")
    out.line()
    out.line("Learn more: https://pris.ly/getting-started")
    out.line(" ")
    if env.json is not None:
        env.json.result(result)
    return 0
