"""The shipped word lists, loaded once and asked cheap questions.

Loading is deferred to first use so that ``import normalizer`` and
``ejaan --help`` cost nothing, and it is split by need: telling a correct
word needs only sets (forms, roots, names) and the morphology; the English
list is read only when a word needs suggestions, and the candidates' counts
come with them from the symspellpy index (see ``suggest``).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from . import morphology
from .resources import data_path


def _read_counts(path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, _, count = line.rstrip("\n").partition(" ")
            if word:
                counts[word] = int(count or 1)
    return counts


def _read_words(path: Path) -> frozenset[str]:
    """The words of a ``word count`` file, as a set, fast.

    Splitting the whole file on white space yields the counts too; they are
    digit strings, which the tokenizer never passes as words, so they cost a
    little memory and never answer a lookup.
    """
    return frozenset(path.read_text(encoding="utf-8").split())


class Lexicon:
    """Indonesian forms, roots, names and English words, with validity checks."""

    def __init__(self, accept: Iterable[str] = ()) -> None:
        self.accept = frozenset(w.casefold() for w in accept)
        self._analyses: dict[str, morphology.Parse | None] = {}

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every listed Indonesian form (membership only)."""
        return _read_words(data_path("words.txt"))

    @cached_property
    def roots(self) -> frozenset[str]:
        """Roots that some corpus attests."""
        return frozenset(data_path("roots.txt").read_text(encoding="utf-8").split())

    @cached_property
    def rare_roots(self) -> frozenset[str]:
        """KBBI/Hunspell roots that no corpus attests."""
        return frozenset(data_path("rare_roots.txt").read_text(encoding="utf-8").split())

    @cached_property
    def names(self) -> dict[str, int]:
        """Lower-cased name -> weight (see dictionaries/README.md)."""
        return {name.lower(): n for name, n in self.name_forms.items()}

    @cached_property
    def name_forms(self) -> dict[str, int]:
        return _read_counts(data_path("names.txt"))

    @cached_property
    def name_spelling(self) -> dict[str, str]:
        """Lower-cased name -> its usual spelling (``moskow`` -> ``Moskow``)."""
        return {name.lower(): name for name in reversed(list(self.name_forms))}

    @cached_property
    def english(self) -> dict[str, int]:
        """English word -> Zipf frequency x 100."""
        return _read_counts(data_path("english.txt"))

    @cached_property
    def english_words(self) -> frozenset[str]:
        """The English words (membership only: a split, not a parse)."""
        return _read_words(data_path("english.txt"))

    def is_root(self, word: str) -> bool:
        return word in self.roots or word in self.rare_roots

    def is_form(self, word: str) -> bool:
        """Listed as an Indonesian form (or accepted by the user)."""
        return word in self.forms or word in self.accept

    def analyse(self, word: str) -> morphology.Parse | None:
        """A morphological parse to a known root, memoised per word."""
        cache = self._analyses
        if word not in cache:
            cache[word] = morphology.analyse(word, self.is_root, self.is_form)
        return cache[word]

    def is_weak(self, word: str) -> bool:
        """Valid only through a root no corpus attests (``di-kataka-nya``).

        Such a form is more likely a slip of a common word
        (``dikatakanya`` for ``dikatakannya``) than a real use of the rare
        root, so the decision step takes a second look at it.  Listed forms
        are never weak: corpora or Hunspell's rules vouch for them.
        """
        lower = word.lower()
        if lower in self.forms or lower in self.names or lower in self.accept:
            return False
        if self.analyse(lower) is None:
            return False
        return not any(p.root in self.roots for p in morphology.parses(lower) if not p.is_bare)

    def is_valid(self, word: str) -> bool:
        """True when ``word`` (any case) is a correct Indonesian form or name.

        English words are not included: whether they stand depends on the
        Indonesian words they are close to (see ``decide``).
        """
        lower = word.lower()
        if lower in self.forms or lower in self.accept or word.casefold() in self.accept:
            return True
        if lower in self.names and (word[:1].isupper() or self.names[lower] >= 100):
            return True  # a well-known name written lower-case is not a typo
        return self.analyse(lower) is not None
