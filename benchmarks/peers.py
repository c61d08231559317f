"""The systems under test behind one small interface, so the runner treats them alike.

Each has ``name``, ``version``, ``fix(text) -> str``, ``flags(text) -> int``,
``available() -> bool`` and ``why_missing``. Loading (dictionaries, processes)
happens in ``available()`` so that timing ``fix`` measures correction only.
"""
from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from typing import Any, Protocol

from benchmarks.typogen import wordfreq_words


class System(Protocol):
    name: str
    version: str
    why_missing: str

    def available(self) -> bool: ...
    def fix(self, text: str) -> str: ...
    def flags(self, text: str) -> int: ...
    def flagged(self, text: str) -> list[tuple[int, int]]: ...


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


# --------------------------------------------------------------------- ejaan
class Ejaan:
    """ejaan through its library API; ``style=False`` measures the typo layer alone."""

    def __init__(self, style: bool = True) -> None:
        self.style = style
        self.name = "ejaan" if style else "ejaan-nostyle"
        self.version = ""
        self.why_missing = ""
        self.last_edits: list[Any] = []
        self._n: Any = None

    def available(self) -> bool:
        if self._n is not None:
            return True
        try:
            from normalizer import Normalizer

        except Exception as e:  # the API is being written by someone else
            self.why_missing = f"ejaan: not importable ({type(e).__name__}: {e})"
            return False
        try:  # a smoke test, so a half-built pipeline is reported rather than crashing the run
            n = Normalizer() if self.style else Normalizer(style=False)
            n.is_valid("dengan"), n.fix("Dia datang deengan cepat."), n.check("Dia datang.")
        except Exception as e:
            self.why_missing = f"{self.name}: not usable ({type(e).__name__}: {e})"
            return False
        self._n = n
        self.version = _ejaan_version()
        return True

    def is_valid(self, word: str) -> bool:
        return bool(self._n.is_valid(word))

    def fix(self, text: str) -> str:
        fixed, self.last_edits = self._n.fix(text)
        return fixed

    def flags(self, text: str) -> int:
        """Typo findings (fixed or flagged): the typo layer's alarms, comparable with the peers'."""
        return len(self.flagged(text))

    def flagged(self, text: str) -> list[tuple[int, int]]:
        """Where the typo findings of ``flags`` are, as (start, end) in ``text``."""
        return [(f.start, f.end) for f in self._n.check(text) if getattr(f, "kind", "typo") == "typo"]

    def findings(self, text: str) -> int:
        """Every finding, style included: what a reporter sees (issue 2)."""
        return len(self._n.check(text))

    def style_changes(self) -> int:
        """Edits of the last ``fix`` made by the style layer (issue 4 wants < 2 per 1000 words)."""
        return len(self.style_originals())

    def style_originals(self) -> list[str]:
        """The text each style edit of the last ``fix`` replaced."""
        return [e.old for e in self.last_edits if getattr(getattr(e, "finding", None), "kind", "") == "style"]


def _ejaan_version() -> str:
    try:
        v = importlib.metadata.version("ejaan")
    except importlib.metadata.PackageNotFoundError:
        v = "0.1.0 (not installed)"
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    git = _run(["git", "-C", here, "describe", "--always", "--dirty"]) if shutil.which("git") else None
    return f"{v} git {git.stdout.strip()}" if git and git.returncode == 0 else v


# ------------------------------------------------------------------ hunspell
def hunspell_rejects(words: set[str], dictionary: str = "id_ID") -> set[str] | None:
    """The words Hunspell's ``dictionary`` rejects (``hunspell -l``), or None without Hunspell.

    Used as an independent judge of "already standard": Debian's id_ID follows
    KBBI and rejects dimana, ibukota, propinsi.
    """
    if not shutil.which("hunspell"):
        return None
    proc = subprocess.run(["hunspell", "-d", dictionary, "-l", "-i", "utf-8"], input="\n".join(sorted(words)) + "\n",
                          capture_output=True, text=True, encoding="utf-8", check=False)
    if proc.returncode != 0:
        return None
    return set(proc.stdout.split())


