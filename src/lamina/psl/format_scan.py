"""Reading a block's body (or the text between blocks) back into pieces for `format`: the items the
syntax tree knows (by their start offset), and what it does not keep: comments (`//`, `///` and
`/* */`, in Prisma's rendering), empty lines, and lines that do not parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lamina.diagnostics import Diagnostics
from lamina.psl import lexer
from lamina.psl.ast import Attribute, ConfigProperty, EnumValue, Field, SourceFile
from lamina.psl.parser import parse_file


@dataclass(frozen=True)
class Comments:
    lines: tuple[str, ...]  # rendered comment lines


@dataclass(frozen=True)
class EmptyLines:
    pass


@dataclass(frozen=True)
class Item:
    node: Field | EnumValue | ConfigProperty | Attribute
    comment: str | None  # trailing comment
    text: str | None = None  # the text the node's spans point into, when not the file's


@dataclass(frozen=True)
class Raw:
    text: str


Piece = Comments | EmptyLines | Item | Raw


def _multi_line_comment(raw: str) -> list[str]:
    lines = ["/**"]
    for line in raw[2:-2].splitlines():
        line = line.strip()
        if line.startswith("*"):
            line = line[1:].lstrip()
        if line:
            lines.append(" * " + line)
    lines.append(" */")
    return lines


def _comment_block(text: str, pos: int) -> tuple[list[str], int]:
    """Consecutive `//`, `///` and `/* */` comments, each optionally followed by one newline."""
    lines: list[str] = []
    while True:
        start = lexer.skip_whitespace(text, pos)
        if text.startswith("//", start):
            end = lexer.rest_of_line(text, start)
            lines.append(text[start:end])
        elif text.startswith("/*", start) and text.find("*/", start + 2) >= 0:
            end = text.find("*/", start + 2) + 2
            lines.extend(_multi_line_comment(text[start:end]))
        else:
            return lines, pos
        pos = end
        after = lexer.newline(text, pos)
        if after >= 0:
            pos = after


def _empty_lines(text: str, pos: int) -> int:
    """`(WHITESPACE* NEWLINE)+`, or -1."""
    matched = -1
    while True:
        after = lexer.newline(text, lexer.skip_whitespace(text, pos))
        if after < 0:
            return matched
        pos = matched = after


def scan(text: str, start: int, end: int, items: dict[int, Item]) -> list[Piece]:
    """The pieces of `text[start:end]`: known items (by start offset), comments, empty lines."""
    pieces: list[Piece] = []
    pos = start
    while True:
        pos = lexer.skip_whitespace(text, pos)
        if pos >= end:
            return pieces
        item = items.get(pos)
        if item is not None:
            pieces.append(item)
            pos = end_of_item(text, item)
            continue
        lines, after = _comment_block(text, pos)
        if lines:
            pieces.append(Comments(tuple(lines)))
            pos = after
            continue
        after = _empty_lines(text, pos)
        if after >= 0:
            pieces.append(EmptyLines())
            pos = after
            continue
        line_end = lexer.rest_of_line(text, pos)
        pieces.append(Raw(text[pos:line_end]))
        pos = max(lexer.newline(text, line_end), line_end + 1)


def end_of_item(text: str, item: Item) -> int:
    pos = item.node.span.end
    if isinstance(item.node, Attribute):  # block attribute: the span stops before the comment
        pos = lexer.rest_of_line(text, pos)
        after = lexer.newline(text, pos)
        return after if after >= 0 else pos
    return pos


def trailing_comment(text: str, attribute: Attribute) -> str | None:
    pos = lexer.skip_whitespace_and_block_comments(text, attribute.span.end)
    if text.startswith("//", pos):
        return text[pos : lexer.rest_of_line(text, pos)]
    return None


def legacy_colon_field(line: str) -> Item | None:
    """`name: Type ...`, the Prisma 1 field syntax, which Prisma's format rewrites without the colon."""
    match = re.match(r"([A-Za-z0-9][A-Za-z0-9_-]*)[ \t]*:", line)
    if match is None:
        return None
    text = "model M {\n" + match.group(1) + " " + line[match.end() :] + "\n}\n"
    diagnostics = Diagnostics()
    tops = parse_file(SourceFile("", text), diagnostics)
    if diagnostics.has_errors() or len(tops) != 1 or len(tops[0].fields) != 1:
        return None
    field = tops[0].fields[0]
    return Item(field, field.comment.text if field.comment else None, text)
