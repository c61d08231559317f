#!/usr/bin/env python3
"""Speed benchmark (issue 6): ``ejaan check`` side by side with Hunspell.

    python benchmarks/speed.py                 # default: 11 rounds, 10 MB of copy
    python benchmarks/speed.py --runs 3 --mb 2 --json
    python benchmarks/speed.py --suggest-levers [--dictionary FILE ...]

What it measures, each figure a whole process started fresh (wall time,
median of ``--runs``; peak resident memory of that process from ``wait4``):

* cold start, clean copy: ``ejaan check`` on a clean ~5 KB story (the first
  ~5 KB of the evaluation sentences), vs ``hunspell -d id_ID -l``;
* cold start, the sample story with typos (examples/antara-rusia-suriah.txt),
  with a warm suggestion cache and with a cold one (``EJAAN_CACHE_DIR`` set to
  a fresh empty directory for every run);
* throughput: words per second checking ~``--mb`` MB of clean copy (the
  evaluation sentences repeated) as ~5 KB files, in one process and with
  ``--jobs 2``, and as one big file.

The evaluation text (``<repo>/../shared/eval/ud-gsd-sentences.txt``) is read
in place and written only to a temporary directory, never into the repo.
``ejaan`` runs as the ``ejaan`` script next to this Python if there is one,
else ``python -m normalizer``, with this checkout first on ``PYTHONPATH``.
Exit code 1 from ``ejaan check`` means findings, not failure.

``--suggest-levers`` measures the suggestion index's start-up cost instead
(issue 6): symspellpy's own build, its pickle, marshal variants, and ejaan's
memory-mapped index at several prefix lengths, on a dictionary of realistic
size (``--dictionary`` files, or a simulated ~150k-word one made from
wordfreq's Indonesian list plus affixed forms).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
EVAL_TEXT = SHARED / "eval" / "ud-gsd-sentences.txt"
TYPO_STORY = REPO / "examples" / "antara-rusia-suriah.txt"
WORD_RE = re.compile(r"\w+(?:[-']\w+)*")

TARGETS = {
    "clean_cold_start_s": 0.15,
    "typo_warm_cache_s": 0.5,
    "typo_cold_cache_s": 5.0,
    "throughput_ratio": 1.0,
    "peak_rss_mb": 200.0,
}


def log(*parts: object) -> None:
    print(*parts, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- processes


@dataclass
class Run:
    """One process: wall seconds, exit code, peak RSS (MB), stderr tail."""

    wall: float
    rc: int
    rss_mb: float | None
    err: str = ""

    @property
    def crashed(self) -> bool:
        """An uncaught exception: Python exits 1 then, like "findings"."""
        return "Traceback (most recent call last)" in self.err


def _rss_mb(ru_maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


def run_process(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    """Run ``cmd`` to completion; its own peak RSS comes from ``wait4``."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        try:
            proc = subprocess.Popen(
                cmd, env=env, stdout=subprocess.DEVNULL, stderr=err, stdin=subprocess.DEVNULL
            )
        except OSError as exc:
            return Run(0.0, 127, None, f"{cmd[0]}: {exc}")
        if hasattr(os, "wait4"):
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - started
            proc.returncode = os.waitstatus_to_exitcode(status)
            rss = _rss_mb(usage.ru_maxrss)
        else:  # pragma: no cover - Windows: no per-child rusage
            proc.wait()
            wall = time.perf_counter() - started
            rss = None
        err.seek(0)
        tail = err.read()[-4000:].decode("utf-8", "replace")
    return Run(wall, proc.returncode, rss, tail)


@dataclass
class Measure:
    """Several runs of one command: median wall time, peak RSS, failures."""

    name: str
    tool: str
    runs: list[float] = field(default_factory=list)
    rss_mb: float | None = None
    words: int = 0
    error: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.runs) if self.runs else None

    @property
    def words_per_s(self) -> float | None:
        m = self.median
        return self.words / m if m and self.words else None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["median_s"] = self.median
        d["words_per_s"] = self.words_per_s
        return d


