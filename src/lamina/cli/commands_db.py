"""`lamina db ...`."""

from __future__ import annotations

import click


@click.group()
def db() -> None:
    """Work with the database directly (push, pull, execute, seed)."""
