"""The public API is typed: `mypy --strict` passes on `lamina/__init__.py` and on every module
that defines a public name (lamina._API), as the package's py.typed promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import lamina

SRC = Path(__file__).resolve().parents[2] / "src"


def public_modules() -> list[Path]:
    modules = {"lamina", *lamina._API.values()}
    return sorted(SRC.joinpath(*m.split(".")).with_suffix(".py") if m != "lamina" else SRC / "lamina" / "__init__.py"
                  for m in modules)


def test_the_package_says_it_is_typed() -> None:
    assert (SRC / "lamina" / "py.typed").exists()


def test_every_public_module_exists() -> None:
    missing = [str(p.relative_to(SRC)) for p in public_modules() if not p.exists()]
    assert not missing, missing


def test_mypy_strict_on_the_public_surface() -> None:
    paths = [str(p) for p in public_modules() if p.exists()]
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent",
                             "--no-error-summary", *paths], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
