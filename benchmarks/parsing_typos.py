"""Typos that parse: the slips the accuracy suite leaves out, measured apart.

    python -m benchmarks.parsing_typos [--seeds 1 2 3] [--rate 0.05] [--limit N]

The accuracy suite keeps only typos that no system could mistake for a word
(``benchmarks.typogen``: ejaan and wordfreq must both reject them).  A typo
that happens to parse as an affixed form no list holds (``membeeri`` as meN-
+ ``beer`` + ``-i``) is left out of it, so the suite's fix rate says nothing
about them.  This corrupts the same eval sentences with the same generator,
keeping *only* such typos: ones ejaan's morphology accepts, that no ejaan
list holds and that wordfreq does not list.  Every system gets the same
text; the rates are the accuracy suite's, on these typos.
"""
from __future__ import annotations

if not __package__:  # run as a script: make `benchmarks` importable
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import argparse
import datetime
import shlex
import sys
from collections.abc import Callable, Sequence

from benchmarks.accuracy import REPO, add_input_options, read_inputs
from benchmarks.metrics import Score, score
from benchmarks.peers import Ejaan, Hunspell, PlainSymSpell, System
from benchmarks.typogen import Change, corrupt_text, wordfreq_words


def parses_only(ejaan: Ejaan) -> Callable[[str], bool]:
    """True for a string ejaan accepts only through its morphology and wordfreq does not list."""
    lexicon = ejaan._n.lexicon
    listed = wordfreq_words()
    return lambda word: word not in listed and lexicon.is_unlisted(word)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_input_options(ap)
    args = ap.parse_args(argv)

    _, _, sentences = read_inputs(args.shared, args.limit)
    clean = "\n".join(sentences) + "\n"
    oracle = Ejaan(style=False)
    if not oracle.available():
        print(f"error: {oracle.why_missing}", file=sys.stderr)
        return 2
    keep = parses_only(oracle)
    # corrupt_text keeps a corruption its oracle rejects: reject all but these.
    texts = {seed: corrupt_text(clean, seed, args.rate, lambda w: not keep(w)) for seed in args.seeds}
    systems: list[System] = [oracle, Hunspell(), PlainSymSpell()]  # the loaded ejaan, not a second one
    scores: dict[str, Score] = {}
    reported: dict[str, int] = {}
    for system in systems:
        if not system.available():
            print(f"skipped: {system.why_missing}", file=sys.stderr)
            continue
        total = Score()
        for seed, (given, changes) in texts.items():
            total = total + score(clean, given, system.fix(given))
            reported[system.name] = reported.get(system.name, 0) + count_reported(changes, system.flagged(given))
        scores[system.name] = total
    cmd = "python -m benchmarks.parsing_typos " + shlex.join(sys.argv[1:] if argv is None else list(argv))
    print(f"typos that parse  {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}")
    print(f"reproduce: cd {REPO} && {cmd.strip()}")
    print(f"ejaan: {oracle.version}")
    print("typos per seed: " + ", ".join(f"{seed}: {len(ch)}" for seed, (_, ch) in texts.items())
          + f" (of {sum(1 for _ in clean.split()):,} words; generator rate {args.rate})")
    rows = [("fix rate", "fix_rate"), ("typos changed that are right", "fix_precision"),
            ("broken rate", "broken_rate"), ("residual error rate", "residual_rate")]
    names = list(scores)
    print(f"\n{'metric':<30}" + "".join(f"{n:>15}" for n in names))
    for label, attr in rows:
        print(f"{label:<30}" + "".join(f"{100 * getattr(scores[n], attr):>13.1f} %" for n in names))
    typos = sum(len(ch) for _, ch in texts.values())
    print(f"{'typos reported (fix or flag)':<30}" + "".join(f"{100 * reported[n] / typos:>13.1f} %" for n in names))
    print("\nreported: a finding (check) on the typo; the peers report every word they do not know.")
    return 0


def count_reported(changes: Sequence[Change], flagged: Sequence[tuple[int, int]]) -> int:
    """How many of ``changes`` (spans of the clean text) a flagged span of the corrupted text overlaps."""
    starts = sorted(flagged)
    found, shift, i = 0, 0, 0
    for c in changes:  # in text order, as corrupt_text returns them
        start, end = c.start + shift, c.start + shift + len(c.new)
        shift += len(c.new) - (c.end - c.start)
        while i < len(starts) and starts[i][1] <= start:
            i += 1
        found += i < len(starts) and starts[i][0] < end
    return found


if __name__ == "__main__":
    sys.exit(main())
