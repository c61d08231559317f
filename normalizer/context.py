"""Word-pair counts from a news corpus, for ranking candidates in context.

The same typo can mean different words in different sentences: ``dalm``
after ``di`` is ``dalam``, before ``hati`` it may be ``diam``.  A candidate
that news copy writes after the previous word (or before the next one) more
often than its overall frequency predicts is the likelier one.

``after`` and ``before`` measure that as a log10 likelihood ratio against a
word never seen in that position, with absolutely discounted counts
(interpolated Kneser-Ney style): P(word | previous) =
max(n - D, 0) / N(previous) + D * T(previous) / N(previous) * P(word), where
N is how often ``previous`` starts a pair and T how many different words
follow it.  An unseen pair (and an unknown word) scores 0, so the score only
ever ranks candidates against each other and against "right as written",
never moves the whole list.  Loaded only when a word needs suggestions.
"""
from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from . import hashfile
from .resources import data_path

FILE = "bigrams.txt"
TABLE = "bigrams.idx"  # the same rows as a memory-mapped hash table (see write_table)

# Absolute discount.  The table keeps only pairs seen at least twice, so a
# count of 2 is weak evidence; 1.0 leaves it half its weight.
DISCOUNT = 1.0


def format_rows(counts: dict[tuple[str, str], int]) -> Iterator[str]:
    """The lines of ``bigrams.txt``: one per word, its pairs grouped under it.

    ``word<TAB>leaders<TAB>follower count follower count ...``, where
    ``leaders`` is how many different words precede ``word`` in the table.
    Grouping lets the runtime read the file as a 12k-entry dict of
    unparsed rows and parse a row only when its word is asked about: the
    marginals the discounting needs are then free, not a pass over 70k pairs
    at start-up.  ``dictionaries/build.py`` writes the file with this.
    """
    followers: dict[str, list[tuple[str, int]]] = {}
    leaders: dict[str, int] = {}
    for (first, second), n in counts.items():
        followers.setdefault(first, []).append((second, n))
        leaders[second] = leaders.get(second, 0) + 1
    for word in sorted(followers.keys() | leaders.keys()):
        pairs = sorted(followers.get(word, ()), key=lambda p: (-p[1], p[0]))
        yield f"{word}\t{leaders.get(word, 0)}\t" + " ".join(f"{w} {n}" for w, n in pairs)


def read_rows(path: Path) -> dict[str, str]:
    """``bigrams.txt`` as word -> its unparsed row."""
    return dict(line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines())


def source_digest(path: Path) -> bytes:
    from hashlib import blake2b  # build and test time only

    return blake2b(path.read_bytes(), digest_size=32).digest()


def write_table(directory: Path) -> int:
    """Write ``bigrams.idx`` from ``directory``'s ``bigrams.txt``; return its row count.

    The table answers a row in microseconds with nothing to load, where
    building the 12k-row dict costs ~6 ms of every start that ranks a word.
    """
    rows = read_rows(directory / FILE)
    hashfile.write_file(directory / TABLE, rows, source_digest(directory / FILE))
    return len(rows)


class Rows(Protocol):
    def get(self, word: str) -> str | None: ...


class Bigrams:
    """``(first, second) -> count`` over lower-cased words, with its marginals.

    Rows (see ``format_rows``) stay unparsed until their word is asked about;
    they come from the shipped table, or a dict when it is missing.
    """

    def __init__(self, rows: Rows) -> None:
        self._rows = rows
        self._parsed: dict[str, tuple[int, dict[str, int]]] = {}

    @classmethod
    def load(cls) -> "Bigrams":
        try:
            table, _digest = hashfile.open_file(data_path(TABLE))
        except (OSError, hashfile.CorruptIndex):
            return cls(read_rows(data_path(FILE)))
        return cls(table)

    @classmethod
    def from_counts(cls, counts: dict[tuple[str, str], int]) -> "Bigrams":
        return cls(dict(line.split("\t", 1) for line in format_rows(counts)))

    def _row(self, word: str) -> tuple[int, dict[str, int]]:
        """(how many words precede ``word``, its followers with counts)."""
        parsed = self._parsed.get(word)
        if parsed is None:
            try:
                row = self._rows.get(word)
            except (UnicodeEncodeError, hashfile.CorruptIndex):
                row = None
            if row is None:
                parsed = (0, {})
            else:
                leaders, _, rest = row.partition("\t")
                items = rest.split(" ") if rest else []
                parsed = (int(leaders), dict(zip(items[::2], map(int, items[1::2]))))
            self._parsed[word] = parsed
        return parsed

    def count(self, first: str, second: str) -> int:
        return self._row(first)[1].get(second, 0)

    def followers(self, word: str) -> int:
        """How many different words follow ``word`` (the T of the discounting)."""
        return len(self._row(word)[1])

    def leaders(self, word: str) -> int:
        """How many different words precede ``word``."""
        return self._row(word)[0]

    def after(self, previous: str, word: str, p_word: float) -> float:
        """log10 P(word | previous) / P(an unseen word | previous), relative to P(word).

        ``p_word`` is the word's overall probability; 0 (unknown) gives 0.
        """
        n = self.count(previous, word)
        if n <= DISCOUNT or p_word <= 0:
            return 0.0
        return math.log10(1 + (n - DISCOUNT) / (DISCOUNT * self.followers(previous) * p_word))

    def before(self, word: str, following: str, p_word: float) -> float:
        """log10 P(word | following) / P(an unseen word | following), relative to P(word)."""
        n = self.count(word, following)
        if n <= DISCOUNT or p_word <= 0:
            return 0.0
        return math.log10(1 + (n - DISCOUNT) / (DISCOUNT * self.leaders(following) * p_word))
