"""The validation fixture format: a schema, then (if invalid) a blank line and the expected
diagnostics as `// ` lines. Shared by the fixture test and scripts/regen_psl_fixtures.py."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).parent / "validation"
SCHEMA_NAME = "schema.prisma"  # the file name the oracle saw and that the diagnostics show


MULTI_SUFFIX = ".multi"  # a folder fixture: several .prisma files + expected.txt, shown under schema/
MULTI_ROOT = "schema"


def multi_fixture_files(folder: Path) -> list[tuple[str, str]]:
    """(path as shown, text) of each .prisma file of a folder fixture, sorted like read_schema_files."""
    return [
        (f"{MULTI_ROOT}/{p.relative_to(folder).as_posix()}", p.read_bytes().decode("utf-8"))
        for p in sorted(folder.rglob("*.prisma"))
    ]


def split_fixture(text: str) -> tuple[str, str]:
    """(schema text, expected diagnostics) of a fixture file."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    end = len(lines)
    start = end
    while start > 0 and (lines[start - 1].startswith("// ") or lines[start - 1] == "//"):
        start -= 1
    if start == end or start == 0 or lines[start - 1] != "":
        return text, ""
    schema = "\n".join(lines[: start - 1]) + "\n"
    expected = "\n".join(line[3:] for line in lines[start:end]) + "\n"
    return schema, expected


def join_fixture(schema: str, expected: str) -> str:
    if not expected:
        return schema
    body = "\n".join(("// " + line) if line else "//" for line in expected.rstrip("\n").split("\n"))
    return schema + "\n" + body + "\n"