def parse_reply(line: str) -> tuple[str, int, list[str]] | None:
    """A misspelling from one ispell pipe reply, as (word, 0-based offset, suggestions).

    ``& word n off: s1, s2`` (with suggestions) and ``# word off`` (none) are
    misspellings; ``*``, ``+ root`` and ``-`` mean accepted and give None.
    Offsets count the ``^`` we prefix to each line, hence the ``- 1``.
    """
    if line.startswith("& "):
        head, _, tail = line.partition(": ")
        _, word, _, off = head.split(" ")
        return word, int(off) - 1, [s for s in tail.split(", ") if s]
    if line.startswith("# "):
        _, word, off = line.split(" ")
        return word, int(off) - 1, []
    return None


def has_letter(word: str) -> bool:
    """Hunspell's id_ID treats ``-`` as a word character and "corrects" a lone ``--``;
    LibreOffice's word breaker never shows it such tokens, so neither do we."""
    return any(c.isalpha() for c in word)


def word_offset(line: str, word: str, off: int) -> int:
    """Where a reply's ``word`` stands in ``line``: at ``off``, or (offsets in bytes on some builds) found; -1 if not there."""
    return off if line[off:off + len(word)] == word else line.find(word)


def apply_replies(line: str, misses: list[tuple[str, int, list[str]]]) -> str:
    """Replace each flagged word by its first suggestion, right to left so offsets hold."""
    for word, off, sugg in sorted(misses, key=lambda m: -m[1]):
        if not sugg or not has_letter(word):
            continue
        off = word_offset(line, word, off)
        if off < 0:
            continue
        line = line[:off] + sugg[0] + line[off + len(word):]
    return line


class Hunspell:
    """Hunspell with Debian's id_ID dictionary, first suggestion taken: what LibreOffice gives."""

    name = "hunspell"

    def __init__(self, dictionary: str = "id_ID", install: bool = True) -> None:
        self.dictionary = dictionary
        self.install = install
        self.version = ""
        self.why_missing = ""
        self._proc: subprocess.Popen[str] | None = None

    def _found(self) -> bool:
        if not shutil.which("hunspell"):
            return False
        listing = _run(["hunspell", "-D"])
        return any(l.strip().endswith("/" + self.dictionary) for l in (listing.stdout + listing.stderr).splitlines())

    def _apt_install(self) -> None:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        cmd = ["apt-get", "install", "-y", "hunspell", "hunspell-id"]
        if subprocess.run(cmd, env=env, capture_output=True, check=False).returncode != 0:
            subprocess.run(["apt-get", "update"], env=env, capture_output=True, check=False)
            subprocess.run(cmd, env=env, capture_output=True, check=False)

    def available(self) -> bool:
        if self._proc is not None:
            return True
        if not self._found() and self.install and hasattr(os, "geteuid") and os.geteuid() == 0 \
                and shutil.which("apt-get"):
            print("hunspell or hunspell-id missing: running apt-get install -y hunspell hunspell-id",
                  file=sys.stderr)
            self._apt_install()
        if not self._found():
            self.why_missing = (f"hunspell: missing (need the `hunspell` program and the {self.dictionary} "
                                "dictionary: apt-get install hunspell hunspell-id)")
            return False
        self._proc = subprocess.Popen(["hunspell", "-d", self.dictionary, "-a", "-i", "utf-8"],
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                      stderr=subprocess.DEVNULL,  # iconv noise on non-Latin-1 words
                                      encoding="utf-8", bufsize=1)
        assert self._proc.stdout is not None
        banner = self._proc.stdout.readline()
        prog = banner.split("(but really ")[-1].rstrip(")\n") if "really" in banner else banner.strip()
        dic = _run(["dpkg-query", "-W", "-f=${Version}", "hunspell-id"]) if shutil.which("dpkg-query") else None
        self.version = prog + (f", hunspell-id {dic.stdout}" if dic and dic.returncode == 0 else "")
        return True

    def check_line(self, line: str) -> list[tuple[str, int, list[str]]]:
        """Misspellings in one line, from the long-running pipe process."""
        assert self._proc and self._proc.stdin and self._proc.stdout
        self._proc.stdin.write("^" + line.replace("\r", " ") + "\n")
        self._proc.stdin.flush()
        misses = []
        while (reply := self._proc.stdout.readline().rstrip("\n")) != "":
            if (m := parse_reply(reply)) is not None and has_letter(m[0]):
                misses.append(m)
        return misses

    def fix(self, text: str) -> str:
        return "\n".join(apply_replies(l, self.check_line(l)) for l in text.split("\n"))

    def flags(self, text: str) -> int:
        return sum(len(self.check_line(l)) for l in text.split("\n"))

    def flagged(self, text: str) -> list[tuple[int, int]]:
        spans, at = [], 0
        for line in text.split("\n"):
            for word, off, _sugg in self.check_line(line):
                off = word_offset(line, word, off)
                if off >= 0:
                    spans.append((at + off, at + off + len(word)))
            at += len(line) + 1
        return spans

    def close(self) -> None:
        if self._proc:
            self._proc.communicate()
            self._proc = None


