"""What goes wrong reading a Prisma config file, in Prisma's words where it has them."""

from __future__ import annotations

from pathlib import Path

from lamina.errors import KnownError


class ConfigLoadFailed(KnownError):
    """What Prisma prints when loading its config file throws."""

    path: Path
    error: str  # "<error name>: <message>"

    def message(self) -> str:
        return f'Failed to load config file "{self.path.parent}" as a TypeScript/JavaScript module. Error: {self.error}'


class ConfigEnvMissing(ConfigLoadFailed):
    """prisma/config's `env("X")` of an unset or empty variable."""

    error: str = ""
    name: str = ""

    def __post_init__(self) -> None:
        self.error = f"PrismaConfigEnvError: Cannot resolve environment variable: {self.name}."

    @property
    def hint(self) -> str | None:
        return f"Set {self.name} (in the environment or a .env file), or use process.env.{self.name} if it is optional."


class ConfigFileError(KnownError):
    where: str  # file:line
    key: str
    detail: str

    def message(self) -> str:
        return f"Failed to read `{self.key}` in {self.where}: {self.detail}"

    @property
    def hint(self) -> str | None:
        return ("lamina reads prisma.config.ts without running it: use string literals, env(\"VAR\"), "
                "process.env.VAR (with ?? or || for a default), template literals or constants defined in the "
                "file, or set the value in lamina.toml / [tool.lamina] in pyproject.toml.")


class ConfigSyntaxError(KnownError):
    path: str
    line: int
    excerpt: str

    def message(self) -> str:
        return f"Failed to parse {self.path}:{self.line}: `{self.excerpt}` is not valid TypeScript."
