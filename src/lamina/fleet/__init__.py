"""Fleet deploy: one migration history to many databases or tenant schemas (docs/fleet.md).

targets.py   where the databases come from (a file, the config's `targets`, a schema glob)
tenancy.py   what a history may not do when it is applied to tenant schemas of one database
lock.py      the advisory lock of one tenant schema
run.py       the targets, deployed or read concurrently; one outcome per target
report.py    the outcomes as a live table, finished lines, the final report or JSON
"""
