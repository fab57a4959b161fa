"""What `lamina migrate status` loads: the commands that only read the datasource block (status, deploy,
resolve, reset) never import the model level of the validated schema, and the process builds no
dataclass for an error it does not raise."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCHEMA = """datasource db {
  provider = "sqlite"
  url      = "file:./dev.db"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
"""

PROBE = """
import dataclasses, json, sys
built = []
process_class = dataclasses._process_class
def counting(cls, *args, **kwargs):
    built.append(f"{cls.__module__}.{cls.__qualname__}")
    return process_class(cls, *args, **kwargs)
dataclasses._process_class = counting
from lamina.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(m for m in sys.modules if m.startswith("lamina.")),
                  "dataclasses": built}))
"""


def test_migrate_status_loads_neither_the_model_level_nor_error_dataclasses(tmp_path: Path) -> None:
    migration = tmp_path / "prisma" / "migrations" / "20240101000000_init"
    migration.mkdir(parents=True)
    (tmp_path / "prisma" / "schema.prisma").write_text(SCHEMA)
    (migration / "migration.sql").write_text(
        'CREATE TABLE "User" ("id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, "email" TEXT NOT NULL);\n')
    (migration.parent / "migration_lock.toml").write_text('provider = "sqlite"\n')
    deploy = subprocess.run([sys.executable, "-m", "lamina", "migrate", "deploy"], cwd=tmp_path,
                            capture_output=True, text=True)
    assert deploy.returncode == 0, deploy.stderr
    result = subprocess.run([sys.executable, "-c", PROBE, "migrate", "status"], cwd=tmp_path,
                            capture_output=True, text=True, check=True)
    probe = json.loads(result.stdout.splitlines()[-1])
    assert probe["code"] == 0, result.stderr
    assert "Database schema is up to date!" in result.stdout
    assert "lamina.operations.status" in probe["modules"]
    assert "lamina.psl.validated_schema" in probe["modules"]
    for heavy in ("lamina.psl.validated", "lamina.psl.validate.models", "lamina.schema.model",
                  "lamina.diff.steps", "lamina.operations.deploy"):
        assert heavy not in probe["modules"], heavy
    assert not [name for name in probe["dataclasses"] if name.startswith("lamina.errors.")
                and name != "lamina.errors.FailedMigration"]
