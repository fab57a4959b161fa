"""Questions to the user go through a Prompter; detection code never prompts."""

from __future__ import annotations

import os
import sys
from typing import Protocol


class Prompter(Protocol):
    interactive: bool

    def confirm(self, question: str) -> bool: ...

    def text(self, question: str) -> str: ...


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


class ScriptedPrompter:
    """Answers given in advance (tests, or `--yes`-style automation)."""

    def __init__(self, answers: list[str | bool] | None = None, interactive: bool = True):
        self.answers = list(answers or [])
        self.interactive = interactive
        self.asked: list[str] = []

    def confirm(self, question: str) -> bool:
        self.asked.append(question)
        return bool(self.answers.pop(0)) if self.answers else False

    def text(self, question: str) -> str:
        self.asked.append(question)
        return str(self.answers.pop(0)) if self.answers else ""
