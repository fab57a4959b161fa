"""How an operation finds its project when called from Python: the same precedence as the CLI
(flags, lamina.toml, [tool.lamina], prisma.config.ts, the schema's datasource), silently."""

from __future__ import annotations

import os
from pathlib import Path

from lamina.operations.context import LoadedSchema, load_schema

PathLike = str | os.PathLike[str]


def resolve_project(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
                    config: PathLike | None = None, url: str | None = None,
                    shadow_database_url: str | None = None, cwd: PathLike | None = None,
                    config_only: bool = False, has_url_flag: bool = False) -> LoadedSchema:
    """`project`: the project's folder (where the CLI would run; default `cwd`, then the current
    directory), or a project already resolved. `url` wins over the configuration, as `--url` does."""
    if isinstance(project, LoadedSchema):
        return project
    root = Path(project if project is not None else (cwd if cwd is not None else Path.cwd()))
    return load_schema(None, root, schema=None if schema is None else str(schema),
                       config=None if config is None else str(config), url=url,
                       shadow_database_url=shadow_database_url, config_only=config_only,
                       has_url_flag=has_url_flag)
