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
from dataclasses import dataclass, field

from .resources import data_path

# Absolute discount.  The table keeps only pairs seen at least twice, so a
# count of 2 is weak evidence; 1.0 leaves it half its weight.
DISCOUNT = 1.0


@dataclass(frozen=True)
class Bigrams:
    """``(first, second) -> count`` over lower-cased words, with marginals.

    ``starts[w]`` is how often ``w`` begins a listed pair and ``followers[w]``
    how many different words follow it; ``ends``/``leaders`` the same for
    the second word.  The table keeps pairs seen at least twice, so these are
    lower bounds of the corpus counts, consistent with the pair counts.
    """

    counts: dict[tuple[str, str], int]
    starts: dict[str, int] = field(default_factory=dict)
    followers: dict[str, int] = field(default_factory=dict)
    ends: dict[str, int] = field(default_factory=dict)
    leaders: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls) -> "Bigrams":
        with data_path("bigrams.txt").open(encoding="utf-8") as handle:
            return cls.from_lines(handle)

    @classmethod
    def from_lines(cls, lines) -> "Bigrams":  # noqa: ANN001 - any iterable of "a b n" lines
        counts: dict[tuple[str, str], int] = {}
        for line in lines:
            parts = line.split()
            if len(parts) == 3:
                counts[(parts[0], parts[1])] = int(parts[2])
        return cls.from_counts(counts)

    @classmethod
    def from_counts(cls, counts: dict[tuple[str, str], int]) -> "Bigrams":
        starts: dict[str, int] = {}
        followers: dict[str, int] = {}
        ends: dict[str, int] = {}
        leaders: dict[str, int] = {}
        for (first, second), n in counts.items():
            starts[first] = starts.get(first, 0) + n
            followers[first] = followers.get(first, 0) + 1
            ends[second] = ends.get(second, 0) + n
            leaders[second] = leaders.get(second, 0) + 1
        return cls(counts, starts, followers, ends, leaders)

    def count(self, first: str, second: str) -> int:
        return self.counts.get((first, second), 0)

    def after(self, previous: str, word: str, p_word: float) -> float:
        """log10 P(word | previous) / P(an unseen word | previous), relative to P(word).

        ``p_word`` is the word's overall probability; 0 (unknown) gives 0.
        """
        n = self.counts.get((previous, word), 0)
        if n <= DISCOUNT or p_word <= 0:
            return 0.0
        return math.log10(1 + (n - DISCOUNT) / (DISCOUNT * self.followers[previous] * p_word))

    def before(self, word: str, following: str, p_word: float) -> float:
        """log10 P(word | following) / P(an unseen word | following), relative to P(word)."""
        n = self.counts.get((word, following), 0)
        if n <= DISCOUNT or p_word <= 0:
            return 0.0
        return math.log10(1 + (n - DISCOUNT) / (DISCOUNT * self.leaders[following] * p_word))
