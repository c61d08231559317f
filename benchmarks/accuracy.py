"""Accuracy benchmark (issue 3): ejaan side by side with Hunspell and plain SymSpell.

    python -m benchmarks.accuracy [--seeds 1 2 3] [--json]

Three suites, the same inputs for every system in one run:

* sample    -- a real ANTARA story with its real typos, against its expected text;
* typos     -- the eval sentences with one word in twenty corrupted by
               ``benchmarks.typogen`` (one run per seed, counts summed);
* clean     -- the same sentences uncorrupted: every flag or change is a false alarm.

The eval sentences are for measuring only: this module reads them and never
writes their words anywhere.
"""
from __future__ import annotations

if not __package__:  # run as a script: make `benchmarks` importable
    import os
    import sys

    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import argparse
import datetime
import json
import math
import os
import platform
import shlex
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.metrics import Score, is_word, score, tokenize
from benchmarks.peers import Ejaan, Hunspell, PlainSymSpell, System, hunspell_rejects
from benchmarks.typogen import corrupt_text, default_oracle, wordfreq_words

REPO = Path(__file__).resolve().parent.parent
SAMPLE = "samples/antara-rusia-suriah.txt"
EXPECTED = "samples/antara-rusia-suriah.expected.txt"
EVAL = "eval/ud-gsd-sentences.txt"


@dataclass
class Suite:
    """One input for every system: ``given`` should become ``correct``."""

    kind: str  # "sample", "typos" or "clean"
    correct: str
    given: str
    seed: int | None = None


@dataclass
class Result:
    """What one system did on all suites."""

    name: str
    version: str = ""
    missing: str = ""
    scores: dict[str, Score] = field(default_factory=dict)  # per suite kind, summed over seeds
    per_seed: dict[int, Score] = field(default_factory=dict)
    flags: int = 0  # typo findings on clean text
    findings: int = 0  # all findings on clean text (style included)
    style: int | None = None  # style-layer edits on clean text (ejaan only)
    style_originals: list[str] | None = None  # what those edits replaced
    style_standard: int | None = None  # ... of which Hunspell accepts every word
    standard_words: int | None = None  # clean-text words Hunspell accepts
    sample_exact: bool | None = None
    words: int = 0
    seconds: float = 0.0

    @property
    def wps(self) -> float:
        return self.words / self.seconds if self.seconds else float("nan")


def add_input_options(ap: argparse.ArgumentParser) -> None:
    """``--seeds``, ``--rate``, ``--shared``, ``--limit``: the inputs every benchmark of the suites takes."""
    ap.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3], help="typo generator seeds")
    ap.add_argument("--rate", type=float, default=0.05, help="share of words corrupted (default 1 in 20)")
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("EJAAN_SHARED", REPO.parent / "shared")),
                    help="folder with samples/ and eval/ (env EJAAN_SHARED; default <repo>/../shared)")
    ap.add_argument("--limit", type=int, default=0, help="use only the first N eval sentences (quick runs)")


def read_inputs(shared: Path, limit: int = 0) -> tuple[str, str, list[str]]:
    """The sample story, its expected text and the eval sentences (the first ``limit``)."""
    sample = (shared / SAMPLE).read_text(encoding="utf-8")
    expected = (shared / EXPECTED).read_text(encoding="utf-8")
    sentences = (shared / EVAL).read_text(encoding="utf-8").splitlines()
    return sample, expected, sentences[:limit] if limit else sentences


def make_suites(sample: str, expected: str, clean: str, seeds: Sequence[int], rate: float,
                oracle: Callable[[str], bool]) -> tuple[list[Suite], dict[int, int]]:
    """The suites every system runs, and how many words each seed corrupted."""
    suites = [Suite("sample", expected, sample)]
    typo_counts = {}
    for seed in seeds:
        corrupted, changes = corrupt_text(clean, seed, rate, oracle)
        typo_counts[seed] = len(changes)
        suites.append(Suite("typos", clean, corrupted, seed))
    suites.append(Suite("clean", clean, clean))
    return suites, typo_counts


