"""SIGTERM and SIGHUP end a command the way Ctrl-C does: as an exception, so that every `finally`
and `with` on the way out runs (a temporary shadow database is dropped, a transaction rolled back)
instead of the process dying where it stands.

`Terminated` is a SystemExit: no `except Exception` catches it, and psycopg cancels the query in
progress on it as it does on Ctrl-C. Only the first signal raises; later ones are ignored until the
command has cleaned up. A signal the parent process set to be ignored (`nohup`) stays ignored.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(SystemExit):
    """The process was asked to end: exit with 128 + the signal number, as a shell reports it."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


@contextmanager
def termination_unwinds() -> Iterator[None]:
    """While inside: SIGTERM and SIGHUP raise `Terminated` (main thread only, as Python allows)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    raised = False

    def handle(signum: int, frame: object) -> None:
        nonlocal raised
        if raised:
            return  # already unwinding: let the clean-up finish
        raised = True
        raise Terminated(signum)

    previous = {}
    for signum in _SIGNALS:
        if signal.getsignal(signum) is not signal.SIG_IGN:
            previous[signum] = signal.signal(signum, handle)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
