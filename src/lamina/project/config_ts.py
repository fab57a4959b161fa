"""Read `prisma.config.ts` without running it: parse it with tree-sitter's TypeScript grammar,
find its default export, top-level bindings and imports, and compute the exported config object
with project/js_values.py.

`import "dotenv/config"` and `dotenv.config({ path, override })` calls are collected as
`DotenvLoad`s: the caller loads those files before the values are computed, as Node would.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lamina.project.config_errors import ConfigSyntaxError
from lamina.project.js_values import Evaluator, JsObject, children


@dataclass(frozen=True)
class DotenvLoad:
    path: Path
    override: bool = False


@dataclass
class ConfigSource:
    """A parsed config file: its syntax tree and the dotenv loads it performs."""

    path: Path
    text: bytes
    root: object  # tree_sitter.Node
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # local name → (module, imported name or "*")
    bindings: dict[str, object] = field(default_factory=dict)  # top-level name → value node
    export: object | None = None  # the node of the default export
    dotenv_loads: list[object] = field(default_factory=list)  # call nodes / import paths

    def line_of(self, node) -> int:
        return node.start_point[0] + 1

    def code_of(self, node) -> str:
        return self.text[node.start_byte:node.end_byte].decode("utf-8", errors="replace")


def parse_config_file(path: Path, shown: str | None = None) -> ConfigSource:
    """Parse the file; `shown` is its name in messages (relative to the working directory)."""
    import tree_sitter
    import tree_sitter_typescript

    text = path.read_bytes()
    parser = tree_sitter.Parser(tree_sitter.Language(tree_sitter_typescript.language_typescript()))
    root = parser.parse(text).root_node
    source = ConfigSource(path, text, root)
    for statement in root.named_children:
        _collect(source, statement)
    if source.export is None and root.has_error:
        raise ConfigSyntaxError(shown or str(path), *_first_error(source))
    return source


def _first_error(source: ConfigSource) -> tuple[int, str]:
    stack = [source.root]
    while stack:
        node = stack.pop(0)
        if node.type == "ERROR" or node.is_missing:  # quote the whole line it starts on
            line = source.text.splitlines()[node.start_point[0]] if source.text else b""
            return source.line_of(node), line.decode("utf-8", errors="replace").strip()
        stack[:0] = node.children
    return 1, ""


def _collect(source: ConfigSource, statement) -> None:
    match statement.type:
        case "import_statement":
            module = _string_literal(source, statement.child_by_field_name("source"))
            clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
            if clause is None and module == "dotenv/config":
                source.dotenv_loads.append(module)
            for local, imported in _import_names(source, clause):
                source.imports[local] = (module or "", imported)
        case "lexical_declaration" | "variable_declaration":
            for declarator in statement.named_children:
                if declarator.type == "variable_declarator":
                    name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
                    if name is not None and name.type == "identifier" and value is not None:
                        source.bindings[source.code_of(name)] = value
                        _note_dotenv_call(source, value)
        case "export_statement":
            value = statement.child_by_field_name("value")
            declaration = statement.child_by_field_name("declaration")
            if value is not None and any(c.type == "default" for c in statement.children):
                source.export = value
            elif declaration is not None:
                _collect(source, declaration)
        case "expression_statement":
            expression = children(statement)[0] if children(statement) else None
            if expression is None:
                return
            if expression.type == "assignment_expression":
                left = expression.child_by_field_name("left")
                if left is not None and source.code_of(left).replace(" ", "") == "module.exports":
                    source.export = expression.child_by_field_name("right")
                return
            _note_dotenv_call(source, expression)


def _import_names(source: ConfigSource, clause) -> list[tuple[str, str]]:
    names: list[tuple[str, str]] = []
    if clause is None:
        return names
    for child in clause.named_children:
        match child.type:
            case "identifier":
                names.append((source.code_of(child), "default"))
            case "namespace_import":
                names += [(source.code_of(i), "*") for i in child.named_children if i.type == "identifier"]
            case "named_imports":
                for spec in child.named_children:
                    if spec.type == "import_specifier":
                        imported = spec.child_by_field_name("name")
                        alias = spec.child_by_field_name("alias") or imported
                        names.append((source.code_of(alias), source.code_of(imported)))
    return names


def _note_dotenv_call(source: ConfigSource, node) -> None:
    """`dotenv.config(...)`, `config(...)` imported from "dotenv", `require("dotenv").config(...)`."""
    while node.type in ("await_expression", "parenthesized_expression"):
        node = children(node)[0]
    if node.type != "call_expression":
        return
    callee = node.child_by_field_name("function")
    if callee is None:
        return
    code = source.code_of(callee).replace(" ", "")
    if code in ('require("dotenv").config', "require('dotenv').config"):
        source.dotenv_loads.append(node)
        return
    if callee.type == "identifier" and source.imports.get(code) == ("dotenv", "config"):
        source.dotenv_loads.append(node)
    elif callee.type == "member_expression":
        obj, prop = callee.child_by_field_name("object"), callee.child_by_field_name("property")
        if obj is not None and prop is not None and source.code_of(prop) == "config":
            if source.imports.get(source.code_of(obj), ("", ""))[0] == "dotenv":
                source.dotenv_loads.append(node)


def _string_literal(source: ConfigSource, node) -> str | None:
    if node is None or node.type != "string":
        return None
    value = Evaluator(source, {}, Path.cwd(), strict=False).value(node)
    return value if isinstance(value, str) else None


def dotenv_loads(source: ConfigSource, cwd: Path, environ: Mapping[str, str]) -> list[DotenvLoad]:
    """The files the config loads with dotenv, in order; paths are relative to the working
    directory, as dotenv resolves them."""
    loads: list[DotenvLoad] = []
    evaluator = Evaluator(source, environ, cwd, strict=False)
    for load in source.dotenv_loads:
        if isinstance(load, str):
            loads.append(DotenvLoad(cwd / ".env"))
            continue
        arguments = load.child_by_field_name("arguments")
        options = evaluator.value(children(arguments)[0]) if arguments and children(arguments) else {}
        options = options if isinstance(options, dict) else {}
        paths = options.get("path", ".env")
        override = options.get("override") is True
        for one in paths if isinstance(paths, list) else [paths]:
            if isinstance(one, str):
                loads.append(DotenvLoad(cwd / one, override))
    return loads


def evaluate_config(source: ConfigSource, cwd: Path, environ: Mapping[str, str], *,
                    strict: bool) -> tuple[object, bool]:
    """The exported config (dicts, lists, strings, numbers, booleans, None for undefined/null,
    and `Unknown`s), and whether it went through `defineConfig`. With `strict`, `env("X")` of an
    unset variable raises ConfigEnvMissing wherever it is evaluated (Node would throw while
    loading the file); otherwise it is None."""
    evaluator = Evaluator(source, environ, cwd, strict=strict)
    if strict:
        for name in source.bindings:  # Node runs every top-level declaration
            evaluator.binding(name)
    if source.export is None:
        return JsObject(), False
    return evaluator.value(source.export), evaluator.uses_define_config
