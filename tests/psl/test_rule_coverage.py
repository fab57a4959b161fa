"""Every validation rule module is exercised by at least one fixture, and psl/ hides no exception."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

import lamina.psl.validate as validate_package
from lamina.diagnostics import Diagnostics
from lamina.psl import SourceFile, check_schema
from lamina.psl.validate.context import Context
from psl.fixtures import FIXTURES, MULTI_SUFFIX, SCHEMA_NAME, multi_fixture_files, split_fixture

VALIDATE_DIR = Path(validate_package.__file__).parent
PSL_DIR = VALIDATE_DIR.parent
# Modules that hold shared machinery rather than rules: they report on behalf of their callers.
HELPERS = {"__init__", "context", "pipeline"}


def _rule_module_of_caller() -> str | None:
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if module.startswith("lamina.psl.validate.") and module.rsplit(".", 1)[1] not in HELPERS:
            return module.rsplit(".", 1)[1]
        frame = frame.f_back
    return None


def test_every_rule_module_has_a_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    reporters: set[str] = set()
    original_error, original_warning = Diagnostics.error, Diagnostics.warning

    def error(self, message, span):
        reporters.add(_rule_module_of_caller())
        original_error(self, message, span)

    def warning(self, message, span):
        reporters.add(_rule_module_of_caller())
        original_warning(self, message, span)

    original_core_error = Context.core_error

    def core_error(self, *args, **kwargs):  # queued, reported later from the package's stage runner
        reporters.add(_rule_module_of_caller())
        original_core_error(self, *args, **kwargs)

    monkeypatch.setattr(Diagnostics, "error", error)
    monkeypatch.setattr(Diagnostics, "warning", warning)
    monkeypatch.setattr(Context, "core_error", core_error)
    for path in sorted(FIXTURES.rglob("*.prisma")):
        if any(q.name.endswith(MULTI_SUFFIX) for q in path.parents):
            continue
        schema, _ = split_fixture(path.read_bytes().decode("utf-8"))
        check_schema([SourceFile(SCHEMA_NAME, schema)])
    for folder in sorted(FIXTURES.rglob("*" + MULTI_SUFFIX)):
        check_schema([SourceFile(p, t) for p, t in multi_fixture_files(folder)])
    modules = {p.stem for p in VALIDATE_DIR.glob("*.py")} - HELPERS
    reporting_modules = {m for m in modules if _reports(VALIDATE_DIR / f"{m}.py")}
    assert reporting_modules - reporters == set()


def _reports(path: Path) -> bool:
    """Does the module itself report diagnostics (rather than compute values for others)?"""
    tree = ast.parse(path.read_text())
    return any(isinstance(node, ast.Attribute) and node.attr in ("error", "warning", "core_error")
               for node in ast.walk(tree))


def test_psl_has_no_catch_all_except() -> None:
    offenders = []
    for path in sorted(PSL_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ExceptHandler):
                names = [node.type] if not isinstance(node.type, ast.Tuple) else list(node.type.elts)
                if node.type is None or any(isinstance(n, ast.Name) and n.id in ("Exception", "BaseException")
                                            for n in names):
                    offenders.append(f"{path.relative_to(PSL_DIR)}:{node.lineno}")
    assert offenders == []
