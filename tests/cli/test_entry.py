"""The console script's exit: what was printed arrives whole, exit handlers run, the code is kept, and a
thread still at work is waited for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LEAVE = """
import atexit, sys
from lamina.cli.entry import leave
atexit.register(lambda: print("handler ran"))
sys.stdout.write("x" * 200000)  # more than one buffer: every byte must be flushed before leaving
sys.stderr.write("on stderr")
leave(3)
print("never printed")
"""

WITH_THREAD = """
import threading, time
from lamina.cli.entry import leave
done = []
threading.Thread(target=lambda: (time.sleep(0.3), done.append(1), print("thread finished"))).start()
leave(4)
"""


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_leave_flushes_runs_the_exit_handlers_and_keeps_the_code() -> None:
    result = _run(LEAVE)
    assert result.returncode == 3
    assert result.stdout == "x" * 200000 + "handler ran\n"
    assert result.stderr == "on stderr"


def test_leave_waits_for_a_thread_still_at_work() -> None:
    result = _run(WITH_THREAD)
    assert result.returncode == 4
    assert result.stdout == "thread finished\n"


def test_the_console_script_prints_a_whole_status_and_its_exit_code(tmp_path: Path) -> None:
    (tmp_path / "schema.prisma").write_text(
        'datasource db {\n  provider = "sqlite"\n  url      = "file:./dev.db"\n}\n\n'
        "model User {\n  id Int @id\n}\n")
    result = subprocess.run([sys.executable, "-m", "lamina", "migrate", "status", "--schema", "schema.prisma"],
                            cwd=tmp_path, capture_output=True, text=True, timeout=60)
    # No database file yet: P1003 on stderr after the datasource line on stdout, and exit code 1.
    assert result.returncode == 1
    assert result.stdout == 'Datasource "db": SQLite database "dev.db" at "file:./dev.db"\n'
    assert result.stderr.startswith("Prisma schema loaded from schema.prisma.\nError: P1003: Database `dev.db` does not exist")
    assert result.stderr.endswith("or check the URL.\n")
