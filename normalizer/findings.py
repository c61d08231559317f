"""The records that flow out of the pipeline: what was found and what was changed.

They are plain frozen dataclasses so a newsroom system can store, compare and
serialise them without knowing anything else about ejaan.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: The confidence a fix needs to be applied unless the caller sets another
#: (``Normalizer(min_confidence=...)``, ``--min-confidence``, the config files).
DEFAULT_MIN_CONFIDENCE = 0.9
#: The style layer's categories, which a style finding's ``rule`` names (``style:spelling``)
#: and ``style_disabled`` / ``--style-disable`` drop; here, so that reading the
#: configuration and validating the API's arguments do not load the style layer.
STYLE_CATEGORIES = ("spelling", "loanword", "affix", "compound", "particle", "preposition")


@dataclass(frozen=True)
class Finding:
    """One word the checker has something to say about.

    ``start``/``end`` are character offsets into the checked text; ``kind`` is
    ``"typo"`` or ``"style"``; ``rule`` names the style rule (or the reason a
    typo fix was chosen); ``fixable`` says whether ``fix`` applies it.
    """

    start: int
    end: int
    word: str
    suggestions: tuple[str, ...]
    kind: str = "typo"
    confidence: float = 0.0
    fixable: bool = False
    rule: str = ""
    reason: str = ""

    @property
    def replacement(self) -> str | None:
        """The text ``fix`` writes in place of ``word``, if it fixes it."""
        return self.suggestions[0] if self.fixable and self.suggestions else None


@dataclass(frozen=True)
class Edit:
    """A change applied to the text: ``old`` at ``start:end`` became ``new``."""

    start: int
    end: int
    old: str
    new: str
    finding: Finding | None = field(default=None, compare=False)
