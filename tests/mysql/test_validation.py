"""PSL validation on `provider = "mysql"`: index types other than BTree are refused, operator classes
are accepted (Prisma keeps them and MySQL ignores them), index names are unique per model
(psl `indexes::index_algorithm_is_supported`, `has_a_unique_constraint_name`; prisma-engines
psl/psl/tests/attributes/index_algorithm*.rs `hash_index_doesnt_work_on_mysql`, `on_mysql`).
The oracle test runs `prisma validate` on the same schemas (it needs no MySQL engine)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from lamina.psl import SourceFile, check_schema
from tests.cli.helpers import lamina

HEADER = 'datasource db {\n  provider = "mysql"\n}\n\n'
UNSUPPORTED = 'Error parsing attribute "@@index": The given index type is not supported with the current connector'

SCHEMAS = {
    "gin_with_ops": "model Thing {\n  id   Int  @id\n  data Json\n\n  @@index([data(ops: JsonbPathOps)], type: Gin)\n}\n",
    "gin_on_text": "model Thing {\n  id   Int    @id\n  name String\n\n  @@index([name], type: Gin)\n}\n",
    "hash": "model Thing {\n  id   Int    @id\n  name String\n\n  @@index([name], type: Hash, map: \"h\")\n}\n",
    "gist_brin_spgist": ("model Thing {\n  id Int    @id\n  a  String\n  b  Int\n  c  Int\n\n"
                         "  @@index([a(ops: raw(\"test_ops\"))], type: Gist)\n  @@index([b], type: Brin)\n"
                         "  @@index([c], type: SpGist)\n}\n"),
    "btree_and_ops_are_fine": ("model Thing {\n  id   Int    @id\n  name String\n  data Json\n\n"
                               "  @@index([name(ops: TextOps)], type: BTree)\n"
                               "  @@index([data(ops: raw(\"jsonb_ops\"))], map: \"d\")\n}\n"),
    "same_name_in_one_model": ("model Thing {\n  id   Int    @id\n  name String\n\n  @@index([name], type: Hash)\n"
                               "  @@index([name(sort: Desc)])\n}\n"),
    "same_name_in_two_models": ("model A {\n  id Int @id\n  x  Int\n\n  @@index([x], map: \"ix\")\n}\n\n"
                                "model B {\n  id Int @id\n  y  Int\n\n  @@index([y], map: \"ix\")\n}\n"),
}


def messages(source: str) -> list[str]:
    validated, diagnostics = check_schema([SourceFile("schema.prisma", HEADER + source)])
    return [d.message for d in diagnostics.items if d.severity == "error"] if validated is None else []


def test_postgres_index_types_are_refused_on_mysql() -> None:
    assert messages(SCHEMAS["gin_with_ops"]) == [UNSUPPORTED]
    assert messages(SCHEMAS["gin_on_text"]) == [UNSUPPORTED]  # no Gin field-type error: Gin never applies
    assert messages(SCHEMAS["hash"]) == [UNSUPPORTED]
    assert messages(SCHEMAS["gist_brin_spgist"]) == [UNSUPPORTED] * 3


def test_the_error_points_at_the_type_argument() -> None:
    source = HEADER + SCHEMAS["hash"]
    _, diagnostics = check_schema([SourceFile("schema.prisma", source)])
    [error] = diagnostics.errors
    assert source[error.span.start:error.span.end] == "type: Hash"


def test_btree_and_operator_classes_are_accepted_on_mysql() -> None:
    assert messages(SCHEMAS["btree_and_ops_are_fine"]) == []


def test_index_names_are_unique_per_model_on_mysql() -> None:
    duplicate = ('Error parsing attribute "@@index": The given constraint name `Thing_name_idx` has to be unique in '
                 "the following namespace: on model `Thing` for indexes and unique constraints. Please provide a "
                 "different name using the `map` argument.")
    assert messages(SCHEMAS["same_name_in_one_model"]) == [duplicate, UNSUPPORTED, duplicate]
    assert messages(SCHEMAS["same_name_in_two_models"]) == []


def _plain(text: str) -> list[str]:
    lines = re.sub(r"\x1b\[[0-9;]*m", "", text).splitlines()
    skip = ("Prisma schema loaded", "Prisma CLI Version", "[Context:", "Error: Prisma schema validation",
            "Error code:", "Environment variables loaded")
    return [line.rstrip() for line in lines if line.strip() and not line.startswith(skip)]


@pytest.mark.oracle
@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_validate_matches_prisma(name: str, tmp_path: Path, oracle_dir: Path) -> None:
    (tmp_path / "prisma").mkdir()
    schema = tmp_path / "prisma" / "schema.prisma"
    schema.write_text(HEADER + SCHEMAS[name])
    prisma = subprocess.run([str(oracle_dir / "prisma.sh"), "validate", "--schema", str(schema)],
                            capture_output=True, text=True, cwd=tmp_path, timeout=120)
    ours = lamina(tmp_path, "validate", "--schema", str(schema))
    assert (ours.code == 0) == (prisma.returncode == 0), (ours.text, prisma.stdout + prisma.stderr)
    assert _plain(ours.text) == _plain(prisma.stdout + prisma.stderr)
