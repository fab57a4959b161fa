"""prisma.config.ts read without running it, compared with what Prisma 7.10.1's own loader makes
of the same file (tests/project/config_ts/expected.json, from scripts/regen_config_ts_golden.py)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from lamina.errors import KnownError
from lamina.project.config_errors import ConfigFileError
from lamina.project.project import load_project, open_config_file
from tests.cli.helpers import lamina

CASES = Path(__file__).parent / "config_ts"
EXPECTED = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))
PRESETS = json.loads((CASES / "presets.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def environment():
    """Only presets.json's variables among the LAMINA_CFG_* ones; anything loaded is undone."""
    saved = dict(os.environ)
    for key in [k for k in os.environ if k.startswith("LAMINA_CFG_")]:
        del os.environ[key]
    os.environ.update(PRESETS)
    yield
    os.environ.clear()
    os.environ.update(saved)


def _copy_case(case: str, folder: Path) -> Path:
    shutil.copyfile(CASES / f"{case}.ts", folder / "prisma.config.ts")
    for extra in CASES.glob(f"{case}.*"):
        if extra.suffix != ".ts":
            shutil.copyfile(extra, folder / extra.name.removeprefix(case))
    return folder / "prisma.config.ts"


def _as_prisma_config(settings, folder: Path) -> dict:
    """lamina's settings in the shape of Prisma's loaded config (absolute paths as <dir>/...)."""
    def shown(path: Path | None) -> str | None:
        return None if path is None else "<dir>/" + path.relative_to(folder).as_posix()

    config: dict = {"migrations": {}, "typedSql": {}, "views": {}}
    if settings.schema:
        config["schema"] = shown(settings.schema)
    for key, value in (("path", shown(settings.migrations_path)), ("seed", settings.seed),
                       ("initShadowDb", settings.init_shadow_db)):
        if value is not None:
            config["migrations"][key] = value
    datasource = {k: v for k, v in (("url", settings.url), ("shadowDatabaseUrl", settings.shadow_database_url)) if v}
    if datasource:
        config["datasource"] = datasource
    for section, value in (("tables", settings.external_tables), ("enums", settings.external_enums)):
        if value is not None:
            config[section] = {"external": list(value)}
            config["experimental"] = {"externalTables": True}
    return config


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_config_reads_as_prisma_loads_it(case: str, tmp_path: Path) -> None:
    folder = tmp_path.resolve()
    path = _copy_case(case, folder)
    expected = EXPECTED[case]
    if "error" in expected:
        with pytest.raises(KnownError) as info:
            open_config_file(path, folder).settings(strict=True)
        assert info.value.message().endswith(expected["error"].removeprefix("ConfigLoadError: "))
        return
    settings, warnings = open_config_file(path, folder).settings(strict=True)
    assert _as_prisma_config(settings, folder) == expected["config"]
    assert warnings == ()


SCHEMA = 'datasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id Int @id\n}\n'


def _project(tmp_path: Path, config: str) -> Path:
    (tmp_path / "schema.prisma").write_text(SCHEMA)
    (tmp_path / "prisma.config.ts").write_text(config)
    return tmp_path


def test_unreadable_value_is_quoted_as_written_with_its_line(tmp_path: Path) -> None:
    _project(tmp_path, 'import { defineConfig } from "prisma/config";\n\nexport default defineConfig({\n'
                       '  schema: "schema.prisma",\n  datasource: {\n    url: buildUrl( "x",\n  1 ),\n  },\n});\n')
    with pytest.raises(ConfigFileError) as info:
        load_project(tmp_path)
    assert info.value.message() == (
        'Failed to read `datasource.url` in prisma.config.ts:6: lamina cannot compute `buildUrl( "x", …` '
        "without running the file.")


def test_only_the_unknown_part_of_a_template_is_quoted(tmp_path: Path) -> None:
    _project(tmp_path, 'export default {\n  schema: "schema.prisma",\n'
                       '  datasource: { url: `file:${ secrets.path }/dev.db` },\n}\n')
    with pytest.raises(ConfigFileError) as info:
        load_project(tmp_path)
    assert "prisma.config.ts:3: lamina cannot compute `secrets.path`" in info.value.message()


def test_an_unknown_value_in_a_key_lamina_does_not_need_is_no_error(tmp_path: Path) -> None:
    _project(tmp_path, 'import { PrismaPg } from "@prisma/adapter-pg";\nexport default {\n  schema: "schema.prisma",\n'
                       '  engine: "js",\n  adapter: async () => new PrismaPg({ connectionString: "x" }),\n}\n')
    assert load_project(tmp_path).warnings == ()


def test_unknown_keys_are_warnings(tmp_path: Path) -> None:
    _project(tmp_path, 'import { defineConfig } from "prisma/config";\nexport default defineConfig({\n'
                       '  schema: "schema.prisma",\n  migration: { path: "x" },\n'
                       '  datasource: { url: "file:./dev.db", directUrl: "file:./direct.db", pool: 5 },\n});\n')
    result = lamina(tmp_path, "validate")
    assert result.code == 0, result.text
    assert result.err.splitlines()[:4] == [
        "Loaded Prisma config from prisma.config.ts.",
        "warning: prisma.config.ts:4: `migration` is not a Prisma config key; lamina ignores it.",
        "warning: prisma.config.ts:5: `datasource.pool` is not a Prisma config key; lamina ignores it.",
        'warning: prisma.config.ts:5: Prisma 7\'s config has no `datasource.directUrl` (it is Prisma 6\'s, with '
        '`engine: "classic"`); migrate commands use `datasource.url`, so lamina ignores it.',
    ]


def test_dotenv_loaded_by_the_config_comes_before_dotenv_and_is_not_expanded(tmp_path: Path) -> None:
    _project(tmp_path, 'import { config } from "dotenv";\nconfig({ path: [".env.local", ".env"] });\n'
                       'export default { schema: "schema.prisma", datasource: { url: process.env.LAMINA_CFG_DB } }\n')
    (tmp_path / ".env.local").write_text("LAMINA_CFG_DB=file:./${LAMINA_CFG_NAME}.db\n")
    (tmp_path / ".env").write_text("LAMINA_CFG_DB=file:./other.db\nLAMINA_CFG_NAME=dev\n")
    assert load_project(tmp_path).setting("url")[0] == "file:./${LAMINA_CFG_NAME}.db"


@pytest.mark.parametrize("name", ["prisma.config.js", ".config/prisma.ts", "prisma7.config.mts"])
def test_config_file_names_prisma_looks_for(tmp_path: Path, name: str) -> None:
    (tmp_path / "db").mkdir()
    (tmp_path / "db" / "schema.prisma").write_text(SCHEMA)
    (tmp_path / name).parent.mkdir(exist_ok=True)
    (tmp_path / name).write_text('module.exports = { schema: "' + ("../" if "/" in name else "") + 'db/schema.prisma" }\n')
    project = load_project(tmp_path)
    assert project.config_file == (tmp_path / name).resolve()
    assert project.schema_path == (tmp_path / "db" / "schema.prisma").resolve()


def test_a_file_that_does_not_parse_names_the_line(tmp_path: Path) -> None:
    _project(tmp_path, 'import { defineConfig } from "prisma/config";\n\nconst x = {{{;\n')
    result = lamina(tmp_path, "validate")
    assert result.code == 1
    assert "Error: Failed to parse prisma.config.ts:3: `const x = {{{;` is not valid TypeScript." in result.err
