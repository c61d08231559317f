"""The words a story writes near a token: a cache of the story's own vocabulary for ranking.

A slip's likeliest reading by the corpus is not always the story's word:
``mhram`` is muram by frequency, but a hajj story that writes mahram a line
later means mahram.  ``StoryWords`` counts each lower-case word's uses by
position (a capitalised one may be a name: Asia is no use of asia), and ``near`` gives a word's share of the words within
``WINDOW`` tokens either side (``rank.story_bonus``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from .tokenize import Token

# Tokens either side of a word whose uses count: one story's, not an archive's next one.
WINDOW = 500


class StoryWords:
    """The uses of each lower-case word of a token list, by position."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self._size = len(tokens)
        self._at: dict[str, list[int]] = {}
        for i, token in enumerate(tokens):
            if token.text.islower():  # a word, not the name it may also spell (Asia is no use of asia)
                self._at.setdefault(token.text, []).append(i)

    def near(self, index: int, start: int = 0, end: int | None = None) -> Callable[[str], float]:
        """``word -> its uses within WINDOW tokens of index, over how many tokens are around``.

        Only tokens from ``start`` to ``end`` count (the token's story, where
        an archive's file holds many).
        """
        end = self._size if end is None else end
        low, high = max(start, index - WINDOW), min(end, index + WINDOW + 1)
        size = max(1, high - low - 1)

        def share(word: str) -> float:
            at = self._at.get(word)
            if not at:
                return 0.0
            uses = bisect_right(at, high - 1) - bisect_left(at, low)
            return uses / size

        return share
