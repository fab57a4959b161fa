"""lamina's generated models side by side with sqlacodegen 4.0.4's, on the same databases.

    .venv/bin/python bench/sqlacodegen_side_by_side.py [--entries a,b] [--output docs/generate.md]

For every corpus schema: a fresh database is migrated to it (`lamina db push`, the schema's own
migration from empty); sqlacodegen reads that database back into models, lamina writes its models from
the schema (`lamina generate sqlalchemy`), and both modules are loaded to count, for what sqlacodegen
emits (tables, columns, primary keys, foreign keys, unique constraints or indexes, other indexes), how
much of it lamina's models have (same table and columns; same name; same SQL type when compiled for
the database), and what only lamina's have (relationships named by the schema, Python enums with the
schema's names, client-side defaults such as cuid() and @updatedAt).

sqlacodegen runs in its own virtual environment (bench/.sqlacodegen-venv, created on first use with
sqlacodegen==4.0.4 and the drivers): it is no dependency of lamina. The table is written into
docs/generate.md between its `sqlacodegen` markers.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VENV = REPO / "bench" / ".sqlacodegen-venv"
SQLACODEGEN = "sqlacodegen==4.0.4"
POSTGRES = os.environ.get("TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
MYSQL = os.environ.get("TEST_MYSQL_URL", "mysql://root@127.0.0.1:3306/")
BEGIN, END = "<!-- sqlacodegen:begin -->", "<!-- sqlacodegen:end -->"
HAND_MADE_EXTENSIONS = ("citext", "pg_trgm")  # corpus projects create these in hand-written SQL

# Runs in sqlacodegen's environment (which has SQLAlchemy): loads both modules, prints counts as JSON.
COMPARE = r'''
import enum, importlib.util, json, re, sys
import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase

def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module

def metadata(module):
    base = getattr(module, "Base", None)
    return base.metadata if base is not None else module.metadata

def sql_type(text):
    """The compiled type, without what MariaDB's reflection adds to equal types: collations and
    character sets, integer display widths, TINYINT(1) for BOOL, LONGTEXT for JSON."""
    text = re.sub(r" (COLLATE|CHARACTER SET) \w+", "", text.upper())
    if dialect.name == "mysql":
        text = {"TINYINT(1)": "BOOL", "LONGTEXT": "JSON"}.get(text, text)
        text = re.sub(r"^(TINYINT|SMALLINT|MEDIUMINT|INTEGER|BIGINT)\(\d+\)", r"\1", text)
    return text.replace(" ", "")


def items(md, dialect):
    found = {"tables": {}, "columns": {}, "primary keys": {}, "foreign keys": {}, "unique": {}, "indexes": {},
             "implicit": {}}
    for table in md.tables.values():
        t = table.name
        found["tables"][t] = t
        for c in table.columns:
            found["columns"][(t, c.name)] = sql_type(c.type.compile(dialect=dialect))
        if table.primary_key.columns:  # by column set: SQLite reflection lists them in table order
            found["primary keys"][(t, tuple(sorted(c.name for c in table.primary_key.columns)))] = table.primary_key.name
        for fk in table.foreign_key_constraints:
            key = (t, tuple(fk.column_keys), fk.elements[0].target_fullname.rsplit(".", 2)[-2],
                   tuple(e.target_fullname.rsplit(".", 1)[1] for e in fk.elements))
            found["foreign keys"][key] = fk.name
        for constraint in table.constraints:
            if isinstance(constraint, sa.UniqueConstraint):
                found["unique"][(t, tuple(c.name for c in constraint.columns), constraint.name)] = constraint.name
        implicit = {fk.name for fk in table.foreign_key_constraints} if dialect.name == "mysql" else set()
        for index in table.indexes:
            if index.name in implicit:  # MySQL's own index for a foreign key, named after it
                found["implicit"][(t, index.name)] = index.name
                continue
            columns = tuple(c.name if isinstance(c, sa.Column) else getattr(getattr(c, "element", c), "name", str(c))
                            for c in index.expressions)
            found["unique" if index.unique else "indexes"][(t, columns, index.name)] = index.name
    return found

def extras(module):
    mappers = list(module.Base.registry.mappers) if hasattr(module, "Base") else []
    try:
        relationships = sum(len(m.relationships) for m in mappers)
    except Exception as error:  # the relationships do not configure
        relationships = f"fail ({type(error).__name__})"
    enums = sum(1 for v in vars(module).values()
                if isinstance(v, type) and issubclass(v, enum.Enum) and v.__module__ == module.__name__)
    defaults = sum(1 for t in metadata(module).tables.values() for c in t.columns
                   if c.default is not None and not isinstance(c.default, sa.Sequence))
    return {"relationships": relationships, "enums": enums, "client defaults": defaults}

dialect = sa.create_engine(sys.argv[3]).dialect
ours = load(sys.argv[2], "by_lamina")
try:
    theirs = load(sys.argv[1], "by_sqlacodegen")
except Exception as error:
    print(json.dumps({"error": f"sqlacodegen's module does not import ({type(error).__name__}: "
                               + str(error).split(";")[0][:90] + ")", "lamina": extras(ours)}))
    sys.exit(0)
sq, la = items(metadata(theirs), dialect), items(metadata(ours), dialect)
result = {}
for kind in sq:
    keys = sq[kind]
    present = [k for k in keys if k in la[kind]]
    same = [k for k in present if kind == "tables" or sq[kind][k] in (None, la[kind][k])]
    result[kind] = {"sqlacodegen": len(keys), "present": len(present), "same": len(same),
                    "missing": [str(k) for k in keys if k not in la[kind]][:5],
                    "different": [f"{k}: {sq[kind][k]} / {la[kind][k]}" for k in present if k not in same][:5]}
result["lamina"] = extras(ours)
result["sqlacodegen"] = extras(theirs)
print(json.dumps(result))
'''


def ensure_venv() -> Path:
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", SQLACODEGEN, "psycopg[binary]", "PyMySQL"],
                       check=True)
    return python


def schema_of(corpus: Path, entry: str) -> Path:
    root = corpus / entry
    return root / "schema.prisma" if (root / "schema.prisma").exists() else root / "schema"


def provider_of(schema: Path) -> str:
    files = [schema] if schema.is_file() else sorted(schema.rglob("*.prisma"))
    for file in files:
        match = re.search(r'datasource\s+\w+\s*\{[^}]*?provider\s*=\s*"([^"]+)"', file.read_text(), re.S)
        if match:
            return {"postgres": "postgresql"}.get(match.group(1), match.group(1))
    raise ValueError(f"no datasource in {schema}")


def create_database(provider: str, name: str, scratch: Path) -> tuple[str, str]:
    """(lamina URL, SQLAlchemy URL) of a new, empty database."""
    if provider == "sqlite":
        path = scratch / f"{name}.db"
        path.touch()
        return f"file:{path}", f"sqlite:///{path}"
    if provider == "postgresql":
        import psycopg

        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        url = POSTGRES.rsplit("/", 1)[0] + "/" + name
        with psycopg.connect(url, autocommit=True) as conn:
            for extension in HAND_MADE_EXTENSIONS:
                conn.execute(f'CREATE EXTENSION IF NOT EXISTS "{extension}"')
        return url, "postgresql+psycopg://" + url.split("://", 1)[1]
    _mysql(f"CREATE DATABASE `{name}`")
    url = MYSQL.rstrip("/") + "/" + name
    return url, "mysql+pymysql://" + url.split("://", 1)[1]


def drop_database(provider: str, name: str) -> None:
    if provider == "postgresql":
        import psycopg

        with psycopg.connect(POSTGRES, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    elif provider == "mysql":
        _mysql(f"DROP DATABASE IF EXISTS `{name}`")


def _mysql(statement: str) -> None:
    import pymysql

    server = MYSQL.split("://", 1)[1].split("/")[0]
    user, host = server.split("@") if "@" in server else ("root", server)
    conn = pymysql.connect(host=host.split(":")[0], port=int(host.split(":")[1]) if ":" in host else 3306,
                           user=user, autocommit=True)
    try:
        conn.cursor().execute(statement)
    finally:
        conn.close()


def compare_entry(entry: str, schema: Path, python: Path, scratch: Path) -> dict:
    provider = provider_of(schema)
    name = f"lamina_sqlacodegen_{re.sub('[^a-z0-9]', '_', entry)}_{uuid.uuid4().hex[:6]}"
    lamina = Path(sys.executable).parent / "lamina"
    url, sa_url = create_database(provider, name, scratch)
    try:
        push = subprocess.run([str(lamina), "db", "push", "--schema", str(schema), "--url", url, "--skip-generate",
                               "--accept-data-loss"], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
        if push.returncode != 0:
            reason = (push.stderr.strip().splitlines() or ["failed"])[-1]
            return {"entry": entry, "provider": provider, "error": f"database not built: {reason[:120]}"}
        theirs, ours = scratch / f"{name}_sqlacodegen.py", scratch / f"{name}_lamina.py"
        started = time.monotonic()
        subprocess.run([str(python.parent / "sqlacodegen"), sa_url, "--outfile", str(theirs)], check=True,
                       capture_output=True, text=True)
        their_seconds = time.monotonic() - started
        started = time.monotonic()
        subprocess.run([str(lamina), "generate", "sqlalchemy", "--schema", str(schema), "--output", str(ours)],
                       check=True, capture_output=True, text=True)
        our_seconds = time.monotonic() - started
        counted = _compare(python, theirs, ours, sa_url)
        if "error" in counted:
            # sqlacodegen's declarative module does not import: compare its Core tables instead.
            subprocess.run([str(python.parent / "sqlacodegen"), sa_url, "--generator", "tables", "--outfile",
                            str(theirs)], check=True, capture_output=True, text=True)
            counted = {**_compare(python, theirs, ours, sa_url), "note": counted["error"]}
        return {"entry": entry, "provider": provider, "seconds": (their_seconds, our_seconds), **counted}
    finally:
        drop_database(provider, name)


def _compare(python: Path, theirs: Path, ours: Path, sa_url: str) -> dict:
    counted = subprocess.run([str(python), "-c", COMPARE, str(theirs), str(ours), sa_url], capture_output=True, text=True)
    if counted.returncode != 0:
        return {"error": counted.stderr.strip().splitlines()[-1][:160]}
    return json.loads(counted.stdout)


KINDS = ("tables", "columns", "primary keys", "foreign keys", "unique", "indexes")


def table(rows: list[dict]) -> str:
    head = ("| entry | provider | " + " | ".join(KINDS) + " | same name | same SQL type | relationships "
            "(lamina / sqlacodegen) | Python enums (lamina / sqlacodegen) | client-side defaults (lamina) |")
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    totals: dict[str, list[int]] = {k: [0, 0] for k in KINDS}
    extra_totals = [0, 0, 0, 0, 0]
    same = [0, 0]
    typed = [0, 0]
    for row in rows:
        if "error" in row:
            lines.append(f"| {row['entry']} | {row['provider']} | " + " | ".join("–" for _ in KINDS)
                         + f" | – | – | – | – | {row['error']} |")
            continue
        cells = []
        for kind in KINDS:
            counts = row[kind]
            totals[kind][0] += counts["present"]
            totals[kind][1] += counts["sqlacodegen"]
            cells.append(f"{counts['present']}/{counts['sqlacodegen']}")
        same_now = sum(row[k]["same"] for k in KINDS[2:]), sum(row[k]["present"] for k in KINDS[2:])
        same[0] += same_now[0]
        same[1] += same_now[1]
        typed[0] += row["columns"]["same"]
        typed[1] += row["columns"]["present"]
        lamina, theirs = row["lamina"], row["sqlacodegen"]
        their_relationships = "–" if "note" in row else theirs["relationships"]
        if isinstance(their_relationships, int):  # totals compare like with like
            extra_totals[0] += lamina["relationships"]
            extra_totals[1] += their_relationships
        extra_totals[2] += lamina["enums"]
        extra_totals[3] += theirs["enums"]
        extra_totals[4] += lamina["client defaults"]
        lines.append(f"| {row['entry']}{'¹' if 'note' in row else ''} | {row['provider']} | " + " | ".join(cells)
                     + f" | {same_now[0]}/{same_now[1]} | {row['columns']['same']}/{row['columns']['present']}"
                     + f" | {lamina['relationships']} / {their_relationships} | {lamina['enums']} / {theirs['enums']}"
                     + f" | {lamina['client defaults']} |")
    lines.append("| **total** | | " + " | ".join(f"**{a}/{b}**" for a, b in totals.values())
                 + f" | **{same[0]}/{same[1]}** | **{typed[0]}/{typed[1]}** | **{extra_totals[0]} / {extra_totals[1]}**"
                 + f" | **{extra_totals[2]} / {extra_totals[3]}** | **{extra_totals[4]}** |")
    missing = [f"{row['entry']} {kind}: {', '.join(row[kind]['missing'])}" for row in rows if "error" not in row
               for kind in KINDS if row[kind]["missing"]]
    notes = [f"- not in lamina's models: {m}" for m in missing] or ["- Everything sqlacodegen emits is in lamina's models."]
    notes += [f"- ¹ {row['entry']}: {row['note']}; compared with `sqlacodegen --generator tables` instead."
              for row in rows if "note" in row]
    implicit = sum(row["implicit"]["sqlacodegen"] for row in rows if "error" not in row)
    if implicit:
        notes.append(f"- Not counted: {implicit} indexes MySQL creates for foreign keys itself (named after the "
                     "constraint), which sqlacodegen lists and lamina's models, like Prisma's schema, leave to the server.")
    notes += [f"- differs ({row['entry']}, {kind}; sqlacodegen / lamina): {'; '.join(row[kind]['different'])}"
              for row in rows if "error" not in row for kind in KINDS if row[kind]["different"]]
    return "\n".join(lines) + "\n\n" + "\n".join(notes) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", help="comma-separated corpus entries (default: all)")
    parser.add_argument("--output", default=str(REPO / "docs" / "generate.md"))
    args = parser.parse_args()
    corpus = Path(os.environ.get("LAMINA_CORPUS", REPO.parent / "shared" / "corpus")).resolve()
    entries = args.entries.split(",") if args.entries else sorted(p.name for p in corpus.iterdir() if p.is_dir())
    python = ensure_venv()
    version = subprocess.run([str(python), "-c", "import sqlacodegen, sqlalchemy; from importlib.metadata import "
                              "version; print(version('sqlacodegen'), sqlalchemy.__version__)"],
                             capture_output=True, text=True, check=True).stdout.split()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for entry in entries:
            rows.append(compare_entry(entry, schema_of(corpus, entry), python, Path(scratch)))
            print(entry, rows[-1].get("error", "done"), flush=True)
    text = (f"Written by `.venv/bin/python bench/sqlacodegen_side_by_side.py` (sqlacodegen {version[0]}, "
            f"SQLAlchemy {version[1]}); cells are *in lamina's models / emitted by sqlacodegen*.\n\n" + table(rows))
    output = Path(args.output)
    doc = output.read_text(encoding="utf-8")
    start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
    output.write_text(doc[:start] + "\n" + text + doc[end:], encoding="utf-8")
    print(f"wrote {output}")


if __name__ == "__main__":
    main()
