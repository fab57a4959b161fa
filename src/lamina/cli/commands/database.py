"""Opening a database that must already exist, for the commands that import it from here (down,
squash, fleet). Commands that create the database use lamina.operations.database; their first
events render here, as Prisma prints them."""

from __future__ import annotations

from lamina.cli.output import Output
from lamina.operations.context import PRETTY_PROVIDER
from lamina.operations.database import Connecting, DatabaseCreated
from lamina.operations.existing import DatabaseMissing, open_existing

__all__ = ["DatabaseMissing", "open_existing", "render_connecting"]


def render_connecting(out: Output, event: Connecting | DatabaseCreated) -> None:
    """A blank line once connected; Prisma's line when the database had to be created."""
    if isinstance(event, Connecting):
        out.line()
        return
    out.line(f"{PRETTY_PROVIDER.get(event.provider, event.provider)} database {event.database} created at {event.location}")
    out.line()
