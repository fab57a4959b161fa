"""`lamina migrate resolve --applied|--rolled-back NAME` (PRISMA-COMPAT.md §1.7, §3.4)."""

from __future__ import annotations

from lamina.cli.main import Env
from lamina.operations.context import datasource_line, datasource_url, load_schema
from lamina.operations.resolve import resolve


def run(env: Env, *, schema: str | None, config: str | None, applied: str | None, rolled_back: str | None) -> int:
    out = env.output
    loaded = load_schema(out, env.cwd, schema=schema, config=config, config_only=True)
    url = datasource_url(loaded)
    assert url is not None
    out.line(out.dim(datasource_line(loaded, url)))
    result = resolve(project=loaded, applied=applied, rolled_back=rolled_back)
    shown = "applied" if result.marked == "applied" else "rolled back"
    out.line()
    out.line(f"Migration {result.migration} marked as {shown}.")
    out.line()
    if env.json is not None:
        env.json.result(result)
    return 0
