"""tests/migrations/<case> on MySQL/MariaDB: there is no oracle for MySQL, so `mysql.sql` is what
`migrate dev` writes when the shadow database (the `before` schema applied to MariaDB and
described) is diffed against the `after` schema, following PRISMA-COMPAT §7 and Prisma's MySQL
renderer tests; `mysql.source.txt` names the sections each golden follows. The goldens are the
server-independent SQL (MySQL 8's): on MariaDB `migrate dev` redefines a renamed index instead
(tests/mysql/test_index_rename.py).

Shared by tests/mysql/test_migration_cases.py and scripts/regen_mysql_goldens.py.
"""

from __future__ import annotations

from pathlib import Path

from lamina.dialects import DIALECTS
from lamina.diffing.differ import diff_schemas
from lamina.diffing.safety import check_steps
from lamina.diffing.script import render_script
from lamina.engine.connection import connect
from lamina.engine.describe import describe_database
from lamina.engine.urls import parse_database_url
from lamina.psl import SourceFile, check_schema
from lamina.schema.calculate import calculate_sql_schema
from lamina.schema.model import EMPTY_SCHEMA, SqlSchema

CASES = Path(__file__).resolve().parents[1] / "migrations"
DIALECT = DIALECTS["mysql"]


def case_source(case: Path, which: str) -> str:
    extra = (case / "datasource.txt").read_text() if (case / "datasource.txt").exists() else ""
    lines = "".join(f"  {line}\n" for line in extra.splitlines() if line.strip())
    return f'datasource db {{\n  provider = "mysql"\n{lines}}}\n\n' + (case / f"{which}.prisma").read_text()


def calculate(case: Path, which: str) -> tuple[SqlSchema | None, str]:
    """The calculated schema, or None and the diagnostics when the case is not valid for MySQL."""
    validated, diagnostics = check_schema([SourceFile(f"{which}.prisma", case_source(case, which))])
    if validated is None:
        return None, str(diagnostics)
    return calculate_sql_schema(validated), ""


def script(before: SqlSchema, after: SqlSchema) -> str:
    steps = diff_schemas(before, after, DIALECT)
    report = check_steps(steps, before, after, DIALECT, None)
    return render_script(steps, DIALECT, report.warnings, report.unexecutable)


def describe(url: str) -> SqlSchema:
    with connect(parse_database_url(url)) as conn:
        return describe_database(conn)


def run(url: str, sql: str) -> None:
    with connect(parse_database_url(url)) as conn:
        conn.execute_script(sql)


def migration_script(case: Path, url: str) -> str:
    """Create `before` in the (empty) database at `url`, then diff its description to `after`."""
    before, _ = calculate(case, "before")
    after, _ = calculate(case, "after")
    assert before is not None and after is not None
    run(url, script(EMPTY_SCHEMA, before))
    return script(describe(url), after)
