"""The value of a TypeScript expression, computed without running it (prisma.config.ts).

Understood: string, number and template literals; `process.env.X`, `process.env["X"]` and
prisma/config's `env("X")`; `!`, `as`, `satisfies`, parentheses; `??`, `||`, `&&`, `!`, `+` and
`? :`; top-level `const`/`let`/`var` bindings; `defineConfig({...})`; `path.join`/`resolve`/
`dirname` (and the same names imported from "path" / "node:path"), `__dirname`,
`import.meta.dirname`, `fileURLToPath(import.meta.url)` and `process.cwd()`; `trim`, `replace`,
`replaceAll` and `toString` on known strings, with `?.`. Anything else becomes `Unknown`, which
quotes the code as written and its line, so that a key is an error only when lamina needs it.
"""

from __future__ import annotations

import math
import posixpath
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from lamina.project.config_errors import ConfigEnvMissing
from lamina.project.js_strings import JS_WHITESPACE, js_replace

if TYPE_CHECKING:
    from lamina.project.config_ts import ConfigSource


@dataclass(frozen=True)
class Unknown:
    """A value lamina cannot compute without running the file."""

    code: str  # as written
    line: int


_UNDEFINED = None  # JavaScript's undefined and null
_PATH_MODULES = ("path", "node:path")
_PRISMA_CONFIG_MODULES = ("prisma/config", "@prisma/config")

