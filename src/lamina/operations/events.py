"""Progress of a running operation (deploy N of M, a migration applied…): event objects passed
to an optional listener, and logged to the `lamina` logger at DEBUG. The library prints nothing;
the CLI's listener renders them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger("lamina")

Listener = Callable[[Any], None]


def emit(listener: Listener | None, event: Any) -> None:
    log.debug("%s", event)
    if listener is not None:
        listener(event)
