"""Facts about the machine and the software versions, printed at the top of the report."""

from __future__ import annotations

import datetime
import os
import platform
import sqlite3
import subprocess
import sys
from pathlib import Path

from bench import pg
from bench.oracle import Oracle

LAMINA = Path(sys.executable).parent / "lamina"


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _command_version(argv: list[str]) -> str:
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc})"
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else "unknown"


def load_average() -> str:
    try:
        return " / ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def facts(oracle: Oracle) -> list[tuple[str, str]]:
    try:
        postgres = pg.server_version()
    except Exception as exc:  # noqa: BLE001
        postgres = f"unreachable ({exc})"
    return [
        ("date", datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        ("CPU", _cpu_model()),
        ("cores", str(os.cpu_count())),
        ("memory", _memory()),
        ("OS", platform.platform()),
        ("lamina", _command_version([str(LAMINA), "--version"])),
        ("Python", platform.python_version()),
        ("PostgreSQL", postgres),
        ("SQLite", sqlite3.sqlite_version),
        ("Node", _command_version(["node", "--version"]) if oracle.available else oracle.reason),
        ("Prisma", f"{oracle.prisma_version} (via {oracle.folder})" if oracle.available else oracle.reason),
        ("load average at start (1/5/15 min)", load_average()),
    ]
