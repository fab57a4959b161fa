"""argv → command. The only place that catches KnownError and turns it into text and an exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

import click

from lamina import __version__
from lamina.cli.entry import version_text
from lamina.cli.json_output import JsonMode
from lamina.cli.output import Output
from lamina.cli.prompt import Prompter, TerminalPrompter
from lamina.cli.signals import Terminated, termination_unwinds
from lamina.errors import KnownError

# Exit codes, as Prisma's CLI uses them.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_DIFF_FOUND = 2  # migrate diff --exit-code with a non-empty diff
EXIT_CANCELLED = 130  # SIGINT, or a "user cancelled" / reset-needed path

# Codes Prisma's CLI prints as `Error: <code>: <message>` (its own connectivity check); every other
# coded error is printed as the engine formats it: `<code>\n\n<message>`.
_CONNECTION_CODES = {"P1000", "P1001", "P1002", "P1003", "P1010", "P1011", "P1013", "P1017"}


class Env:
    def __init__(self, output: Output, prompter: Prompter, cwd: Path):
        self.output = output
        self.prompter = prompter
        self.cwd = cwd
        self.json: JsonMode | None = None  # set by a command's --json (cli/json_output.py)


pass_env = click.make_pass_decorator(Env)


def _print_known_error(output: Output, error: KnownError) -> None:
    code = error.code
    message = error.message()
    if code is None or code == "P1012":
        text = message
    elif code in _CONNECTION_CODES:
        text = f"{code}: {message}"
    else:
        text = f"{code}\n\n{message}"
    if error.after_blank_line:
        output.error_line()
    output.error_line(output.red("Error: ", output.err) + text)
    if error.hint:
        output.error_line(f"Hint: {error.hint}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-v", "--version", message=version_text())
def cli() -> None:
    """lamina: Prisma Migrate in pure Python. Same schema.prisma, same migrations, same SQL."""


def _register() -> None:
    from lamina.cli import commands_db, commands_generate, commands_lint, commands_migrate, commands_schema

    commands_migrate.migrate.add_command(commands_lint.lint)
    cli.add_command(commands_migrate.migrate)
    cli.add_command(commands_schema.validate)
    for command in commands_schema.EXTRA:
        cli.add_command(command)
    cli.add_command(commands_db.db)
    cli.add_command(commands_generate.generate)
    cli.add_command(commands_generate.erd)


def main(argv: list[str] | None = None, *, out: TextIO | None = None, err: TextIO | None = None,
         prompter: Prompter | None = None, cwd: Path | None = None) -> int:
    output = Output(out or sys.stdout, err or sys.stderr)
    env = Env(output, prompter or TerminalPrompter(), cwd or Path.cwd())
    _register()
    code = _run(env, argv)
    if env.json is not None:  # a command that printed no document of its own: its outcome alone
        env.json.result({"exit_code": code})
    return code


def _run(env: Env, argv: list[str] | None) -> int:
    output = env.output
    try:
        with termination_unwinds():  # SIGTERM/SIGHUP clean up on the way out, as Ctrl-C does
            result = cli.main(args=argv, prog_name="lamina", standalone_mode=False, obj=env)
    except Terminated as stop:
        _json_error(env, None, "The command was interrupted.")
        return int(stop.code)
    except KnownError as error:
        if env.json is not None:
            _json_error(env, error.code, error.message(), hint=error.hint, **error.json_fields())
        _print_known_error(env.output, error)
        return error.exit_code
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.NoArgsIsHelpError as exc:  # `lamina` or `lamina db` alone: the help, as Prisma
        output.line(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
        return EXIT_OK
    except click.ClickException as exc:
        _json_error(env, None, exc.format_message())
        env.output.error_line(env.output.red("Error: ", env.output.err) + exc.format_message())
        return EXIT_ERROR
    except click.exceptions.Abort:
        _json_error(env, None, "The command was cancelled.")
        return EXIT_CANCELLED
    except (KeyboardInterrupt, EOFError):  # Ctrl-C anywhere, Ctrl-D at a prompt
        _json_error(env, None, "The command was cancelled.")
        return EXIT_CANCELLED
    except Exception as error:  # never a traceback: say what failed and where
        if os.environ.get("LAMINA_DEBUG"):
            raise
        _json_error(env, None, f"{type(error).__name__}: {error}")
        _print_unexpected_error(env.output, error)
        return EXIT_ERROR
    return result if isinstance(result, int) else EXIT_OK


def _json_error(env: Env, code: str | None, message: str, **extra: object) -> None:
    if env.json is not None:
        env.json.error(code, message, **extra)


_DRIVERS = ("psycopg", "pymysql", "sqlite3")


def _print_unexpected_error(output: Output, error: Exception) -> None:
    """A file the OS refused, a database error no P-code covers, or a defect in lamina."""
    if isinstance(error, OSError) and error.filename is not None:
        paths = ", ".join(str(p) for p in (error.filename, error.filename2) if p is not None)
        text = f"{error.strerror or error}: {paths}"
        hint = "Check that the path exists, is a file or a folder as expected, and that you may read and write it."
    elif isinstance(error, OSError):  # a connection reset, a closed pipe: the system's own words
        text, hint = str(error.strerror or error), None
    elif (driver := type(error).__module__.split(".")[0]) in _DRIVERS:
        label = "SQLite database error\n" if driver == "sqlite3" else "Database error: "
        text = label + str(error).strip()
        hint = None
    else:
        text = f"{type(error).__name__}: {error}"
        hint = "This is a defect in lamina. Run again with LAMINA_DEBUG=1 to see where it happened, and report it."
    output.error_line(output.red("Error: ", output.err) + text)
    if hint:
        output.error_line(f"Hint: {hint}")


def run() -> None:
    sys.exit(main(sys.argv[1:]))
