"""Testing a project's migrations from Python: throw-away migrated databases and the built-in
checks (docs/pytest.md). `lamina.testing.pytest_plugin` is the pytest plugin built on them; the
functions here return data and never print."""
