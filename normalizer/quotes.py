"""Quoted and italic stretches of copy: where other languages turn up.

A desk quotes a Minang proverb or a Sundanese barista inside quotation marks
or italics (``*Duduak samo randah*``).  There a word one slip from an
Indonesian word is as likely a word of that language as a typo, so the
pipeline applies no fix in a stretch that also holds a word it cannot explain.
"""
from __future__ import annotations

import re

# Curly and straight double quotes, and Markdown *italics* / _italics_, each
# within one line.  Straight quotes pair from the left.
_SPANS = re.compile(
    r"“[^”\n]*”"
    r'|"[^"\n]*"'
    r"|(?<![*\w])\*(?![*\s])[^*\n]+?(?<![*\s])\*(?![*\w])"
    r"|(?<![_\w])_(?![_\s])[^_\n]+?(?<![_\s])_(?![_\w])"
)


def spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every quoted or italic stretch of ``text``, in order."""
    return [m.span() for m in _SPANS.finditer(text)]
