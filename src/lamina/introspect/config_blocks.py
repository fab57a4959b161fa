"""The generator and datasource blocks `db pull` writes: re-rendered from the existing schema as
Prisma renders them (prisma-engines `datamodel-renderer/src/configuration`), not copied.

Generators come first, in their order, then the datasource. A generator lists `provider`,
`output`, `previewFeatures` (sorted, each once), `binaryTargets`, then its other keys sorted by
name; the datasource lists `provider` as written, `relationMode` when written and `schemas`
(sorted). Prisma 7.10.1 leaves `extensions` out (checked with the real CLI; the database keeps
them, and a diff against the pulled schema drops none). Comments and `///` lines inside or above
these blocks are not kept (Prisma's parser gives config blocks no documentation). A Prisma 6
datasource keeps its `url`, `directUrl` and `shadowDatabaseUrl` after `provider`, where Prisma 6
wrote them; Prisma 7 refuses them.
"""

from __future__ import annotations

from lamina.diagnostics import Diagnostics
from lamina.psl.ast import ArrayValue, ConfigBlock, ConstantValue, Expression, FunctionCall, NumericValue, SourceFile
from lamina.psl.ast import StringValue
from lamina.psl.literal import string_literal
from lamina.psl.parser import parse_file
from lamina.psl.validate.datasource import PREVIEW_FEATURES, RETIRED_PREVIEW_FEATURES
from lamina.psl.validated import ValidatedSchema

_GENERATOR_KEYS = ("provider", "output", "previewFeatures", "binaryTargets")
_DATASOURCE_KEYS = ("provider", "url", "directUrl", "shadowDatabaseUrl", "relationMode")
_CANONICAL_FEATURES = {f.lower(): f for f in (*PREVIEW_FEATURES, *RETIRED_PREVIEW_FEATURES)}


def config_blocks(previous: ValidatedSchema | None, files: list[SourceFile]) -> list[tuple[str, str]]:
    """(file, text) of each block, generators first; nothing without an existing schema."""
    if previous is None:
        return []
    texts = {f.path: f.text for f in files}
    spans = sorted((g.span for g in previous.generators), key=lambda s: (s.file, s.start))
    out = [(s.file, _generator(block)) for s in spans if s.file in texts
           and (block := _parsed(texts[s.file][s.start:s.end])) is not None]
    source = previous.datasource
    if source is not None and source.span.file in texts:
        block = _parsed(texts[source.span.file][source.span.start:source.span.end])
        if block is not None:
            out.append((source.span.file, _datasource(block)))
    return out


def _parsed(text: str) -> ConfigBlock | None:
    tops = parse_file(SourceFile("schema.prisma", text), Diagnostics())
    return next((t for t in tops if isinstance(t, ConfigBlock)), None)


def _generator(block: ConfigBlock) -> str:
    props = {p.name: p.value for p in block.properties if p.value is not None}
    lines = [f"provider = {_value(props['provider'])}"] if "provider" in props else []
    if "output" in props:
        lines.append(f"output = {_value(props['output'])}")
    if "previewFeatures" in props:
        lines.append(f"previewFeatures = {_preview_features(props['previewFeatures'])}")
    targets = props.get("binaryTargets")
    if targets is not None and not (isinstance(targets, ArrayValue) and not targets.items):
        lines.append(f"binaryTargets = {_value(targets)}")
    lines += [f"{key} = {_value(props[key])}" for key in sorted(props) if key not in _GENERATOR_KEYS]
    return _block("generator", block.name, lines)


def _datasource(block: ConfigBlock) -> str:
    props = {p.name: p.value for p in block.properties if p.value is not None}
    lines = [f"{key} = {_value(props[key])}" for key in _DATASOURCE_KEYS if key in props]
    if "schemas" in props:
        schemas = props["schemas"]
        names = sorted(i.value for i in schemas.items if isinstance(i, StringValue)) \
            if isinstance(schemas, ArrayValue) else None
        lines.append("schemas = " + ("[" + ", ".join(map(string_literal, names)) + "]" if names is not None
                                     else _value(schemas)))
    return _block("datasource", block.name, lines)


def _preview_features(value: Expression) -> str:
    """Prisma keeps a set: each feature once, under its own spelling, in alphabetical order."""
    if not isinstance(value, ArrayValue):
        return _value(value)
    names = {_CANONICAL_FEATURES.get(i.value.lower(), i.value) for i in value.items if isinstance(i, StringValue)}
    return "[" + ", ".join(string_literal(n) for n in sorted(names)) + "]"


def _value(value: Expression) -> str:
    """A config value as Prisma writes it back: strings, `env("X")` and arrays of them; a bare
    number or constant (`useMultipleFiles = true`) becomes a string, as Prisma reads it."""
    match value:
        case StringValue(value=text):
            return string_literal(text)
        case ArrayValue(items=items):
            return "[" + ", ".join(_value(i) for i in items) + "]"
        case FunctionCall(name=name, arguments=arguments):
            return name + "(" + ", ".join((f"{a.name}: " if a.name else "") + _value(a.value)
                                          for a in arguments.arguments if a.value is not None) + ")"
        case NumericValue(text=text):
            return string_literal(text)
        case ConstantValue(name=name):
            return string_literal(name)
    raise TypeError(value)


def _block(kind: str, name: str, lines: list[str]) -> str:
    return f"{kind} {name} {{\n" + "".join(f"  {line}\n" for line in lines) + "}\n"
