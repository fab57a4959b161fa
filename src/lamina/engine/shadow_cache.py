"""Cached shadow states: the schema that a prefix of the migration history produces on a shadow
database, so that `migrate dev`, `migrate diff --from-migrations` and drift detection replay only
the migrations after the longest prefix already seen (docs/fast-dev.md).

An entry is keyed by the cumulative checksum of the migrations replayed, in order (name and
migration.sql bytes of each), together with the provider, the shadow server's version and
installed extensions, the namespaces described, `migrations.initShadowDb` and lamina's version.
Anything edited, inserted, deleted or reordered changes the key of every later prefix. Entries
are plain JSON (engine/schema_json.py) in `.lamina/cache/shadow/` beside the migrations folder,
which a `.gitignore` keeps out of git; an entry that does not read back under its own key is a miss.

Replaying the migrations after a cached prefix needs the prefix's objects: they are re-created
from the cached description (the CREATE script from empty, as `migrate diff --from-empty` renders
it), then the rest is replayed. When that fails in any way (a later migration needs something the
description does not hold: a function, a row), the whole history is replayed as without a cache,
so a real failure is reported exactly as before.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path

from lamina import __version__
from lamina.dialects.base import Dialect
from lamina.diffing.differ import diff_schemas
from lamina.diffing.script import render_script
from lamina.engine.connection import Connection
from lamina.engine.schema_json import schema_from_json, schema_to_json
from lamina.engine.shadow import init_shadow_database, replay_migrations
from lamina.migrations.directory import LocalMigration
from lamina.schema.model import EMPTY_SCHEMA, SqlSchema

CACHE_FORMAT = "1"
KEEP_ENTRIES = 16
DISABLE_VARIABLE = "LAMINA_SHADOW_CACHE"  # "0": never read nor write the cache
GITIGNORE = "# lamina's cache of shadow database states: safe to delete, never committed\n*\n"


def cache_enabled() -> bool:
    return os.environ.get(DISABLE_VARIABLE, "1").strip().lower() not in ("0", "false", "no", "off")


def server_facts(conn: Connection) -> str:
    """What a replay's outcome depends on besides the migrations: the server and its extensions."""
    match conn.provider:
        case "postgresql":
            version = conn.query("SELECT version()")[0][0]
            extensions = conn.query("SELECT extname, extversion FROM pg_extension ORDER BY extname")
            return f"{version}\n" + ",".join(f"{name} {ver}" for name, ver in extensions)
        case "mysql":
            return str(conn.query("SELECT VERSION()")[0][0])
        case "sqlite":
            import sqlite3

            return sqlite3.sqlite_version
    return conn.provider


