"""Prisma's generated constraint and index names, truncated to the provider's identifier limit."""

from __future__ import annotations


def truncate_bytes(text: str, limit: int) -> str:
    """The longest prefix of `text` that fits in `limit` UTF-8 bytes without splitting a character."""
    encoded = text.encode()
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode(errors="ignore")


def _byte_len(text: str) -> int:
    return len(text.encode())


def primary_key_name(table: str, limit: int) -> str:
    if _byte_len(table) >= limit - 5:
        table = truncate_bytes(table, limit - 5)
    return f"{table}_pkey"


def _with_suffix(base: str, suffix: str, limit: int) -> str:
    room = limit - len(suffix)
    if _byte_len(base) >= room:
        base = truncate_bytes(base, room)
    return base + suffix


def unique_index_name(table: str, columns: list[str], limit: int) -> str:
    return _with_suffix("_".join([table, *columns]), "_key", limit)


def index_name(table: str, columns: list[str], limit: int) -> str:
    return _with_suffix("_".join([table, *columns]), "_idx", limit)


def foreign_key_name(table: str, columns: list[str], limit: int) -> str:
    return _with_suffix("_".join([table, *columns]), "_fkey", limit)
