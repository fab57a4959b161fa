"""`lamina db seed`: the configured command runs with the arguments after `--`; Prisma 7's text
when none is configured; a failing seed exits 1."""

from __future__ import annotations

import sys
from pathlib import Path

from lamina.cli.commands.db_seed import NO_SEED
from tests.cli.helpers import lamina

SEED = f"{sys.executable} seed.py"


def _project(tmp_path: Path, seed: str | None) -> None:
    (tmp_path / "seed.py").write_text(
        "import sys\nprint('seeding', *sys.argv[1:])\nsys.exit(3 if 'fail' in sys.argv else 0)\n")
    if seed is not None:
        (tmp_path / "lamina.toml").write_text(f"[migrations]\nseed = {seed!r}\n".replace("'", '"'))


def test_runs_the_configured_command_with_extra_arguments(tmp_path: Path) -> None:
    _project(tmp_path, SEED)
    result = lamina(tmp_path, "db", "seed", "--", "--count", "3")
    assert (result.code, result.err) == (0, "")
    assert result.out == (f"Running seed command `{SEED} --count 3` ...\nseeding --count 3\n\n"
                          "🌱  The seed command has been executed.\n")


def test_seed_from_prisma_config_ts_without_a_schema(tmp_path: Path) -> None:
    _project(tmp_path, None)
    (tmp_path / "prisma.config.ts").write_text(
        'import { defineConfig } from "prisma/config";\n\nexport default defineConfig({\n'
        f'  migrations: {{\n    seed: "{SEED}",\n  }},\n}});\n')
    result = lamina(tmp_path, "db", "seed")
    assert result.code == 0, result.err
    assert result.err == "Loaded Prisma config from prisma.config.ts.\n\n"
    assert result.out.startswith(f"Running seed command `{SEED}` ...\nseeding\n")


def test_a_failing_seed_exits_1(tmp_path: Path) -> None:
    _project(tmp_path, SEED)
    result = lamina(tmp_path, "db", "seed", "--", "fail")
    assert result.code == 1
    assert result.out == f"Running seed command `{SEED} fail` ...\nseeding fail\n"
    assert result.err == (f"\nAn error occurred while running the seed command:\n"
                          f"Error: Command failed with exit code 3: {SEED} fail\n")


def test_without_a_seed_prints_how_to_configure_one(tmp_path: Path) -> None:
    _project(tmp_path, None)
    result = lamina(tmp_path, "db", "seed")
    assert (result.code, result.out, result.err) == (0, NO_SEED + "\n", "")
    assert result.out.startswith("⚠️ No seed command configured\n\nTo seed your database, add a seed property")