# ------------------------------------------------------------------- symspell
WORD_RE = re.compile(r"[^\W\d_]+")


def keep_case(original: str, new: str) -> str:
    """Give ``new`` the case pattern of ``original`` (ALL CAPS, Capitalised or lower)."""
    if len(original) > 1 and original.isupper():
        return new.upper()
    if original[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


class PlainSymSpell:
    """symspellpy over wordfreq's Indonesian list, word by word: what a quick script gets."""

    name = "symspell"

    def __init__(self, install: bool = True) -> None:
        self.install = install
        self.version = ""
        self.why_missing = ""
        self._sym: Any = None
        self._words: frozenset[str] = frozenset()
        self._cache: dict[str, str] = {}

    def available(self) -> bool:
        if self._sym is not None:
            return True
        for mod in ("wordfreq", "symspellpy"):
            try:
                __import__(mod)
            except ImportError:
                if self.install:
                    print(f"{mod} missing: pip installing it", file=sys.stderr)
                    _run([sys.executable, "-m", "pip", "install", "-q", mod])
        try:
            from symspellpy import SymSpell
            from wordfreq import top_n_list, word_frequency
        except ImportError as e:
            self.why_missing = f"symspell: missing ({e}; pip install symspellpy wordfreq)"
            return False
        wordfreq_words.cache_clear()  # in case wordfreq was just installed
        self._sym = SymSpell(max_dictionary_edit_distance=2, prefix_length=7)
        words = top_n_list("id", 10**6)
        for w in words:
            self._sym.create_dictionary_entry(w, max(1, round(word_frequency(w, "id") * 1e9)))
        self._words = frozenset(words)
        self.version = (f"symspellpy {importlib.metadata.version('symspellpy')}, wordfreq "
                        f"{importlib.metadata.version('wordfreq')} ({len(words)} id words)")
        return True

    def _best(self, lower: str) -> str:
        if lower not in self._cache:
            from symspellpy import Verbosity

            hits = self._sym.lookup(lower, Verbosity.TOP, max_edit_distance=2)
            self._cache[lower] = hits[0].term if hits else lower
        return self._cache[lower]

    def fix(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            w = m.group()
            return w if w.lower() in self._words else keep_case(w, self._best(w.lower()))
        return WORD_RE.sub(one, text)

    def flags(self, text: str) -> int:
        return len(self.flagged(text))

    def flagged(self, text: str) -> list[tuple[int, int]]:
        return [m.span() for m in WORD_RE.finditer(text) if m.group().lower() not in self._words]
