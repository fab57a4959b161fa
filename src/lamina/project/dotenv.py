"""`.env` files, read as the Node.js tools behind Prisma read them.

Parsing is dotenv's (16.x and 17.x parse alike): one regular expression over the file, so a `#`
starts a comment even without a space before it (`A=x#y` is `x`), single, double and backtick
quotes may span lines, only double quotes turn `\\n` and `\\r` into line breaks, and `KEY: value`
is accepted. python-dotenv differs on each of these, hence this module.

Two ways of loading, as Prisma has them:

* `expand=True` is Prisma 6's own loader (`tryLoadEnvs`): dotenv, then Prisma's variant of
  dotenv-expand, which replaces `${NAME}` only (not `$NAME`, not `${NAME:-default}`), reads a
  variable already set in the process before the file's value, writes the expanded value back,
  and turns `\\${NAME}` into a literal `${NAME}`.
* `expand=False` is `import "dotenv/config"` in a prisma.config.ts (Prisma 7 loads no `.env`
  itself): dotenv alone, no expansion.

Either way a variable already set in the environment is not overridden by the file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, MutableMapping
from pathlib import Path

from lamina.project.js_strings import JS_LINE_TERMINATORS, JS_WHITESPACE, js_replace

# JavaScript's whitespace and line terminators, spelled out: Python's differ (the BOM, U+2028).
_WS = JS_WHITESPACE
_EOL = JS_LINE_TERMINATORS
_LINE = re.compile(
    rf"""^[{_WS}]*(?:export[{_WS}]+)?([A-Za-z0-9_.-]+)(?:[{_WS}]*=[{_WS}]*?|:[{_WS}]+?)
    ([{_WS}]*'(?:\\'|[^'])*'|[{_WS}]*"(?:\\"|[^"])*"|[{_WS}]*`(?:\\`|[^`])*`|[^#\r\n]+)?
    [{_WS}]*(?:\#[^{_EOL}]*)?(?=[{_EOL}]|\Z)""",
    re.M | re.X,
)
_REFERENCE = re.compile(rf"([^{_EOL}]?)\$\{{([a-zA-Z0-9_]+)?\}}")
_MAX_DEPTH = 50  # Prisma's expansion recurses without end on `A=${A}`; lamina stops here


def parse_dotenv(text: str) -> dict[str, str]:
    """KEY → value, as dotenv's `parse` returns them (the last definition of a key wins)."""
    text = re.sub(r"\r\n?", "\n", text)
    values: dict[str, str] = {}
    for match in _LINE.finditer(text):
        value = (match.group(2) or "").strip(_WS)
        quote = value[:1]
        if len(value) >= 2 and quote in "'\"`" and value[-1] == quote:
            value = value[1:-1]
        if quote == '"':
            value = value.replace("\\n", "\n").replace("\\r", "\r")
        values[match.group(1)] = value
    return values


def expand_references(parsed: dict[str, str], environ: MutableMapping[str, str]) -> dict[str, str]:
    """Prisma 6's `dotenvExpand`: each file key's value (the environment's when set) with
    `${NAME}` replaced, written back into `environ`."""

    def lookup(name: str) -> str:
        return environ[name] if name in environ else parsed.get(name) or ""

    def interpolate(value: str, depth: int = 0) -> str:
        if depth > _MAX_DEPTH:
            return value
        result = value
        for match in _REFERENCE.finditer(value):
            prefix, name = match.group(1), match.group(2)
            if prefix == "\\":
                whole = match.group(0)
                result = js_replace(result, whole, whole.replace("\\$", "$", 1))
            else:
                # `${}` looks up the key "undefined", as JavaScript does with a missing group
                replacement = interpolate(lookup(name if name is not None else "undefined"), depth + 1)
                result = js_replace(result, match.group(0)[len(prefix):], replacement)
        return result

    expanded = {key: interpolate(environ[key] if key in environ else value) for key, value in parsed.items()}
    environ.update(expanded)
    return expanded


def load_dotenv_file(path: Path, *, expand: bool, override: bool = False,
                     environ: MutableMapping[str, str] | None = None) -> dict[str, str] | None:
    """Load one file into the environment; None when it does not exist."""
    environ = os.environ if environ is None else environ
    if not path.is_file():
        return None
    parsed = parse_dotenv(path.read_text(encoding="utf-8", errors="replace"))
    for key, value in parsed.items():
        if override or key not in environ:
            environ[key] = value
    return expand_references(parsed, environ) if expand else parsed


def load_dotenv_files(paths: Iterable[Path], *, expand: bool = True,
                      environ: MutableMapping[str, str] | None = None) -> None:
    """Load each existing file in turn (the same file once); variables already set are kept."""
    seen: set[Path] = set()
    for path in paths:
        path = path.resolve()
        if path in seen:
            continue
        seen.add(path)
        load_dotenv_file(path, expand=expand, environ=environ)
