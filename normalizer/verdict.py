"""What the decision rules return for a token, shared by ``decide`` and ``reduplication``."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

# A verdict names at most this many suggestions, best first.
MAX_SUGGESTIONS = 5
# A fix is applied only when the typo is explained by one slip (``errormodel.typo_cost``).
MAX_FIX_COST = 0.9

Lookup = Callable[[str], Sequence[tuple[str, int, int]]]
"""``word -> [(term, distance, count), ...]`` within edit distance 2."""


class Verdict(NamedTuple):
    """What to do with one token: ``action`` is fix, flag or skip."""

    action: str
    suggestions: tuple[str, ...] = ()
    confidence: float = 0.0
    reason: str = ""


SKIP = Verdict("skip")