def evaluate(system: System, suites: Sequence[Suite]) -> Result:
    """Run one system on every suite; time only ``fix``."""
    res = Result(system.name, system.version)
    for s in suites:
        t0 = time.perf_counter()
        out = system.fix(s.given)
        res.seconds += time.perf_counter() - t0
        sc = score(s.correct, s.given, out)
        res.words += sc.words
        res.scores[s.kind] = res.scores.get(s.kind, Score()) + sc
        if s.seed is not None:
            res.per_seed[s.seed] = sc
        if s.kind == "sample":
            res.sample_exact = out == s.correct
        if s.kind == "clean":
            if hasattr(system, "style_changes"):
                res.style = system.style_changes()
            if hasattr(system, "style_originals"):
                res.style_originals = system.style_originals()
            res.flags += system.flags(s.given)
            res.findings += system.findings(s.given) if hasattr(system, "findings") else res.flags
    return res


# ---------------------------------------------------------------- the table
@dataclass(frozen=True)
class Row:
    label: str
    get: Callable[[Result], float | bool | None]
    fmt: str  # "pct", "per1000", "int", "yes"
    higher_better: bool
    target: str = ""
    passes: Callable[[float], bool] | None = None
    layer: str = "all"  # "typo": judged on ejaan's typo layer alone (ejaan-nostyle) when it ran


def _per1000(r: Result, n: int | None) -> float | None:
    return None if n is None else r.scores["clean"].per_1000(n)


def _standard_rate(r: Result) -> float | None:
    if r.style_standard is None or not r.standard_words:
        return None
    return 1000 * r.style_standard / r.standard_words


ROWS = [
    Row("sample: fix rate", lambda r: r.scores["sample"].fix_rate, "pct", True),
    Row("sample: broken rate", lambda r: r.scores["sample"].broken_rate, "pct", False),
    Row("sample: residual error rate", lambda r: r.scores["sample"].residual_rate, "pct", False),
    Row("sample: output == expected", lambda r: r.sample_exact, "yes", True),
    Row("typos: fix rate", lambda r: r.scores["typos"].fix_rate, "pct", True, ">= 90 %", lambda v: v >= 0.90, "typo"),
    Row("typos: broken rate", lambda r: r.scores["typos"].broken_rate, "pct", False, "<= 0.5 %",
        lambda v: v <= 0.005, "typo"),
    Row("typos: residual error rate", lambda r: r.scores["typos"].residual_rate, "pct", False, layer="typo"),
    Row("typos: typos changed that are right", lambda r: r.scores["typos"].fix_precision, "pct", True, ">= 98 %",
        lambda v: v >= 0.98, "typo"),
    Row("clean: flags / 1000 words", lambda r: _per1000(r, r.flags), "per1000", False, "<= 5", lambda v: v <= 5,
        "typo"),
    Row("clean: changes / 1000 words", lambda r: _per1000(r, r.scores["clean"].changed), "per1000", False,
        layer="typo"),
    Row("clean: all findings / 1000 words", lambda r: _per1000(r, r.findings), "per1000", False, "< 10",
        lambda v: v < 10),
    Row("clean: style changes / 1000 words", lambda r: _per1000(r, r.style), "per1000", False),
    Row("clean: style changes / 1000 standard words", _standard_rate, "per1000", False, "< 2", lambda v: v < 2),
    Row("speed: words / second (fix)", lambda r: r.wps, "int", True),
]


def _fmt(v: float | bool | None, fmt: str) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return "-"
    if fmt == "yes":
        return "yes" if v else "no"
    if fmt == "pct":
        return f"{100 * v:.1f} %" if v >= 0.001 or v == 0 else f"{100 * v:.2f} %"
    if fmt == "per1000":
        return f"{v:.1f}"
    return f"{v:,.0f}"


def _ok(v: Any) -> bool:
    return v is not None and not (isinstance(v, float) and math.isnan(v))


