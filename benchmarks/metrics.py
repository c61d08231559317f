"""Token alignment and scores for a spelling corrector, as JamSpell reports them.

Everything here is a pure function on strings, so the numbers can be checked by
hand on tiny examples. Scores are counted on the *correct* text's word tokens:
each one is either reproduced exactly (case-sensitive) by the input / output at
its aligned place or not. Punctuation is aligned but not counted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from difflib import SequenceMatcher

# Numbers keep their separators (1.623, 10:30), words keep inner hyphens and
# apostrophes (serangan-serangan, al-Assad, Jum'at); anything else is one char.
TOKEN_RE = re.compile(r"\d+(?:[.,:/]\d+)+|\w+(?:[-'’]\w+)*|\S")


def tokenize(text: str) -> list[str]:
    """Words, numbers and single punctuation marks, in order."""
    return TOKEN_RE.findall(text)


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """Like :func:`tokenize` but with character offsets, for the typo generator."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def is_word(token: str) -> bool:
    """A token counts as a word if it has a letter or digit in it."""
    return any(c.isalnum() for c in token)


def align(ref: list[str], hyp: list[str]) -> tuple[list[bool], int]:
    """For each ``ref`` token: is it reproduced exactly by ``hyp``?

    Also returns how many ``hyp`` word tokens were inserted with no ``ref``
    counterpart. Typos are substitutions, so equal lengths align by position;
    otherwise (a word split or joined) difflib finds the matching blocks and
    every ref token in a non-equal block counts as not reproduced.
    """
    if len(ref) == len(hyp):
        return [r == h for r, h in zip(ref, hyp)], 0
    ok = [False] * len(ref)
    inserted = 0
    matcher = SequenceMatcher(None, ref, hyp, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            ok[i1:i2] = [True] * (i2 - i1)
        elif tag == "insert":
            inserted += sum(1 for t in hyp[j1:j2] if is_word(t))
    return ok, inserted


@dataclass
class Score:
    """Raw counts; rates are derived so scores of several runs can be summed."""

    words: int = 0  # word tokens in the correct text
    corrupted: int = 0  # correct-text words the input gets wrong
    fixed: int = 0  # ... of which the output gets right
    touched: int = 0  # ... of which the output changes at all (right or wrong)
    correct_in: int = 0  # correct-text words the input gets right
    broken: int = 0  # ... of which the output gets wrong
    residual: int = 0  # correct-text words the output gets wrong, plus inserted words
    changed: int = 0  # input words the output does not reproduce, plus inserted words

    def __add__(self, other: "Score") -> "Score":
        return Score(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def fix_rate(self) -> float:
        return self.fixed / self.corrupted if self.corrupted else float("nan")

    @property
    def fix_precision(self) -> float:
        """Of the corrupted words a system changed, the share it changed to the right word."""
        return self.fixed / self.touched if self.touched else float("nan")

    @property
    def broken_rate(self) -> float:
        return self.broken / self.correct_in if self.correct_in else float("nan")

    @property
    def residual_rate(self) -> float:
        return self.residual / self.words if self.words else float("nan")

    def per_1000(self, count: int) -> float:
        return 1000 * count / self.words if self.words else float("nan")


def _score_tokens(ref: list[str], inp: list[str], out: list[str]) -> Score:
    in_ok, _ = align(ref, inp)
    out_ok, inserted = align(ref, out)
    kept, inserted_vs_in = align(inp, out)
    s = Score()
    # Typos are substitutions, so input and output usually align with the
    # reference by position; then "changed" is plain inequality.  Otherwise a
    # corrupted word counts as touched only when the output gets it right.
    positional = len(ref) == len(inp) == len(out)
    for i, (tok, i_ok, o_ok) in enumerate(zip(ref, in_ok, out_ok)):
        if not is_word(tok):
            continue
        s.words += 1
        if i_ok:
            s.correct_in += 1
            s.broken += not o_ok
        else:
            s.corrupted += 1
            s.fixed += o_ok
            s.touched += o_ok or (positional and out[i] != inp[i])
        s.residual += not o_ok
    s.residual += inserted
    s.changed = sum(1 for tok, k in zip(inp, kept) if is_word(tok) and not k) + inserted_vs_in
    return s


def score(correct: str, given: str, output: str) -> Score:
    """Score ``output`` (a system's answer to ``given``) against ``correct``.

    When the three texts have the same number of lines (the usual case: one
    sentence a line) they are aligned line by line, which keeps difflib fast
    and stops an error on one line from shifting the alignment of the next.
    """
    lines = [t.split("\n") for t in (correct, given, output)]
    if len({len(x) for x in lines}) == 1:
        total = Score()
        for c, g, o in zip(*lines):
            total = total + _score_tokens(tokenize(c), tokenize(g), tokenize(o))
        return total
    return _score_tokens(tokenize(correct), tokenize(given), tokenize(output))
