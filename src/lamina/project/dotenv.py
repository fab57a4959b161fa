"""`.env` files, read as Prisma 6 reads them: KEY=value lines, quotes, `#` comments, no override."""

from __future__ import annotations

import os
import re
from pathlib import Path

_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$")


def parse_dotenv(text: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _LINE.match(line)
        if not match:
            continue
        key, raw = match.groups()
        values[key] = _unquote(raw)
    return values


def _unquote(raw: str) -> str:
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'`":
        inner = raw[1:-1]
        return inner.replace("\\n", "\n") if raw[0] == '"' else inner
    return raw.split(" #", 1)[0].strip()


def load_dotenv_files(paths: list[Path]) -> None:
    """Load each existing file into os.environ; variables already set are never overridden."""
    seen: set[Path] = set()
    for path in paths:
        path = path.resolve()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for key, value in parse_dotenv(path.read_text(encoding="utf-8", errors="replace")).items():
            os.environ.setdefault(key, value)
