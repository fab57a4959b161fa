"""Reading attribute arguments: positional/named lookup, unknown and duplicate arguments, coercion."""

from __future__ import annotations

from dataclasses import dataclass, field

from lamina.diagnostics import Diagnostics, Span
from lamina.psl.ast import (
    ArrayValue,
    Attribute,
    ConstantValue,
    Expression,
    FunctionCall,
    NumericValue,
    ObjectValue,
    StringValue,
)


def attribute_label(attribute: Attribute, block_level: bool) -> str:
    return ("@@" if block_level else "@") + attribute.name


def describe(expression: Expression | None) -> str:
    """Prisma's name for an expression kind, used in "Expected a X value" messages."""
    match expression:
        case StringValue():
            return "string"
        case NumericValue():
            return "numeric"
        case ConstantValue():
            return "literal"
        case FunctionCall():
            return "functional"
        case ArrayValue():
            return "array"
        case ObjectValue():
            return "object"
    return "empty"


def expression_text(expression: Expression | None) -> str:
    match expression:
        case StringValue(value=value):
            return f'"{value}"'
        case NumericValue(text=text):
            return text
        case ConstantValue(name=name):
            return name
        case FunctionCall(name=name, arguments=args):
            return f"{name}({', '.join(expression_text(a.value) for a in args.arguments)})"
        case ArrayValue(items=items):
            return "[" + ", ".join(expression_text(i) for i in items) + "]"
        case ObjectValue(entries=entries):
            return "{ " + ", ".join(f"{e.name}: {expression_text(e.value)}" for e in entries) + " }" if entries else "{}"
    return ""


@dataclass
class Arguments:
    """The arguments of one attribute. `take(name)` consumes an argument; `finish()` reports leftovers."""

    attribute: Attribute
    label: str
    diagnostics: Diagnostics
    default_name: str | None = None  # the name the first positional argument stands for
    model_name: str = ""  # the enclosing model, for "Error validating model" messages
    used: set[int] = field(default_factory=set)

    broken: bool = False  # an argument error was reported; further checks would only add noise

    def __post_init__(self) -> None:
        arguments = self.attribute.arguments.arguments
        unnamed = [a for a in arguments if a.name is None]
        if len(unnamed) > 1:
            listed = ", ".join(expression_text(a.value) for a in unnamed)
            self.error(
                "You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? "
                f"Did you mean `[{listed}]`?"
            )
            self.broken = True
            return
        seen: set[str] = set()
        for argument in arguments:
            if argument.name is None:
                continue
            if argument.name in seen:
                self.diagnostics.error(f'Argument "{argument.name}" is already specified.', argument.span)
                self.broken = True
            elif unnamed and argument.name == self.default_name:
                self.diagnostics.error(
                    f'Argument "{argument.name}" is already specified as unnamed argument.', argument.span
                )
                self.broken = True
            seen.add(argument.name)

    def take(self, name: str, positional: bool = False) -> Expression | None:
        if self.broken:
            return None
        for index, argument in enumerate(self.attribute.arguments.arguments):
            if index in self.used:
                continue
            if argument.name == name or (positional and argument.name is None):
                self.used.add(index)
                return argument.value
        return None

    def has(self, name: str) -> bool:
        return any(a.name == name for a in self.attribute.arguments.arguments)

    def missing(self, name: str) -> None:
        if self.broken:
            return
        self.diagnostics.error(
            f'Argument "{name}" is missing.', self.attribute.span
        )

    def error(self, message: str, span: Span | None = None) -> None:
        self.diagnostics.error(
            f'Error parsing attribute "{self.label}": {message}', span or self.attribute.span
        )

    def attribute_error(self, message: str, span: Span | None = None) -> None:
        """Prisma's attribute validation error, which names the attribute with a single `@` even on
        block attributes (`"@index"` for `@@index`)."""
        self.diagnostics.error(
            f'Error parsing attribute "@{self.attribute.name}": {message}', span or self.attribute.span
        )

    def parser_error(self, expected: str, span: Span) -> None:
        """Prisma's parser error for an argument value outside its grammar."""
        self.diagnostics.error(f"Unexpected token. Expected one of: {expected}", span)

    def error_expected(self, kind: str, expression: Expression) -> None:
        self.diagnostics.error(
            f"Expected a {kind} value, but received {describe(expression)} value "
            f"`{expression_text(expression)}`.",
            expression.span,
        )

    def finish(self) -> None:
        if self.broken:
            return
        for index, argument in enumerate(self.attribute.arguments.arguments):
            if index not in self.used:
                self.diagnostics.error("No such argument.", argument.span)


def mapped_name(node) -> str:
    """The database name a field or enum value gets from its `@map("...")`, else its own name (read
    from the syntax tree, before the names are resolved)."""
    for attribute in node.attributes:
        if attribute.name == "map" and attribute.arguments.arguments:
            value = attribute.arguments.arguments[0].value
            if isinstance(value, StringValue):
                return value.value
    return node.name


def as_string(expression: Expression | None) -> str | None:
    return expression.value if isinstance(expression, StringValue) else None


def as_constant(expression: Expression | None) -> str | None:
    return expression.name if isinstance(expression, ConstantValue) else None


def expect_constant(args: Arguments, expression: Expression | None) -> str | None:
    """Prisma's `coerce::constant`: the name of a constant, or an error."""
    if expression is None:
        return None
    if isinstance(expression, ConstantValue):
        return expression.name
    args.error_expected("constant", expression)
    return None


def expect_integer(args: Arguments, expression: Expression | None) -> int | None:
    """Prisma's `coerce::integer`: a numeric value that is a whole number, or an error."""
    if expression is None:
        return None
    if isinstance(expression, NumericValue) and expression.text.lstrip("-").isdigit():
        return int(expression.text)
    args.error_expected("numeric", expression)
    return None


def expect_string(args: Arguments, expression: Expression | None) -> str | None:
    if expression is None:
        return None
    if isinstance(expression, StringValue):
        return expression.value
    args.error_expected("string", expression)
    return None
