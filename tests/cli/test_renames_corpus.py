"""Renames on real projects (../shared/corpus): deploy the history, bring it to the schema, insert
a row in every table that takes one, rename random models, fields and enum values (through their
database names: `@map` / `@@map`, so that nothing else in the schema changes), run `migrate dev`
with the renames confirmed. Every row and value survives, and the history stays consistent (a
second `migrate dev` finds nothing to do). Without confirmation, the migration is Prisma's (the
oracle, for the PostgreSQL and SQLite sample).

A small sample runs with the normal tests; the full sweep is marked `slow`."""

from __future__ import annotations

import random
import re
import shutil
import sqlite3
import subprocess
import uuid
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest

from lamina.psl import check_schema, read_schema_files
from lamina.psl.validated import ValidatedSchema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import Column, SqlSchema, Table
from tests.cli.helpers import lamina

SAMPLE = ["epic-stack", "umami-postgresql", "evolution-api-mysql"]
SWEEP = ["documenso", "umami-mysql", "evolution-api-postgresql", "ghostfolio", "hoppscotch", "inbox-zero",
         "papermark", "pingvin-share", "rallly", "spacedrive", "teable-postgres", "teable-sqlite", "trigger-dev"]
# civitai's history stops part-way (9 of 696 migrations fail on a stock server); formbricks needs pgvector.
NOT_DEPLOYABLE = {"civitai", "formbricks"}
IN_SYNC = "Already in sync, no schema change or pending migration was found."


# --- the database ------------------------------------------------------------------------------


class Database:
    """One connection in autocommit mode: a refused insert leaves nothing behind."""

    def __init__(self, provider: str, url: str, project: Path):
        self.provider = provider
        if provider == "postgresql":
            self.conn = psycopg.connect(url, autocommit=True)
            self.mark = "%s"
        elif provider == "sqlite":
            self.conn = sqlite3.connect(project / "prisma" / "dev.db", isolation_level=None)
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.mark = "?"
        else:
            import pymysql

            parts = urlsplit(url)
            self.conn = pymysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                                        password=parts.password or "", database=parts.path.lstrip("/"),
                                        autocommit=True)
            self.mark = "%s"

    def quote(self, name: str) -> str:
        return f"`{name}`" if self.provider == "mysql" else f'"{name}"'

    def table(self, table: Table) -> str:
        if table.namespace and self.provider == "postgresql":
            return f"{self.quote(table.namespace)}.{self.quote(table.name)}"
        return self.quote(table.name)

    def rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        if self.provider == "mysql":
            with self.conn.cursor() as cursor:
                cursor.execute(sql, params)
                return list(cursor.fetchall())
        cursor = self.conn.execute(sql, params)
        return list(cursor.fetchall()) if cursor.description else []

    def close(self) -> None:
        self.conn.close()


def _value(column: Column, serial: int, enums: dict[str, tuple[str, ...]], provider: str) -> object:
    family, sql = column.type.family, column.type.full_data_type.upper()
    size = re.search(r"\((\d+)", sql)
    match family:
        case "Int" | "BigInt":
            return serial
        case "Float" | "Decimal":
            return Decimal("1.5")
        case "Boolean":
            return True
        case "DateTime":
            return datetime(2020, 1, 2, 3, 4, 5) if provider != "sqlite" else 1577934245000
        case "Json":
            return '{"a": 1}'
        case "Binary":
            return b"\x01\x02"
        case "Enum":
            if column.type.full_data_type in enums:
                return enums[column.type.full_data_type][0]
            return re.match(r"ENUM\('((?:[^']|'')*)'", column.type.full_data_type, re.I).group(1)  # MySQL
        case "Uuid":
            return str(uuid.uuid4())
        case "String":
            text = str(uuid.uuid4())
            return text[: int(size.group(1))] if size and "CHAR" in sql else text
    return None


