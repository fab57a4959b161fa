"""Opening a database that must already exist, for the commands that import it from here (down,
squash, fleet). Commands that create the database use lamina.operations.database."""

from __future__ import annotations

from lamina.operations.existing import DatabaseMissing, open_existing

__all__ = ["DatabaseMissing", "open_existing"]