class Evaluator:
    def __init__(self, source: ConfigSource, environ: Mapping[str, str], cwd: Path, *, strict: bool):
        self.source = source
        self.environ = environ
        self.cwd = cwd
        self.strict = strict
        self.done: dict[str, object] = {}
        self.busy: set[str] = set()
        self.uses_define_config = False

    def unknown(self, node) -> Unknown:
        return Unknown(self.source.code_of(node), self.source.line_of(node))

    def binding(self, name: str) -> object:
        if name in self.done:
            return self.done[name]
        node = self.source.bindings[name]
        if name in self.busy:
            return self.unknown(node)
        self.busy.add(name)
        value = self.value(node)
        self.busy.discard(name)
        self.done[name] = value
        return value

    def value(self, node) -> object:  # noqa: C901 - one case per kind of expression
        match node.type:
            case "string" | "template_string":
                return self.text_literal(node)
            case "number":
                return _number(self.source.code_of(node))
            case "true" | "false":
                return node.type == "true"
            case "null" | "undefined":
                return _UNDEFINED
            case "parenthesized_expression" | "as_expression" | "satisfies_expression" | "non_null_expression":
                return self.value(children(node)[0])
            case "type_assertion":  # <string>x
                return self.value(children(node)[-1])
            case "identifier":
                return self.identifier(node)
            case "member_expression" | "subscript_expression":
                return self.member(node)
            case "call_expression":
                return self.call(node)
            case "binary_expression":
                return self.binary(node)
            case "unary_expression":
                operator = node.child_by_field_name("operator")
                operand = self.value(node.child_by_field_name("argument"))
                if operator is not None and operator.type == "!" and not isinstance(operand, Unknown):
                    return not _truthy(operand)
                return self.unknown(node)
            case "ternary_expression":
                condition = self.value(node.child_by_field_name("condition"))
                if isinstance(condition, Unknown):
                    return condition
                return self.value(node.child_by_field_name("consequence" if _truthy(condition) else "alternative"))
            case "object":
                return self.object(node)
            case "array":
                return [self.value(c) for c in children(node)]
        return self.unknown(node)

    def text_literal(self, node) -> str | Unknown:
        parts: list[str] = []
        position = node.start_byte + 1
        for child in node.named_children:
            parts.append(self.source.text[position:child.start_byte].decode("utf-8", errors="replace"))
            position = child.end_byte
            match child.type:
                case "string_fragment":
                    parts.append(self.source.code_of(child))
                case "escape_sequence":
                    parts.append(_unescape(self.source.code_of(child)))
                case "template_substitution":
                    inner = self.value(children(child)[0]) if children(child) else None
                    if isinstance(inner, Unknown) or isinstance(inner, (dict, list)):
                        return inner if isinstance(inner, Unknown) else self.unknown(child)
                    parts.append(_to_string(inner))
        parts.append(self.source.text[position:node.end_byte - 1].decode("utf-8", errors="replace"))
        return "".join(parts)

    def identifier(self, node) -> object:
        name = self.source.code_of(node)
        if name in self.source.bindings:
            return self.binding(name)
        match name:
            case "__dirname":
                return str(self.source.path.parent)
            case "__filename":
                return str(self.source.path)
            case "undefined":
                return _UNDEFINED
        return self.unknown(node)

    def member(self, node) -> object:
        obj_node = node.child_by_field_name("object")
        if node.type == "member_expression":
            key: object = self.source.code_of(node.child_by_field_name("property"))
        else:
            key = self.value(node.child_by_field_name("index"))
        obj_code = self.source.code_of(obj_node).replace(" ", "")
        if obj_code == "process.env" and isinstance(key, str):
            return self.environ.get(key)
        if obj_code == "import.meta" and key in ("dirname", "filename", "url"):
            return {"dirname": str(self.source.path.parent), "filename": str(self.source.path),
                    "url": self.source.path.as_uri()}[key]
        obj = self.value(obj_node)
        if isinstance(obj, Unknown):
            return self.unknown(node)  # the whole `a.b.c`, not only `a`
        if isinstance(obj, dict) and isinstance(key, str):
            return obj.get(key, _UNDEFINED)
        if isinstance(obj, list) and isinstance(key, (int, float)) and 0 <= key < len(obj):
            return obj[int(key)]
        return self.unknown(node)

    def call(self, node) -> object:
        callee = node.child_by_field_name("function")
        arguments = children(node.child_by_field_name("arguments"))
        code = self.source.code_of(callee).replace(" ", "")
        imported = self.source.imports.get(code)
        if imported is None and code in ("defineConfig", "env") and code not in self.source.bindings:
            imported = ("prisma/config", code)  # used without its import: taken as prisma/config's
        if imported is not None and imported[0] in _PRISMA_CONFIG_MODULES:
            match imported[1]:
                case "defineConfig" if len(arguments) == 1:
                    self.uses_define_config = True
                    return self.value(arguments[0])
                case "env" if len(arguments) == 1:
                    return self.env(arguments[0], node)
        if code == "process.cwd" and not arguments:
            return str(self.cwd)
        if code == "String" and len(arguments) == 1:
            value = self.value(arguments[0])
            return value if isinstance(value, Unknown) else _to_string(value)
        if code == "fileURLToPath" and len(arguments) == 1:
            value = self.value(arguments[0])
            if isinstance(value, str) and value.startswith("file://"):
                return str(Path.from_uri(value)) if hasattr(Path, "from_uri") else value.removeprefix("file://")
            return value if isinstance(value, Unknown) else self.unknown(node)
        if callee.type == "member_expression":
            method = self.source.code_of(callee.child_by_field_name("property"))
            if method in _STRING_METHODS:
                text = self.value(callee.child_by_field_name("object"))
                if text is None and "?." in self.source.code_of(callee):
                    return _UNDEFINED  # `process.env.X?.trim()` with X unset
                values = [self.value(a) for a in arguments]
                if isinstance(text, str) and all(isinstance(v, str) for v in values):
                    result = _STRING_METHODS[method](text, values)
                    if result is not None:
                        return result
        function = self._path_function(callee)
        if function is not None:
            values = [self.value(a) for a in arguments]
            for value in values:
                if isinstance(value, Unknown):
                    return value
            if all(isinstance(v, str) for v in values):
                return function([str(v) for v in values])
        return self.unknown(node)

    def env(self, argument, call) -> object:
        name = self.value(argument)
        if not isinstance(name, str):
            return name if isinstance(name, Unknown) else self.unknown(call)
        value = self.environ.get(name)
        if not value:  # prisma/config's env() throws on unset and empty variables
            if self.strict:
                raise ConfigEnvMissing(self.source.path, name=name)
            return _UNDEFINED
        return value

    def _path_function(self, callee) -> Callable[[list[str]], str] | None:
        """`path.join` & co. (a namespace or default import of "path"), or `join` imported from it."""
        code = self.source.code_of(callee).replace(" ", "")
        module_name, _, function = code.rpartition(".")
        if module_name:
            imported = self.source.imports.get(module_name)
            if imported is None or imported[0] not in _PATH_MODULES or imported[1] not in ("*", "default"):
                return None
        else:
            imported = self.source.imports.get(function)
            if imported is None or imported[0] not in _PATH_MODULES:
                return None
            function = imported[1]
        cwd = str(self.cwd)
        return {
            "join": lambda args: posixpath.normpath(posixpath.join(*args)) if args else ".",
            "resolve": lambda args: posixpath.normpath(posixpath.join(cwd, *args)),
            "dirname": lambda args: posixpath.dirname(args[0]) if len(args) == 1 else None,
        }.get(function)

    def binary(self, node) -> object:
        operator = self.source.code_of(node.child_by_field_name("operator"))
        left = self.value(node.child_by_field_name("left"))
        if isinstance(left, Unknown):
            return left
        right_node = node.child_by_field_name("right")
        match operator:
            case "??":
                return self.value(right_node) if left is None else left
            case "||":
                return left if _truthy(left) else self.value(right_node)
            case "&&":
                return self.value(right_node) if _truthy(left) else left
            case "+":
                right = self.value(right_node)
                if isinstance(right, Unknown):
                    return right
                if isinstance(left, str) or isinstance(right, str):
                    if isinstance(left, (dict, list)) or isinstance(right, (dict, list)):
                        return self.unknown(node)
                    return _to_string(left) + _to_string(right)
                if isinstance(left, (int, float)) and isinstance(right, (int, float)) \
                        and not isinstance(left, bool) and not isinstance(right, bool):
                    return left + right
        return self.unknown(node)

    def object(self, node) -> JsObject:
        result = JsObject()
        for member in children(node):
            line = self.source.line_of(member)
            match member.type:
                case "pair":
                    key = self._key(member.child_by_field_name("key"))
                    if isinstance(key, str):
                        result.set(key, self.value(member.child_by_field_name("value")), line)
                case "shorthand_property_identifier":
                    name = self.source.code_of(member)
                    result.set(name, self.binding(name) if name in self.source.bindings else self.unknown(member), line)
                case "spread_element":
                    spread = self.value(children(member)[0])
                    if isinstance(spread, JsObject):
                        for key, value in spread.items():
                            result.set(key, value, spread.lines.get(key, line))
                    elif isinstance(spread, Unknown):
                        result.set(_SpreadKey(spread), spread, line)
                case "method_definition":
                    name = member.child_by_field_name("name")
                    if name is not None:
                        result.set(self.source.code_of(name), self.unknown(member), line)
        return result

    def _key(self, node) -> object:
        match node.type:
            case "property_identifier":
                return self.source.code_of(node)
            case "string":
                return self.text_literal(node)
            case "number":
                return _to_string(_number(self.source.code_of(node)))
            case "computed_property_name":
                value = self.value(node.named_children[0])
                return value if isinstance(value, str) else None
        return None


