"""`lamina db seed` (PRISMA-COMPAT.md §1.9): run `migrations.seed` from the configuration
(lamina.toml, [tool.lamina] in pyproject.toml, prisma.config.ts, or Prisma 6's package.json
`prisma.seed`), with the arguments given after `--` appended. No schema is needed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from lamina.cli.main import Env
from lamina.cli.output import Output
from lamina.project.dotenv import load_dotenv_files
from lamina.project.project import SchemaNotFound, display_path, load_project, read_config_settings

NO_SEED = """⚠️ No seed command configured

To seed your database, add a seed property to the migrations section in your Prisma config file.

Example

  // prisma.config.ts
  export default defineConfig({
    migrations: {
      seed: 'bun·./prisma/seed.ts',
    },
    datasource: {
      url: '[your database URL]',
    },
  })
"""


def run(env: Env, *, schema: str | None, config: str | None, extra: tuple[str, ...]) -> int:
    out = env.output
    command = seed_command(env.cwd, schema=schema, config=config, output=out)
    if not command:
        out.line(NO_SEED)
        return 0
    if extra:
        command = f"{command} {' '.join(extra)}"
    out.line(f"Running seed command `{command}` ...")
    status = _run_command(command, env.cwd, out)
    if status != 0:
        out.error_line(out.red("\nAn error occurred while running the seed command:", out.err))
        out.error_line(out.red(f"Error: Command failed with exit code {status}: {command}", out.err))
        return 1
    out.line()
    out.line("🌱  The seed command has been executed.")
    return 0


def _run_command(command: str, cwd: Path, out: Output) -> int:
    """The seed's own output goes straight to the terminal; to in-memory streams it is copied."""
    try:
        out.out.fileno()
        out.err.fileno()
    except (AttributeError, OSError, ValueError):
        result = subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True)
        out.out.write(result.stdout)
        out.err.write(result.stderr)
        return result.returncode
    out.out.flush()
    return subprocess.call(command, shell=True, cwd=cwd)


def seed_command(cwd: Path, *, schema: str | None, config: str | None, output: Output) -> str | None:
    """The configured seed command by precedence; works without a schema file."""
    cwd = cwd.resolve()
    try:
        project = load_project(cwd, schema=schema, config=config)
    except SchemaNotFound:
        return _seed_without_schema(cwd, config, output)
    if project.config_file is not None:
        output.error_line(f"Loaded Prisma config from {display_path(project.config_file, cwd)}.")
        output.error_line()
    value, _ = project.setting("seed")
    return value or _package_json_seed(cwd)


def _seed_without_schema(cwd: Path, config: str | None, output: Output) -> str | None:
    import tomllib

    found = read_config_settings(cwd, config)  # loads the .env files the config loads
    if found is None:
        load_dotenv_files([cwd / ".env"])
    for candidate in (cwd / "lamina.toml", cwd / "pyproject.toml"):
        if candidate.is_file():
            data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            table = data.get("tool", {}).get("lamina") if candidate.name == "pyproject.toml" else data
            seed = ((table or {}).get("migrations") or {}).get("seed")
            if seed:
                return seed
    if found is not None:
        path, settings = found
        output.error_line(f"Loaded Prisma config from {display_path(path, cwd)}.")
        output.error_line()
        if settings.seed:
            return settings.seed
    return _package_json_seed(cwd)


def _package_json_seed(cwd: Path) -> str | None:
    """Prisma 6's fallback: `"prisma": {"seed": "..."}` in package.json."""
    path = cwd / "package.json"
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return None
    seed = (data.get("prisma") or {}).get("seed") if isinstance(data, dict) else None
    return seed if isinstance(seed, str) else None
