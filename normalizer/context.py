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
from collections import Counter

from .resources import data_path

# Absolute discount.  The table keeps only pairs seen at least twice, so a
# count of 2 is weak evidence; 1.0 leaves it half its weight.
DISCOUNT = 1.0


class Bigrams:
    """``(first, second) -> count`` over lower-cased words.

    ``followers[w]`` is how many different words follow ``w`` in the table,
    ``leaders[w]`` how many precede it (the T of the discounting); both are
    counted on first use.  Pairs are kept as ``"first second"`` strings with
    their counts as written, which loads the 70k pairs faster than building
    tuples and integers up front.
    """

    def __init__(self, pairs: dict[str, str]) -> None:
        self._pairs = pairs
        self._followers: Counter[str] | None = None
        self._leaders: Counter[str] | None = None

    @classmethod
    def load(cls) -> "Bigrams":
        text = data_path("bigrams.txt").read_text(encoding="utf-8")
        return cls(dict(line.rsplit(" ", 1) for line in text.splitlines()))

    @classmethod
    def from_counts(cls, counts: dict[tuple[str, str], int]) -> "Bigrams":
        return cls({f"{a} {b}": str(n) for (a, b), n in counts.items()})

    @property
    def followers(self) -> Counter[str]:
        if self._followers is None:
            self._followers = Counter(pair.partition(" ")[0] for pair in self._pairs)
        return self._followers

    @property
    def leaders(self) -> Counter[str]:
        if self._leaders is None:
            self._leaders = Counter(pair.partition(" ")[2] for pair in self._pairs)
        return self._leaders

    def __len__(self) -> int:
        return len(self._pairs)

    def count(self, first: str, second: str) -> int:
        return int(self._pairs.get(f"{first} {second}", 0))

    def after(self, previous: str, word: str, p_word: float) -> float:
        """log10 P(word | previous) / P(an unseen word | previous), relative to P(word).

        ``p_word`` is the word's overall probability; 0 (unknown) gives 0.
        """
        n = self.count(previous, word)
        if n <= DISCOUNT or p_word <= 0:
            return 0.0
        return math.log10(1 + (n - DISCOUNT) / (DISCOUNT * self.followers[previous] * p_word))

    def before(self, word: str, following: str, p_word: float) -> float:
        """log10 P(word | following) / P(an unseen word | following), relative to P(word)."""
        n = self.count(word, following)
        if n <= DISCOUNT or p_word <= 0:
            return 0.0
        return math.log10(1 + (n - DISCOUNT) / (DISCOUNT * self.leaders[following] * p_word))
