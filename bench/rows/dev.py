"""Row 4: `lamina migrate dev --name bench` adding one optional field on top of trigger-dev's 820
migrations (deployed first), against the plain replay of the same history: the physical floor of the
shadow-database replay that `migrate dev` must do, measured in alternation with lamina's runs."""

from __future__ import annotations

import re
import shutil

from bench import pg
from bench.context import Context, lamina_env
from bench.measure import Job, ProcessFailed, Sample, Series, interleave, run_process
from bench.report import Row
from bench.rows.deploy import FreshDatabase, plain_replay, write_lamina_toml

GROUP = "4 dev"
PROJECT = "trigger-dev"
FIELD = "  benchNote String?\n"


def add_optional_field(text: str) -> tuple[str, str]:
    match = re.search(r"^model\s+(\w+)\s*\{[^\n]*\n", text, re.M)
    if not match:
        raise ProcessFailed("no model in the schema")
    return text[:match.end()] + FIELD + text[match.end():], match.group(1)


class DevRun:
    """Per run: a copy of the deployed template database and a fresh copy of the project folder."""

    def __init__(self, ctx: Context, template: str, warm: bool = False) -> None:
        self.ctx = ctx
        self.warm = warm
        self.template = template
        self.name = ""
        self.url = ""
        self.root = ctx.scratch / "dev-run"

    def setup(self) -> None:
        self.name = pg.fresh_name("dev_run")
        url = pg.create_database(self.name, template=self.template)
        if self.root.exists():
            shutil.rmtree(self.root)
        shutil.copytree(self.ctx.scratch / "dev-project", self.root)
        write_lamina_toml(self.root, url)
        self.url = url
        if self.warm:  # an earlier run on the same history left the shadow cache (docs/fast-dev.md)
            warm_up = self.run("--create-only")
            if warm_up.error:
                raise ProcessFailed(f"warming the shadow cache: {warm_up.error}")
            for folder in self.root.glob("migrations/*_bench"):
                shutil.rmtree(folder)

    def run(self, *extra: str) -> Sample:
        sample = run_process([self.ctx.lamina, "migrate", "dev", "--name", "bench",
                              "--schema", self.root / "schema.prisma", *extra],
                             cwd=self.root, env=lamina_env(self.url), timeout=600)
        if sample.error is None and not list(self.root.glob("migrations/*_bench/migration.sql")):
            return Sample(sample.seconds, sample.max_rss_kib, "failed: no *_bench migration was written")
        return sample

    def teardown(self) -> None:
        if self.name:
            pg.drop_database(self.name)
            self.name = ""


def _prepare(ctx: Context) -> tuple[str, str]:
    """The project copy with the edited schema, and a template database with the history deployed
    (the one row 3's last `lamina migrate deploy` run left, or a new deploy)."""
    source = ctx.corpus / PROJECT
    root = ctx.folder("dev-project")
    text, model = add_optional_field((source / "schema.prisma").read_text())
    (root / "schema.prisma").write_text(text)
    shutil.copytree(source / "migrations", root / "migrations")
    if PROJECT in ctx.deployed:
        return ctx.deployed.pop(PROJECT), model
    template = pg.fresh_name("dev_template")
    url = pg.create_database(template)
    write_lamina_toml(root, url)
    deploy = run_process([ctx.lamina, "migrate", "deploy", "--schema", root / "schema.prisma"],
                         cwd=root, env=lamina_env(url), timeout=600)
    (root / "lamina.toml").unlink()
    if deploy.error:
        pg.drop_database(template)
        raise ProcessFailed(f"setup (lamina migrate deploy of the history): {deploy.error.removeprefix('failed: ')}")
    return template, model


def rows(ctx: Context) -> list[Row]:
    if not (ctx.corpus / PROJECT / "migrations").is_dir():
        missing = Series((), f"skipped: corpus entry {PROJECT} not found (set LAMINA_CORPUS)")
        return [Row(GROUP, "`lamina migrate dev`", missing, "plain replay", None)]
    subject = f"`lamina migrate dev --name bench` on {PROJECT} (820 migrations applied, one optional field added)"
    template = ""
    note = ""
    try:
        template, model = _prepare(ctx)
        note = f"the field `benchNote String?` is added to model `{model}`; each run starts from a copy " \
               "(CREATE DATABASE … TEMPLATE) of a database where `lamina migrate deploy` applied the history"
        run = DevRun(ctx, template)
        warm = DevRun(ctx, template, warm=True)
        db = FreshDatabase("dev_plain")
        lamina, create_only, lamina_warm, create_only_warm, plain = interleave([
            Job(run.run, run.setup, run.teardown),
            Job(lambda: run.run("--create-only"), run.setup, run.teardown),
            Job(warm.run, warm.setup, warm.teardown),
            Job(lambda: warm.run("--create-only"), warm.setup, warm.teardown),
            Job(lambda: plain_replay(ctx, ctx.corpus / PROJECT / "migrations", db), db.setup, db.teardown),
        ], ctx.budget)
        note += "; the five series run in alternation (bench/measure.py `interleave`), the plain replay among them"
    except ProcessFailed as exc:
        lamina = create_only = lamina_warm = create_only_warm = plain = Series((), f"failed: {exc}")
    finally:
        if template:
            pg.drop_database(template)
    baseline = "bench/plain_replay.py of the same history"
    return [Row(GROUP, subject, lamina, baseline, plain, None, "", note),
            Row(GROUP, "the same with `--create-only` (shadow replay and diff; nothing applied)", create_only,
                baseline, plain),
            Row(GROUP, "`migrate dev --name bench`, warm shadow cache (an earlier run on the same history)",
                lamina_warm, baseline, plain, 0.15),
            Row(GROUP, "the same with `--create-only`, warm shadow cache", create_only_warm, baseline, plain, 0.15)]
