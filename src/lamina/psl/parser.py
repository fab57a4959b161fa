"""PSL text → syntax tree. A PEG parser following Prisma's grammar rule for rule.

Tokens are matched with the compiled patterns of `lexer`; every rule looks at the next token before
committing to it, so the common paths never backtrack. Lines the grammar does not accept are skipped
by its catch-all rules and reported as diagnostics, exactly where Prisma reports them; `parse_schema`
never raises.
"""

from __future__ import annotations

from dataclasses import replace

from lamina.diagnostics import Diagnostics, Span
from lamina.psl.ast import (
    Argument,
    ArgumentList,
    ArrayValue,
    Attribute,
    Comment,
    ConfigBlock,
    ConfigProperty,
    ConstantValue,
    Enum,
    EnumValue,
    Expression,
    Field,
    FieldType,
    FunctionCall,
    Model,
    NumericValue,
    ObjectEntry,
    ObjectValue,
    Schema,
    SourceFile,
    StringValue,
    Top,
)
from lamina.psl.lexer import (
    blanks_at,
    comment_at,
    empty_lines_at,
    field_attribute_at,
    field_head_at,
    identifier_at,
    line_end_at,
    newline_at,
    numeric_at,
    path_at,
    rest_of_line_at,
    single_argument_at,
    string_at,
    unescape,
    ws_at,
)

_MODEL_KEYWORDS = ("model", "type", "view")
_CONTAINERS = {"type": "composite type", "view": "view"}


class _Failed(Exception):
    """Internal backtracking signal: the current rule does not match here."""