def verdicts(row: Row, ejaan: Result | None, peers: list[Result]) -> tuple[str, str]:
    """(target pass/FAIL, ahead of every peer yes/no) for ejaan on one row."""
    if ejaan is None or ejaan.missing:
        return ("n/a" if row.target else "", "n/a")
    v = row.get(ejaan)
    target = "" if not row.passes else ("-" if not _ok(v) else "pass" if row.passes(v) else "FAIL")
    others = [row.get(p) for p in peers if not p.missing]
    others = [o for o in others if _ok(o)]
    if not _ok(v) or not others:
        return target, "-"
    ahead = all(float(v) > float(o) if row.higher_better else float(v) < float(o) for o in others)
    return target, "yes" if ahead else "no"


def judged(results: list[Result], layer: str = "all") -> tuple[Result | None, list[Result]]:
    """The ejaan result a row's verdicts are about, and the peers.

    Rows about the whole tool judge default ejaan (style layer on); rows about
    typo correction (``layer == "typo"``) judge ejaan-nostyle when it ran, as
    the style layer's intended changes to the evaluation text's non-standard
    spellings (dimana -> di mana) would count there as broken words.
    """
    ours = [r for r in results if r.name.startswith("ejaan")]
    ran = [r for r in ours if not r.missing]
    prefer = "ejaan-nostyle" if layer == "typo" else "ejaan"
    best = next((r for r in ran if r.name == prefer), ran[0] if ran else (ours[0] if ours else None))
    return best, [r for r in results if not r.name.startswith("ejaan")]


def render(results: list[Result], header: list[str]) -> str:
    """Systems across, metrics down, plain text with aligned columns."""
    cols = ["metric"] + [r.name for r in results] + ["target", "judged", "target met", "ahead of peers"]
    table = [cols]
    for row in ROWS:
        ejaan, peers = judged(results, row.layer)
        cells = [row.label] + ["-" if r.missing else _fmt(row.get(r), row.fmt) for r in results]
        table.append(cells + [row.target, ejaan.name if ejaan else "ejaan", *verdicts(row, ejaan, peers)])
    widths = [max(len(t[i]) for t in table) for i in range(len(cols))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(t, widths)))
             for t in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(header + [""] + lines)


def to_json(results: list[Result], meta: dict[str, Any]) -> str:
    def num(v: Any) -> Any:
        return None if isinstance(v, float) and math.isnan(v) else v

    out: dict[str, Any] = {"meta": meta, "systems": {}}
    ejaan, peers = judged(results)
    for r in results:
        d: dict[str, Any] = {"version": r.version, "available": not r.missing, "why_missing": r.missing}
        if not r.missing:
            d["metrics"] = {row.label: num(row.get(r)) for row in ROWS}
            d["counts"] = {k: vars(s) for k, s in r.scores.items()}
            d["typos_per_seed"] = {str(k): {"fix_rate": num(s.fix_rate), "broken_rate": num(s.broken_rate),
                                            **vars(s)} for k, s in r.per_seed.items()}
            d["clean_flags"], d["clean_findings"], d["clean_style_changes"] = r.flags, r.findings, r.style
            d["clean_style_changes_of_standard_words"], d["clean_standard_words"] = r.style_standard, r.standard_words
            d["words"], d["seconds"] = r.words, r.seconds
        out["systems"][r.name] = d
    out["judged"] = ejaan.name if ejaan else None
    out["targets"] = {}
    for row in ROWS:
        who, others = judged(results, row.layer)
        out["targets"][row.label] = dict(zip(("target", "judged", "pass", "ahead_of_peers"),
                                             (row.target, who.name if who else None, *verdicts(row, who, others))))
    return json.dumps(out, indent=2, ensure_ascii=False)


def judge_standard(results: list[Result], clean: str) -> None:
    """Style edits of words already standard, judged by Hunspell's id_ID (issue 4).

    A style edit counts against the layer when Hunspell accepts every word it
    replaced; the denominator is the clean text's words that Hunspell accepts.
    Two-word rules (``di bangun`` -> ``dibangun``) whose words Hunspell accepts
    one by one count too, so this errs towards blaming the layer.
    """
    edited = [r for r in results if r.style_originals is not None]
    if not edited:
        return
    words = [t for t in tokenize(clean) if is_word(t) and not any(c.isdigit() for c in t)]
    originals = [o.split() for r in edited for o in r.style_originals or ()]
    rejected = hunspell_rejects({w for w in words} | {w for o in originals for w in o})
    if rejected is None:
        return
    standard = sum(1 for w in words if w not in rejected)
    for r in edited:
        r.standard_words = standard
        r.style_standard = sum(1 for o in r.style_originals or () if all(w not in rejected for w in o.split()))


