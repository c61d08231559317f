"""Quoted and italic stretches of copy: where other languages turn up.

A desk quotes a Minang proverb or a Sundanese barista inside quotation marks
or italics (``*Duduak samo randah*``).  There a word one slip from an
Indonesian word is as likely a word of that language as a typo, so the
pipeline applies no fix in a stretch that also holds a word it cannot explain.
Italics say more: EYD sets regional and foreign words in them (``kain
*hinggi*``), so no fix is applied in italics at all.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Markdown *italics* / _italics_, within one line.
_ITALICS = (
    r"(?<![*\w])\*(?![*\s])[^*\n]+?(?<![*\s])\*(?![*\w])"
    r"|(?<![_\w])_(?![_\s])[^_\n]+?(?<![_\s])_(?![_\w])"
)
# Curly and straight double quotes, each within one line, and italics.
# Straight quotes pair from the left.
_SPANS = re.compile(r"“[^”\n]*”" r'|"[^"\n]*"|' + _ITALICS)
_ITALIC_SPANS = re.compile(_ITALICS)


@lru_cache(maxsize=4)
def spans(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of every quoted or italic stretch of ``text``, in order.

    Remembered for the last few texts: a block's holds each ask of the same one.
    """
    return tuple(m.span() for m in _SPANS.finditer(text))


def italics(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every italic stretch of ``text``, in order."""
    return [m.span() for m in _ITALIC_SPANS.finditer(text)]