@dataclass(frozen=True)
class ShadowCache:
    folder: Path
    base: str  # the key's part that does not depend on the migrations

    @classmethod
    def beside(cls, migrations_dir: Path, *, provider: str, facts: str, namespaces: Sequence[str] = (),
               init_script: str | None = None, shadow_kind: str = "") -> ShadowCache | None:
        if not cache_enabled():
            return None
        parts = (CACHE_FORMAT, __version__, provider, facts, "\0".join(namespaces), init_script or "", shadow_kind)
        base = hashlib.sha256("\x1e".join(parts).encode()).hexdigest()
        return cls(migrations_dir.resolve().parent / ".lamina" / "cache" / "shadow", base)

    def prefix_keys(self, sequence: Sequence[LocalMigration]) -> list[str] | None:
        """keys[i]: the key of the first i migrations. None when a migration.sql is unreadable
        (the replay reports it)."""
        digest = hashlib.sha256(self.base.encode())
        keys = [digest.hexdigest()]
        for migration in sequence:
            if migration.script is None:
                return None
            digest.update(b"\x1f" + migration.name.encode() + b"\x1f")
            digest.update(migration.digest)  # type: ignore[arg-type] - a script, so a digest
            keys.append(digest.copy().hexdigest())
        return keys

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}.json"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def load(self, key: str) -> SqlSchema | None:
        try:
            text = self._path(key).read_text(encoding="utf-8")
            header, _, body = text.partition("\n")
            if header != f"{CACHE_FORMAT} {key}":
                return None
            return schema_from_json(body)
        except (OSError, ValueError, TypeError, UnicodeDecodeError):
            return None

    def store(self, key: str, schema: SqlSchema) -> None:
        """Best effort: a cache that cannot be written only costs the next run a replay."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder.parent.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text(GITIGNORE, encoding="utf-8")
            temporary = self.folder / f".{key}.{os.getpid()}.tmp"
            temporary.write_text(f"{CACHE_FORMAT} {key}\n{schema_to_json(schema)}", encoding="utf-8")
            os.replace(temporary, self._path(key))
            self._prune()
        except (OSError, ValueError):
            return

    def _prune(self) -> None:
        entries = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in entries[KEEP_ENTRIES:]:
            stale.unlink(missing_ok=True)


def recreate_script(state: SqlSchema, dialect: Dialect) -> str:
    """The CREATE script that builds `state` in an empty shadow database (extensions included:
    a fresh database already holds the server's default ones, which are left out)."""
    return render_script(diff_schemas(EMPTY_SCHEMA, replace(state, extensions=()), dialect,
                                      create_default_namespace=False), dialect)


def replayed_states(
    cache: ShadowCache | None,
    open_shadow: Callable[[], AbstractContextManager[Connection]],
    sequence: Sequence[LocalMigration],
    points: Sequence[int],
    describe: Callable[[Connection], SqlSchema],
    dialect: Dialect,
    init_script: str | None = None,
) -> dict[int, SqlSchema]:
    """The schema after the first p migrations of `sequence`, for each p in `points`: from the
    cache where it has them, else replayed on a shadow database (from the longest cached prefix
    when it can be re-created) and stored."""
    points = sorted(set(points))
    keys = cache.prefix_keys(sequence) if cache is not None else None
    if cache is None or keys is None:
        return _replay(open_shadow, sequence, points, describe, dialect, init_script, None, 0, None)
    found = {p: cache.load(keys[p]) for p in points}
    if all(state is not None for state in found.values()):
        return found  # type: ignore[return-value]
    first_missing = min(p for p in points if found[p] is None)
    start, start_state = _longest_cached(cache, keys, first_missing, has_init=bool(init_script and init_script.strip()))
    cached = {p: s for p, s in found.items() if s is not None and p <= start}
    if start in points:
        cached[start] = start_state
    # MySQL creates an index for a foreign key that has none and keeps it apart from the ones a
    # script creates: a prefix re-created from its description behaves differently under later
    # statements (renames, drops), so MySQL replays from the start whenever a migration is new.
    if start and dialect.name != "mysql":
        try:
            return _replay(open_shadow, sequence, points, describe, dialect, init_script, (cache, keys),
                           start, start_state, cached)
        except Exception:  # noqa: BLE001 - anything the re-created prefix breaks: replay it all
            pass
    return _replay(open_shadow, sequence, points, describe, dialect, init_script, (cache, keys), 0, None)


def _longest_cached(cache: ShadowCache, keys: list[str], upto: int, *, has_init: bool) -> tuple[int, SqlSchema | None]:
    """The longest prefix (at most `upto` migrations, at least one) whose state is cached. Never with
    an init script: its objects are in the state and would be created twice."""
    if has_init:
        return 0, None
    for p in range(upto, 0, -1):
        if cache.has(keys[p]):
            state = cache.load(keys[p])
            if state is not None:
                return p, state
    return 0, None


class PrefixNotRecreated(Exception):
    pass


def _replay(open_shadow, sequence, points, describe, dialect, init_script, store, start, start_state,
            cached=None) -> dict[int, SqlSchema]:
    states: dict[int, SqlSchema] = dict(cached or {})
    with open_shadow() as shadow:
        init_shadow_database(shadow, init_script)
        if start_state is not None:
            script = recreate_script(start_state, dialect)
            if script.strip():
                shadow.execute_script(script)
            if describe(shadow) != start_state:  # the description does not rebuild what the prefix built
                raise PrefixNotRecreated()
        position = start
        for point in points:
            if point in states:
                continue
            replay_migrations(shadow, list(sequence[position:point]))
            position = point
            states[point] = describe(shadow)
            if store is not None:
                cache, keys = store
                cache.store(keys[point], states[point])
    return states


def shadow_cache_for(migrations_dir: Path, main, shadow_url, namespaces: Sequence[str] = (),
                     init_script: str | None = None) -> ShadowCache | None:
    """The cache for replays on the configured shadow database (`shadow_url`) or on a temporary one
    beside `main`; None when disabled or when the server cannot be asked (the replay then reports
    what is wrong, as without a cache)."""
    if not cache_enabled():
        return None
    from lamina.engine.connection import connect
    from lamina.errors import KnownError

    try:
        if shadow_url is not None:
            with connect(shadow_url) as shadow:
                facts = server_facts(shadow)
            provider = shadow_url.provider
        elif isinstance(main, Connection):
            facts, provider = server_facts(main), main.provider
        elif main is not None:  # a URL: the server a temporary shadow database is made on
            with connect(main) as conn:
                facts = server_facts(conn)
            provider = main.provider
        else:
            return None
    except (KnownError, Exception):  # noqa: BLE001 - no cache rather than a different error
        return None
    return ShadowCache.beside(migrations_dir, provider=provider, facts=facts, namespaces=namespaces,
                              init_script=init_script)
