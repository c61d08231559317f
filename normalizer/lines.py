"""Line endings: LF, CRLF, and the lone CR of old Mac files and some wire feeds.

Every pass that reads lines (datelines and paragraphs, the inline ignores,
Markdown's blocks, ``path:line:col``) looks for LF.  A text with lone CRs is
read through ``with_lf``, which makes each of them a LF: the same length, so
every offset stays where it was and the fixes apply to the text as written.
"""
from __future__ import annotations

import re

_LONE_CR = re.compile(r"\r(?!\n)")


def with_lf(text: str) -> str:
    """``text`` with every lone CR a LF; CRLF stays as it is."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text
