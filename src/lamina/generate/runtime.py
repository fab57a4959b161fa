'''What a generated module carries besides its models: client-side defaults and column types.

The module needs SQLAlchemy and the standard library only, so each helper is source text copied into
the modules that use it (and only into those), with the imports it needs. `HELPERS` keeps them in the
order they are written out.
'''

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Helper:
    name: str  # the name the models refer to
    imports: tuple[str, ...]  # import lines it needs, beyond `sqlalchemy as sa`
    source: str


_BASE36 = Helper("_base36", (), '''
def _base36(number: int, width: int) -> str:
    digits = ""
    while number:
        number, digit = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[digit] + digits
    return digits.rjust(width, "0")[-width:] if width else digits or "0"
''')

_CUID = Helper("_cuid", ("import itertools", "import os", "import secrets", "import socket", "import time"), '''
_cuid_counter = itertools.count(secrets.randbelow(36**4))
_cuid_host = sum(map(ord, socket.gethostname())) + 36
_cuid_fingerprint = _base36(os.getpid(), 2) + _base36(_cuid_host, 2)


def _cuid() -> str:
    """`cuid()`: "c", then time, counter, host and randomness in base 36."""
    millis = _base36(time.time_ns() // 1_000_000, 8)
    count = _base36(next(_cuid_counter) % 36**4, 4)
    random = _base36(secrets.randbelow(36**8), 8)
    return "c" + millis + count + _cuid_fingerprint + random
''')

_CUID2 = Helper("_cuid2", ("import hashlib", "import secrets", "import time"), '''
def _cuid2() -> str:
    """`cuid(2)`: a letter, then 23 base-36 digits of a SHA3 hash."""
    entropy = secrets.token_hex(32)
    seed = f"{time.time_ns()}{entropy}{next(_cuid_counter)}{_cuid_fingerprint}"
    digest = int.from_bytes(hashlib.sha3_512(seed.encode()).digest(), "big")
    return secrets.choice("abcdefghijklmnopqrstuvwxyz") + _base36(digest, 0)[1:24]
''')

_NANOID = Helper("_nanoid", ("import secrets",), '''
def _nanoid(size: int = 21) -> str:
    """`nanoid()`: `size` random URL-safe characters."""
    alphabet = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict"
    return "".join(secrets.choice(alphabet) for _ in range(size))
''')

_ULID = Helper("_ulid", ("import secrets", "import time"), '''
def _ulid() -> str:
    """`ulid()`: 48 bits of milliseconds and 80 random bits, in Crockford's base 32."""
    value = (time.time_ns() // 1_000_000) << 80 | secrets.randbits(80)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "".join(alphabet[(value >> shift) & 31] for shift in range(125, -1, -5))
''')

_UUID4 = Helper("_uuid4", ("import uuid as _uuid",), '''
def _uuid4() -> str:
    """`uuid()`: a random UUID (version 4)."""
    return str(_uuid.uuid4())
''')

_UUID7 = Helper("_uuid7", ("import secrets", "import time", "import uuid as _uuid"), '''
def _uuid7() -> str:
    """`uuid(7)`: a time-ordered UUID (version 7)."""
    millis = time.time_ns() // 1_000_000
    random = secrets.randbits(12) << 64 | secrets.randbits(62)
    value = millis << 80 | 0x7 << 76 | 0b10 << 62 | random
    return str(_uuid.UUID(int=value))
''')

_NOW = Helper("_now", ("import datetime as _dt",), '''
def _now() -> _dt.datetime:
    """`@updatedAt`: the time of the write in UTC, to the millisecond."""
    now = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)
''')

_NOW_TZ = Helper("_now_tz", ("import datetime as _dt",), '''
def _now_tz() -> _dt.datetime:
    """`@updatedAt` on a column with a time zone (UTC, to the millisecond)."""
    now = _dt.datetime.now(_dt.timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)
''')

_ENUM_VALUES = Helper("_enum_values", ("import enum as _enum",), '''
def _enum_values(enum_class: type[_enum.Enum]) -> list[str]:
    """The database's names of an enum's values (`@map`), in declaration order."""
    return [str(member.value) for member in enum_class]
''')

_SQL_TYPE = Helper("_SqlType", ("from typing import Any",), '''
class _SqlType(sa.types.UserDefinedType[Any]):
    """A column type SQLAlchemy has no class for, created from its SQL text."""

    cache_ok = True

    def __init__(self, sql: str) -> None:
        self.sql = sql

    def get_col_spec(self, **kw: Any) -> str:
        return self.sql
''')

_SQLITE_JSONB = Helper("_SqliteJsonb", ("from typing import Any", "from sqlalchemy.ext.compiler import compiles"), '''
class _SqliteJsonb(sa.JSON):
    """Prisma's SQLite `Json` column: declared `JSONB`, holding JSON text."""

    cache_ok = True


@compiles(_SqliteJsonb, "sqlite")
def _sqlite_jsonb_ddl(type_: _SqliteJsonb, compiler: Any, **kw: Any) -> str:
    return "JSONB"
''')

_TEXT_ENUM = Helper("_TextEnum", ("import enum as _enum", "from typing import TypeVar"), '''
_E = TypeVar("_E", bound=_enum.Enum)


class _TextEnum(sa.types.TypeDecorator[_E]):
    """An enum in a TEXT column (SQLite has no enum type), holding database names."""

    impl = sa.Text
    cache_ok = True

    def __init__(self, enum_class: type[_E]) -> None:
        super().__init__()
        self.enum_class = enum_class

    def process_bind_param(self, value: _E | None, dialect: sa.Dialect) -> str | None:
        return None if value is None else str(value.value)

    def process_result_value(self, value: str | None, dialect: sa.Dialect) -> _E | None:
        return None if value is None else self.enum_class(value)
''')

HELPERS = (_BASE36, _CUID, _CUID2, _NANOID, _ULID, _UUID4, _UUID7, _NOW, _NOW_TZ, _ENUM_VALUES,
           _SQL_TYPE, _SQLITE_JSONB, _TEXT_ENUM)
# Helpers that need another one.
REQUIRES = {"_cuid": ("_base36",), "_cuid2": ("_cuid", "_base36")}


def helpers_used(code: str) -> list[Helper]:
    """The helpers `code` names, with the ones they need, in `HELPERS` order."""
    import re

    names = {h.name for h in HELPERS if re.search(rf"\b{h.name}\b", code)}
    for name in list(names):
        names.update(REQUIRES.get(name, ()))
    return [h for h in HELPERS if h.name in names]
