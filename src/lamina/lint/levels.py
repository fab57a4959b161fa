"""The levels a lint rule and `--fail-on` take: plain names, cheap to import for the CLI's options."""

from __future__ import annotations

from typing import Literal

Level = Literal["error", "warning"]
LEVELS = ("error", "warning", "off")
FAIL_ON = ("warning", "error", "none")  # the lowest level that makes `migrate lint` exit 1
