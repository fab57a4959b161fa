"""Index and foreign key renames come in Prisma's order: by the renamed object's place in the
schema it comes from (name order when that is a live database, declaration order when it is a
schema), not by the target schema's declaration order.  Judged by the real Prisma engine."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.cli.helpers import lamina

pytestmark = pytest.mark.oracle

# Declared Zeta before Alpha, so that declaration order and name order disagree.
TARGET = """
model Zeta {
  id      Int   @id
  alphaId Int
  label   String
  alpha   Alpha @relation(fields: [alphaId], references: [id])

  @@index([label])
  @@index([alphaId, label])
}

model Alpha {
  id    Int    @id
  code  String
  title String
  zetas Zeta[]

  @@unique([code])
  @@index([title])
}
"""

def with_old_names(text: str) -> str:
    """The same tables with every index and the foreign key under an older name."""
    replacements = {
        "@@index([label])": '@@index([label], map: "zeta_by_label")',
        "@@index([alphaId, label])": '@@index([alphaId, label], map: "zeta_by_alpha")',
        "@@unique([code])": '@@unique([code], map: "alpha_code_unique")',
        "@@index([title])": '@@index([title], map: "alpha_by_title")',
        "references: [id])": 'references: [id], map: "zeta_alpha_fk")',
    }
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text


def schema(tmp_path: Path, name: str, models: str) -> Path:
    path = tmp_path / f"{name}.prisma"
    path.write_text('datasource db {\n  provider = "postgresql"\n}\n' + models, encoding="utf-8")
    return path


def oracle(oracle_dir: Path, work: Path, *args: str) -> str:
    result = subprocess.run([str(oracle_dir / "prisma-diff.sh"), *args], capture_output=True, text=True, cwd=work,
                            env={**os.environ, "NO_COLOR": "1"}, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout + "\n"  # prisma-diff.sh prints what `-o` writes; the CLI prints one more newline


def renamed_indexes(script: str) -> list[str]:
    """The old names of the renamed indexes, in script order."""
    return [line.split('"')[-4] for line in script.splitlines() if line.startswith("ALTER INDEX")]


def test_renames_from_a_database_follow_name_order(postgres_url: str, tmp_path: Path, oracle_dir: Path) -> None:
    old = schema(tmp_path, "old", with_old_names(TARGET))
    build = lamina(tmp_path, "migrate", "diff", "--from-empty", "--to-schema-datamodel", str(old), "--script")
    assert build.code == 0, build.text
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(build.out)
    target = schema(tmp_path, "target", TARGET)
    expected = oracle(oracle_dir, tmp_path, "--from-url", postgres_url, "--to-schema", str(target))
    ours = lamina(tmp_path, "migrate", "diff", "--from-url", postgres_url, "--to-schema-datamodel", str(target),
                  "--script")
    assert ours.code == 0, ours.text
    assert ours.out == expected
    assert renamed_indexes(ours.out) == ["alpha_by_title", "alpha_code_unique", "zeta_by_alpha", "zeta_by_label"]


def test_renames_from_a_schema_follow_declaration_order(tmp_path: Path, oracle_dir: Path) -> None:
    old = schema(tmp_path, "old", with_old_names(TARGET))
    target = schema(tmp_path, "target", TARGET)
    expected = oracle(oracle_dir, tmp_path, "--from-schema", str(old), "--to-schema", str(target))
    ours = lamina(tmp_path, "migrate", "diff", "--from-schema-datamodel", str(old), "--to-schema-datamodel",
                  str(target), "--script")
    assert ours.code == 0, ours.text
    assert ours.out == expected
    assert renamed_indexes(ours.out) == ["zeta_by_label", "zeta_by_alpha", "alpha_by_title", "alpha_code_unique"]