class _FileParser:
    def __init__(self, source: SourceFile, diagnostics: Diagnostics) -> None:
        self.text = source.text
        self.file = source.path
        self.diagnostics = diagnostics
        self.pos = 0

    # -- small helpers -------------------------------------------------------------------------

    def span(self, start: int, end: int | None = None) -> Span:
        return Span(self.file, start, self.pos if end is None else end)

    def ws(self) -> None:
        """Implicit whitespace between tokens: blanks and `/* ... */` comments."""
        self.pos = ws_at(self.text, self.pos).end()

    def expect(self, word: str) -> None:
        if not self.text.startswith(word, self.pos):
            raise _Failed
        self.pos += len(word)

    def scan(self, matcher) -> tuple[str, Span]:
        match = matcher(self.text, self.pos)
        if match is None:
            raise _Failed
        start, self.pos = self.pos, match.end()
        return match.group(), Span(self.file, start, self.pos)

    def attempt(self, rule):
        """Run `rule`; on failure restore the position and return None."""
        saved = self.pos
        try:
            return rule()
        except _Failed:
            self.pos = saved
            return None

    def newline(self) -> None:
        match = newline_at(self.text, self.pos)
        if match is None:
            raise _Failed
        self.pos = match.end()

    def optional_newline(self) -> None:
        match = newline_at(self.text, self.pos)
        if match is not None:
            self.pos = match.end()

    # -- schema ----------------------------------------------------------------------------------

    def parse(self) -> list[Top]:
        # Documentation as Prisma's parser hands it out: a comment block directly above a block
        # becomes pending; a model or enum takes the pending one, a datasource or generator leaves
        # it for the next model or enum, and nothing else clears it.
        tops: list[Top] = []
        pending_doc: str | None = None
        above: list[str | None] = []  # the comment block just read, when no empty line follows it
        text = self.text
        while True:
            self.ws()
            if self.pos >= len(text):
                return tops
            start = self.pos
            block_above, above = above, []
            node = self.attempt(self.model_declaration) or self.attempt(self.enum_declaration)
            if node is not None:
                tops.append(_with_documentation(node, block_above[0] if block_above else pending_doc))
                pending_doc = None
                continue
            node = self.attempt(self.config_block)
            if node is not None:
                tops.append(node)
                if block_above:
                    pending_doc = block_above[0]
                continue
            if self.attempt(self.type_alias) is not None:
                self.diagnostics.error(
                    "Error validating: Invalid type definition. Please check the documentation in "
                    "https://pris.ly/d/composite-types",
                    self.span(start),
                )
                continue
            if self.attempt(self.arbitrary_block) is not None:
                self.diagnostics.error(
                    "Error validating: This block is invalid. It does not start with any known Prisma "
                    "schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and "
                    "'generator'.",
                    self.span(start),
                )
                continue
            comments = self.comment_block()
            if comments is not None:
                if empty_lines_at(text, self.pos) is None:
                    above = [_documentation(comments)]
                continue
            if self.empty_lines():
                continue
            self.catch_all()
            self.diagnostics.error(
                "Error validating: This line is invalid. It does not start with any known Prisma "
                "schema keyword.",
                self.span(start),
            )

    def catch_all(self) -> bool:
        """The rest of a non-empty line and its newline; False (nothing consumed) on an empty line."""
        end = rest_of_line_at(self.text, self.pos).end()
        if end == self.pos:
            return False
        self.pos = end
        self.optional_newline()
        return True

    def block_level_catch_all(self) -> bool:
        if self.text.startswith("}", self.pos):
            return False
        return self.catch_all()

    def empty_lines(self) -> bool:
        match = empty_lines_at(self.text, self.pos)
        if match is None:
            return False
        self.pos = match.end()
        return True

    def block_open(self) -> None:
        self.expect("{")
        self.pos = rest_of_line_at(self.text, self.pos).end()
        self.newline()

    # -- comments ----------------------------------------------------------------------------------

    def one_comment(self) -> Comment | None:
        """Blanks and a `//` comment to the end of the line (span from before the blanks), or None."""
        match = comment_at(self.text, self.pos)
        if match is None:
            return None
        start, self.pos = self.pos, match.end()
        return Comment(match.group(1), Span(self.file, start, self.pos))

    def ws_comment(self) -> Comment | None:
        """Implicit whitespace, then `one_comment`; on None the position is unchanged."""
        saved = self.pos
        self.ws()
        comment = self.one_comment()
        if comment is None:
            self.pos = saved
        return comment

    def comment_block(self) -> list[Comment] | None:
        comment = self.one_comment()
        if comment is None:
            return None
        comments = [comment]
        while True:
            self.optional_newline()
            comment = self.one_comment()
            if comment is None:
                return comments
            comments.append(comment)

    # -- models ----------------------------------------------------------------------------------

    def model_declaration(self) -> Model:
        start = self.pos
        text = self.text
        kind = next((k for k in _MODEL_KEYWORDS if text.startswith(k, self.pos)), None)
        if kind is None:
            raise _Failed
        self.pos += len(kind)
        self.ws()
        name, name_span = self.scan(identifier_at)
        self.ws()
        self.block_open()
        container = _CONTAINERS.get(kind, "model")

        def field(pending, errors):
            return self.field_declaration(container, name, pending, errors)

        fields, attributes, comments = self.block_body(
            field, "Error validating: This line is not a valid field or attribute definition."
        )
        return Model(kind, name, fields, attributes, None, comments, self.span(start), name_span)

    def block_body(self, item, catch_all_message: str):
        """The lines of a model or enum block and its closing `}`: `item(pending, errors)` reads a field or
        value (None if the line is not one, True if it went to `errors`); then block attributes, comment
        lines (documentation for the next item), empty lines, and any other line, reported with
        `catch_all_message` once the block is known to be closed."""
        text = self.text
        items: list = []
        attributes: list[Attribute] = []
        comments: list[Comment] = []
        pending: list[Comment] | None = None
        errors: list[tuple[str, Span]] = []
        while True:
            self.ws()
            item_start = self.pos
            found = item(pending, errors)
            if found is not None:
                if found is not True:
                    items.append(found)
                pending = None
                continue
            if text.startswith("@@", item_start):
                attribute = self.attempt(self.block_attribute_line)
                if attribute is not None:
                    attributes.append(attribute)
                    continue
            block = self.comment_block()
            if block is not None:
                comments.extend(block)
                pending = block
                continue
            if self.empty_lines():
                continue
            if self.block_level_catch_all():
                errors.append((catch_all_message, self.span(item_start)))
                continue
            break
        self.expect("}")
        for message, span in errors:
            self.diagnostics.error(message, span)
        return tuple(items), tuple(attributes), tuple(comments)

    def block_attribute_line(self) -> Attribute:
        attribute = self.block_attribute()
        self.newline()
        return attribute

    def block_attribute(self) -> Attribute:
        start = self.pos
        self.expect("@@")
        self.ws()
        name, _ = self.scan(path_at)
        arguments = self.ws_arguments_list()
        end = self.pos
        self.ws_comment()
        return Attribute(name, arguments, self.span(start, end))

    def field_attribute(self) -> Attribute:
        start = self.pos
        self.expect("@")
        self.ws()
        name, _ = self.scan(path_at)
        arguments = self.ws_arguments_list()
        return Attribute(name, arguments, self.span(start))

    def ws_field_attribute(self) -> Attribute | None:
        """Implicit whitespace, then a field attribute; on None the position is unchanged."""
        saved = self.pos
        text = self.text
        match = field_attribute_at(text, saved)
        if match is not None:  # the common `@name`: the general rule below would read the same
            self.pos = match.end()
            arguments = self.ws_arguments_list()
            return Attribute(match.group(1), arguments, Span(self.file, match.start(1) - 1, self.pos))
        self.ws()
        if text.startswith("@", self.pos):
            try:
                return self.field_attribute()
            except _Failed:
                pass
        self.pos = saved
        return None

    def ws_arguments_list(self) -> ArgumentList:
        """Implicit whitespace and an arguments list, or an empty list (spanning nothing) here."""
        saved = self.pos
        text = self.text
        pos = ws_at(text, saved).end()
        if text.startswith("(", pos):
            single = single_argument_at(text, pos)
            if single is not None:
                return self.single_argument(single)
            self.pos = pos
            try:
                return self.arguments_list()
            except _Failed:
                pass
        self.pos = saved
        return ArgumentList((), Span(self.file, saved, saved))

    def single_argument(self, match) -> ArgumentList:
        """The list `(x)` that `lexer.single_argument_at` matched, as `arguments_list` would read it."""
        file = self.file
        start, end = match.span()
        value_span = Span(file, start + 1, end - 1)
        call, number, string, constant = match.groups()
        if call is not None:
            after_name = start + 1 + len(call)
            value = FunctionCall(call, ArgumentList((), Span(file, after_name, after_name + 2)), value_span)
        elif number is not None:
            value = NumericValue(number, value_span)
        elif string is not None:
            value = StringValue(string[1:-1], value_span)
        else:
            value = ConstantValue(constant, value_span)
        self.pos = end
        return ArgumentList((Argument(None, value, value_span),), Span(file, start, end))

    def field_declaration(self, container, model_name, pending, errors) -> Field | bool | None:
        """A field line; True for a line reported in `errors`; None (position unchanged) if no field."""
        start = self.pos
        text = self.text
        head = field_head_at(text, start)
        try:
            if head is not None:  # `name Type`, `name Type?`, `name Type[]`: what the rules below read
                name, type_name, suffix = head.groups()
                name_span = Span(self.file, start, head.end(1))
                has_colon = False
                arity = "required" if suffix is None else ("optional" if suffix == "?" else "list")
                field_type = FieldType(type_name, arity, Span(self.file, head.start(2), head.end(2)))
                self.pos = head.end()
            else:
                name, name_span = self.scan(identifier_at)
                self.ws()
                colon_start = self.pos
                has_colon = text.startswith(":", colon_start)
                if has_colon:
                    self.pos += 1
                    colon_end = self.pos
                    self.ws()
                field_type = self.attempt(self.field_type)
            attributes, comment = self.attributes_to_line_end()
        except _Failed:
            self.pos = start
            return None
        span = self.span(start)
        if has_colon:
            errors.append(("Field declarations don't require a `:`.", Span(self.file, colon_start, colon_end)))
            return True
        if field_type is None:
            errors.append((
                f'Error validating {container} "{model_name}": This field declaration is invalid. '
                "It is either missing a name or a type.",
                span,
            ))
            return True
        if type(field_type) is tuple:
            errors.append(field_type)
            return True
        return Field(name, field_type, tuple(attributes), _item_documentation(pending, comment), comment, span,
                     name_span)

    def attributes_to_line_end(self) -> tuple[list[Attribute], Comment | None]:
        """The field attributes of a field or enum value line, its trailing comment and its newline."""
        attributes: list[Attribute] = []
        text = self.text
        while True:
            line_end = line_end_at(text, self.pos)
            if line_end is not None:  # nothing but blanks left on the line
                self.pos = line_end.end()
                return attributes, None
            attribute = self.ws_field_attribute()
            if attribute is None:
                break
            attributes.append(attribute)
        self.ws()
        comment = self.one_comment()
        self.ws()
        self.newline()
        return attributes, comment

    def field_type(self) -> FieldType | tuple[str, Span]:
        start = self.pos
        text = self.text
        if text.startswith("[", start):
            self.pos += 1
            self.ws()
            self.base_type()
            self.ws()
            self.expect("]")
            return ("To specify a list, please use `Type[]` instead of `[Type]`.", self.span(start))
        name, base_span, unsupported = self.base_type()
        after_base = self.pos
        self.ws()
        pos = self.pos
        if text.startswith("[]", pos):
            after_list = self.pos = pos + 2
            self.ws()
            if text.startswith("?", self.pos):
                self.pos += 1
                return ("Optional lists are not supported. Use either `Type[]` or `Type?`.", self.span(start))
            self.pos = after_list
            return FieldType(name, "list", base_span, unsupported)
        if text.startswith("?", pos):
            self.pos = pos + 1
            return FieldType(name, "optional", base_span, unsupported)
        if text.startswith("!", pos):
            self.pos = pos + 1
            return ("Fields are required by default, `!` is no longer required.", self.span(start))
        self.pos = after_base
        return FieldType(name, "required", base_span, unsupported)

    def base_type(self) -> tuple[str, Span, StringValue | None]:
        start = self.pos
        if self.text.startswith("Unsupported(", start):
            self.pos += len("Unsupported(")
            try:
                self.ws()
                value = self.string_value()
                self.ws()
                self.expect(")")
                return "Unsupported", self.span(start), value
            except _Failed:
                self.pos = start
        name, span = self.scan(identifier_at)
        return name, span, None

    # -- enums -----------------------------------------------------------------------------------

    def enum_declaration(self) -> Enum:
        start = self.pos
        self.expect("enum")
        self.ws()
        name, name_span = self.scan(identifier_at)
        self.ws()
        self.block_open()
        values, attributes, comments = self.block_body(
            lambda pending, errors: self.attempt(lambda: self.enum_value(pending)),
            "Error validating: This line is not an enum value definition.",
        )
        return Enum(name, values, attributes, None, comments, self.span(start), name_span)

    def enum_value(self, pending) -> EnumValue:
        start = self.pos
        name, _ = self.scan(identifier_at)
        attributes, comment = self.attributes_to_line_end()
        return EnumValue(name, tuple(attributes), _item_documentation(pending, comment), comment, self.span(start))

    # -- configuration blocks ------------------------------------------------------------------------

    def config_block(self) -> ConfigBlock:
        start = self.pos
        kind = "datasource" if self.text.startswith("datasource", self.pos) else "generator"
        self.expect(kind)
        self.ws()
        name, name_span = self.scan(identifier_at)
        self.ws()
        self.block_open()
        properties: list[ConfigProperty] = []
        comments: list[Comment] = []
        errors: list[tuple[str, Span]] = []
        while True:
            self.ws()
            item_start = self.pos
            prop = self.attempt(self.key_value)
            if prop is not None:
                properties.append(prop)
                continue
            block = self.comment_block()
            if block is not None:
                comments.extend(block)
                continue
            if self.empty_lines():
                continue
            if self.block_level_catch_all():
                errors.append((f"Error validating: This line is not a valid definition within a {kind}.",
                               self.span(item_start)))
                continue
            break
        self.expect("}")
        for message, span in errors:
            self.diagnostics.error(message, span)
        return ConfigBlock(kind, name, tuple(properties), None, tuple(comments), self.span(start), name_span)

    def key_value(self) -> ConfigProperty:
        start = self.pos
        name, _ = self.scan(identifier_at)
        self.ws()
        self.expect("=")
        self.ws()
        value = self.attempt(self.expression)
        self.ws()
        comment = self.one_comment()
        self.newline()
        return ConfigProperty(name, value, comment, self.span(start))

    def type_alias(self) -> bool:
        self.expect("type")
        self.ws()
        self.scan(identifier_at)
        self.ws()
        self.expect("=")
        self.ws()
        self.base_type()
        while self.ws_field_attribute() is not None:
            pass
        return True

    def arbitrary_block(self) -> bool:
        self.scan(identifier_at)
        self.ws()
        self.block_open()
        close = self.text.find("}", self.pos)
        if close < 0:
            raise _Failed
        self.pos = close + 1
        return True

    # -- expressions -------------------------------------------------------------------------------

    def arguments_list(self) -> ArgumentList:
        start = self.pos
        text = self.text
        if not text.startswith("(", start):
            raise _Failed
        self.pos = ws_at(text, start + 1).end()
        arguments: list[Argument] = []
        self.separated(self.argument, arguments)
        pos = ws_at(text, self.pos).end()
        if text.startswith(",", pos):
            pos = ws_at(text, pos + 1).end()
        if not text.startswith(")", pos):
            raise _Failed
        self.pos = pos + 1
        return ArgumentList(tuple(arguments), Span(self.file, start, self.pos))

    def separated(self, rule, items: list) -> None:
        """`(rule ("," rule)*)?` into `items`; the position ends after the last item read."""
        text = self.text
        saved = self.pos
        try:
            items.append(rule())
        except _Failed:
            self.pos = saved
            return
        while True:
            saved = self.pos
            pos = ws_at(text, saved).end()
            if not text.startswith(",", pos):
                return
            self.pos = ws_at(text, pos + 1).end()
            try:
                items.append(rule())
            except _Failed:
                self.pos = saved
                return

    def argument(self) -> Argument:
        start = self.pos
        text = self.text
        match = identifier_at(text, start)
        if match is not None:
            pos = ws_at(text, match.end()).end()
            if text.startswith(":", pos):
                after_colon = pos + 1
                self.pos = ws_at(text, after_colon).end()
                try:
                    value = self.expression()
                except _Failed:
                    self.pos = after_colon
                    return Argument(match.group(), None, Span(self.file, start, after_colon))
                return Argument(match.group(), value, Span(self.file, start, self.pos))
        value = self.expression()
        return Argument(None, value, Span(self.file, start, self.pos))

    def expression(self) -> Expression:
        start = self.pos
        text = self.text
        path = path_at(text, start)
        if path is not None:
            after = ws_at(text, path.end()).end()
            if text.startswith("(", after):
                self.pos = after
                try:
                    arguments = self.arguments_list()
                    return FunctionCall(path.group(), arguments, Span(self.file, start, self.pos))
                except _Failed:
                    self.pos = start
        elif text.startswith("[", start):
            try:
                return self.array_expression()
            except _Failed:
                self.pos = start
        elif text.startswith("{", start):
            return self.object_expression()
        number = numeric_at(text, start)
        if number is not None:
            self.pos = number.end()
            return NumericValue(number.group(), Span(self.file, start, self.pos))
        if text.startswith('"', start):
            return self.string_value()
        if path is None:
            raise _Failed
        self.pos = path.end()
        return ConstantValue(path.group(), Span(self.file, start, self.pos))

    def array_expression(self) -> ArrayValue:
        start = self.pos
        text = self.text
        if not text.startswith("[", start):
            raise _Failed
        self.pos = ws_at(text, start + 1).end()
        items: list[Expression] = []
        self.separated(self.expression, items)
        pos = ws_at(text, self.pos).end()
        if not text.startswith("]", pos):
            raise _Failed
        self.pos = pos + 1
        return ArrayValue(tuple(items), Span(self.file, start, self.pos))

    def object_expression(self) -> ObjectValue:
        """`{ name: expression, ... }` (no trailing comma)."""
        start = self.pos
        text = self.text
        self.pos = ws_at(text, start + 1).end()
        entries: list[ObjectEntry] = []
        self.separated(self.object_entry, entries)
        pos = ws_at(text, self.pos).end()
        if not text.startswith("}", pos):
            raise _Failed
        self.pos = pos + 1
        return ObjectValue(tuple(entries), Span(self.file, start, self.pos))

    def object_entry(self) -> ObjectEntry:
        start = self.pos
        text = self.text
        match = identifier_at(text, start)
        if match is None:
            raise _Failed
        pos = ws_at(text, match.end()).end()
        if not text.startswith(":", pos):
            raise _Failed
        self.pos = ws_at(text, pos + 1).end()
        value = self.expression()
        return ObjectEntry(match.group(), value, Span(self.file, start, self.pos))

    def string_value(self) -> StringValue:
        raw, span = self.scan(string_at)
        return StringValue(unescape(raw[1:-1]), span)


