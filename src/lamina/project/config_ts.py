"""Read `prisma.config.ts` statically, without Node: the object passed to `defineConfig(...)`
(or `export default {...}`), keeping string literals, `env("X")`, `process.env.X` and
`process.env["X"]`. Anything else is kept as `Opaque` so that a key is an error only when used.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from lamina.errors import KnownError


@dataclass(frozen=True)
class EnvRef:
    name: str
    required: bool = False  # `env("X")` (prisma/config's helper throws when X is unset); not `process.env.X`


@dataclass(frozen=True)
class Opaque:
    text: str


ConfigValue = str | EnvRef | Opaque | dict


@dataclass
class ConfigFileError(KnownError):
    path: str
    key: str
    detail: str

    def message(self) -> str:
        return f"Failed to read `{self.key}` in {self.path}: {self.detail}"

    @property
    def hint(self) -> str | None:
        return ("lamina reads prisma.config.ts without running it: use a string literal, env(\"VAR\") "
                "or process.env.VAR there, or set the value in lamina.toml / [tool.lamina] in pyproject.toml.")


_TOKEN = re.compile(
    r"""\s+|//[^\n]*|/\*.*?\*/
    |(?P<str>"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\$])*`)
    |(?P<ident>[A-Za-z_$][A-Za-z0-9_$]*)
    |(?P<num>-?\d+(?:\.\d+)?)
    |(?P<punct>[{}\[\](),:.?!]|\S)""",
    re.S | re.X,
)


def _tokens(text: str) -> list[tuple[str, str]]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind:
            out.append((kind, m.group(kind)))
    return out


def _unquote(tok: str) -> str:
    body = tok[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


class _Parser:
    def __init__(self, toks: list[tuple[str, str]]):
        self.toks = toks
        self.i = 0

    def peek(self, k: int = 0) -> tuple[str, str]:
        j = self.i + k
        return self.toks[j] if j < len(self.toks) else ("eof", "")

    def take(self) -> tuple[str, str]:
        tok = self.peek()
        self.i += 1
        return tok

    def object(self) -> dict:
        assert self.take()[1] == "{"
        result: dict = {}
        while self.peek()[1] not in ("}", ""):
            kind, key = self.take()
            if kind == "str":
                key = _unquote(key)
            if self.peek()[1] == ":":
                self.take()
                result[key] = self.value()
            else:  # shorthand `{ url }` or spread: not statically known
                result[key] = Opaque(key)
            if self.peek()[1] == ",":
                self.take()
        self.take()
        return result

    def value(self) -> ConfigValue:
        start = self.i
        kind, tok = self.peek()
        if tok == "{":
            return self.object()
        if kind == "str" and self._ends_value(1):
            self.take()
            return _unquote(tok)
        if tok == "env" and self.peek(1)[1] == "(" and self.peek(2)[0] == "str" and self.peek(3)[1] == ")":
            name = _unquote(self.peek(2)[1])
            self.i += 4
            if self._ends_value(0):
                return EnvRef(name, required=True)
        if tok == "process" and self.peek(1)[1] == "." and self.peek(2)[1] == "env":
            if self.peek(3)[1] == "." and self.peek(4)[0] == "ident":
                self.i += 5
                if self._ends_value(0):
                    return EnvRef(self.toks[self.i - 1][1])
            elif self.peek(3)[1] == "[" and self.peek(4)[0] == "str" and self.peek(5)[1] == "]":
                self.i += 6
                if self._ends_value(0):
                    return EnvRef(_unquote(self.toks[self.i - 2][1]))
        self.i = start
        return Opaque(self._skip_expression())

    def _ends_value(self, offset: int) -> bool:
        return self.peek(offset)[1] in (",", "}", "")

    def _skip_expression(self) -> str:
        depth = 0
        parts = []
        while True:
            kind, tok = self.peek()
            if kind == "eof" or (depth == 0 and tok in (",", "}")):
                return " ".join(parts)
            if tok in "([{":
                depth += 1
            elif tok in ")]}":
                depth -= 1
            parts.append(tok)
            self.take()


def parse_config_ts(text: str) -> dict:
    """The config object of a prisma.config.ts; {} when none is found."""
    toks = _tokens(text)
    for i, (_, tok) in enumerate(toks):
        after = toks[i + 1][1] if i + 1 < len(toks) else ""
        if tok == "defineConfig" and after == "(" and i + 2 < len(toks) and toks[i + 2][1] == "{":
            return _Parser(toks[i + 2:]).object()
    for i, (_, tok) in enumerate(toks):
        if tok == "default" and i > 0 and toks[i - 1][1] == "export" and i + 1 < len(toks) and toks[i + 1][1] == "{":
            return _Parser(toks[i + 1:]).object()
    return {}


@dataclass
class ConfigEnvMissing(KnownError):
    """What Prisma 7 prints when `env("X")` in prisma.config.ts names an unset variable."""

    path: Path
    name: str

    def message(self) -> str:
        return (f'Failed to load config file "{self.path.parent}" as a TypeScript/JavaScript module. '
                f"Error: PrismaConfigEnvError: Cannot resolve environment variable: {self.name}.")

    @property
    def hint(self) -> str | None:
        return f"Set {self.name} (in the environment or a .env file), or use process.env.{self.name} if it is optional."


def config_string(config: dict, dotted: str, path: Path, strict: bool = False) -> str | None:
    """The string at `a.b.c`, with env references resolved; None when absent or an unset env var
    (with `strict`, an unset `env("X")` is Prisma's error)."""
    value: object = config
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    match value:
        case str():
            return value
        case EnvRef(name, required):
            value = os.environ.get(name)
            if value is None and required and strict:
                raise ConfigEnvMissing(path, name)
            return value
        case Opaque(text):
            raise ConfigFileError(str(path), dotted, f"`{text}` is not a string literal or an environment variable.")
        case _:
            raise ConfigFileError(str(path), dotted, "expected a string.")
