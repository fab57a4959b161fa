"""What `migrate dev --lint` and `--safe` (or `[lint] dev` / `safe` in lamina.toml) add to migrate
dev (docs/lint.md): the settings that turn them on, and the findings on what was written, printed
on stderr after Prisma's text (lamina.operations.dev_files writes the lock-safe plan). Without them
migrate dev never comes here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lamina.operations.lint_settings import LintSettings, lint_settings
from lamina.errors import UsageError


@dataclass(frozen=True)
class DevLint:
    lint: bool
    safe: bool
    settings: LintSettings

    @classmethod
    def for_project(cls, loaded, *, lint: bool, safe: bool) -> DevLint:
        settings = lint_settings(loaded.project)
        options = cls(lint or settings.on_dev, safe or settings.safe, settings)
        if (options.lint or options.safe) and loaded.provider != "postgresql":
            flag = "--safe" if options.safe else "--lint"
            raise UsageError(f"`migrate dev {flag}` works on PostgreSQL migrations only; this schema's provider "
                             f"is `{loaded.provider}`.")
        return options

    def report(self, output, migrations_dir: Path, cwd: Path, written: str) -> None:
        """Findings on the migrations just written, on stderr."""
        if not (self.lint or self.safe):
            return
        from lamina.cli.commands.migrate_lint import migration_files
        from lamina.cli.commands_lint import render_findings, summary
        from lamina.lint.lint import LintOptions, lint_history

        files = migration_files(migrations_dir, cwd)
        result = lint_history(files, set(written.split(", ")), LintOptions(levels=self.settings.levels))
        output.error_line()
        if result.findings and self.safe:
            output.error_line("lamina lint: these statements have no lock-safe form that lamina can write; "
                              "each message says what to do instead (docs/lint.md):")
        for line in render_findings(result.findings):
            output.error_line(line)
        output.error_line(summary(result))
