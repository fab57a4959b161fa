"""Benchmarks: lamina against Prisma 7.10.1 (through ../shared/oracle) and against plain replays.

Run `.venv/bin/python bench/run.py`; it writes docs/benchmarks.md. Benchmarks report, never assert.
"""
