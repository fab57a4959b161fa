"""The console script: answers `--version` before anything heavy is imported, then hands over."""

from __future__ import annotations

import gc
import sys


def version_text() -> str:
    import platform

    from lamina import __version__

    return f"lamina {__version__} (Python {platform.python_version()}, {sys.executable})"


def run() -> None:
    if sys.argv[1:] in (["--version"], ["-v"]):
        sys.stdout.write(version_text() + "\n")
        sys.exit(0)
    # One command per process: what it allocates (syntax tree, schemas, SQL) lives until it exits and
    # forms no cycles worth collecting, while the cyclic collector would re-scan all of it over and over
    # (about half the time of `migrate diff` on a 5,000-model schema).
    gc.disable()
    from lamina.dataclass_code import install

    install()  # before the first dataclass is defined
    from lamina.cli.main import main

    leave(main(sys.argv[1:]))


def leave(code: int) -> None:
    """End the process once the command is done: the exit handlers run and the output is flushed,
    then the process ends without tearing the interpreter down. That teardown frees every object of
    the run one by one (a schema, its description, the migrations read) and took about a tenth of a
    warm `migrate dev`; the operating system reclaims the memory at once. A thread still at work
    (none should be) gets the ordinary exit, which waits for it."""
    import atexit
    import os
    import threading

    if threading.active_count() > 1:
        sys.exit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be written
            pass
    os._exit(code)
