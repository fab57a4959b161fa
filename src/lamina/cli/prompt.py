"""The terminal's prompter (the protocol and the scripted one are lamina.prompting's)."""

from __future__ import annotations

import os
import sys

from lamina.prompting import NoPrompter, Prompter, ScriptedPrompter

__all__ = ["NoPrompter", "Prompter", "ScriptedPrompter", "TerminalPrompter", "is_interactive"]


def is_interactive() -> bool:
    """Prisma's rule: not in CI and standard input is a terminal."""
    ci = os.environ.get("CI", "").lower() not in ("", "0", "false")
    return not ci and sys.stdin is not None and sys.stdin.isatty()


class TerminalPrompter:
    def __init__(self, interactive: bool | None = None):
        self.interactive = is_interactive() if interactive is None else interactive

    def confirm(self, question: str) -> bool:
        answer = input(f"? {question} › (y/N) ").strip().lower()
        return answer in ("y", "yes")

    def text(self, question: str) -> str:
        return input(f"? {question} › ").strip()

