"""`prisma format`: a parsed schema file → its canonical text.

The layout follows Prisma's reformatter. Each block's lines go into a table whose columns are aligned
(field name, type, attributes; or key, `= value`); an empty line starts a new table. Field and block
attributes are sorted into Prisma's canonical order, block attributes move to the end of their block
after one empty line, comments stay where they are, and top-level blocks are separated by one empty line.

The syntax tree gives the items; the text between items (comments, empty lines, `/* */` comments,
which the tree does not keep) is scanned again from the source, using the items' spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lamina.diagnostics import Diagnostics
from lamina.psl import lexer
from lamina.psl.ast import (
    Argument,
    ArgumentList,
    ArrayValue,
    Attribute,
    ConfigBlock,
    ConfigProperty,
    ConstantValue,
    Enum,
    EnumValue,
    Expression,
    Field,
    FunctionCall,
    Model,
    NumericValue,
    ObjectValue,
    SourceFile,
    StringValue,
    Top,
)
from lamina.psl.format_relations import insert, missing_relation_parts
from lamina.psl.format_scan import (
    Comments,
    EmptyLines,
    Item,
    Piece,
    Raw,
    legacy_colon_field,
    scan,
    trailing_comment,
)
from lamina.psl.parser import parse_file

INDENT = "  "

# Prisma's canonical attribute order; any other attribute keeps its place after these.
ATTRIBUTE_ORDER = ("id", "unique", "default", "updatedAt", "index", "fulltext", "map", "relation", "ignore")


def attribute_rank(attribute: Attribute) -> int:
    try:
        return ATTRIBUTE_ORDER.index(attribute.name)
    except ValueError:
        return len(ATTRIBUTE_ORDER)


# -- tables -------------------------------------------------------------------------------------


@dataclass
class _Row:
    columns: list[str] = field(default_factory=list)
    suffix: str = ""  # comments: never aligned
    raw: str | None = None  # a line kept as written


@dataclass
class _Table:
    rows: list[_Row] = field(default_factory=list)

    def new_row(self, columns: Sequence[str] = (), suffix: str = "") -> None:
        self.rows.append(_Row(list(columns), suffix))

    def comment_rows(self, lines: Sequence[str]) -> None:
        for line in lines:
            self.new_row(suffix=line)

    def render(self, out: list[str], indent: str) -> None:
        for row in self.rows:
            while row.columns and row.columns[-1] == "":
                row.columns.pop()
        widths: list[int] = []
        for row in self.rows:
            for i, column in enumerate(row.columns):
                if i == len(widths):
                    widths.append(0)
                widths[i] = max(widths[i], _width(column))
        for row in self.rows:
            if row.raw is not None:
                out.append(indent + row.raw)
                continue
            parts: list[str] = []
            for i, column in enumerate(row.columns):
                parts.append(column)
                if i < len(row.columns) - 1:
                    parts.append(" " * (widths[i] - _width(column) + 1))
            if row.suffix:
                if row.columns:
                    parts.append(" ")
                parts.append(row.suffix)
            line = "".join(parts)
            out.append(indent + line if line else "")
        self.rows = []


def _width(text: str) -> int:
    """Prisma measures columns in UTF-8 bytes."""
    return len(text.encode("utf-8"))


# -- expressions --------------------------------------------------------------------------------


class _Printer:
    def __init__(self, text: str) -> None:
        self.text = text

    def expression(self, expr: Expression) -> str:
        match expr:
            case StringValue(span=span):
                return self.text[span.start : span.end]
            case NumericValue(text=text):
                return text
            case ConstantValue(name=name):
                return name
            case FunctionCall(name=name, arguments=arguments):
                return name + self.arguments(arguments)
            case ArrayValue(items=items):
                return "[" + ", ".join(self.expression(item) for item in items) + "]"
            case ObjectValue(entries=entries):
                if not entries:
                    return "{}"
                return "{ " + ", ".join(f"{e.name}: {self.expression(e.value)}" for e in entries) + " }"
        raise TypeError(expr)

    def argument(self, argument: Argument) -> str:
        value = "" if argument.value is None else self.expression(argument.value)
        return value if argument.name is None else f"{argument.name}: {value}"

    def arguments(self, arguments: ArgumentList) -> str:
        return "(" + ", ".join(self.argument(a) for a in arguments.arguments) + ")"

    def attribute(self, attribute: Attribute, marker: str) -> str:
        arguments = attribute.arguments
        has_parens = arguments.span.end > arguments.span.start
        return marker + attribute.name + (self.arguments(arguments) if has_parens else "")

    def field_type(self, item: Field) -> str:
        field_type = item.type
        base = field_type.name
        if field_type.unsupported is not None:
            base = self.text[field_type.span.start : field_type.span.end]
        return base + {"required": "", "optional": "?", "list": "[]"}[field_type.arity]


# -- blocks ---------------------------------------------------------------------------------------


class _FileFormatter:
    def __init__(self, text: str) -> None:
        self.text = text
        self.printer = _Printer(text)
        self.out: list[str] = []
        self.in_model = False

    def top_level(self, tops: Sequence[Top]) -> str:
        pieces: list[Piece | Top] = []
        pos = 0
        for top in tops:
            pieces.extend(scan(self.text, pos, top.span.start, {}))
            pieces.append(top)
            pos = top.span.end
        pieces.extend(scan(self.text, pos, len(self.text), {}))
        if pieces and isinstance(pieces[0], EmptyLines):
            pieces.pop(0)
        for index, piece in enumerate(pieces):
            match piece:
                case EmptyLines():
                    if index + 1 < len(pieces):
                        self.out.append("")
                case Comments(lines=lines):
                    self.out.extend(lines)
                case Raw(text=raw):
                    self.out.append(raw)
                case _:
                    self.block(piece)
        result = "\n".join(self.out)
        return result + "\n" if not result.endswith("\n") else result

    def block(self, top: Top) -> None:
        keyword = top.kind if isinstance(top, (Model, ConfigBlock)) else "enum"
        self.out.append(f"{keyword} {top.name} {{")
        open_brace = self.text.index("{", top.name_span.end)
        body_start = lexer.rest_of_line(self.text, open_brace)
        body_start = max(lexer.newline(self.text, body_start), body_start)
        items: dict[int, Item] = {}
        match top:
            case Model(fields=fields, attributes=attributes):
                for item in fields:
                    items[item.span.start] = Item(item, item.comment.text if item.comment else None)
            case Enum(values=values, attributes=attributes):
                for value in values:
                    items[value.span.start] = Item(value, value.comment.text if value.comment else None)
            case ConfigBlock(properties=properties):
                attributes = ()
                for prop in properties:
                    items[prop.span.start] = Item(prop, prop.comment.text if prop.comment else None)
        for attribute in attributes:
            items[attribute.span.start] = Item(attribute, trailing_comment(self.text, attribute))
        pieces = scan(self.text, body_start, top.span.end - 1, items)
        self.in_model = isinstance(top, Model)
        self.contents(pieces)
        self.out.append("}")

    def contents(self, pieces: list[Piece]) -> None:
        table = _Table()
        attributes: list[tuple[Comments | None, Item]] = []
        while pieces and isinstance(pieces[0], EmptyLines):
            pieces.pop(0)
        for index, piece in enumerate(pieces):
            following = pieces[index + 1] if index + 1 < len(pieces) else None
            after_empty = index > 0 and isinstance(pieces[index - 1], EmptyLines)
            match piece:
                case EmptyLines():
                    if following is None or isinstance(following, Comments) or _is_block_attribute(following):
                        continue
                    table.render(self.out, INDENT)
                    table.new_row()
                case Comments(lines=lines):
                    if following is not None and _is_block_attribute(following):
                        continue  # moves with the attribute below
                    if after_empty:
                        table.render(self.out, INDENT)
                        table.new_row()
                    table.comment_rows(lines)
                case Raw(text=raw):
                    legacy = legacy_colon_field(raw) if self.in_model else None
                    if legacy is not None:
                        self.item_row(table, legacy)
                    else:
                        table.rows.append(_Row(raw=raw))
                case Item(node=Attribute()):
                    previous = pieces[index - 1] if index > 0 else None
                    comment = previous if isinstance(previous, Comments) else None
                    attributes.append((comment, piece))
                case Item():
                    self.item_row(table, piece)
        table.render(self.out, INDENT)
        if attributes:
            table.new_row()
        attributes.sort(key=lambda pair: attribute_rank(pair[1].node))
        for comment, item in attributes:
            if comment is not None:
                table.comment_rows(comment.lines)
            table.new_row([self.printer.attribute(item.node, "@@")], item.comment or "")
        table.render(self.out, INDENT)

    def item_row(self, table: _Table, item: Item) -> None:
        printer = self.printer if item.text is None else _Printer(item.text)
        suffix = item.comment or ""
        match item.node:
            case Field() as node:
                ordered = sorted(node.attributes, key=attribute_rank)
                attrs = " ".join(printer.attribute(a, "@") for a in ordered)
                table.new_row([node.name, printer.field_type(node), attrs], suffix)
            case EnumValue() as node:
                attrs = "".join(printer.attribute(a, "@") for a in node.attributes)
                table.new_row([node.name, attrs], suffix)
            case ConfigProperty() as node:
                value = "" if node.value is None else printer.expression(node.value)
                table.new_row([node.name, "= " + value], suffix)


def _is_block_attribute(piece: Piece | None) -> bool:
    return isinstance(piece, Item) and isinstance(piece.node, Attribute)


# -- entry points ---------------------------------------------------------------------------------


def format_source(source: SourceFile) -> tuple[str, Diagnostics]:
    """One file's canonical text, with the parse diagnostics.

    A file with syntax errors is laid out as well as it can be, lines that do not parse kept as
    written, as Prisma does: its diagnostics then point into that text. It must not be written.
    """
    diagnostics = Diagnostics()
    tops = parse_file(source, diagnostics)
    if not source.text:
        return "", diagnostics  # Prisma leaves an empty file empty (a blank one becomes "\n")
    try:
        return _FileFormatter(source.text).top_level(tops), diagnostics
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        # a syntax error the layout cannot follow: keep the file as it is (never on a valid file)
        if not diagnostics.has_errors():
            raise
        return source.text, diagnostics


def format_text(text: str, path: str = "schema.prisma") -> str:
    """A one-file schema, formatted as `prisma format` would (missing back-relation fields added)."""
    return format_schema([SourceFile(path, text)])[0].text


def format_schema(files: Sequence[SourceFile]) -> list[SourceFile]:
    """Every file of a schema formatted on its own (same paths, same order), after adding what
    relations miss (back-relation fields, referencing fields, `@relation` arguments), which is done
    only when every file parses cleanly."""
    diagnostics = Diagnostics()
    tops = [top for source in files for top in parse_file(source, diagnostics)]
    if not diagnostics.has_errors():
        insertions = missing_relation_parts(tops, {f.path: f.text for f in files})
        files = [SourceFile(f.path, insert(f.text, [i for i in insertions if i.file == f.path])) for f in files]
    return [SourceFile(source.path, format_source(source)[0]) for source in files]
