"""The library never prints and never reaches into the CLI: outside `lamina/cli/`, no module
imports `lamina.cli` (not even for type checking) or writes to stdout/stderr itself. The
entry points of other programs are the exceptions, each with its reason."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "lamina"

# module → why it may print or import the CLI
ENTRY_POINTS = {
    "__main__.py": "`python -m lamina` is the CLI",
    "generate/protocol.py": "the generator process Prisma runs speaks its protocol on stdin/stderr",
}


def library_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if p.relative_to(PACKAGE).parts[0] != "cli"
                  and str(p.relative_to(PACKAGE)) not in ENTRY_POINTS)


def offences(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and (
                node.module == "lamina.cli" or node.module.startswith("lamina.cli.")):
            found.append(f"line {node.lineno}: imports {node.module}")
        elif isinstance(node, ast.Import):
            found += [f"line {node.lineno}: imports {a.name}" for a in node.names
                      if a.name == "lamina.cli" or a.name.startswith("lamina.cli.")]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
            found.append(f"line {node.lineno}: print()")
        elif (isinstance(node, ast.Attribute) and node.attr in ("stdout", "stderr")
              and isinstance(node.value, ast.Name) and node.value.id == "sys"):
            found.append(f"line {node.lineno}: sys.{node.attr}")
    return found


def test_the_library_neither_prints_nor_imports_the_cli() -> None:
    modules = library_modules()
    assert len(modules) > 50  # the walk sees the package
    bad = {str(p.relative_to(PACKAGE)): o for p in modules if (o := offences(p))}
    assert not bad, "move the printing into lamina/cli (render a result there):\n" + "\n".join(
        f"  {module}: {', '.join(items)}" for module, items in bad.items())


def test_the_check_catches_an_offender(tmp_path: Path) -> None:
    offender = tmp_path / "m.py"
    offender.write_text("import sys\nfrom lamina.cli.output import Output\nprint('x')\nsys.stdout.write('y')\n")
    assert [o.split(":")[0] for o in offences(offender)] == ["line 2", "line 3", "line 4"]


def test_import_lamina_loads_no_operation_until_one_is_used() -> None:
    code = ("import sys, lamina; before = [m for m in sys.modules if m.startswith('lamina.')]; "
            "f = lamina.validate; print(before == [], callable(f), 'lamina.operations.validate' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True", "True"]
