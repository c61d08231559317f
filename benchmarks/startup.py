#!/usr/bin/env python3
"""Where a cold ``ejaan check`` spends its time, phase by phase (issue 6).

    python benchmarks/startup.py [FILE] [--runs 11]

Runs ``ejaan check FILE`` (by default the speed benchmark's clean 5 KB story,
written to a temporary file) in ``--runs`` fresh processes of this Python, each
timing its own imports and the main steps of the check (a wrapper around each
step adds well under a millisecond), and prints the median of every phase.
Steps nest (the judge contains the candidate searches), so the rows do not
add up; the interpreter's own start is not included.  Each round also times
``python -c 'import click'`` as a whole process: what any click command pays
before its own work, and a gauge of how fast the machine is at the moment.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import write_clean_story  # noqa: E402 - the same story as the speed benchmark

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
import normalizer.cli as cli
t1 = time.perf_counter()
from normalizer import decide, lexicon, pipeline, rank, style, suggest
from normalizer import markup, report, tokenize  # noqa: F401 - imported as the check would
t2 = time.perf_counter()
spent = {"import: click and the command line": t1 - t0, "import: the checker": t2 - t1}

def timed(owner, name, label):
    inner = getattr(owner, name)
    depth = [0]
    def wrapper(*args, **kwargs):
        if depth[0]:
            return inner(*args, **kwargs)
        depth[0] += 1
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            depth[0] -= 1
            spent[label] = spent.get(label, 0.0) + time.perf_counter() - started
    setattr(owner, name, wrapper)

for owner, name, label in [
    (pipeline.Normalizer, "check", "check"),
    (pipeline.Normalizer, "_judge", "check: judging unknown words"),
    (pipeline.Normalizer, "candidates", "check: candidate searches (with opening the indexes)"),
    (suggest.Suggester, "prepare", "check: opening the suggestion indexes"),
    (decide.Decider, "is_common_typo", "check: sentence-start words"),
    (rank.Ranker, "null_score", "check: word-shape model"),
    (rank.Ranker, "context_bonus", "check: word pairs"),
    (rank.Ranker, "derived", "check: unlisted derived forms"),
    (pipeline.Normalizer, "_style_hit", "check: style of single words"),
    (pipeline.Normalizer, "_style_pairs", "check: style of word pairs"),
    (lexicon.Lexicon, "is_valid", "check: validity of words"),
]:
    timed(owner, name, label)
t3 = time.perf_counter()
code = cli.main(sys.argv[1:])
spent["after the imports"] = time.perf_counter() - t3
sys.stderr.write("\n" + json.dumps(spent) + "\n")
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file", nargs="?", help="the story to check (default: the clean 5 KB story)")
    ap.add_argument("--runs", type=int, default=11)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        story = args.file
        if story is None:
            story = str(Path(work) / "clean-story.txt")
            write_clean_story(Path(story))
        rows, floor = [], []
        for _ in range(args.runs):  # each round also times the floor, so a slow spell shows in both
            proc = subprocess.run([sys.executable, "-c", CHILD, "check", story], capture_output=True, text=True)
            rows.append(json.loads(proc.stderr.strip().splitlines()[-1]))
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import click"], check=True)
            floor.append(time.perf_counter() - started)
    labels = sorted({k for r in rows for k in r}, key=lambda k: (not k.startswith("import"), k != "after the imports", k))
    print(f"ejaan check {args.file or 'the clean 5 KB story'}: median of {args.runs} fresh processes ({sys.executable})")
    for label in labels:
        print(f"  {label:55s} {1000 * statistics.median(r.get(label, 0.0) for r in rows):7.1f} ms")
    print(f"floor in the same rounds: `python -c 'import click'`, whole process, {1000 * statistics.median(floor):.1f} ms")
    print(f"reproduce: {sys.executable} benchmarks/startup.py {args.file or ''} --runs {args.runs}".replace("  ", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