# ------------------------------------------------------------------- runner
SYSTEMS: dict[str, Callable[[bool], System]] = {
    "ejaan": lambda install: Ejaan(style=True),
    "ejaan-nostyle": lambda install: Ejaan(style=False),
    "hunspell": lambda install: Hunspell(install=install),
    "symspell": lambda install: PlainSymSpell(install=install),
}


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    add_input_options(ap)
    ap.add_argument("--systems", nargs="+", default=["ejaan", "ejaan-nostyle", "hunspell", "symspell"],
                    choices=list(SYSTEMS))
    ap.add_argument("--no-install", action="store_true", help="never apt-get / pip install a missing peer")
    ap.add_argument("--json", action="store_true", help="print JSON instead of the table")
    args = ap.parse_args(argv)

    sample, expected, sentences = read_inputs(args.shared, args.limit)
    clean = "\n".join(sentences) + "\n"

    systems = [SYSTEMS[name](not args.no_install) for name in args.systems]
    ready = {s.name: s.available() for s in systems}
    for s in systems:
        if not ready[s.name]:
            print(f"warning: {s.why_missing}; its column is skipped", file=sys.stderr)

    ej = next((s for s in systems if isinstance(s, Ejaan) and ready[s.name]), None)
    wordfreq_words.cache_clear()  # pick up a wordfreq that a peer has just pip-installed
    oracle = default_oracle(ej.is_valid if ej else (lambda w: False))
    oracle_desc = ("ejaan is_valid OR " if ej else "") + (
        "wordfreq id list" if wordfreq_words() else "nothing (wordfreq missing: typos may be real words)")
    if ej is None:
        oracle_desc += " (ejaan not available: corruptions will change once it is)"

    suites, typo_counts = make_suites(sample, expected, clean, args.seeds, args.rate, oracle)

    results = []
    for s in systems:
        if ready[s.name]:
            try:
                results.append(evaluate(s, suites))
            except Exception as e:  # one broken system must not cost the others' figures
                results.append(Result(s.name, missing=f"{s.name}: failed during the run ({type(e).__name__}: {e})"))
                print(f"warning: {results[-1].missing}", file=sys.stderr)
        else:
            results.append(Result(s.name, missing=s.why_missing))
        if isinstance(s, Hunspell):
            s.close()

    judge_standard(results, clean)
    clean_words = score(clean, clean, clean).words
    sample_words = score(expected, sample, sample).words
    cmd = "python -m benchmarks.accuracy " + shlex.join(sys.argv[1:] if argv is None else list(argv))
    meta = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "command": f"cd {REPO} && {cmd.strip()}",
        "seeds": args.seeds,
        "rate": args.rate,
        "sample_words": sample_words,
        "eval_sentences": len(sentences),
        "eval_words": clean_words,
        "typos_per_seed": typo_counts,
        "oracle": oracle_desc,
        "python": platform.python_version(),
        "versions": {r.name: r.version or r.missing for r in results},
    }
    if args.json:
        print(to_json(results, meta))
        return 0
    header = [
        f"ejaan accuracy benchmark  {meta['date']}",
        f"reproduce: {meta['command']}",
        f"seeds: {' '.join(map(str, args.seeds))}   rate: {args.rate}   typo generator oracle: {oracle_desc}",
        f"words: sample {sample_words}, eval {clean_words} in {len(sentences)} sentences, corrupted per seed "
        + ", ".join(f"{k}: {v}" for k, v in typo_counts.items()),
    ] + [f"  {r.missing}" if r.missing else f"  {r.name}: {r.version}" for r in results]
    print(render(results, header))
    print("\nrates are on word tokens of the correct text, case-sensitive; typos = all seeds summed; "
          "broken = correct input words the system changed; residual counts inserted words too.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
