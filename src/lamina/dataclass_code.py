"""Compiled methods of lamina's dataclasses, kept between runs as `.pyc` files keep modules.

`@dataclass` writes the source of `__init__`, `__repr__`, `__eq__`, `__hash__` and, for frozen
classes, `__setattr__` and `__delattr__`, then compiles each with `exec`. Compiling is most of the
decorator's cost: about 0.3 ms per class, some 30 ms of a `migrate dev` start-up for the ~120
classes it defines. The source of a method depends only on the class's fields and options, so its
compiled code can be reused: `install()` routes the `exec` calls of `dataclasses` through `_exec`,
which compiles the text of a lamina module's method once and afterwards takes the code object from
a cache file, keyed by the exact text. Everything else stays with `dataclasses`: the same text runs
in the same globals, so the classes are the same as without the cache. Other modules' dataclasses
are compiled as usual.

Each module's methods are cached beside its bytecode, in
`__pycache__/<module>.<cache tag>.dataclasses` (`psl/__pycache__/ast.cpython-311.dataclasses`), the
file starting with the interpreter's bytecode magic number. It holds exactly the methods that the
module's classes took in the run that wrote it. It is rewritten at exit when a run compiled something
for that module, unless `sys.dont_write_bytecode` is set (`PYTHONDONTWRITEBYTECODE`, as for `.pyc`
files) or the folder is read-only. A file that is unreadable, truncated or from another Python is
ignored and rewritten."""

from __future__ import annotations

import atexit
import builtins
import importlib
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

_loaded: dict[str, dict[str, CodeType]] = {}  # module → the methods its cache file holds
_used: dict[str, dict[str, CodeType]] = {}  # module → the methods its classes took in this run
_files: dict[str, Path] = {}  # module → its cache file
_compiled: set[str] = set()  # modules that compiled a method their cache file did not hold
_installed = False


def cache_file(module_file: str) -> Path:
    path = Path(module_file)
    return path.parent / "__pycache__" / f"{path.stem}.{sys.implementation.cache_tag}.dataclasses"


def _exec(source: Any, globals: dict[str, Any] | None = None, locals: Any = None) -> None:
    module = globals.get("__name__") if globals is not None else None
    module_file = globals.get("__file__") if globals is not None else None
    if type(source) is str and type(module) is str and module.startswith("lamina.") and type(module_file) is str:
        cached = _loaded.get(module)
        if cached is None:
            _files[module] = cache_file(module_file)
            cached = _loaded[module] = read(_files[module])
        code = cached.get(source)
        if code is None:
            code = cached[source] = compile(source, "<string>", "exec")
            _compiled.add(module)
        _used.setdefault(module, {})[source] = code
        source = code
    builtins.exec(source, globals, locals)


def install() -> None:
    """Route `dataclasses`' method compilation through the cache (idempotent). Classes defined
    before the call are compiled as usual."""
    global _installed
    if _installed:
        return
    import dataclasses

    _installed = True
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # a module global shadows the builtin
    atexit.register(_save)


def read(path: Path) -> dict[str, CodeType]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    magic = importlib.util.MAGIC_NUMBER
    if not data.startswith(magic):
        return {}
    try:
        codes = marshal.loads(data[len(magic):])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(codes, dict):
        return {}
    return {k: v for k, v in codes.items() if isinstance(k, str) and isinstance(v, CodeType)}


def write(path: Path, codes: dict[str, CodeType]) -> None:
    """Atomically: a concurrent reader sees the old file or the new one."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(importlib.util.MAGIC_NUMBER + marshal.dumps(codes))
        os.replace(temporary, path)
    except OSError:  # a read-only installation: the next run compiles again
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


def _save(modules: set[str] | None = None) -> None:
    if modules is None and sys.dont_write_bytecode:
        return
    for module in sorted(_compiled if modules is None else modules):
        write(_files[module], _used[module])


def precompile() -> int:
    """Import every lamina module and write every module's cache now, whatever
    `sys.dont_write_bytecode` says (as `python -m compileall` writes `.pyc` files): for an
    installation or a benchmark that should start warm. Returns the number of cached methods."""
    import pkgutil

    import lamina

    install()
    for module in pkgutil.walk_packages(lamina.__path__, "lamina."):
        if module.name.endswith(".__main__"):  # it runs the command line
            continue
        try:
            importlib.import_module(module.name)
        except Exception:  # noqa: BLE001 - an optional dependency missing: its classes stay uncached
            continue
    _save(set(_used))
    return sum(len(methods) for methods in _used.values())
