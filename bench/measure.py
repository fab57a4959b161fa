"""Timing one command or one in-harness job, and repeating it the agreed number of times.

A sample is one run: wall seconds, the peak resident set size of the child process (from `wait4`'s
rusage, in KiB), its CPU seconds (user + system, with those of the descendants it waited for, also from
`wait4`) and, when the run failed, the first line of its error. A series repeats a run 5 times
when the first one took under 10 s and 3 times otherwise; the first failure ends the series. So that
the whole harness fits its time budget on a slow or loaded machine, a series also stops repeating
once its timed runs add up to SERIES_SECONDS (the table shows n for every series).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

LONG_RUN_SECONDS = 10.0
RUNS_SHORT = 5
RUNS_LONG = 3
DEFAULT_TIMEOUT = 300.0
SERIES_SECONDS = 30.0  # a series stops repeating once its runs took this long in total (n shows it)


@dataclass(frozen=True)
class Sample:
    seconds: float
    max_rss_kib: int | None = None
    error: str | None = None
    stdout: str = ""
    cpu_seconds: float | None = None


@dataclass(frozen=True)
class Series:
    samples: tuple[Sample, ...] = ()
    error: str | None = None  # "failed: …" or "skipped: …" when the series did not complete

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.samples)

    @property
    def times(self) -> list[float]:
        return [s.seconds for s in self.samples if s.error is None]

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def low(self) -> float:
        return min(self.times)

    @property
    def high(self) -> float:
        return max(self.times)

    @property
    def cpu_median(self) -> float | None:
        values = [s.cpu_seconds for s in self.samples if s.error is None and s.cpu_seconds is not None]
        return statistics.median(values) if values else None

    @property
    def max_rss_kib(self) -> int | None:
        values = [s.max_rss_kib for s in self.samples if s.max_rss_kib is not None]
        return max(values) if values else None


class ProcessFailed(Exception):
    """A setup step failed; the message is the first line of its error output."""


def first_line(text: str) -> str:
    """The first non-empty line; when it is only an error code ("Error: P3018"), the message line
    after it too, and the database's "ERROR: …" line when there is one."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return "(no output)"
    head = lines[0]
    if re.fullmatch(r"(Error: )?P\d{4}:?", head) and len(lines) > 1:
        head = f"{head} {lines[1].split('. ')[0].rstrip('.')}."
        database = next((line for line in lines if line.startswith("ERROR:")), None)
        if database:
            head = f"{head} … {database}"
    return head[:300]


