"""The `[lint]` settings of lamina.toml (or `[tool.lamina.lint]` of pyproject.toml), checked. Apart from
the linter: `migrate dev` reads them on every run, to know whether `--lint` or `--safe` is on by
configuration, and loads the linter only when one of them is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lamina.errors import UsageError
from lamina.lint.levels import FAIL_ON, LEVELS
from lamina.project.project import Project, Settings

DEFAULT_LOCK_TIMEOUT = "5s"


@dataclass(frozen=True)
class LintSettings:
    """The `[lint]` table of lamina.toml or `[tool.lamina.lint]` of pyproject.toml, checked."""

    fail_on: str = "warning"
    levels: dict[str, str] = field(default_factory=dict)
    lock_timeout: str = DEFAULT_LOCK_TIMEOUT
    on_dev: bool = False  # `migrate dev` lints what it writes
    safe: bool = False  # `migrate dev` writes lock-safe plans


def _where(source: Settings | None) -> str:
    return source.source if source is not None else "the configuration"


def lint_settings(project: Project) -> LintSettings:
    fail_on, source = project.setting("lint_fail_on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise UsageError(f"Could not read {_where(source)}: `lint.failOn` must be one of {', '.join(FAIL_ON)}.")
    rules, source = project.setting("lint_rules")
    levels: dict[str, str] = dict(rules or ())  # type: ignore[arg-type]
    if levels:  # the rule catalogue loads with the linter, only when a configuration names rules
        from lamina.lint.findings import RULE_IDS
    for rule, level in levels.items():
        if rule not in RULE_IDS:
            raise UsageError(f"Could not read {_where(source)}: `lint.rules` names `{rule}`, which is no rule "
                             "(see docs/lint.md).")
        if level not in LEVELS:
            raise UsageError(f"Could not read {_where(source)}: `lint.rules.{rule}` must be one of {', '.join(LEVELS)}.")
    lock_timeout, source = project.setting("lint_lock_timeout")
    if lock_timeout is not None and not re.fullmatch(r"[1-9][0-9]*\s*(ms|s|min)?", lock_timeout):
        raise UsageError(f"Could not read {_where(source)}: `lint.lockTimeout` must be a duration such as \"5s\" "
                         "or \"500ms\".")
    return LintSettings(
        fail_on=fail_on or "warning",
        levels=levels,
        lock_timeout=lock_timeout or DEFAULT_LOCK_TIMEOUT,
        on_dev=bool(project.setting("lint_dev")[0]),
        safe=bool(project.setting("lint_safe")[0]),
    )
