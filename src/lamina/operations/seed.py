"""seed (`lamina db seed`, PRISMA-COMPAT.md §1.9): run `migrations.seed` from the configuration
(lamina.toml, [tool.lamina] in pyproject.toml, prisma.config.ts, or Prisma 6's package.json
`prisma.seed`), with extra arguments appended. No schema is needed.

The seed is a command of the user's: by default it writes to this process's stdout and stderr
itself; with `capture=True` its output is kept in the result (or in SeedFailed) instead."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lamina.errors import KnownError
from lamina.operations.events import Listener, emit
from lamina.operations.project import PathLike
from lamina.project.dotenv import load_dotenv_files
from lamina.project.project import SchemaNotFound, load_project, read_config_settings


class SeedFailed(KnownError):
    """The seed command exited with another status than 0."""

    command: str
    status: int
    stdout: str | None = None  # with capture=True
    stderr: str | None = None

    def message(self) -> str:
        return f"Command failed with exit code {self.status}: {self.command}"

    def json_fields(self) -> dict[str, object]:
        return {"details": {"command": self.command, "exit_code": self.status}}


@dataclass(frozen=True)
class SeedResult:
    command: str | None  # as run, extra arguments included; None: no seed command is configured
    ran: bool
    exit_code: int | None = None  # 0 when it ran (a failure raises SeedFailed)
    stdout: str | None = None  # with capture=True
    stderr: str | None = None


@dataclass(frozen=True)
class ConfigLoaded:
    """The configuration file read (prisma.config.ts), before anything runs."""

    path: Path


@dataclass(frozen=True)
class SeedStarting:
    command: str


def seed(*, project: PathLike | None = None, schema: PathLike | None = None, config: PathLike | None = None,
         cwd: PathLike | None = None, extra: Sequence[str] = (), capture: bool = False,
         listener: Listener | None = None) -> SeedResult:
    """Run the configured seed command in `project` (default `cwd`, then the current directory),
    `extra` appended. Raises SeedFailed when it exits with another status than 0."""
    root = Path(project if project is not None else (cwd if cwd is not None else Path.cwd())).resolve()
    command = seed_command(root, schema=None if schema is None else str(schema),
                           config=None if config is None else str(config), listener=listener)
    if not command:
        return SeedResult(None, False)
    if extra:
        command = f"{command} {' '.join(extra)}"
    emit(listener, SeedStarting(command))
    if capture:
        finished = subprocess.run(command, shell=True, cwd=root, capture_output=True, text=True)
        status, stdout, stderr = finished.returncode, finished.stdout, finished.stderr
    else:
        status, stdout, stderr = subprocess.call(command, shell=True, cwd=root), None, None
    if status != 0:
        raise SeedFailed(command, status, stdout, stderr)
    return SeedResult(command, True, status, stdout, stderr)


def seed_command(cwd: Path, *, schema: str | None, config: str | None, listener: Listener | None = None) -> str | None:
    """The configured seed command by precedence; works without a schema file."""
    cwd = cwd.resolve()
    try:
        project = load_project(cwd, schema=schema, config=config)
    except SchemaNotFound:
        return _seed_without_schema(cwd, config, listener)
    if project.config_file is not None:
        emit(listener, ConfigLoaded(project.config_file))
    value, _ = project.setting("seed")
    return value or _package_json_seed(cwd)


def _seed_without_schema(cwd: Path, config: str | None, listener: Listener | None) -> str | None:
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
                return str(seed)
    if found is not None:
        path, settings = found
        emit(listener, ConfigLoaded(path))
        if settings.seed:
            return str(settings.seed)
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
