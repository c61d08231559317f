"""Applying fixes to a text, and carrying a later pass's fixes back to the text as written.

``Normalizer.fix`` checks its own output again, because a fix can make a
neighbour's slip plain: ``Tipikpr`` reads as Tipikor once the ``Surabays``
after it is Surabaya, and ``Maumerr`` is a slip in a list of places once the
``Kupamg`` before it is Kupang.  Without that second look the pre-commit fix
hook would change a file again at the next commit, and never settle in one.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from .findings import Edit, Finding


def confident_edits(findings: Iterable[Finding]) -> list[Edit]:
    """The edits of the fixable findings, in order, the first of any that overlap."""
    edits: list[Edit] = []
    for f in findings:
        if f.replacement is not None and (not edits or f.start >= edits[-1].end):
            edits.append(Edit(f.start, f.end, f.word, f.replacement, f))
    return edits


def apply_edits(text: str, edits: list[Edit]) -> str:
    """Replace each edit's span; every other character stays as it was.

    ``edits`` must be sorted and must not overlap.
    """
    pieces = []
    position = 0
    for edit in edits:
        if edit.start < position:
            raise ValueError(f"edits overlap or are out of order at {edit.start}")
        pieces.append(text[position : edit.start])
        pieces.append(edit.new)
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


class Shift:
    """Positions in a text before ``edits`` (sorted, not overlapping) were applied and after."""

    def __init__(self, edits: list[Edit]) -> None:
        self._ends: list[int] = []  # each edit's end, before
        self._new_starts: list[int] = []  # where each edit's new text starts, after
        self._new_ends: list[int] = []
        self._shifts: list[int] = []  # how far the text after each edit moved
        shift = 0
        for edit in edits:
            self._ends.append(edit.end)
            self._new_starts.append(edit.start + shift)
            shift += len(edit.new) - (edit.end - edit.start)
            self._new_ends.append(edit.end + shift)
            self._shifts.append(shift)

    def forward(self, position: int) -> int:
        """Where ``position``, outside every edit, lands after them (an ignored span's ends)."""
        passed = bisect_right(self._ends, position)
        return position + (self._shifts[passed - 1] if passed else 0)

    def back(self, edit: Edit) -> Edit | None:
        """``edit``, made on the edited text, as an edit of the text before; None when it touches an edit's new text.

        A later pass that would change what an earlier one wrote is not
        followed: the earlier fix stands.
        """
        passed = bisect_right(self._new_ends, edit.start)
        if passed < len(self._new_starts) and self._new_starts[passed] < max(edit.end, edit.start + 1):
            return None  # across an earlier edit's text, or an insertion at its start
        if edit.start == edit.end and passed and self._new_ends[passed - 1] == edit.start:
            return None  # an insertion right after it
        shift = self._shifts[passed - 1] if passed else 0
        start, end = edit.start - shift, edit.end - shift
        finding = edit.finding and replace(edit.finding, start=start, end=end)
        return Edit(start, end, edit.old, edit.new, finding)
