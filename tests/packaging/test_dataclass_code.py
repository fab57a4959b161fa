"""The cache of compiled dataclass methods (lamina/dataclass_code.py): a class built from the cache is
the class `@dataclass` builds, a second load compiles nothing, bad files are ignored, other packages'
classes are left alone, and a real command starts without compiling once the cache is written."""

from __future__ import annotations

import dataclasses
import importlib.util
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from lamina import dataclass_code

MODULE = textwrap.dedent('''
    from __future__ import annotations
    from dataclasses import dataclass, field

    @dataclass(frozen=True)
    class Point:
        x: int
        y: int = 0
        tags: tuple[str, ...] = field(default_factory=tuple)

    @dataclass(slots=True, unsafe_hash=True)
    class Step:
        name: str
        after: Point | None = None
''')


@pytest.fixture
def counted_compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """dataclass_code installed, with a record of what it compiles itself."""
    dataclass_code.install()
    seen: list[str] = []

    def counting(source: str, filename: str, mode: str) -> object:
        seen.append(source)
        return compile(source, filename, mode)

    monkeypatch.setattr(dataclass_code, "compile", counting, raising=False)
    return seen


def load(path: Path, name: str) -> object:
    """Import the file as a fresh module called `name`, as if in a new process."""
    for table in (dataclass_code._loaded, dataclass_code._used):
        table.pop(name, None)
    dataclass_code._compiled.discard(name)
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[name]
    return module


def test_a_second_load_takes_every_method_from_the_file(tmp_path: Path, counted_compiles: list[str]) -> None:
    path = tmp_path / "probe.py"
    path.write_text(MODULE)
    first = load(path, "lamina._probe_first")
    assert len(counted_compiles) >= 6  # __init__, __repr__, __eq__, __setattr__, __delattr__, __hash__ …
    dataclass_code._save({"lamina._probe_first"})
    assert dataclass_code.cache_file(str(path)).is_file()

    counted_compiles.clear()
    second = load(path, "lamina._probe_first")
    assert counted_compiles == []
    assert "lamina._probe_first" not in dataclass_code._compiled

    for module in (first, second):  # the classes behave as @dataclass made them
        point = module.Point(1, tags=("a",))
        assert point == module.Point(1, 0, ("a",))
        assert point != module.Point(2)
        assert repr(point) == "Point(x=1, y=0, tags=('a',))"
        assert hash(point) == hash(module.Point(1, 0, ("a",)))
        with pytest.raises(dataclasses.FrozenInstanceError):
            point.x = 2
        assert dataclasses.replace(point, y=5).y == 5
        assert [f.name for f in dataclasses.fields(module.Step)] == ["name", "after"]
        assert module.Step("s", point) == module.Step("s", module.Point(1, tags=("a",)))
        assert module.Step.__match_args__ == ("name", "after")
        with pytest.raises(TypeError):
            module.Point()
    assert second.Point.__init__.__code__.co_code == first.Point.__init__.__code__.co_code


@pytest.mark.parametrize("content", [b"", b"not marshal data at all", b"\x00\x00\r\n" + b"x" * 40,
                                     importlib.util.MAGIC_NUMBER + b"\xff\x00garbage",
                                     importlib.util.MAGIC_NUMBER + b"\xe9\x00\x00\x00\x00"])  # marshal of a list
def test_a_bad_or_foreign_cache_file_is_ignored_and_rewritten(
        tmp_path: Path, counted_compiles: list[str], content: bytes) -> None:
    path = tmp_path / "probe.py"
    path.write_text(MODULE)
    cache = dataclass_code.cache_file(str(path))
    cache.parent.mkdir()
    cache.write_bytes(content)
    module = load(path, "lamina._probe_bad")
    assert counted_compiles  # compiled as if there were no file
    assert module.Point(3) == module.Point(3, 0, ())
    dataclass_code._save({"lamina._probe_bad"})
    assert len(dataclass_code.read(cache)) == len(counted_compiles)


def test_classes_outside_lamina_are_compiled_as_usual(tmp_path: Path, counted_compiles: list[str]) -> None:
    path = tmp_path / "elsewhere.py"
    path.write_text(MODULE)
    module = load(path, "someone_else.models")
    assert module.Point(1) == module.Point(1)
    assert counted_compiles == []
    assert "someone_else.models" not in dataclass_code._used
    assert not dataclass_code.cache_file(str(path)).exists()


def test_nothing_is_written_at_exit_under_dont_write_bytecode(
        tmp_path: Path, counted_compiles: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "probe.py"
    path.write_text(MODULE)
    load(path, "lamina._probe_readonly")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    monkeypatch.setattr(dataclass_code, "_compiled", {"lamina._probe_readonly"})
    dataclass_code._save()
    assert not dataclass_code.cache_file(str(path)).exists()


def test_a_read_only_folder_is_not_an_error(tmp_path: Path, counted_compiles: list[str]) -> None:
    path = tmp_path / "probe.py"
    path.write_text(MODULE)
    load(path, "lamina._probe_ro")
    (tmp_path / "__pycache__").write_text("a file where the folder would be")
    dataclass_code._save({"lamina._probe_ro"})  # no exception
    assert sorted(tmp_path.iterdir()) == sorted([tmp_path / "__pycache__", path])


PROBE = """
import atexit, sys
from lamina import dataclass_code
def report():
    used = sum(len(methods) for methods in dataclass_code._used.values())
    print(f"used: {used} compiled: {sorted(dataclass_code._compiled)}", flush=True)
atexit.register(report)
from lamina.cli.entry import run
run()
"""


def test_a_real_command_compiles_nothing_once_the_cache_is_written(tmp_path: Path) -> None:
    """Through the console script's path (entry.run installs the cache, its exit writes it)."""
    (tmp_path / "prisma").mkdir()
    (tmp_path / "prisma" / "schema.prisma").write_text(
        'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\n'
        'model User {\n  id Int @id\n}\n')
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    runs = [subprocess.run([sys.executable, "-c", PROBE, "validate"], cwd=tmp_path, env=env,
                           capture_output=True, text=True) for _ in range(2)]
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert "is valid" in run.stdout
    used, compiled = runs[1].stdout.splitlines()[-1].removeprefix("used: ").split(" compiled: ")
    assert int(used) > 50  # the command's classes went through the cache …
    assert compiled == "[]"  # … and none needed compiling
