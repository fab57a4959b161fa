"""Run lamina in-process, in a project folder, and capture everything it prints."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

from lamina.cli.main import main
from lamina.cli.prompt import ScriptedPrompter

REPO = Path(__file__).resolve().parents[2]
STEPS = REPO / "tests" / "workflow" / "steps"
GOLDENS = REPO / "tests" / "workflow" / "goldens"


@dataclass
class Result:
    code: int
    out: str
    err: str
    text: str  # stdout and stderr interleaved, as a terminal shows them


class _Tee(io.StringIO):
    """A stream that also copies everything into a shared transcript."""

    def __init__(self, transcript: io.StringIO):
        super().__init__()
        self.transcript = transcript

    def write(self, text: str) -> int:
        self.transcript.write(text)
        return super().write(text)


def lamina(cwd: Path, *argv: str, prompter: ScriptedPrompter | None = None) -> Result:
    transcript = io.StringIO()
    out, err = _Tee(transcript), _Tee(transcript)
    previous = os.environ.get("NO_COLOR")
    os.environ["NO_COLOR"] = "1"
    try:
        code = main(list(argv), out=out, err=err, cwd=cwd,
                    prompter=prompter or ScriptedPrompter(interactive=False))
    finally:
        if previous is None:
            os.environ.pop("NO_COLOR", None)
        else:
            os.environ["NO_COLOR"] = previous
    return Result(code, out.getvalue(), err.getvalue(), transcript.getvalue())


def write_schema(project: Path, provider: str, url: str, models: str) -> Path:
    schema = project / "prisma" / "schema.prisma"
    schema.parent.mkdir(parents=True, exist_ok=True)
    schema.write_text(
        f'datasource db {{\n  provider = "{provider}"\n  url      = "{url}"\n}}\n\n' + models, encoding="utf-8")
    return schema


def step_models(step: str) -> str:
    return (STEPS / f"{step}.prisma").read_text(encoding="utf-8")


def step_names() -> list[str]:
    return sorted(p.stem for p in STEPS.glob("*.prisma"))
