"""Per-word memos that stay bounded.

A newsroom system imports one ``Normalizer`` and keeps it for weeks; an archive
run asks about millions of distinct words.  Each memo here is emptied when it
reaches its limit, which costs a few recomputations and keeps memory flat,
where an LRU's bookkeeping would cost every look-up.
"""
from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict, Generic[K, V]):  # type: ignore[type-arg]
    """A dict emptied when a new entry would pass ``limit`` entries."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def put(self, key: K, value: V) -> V:
        """Remember ``value`` under ``key`` (emptying the memo first when full); returns ``value``."""
        if len(self) >= self.limit and key not in self:
            self.clear()
        self[key] = value
        return value
