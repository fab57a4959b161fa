"""Questions to the user go through a Prompter; operations never ask on their own. The CLI's
terminal prompter lives in lamina.cli.prompt; library callers pass answers as arguments or a
ScriptedPrompter."""

from __future__ import annotations

from typing import Protocol


class Prompter(Protocol):
    interactive: bool

    def confirm(self, question: str) -> bool: ...

    def text(self, question: str) -> str: ...


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


class NoPrompter:
    """A caller that cannot answer: every operation takes the non-interactive path."""

    interactive = False

    def confirm(self, question: str) -> bool:
        return False

    def text(self, question: str) -> str:
        return ""
