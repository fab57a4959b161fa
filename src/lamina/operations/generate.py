"""`lamina generate`: write the SQLAlchemy models of every lamina generator block
(generate_models), or of one `--output` path (generate_sqlalchemy); `lamina erd`: the Mermaid
diagram (erd_diagram). Operations only: they return what they wrote. `generate`, `write_models`
and `erd` are the same work on a schema already validated.

A generator block is lamina's when its provider runs lamina's generator command (`lamina-sqlalchemy`,
or `python -m lamina.generate`): Prisma runs that same command through its generator protocol
(`lamina.generate.protocol`), so `prisma generate` writes the same file. Other blocks (Prisma Client,
…) are skipped and listed. `output` is resolved from the folder of the file holding the block, as
Prisma resolves it; a path ending in `.py` is the module, any other path a package folder whose
`__init__.py` holds the models.
"""

from __future__ import annotations

import os
import shlex
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from lamina.errors import KnownError
from lamina.operations.context import LoadedSchema, require_supported
from lamina.operations.project import PathLike, resolve_project
from lamina.psl.validated import EnvVar, Generator, ValidatedSchema

GENERATOR_COMMAND = "lamina-sqlalchemy"


class GeneratorOutputMissing(KnownError):
    """Prisma's wording (getGenerators), for a lamina block without `output`."""

    generator: str
    provider: str

    def message(self) -> str:
        return (f"Can't resolve output dir for generator {self.generator} with provider {self.provider}.\n"
                "You need to define `output` in the generator block in the schema file.")


@dataclass(frozen=True)
class GeneratedFile:
    generator: str | None  # the block's name; None for `lamina generate sqlalchemy --output`
    path: Path
    models: int
    milliseconds: int


@dataclass(frozen=True)
class GenerateResult:
    files: list[GeneratedFile] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # generator blocks lamina does not run

    @property
    def models(self) -> int:
        return sum(f.models for f in self.files)


def is_lamina_generator(generator: Generator) -> bool:
    """`provider = "lamina-sqlalchemy"` (or a path to it), or `"python -m lamina.generate"`."""
    try:
        words = shlex.split(generator.provider or "")
    except ValueError:
        return False
    if not words:
        return False
    if Path(words[0]).name == GENERATOR_COMMAND:
        return True
    return "-m" in words and words[words.index("-m") + 1:][:1] == ["lamina.generate"]


def module_path(output: Path) -> Path:
    """The file the models go to: `output` itself when it names a .py file, else its `__init__.py`."""
    return output if output.suffix == ".py" else output / "__init__.py"


def output_of(generator: Generator, block_file: Path) -> Path:
    value = dict(generator.properties).get("output")
    if isinstance(value, EnvVar):
        value = os.environ.get(value.name)
    if not isinstance(value, str) or not value:
        raise GeneratorOutputMissing(generator.name, generator.provider or "")
    return (block_file.parent / value).resolve()


def source_label(schema_path: Path, module: Path) -> str:
    """How the module's header names the schema: relative to the module's folder, so that the file
    is the same whichever folder it is generated from."""
    return Path(os.path.relpath(schema_path.resolve(), module.parent.resolve())).as_posix()


def write_models(schema: ValidatedSchema, output: Path, schema_path: Path, generator: str | None = None) -> GeneratedFile:
    from lamina.generate import sqlalchemy_module  # the model writer, loaded when there is work for it

    started = time.monotonic()
    path = module_path(output)
    module = sqlalchemy_module(schema, source=source_label(schema_path, path))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != module.text:
        path.write_text(module.text, encoding="utf-8")
    return GeneratedFile(generator, path, module.models, int((time.monotonic() - started) * 1000))


def generate(schema: ValidatedSchema, schema_path: Path, root: Path, *, generators: Sequence[str] = ()) -> GenerateResult:
    """Every lamina generator block of `schema` (or only those named), written; `root` is the folder
    the blocks' file names are relative to."""
    result = GenerateResult()
    for generator in schema.generators:
        if generators and generator.name not in generators:
            continue
        if not is_lamina_generator(generator):
            result.skipped.append(generator.name)
            continue
        block_file = root / generator.span.file
        result.files.append(write_models(schema, output_of(generator, block_file), schema_path, generator.name))
    return result


def erd(schema: ValidatedSchema) -> str:
    from lamina.generate.erd import mermaid_erd

    return mermaid_erd(schema)


# --- the operations, from a project --------------------------------------------------------------


@dataclass(frozen=True)
class ErdResult:
    text: str  # the Mermaid diagram (without the code fence a .md file gets)
    path: Path | None  # where it was written; None: not written
    models: int


def _loaded(project: PathLike | LoadedSchema | None, schema: PathLike | None, config: PathLike | None,
            cwd: PathLike | None) -> LoadedSchema:
    loaded = resolve_project(project=project, schema=schema, config=config, cwd=cwd)
    require_supported(loaded.provider)
    return loaded


def generate_models(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
                    config: PathLike | None = None, cwd: PathLike | None = None,
                    generators: Sequence[str] = ()) -> GenerateResult:
    """Run the schema's lamina generator blocks (or only those named), as `lamina generate` does;
    the others are listed in `skipped`. Raises the schema's validation error (P1012)."""
    loaded = _loaded(project, schema, config, cwd)
    return generate(loaded.schema, loaded.project.schema_path, loaded.project.root, generators=generators)


def generate_sqlalchemy(*, output: PathLike, project: PathLike | LoadedSchema | None = None,
                        schema: PathLike | None = None, config: PathLike | None = None,
                        cwd: PathLike | None = None) -> GeneratedFile:
    """Write the schema's SQLAlchemy models to `output` (a .py file, or a package folder), whatever
    generator blocks the schema has. A relative `output` is relative to `cwd` (default: the project)."""
    loaded = _loaded(project, schema, config, cwd)
    base = Path(cwd) if cwd is not None else loaded.project.root
    return write_models(loaded.schema, (base / output).resolve(), loaded.project.schema_path)


def erd_diagram(*, project: PathLike | LoadedSchema | None = None, schema: PathLike | None = None,
                config: PathLike | None = None, cwd: PathLike | None = None,
                output: PathLike | None = None) -> ErdResult:
    """The Mermaid entity-relationship diagram of the schema; with `output`, also written there (a
    .md file gets a mermaid code block). A relative `output` is relative to `cwd` (default: the project)."""
    loaded = _loaded(project, schema, config, cwd)
    text = erd(loaded.schema)
    models = sum(1 for m in loaded.schema.models if m.kind == "model")
    if output is None:
        return ErdResult(text, None, models)
    base = Path(cwd) if cwd is not None else loaded.project.root
    path = (base / output).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("```mermaid\n" + text + "```\n" if path.suffix == ".md" else text, encoding="utf-8")
    return ErdResult(text, path, models)
