"""Row 3: `lamina migrate deploy` of two corpus histories into fresh PostgreSQL databases, against
(a) bench/plain_replay.py (one connection, each file one message, a history row per file), run in
alternation with lamina's runs (bench/measure.py `interleave`), and (b) `psql -f` per file (one psql
process per file, statement by statement, no history)."""

from __future__ import annotations

import shutil
from pathlib import Path

from bench import pg
from bench.context import Context, lamina_env
from bench.measure import Job, Sample, Series, interleave, repeat, run_process, timed
from bench.plain_replay import migration_files
from bench.report import Row

GROUP = "3 deploy"
PROJECTS = (("trigger-dev", 820), ("inbox-zero", 240))
PLAIN_REPLAY = Path(__file__).resolve().parent.parent / "plain_replay.py"


def project_copy(ctx: Context, name: str) -> Path:
    """schema.prisma + migrations/ copied to a scratch folder, with a lamina.toml naming the URL."""
    root = ctx.folder(f"deploy-{name}")
    source = ctx.corpus / name
    shutil.copy(source / "schema.prisma", root / "schema.prisma")
    shutil.copytree(source / "migrations", root / "migrations")
    return root


def write_lamina_toml(root: Path, url: str) -> None:
    (root / "lamina.toml").write_text(f'[datasource]\nurl = "{url}"\n')


class FreshDatabase:
    """Creates a new database before each run and drops it after; with `keep_last`, the database of
    the latest run is kept (in `kept`) until the next run starts, so a later row can reuse it."""

    def __init__(self, prefix: str, keep_last: bool = False) -> None:
        self.prefix = prefix
        self.keep_last = keep_last
        self.name = ""
        self.url = ""
        self.kept = ""

    def setup(self) -> None:
        self.drop_kept()
        self.name = pg.fresh_name(self.prefix)
        self.url = pg.create_database(self.name)

    def teardown(self) -> None:
        if self.name and self.keep_last:
            self.kept, self.name = self.name, ""
        elif self.name:
            pg.drop_database(self.name)
            self.name = ""

    def drop_kept(self) -> None:
        if self.kept:
            pg.drop_database(self.kept)
            self.kept = ""


def psql_replay(url: str, folder: Path) -> None:
    for path in migration_files(folder):
        sample = run_process(["psql", "-d", url, "-v", "ON_ERROR_STOP=1", "-q", "-X", "-f", path])
        if sample.error:
            raise RuntimeError(f"{path.parent.name}: {sample.error.removeprefix('failed: ')}")


def timed_psql(db: FreshDatabase, folder: Path) -> Sample:
    return timed(lambda: psql_replay(db.url, folder))


def lamina_deploy(ctx: Context, root: Path, db: FreshDatabase) -> Sample:
    write_lamina_toml(root, db.url)
    return run_process([ctx.lamina, "migrate", "deploy", "--schema", root / "schema.prisma"],
                       cwd=root, env=lamina_env(db.url), timeout=600)


def plain_replay(ctx: Context, folder: Path, db: FreshDatabase) -> Sample:
    return run_process([ctx.python, PLAIN_REPLAY, db.url, folder], timeout=600)


def rows(ctx: Context) -> list[Row]:
    out: list[Row] = []
    for name, count in PROJECTS:
        source = ctx.corpus / name
        if not (source / "migrations").is_dir():
            missing = Series((), f"skipped: corpus entry {source} not found (set LAMINA_CORPUS)")
            out.append(Row(GROUP, f"`migrate deploy`, {name}", missing, "plain replay", None, 1.0))
            continue
        root = project_copy(ctx, name)
        db = FreshDatabase(name.replace("-", "_"), keep_last=True)
        plain_db = FreshDatabase(f"{name.replace('-', '_')}_plain")
        lamina, plain = interleave([Job(lambda: lamina_deploy(ctx, root, db), db.setup, db.teardown),
                                    Job(lambda: plain_replay(ctx, root / "migrations", plain_db),
                                        plain_db.setup, plain_db.teardown)], ctx.budget)
        if lamina.ok and db.kept:
            ctx.deployed[name], db.kept = db.kept, ""  # row 4 starts from copies of this database
        db.drop_kept()
        db.keep_last = False
        psql = repeat(lambda: timed_psql(db, root / "migrations"), ctx.budget,
                      setup=db.setup, teardown=db.teardown)
        subject = f"`lamina migrate deploy`, {name} ({count} migrations, fresh database)"
        out.append(Row(GROUP, subject, lamina, "bench/plain_replay.py (one connection, one message per file)",
                       plain, 1.0))  # the goal: no slower than the plain replay
        out.append(Row(GROUP, subject, lamina, "`psql -f` per file (one process per file)", psql, None))
    return out
