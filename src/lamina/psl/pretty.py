"""Render diagnostics the way Prisma prints them with NO_COLOR: `error: ...`, `-->  file:line`, excerpt."""

from __future__ import annotations

from lamina.diagnostics import Diagnostic, Diagnostics
from lamina.psl.ast import SourceFile


# Control characters (ESC, NUL, DEL, C1...) in a schema are echoed as `\x1b`, never raw to the
# terminal: a stray ESC would recolour or rewrite the screen. Tabs and line ends stay as written
# (schema files are read with universal newlines: no CR reaches here).
_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0)) if code not in (0x09, 0x0A)}


def _printable(text: str) -> str:
    return text.translate(_ESCAPES)


def _gutter(line_number: int) -> str:
    return f"{line_number:2} | " if line_number > 0 else "   | "


def _gutter_with_line(line_number: int, lines: list[str]) -> str:
    if 0 < line_number <= len(lines):
        return _gutter(line_number) + lines[line_number - 1]
    return _gutter(line_number)


def render_diagnostic(diagnostic: Diagnostic, text: str) -> str:
    span = diagnostic.span
    start = min(max(span.start, 0), len(text))
    end = min(max(span.end, start), len(text))
    start_line = text.count("\n", 0, start)
    end_line = text.count("\n", 0, end)
    lines = text.split("\n")
    line_start = text.rfind("\n", 0, start) + 1
    line = lines[start_line]
    start_in_line = start - line_start
    end_in_line = min(start_in_line + (end - start), len(line))
    offending = line[start_in_line:end_in_line]
    out = [
        f"{diagnostic.severity}: {diagnostic.message}",
        f"  -->  {span.file}:{start_line + 1}",
        _gutter(0),
        _gutter_with_line(start_line, lines),
        _gutter(start_line + 1) + line,
    ]
    if not offending:
        spacing = " " * len(_printable(line[:start_in_line]).encode())
        out.append(_gutter(0) + spacing + "^ Unexpected token.")
    for number in range(start_line + 2, end_line + 2):
        out.append(_gutter_with_line(number, lines))
    out.append(_gutter(0))
    return _printable("\n".join(out)) + "\n"


def render_diagnostics(diagnostics: Diagnostics, files: list[SourceFile], between: str = "") -> str:
    """The body of Prisma's P1012 message: every error as a pretty-printed block, in order.

    Prisma shows no warnings when there are errors; with errors absent this renders the warnings
    in the same block format (the CLI itself prints them as `render_warnings` does). `between` goes
    between blocks (`getConfig` puts two empty lines there).
    """
    texts = {f.path: f.text for f in files}
    shown = diagnostics.errors or diagnostics.warnings
    return between.join(render_diagnostic(d, texts.get(d.span.file, "")) for d in shown)


def render_warnings(diagnostics: Diagnostics) -> str:
    """What the CLI prints for a schema with warnings: `Prisma schema warning:` and `- message` lines."""
    if not diagnostics.warnings:
        return ""
    return "Prisma schema warning:\n" + "".join(f"- {_printable(d.message)}\n" for d in diagnostics.warnings)