def measure(name: str, tool: str, cmd: list[str], runs: int, env: dict[str, str] | None = None,
            ok_codes: tuple[int, ...] = (0, 1), fresh_env=None, words: int = 0) -> Measure:
    """``runs`` runs of ``cmd``; ``fresh_env()`` (if given) makes each run's env."""
    m = Measure(name, tool, words=words)
    for _ in range(runs):
        if not run_into(m, cmd, fresh_env() if fresh_env else env, ok_codes):
            return m
    med = m.median
    log(f"  {name} [{tool}]: median {med:.3f} s over {runs}, peak RSS "
        f"{m.rss_mb:.0f} MB" if m.rss_mb is not None else f"  {name} [{tool}]: median {med:.3f} s")
    return m


def run_into(m: Measure, cmd: list[str], env: dict[str, str] | None, ok_codes: tuple[int, ...] = (0, 1)) -> bool:
    """One run of ``cmd`` added to ``m``; False (and ``m.error`` set) when it failed."""
    r = run_process(cmd, env)
    if r.rc not in ok_codes or r.crashed:
        last = " | ".join(r.err.strip().splitlines()[-3:])
        m.error = f"exit code {r.rc}{' (crashed)' if r.crashed else ''}: {last}"
        log(f"  {m.name} [{m.tool}] FAILED, {m.error}")
        return False
    m.runs.append(r.wall)
    if r.rss_mb is not None:
        m.rss_mb = max(m.rss_mb or 0.0, r.rss_mb)
    return True


def measure_together(specs: list[tuple], runs: int) -> list[Measure]:
    """``runs`` rounds of every ``(name, tool, cmd, env, words)`` in ``specs``, one of each per round.

    Interleaved, so that a spell of a slow machine (a shared host's other
    load) falls on every command alike instead of on whichever ran then.
    """
    measures = [Measure(name, tool, words=words) for name, tool, _cmd, _env, words in specs]
    for _ in range(runs):
        for m, (_name, _tool, cmd, env, _words) in zip(measures, specs):
            if not m.error:
                run_into(m, cmd, env)
    for m in measures:
        if not m.error and m.runs:
            rss = f", peak RSS {m.rss_mb:.0f} MB" if m.rss_mb is not None else ""
            log(f"  {m.name} [{m.tool}]: median {m.median:.3f} s over {len(m.runs)}{rss}")
    return measures


# ---------------------------------------------------------------- the tools


def ejaan_command() -> list[str]:
    script = Path(sys.executable).parent / ("ejaan.exe" if os.name == "nt" else "ejaan")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "normalizer"]


def editable_install() -> bool:
    """True when this Python's ejaan is a ``pip install -e`` (its import hook slows every start)."""
    try:
        from importlib.metadata import PackageNotFoundError, distribution

        direct = distribution("ejaan").read_text("direct_url.json") or "{}"
    except PackageNotFoundError:
        return False
    return bool(json.loads(direct).get("dir_info", {}).get("editable"))


