"""Why ejaan trails plain symspellpy on words per second (issue 3's speed row).

    python -m benchmarks.speed_floor [--rounds 5] [--seeds 1 2 3] [--limit N]

On the accuracy benchmark's inputs (the same suites, seeds and rate), timed
the way that benchmark times ``fix`` (loading before the clock), rounds
interleaved and the median kept, because this machine's speed drifts:

* plain symspellpy's whole ``fix`` (its memo of looked-up words emptied each round);
* ejaan's whole ``fix`` (a fresh ``Normalizer`` each round, loaded by a smoke test);
* two pieces of ejaan's ``fix`` alone: the tokenizer (every word with its
  offsets, URLs, numbers, acronyms and datelines left out), and the one-edit
  candidate search for each distinct word the lexicon does not accept.

symspellpy's ``fix`` is a regular expression, a set test per word and, for
a word not in the list, one search that stops at the closest distance found.
ejaan must tokenize with offsets and search one edit away for every unknown
word before it can rank anything; when those two pieces alone take as long
as symspellpy's whole ``fix``, the error model, context, morphology and the
two-edit search on top of them cannot be made to lead in pure Python.
"""
from __future__ import annotations

if not __package__:  # run as a script: make `benchmarks` importable
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import argparse
import datetime
import shlex
import statistics
import sys
import time
from collections.abc import Callable, Sequence

from benchmarks.accuracy import REPO, Suite, add_input_options, make_suites, read_inputs
from benchmarks.metrics import score
from benchmarks.peers import Ejaan, PlainSymSpell
from benchmarks.typogen import default_oracle


def timed(work: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    work()
    return time.perf_counter() - t0


def unknown_words(ejaan: Ejaan, suites: Sequence[Suite]) -> list[str]:
    """The distinct lower-cased tokens the lexicon does not accept: what needs a search."""
    from normalizer.tokenize import tokenize

    return sorted({t.text.lower() for s in suites for t in tokenize(s.given) if not ejaan.is_valid(t.text)})


def measure(suites: Sequence[Suite], rounds: int, probe: Ejaan) -> tuple[dict[str, float], int]:
    """Median seconds of each piece over ``rounds``, and how many distinct words were searched.

    ``probe`` is a loaded ejaan that says which words need a search.
    """
    from normalizer import Normalizer
    from normalizer.tokenize import tokenize

    symspell = PlainSymSpell()
    if not symspell.available():
        sys.exit(f"error: {symspell.why_missing}")
    texts = [s.given for s in suites]
    words = unknown_words(probe, suites)
    near = Normalizer().near_suggester
    near.prepare()

    def symspell_fix() -> None:
        symspell._cache.clear()
        for text in texts:
            symspell.fix(text)

    def tokenizer() -> None:
        for text in texts:
            list(tokenize(text))

    def near_search() -> None:
        near._memo.clear()
        for word in words:
            near.lookup(word)

    times: dict[str, list[float]] = {k: [] for k in ("symspell", "ejaan", "tokenizer", "near")}
    for _ in range(rounds):
        ejaan = Ejaan()  # fresh memos; loaded (and smoke-tested) before the clock
        ejaan.available()
        times["symspell"].append(timed(symspell_fix))
        times["ejaan"].append(timed(lambda: [ejaan.fix(t) for t in texts]))
        times["tokenizer"].append(timed(tokenizer))
        times["near"].append(timed(near_search))
    return {k: statistics.median(v) for k, v in times.items()}, len(words)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=5, help="interleaved rounds; the median is kept (default 5)")
    add_input_options(ap)
    args = ap.parse_args(argv)

    sample, expected, sentences = read_inputs(args.shared, args.limit)
    clean = "\n".join(sentences) + "\n"
    oracle_ejaan = Ejaan(style=False)
    if not oracle_ejaan.available():
        print(f"error: {oracle_ejaan.why_missing}", file=sys.stderr)
        return 2
    suites, _ = make_suites(sample, expected, clean, args.seeds, args.rate, default_oracle(oracle_ejaan.is_valid))
    n_words = sum(score(s.correct, s.given, s.given).words for s in suites)
    seconds, searched = measure(suites, args.rounds, oracle_ejaan)
    floor = seconds["tokenizer"] + seconds["near"]
    rows = [
        ("plain symspellpy: whole fix", seconds["symspell"]),
        ("ejaan: whole fix", seconds["ejaan"]),
        ("ejaan: tokenizer alone", seconds["tokenizer"]),
        (f"ejaan: one-edit search alone ({searched:,} distinct unknown words)", seconds["near"]),
        ("ejaan: those two pieces together", floor),
    ]
    cmd = "python -m benchmarks.speed_floor " + shlex.join(sys.argv[1:] if argv is None else list(argv))
    print(f"ejaan speed floor  {datetime.datetime.now(datetime.timezone.utc).isoformat(timespec='seconds')}")
    print(f"reproduce: cd {REPO} && {cmd.strip()}")
    print(f"words: {n_words:,} (the accuracy suites: sample, seeds {' '.join(map(str, args.seeds))}, clean); "
          f"rounds: {args.rounds}, median")
    width = max(len(label) for label, _ in rows)
    print(f"\n{'':<{width}}  {'seconds':>8}  {'words/s':>9}")
    for label, s in rows:
        print(f"{label:<{width}}  {s:8.3f}  {n_words / s:9,.0f}")
    print(f"\nejaan's tokenizer and one-edit search alone take {floor / seconds['symspell']:.2f}x "
          f"plain symspellpy's whole fix; its whole fix takes {seconds['ejaan'] / seconds['symspell']:.1f}x.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
