"""Word-pair counts from a news corpus, for ranking candidates in context.

The same typo can mean different words in different sentences; a candidate
that news copy often writes after the previous word (or before the next one)
is the likelier one.  Loaded only when a word needs suggestions.
"""
from __future__ import annotations

from dataclasses import dataclass

from .resources import data_path


@dataclass(frozen=True)
class Bigrams:
    """``(first, second) -> count`` over lower-cased words."""

    counts: dict[tuple[str, str], int]

    @classmethod
    def load(cls) -> "Bigrams":
        counts: dict[tuple[str, str], int] = {}
        with data_path("bigrams.txt").open(encoding="utf-8") as handle:
            for line in handle:
                first, second, n = line.split()
                counts[(first, second)] = int(n)
        return cls(counts)

    def count(self, first: str, second: str) -> int:
        return self.counts.get((first, second), 0)
