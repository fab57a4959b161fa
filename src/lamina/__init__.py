"""lamina: Prisma Migrate, rebuilt in pure Python.

As a library: `lamina.validate()` returns a result object or raises `lamina.KnownError`. The
functions are imported on first use, so `import lamina` stays cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name → the module that defines it
_API = {
    "deploy": "lamina.operations.deploy",
    "status": "lamina.operations.status",
    "deploy_fleet": "lamina.operations.fleet",
    "status_fleet": "lamina.operations.fleet",
    "resolve": "lamina.operations.resolve",
    "diff": "lamina.operations.diff",
    "execute": "lamina.operations.execute",
    "pull": "lamina.operations.pull",
    "format": "lamina.operations.format",
    "validate": "lamina.operations.validate",
    "dev": "lamina.operations.dev",
    "reset": "lamina.operations.reset",
    "push": "lamina.operations.push",
    "init": "lamina.operations.init",
    "seed": "lamina.operations.seed",
    "migrate_lint": "lamina.operations.lint",
    "down": "lamina.operations.down",
    "write_down_scripts": "lamina.operations.down",
    "squash": "lamina.operations.squash",
    "baseline": "lamina.operations.baseline",
    "generate_models": "lamina.operations.generate",
    "generate_sqlalchemy": "lamina.operations.generate",
    "erd_diagram": "lamina.operations.generate",
    "KnownError": "lamina.errors",
    "Prompter": "lamina.prompting",
    "ScriptedPrompter": "lamina.prompting",
}

__all__ = ["__version__", *_API]

if TYPE_CHECKING:
    from lamina.errors import KnownError
    from lamina.operations.deploy import deploy
    from lamina.operations.diff import diff
    from lamina.operations.execute import execute
    from lamina.operations.fleet import deploy_fleet, status_fleet
    from lamina.operations.format import format
    from lamina.operations.pull import pull
    from lamina.operations.resolve import resolve
    from lamina.operations.status import status
    from lamina.operations.validate import validate
    from lamina.operations.dev import dev
    from lamina.operations.reset import reset
    from lamina.operations.push import push
    from lamina.operations.init import init
    from lamina.operations.seed import seed
    from lamina.operations.lint import migrate_lint
    from lamina.operations.down import down, write_down_scripts
    from lamina.operations.squash import squash
    from lamina.operations.baseline import baseline
    from lamina.operations.generate import erd_diagram, generate_models, generate_sqlalchemy
    from lamina.prompting import Prompter, ScriptedPrompter


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'lamina' has no attribute {name!r}")
    from lamina.dataclass_code import install

    install()
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
