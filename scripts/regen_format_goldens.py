#!/usr/bin/env python3
"""Regenerate tests/psl/format goldens with the real `prisma format`, or compare lamina with it.

    regen_format_goldens.py [CASE...]        each tests/psl/format/<case>.prisma (or <case>/ folder) is
                                             formatted by the oracle into <case>.formatted.prisma
                                             (or <case>.formatted/)
    regen_format_goldens.py --corpus [NAME...]
                                             perturb each corpus schema in a scratch folder, format it
                                             with the oracle and with lamina, and print the differences
                                             (nothing is written to the repository)

`perturb` (used by the tests too) re-indents lines, changes the blanks between tokens and the number
of empty lines, deterministically for a given seed. It never touches strings or comment text.
Environment: LAMINA_ORACLE (default ../shared/oracle), LAMINA_CORPUS (default ../shared/corpus).
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "psl" / "format"
ORACLE = Path(os.environ.get("LAMINA_ORACLE", ROOT.parent / "shared" / "oracle"))
CORPUS = Path(os.environ.get("LAMINA_CORPUS") or ROOT.parent / "shared" / "corpus")

_BLANKS = (" ", "  ", "   ", "\t", " \t")


def _perturb_code(code: str, rng: random.Random) -> str:
    """Vary the blanks between tokens of a line's code part (outside string literals)."""
    out: list[str] = []
    pos, in_string = 0, False
    while pos < len(code):
        char = code[pos]
        if in_string:
            out.append(char)
            if char == "\\" and pos + 1 < len(code):
                out.append(code[pos + 1])
                pos += 1
            elif char == '"':
                in_string = False
            pos += 1
        elif char == '"':
            in_string = True
            out.append(char)
            pos += 1
        elif char in " \t":
            end = pos
            while end < len(code) and code[end] in " \t":
                end += 1
            out.append(rng.choice(_BLANKS))
            pos = end
        elif char in ",:" and pos + 1 < len(code) and code[pos + 1] == " " and rng.random() < 0.5:
            out.append(char)  # drop the blank after a comma or colon
            pos += 2 if pos + 2 < len(code) and code[pos + 2] not in " \t" else 1
        else:
            out.append(char)
            pos += 1
    return "".join(out)


def _split_comment(line: str) -> tuple[str, str]:
    """(code, comment) where the comment starts at the first `//` outside a string."""
    in_string, pos = False, 0
    while pos < len(line):
        char = line[pos]
        if in_string:
            if char == "\\":
                pos += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif line.startswith("//", pos) or line.startswith("/*", pos):
            return line[:pos], line[pos:]
        pos += 1
    return line, ""


def perturb(text: str, seed: int) -> str:
    """A messier copy of a schema: the same tokens and comments, different blanks and empty lines."""
    rng = random.Random(seed)
    out: list[str] = []
    in_block_comment = False
    for line in text.split("\n"):
        if in_block_comment:
            in_block_comment = "*/" not in line
            out.append(line)
            continue
        if not line.strip():
            roll = rng.random()
            if roll < 0.25:
                continue  # drop an empty line
            out.extend([""] * (2 if roll > 0.75 else 1))
            continue
        code, comment = _split_comment(line)
        stripped = code.strip()
        indent = rng.choice(("", " ", "  ", "    ", "\t", "      "))
        body = _perturb_code(stripped, rng)
        if comment:
            body = body + (rng.choice(_BLANKS) if body else "") + comment
        out.append(indent + body)
        in_block_comment = comment.startswith("/*") and "*/" not in comment[2:]
        if rng.random() < 0.05 and not stripped.endswith("{") and stripped != "}":
            out.append(rng.choice(("", "  ")))
    return "\n".join(out)


# -- the oracle -----------------------------------------------------------------------------------


def oracle_format(target: Path) -> tuple[int, str]:
    """Run `prisma format` on a file or folder in place: (exit code, output)."""
    result = subprocess.run(
        [str(ORACLE / "prisma.sh"), "--schema", str(target), "--", "format"],
        cwd=target.parent, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
    )
    return result.returncode, result.stdout + result.stderr


def prisma7ize(source: Path, target: Path) -> None:
    subprocess.run([sys.executable, str(ORACLE / "prisma7ize.py"), str(source), str(target)],
                   check=True, capture_output=True)


def _regenerate_case(case: Path) -> str:
    formatted = case.with_name(case.name.removesuffix(".prisma") + ".formatted" + (".prisma" if case.is_file() else ""))
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / case.name
        if case.is_dir():
            shutil.copytree(case, copy)
        else:
            shutil.copyfile(case, copy)
        code, output = oracle_format(copy)
        if code != 0:
            return f"FAILED  {case.name}:\n{output}"
        if formatted.exists():
            shutil.rmtree(formatted) if formatted.is_dir() else formatted.unlink()
        shutil.copytree(copy, formatted) if copy.is_dir() else shutil.copyfile(copy, formatted)
    return f"written {formatted.relative_to(ROOT)}"


def case_inputs() -> list[Path]:
    return sorted(p for p in CASES.iterdir()
                  if (p.suffix == ".prisma" or p.is_dir()) and ".formatted" not in p.name
                  and not p.name.startswith(("_", ".")))


# -- corpus comparison ----------------------------------------------------------------------------


def corpus_schema(entry: Path) -> Path:
    return entry / "schema" if (entry / "schema").is_dir() else entry / "schema.prisma"


def prepare_corpus_copy(entry: Path, scratch: Path, seed: int | None) -> Path:
    """A prisma7ized (and, with a seed, perturbed) copy of a corpus schema in scratch."""
    source = corpus_schema(entry)
    target = scratch / source.name
    prisma7ize(source, target)
    if seed is not None:
        files = sorted(target.rglob("*.prisma")) if target.is_dir() else [target]
        for index, path in enumerate(files):
            path.write_bytes(perturb(path.read_bytes().decode("utf-8"), seed + index).encode("utf-8"))
    return target


def compare_entry(entry: Path, seed: int | None) -> list[str]:
    sys.path.insert(0, str(ROOT / "src"))
    from lamina.psl import read_schema_files
    from lamina.psl.format import format_schema

    with tempfile.TemporaryDirectory() as scratch:
        target = prepare_corpus_copy(entry, Path(scratch), seed)
        ours = {f.path: f.text for f in format_schema(read_schema_files(target))}
        code, output = oracle_format(target)
        if code != 0:
            return [f"{entry.name}: oracle failed\n{output}"]
        problems = []
        for path, text in ours.items():
            expected = Path(path).read_bytes().decode("utf-8")
            if text != expected:
                import difflib

                diff = "".join(difflib.unified_diff(expected.splitlines(True), text.splitlines(True),
                                                    "prisma", "lamina", n=1))
                problems.append(f"{entry.name} {Path(path).name} (seed {seed}):\n{diff[:3000]}")
        return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["--corpus"]:
        names = argv[1:] or sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
        jobs = [(CORPUS / name, seed) for name in names for seed in (None, 7)]
        with ThreadPoolExecutor(max_workers=3) as pool:
            results = list(pool.map(lambda job: compare_entry(*job), jobs))
        failures = [p for problems in results for p in problems]
        for (entry, seed), problems in zip(jobs, results):
            print(f"{'DIFF' if problems else 'same'} {entry.name} seed={seed}", flush=True)
        print("\n".join(failures))
        return 1 if failures else 0
    cases = [CASES / a if not Path(a).is_absolute() else Path(a) for a in argv] or case_inputs()
    with ThreadPoolExecutor(max_workers=3) as pool:
        for line in pool.map(_regenerate_case, cases):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
