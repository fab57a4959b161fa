"""PSL text → syntax tree. A PEG parser following Prisma's grammar rule for rule.

Lines the grammar does not accept are skipped by its catch-all rules and reported as diagnostics,
exactly where Prisma reports them; `parse_schema` never raises.
"""

from __future__ import annotations

from lamina.diagnostics import Diagnostics, Span
from lamina.psl import lexer
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
    Schema,
    SourceFile,
    StringValue,
    Top,
)

_MODEL_KEYWORDS = ("model", "type", "view")


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
        self.pos = lexer.skip_whitespace_and_block_comments(self.text, self.pos)

    def blanks(self) -> None:
        """Explicit WHITESPACE* inside atomic rules: blanks only."""
        self.pos = lexer.skip_whitespace(self.text, self.pos)

    def literal(self, word: str) -> bool:
        if self.text.startswith(word, self.pos):
            self.pos += len(word)
            return True
        return False

    def expect(self, word: str) -> None:
        if not self.literal(word):
            raise _Failed

    def scan(self, scanner) -> tuple[str, Span]:
        end = scanner(self.text, self.pos)
        if end < 0:
            raise _Failed
        start, self.pos = self.pos, end
        return self.text[start:end], self.span(start)

    def attempt(self, rule):
        """Run `rule`; on failure restore the position and return None."""
        saved = self.pos
        try:
            return rule()
        except _Failed:
            self.pos = saved
            return None

    def newline(self) -> None:
        end = lexer.newline(self.text, self.pos)
        if end < 0:
            raise _Failed
        self.pos = end

    def at_newline(self) -> bool:
        return lexer.newline(self.text, self.pos) >= 0

    # -- schema ----------------------------------------------------------------------------------

    def parse(self) -> list[Top]:
        tops: list[Top] = []
        pending_doc: str | None = None
        while True:
            self.ws()
            if self.pos >= len(self.text):
                return tops
            start = self.pos
            node = self.attempt(self.model_declaration) or self.attempt(self.enum_declaration)
            node = node or self.attempt(self.config_block)
            if node is not None:
                tops.append(_with_documentation(node, pending_doc))
                pending_doc = None
                continue
            if self.attempt(self.type_alias) is not None:
                self.diagnostics.error(
                    "Error validating: Invalid type definition. Please check the documentation in "
                    "https://pris.ly/d/composite-types",
                    self.span(start),
                )
                pending_doc = None
                continue
            if self.attempt(self.arbitrary_block) is not None:
                self.diagnostics.error(
                    "Error validating: This block is invalid. It does not start with any known Prisma "
                    "schema keyword. Valid keywords include 'model', 'enum', 'type', 'datasource' and "
                    "'generator'.",
                    self.span(start),
                )
                pending_doc = None
                continue
            comments = self.attempt(self.comment_block)
            if comments is not None:
                following = self.attempt(self._peek_empty_lines)
                pending_doc = None if following else _documentation(comments)
                continue
            if self.attempt(self.empty_lines) is not None:
                pending_doc = None
                continue
            self.catch_all()
            self.diagnostics.error(
                "Error validating: This line is invalid. It does not start with any known Prisma "
                "schema keyword.",
                self.span(start),
            )
            pending_doc = None

    def _peek_empty_lines(self) -> bool:
        saved = self.pos
        self.empty_lines()
        self.pos = saved
        return True

    def catch_all(self) -> None:
        end = lexer.rest_of_line(self.text, self.pos)
        if end == self.pos:
            raise _Failed
        self.pos = end
        if self.at_newline():
            self.newline()

    def block_level_catch_all(self) -> bool:
        if self.text.startswith("}", self.pos):
            raise _Failed
        self.catch_all()
        return True

    def empty_lines(self) -> bool:
        matched = False
        while True:
            saved = self.pos
            self.blanks()
            if not self.at_newline():
                self.pos = saved
                break
            self.newline()
            matched = True
        if not matched:
            raise _Failed
        return True

    def block_open(self) -> None:
        self.expect("{")
        self.pos = lexer.rest_of_line(self.text, self.pos)
        self.newline()

    # -- comments ----------------------------------------------------------------------------------

    def one_comment(self) -> Comment:
        start = self.pos
        self.blanks()
        if not self.text.startswith("//", self.pos):
            raise _Failed
        text_start = self.pos
        self.pos = lexer.rest_of_line(self.text, self.pos)
        return Comment(self.text[text_start : self.pos], self.span(start))

    def comment_block(self) -> list[Comment]:
        comments = [self.one_comment()]
        if self.at_newline():
            self.newline()
        while True:
            comment = self.attempt(self.one_comment)
            if comment is None:
                return comments
            comments.append(comment)
            if self.at_newline():
                self.newline()

    # -- models ----------------------------------------------------------------------------------

    def model_declaration(self) -> Model:
        start = self.pos
        kind = next((k for k in _MODEL_KEYWORDS if self.text.startswith(k, self.pos)), None)
        if kind is None:
            raise _Failed
        self.pos += len(kind)
        self.ws()
        name, name_span = self.scan(lexer.identifier)
        self.ws()
        self.block_open()
        fields: list[Field] = []
        attributes: list[Attribute] = []
        comments: list[Comment] = []
        pending: list[Comment] | None = None
        errors: list[tuple[str, Span]] = []
        while True:
            self.ws()
            item_start = self.pos
            field = self.attempt(lambda: self.field_declaration(kind, name, pending, errors))
            if field is not None:
                if isinstance(field, Field):
                    fields.append(field)
                pending = None
                continue
            attribute = self.attempt(self.block_attribute_line)
            if attribute is not None:
                attributes.append(attribute)
                continue
            block = self.attempt(self.comment_block)
            if block is not None:
                comments.extend(block)
                pending = block
                continue
            if self.attempt(self.empty_lines) is not None:
                continue
            if self.attempt(self.block_level_catch_all) is not None:
                errors.append(
                    ("Error validating: This line is not a valid field or attribute definition.",
                     self.span(item_start))
                )
                continue
            break
        self.expect("}")
        for message, span in errors:
            self.diagnostics.error(message, span)
        return Model(kind, name, tuple(fields), tuple(attributes), None, tuple(comments),
                     self.span(start), name_span)

    def block_attribute_line(self) -> Attribute:
        attribute = self.block_attribute()
        self.newline()
        return attribute

    def block_attribute(self) -> Attribute:
        start = self.pos
        self.expect("@@")
        self.ws()
        name, _ = self.scan(lexer.path)
        args_start = self.pos
        arguments = self.attempt(self._ws_arguments_list)
        if arguments is None:
            arguments = ArgumentList((), self.span(args_start, args_start))
        end = self.pos
        self.attempt(self._ws_trailing_comment)
        return Attribute(name, arguments, self.span(start, end))

    def field_attribute(self) -> Attribute:
        start = self.pos
        self.expect("@")
        self.ws()
        name, _ = self.scan(lexer.path)
        args_start = self.pos
        arguments = self.attempt(self._ws_arguments_list)
        if arguments is None:
            arguments = ArgumentList((), self.span(args_start, args_start))
        return Attribute(name, arguments, self.span(start))

    def _ws_arguments_list(self) -> ArgumentList:
        self.ws()
        return self.arguments_list()

    def _ws_trailing_comment(self) -> Comment:
        self.ws()
        return self.one_comment()

    def field_declaration(self, kind, model_name, pending, errors) -> Field | bool:
        start = self.pos
        name, name_span = self.scan(lexer.identifier)
        self.ws()
        colon_start = self.pos
        has_colon = self.literal(":")
        colon_span = self.span(colon_start)
        if has_colon:
            self.ws()
        field_type = self.attempt(self.field_type)
        attributes: list[Attribute] = []
        while True:
            attribute = self.attempt(self._ws_field_attribute)
            if attribute is None:
                break
            attributes.append(attribute)
        self.ws()
        comment = self.attempt(self.one_comment)
        self.ws()
        self.newline()
        span = self.span(start)
        container = "composite type" if kind == "type" else ("view" if kind == "view" else "model")
        if has_colon:
            errors.append(("Field declarations don't require a `:`.", colon_span))
            return True
        if field_type is None:
            errors.append((
                f'Error validating {container} "{model_name}": This field declaration is invalid. '
                "It is either missing a name or a type.",
                span,
            ))
            return True
        if isinstance(field_type, tuple):
            errors.append(field_type)
            return True
        documentation = _documentation(pending) if pending else None
        return Field(name, field_type, tuple(attributes), documentation, comment, span, name_span)

    def field_type(self) -> FieldType | tuple[str, Span]:
        start = self.pos
        if self.literal("["):
            self.ws()
            self.base_type()
            self.ws()
            self.expect("]")
            return ("To specify a list, please use `Type[]` instead of `[Type]`.", self.span(start))
        name, base_span, unsupported = self.base_type()
        after_base = self.pos
        self.ws()
        if self.literal("[]"):
            after_list = self.pos
            self.ws()
            if self.literal("?"):
                return ("Optional lists are not supported. Use either `Type[]` or `Type?`.", self.span(start))
            self.pos = after_list
            return FieldType(name, "list", base_span, unsupported)
        if self.literal("?"):
            return FieldType(name, "optional", base_span, unsupported)
        if self.literal("!"):
            return ("Fields are required by default, `!` is no longer required.", self.span(start))
        self.pos = after_base
        return FieldType(name, "required", base_span, unsupported)

    def base_type(self) -> tuple[str, Span, StringValue | None]:
        start = self.pos
        if self.literal("Unsupported("):
            saved = self.pos
            try:
                self.ws()
                value = self.string_value()
                self.ws()
                self.expect(")")
                return "Unsupported", self.span(start), value
            except _Failed:
                self.pos = start
        name, span = self.scan(lexer.identifier)
        return name, span, None

    # -- enums -----------------------------------------------------------------------------------

    def enum_declaration(self) -> Enum:
        start = self.pos
        self.expect("enum")
        self.ws()
        name, name_span = self.scan(lexer.identifier)
        self.ws()
        self.block_open()
        values: list[EnumValue] = []
        attributes: list[Attribute] = []
        comments: list[Comment] = []
        pending: list[Comment] | None = None
        errors: list[tuple[str, Span]] = []
        while True:
            self.ws()
            item_start = self.pos
            value = self.attempt(lambda: self.enum_value(pending))
            if value is not None:
                values.append(value)
                pending = None
                continue
            attribute = self.attempt(self.block_attribute_line)
            if attribute is not None:
                attributes.append(attribute)
                continue
            block = self.attempt(self.comment_block)
            if block is not None:
                comments.extend(block)
                pending = block
                continue
            if self.attempt(self.empty_lines) is not None:
                continue
            if self.attempt(self.block_level_catch_all) is not None:
                errors.append(("Error validating: This line is not an enum value definition.",
                               self.span(item_start)))
                continue
            break
        self.expect("}")
        for message, span in errors:
            self.diagnostics.error(message, span)
        return Enum(name, tuple(values), tuple(attributes), None, tuple(comments), self.span(start), name_span)

    def enum_value(self, pending) -> EnumValue:
        start = self.pos
        name, _ = self.scan(lexer.identifier)
        attributes: list[Attribute] = []
        while True:
            saved = self.pos
            self.ws()
            attribute = self.attempt(self.field_attribute)
            if attribute is None:
                self.pos = saved
                break
            attributes.append(attribute)
        self.ws()
        comment = self.attempt(self.one_comment)
        self.ws()
        self.newline()
        documentation = _documentation(pending) if pending else None
        return EnumValue(name, tuple(attributes), documentation, comment, self.span(start))

    # -- configuration blocks ------------------------------------------------------------------------

    def config_block(self) -> ConfigBlock:
        start = self.pos
        kind = "datasource" if self.text.startswith("datasource", self.pos) else "generator"
        self.expect(kind)
        self.ws()
        name, name_span = self.scan(lexer.identifier)
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
            block = self.attempt(self.comment_block)
            if block is not None:
                comments.extend(block)
                continue
            if self.attempt(self.empty_lines) is not None:
                continue
            if self.attempt(self.block_level_catch_all) is not None:
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
        name, _ = self.scan(lexer.identifier)
        self.ws()
        self.expect("=")
        self.ws()
        value = self.attempt(self.expression)
        self.ws()
        comment = self.attempt(self.one_comment)
        self.newline()
        return ConfigProperty(name, value, comment, self.span(start))

    def type_alias(self) -> bool:
        self.expect("type")
        self.ws()
        self.scan(lexer.identifier)
        self.ws()
        self.expect("=")
        self.ws()
        self.base_type()
        while self.attempt(self._ws_field_attribute) is not None:
            pass
        return True

    def _ws_field_attribute(self) -> Attribute:
        self.ws()
        return self.field_attribute()

    def arbitrary_block(self) -> bool:
        self.scan(lexer.identifier)
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
        self.expect("(")
        arguments: list[Argument] = []
        self.ws()
        first = self.attempt(self.argument)
        if first is not None:
            arguments.append(first)
            while True:
                def next_argument() -> Argument:
                    self.ws()
                    self.expect(",")
                    self.ws()
                    return self.argument()

                argument = self.attempt(next_argument)
                if argument is None:
                    break
                arguments.append(argument)
        self.ws()
        self.literal(",")
        self.ws()
        self.expect(")")
        return ArgumentList(tuple(arguments), self.span(start))

    def argument(self) -> Argument:
        start = self.pos

        def named() -> Argument:
            name, _ = self.scan(lexer.identifier)
            self.ws()
            self.expect(":")
            self.ws()
            value = self.expression()
            return Argument(name, value, self.span(start))

        def empty() -> Argument:
            name, _ = self.scan(lexer.identifier)
            self.ws()
            self.expect(":")
            return Argument(name, None, self.span(start))

        found = self.attempt(named) or self.attempt(empty)
        if found is not None:
            return found
        value = self.expression()
        return Argument(None, value, self.span(start))

    def expression(self) -> Expression:
        start = self.pos

        def function_call() -> FunctionCall:
            name, _ = self.scan(lexer.path)
            self.ws()
            arguments = self.arguments_list()
            return FunctionCall(name, arguments, self.span(start))

        found = self.attempt(function_call) or self.attempt(self.array_expression)
        if found is not None:
            return found
        end = lexer.numeric(self.text, self.pos)
        if end >= 0:
            self.pos = end
            return NumericValue(self.text[start:end], self.span(start))
        if self.text.startswith('"', self.pos):
            return self.string_value()
        name, span = self.scan(lexer.path)
        return ConstantValue(name, span)

    def array_expression(self) -> ArrayValue:
        start = self.pos
        self.expect("[")
        self.ws()
        items: list[Expression] = []
        first = self.attempt(self.expression)
        if first is not None:
            items.append(first)
            while True:
                def next_item() -> Expression:
                    self.ws()
                    self.expect(",")
                    self.ws()
                    return self.expression()

                item = self.attempt(next_item)
                if item is None:
                    break
                items.append(item)
        self.ws()
        self.expect("]")
        return ArrayValue(tuple(items), self.span(start))

    def string_value(self) -> StringValue:
        raw, span = self.scan(lexer.string_literal)
        return StringValue(lexer.unescape(raw[1:-1]), span)


def _documentation(comments: list[Comment] | None) -> str | None:
    if not comments:
        return None
    lines = [c.text[3:].strip() if False else c.text[3:] for c in comments if c.text.startswith("///")]
    if not lines:
        return None
    return "\n".join(line[1:] if line.startswith(" ") else line for line in lines)


def _with_documentation(node, documentation: str | None):
    if documentation is None or isinstance(node, ConfigBlock):
        return node
    from dataclasses import replace

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