def insert_rows(db: Database, schema: SqlSchema) -> int:
    """One row in every table that takes one: every column without a default gets a value, a foreign
    key the first row of the table it references (several passes, so that parents come first)."""
    enums = {e.name: e.values for e in schema.enums}
    filled: set[str] = set()
    serial = 1000
    for _ in range(4):
        for table in schema.tables:
            if table.name in filled:
                continue
            values: dict[str, object] = {}
            for fk in table.foreign_keys:
                referenced = next((t for t in schema.tables if t.name == fk.referenced_table), None)
                if referenced is None or referenced.name not in filled:
                    break
                got = db.rows(f"SELECT {', '.join(db.quote(c) for c in fk.referenced_columns)} FROM {db.table(referenced)}")
                values.update(zip(fk.columns, got[0]))
            else:
                for column in table.columns:
                    if column.name in values or column.auto_increment or column.is_list:
                        continue
                    if column.default is not None and column.type.arity != "required" and column.type.family != "Enum":
                        continue
                    serial += 1
                    value = _value(column, serial, enums, db.provider)
                    if value is not None:
                        values[column.name] = value
                names = ", ".join(db.quote(c) for c in values)
                marks = ", ".join(db.mark for _ in values)
                sql = (f"INSERT INTO {db.table(table)} ({names}) VALUES ({marks})" if values
                       else f"INSERT INTO {db.table(table)} DEFAULT VALUES")
                try:
                    db.rows(sql, tuple(values.values()))
                    filled.add(table.name)
                except Exception:  # noqa: BLE001 - a table this generic row does not fit stays empty
                    pass
    return len(filled)


def dump(db: Database, schema: SqlSchema) -> dict[str, list[dict[str, str]]]:
    result = {}
    for table in schema.tables:
        rows = db.rows(f"SELECT {', '.join(db.quote(c.name) for c in table.columns)} FROM {db.table(table)}")
        result[table.name] = sorted(({c.name: _text(v) for c, v in zip(table.columns, row)} for row in rows),
                                    key=repr)
    return result


def _text(value: object) -> str:
    if isinstance(value, memoryview):
        value = bytes(value)
    return repr(value)


# --- the renames -------------------------------------------------------------------------------


def _files(schema_path: Path) -> list[Path]:
    return [schema_path] if schema_path.is_file() else sorted(schema_path.rglob("*.prisma"))


def _edit_block(files: list[Path], keyword: str, name: str, edit) -> None:
    pattern = re.compile(rf"^{keyword}\s+{re.escape(name)}\s*\{{.*?^\}}", re.S | re.M)
    for path in files:
        text = path.read_text(encoding="utf-8")
        found = pattern.search(text)
        if found:
            path.write_text(text[:found.start()] + edit(found.group(0)) + text[found.end():], encoding="utf-8")
            return
    raise AssertionError(f"{keyword} {name} not found")


def _map_line(block: str, member: str, db_name: str) -> str:
    """Give `member` (a field or an enum value) the database name `db_name` with @map."""
    line = re.compile(rf"^([ \t]+{re.escape(member)}\b[^\n]*?)([ \t]*//[^\n]*)?$", re.M)
    found = line.search(block, block.index("{"))
    assert found, member
    head = found.group(1)
    if re.search(r'@map\(\s*"[^"]*"\s*\)', head):
        head = re.sub(r'@map\(\s*"[^"]*"\s*\)', f'@map("{db_name}")', head)
    else:
        head = head.rstrip() + f' @map("{db_name}")'
    return block[:found.start()] + head + (found.group(2) or "") + block[found.end():]


def _map_model(block: str, db_name: str) -> str:
    if re.search(r'@@map\(\s*"[^"]*"\s*\)', block):
        return re.sub(r'@@map\(\s*"[^"]*"\s*\)', f'@@map("{db_name}")', block)
    return block[:-1].rstrip() + f'\n\n  @@map("{db_name}")\n}}'


