"""The lint settings and migration files `migrate dev --lint` uses: lamina.operations.lint's."""

from __future__ import annotations

from lamina.operations.lint import (  # noqa: F401 - imported by cli/commands/dev_lint.py
    LintSettings, lint_migrations, lint_settings, migration_files, require_postgresql,
)