class JsObject(dict):
    """An object literal's keys and values, with the line each key is written on."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[object, int] = {}

    def set(self, key: object, value: object, line: int) -> None:
        self[key] = value
        self.lines[key] = line


def children(node) -> list:
    return [c for c in node.named_children if c.type != "comment"]


@dataclass(frozen=True)
class _SpreadKey:
    """`...expr` in an object that lamina cannot compute: any key may come from it."""

    unknown: Unknown


def spread_unknown(obj: dict) -> Unknown | None:
    """The first unknown spread of an object, which may hide any key."""
    return next((k.unknown for k in obj if isinstance(k, _SpreadKey)), None)


_STRING_METHODS: dict[str, Callable[[str, list[str]], str | None]] = {
    "trim": lambda text, args: text.strip(JS_WHITESPACE) if not args else None,
    "trimStart": lambda text, args: text.lstrip(JS_WHITESPACE) if not args else None,
    "trimEnd": lambda text, args: text.rstrip(JS_WHITESPACE) if not args else None,
    "toString": lambda text, args: text if not args else None,
    "replace": lambda text, args: js_replace(text, *args) if len(args) == 2 else None,
    "replaceAll": lambda text, args: js_replace(text, *args, every=True) if len(args) == 2 else None,
}


def _truthy(value: object) -> bool:
    if isinstance(value, float) and math.isnan(value):
        return False
    return value not in (None, False, 0, "") if not isinstance(value, (dict, list)) else True


def _number(code: str) -> int | float:
    text = code.replace("_", "")
    try:
        if text[:2].lower() in ("0x", "0o", "0b"):
            return int(text, 0)
        value = float(text)
        return int(value) if value.is_integer() and "e" not in text.lower() and "." not in text else value
    except ValueError:
        return math.nan


def _to_string(value: object) -> str:
    """JavaScript's String(value) for the primitive values the reader produces."""
    match value:
        case None:
            return "undefined"
        case bool():
            return "true" if value else "false"
        case int():
            return str(value)
        case float():
            if math.isnan(value):
                return "NaN"
            if value.is_integer() and abs(value) < 1e21:
                return str(int(value))
            return repr(value)
        case str():
            return value
    return str(value)


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


def _unescape(sequence: str) -> str:
    body = sequence[1:]
    if body.startswith("u{") and body.endswith("}"):
        return chr(int(body[2:-1], 16))
    if body[:1] in ("u", "x") and len(body) > 1:
        return chr(int(body[1:], 16))
    if body in ("\n", "\r\n", "\r", "\u2028", "\u2029"):
        return ""  # a line continuation
    return _ESCAPES.get(body, body)
