"""Checks a `--json` document against the documented shape: docs/json/envelope.schema.json, and
the command's result against docs/json/<command with dashes>.schema.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema

DOCS = Path(__file__).resolve().parents[2] / "docs" / "json"


def schema_file(command: str) -> Path:
    return DOCS / (command.replace(" ", "-") + ".schema.json")


def checked_document(stdout: str, command: str, *, ok: bool) -> dict[str, Any]:
    """The one JSON document on stdout (nothing else there), valid against its schemas."""
    doc = json.loads(stdout)  # fails on anything but one document
    jsonschema.validate(doc, json.loads((DOCS / "envelope.schema.json").read_text()))
    assert doc["command"] == command, doc
    assert doc["ok"] is ok, doc
    if ok:
        jsonschema.validate(doc["result"], json.loads(schema_file(command).read_text()))
    return doc
