"""Prisma's generator protocol, so that `prisma generate` runs lamina's generator too.

For a block whose provider is not one of its own, Prisma starts the provider as a shell command
(`lamina-sqlalchemy`, or `python -m lamina.generate`) and talks JSON-RPC 2.0 with it: one request per
line on the generator's stdin, one response per line on its stderr (prisma/prisma
packages/generator-helper). Two methods: `getManifest` (the name and version Prisma prints) and
`generate` (with the resolved `output`, the schema's path and text). lamina reads the schema from that
path with its own reader, so the module is byte for byte the one `lamina generate` writes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

from lamina import __version__

PRETTY_NAME = "SQLAlchemy models"


def manifest() -> dict[str, Any]:
    return {"prettyName": PRETTY_NAME, "version": __version__, "requiresEngines": [], "requiresGenerators": []}


def generate(params: dict[str, Any]) -> None:
    from lamina.operations.generate import write_models
    from lamina.psl import check_schema, read_schema_files, render_diagnostics

    schema_path = Path(params["schemaPath"])
    files = read_schema_files(schema_path)
    schema, diagnostics = check_schema(files)
    if schema is None or diagnostics.has_errors():
        raise ValueError("The schema is not valid:\n" + render_diagnostics(diagnostics, files))
    generator = params["generator"]
    write_models(schema, Path(generator["output"]["value"]), schema_path, generator.get("name"))


def handle(request: dict[str, Any]) -> dict[str, Any] | None:
    """The response to one request; None for a notification or an unknown method without id."""
    method, ident = request.get("method"), request.get("id")
    try:
        if method == "getManifest":
            result: Any = {"manifest": manifest()}
        elif method == "generate":
            generate(request.get("params") or {})
            result = None
        else:
            return None if ident is None else _error(ident, -32601, f"Method not found: {method}")
    except Exception as error:  # reported to Prisma, which prints it as the generator's failure
        return _error(ident, -32000, f"{type(error).__name__}: {error}" if not isinstance(error, ValueError)
                      else str(error))
    return {"jsonrpc": "2.0", "id": ident, "result": result}


def _error(ident: Any, code: int, message: str) -> dict[str, Any]:
    return {"jsonrpc": "2.0", "id": ident, "error": {"code": code, "message": message, "data": {}}}


def serve(requests: TextIO, responses: TextIO) -> None:
    for line in requests:
        if not line.strip():
            continue
        response = handle(json.loads(line))
        if response is not None:
            responses.write(json.dumps(response) + "\n")
            responses.flush()


def run() -> None:
    """The `lamina-sqlalchemy` command."""
    if sys.stdin.isatty():
        sys.stderr.write("lamina-sqlalchemy is the generator Prisma runs for a `provider = \"lamina-sqlalchemy\"` "
                         "block (`prisma generate`). To write the models yourself, run `lamina generate`.\n")
        sys.exit(2)
    serve(sys.stdin, sys.stderr)