def ejaan_env(cache_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    env["EJAAN_CACHE_DIR"] = str(cache_dir)
    # Let the warm-up run write bytecode, as an installed package has it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def find_hunspell(install: bool = True) -> tuple[list[str] | None, str]:
    """The hunspell command for id_ID, or None and why it is missing."""

    def usable() -> bool:
        if not shutil.which("hunspell"):
            return False
        probe = subprocess.run(["hunspell", "-d", "id_ID", "-l"], input=b"rumah\n",
                               capture_output=True, check=False)
        return probe.returncode == 0 and b"Can't open" not in probe.stderr

    if not usable() and install and hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        log("hunspell or hunspell-id missing: running apt-get install -y hunspell hunspell-id")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        cmd = ["apt-get", "install", "-y", "hunspell", "hunspell-id"]
        if subprocess.run(cmd, env=env, capture_output=True, check=False).returncode != 0:
            subprocess.run(["apt-get", "update"], env=env, capture_output=True, check=False)
            subprocess.run(cmd, env=env, capture_output=True, check=False)
    if not usable():
        return None, ("MISSING: hunspell with the id_ID dictionary was not found "
                      "(install: apt-get install hunspell hunspell-id)")
    version = subprocess.run(["hunspell", "-v"], capture_output=True, text=True, check=False)
    return ["hunspell", "-d", "id_ID", "-i", "utf-8", "-l"], version.stdout.splitlines()[0] if version.stdout else ""


# ---------------------------------------------------------------- the texts


def write_clean_story(path: Path) -> list[str]:
    """The clean ~5 KB story (the first ~5 KB of the evaluation sentences) at ``path``; returns all their lines."""
    if not EVAL_TEXT.is_file():
        raise FileNotFoundError(f"evaluation text not found at {EVAL_TEXT}")
    lines = EVAL_TEXT.read_text(encoding="utf-8").splitlines(keepends=True)
    story: list[str] = []
    size = 0
    for line in lines:
        story.append(line)
        size += len(line.encode())
        if size >= 5000:
            break
    path.write_text("".join(story), encoding="utf-8")
    return lines


def make_texts(work: Path, megabytes: float) -> dict:
    """Clean story, corpus as ~5 KB files and as one file, in ``work``."""
    clean = work / "clean-story.txt"
    lines = write_clean_story(clean)

    target = int(megabytes * 1_000_000)
    many = work / "many"
    many.mkdir()
    files: list[Path] = []
    chunk: list[str] = []
    chunk_size = total = 0
    words = 0
    with open(work / "big.txt", "w", encoding="utf-8") as big:
        while total < target:
            for line in lines:
                big.write(line)
                chunk.append(line)
                n = len(line.encode())
                chunk_size += n
                total += n
                words += len(WORD_RE.findall(line))
                if chunk_size >= 5000:
                    path = many / f"{len(files):05d}.txt"
                    path.write_text("".join(chunk), encoding="utf-8")
                    files.append(path)
                    chunk, chunk_size = [], 0
                if total >= target:
                    break
        if chunk:
            path = many / f"{len(files):05d}.txt"
            path.write_text("".join(chunk), encoding="utf-8")
            files.append(path)
    return {
        "clean": clean,
        "clean_words": len(WORD_RE.findall(clean.read_text(encoding="utf-8"))),
        "typo": TYPO_STORY,
        "typo_words": len(WORD_RE.findall(TYPO_STORY.read_text(encoding="utf-8"))),
        "files": files,
        "big": work / "big.txt",
        "bytes": total,
        "words": words,
    }


# ---------------------------------------------------------------- main benchmark


def machine() -> dict:
    return {
        "date": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
    }


def benchmark(args: argparse.Namespace) -> int:
    info = machine()
    reproduce = (f"{sys.executable} benchmarks/speed.py --runs {args.runs} --mb {args.mb}"
                 f" --throughput-runs {args.throughput_runs}")
    result: dict = {"machine": info, "reproduce": reproduce, "measures": {}, "targets": {}, "problems": []}
    work = Path(tempfile.mkdtemp(prefix="ejaan-speed-"))
    try:
        return _benchmark(args, work, result)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _benchmark(args: argparse.Namespace, work: Path, result: dict) -> int:
    problems: list[str] = result["problems"]
    measures: dict[str, dict] = result["measures"]
    log(f"working in {work}")
    try:
        texts = make_texts(work, args.mb)
    except FileNotFoundError as exc:
        print(f"FAILED: {exc} (it is the shared evaluation text, <repo>/../shared/eval; "
              "the benchmark reads it in place and cannot run without it)")
        return 2
    result["corpus"] = {"bytes": texts["bytes"], "words": texts["words"], "files": len(texts["files"]),
                        "clean_story_words": texts["clean_words"], "typo_story_words": texts["typo_words"]}
    log(f"corpus: {texts['bytes'] / 1e6:.1f} MB, {texts['words']} words, {len(texts['files'])} files; "
        f"clean story {texts['clean'].stat().st_size} bytes")

    hunspell, hun_info = find_hunspell(install=not args.no_install)
    result["hunspell"] = hun_info
    if hunspell is None:
        problems.append(hun_info)
        log(hun_info)

    ejaan = ejaan_command()
    result["ejaan_command"] = " ".join(ejaan)
    result["editable"] = editable_install()
    warm_cache = work / "cache-warm"
    env = ejaan_env(warm_cache)
    ejaan_ok = True
    # Smoke test (and warm-up: writes bytecode and the suggestion cache).
    started = time.perf_counter()
    smoke = subprocess.run(ejaan + ["check", str(texts["typo"])], env=env, capture_output=True,
                           text=True, errors="replace", stdin=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    crashed = "Traceback (most recent call last)" in smoke.stderr
    if smoke.returncode not in (0, 1) or crashed:
        ejaan_ok = False
        problem = (f"FAILED: `{' '.join(ejaan)} check {texts['typo'].name}` "
                   f"{'crashed' if crashed else 'failed'} (exit {smoke.returncode})"
                   + (":\n    " + "\n    ".join(smoke.stderr.strip().splitlines()[-8:])
                      if smoke.stderr.strip() else ""))
        problems.append(problem)
        log(problem)
    else:
        findings = len([l for l in smoke.stdout.splitlines() if l.strip()])
        result["typo_story_findings"] = findings
        log(f"warm-up: {' '.join(ejaan)} check {texts['typo'].name}: exit {smoke.returncode}, "
            f"{findings} lines of findings, {wall:.2f} s (cold cache)")
        if smoke.returncode == 0:
            problems.append("the typo story produced no findings (exit 0)")
        run_process(ejaan + ["check", str(texts["clean"])], env)

    def add(m: Measure) -> Measure:
        measures[f"{m.name}/{m.tool}"] = m.as_dict()
        if m.error:
            problems.append(f"{m.name} [{m.tool}] failed: {m.error}")
        return m

    n = args.runs
    hun_runs = {}
    ej_runs = {}
    log("cold start (interleaved rounds):")
    specs, homes = [], []  # what to run, and where each result goes
    if hunspell:
        specs += [("clean_story", "hunspell", hunspell + [str(texts["clean"])], None, texts["clean_words"]),
                  ("typo_story", "hunspell", hunspell + [str(texts["typo"])], None, texts["typo_words"])]
        homes += [(hun_runs, "clean"), (hun_runs, "typo")]
    if ejaan_ok:
        specs += [("clean_story", "ejaan", ejaan + ["check", str(texts["clean"])], env, texts["clean_words"]),
                  ("typo_story_warm_cache", "ejaan", ejaan + ["check", str(texts["typo"])], env,
                   texts["typo_words"])]
        homes += [(ej_runs, "clean"), (ej_runs, "typo_warm")]
    # The floor every click command pays: the interpreter starting and importing click.
    floor: dict[str, Measure] = {}
    specs.append(("import_click", "python", [sys.executable, "-c", "import click"], None, 0))
    homes.append((floor, "import_click"))
    for m, (table, key) in zip(measure_together(specs, n), homes):
        table[key] = add(m)
    result["floor_s"] = floor["import_click"].median
    if ejaan_ok:
        cold_dirs = iter(range(10**6))

        def cold_env() -> dict[str, str]:
            return ejaan_env(work / f"cache-cold-{next(cold_dirs)}")

        ej_runs["typo_cold"] = add(measure("typo_story_cold_cache", "ejaan",
                                           ejaan + ["check", str(texts["typo"])], n,
                                           fresh_env=cold_env, words=texts["typo_words"]))

    log("throughput:")
    files = [str(f) for f in texts["files"]]
    t = args.throughput_runs
    if hunspell:
        hun_runs["many"] = add(measure("files_5kb", "hunspell", hunspell + files, t, words=texts["words"]))
        hun_runs["big"] = add(measure("one_big_file", "hunspell", hunspell + [str(texts["big"])], t,
                                      words=texts["words"]))
    if ejaan_ok:
        ej_runs["many"] = add(measure("files_5kb", "ejaan", ejaan + ["check", "--quiet"] + files, t, env,
                                      words=texts["words"]))
        ej_runs["many_j2"] = add(measure("files_5kb_jobs2", "ejaan",
                                         ejaan + ["check", "--quiet", "--jobs", "2"] + files, t, env,
                                         words=texts["words"]))
        ej_runs["big"] = add(measure("one_big_file", "ejaan", ejaan + ["check", "--quiet", str(texts["big"])],
                                     t, env, words=texts["words"]))

    # -- targets
    targets = result["targets"]

    def target(name: str, value: float | None, limit: float, higher_is_better: bool = False,
               note: str = "") -> None:
        if value is None:
            targets[name] = {"value": None, "limit": limit, "pass": None, "note": note or "not measured"}
        else:
            ok = value >= limit if higher_is_better else value <= limit
            targets[name] = {"value": value, "limit": limit, "pass": ok, "note": note}

    def med(key: str) -> float | None:
        m = ej_runs.get(key)
        return m.median if m and not m.error else None

    target("clean_cold_start_s", med("clean"), TARGETS["clean_cold_start_s"])
    target("typo_warm_cache_s", med("typo_warm"), TARGETS["typo_warm_cache_s"])
    target("typo_cold_cache_s", med("typo_cold"), TARGETS["typo_cold_cache_s"])
    ratios = {}
    for key, hkey in (("many", "many"), ("many_j2", "many"), ("big", "big")):
        e, h = ej_runs.get(key), hun_runs.get(hkey)
        if e and h and e.words_per_s and h.words_per_s:
            ratios[key] = e.words_per_s / h.words_per_s
    result["throughput_ratios"] = ratios
    target("throughput_ratio", ratios.get("many"), TARGETS["throughput_ratio"], True,
           "ejaan single process vs hunspell, ~5 KB files")
    target("throughput_ratio_jobs2", ratios.get("many_j2"), TARGETS["throughput_ratio"], True,
           "ejaan --jobs 2 vs hunspell, ~5 KB files")
    rss = [m.rss_mb for m in ej_runs.values() if m.rss_mb is not None and not m.error]
    target("peak_rss_mb", max(rss) if rss else None, TARGETS["peak_rss_mb"],
           note="largest peak RSS of any single ejaan process above")

    if args.json:
        print(json.dumps(result, indent=2, default=str))
    else:
        print_report(result, ej_runs, hun_runs)
    return 0 if ejaan_ok else 2


def print_report(result: dict, ej: dict[str, Measure], hun: dict[str, Measure]) -> None:
    info = result["machine"]
    print(f"ejaan speed benchmark — {info['date']}")
    print(f"machine: {info['nproc']} CPUs, {info['implementation']} {info['python']}, {info['platform']}")
    print(f"ejaan: {result.get('ejaan_command')}   hunspell: {result.get('hunspell') or 'missing'}")
    if result.get("editable"):
        print("note: ejaan is an editable install here; its import hook adds ~10 ms to every start "
              "(`pip install .` gives what users run)")
    c = result["corpus"]
    print(f"corpus: {c['bytes'] / 1e6:.1f} MB, {c['words']} words, {c['files']} files of ~5 KB; "
          f"clean story {c['clean_story_words']} words; typo story {c['typo_story_words']} words")
    print()
    rows = [
        ("cold start, clean 5 KB story", "clean", "clean"),
        ("cold start, typo story, warm cache", "typo_warm", "typo"),
        ("cold start, typo story, cold cache", "typo_cold", "typo"),
        ("throughput, ~5 KB files", "many", "many"),
        ("throughput, ~5 KB files, --jobs 2", "many_j2", "many"),
        ("throughput, one big file", "big", "big"),
    ]
    print(f"{'':38} {'ejaan':>22} {'hunspell':>22} {'ratio':>7}")

    def cell(m: Measure | None, throughput: bool) -> str:
        if m is None:
            return "not run"
        if m.error:
            return "FAILED"
        rss = f"{m.rss_mb:.0f} MB" if m.rss_mb is not None else "?"
        if throughput:
            return f"{m.words_per_s:,.0f} w/s {rss}"
        return f"{m.median:.3f} s {rss}"

    for label, ekey, hkey in rows:
        throughput = ekey in ("many", "many_j2", "big")
        e, h = ej.get(ekey), hun.get(hkey)
        ratio = ""
        if e and h and not e.error and not h.error and e.median and h.median:
            ratio = (f"{e.words_per_s / h.words_per_s:.2f}x" if throughput
                     else f"{e.median / h.median:.1f}x")
        print(f"{label:38} {cell(e, throughput):>22} {cell(h, throughput):>22} {ratio:>7}")
    print("(times: median wall time of whole processes, start-ups in interleaved rounds; ratio: ejaan/hunspell "
          "time for starts, ejaan/hunspell words per second for throughput)")
    if result.get("floor_s"):
        print(f"floor in the same rounds: `python -c 'import click'` {result['floor_s']:.3f} s "
              "(what any click command pays before its own work)")
    print()
    print("targets:")
    for name, t in result["targets"].items():
        verdict = "n/a " if t["pass"] is None else ("PASS" if t["pass"] else "FAIL")
        value = "—" if t["value"] is None else f"{t['value']:.3f}"
        op = ">=" if name.startswith("throughput") else "<="
        print(f"  {verdict} {name}: {value} (target {op} {t['limit']}) {t['note']}")
    if result["problems"]:
        print()
        print("problems:")
        for p in result["problems"]:
            print("  - " + p)
    print()
    print(f"reproduce: {result['reproduce']}")


# ---------------------------------------------------------------- suggestion levers


def simulated_dictionary(path: Path, size: int = 150_000) -> None:
    """wordfreq's Indonesian list (~31k words) plus affixed forms, ``size`` words."""
    try:
        import wordfreq
    except ImportError as exc:  # pragma: no cover
        raise SystemExit("--suggest-levers needs wordfreq for its simulated dictionary "
                         "(or pass --dictionary FILE ...)") from exc
    base = [w for w in wordfreq.top_n_list("id", 10**6) if re.fullmatch(r"[a-z]+", w) and len(w) > 1]
    counts = {w: max(1, int(wordfreq.word_frequency(w, "id") * 1e9)) for w in base}
    forms = []
    for w in base:
        if len(w) < 3:
            continue
        c = max(1, counts[w] // 10)
        for f in ("di" + w, "ber" + w, "ter" + w, w + "nya", w + "kan", "me" + w + "kan", "di" + w + "kan"):
            forms.append((f, c))
    random.Random(1).shuffle(forms)
    for f, c in forms:
        if len(counts) >= size:
            break
        counts.setdefault(f, c)
    with open(path, "w", encoding="utf-8") as fh:
        for w, c in sorted(counts.items(), key=lambda x: -x[1]):
            fh.write(f"{w} {c}\n")


def typo_words(dictionaries: list[Path], n: int = 50) -> list[str]:
    """``n`` misspellings (one or two edits) of common dictionary words."""
    rnd = random.Random(6)
    words = []
    with open(dictionaries[0], encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts and len(parts[0]) >= 4 and parts[0].isalpha():
                words.append(parts[0].lower())
            if len(words) >= 20000:
                break
    out = []
    letters = "abcdefghijklmnopqrstuvwxyz"
    for _ in range(n):
        w = rnd.choice(words)
        for _ in range(rnd.choice((1, 1, 2))):
            i = rnd.randrange(len(w))
            op = rnd.randrange(4)
            if op == 0:
                w = w[:i] + w[i + 1:]
            elif op == 1:
                w = w[:i] + rnd.choice(letters) + w[i:]
            elif op == 2:
                w = w[:i] + rnd.choice(letters) + w[i + 1:]
            elif i < len(w) - 1:
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        out.append(w)
    return out


def lever_child(argv: list[str]) -> None:
    """One lever measurement in a fresh process; prints one JSON line."""
    kind, prefix, out, words_file, *dicts = argv
    p = int(prefix)
    queries = Path(words_file).read_text(encoding="utf-8").split()
    res: dict = {}

    def clock() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def since(start: tuple[float, float], name: str, per: int = 0) -> None:
        wall, cpu = time.perf_counter() - start[0], time.process_time() - start[1]
        if per:
            res[name + "_ms"], res[name + "_cpu_ms"] = wall / per * 1000, cpu / per * 1000
        else:
            res[name + "_s"], res[name + "_cpu_s"] = wall, cpu

    t0 = clock()
    if kind == "ejaan":
        sys.path.insert(0, str(REPO))
        from normalizer.suggest import Suggester

        Suggester.prefix_length = p
        s = Suggester([Path(d) for d in dicts])
        s.prepare()
        since(t0, "open")
        res["source"] = s.source
        if s.cache_path and s.cache_path.exists():
            res["size_mb"] = s.cache_path.stat().st_size / 1e6
        t1 = clock()
        n = sum(len(s.lookup(q)) for q in queries)
    else:
        import marshal

        from symspellpy import SymSpell, Verbosity

        sym = SymSpell(2, p)
        fmt = kind.split(":", 1)[1] if ":" in kind else ""
        if kind.startswith("save") or kind == "build":
            for d in dicts:
                sym.load_dictionary(d, 0, 1, encoding="utf-8")
            since(t0, "build")
            res["delete_keys"] = len(sym._deletes)
            if kind == "build":
                print(json.dumps(res))
                return
            t1 = clock()
            if fmt == "pickle-gz":
                sym.save_pickle(Path(out), compressed=True)
            elif fmt == "pickle":
                sym.save_pickle(Path(out), compressed=False)
            else:
                deletes = dict(sym._deletes)
                if fmt.startswith("marshal-joined"):
                    deletes = {k: "\t".join(v) for k, v in deletes.items()}
                data = marshal.dumps((deletes, sym._words, sym._max_length))
                if fmt.endswith("-zlib"):
                    import zlib
                    data = zlib.compress(data, 1)
                Path(out).write_bytes(data)
            since(t1, "save")
            res["size_mb"] = Path(out).stat().st_size / 1e6
            print(json.dumps(res))
            return
        # load:FMT
        if fmt == "pickle-gz":
            sym.load_pickle(Path(out), compressed=True)
        elif fmt == "pickle":
            sym.load_pickle(Path(out), compressed=False)
        else:
            data = Path(out).read_bytes()
            if fmt.endswith("-zlib"):
                import zlib
                data = zlib.decompress(data)
            deletes, words, max_length = marshal.loads(data)
            if fmt.startswith("marshal-joined"):
                class Joined(dict):
                    def __getitem__(self, key):
                        return dict.__getitem__(self, key).split("\t")

                deletes = Joined(deletes)
            sym._deletes, sym._words, sym._max_length = deletes, words, max_length
        since(t0, "open")
        t1 = clock()
        n = sum(len(sym.lookup(q, Verbosity.ALL, 2)) for q in queries)
    since(t1, "lookup", per=len(queries))
    res["candidates"] = n
    print(json.dumps(res))


def levers(args: argparse.Namespace) -> int:
    work = Path(tempfile.mkdtemp(prefix="ejaan-levers-"))
    try:
        if args.dictionary:
            dicts = [Path(d).resolve() for d in args.dictionary]
        else:
            dicts = [work / "simulated-words.txt"]
            log("making the simulated dictionary from wordfreq ...")
            simulated_dictionary(dicts[0])
        n_words = sum(1 for d in dicts for line in open(d, encoding="utf-8") if line.split())
        queries = typo_words(dicts)
        words_file = work / "queries.txt"
        words_file.write_text("\n".join(queries), encoding="utf-8")
        me = [sys.executable, str(Path(__file__).resolve()), "--lever-child"]
        env = dict(os.environ)
        env["PYTHONPATH"] = str(REPO)
        rows = []

        def child(kind: str, p: int, out: Path, extra_env: dict | None = None) -> dict:
            proc_env = {**env, **(extra_env or {})}
            with tempfile.TemporaryFile() as so:
                started = time.perf_counter()
                proc = subprocess.Popen(me + [kind, str(p), str(out), str(words_file)] + [str(d) for d in dicts],
                                        stdout=so, stderr=subprocess.PIPE, env=proc_env)
                _, status, usage = os.wait4(proc.pid, 0)
                wall = time.perf_counter() - started
                proc.returncode = os.waitstatus_to_exitcode(status)
                so.seek(0)
                text = so.read().decode()
                err = proc.stderr.read().decode() if proc.stderr else ""
                if proc.stderr:
                    proc.stderr.close()
            if proc.returncode != 0:
                raise SystemExit(f"lever child {kind} failed: {err[-2000:]}")
            res = json.loads(text.strip().splitlines()[-1])
            res["process_s"] = wall
            res["rss_mb"] = _rss_mb(usage.ru_maxrss)
            return res

        log(f"dictionary: {', '.join(map(str, dicts))} ({n_words} entries); {len(queries)} lookups")
        def med(runs: list[dict], key: str) -> float:
            return statistics.median(r[key] for r in runs)

        for p in args.prefixes:
            for fmt in args.formats:
                out = work / f"p{p}.{fmt}"
                saved = child(f"save:{fmt}", p, out)
                loaded = [child(f"load:{fmt}", p, out) for _ in range(args.runs)]
                rows.append({"lever": f"symspellpy p={p} {fmt}",
                             "build_s": saved["build_s"], "build_cpu_s": saved["build_cpu_s"],
                             "save_s": saved["save_s"], "save_cpu_s": saved["save_cpu_s"],
                             "build_rss_mb": saved["rss_mb"], "size_mb": saved["size_mb"],
                             "open_s": med(loaded, "open_s"), "open_cpu_s": med(loaded, "open_cpu_s"),
                             "open_rss_mb": min(r["rss_mb"] for r in loaded),
                             "lookup_ms": med(loaded, "lookup_ms"), "lookup_cpu_ms": med(loaded, "lookup_cpu_ms"),
                             "candidates": loaded[0]["candidates"], "delete_keys": saved["delete_keys"]})
                log(json.dumps(rows[-1]))
            cache = work / f"cache-p{p}"
            colds = []
            for i in range(args.runs):
                colds.append(child("ejaan", p, Path("-"), {"EJAAN_CACHE_DIR": str(cache) + f"-cold{i}"}))
            child("ejaan", p, Path("-"), {"EJAAN_CACHE_DIR": str(cache)})
            warm = [child("ejaan", p, Path("-"), {"EJAAN_CACHE_DIR": str(cache)}) for _ in range(args.runs)]
            rows.append({"lever": f"ejaan mmap index p={p}",
                         "build_s": med(colds, "open_s"), "build_cpu_s": med(colds, "open_cpu_s"),
                         "save_s": None, "save_cpu_s": None,
                         "build_rss_mb": max(r["rss_mb"] for r in colds), "size_mb": colds[0].get("size_mb"),
                         "open_s": med(warm, "open_s"), "open_cpu_s": med(warm, "open_cpu_s"),
                         "open_rss_mb": min(r["rss_mb"] for r in warm),
                         "lookup_ms": med(warm, "lookup_ms"), "lookup_cpu_ms": med(warm, "lookup_cpu_ms"),
                         "candidates": warm[0]["candidates"], "delete_keys": None,
                         "cold_process_s": med(colds, "process_s"), "warm_process_s": med(warm, "process_s")})
            log(json.dumps(rows[-1]))
        info = machine()
        if args.json:
            print(json.dumps({"machine": info, "dictionary_entries": n_words, "levers": rows}, indent=2))
            return 0
        print(f"suggestion index levers — {info['date']}, {info['nproc']} CPUs, Python {info['python']}, "
              f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        print(f"dictionary: {n_words} entries; {len(queries)} lookups of misspelt words (Verbosity.ALL, distance 2)")
        print(f"{'lever':34} {'build s':>11} {'save s':>11} {'build MB':>8} {'file MB':>7} {'open s':>11} "
              f"{'open MB':>7} {'ms/lookup':>11} {'cands':>6}")

        def f(r: dict, key: str, spec: str) -> str:
            v = r.get(key)
            return "—" if v is None else format(v, spec)

        def wc(r: dict, key: str, unit: str, spec: str) -> str:
            if r.get(key + unit) is None:
                return "—"
            return f"{r[key + unit]:{spec}}/{r[key + '_cpu' + unit]:{spec}}"

        for r in rows:
            print(f"{r['lever']:34} {wc(r, 'build', '_s', '.2f'):>11} {wc(r, 'save', '_s', '.2f'):>11} "
                  f"{f(r, 'build_rss_mb', '8.0f')} {f(r, 'size_mb', '7.1f')} {wc(r, 'open', '_s', '.3f'):>11} "
                  f"{f(r, 'open_rss_mb', '7.0f')} {wc(r, 'lookup', '_ms', '.2f'):>11} {r['candidates']:>6}")
        print("times are wall/CPU (medians of --runs; CPU time is the steadier figure on a busy machine).")
        print("build s: building the index (for ejaan: the whole first lookup, build and cache write);"
              " open s: import + load/open in a fresh process (median);")
        print("MB: peak RSS of that process; same 'cands' = same suggestions found.")
        print(f"reproduce: {sys.executable} benchmarks/speed.py --suggest-levers"
              + (" --dictionary " + " ".join(args.dictionary) if args.dictionary else ""))
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--lever-child"]:
        lever_child(argv[1:])
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=11, help="rounds of start-up measurements (median)")
    ap.add_argument("--mb", type=float, default=10.0, help="megabytes of copy for throughput")
    ap.add_argument("--throughput-runs", type=int, default=1, help="runs per throughput measurement")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--no-install", action="store_true", help="do not try to apt-get install hunspell")
    ap.add_argument("--suggest-levers", action="store_true",
                    help="measure the suggestion index's build/load levers instead")
    ap.add_argument("--dictionary", nargs="+", help="dictionary files for --suggest-levers")
    ap.add_argument("--prefixes", nargs="+", type=int, default=[5, 6, 7],
                    help="prefix lengths for --suggest-levers")
    ap.add_argument("--formats", nargs="*",
                    default=["pickle-gz", "pickle", "marshal-lists", "marshal-joined", "marshal-joined-zlib"],
                    help="symspellpy persistence formats for --suggest-levers")
    args = ap.parse_args(argv)
    if args.suggest_levers:
        return levers(args)
    return benchmark(args)


if __name__ == "__main__":
    raise SystemExit(main())
