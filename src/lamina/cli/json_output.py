"""`--json`: exactly one JSON document on stdout (docs/json.md). While a command runs with it, the
human text it would print goes to stderr; the document is written once, at the end: the
command's result, or the error it stopped on (same exit code)."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import click

from lamina.cli.output import Output

JSON_VERSION = 1
F = TypeVar("F", bound=Callable[..., Any])


def to_jsonable(value: Any) -> Any:
    """Dataclasses as objects (fields starting with `_` left out), tuples as lists, paths and
    dates as strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not f.name.startswith("_")}
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def document(command: str, *, result: Any = None, error: Mapping[str, Any] | None = None,
             warnings: list[str] | tuple[str, ...] = ()) -> dict[str, Any]:
    doc: dict[str, Any] = {"version": JSON_VERSION, "command": command, "ok": error is None}
    if error is None:
        doc["result"] = to_jsonable(result) if result is not None else {}
    else:
        doc["error"] = dict(error)
    doc["warnings"] = list(warnings)
    return doc


class JsonMode:
    """Set on the CLI's Env while a command runs with --json."""

    def __init__(self, command: str, stdout: Any) -> None:
        self.command = command
        self.stdout = stdout
        self.written = False
        self.warnings: list[str] = []

    def write(self, doc: dict[str, Any]) -> None:
        if self.written:
            return
        self.written = True
        self.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
        self.stdout.flush()

    def result(self, result: Any) -> None:
        self.warnings += [w for w in getattr(result, "warnings", ()) if isinstance(w, str) and w not in self.warnings]
        self.write(document(self.command, result=result, warnings=self.warnings))

    def error(self, code: str | None, message: str, **extra: Any) -> None:
        payload: dict[str, Any] = {"code": code, "message": message}
        payload.update({k: to_jsonable(v) for k, v in extra.items() if v is not None})
        self.write(document(self.command, error=payload, warnings=self.warnings))


def _switch_to_json(ctx: click.Context, _param: click.Parameter, value: bool) -> bool:
    if value:
        env = ctx.find_object(object)  # the Env (the group's obj)
        output: Output = env.output  # type: ignore[attr-defined]
        env.json = JsonMode(ctx.command_path.removeprefix("lamina ").strip(), output.out)  # type: ignore[attr-defined]
        # Human text moves to stderr; stdout holds the document alone.
        env.output = Output(output.err, output.err)  # type: ignore[attr-defined]
    return value


def switch_to_json(ctx: click.Context) -> None:
    """For a command whose `--json` is decided while it runs (deploy and status: the fleet report
    or the envelope)."""
    _switch_to_json(ctx, None, True)  # type: ignore[arg-type]


def json_option(fn: F) -> F:
    """`--json` on a command: the option is consumed here; the command reads `env.json`."""
    return click.option("--json", "json_mode", is_flag=True, expose_value=False, is_eager=True,
                        callback=_switch_to_json,
                        help="Print one JSON document on stdout (docs/json.md); human text goes to stderr.")(fn)