def rename_in_schema(schema_path: Path, validated: ValidatedSchema, rng: random.Random, *,
                     enum_values: bool) -> tuple[list[str], dict, dict, dict]:
    """Rename one model, three fields and (PostgreSQL, MySQL) one enum value through their database
    names; the `migrate dev` flags that confirm it and the old → new name maps."""
    files = _files(schema_path)
    models = [m for m in validated.models if m.kind == "model" and not m.is_ignored]
    join_free = [m for m in models if m.scalar_fields]
    flags: list[str] = []
    tables: dict[str, str] = {}
    columns: dict[tuple[str, str], str] = {}  # (old table, old column) → new column
    values: dict[tuple[str, str], str] = {}
    model = rng.choice(join_free)
    tables[model.db_name] = model.db_name + "_r"
    _edit_block(files, "model", model.name, lambda block: _map_model(block, tables[model.db_name]))
    flags += ["--rename-model", f"{model.db_name}={model.db_name}_r"]
    fields = [(m, f) for m in models for f in m.scalar_fields if f.type_name != "Unsupported" and not f.is_ignored]
    for m, field in rng.sample(fields, min(3, len(fields))):
        new = field.db_name + "_r"
        columns[(m.db_name, field.db_name)] = new
        _edit_block(files, "model", m.name, lambda block, f=field, n=new: _map_line(block, f.name, n))
        flags += ["--rename", f"{m.db_name}.{field.db_name}={new}"]
    if enum_values:
        candidates = [(e, v) for e in validated.enums for v in e.values]
        if candidates:
            enum, value = rng.choice(candidates)
            new = value.db_name + "_r"
            values[(enum.db_name, value.db_name)] = new
            _edit_block(files, "enum", enum.name, lambda block: _map_line(block, value.name, new))
            flags += ["--rename", f"{enum.db_name}.{value.db_name}={new}"]
    return flags, tables, columns, values


def enum_of_columns(validated: ValidatedSchema) -> dict[tuple[str, str], str]:
    """(table, column) → the database name of the enum that types it (MySQL's columns too)."""
    enums = {e.name: e.db_name for e in validated.enums}
    return {(m.db_name, f.db_name): enums[f.type_name] for m in validated.models if m.kind == "model"
            for f in m.scalar_fields if f.is_enum and f.type_name in enums}


def renamed_dump(before: dict, enum_columns: dict[tuple[str, str], str], tables: dict, columns: dict,
                 values: dict) -> dict:
    """`before` as the renames should leave it."""
    result = {}
    for table, rows in before.items():
        renamed_rows = []
        for row in rows:
            new_row = {}
            for column, value in row.items():
                enum = enum_columns.get((table, column))
                for (e, old), new in values.items():
                    if enum == e:
                        value = value.replace(repr(old), repr(new))
                new_row[columns.get((table, column), column)] = value
            renamed_rows.append(new_row)
        result[tables.get(table, table)] = sorted(renamed_rows, key=repr)
    return result


# --- the test ----------------------------------------------------------------------------------


def _project(entry: Path, tmp_path: Path, url: str) -> tuple[Path, Path]:
    project = tmp_path / "project"
    (project / "prisma").mkdir(parents=True)
    schema = entry / "schema.prisma"
    if schema.exists():
        shutil.copy(schema, project / "prisma" / "schema.prisma")
        target = project / "prisma" / "schema.prisma"
    else:
        shutil.copytree(entry / "schema", project / "prisma" / "schema")
        target = project / "prisma" / "schema"
    shutil.copytree(entry / "migrations", project / "prisma" / "migrations")
    config = f'[datasource]\nurl = "{url}"\n'
    if target.is_dir():  # a multi-file schema: the folder, and the migrations beside it
        config = f'schema = "prisma/schema"\n\n[migrations]\npath = "prisma/migrations"\n\n' + config
    (project / "lamina.toml").write_text(config, encoding="utf-8")
    return project, target


def _validated(schema: Path) -> ValidatedSchema:
    validated, diagnostics = check_schema(read_schema_files(schema))
    assert validated is not None, diagnostics
    return validated


def _url(provider: str, request: pytest.FixtureRequest) -> str:
    if provider == "postgresql":
        return request.getfixturevalue("postgres_url")
    if provider == "mysql":
        return request.getfixturevalue("mysql_url")
    return "file:./prisma/dev.db"


