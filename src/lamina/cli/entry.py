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
    from lamina.cli.main import main

    sys.exit(main(sys.argv[1:]))
