"""Seeded generator of realistic typing errors, to measure how many a corrector fixes.

Five kinds of error, the ones reporters actually make: a neighbouring key on a
QWERTY keyboard (``dengan`` -> ``dengsn``), a doubled letter (``deengan``), a
dropped letter (``dngan``), two neighbours swapped (``dnegan``) and a wrong
vowel (``malawan``). Only lowercase ASCII words of three letters or more that
stand alone are touched (not names, numbers, acronyms, hyphenated compounds,
URLs or e-mail addresses), and the first word of a sentence is allowed when it
is lowercase. A corruption is only kept if the validity oracle rejects it: a
typo that happens to spell another real word is a different problem (real-word
errors) and would make the fix rate unmeasurable.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import lru_cache

from benchmarks.metrics import is_word, token_spans

KINDS = ("adjacent", "double", "drop", "swap", "vowel")
VOWELS = "aeiou"
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
ELIGIBLE_RE = re.compile(r"[a-z]{3,}")
_URLISH_RE = re.compile(r"[/@]|\.\w")


def _neighbours() -> dict[str, str]:
    """Keys touching each letter on a QWERTY keyboard (same row and the rows above/below)."""
    pos = {c: (r, i + 0.5 * r) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    return {
        c: "".join(d for d, (r2, x2) in pos.items() if d != c and abs(r2 - r) <= 1 and abs(x2 - x) <= 1)
        for c, (r, x) in pos.items()
    }


NEIGHBOURS = _neighbours()

Oracle = Callable[[str], bool]


@dataclass(frozen=True)
class Change:
    """One corrupted word: ``old`` at ``start:end`` of the clean text became ``new``."""

    start: int
    end: int
    old: str
    new: str
    kind: str


def _as_oracle(is_valid: Oracle | Container[str]) -> Oracle:
    return is_valid if callable(is_valid) else is_valid.__contains__


def _apply(word: str, kind: str, rng: random.Random) -> str:
    """One random error of ``kind`` in ``word``; may return ``word`` unchanged."""
    n = len(word)
    if kind == "adjacent":
        i = rng.randrange(n)
        return word[:i] + rng.choice(NEIGHBOURS[word[i]]) + word[i + 1:]
    if kind == "double":
        i = rng.randrange(n)
        return word[: i + 1] + word[i:]
    if kind == "drop":
        i = rng.randrange(n)
        return word[:i] + word[i + 1:]
    if kind == "swap":
        i = rng.randrange(n - 1)
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == "vowel":
        spots = [i for i, c in enumerate(word) if c in VOWELS]
        if not spots:
            return word
        i = rng.choice(spots)
        return word[:i] + rng.choice(VOWELS.replace(word[i], "")) + word[i + 1:]
    raise ValueError(kind)


def corrupt_word_kind(word: str, rng: random.Random, is_valid: Oracle | Container[str],
                      tries: int = 20) -> tuple[str, str] | None:
    """``(typo, kind)`` for ``word``, or None if every try gave a valid word."""
    valid = _as_oracle(is_valid)
    for _ in range(tries):
        kind = rng.choice(KINDS)
        new = _apply(word, kind, rng)
        if new != word and not valid(new):
            return new, kind
    return None


def corrupt_word(word: str, rng: random.Random, is_valid: Oracle | Container[str]) -> str | None:
    """A realistic typo of ``word`` that the oracle rejects, or None."""
    got = corrupt_word_kind(word, rng, is_valid)
    return got[0] if got else None


def eligible(text: str, start: int, end: int) -> bool:
    """Lowercase ASCII word of 3+ letters, not part of a URL or e-mail address."""
    if not ELIGIBLE_RE.fullmatch(text, start, end):
        return False
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return not _URLISH_RE.search(text, left, right)


def corrupt_text(text: str, seed: int, rate: float = 0.05,
                 is_valid: Oracle | Container[str] | None = None) -> tuple[str, list[Change]]:
    """Corrupt ``round(rate * words)`` eligible words of ``text``; nothing else changes.

    ``rate`` is a share of *all* word tokens (numbers and names included), so
    0.05 means one word in twenty. The same seed always gives the same result.
    ``is_valid`` defaults to :func:`default_oracle` (ejaan or wordfreq).
    """
    valid = _as_oracle(is_valid) if is_valid is not None else default_oracle()
    rng = random.Random(seed)
    spans = token_spans(text)
    target = round(rate * sum(1 for _, _, t in spans if is_word(t)))
    candidates = [(s, e, t) for s, e, t in spans if eligible(text, s, e)]
    rng.shuffle(candidates)
    changes: list[Change] = []
    for s, e, word in candidates:
        if len(changes) >= target:
            break
        got = corrupt_word_kind(word, rng, valid)
        if got:
            changes.append(Change(s, e, word, got[0], got[1]))
    changes.sort(key=lambda c: c.start)
    out, last = [], 0
    for c in changes:
        out += [text[last:c.start], c.new]
        last = c.end
    out.append(text[last:])
    return "".join(out), changes


@lru_cache(maxsize=1)
def wordfreq_words() -> frozenset[str]:
    """wordfreq's Indonesian word list (empty if wordfreq is not installed)."""
    try:
        from wordfreq import top_n_list
    except ImportError:
        return frozenset()
    return frozenset(top_n_list("id", 10**6))


def default_oracle(ejaan_is_valid: Oracle | None = None) -> Oracle:
    """Valid = ejaan accepts it OR wordfreq lists it (ejaan is skipped if absent)."""
    words = wordfreq_words()
    if ejaan_is_valid is None:
        try:
            from normalizer import Normalizer

            ejaan_is_valid = Normalizer().is_valid
        except Exception:  # ejaan is being written; fall back to wordfreq alone
            ejaan_is_valid = None
    if ejaan_is_valid is None:
        return words.__contains__
    ev = ejaan_is_valid
    return lambda w: w in words or ev(w)