def run_process(
    argv: Sequence[str | os.PathLike],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> Sample:
    """Run argv to completion; exit codes other than 0 are failures (see `run_status` for others)."""
    return run_status(argv, cwd=cwd, env=env, timeout=timeout, ok_codes=(0,))


def run_status(
    argv: Sequence[str | os.PathLike],
    *,
    cwd: Path | None = None,
    env: Mapping[str, str] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    ok_codes: Sequence[int] = (0,),
) -> Sample:
    full_env = dict(os.environ)
    full_env.update(env or {})
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        try:
            proc = subprocess.Popen([str(a) for a in argv], cwd=cwd, env=full_env,
                                    stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        except OSError as exc:
            return Sample(0.0, None, f"failed: {exc}")
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    if code in ok_codes:
        return Sample(seconds, usage.ru_maxrss, None, stdout, usage.ru_utime + usage.ru_stime)
    if code < 0 and seconds >= timeout:
        return Sample(seconds, usage.ru_maxrss, f"failed: timed out after {timeout:.0f} s")
    text = stderr if stderr.strip() else stdout
    error_at = re.search(r"^(Error|error)\b", text, re.M)  # skip progress lines printed before the error
    message = first_line(text[error_at.start():] if error_at else text)
    return Sample(seconds, usage.ru_maxrss, f"failed: {message} (exit {code})")


def expect_count(sample: Sample, needle: str, count: int) -> Sample:
    """Turn a run whose output lacks `count` occurrences of `needle` into a failure (a benchmark of
    a command that did not do the work would be meaningless)."""
    if sample.error is not None:
        return sample
    found = sample.stdout.count(needle)
    if found != count:
        return Sample(sample.seconds, sample.max_rss_kib,
                      f"failed: output has {found} × {needle.strip()!r}, expected {count}")
    return sample


def timed(job: Callable[[], None]) -> Sample:
    """Time an in-harness job (for example a loop of psql processes); exceptions become failures."""
    start = time.perf_counter()
    try:
        job()
    except Exception as exc:  # noqa: BLE001 - a benchmark records every failure and goes on
        return Sample(time.perf_counter() - start, None, f"failed: {first_line(str(exc)) or type(exc).__name__}")
    return Sample(time.perf_counter() - start)


@dataclass
class Budget:
    """The harness's wall-clock allowance; series that would start after it are skipped."""

    seconds: float
    started: float = field(default_factory=time.perf_counter)

    @property
    def elapsed(self) -> float:
        return time.perf_counter() - self.started

    @property
    def exhausted(self) -> bool:
        return self.elapsed > self.seconds


def repeat(
    run: Callable[[], Sample],
    budget: Budget,
    *,
    setup: Callable[[], None] | None = None,
    teardown: Callable[[], None] | None = None,
    warmup: bool = False,
) -> Series:
    """Run `run` 5 times (3 when the first run takes 10 s or more), with untimed setup/teardown.

    Stops early once the timed runs add up to SERIES_SECONDS; after the budget is used up only one
    run is made, and once it is exceeded by more than a tenth the series is skipped."""
    if budget.elapsed > budget.seconds * 1.1:
        return Series((), f"skipped: time budget of {budget.seconds / 60:.0f} min used up")
    single = budget.exhausted
    samples: list[Sample] = []
    total = 1
    index = 0
    if warmup:
        total += 1
    while index < total:
        try:
            if setup:
                setup()
            sample = run()
        except Exception as exc:  # noqa: BLE001
            return Series(tuple(samples), f"failed: {first_line(str(exc))}")
        finally:
            if teardown:
                try:
                    teardown()
                except Exception:  # noqa: BLE001 - cleanup failures must not end the harness
                    pass
        if sample.error:
            return Series(tuple(samples), sample.error)
        if warmup and index == 0:
            index += 1
            continue
        samples.append(sample)
        if len(samples) == 1 and not single:
            total += (RUNS_SHORT if sample.seconds < LONG_RUN_SECONDS else RUNS_LONG) - 1
        if sum(s.seconds for s in samples) >= SERIES_SECONDS:
            break
        index += 1
    return Series(tuple(samples))


@dataclass(frozen=True)
class Job:
    """One command of an interleaved measurement, with its untimed setup and teardown."""

    run: Callable[[], Sample]
    setup: Callable[[], None] | None = None
    teardown: Callable[[], None] | None = None


def interleave(jobs: Sequence[Job], budget: Budget) -> list[Series]:
    """Time several commands in rounds (A B C, A B C, …) instead of one series after the other, so
    that a drift of the machine during the row (the database server's background work after a
    large DROP DATABASE, another process) weighs on every command alike. As many rounds as
    `repeat` makes runs: 5 (3 when the slowest first run takes 10 s or more), fewer once one job's
    runs add up to SERIES_SECONDS, one after the budget; a failing job stops being run."""
    if budget.elapsed > budget.seconds * 1.1:
        return [Series((), f"skipped: time budget of {budget.seconds / 60:.0f} min used up") for _ in jobs]
    samples: list[list[Sample]] = [[] for _ in jobs]
    errors: list[str | None] = [None for _ in jobs]
    rounds = 1
    done = 0
    while done < rounds:
        for index, job in enumerate(jobs):
            if errors[index] is None:
                errors[index] = _one_run(job, samples[index])
        done += 1
        if done == 1 and not budget.exhausted:
            slowest = max((s[0].seconds for s in samples if s), default=0.0)
            rounds = RUNS_SHORT if slowest < LONG_RUN_SECONDS else RUNS_LONG
        if any(sum(x.seconds for x in s) >= SERIES_SECONDS for s in samples):
            break
    return [Series(tuple(s), error) for s, error in zip(samples, errors)]


def _one_run(job: Job, into: list[Sample]) -> str | None:
    """Run the job once; its error, if any."""
    try:
        if job.setup:
            job.setup()
        sample = job.run()
    except Exception as exc:  # noqa: BLE001 - a benchmark records every failure and goes on
        return f"failed: {first_line(str(exc))}"
    finally:
        if job.teardown:
            try:
                job.teardown()
            except Exception:  # noqa: BLE001 - cleanup failures must not end the harness
                pass
    if sample.error:
        return sample.error
    into.append(sample)
    return None
