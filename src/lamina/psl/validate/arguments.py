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
            return "constant"
        case FunctionCall():
            return "functional"
        case ArrayValue():
            return "array"
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


def as_string(expression: Expression | None) -> str | None:
    return expression.value if isinstance(expression, StringValue) else None


def as_constant(expression: Expression | None) -> str | None:
    return expression.name if isinstance(expression, ConstantValue) else None


def expect_string(args: Arguments, expression: Expression | None) -> str | None:
    if expression is None:
        return None
    if isinstance(expression, StringValue):
        return expression.value
    args.error_expected("string", expression)
    return None