def _documentation(comments: list[Comment] | None) -> str | None:
    if not comments:
        return None
    lines = [c.text[3:] for c in comments if c.text.startswith("///")]
    if not lines:
        return None
    return "\n".join(line[1:] if line.startswith(" ") else line for line in lines)


def _item_documentation(pending: list[Comment] | None, trailing: Comment | None) -> str | None:
    """A field's or enum value's documentation: the `///` lines above it, then a trailing `///`
    comment on its line, as Prisma joins them."""
    parts = [d for d in (_documentation(pending), _documentation([trailing] if trailing else None)) if d is not None]
    return "\n".join(parts) if parts else None


def _with_documentation(node, documentation: str | None):
    if documentation is None or isinstance(node, ConfigBlock):
        return node
    return replace(node, documentation=documentation)


def parse_file(source: SourceFile, diagnostics: Diagnostics) -> list[Top]:
    try:
        return _FileParser(source, diagnostics).parse()
    except RecursionError:  # pathological nesting: report instead of crashing
        diagnostics.error("Unexpected token.", Span(source.path, 0, 0))
        return []


def parse_schema(files: list[SourceFile]) -> tuple[Schema, Diagnostics]:
    diagnostics = Diagnostics()
    tops: list[Top] = []
    for source in files:
        tops.extend(parse_file(source, diagnostics))
    return Schema(tuple(tops), tuple(files)), diagnostics
