"""lamina's pytest plugin (registered through the `pytest11` entry point; docs/pytest.md).

Off unless the project has a Prisma schema (`prisma/schema.prisma`, `schema.prisma`, a
`lamina.toml`, `[tool.lamina]` or a `prisma.config.ts` in the root directory) or `--lamina` is
given. On, it gives the fixtures `lamina_project`, `lamina_database` and `lamina_url`, and with
`--lamina-checks` (or `lamina_checks = true`) it collects the built-in checks as tests, under the
schema file. lamina itself is imported only when a fixture or check runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from lamina.testing.checks import CheckResult
    from lamina.testing.databases import DatabaseFactory, LaminaDatabase
    from lamina.testing.project import LaminaProject

CHECKS = (
    ("lamina_lock_provider", "the lock file matches the provider"),
    ("lamina_history_applies", "the history applies to an empty database"),
    ("lamina_history_matches_schema", "the history equals the schema"),
    ("lamina_no_edited_migrations", "no edited or missing migrations against --lamina-url"),
    ("lamina_up_down_up", "up, down and up again leave the same schema"),
)
_MARKERS = {
    "lamina": "lamina's built-in migration checks",
}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("lamina", "lamina: the project's migrations")
    group.addoption("--lamina", action="store_true", default=False,
                    help="turn the plugin on even where the root directory has no Prisma schema")
    group.addoption("--lamina-checks", action="store_true", default=False,
                    help="collect lamina's built-in migration checks as tests")
    group.addoption("--lamina-url", default=None, metavar="URL",
                    help="a database whose _prisma_migrations the edited-migrations check compares with the folder")
    group.addoption("--lamina-schema", default=None, metavar="PATH",
                    help="the schema file or folder (default: as the lamina CLI finds it)")
    parser.addini("lamina", type="bool", default=False, help="turn lamina's plugin on")
    parser.addini("lamina_checks", type="bool", default=False, help="collect lamina's built-in checks as tests")
    parser.addini("lamina_url", default="", help="as --lamina-url")
    parser.addini("lamina_schema", default="", help="as --lamina-schema")
    parser.addini("lamina_config", default="", help="the prisma.config.ts to read (as --config)")


def _looks_like_project(root: Path) -> bool:
    names = ("prisma/schema.prisma", "schema.prisma", "lamina.toml", "prisma.config.ts", "prisma.config.js",
             "prisma.config.mjs", "prisma.config.cjs", "prisma.config.mts", "prisma.config.cts")
    if any((root / name).is_file() for name in names):
        return True
    pyproject = root / "pyproject.toml"
    return pyproject.is_file() and "[tool.lamina" in pyproject.read_text(encoding="utf-8", errors="replace")


class LaminaState:
    """The session's project and database factory, made on first use and closed at the end."""

    def __init__(self, config: pytest.Config) -> None:
        self.root = Path(config.rootpath)
        self.schema = config.getoption("lamina_schema") or config.getini("lamina_schema") or None
        self.config_file = config.getini("lamina_config") or None
        self.enabled = bool(config.getoption("lamina") or config.getini("lamina") or self.schema
                            or _looks_like_project(self.root))
        self.checks = self.enabled and bool(config.getoption("lamina_checks") or config.getini("lamina_checks"))
        self.url = config.getoption("lamina_url") or config.getini("lamina_url") or None
        self._project: LaminaProject | None = None
        self._factory: DatabaseFactory | None = None
        self._error: str | None = None

    def project(self) -> LaminaProject:
        if self._project is None:
            if not self.enabled:
                raise LaminaSetupError(f"lamina's plugin is off: no Prisma schema in {self.root} "
                                       "(pass --lamina, or set lamina_schema in the pytest configuration)")
            if self._error is not None:
                raise LaminaSetupError(self._error)
            from lamina.errors import KnownError
            from lamina.testing.checks import error_text
            from lamina.testing.project import load_lamina_project

            try:
                self._project = load_lamina_project(self.root, schema=self.schema, config=self.config_file)
            except KnownError as error:
                self._error = f"lamina could not read the project in {self.root}:\n{error_text(error)}"
                raise LaminaSetupError(self._error) from None
        return self._project

    def factory(self) -> DatabaseFactory:
        if self._factory is None:
            from lamina.errors import KnownError
            from lamina.testing.checks import error_text
            from lamina.testing.databases import DatabaseFactory
            from lamina.testing.project import database_server

            project = self.project()
            try:
                server = database_server(project)
            except KnownError as error:
                raise LaminaSetupError(error_text(error)) from None
            self._factory = DatabaseFactory(project, server)
        return self._factory

    def schema_file(self) -> Path | None:
        """The file the checks are collected under: the schema file, or a folder's first .prisma file."""
        try:
            path = self.project().schema_path
        except LaminaSetupError:
            return None
        if path.is_dir():
            return next(iter(sorted(path.rglob("*.prisma"))), None)
        return path

    def close(self) -> None:
        if self._factory is not None:
            factory, self._factory = self._factory, None
            factory.close()