def check_renames(name: str, corpus: Path, tmp_path: Path, request: pytest.FixtureRequest,
                  oracle: Path | None = None) -> None:
    entry = corpus / name
    validated = _validated(entry / "schema.prisma" if (entry / "schema.prisma").exists() else entry / "schema")
    provider = validated.provider
    url = _url(provider, request)
    project, schema_path = _project(entry, tmp_path, url)
    deployed = lamina(project, "migrate", "deploy")
    if provider == "mysql" and deployed.code != 0 and "Database error code: 1305" in deployed.text:
        pytest.skip("the history needs MySQL 8 functions this server lacks (MariaDB)")
    assert deployed.code == 0, deployed.text
    synced = lamina(project, "migrate", "dev", "--name", "sync", "--accept-data-loss", "--skip-generate")
    assert synced.code == 0, synced.text
    calculated = calculate_sql_schema(validated)
    db = Database(provider, url, project)
    try:
        filled = insert_rows(db, calculated)
        assert filled > 0
        before = dump(db, calculated)
    finally:
        db.close()

    seed = sum(map(ord, name))
    flags, tables, columns, values = rename_in_schema(schema_path, validated, random.Random(seed),
                                                       enum_values=provider != "sqlite")
    after_validated = _validated(schema_path)
    after_schema = calculate_sql_schema(after_validated)

    # Without confirmation: Prisma's migration (drop and add), compared with the oracle's.
    plain = lamina(project, "migrate", "dev", "--name", "plain", "--create-only", "--accept-data-loss",
                   "--skip-generate")
    assert plain.code == 0, plain.text
    [plain_dir] = (project / "prisma" / "migrations").glob("*_plain")
    plain_sql = (plain_dir / "migration.sql").read_text(encoding="utf-8")
    shutil.rmtree(plain_dir)
    assert "-- Rename" not in plain_sql
    if oracle is not None:
        assert plain_sql == _prisma_migration(oracle, project, schema_path, url, tmp_path)

    print(name, "rows in", filled, "tables;", " ".join(flags))
    renamed = lamina(project, "migrate", "dev", "--name", "renames", *flags, "--skip-generate")
    assert renamed.code == 0, f"{flags}\n{renamed.text}"
    [renamed_dir] = (project / "prisma" / "migrations").glob("*_renames")
    sql = (renamed_dir / "migration.sql").read_text(encoding="utf-8")
    assert sql.startswith("-- Rename: "), sql
    db = Database(provider, url, project)
    try:
        after = dump(db, after_schema)
    finally:
        db.close()
    expected = renamed_dump(before, enum_of_columns(validated), tables, columns, values)
    assert after == expected, f"{flags}\n{sql}"
    again = lamina(project, "migrate", "dev", "--name", "again", "--skip-generate")
    assert again.code == 0, again.text
    assert IN_SYNC in again.out, f"{flags}\n{sql}\n{again.text}"
    if oracle is not None:
        _prisma_finds_no_difference(oracle, project, schema_path, url, tmp_path)


def _prisma7(schema_path: Path, oracle: Path, tmp_path: Path) -> Path:
    target = tmp_path / ("prisma7" + (".prisma" if schema_path.is_file() else ""))
    if target.exists():
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    subprocess.run(["python3", str(oracle / "prisma7ize.py"), str(schema_path), str(target)], check=True,
                   capture_output=True)
    return target


def _prisma_migration(oracle: Path, project: Path, schema_path: Path, url: str, tmp_path: Path) -> str:
    migrations = tmp_path / "prisma-migrations"
    shutil.rmtree(migrations, ignore_errors=True)
    shutil.copytree(project / "prisma" / "migrations", migrations)
    server = url if url.startswith("postgresql") else "file:" + str(tmp_path / "oracle.db")
    result = subprocess.run(["bash", str(oracle / "prisma-dev-create.sh"), server,
                             str(_prisma7(schema_path, oracle, tmp_path)), str(migrations), "plain", "--print"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _prisma_finds_no_difference(oracle: Path, project: Path, schema_path: Path, url: str, tmp_path: Path) -> None:
    args = ["bash", str(oracle / "prisma-diff.sh"), "--from-migrations", str(project / "prisma" / "migrations"),
            "--to-schema", str(_prisma7(schema_path, oracle, tmp_path)), "--exit-code"]
    if url.startswith("postgresql"):
        args += ["--url", url]
    result = subprocess.run(args, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", SAMPLE)
def test_renames_keep_rows_on_a_sample(name: str, corpus: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    oracle = request.getfixturevalue("oracle_dir") if name != "evolution-api-mysql" else None
    check_renames(name, corpus, tmp_path, request, oracle)


@pytest.mark.slow
@pytest.mark.sweep
@pytest.mark.parametrize("name", SWEEP)
def test_renames_keep_rows_on_the_corpus(name: str, corpus: Path, tmp_path: Path,
                                         request: pytest.FixtureRequest) -> None:
    check_renames(name, corpus, tmp_path, request)
