"""How people mistype Indonesian: a weighted edit distance.

Raw edit distance treats ``deengan`` -> ``dengan`` (a doubled letter) like any
insertion.  Typists double letters, hit neighbouring keys, swap adjacent
letters and confuse vowels far more often than they make arbitrary edits, so
those operations cost less; the ranking then prefers the candidate that
explains the typo by a likely slip.
"""
from __future__ import annotations

VOWELS = frozenset("aeiou")
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_POS = {ch: (r, c) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}


def adjacent_keys(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are neighbours on a QWERTY keyboard."""
    pa, pb = _POS.get(a), _POS.get(b)
    if pa is None or pb is None or a == b:
        return False
    dr, dc = pb[0] - pa[0], pb[1] - pa[1]
    # Rows are staggered: the key below-left shares an edge too.
    return (dr == 0 and abs(dc) == 1) or (dr == 1 and dc in (-1, 0)) or (dr == -1 and dc in (0, 1))


def substitution_cost(typed: str, intended: str) -> float:
    if typed == intended:
        return 0.0
    if typed in VOWELS and intended in VOWELS:
        return 0.6
    if adjacent_keys(typed, intended):
        return 0.6
    return 1.0


def insertion_cost(typed: str, i: int) -> float:
    """Cost of the extra letter ``typed[i]`` that the intended word lacks."""
    ch = typed[i]
    before = typed[i - 1] if i > 0 else ""
    after = typed[i + 1] if i + 1 < len(typed) else ""
    if ch in (before, after):
        return 0.5  # doubled letter: deengan
    if adjacent_keys(ch, before) or adjacent_keys(ch, after):
        return 0.7
    if ch in typed[max(0, i - 3) : max(0, i - 1)] or ch in typed[i + 2 : i + 4]:
        return 0.8  # a nearby letter typed again: Mosksow
    return 1.0


def deletion_cost(intended: str, j: int) -> float:
    """Cost of leaving out ``intended[j]``."""
    ch = intended[j]
    if (j > 0 and intended[j - 1] == ch) or (j + 1 < len(intended) and intended[j + 1] == ch):
        return 0.5  # one of a double letter dropped: pemerintahanya
    return 0.9


def typo_cost(typed: str, intended: str) -> float:
    """Weighted optimal-string-alignment distance from ``intended`` to ``typed``."""
    typed, intended = typed.lower(), intended.lower()
    n, m = len(typed), len(intended)
    d = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        d[i][0] = d[i - 1][0] + insertion_cost(typed, i - 1)
    for j in range(1, m + 1):
        d[0][j] = d[0][j - 1] + deletion_cost(intended, j - 1)
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best = min(
                d[i - 1][j] + insertion_cost(typed, i - 1),
                d[i][j - 1] + deletion_cost(intended, j - 1),
                d[i - 1][j - 1] + substitution_cost(typed[i - 1], intended[j - 1]),
            )
            if (
                i > 1
                and j > 1
                and typed[i - 1] == intended[j - 2]
                and typed[i - 2] == intended[j - 1]
                and typed[i - 1] != typed[i - 2]
            ):
                best = min(best, d[i - 2][j - 2] + 0.6)
            d[i][j] = best
    return d[n][m]


def is_slip(typed: str, intended: str) -> bool:
    """True when one cheap, typical slip turns ``intended`` into ``typed``."""
    return typo_cost(typed, intended) <= 0.8 and abs(len(typed) - len(intended)) <= 1


def is_name_slip(typed: str, intended: str) -> bool:
    """A slip that does not turn one real name into another.

    Names differ from each other by a changed, added or lost letter all the
    time (Herman/Jerman, Swasono/Sasono, Imas/Mas), so only three slips
    count, never in the first letter: two neighbours swapped, a letter typed
    twice or again two places on (``Mosksow`` for ``Moskow``), one of a
    double letter lost.
    """
    typed, intended = typed.lower(), intended.lower()
    if not typed or not intended or typed[0] != intended[0]:
        return False
    if len(typed) == len(intended):
        diffs = [i for i, (a, b) in enumerate(zip(typed, intended)) if a != b]
        return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and typed[diffs[0]] == intended[diffs[1]] and typed[diffs[1]] == intended[diffs[0]]
    if len(typed) == len(intended) + 1:
        return any(
            typed[:i] + typed[i + 1 :] == intended and typed[i] in typed[max(0, i - 2) : i] + typed[i + 1 : i + 3]
            for i in range(1, len(typed))
        )
    if len(typed) + 1 == len(intended):
        return any(
            intended[:j] + intended[j + 1 :] == typed and intended[j] == intended[j - 1]
            for j in range(1, len(intended))
        )
    return False