class LaminaSetupError(Exception):
    """The project or its test server could not be set up: the message says why."""


_STATE = pytest.StashKey[LaminaState]()


def _state(config: pytest.Config) -> LaminaState:
    return config.stash[_STATE]


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_STATE] = LaminaState(config)
    for name, text in _MARKERS.items():
        config.addinivalue_line("markers", f"{name}: {text}")


def pytest_unconfigure(config: pytest.Config) -> None:
    """Runs after every session, also one stopped by a failure or Ctrl-C: drop what is left."""
    state = config.stash.get(_STATE, None)
    if state is not None:
        state.close()


# --- fixtures ------------------------------------------------------------------------------------


def _setup_or_fail(call):
    try:
        return call()
    except LaminaSetupError as error:
        pytest.fail(str(error), pytrace=False)


@pytest.fixture(scope="session")
def lamina_project(pytestconfig: pytest.Config) -> LaminaProject:
    """The project: schema, migrations folder, provider (see lamina.testing.project)."""
    return _setup_or_fail(_state(pytestconfig).project)


@pytest.fixture
def lamina_database(pytestconfig: pytest.Config, request: pytest.FixtureRequest) -> Iterator[LaminaDatabase]:
    """A throw-away database migrated from the project's history: a SQLite file or a PostgreSQL
    database per test (copied from a template migrated once per session), or one MySQL/MariaDB
    database per session. Dropped afterwards, whatever happens."""
    from lamina.errors import KnownError
    from lamina.testing.checks import error_text

    factory = _setup_or_fail(_state(pytestconfig).factory)
    try:
        database = factory.create(request.node.name)
    except KnownError as error:
        pytest.fail(f"lamina could not make a migrated test database:\n{error_text(error)}", pytrace=False)
    try:
        yield database
    finally:
        factory.drop(database)


@pytest.fixture
def lamina_url(lamina_database: LaminaDatabase) -> str:
    """The URL of `lamina_database`, as DATABASE_URL would hold it."""
    return lamina_database.url


# --- the built-in checks -------------------------------------------------------------------------


class LaminaCheckFailed(Exception):
    pass


class LaminaCheck(pytest.Item):
    def __init__(self, *, description: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.description = description
        self.add_marker(pytest.mark.lamina)

    def runtest(self) -> None:
        state = _state(self.config)
        try:
            result = self._run(state)
        except LaminaSetupError as error:
            raise LaminaCheckFailed(str(error)) from None
        if result.outcome == "skipped":
            pytest.skip(result.message)
        if result.outcome == "failed":
            raise LaminaCheckFailed(result.message)

    def _run(self, state: LaminaState) -> CheckResult:
        from lamina.testing import checks

        project = state.project()
        match self.name:
            case "lamina_lock_provider":
                return checks.check_lock_provider(project)
            case "lamina_history_applies":
                return checks.check_history_applies(project, state.factory())
            case "lamina_history_matches_schema":
                return checks.check_history_matches_schema(project, state.factory().server)
            case "lamina_no_edited_migrations":
                return checks.check_no_edited_migrations(project, state.url)
            case "lamina_up_down_up":
                return checks.check_up_down_up(project, state.factory().server)
        raise AssertionError(self.name)

    def repr_failure(self, excinfo, style=None):  # noqa: ANN001 - pytest's signature
        if isinstance(excinfo.value, LaminaCheckFailed):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):  # noqa: ANN201 - pytest's signature
        return self.path, None, f"lamina check: {self.description}"


class LaminaChecks(pytest.File):
    """The built-in checks, collected under the schema file."""

    def collect(self) -> Iterator[LaminaCheck]:
        for name, description in CHECKS:
            yield LaminaCheck.from_parent(self, name=name, description=description)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> LaminaChecks | None:
    """`pytest prisma/schema.prisma` (or a walk that reaches it) collects the checks."""
    state = _state(parent.config)
    if not state.checks or file_path.suffix != ".prisma" or file_path != state.schema_file():
        return None
    return LaminaChecks.from_parent(parent, path=file_path)


@pytest.hookimpl(tryfirst=True)  # before -k / -m deselect
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """A plain `pytest` (no paths given) runs the checks even where the walk does not reach the
    schema (testpaths = tests)."""
    state = _state(config)
    if not state.checks or config.args_source == pytest.Config.ArgsSource.ARGS:
        return
    if any(isinstance(item, LaminaCheck) for item in items):
        return
    schema_file = state.schema_file()
    if schema_file is None:  # the project cannot be read: every check fails with the reason
        schema_file = state.root / "lamina"
    items[:0] = list(LaminaChecks.from_parent(session, path=schema_file).collect())
