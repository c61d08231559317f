"""Rank the candidates for an unknown word, as a noisy channel.

How common the word is (its Zipf frequency), how likely the typo is as a
slip of it (``errormodel``), and how much likelier its neighbours make it
(``context``).  "Right as written, just not in our lists" is one more
reading, scored by how much the letters look like a word
(``errormodel.WordShape``); ``posterior`` turns the scores into the best
reading's share, the confidence ``decide`` reports.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Container, Iterator
from functools import cached_property, lru_cache
from string import ascii_lowercase
from typing import NamedTuple

from . import morphology
from .context import Bigrams
from .errormodel import (DOUBLED, DROPPED_DOUBLE, WordShape, keyed_sources, lost_nasal_sources, lost_vowel_sources,
                         slip_sources, typo_cost)
from .lexicon import Lexicon
from .memo import Memo
from .morphology import Parse
from .resources import data_path
from .verdict import Lookup

# Score = log10 P(candidate) - COST_WEIGHT * typo cost + CONTEXT_WEIGHT *
# log10 [P(candidate | neighbours) / P(candidate)]: a noisy channel.  One
# typical slip (cost ~0.6) costs about 2.7 orders of magnitude of frequency,
# a second slip as much again, so a two-slip reading wins only when the
# one-slip readings are far rarer.  The context term is discounted and
# capped: the word-pair table comes from a small corpus.
COST_WEIGHT = 4.5
CONTEXT_WEIGHT = 0.5
# No single neighbour may count for more than this (log10 units).
CONTEXT_CAP = 3.0
MAX_FAR_CANDIDATES = 30
RANK_MEMO_LIMIT = 50_000  # unknown words whose candidates one Ranker remembers
# "The word is right as written and we do not list it" competes with the
# candidates as one more reading, scored on the same Zipf scale:
# NULL_OFFSET + NULL_WEIGHT * log10 P(the letters, as an Indonesian word).
# NULL_OFFSET is 9 (Zipf's scale) + log10 of the share of running words
# that are right but unlisted.  A plausible short word scores about as
# high as its candidates, a string no Indonesian word looks like
# (dipertqnyakan) far below them.
NULL_OFFSET = 6.5
NULL_WEIGHT = 1.0
# Confidence = the best reading's posterior with the score differences
# multiplied by this (1 = the plain posterior).  The plain posterior is
# about calibrated (of fixes at 0.8-0.9, ~85 % right); at 1.5 the fixes the
# pipeline applies at its default 0.9 are ~99 % right on the synthetic
# suite, so "confidence" is a ranking with a measured operating point, not
# a probability.
SHARPNESS = 1.5
# A form no corpus attests (count 1 in words.txt, or valid only by the
# morphology) but regularly derived from an attested root: about as common
# as the rarest words the frequency lists hold (Zipf ~2), and no commoner.
UNATTESTED_ZIPF = 2.0
# A listed root no corpus attests (a KBBI entry), and any other listed form
# the morphology accepts (compound roots: menjungkirbalikkan).
UNATTESTED_ROOT_ZIPF = 1.5
UNATTESTED_OTHER_ZIPF = 1.0
# Unlisted affixed forms are looked for among the one-edit variants of words
# at least this long (``dirapikannyq`` -> ``dirapikannya``).
MORPH_MIN_LENGTH = 6
# ... and from this length a neighbouring key's consonant too, for a derivation with a
# prefix (bergotomg: bergotong); shorter strings lie a key from junk derivations
# (Bali's perarem: per- + adem).
KEYED_MIN_LENGTH = 8
# ... unless a listed candidate outscores any such form by this much (log10).
DERIVED_MARGIN = 0.0
Bigram = Callable[[str, str], int]


class Ranked(NamedTuple):
    """A candidate with its score, typo cost and Zipf frequency."""

    term: str
    score: float
    cost: float
    zipf: float


class Context(NamedTuple):
    """The words around a token, for ranking, and the document's own names.

    ``document_names``: capitalised words the text uses twice or more inside
    a sentence; ``capitalised``: those it uses so at least once (lower-cased);
    ``in_title``: the token is a word of an institution's name;
    ``before_name``: a capitalised word follows it, one space on;
    ``place_title``: the place's title it follows as the first or second word
    of the place's name (``kabupaten`` for Mimila in Kabupaten Mimila and for
    Kartanegra in Kabupaten Kutai Kartanegra).
    """

    previous: str = ""
    following: str = ""
    document_names: frozenset[str] = frozenset()
    capitalised: frozenset[str] = frozenset()
    in_title: bool = False  # a word of an institution's name (``titles``): Kesehtan in Kementerian Kesehtan
    before_name: bool = False  # a capitalised word follows, one space on: Kecamatam Lhoknga
    place_title: str = ""  # Kabupaten Kutai Kartanegra: kabupaten

class Ranker:
    """Scores the candidates ``lookup`` finds for a word, with context from a word-pair table.

    ``bigram`` is a :class:`~normalizer.context.Bigrams` table (or its bound
    ``count`` method, as the pipeline passes it), or any ``(first, second)
    -> count`` callable, which then gives a cruder bonus for seen pairs.
    ``near_lookup`` gives the candidates one edit away alone, where that is
    much cheaper than ``lookup`` (the pipeline's two indexes); without it
    they are taken from ``lookup``.
    """

    def __init__(
        self,
        lexicon: Lexicon,
        lookup: Lookup,
        bigram: Bigram | Bigrams | None = None,
        *,
        load_bigrams: Callable[[], Bigrams] | None = None,
        near_lookup: Lookup | None = None,
        count: Callable[[str], int | None] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.lookup = lookup
        self.near_lookup = near_lookup or (lambda word: [c for c in lookup(word) if c[1] == 1])
        self.count = count or (lambda word: next((n for t, d, n in lookup(word) if d == 0 and t == word), None))
        self._bigram_source = bigram
        # The pair table costs ~40 ms to read: a loader defers it to the
        # first word that needs ranking in context.
        self._load_bigrams = load_bigrams
        self._ranked: Memo[str, list[Ranked]] = Memo(RANK_MEMO_LIMIT)
        self._listed: Memo[str, list[Ranked]] = Memo(RANK_MEMO_LIMIT)
        self._shape: WordShape | None = None

    @cached_property
    def table(self) -> Bigrams | None:
        """The word-pair table, if one was given (loaded on first use)."""
        if self._load_bigrams is not None:
            return self._load_bigrams()
        source = self._bigram_source
        table = source if isinstance(source, Bigrams) else getattr(source, "__self__", None)
        return table if isinstance(table, Bigrams) else None

    @cached_property
    def bigram(self) -> Bigram | None:
        """``(first, second) -> count``, or None without context."""
        if self.table is not None:
            return self.table.count
        source = self._bigram_source
        return source if callable(source) and not isinstance(source, Bigrams) else None

    def zipf(self, word: str) -> float:
        """The Zipf frequency of a listed form (log10 of its count), 0 for a word the list lacks."""
        return math.log10(max(1, self.count(word) or 1))

    def null_score(self, lower: str) -> float:
        """Score of "right as written" for a word no list holds."""
        if self._shape is None:
            self._shape = WordShape.load(data_path(WordShape.FILE))
        return NULL_OFFSET + NULL_WEIGHT * self._shape.log10_probability(lower)

    def rank(self, lower: str, context: Context, derived: bool = False, max_bonus: float = math.inf) -> list[Ranked]:
        """Candidates, best first; the context-free part is memoised per word.

        ``derived`` adds unlisted affixed forms (``derived``): only the
        lower-case path needs them, as every other rule asks for a common
        word or a known name, which such a form never is.  ``max_bonus``
        caps what the neighbours may add to a candidate's score.
        """
        memo = self._ranked if derived else self._listed
        base = memo.get(lower)
        if base is None:
            base = memo.put(lower, self.candidates(lower, derived))
        if not (context.previous or context.following) or len(base) < 2 or self.bigram is None:
            return base
        scored = [r._replace(score=r.score + min(max_bonus, CONTEXT_WEIGHT * self.context_bonus(r, context))) for r in base]
        scored.sort(key=lambda r: (-r.score, r.term))
        return scored

    def candidates(self, lower: str, derived: bool) -> list[Ranked]:
        """Dictionary words within two edits, scored by frequency and typo cost.

        Distance-2 candidates are many for short words; only the commonest
        are scored, as a rare word two edits away never wins.  With
        ``derived``, long words also get the affixed forms one edit away
        that the morphology derives but no list holds (``dirapikannyq`` ->
        ``dirapikannya``).
        """
        if derived:
            ranked = list(self.rank(lower, Context()))
        else:
            # A hyphen is the style layer's business (EYD writes nontunai, not
            # non-tunai): no reading adds or drops one.
            found = [(t, d, n) for t, d, n in self.lookup(lower) if d > 0 and t.replace("-", "") != lower]
            near = [c for c in found if c[1] == 1]
            far = sorted((c for c in found if c[1] > 1), key=lambda c: -c[2])[:MAX_FAR_CANDIDATES]
            ranked = []
            for term, _distance, count in near + far:
                cost = typo_cost(lower, term)
                zipf = self.prior(term, count)
                ranked.append(Ranked(term, zipf - COST_WEIGHT * cost, cost, zipf))
            ranked.sort(key=lambda r: (-r.score, r.term))
            return ranked
        # An unlisted form scores at most UNATTESTED_ZIPF less one slip; the
        # search is moot when a listed candidate is far above that, or when
        # "right as written" is.
        ceiling = UNATTESTED_ZIPF - COST_WEIGHT * min(DOUBLED, DROPPED_DOUBLE)
        best = ranked[0].score if ranked else -math.inf
        if len(lower) >= MORPH_MIN_LENGTH and best < ceiling + DERIVED_MARGIN and self.null_score(lower) < ceiling:
            seen = {lower} | {r.term for r in ranked}
            for term in self.derived(lower, seen):
                cost = typo_cost(lower, term)
                ranked.append(Ranked(term, UNATTESTED_ZIPF - COST_WEIGHT * cost, cost, UNATTESTED_ZIPF))
            ranked.sort(key=lambda r: (-r.score, r.term))
        return ranked

    def prior(self, term: str, count: int) -> float:
        """Zipf frequency of a candidate.

        A form no corpus attests is rarer than the rarest words the
        frequency lists hold (were it commoner, they would list it): a
        regular derivation of an attested root gets ``UNATTESTED_ZIPF``; a
        root only a dictionary lists, and a listed derivation of one
        (``ditunggangi``), ``UNATTESTED_ROOT_ZIPF``; anything else less.
        """
        if count > 1:
            return math.log10(count)
        if self.derivation(term) is not None:
            return UNATTESTED_ZIPF
        if self.lexicon.is_root(term) or (count == 1 and any(self.derivations(term, self.lexicon.rare_roots))):
            return UNATTESTED_ROOT_ZIPF
        return UNATTESTED_OTHER_ZIPF if count == 1 and self.lexicon.analyse(term) is not None else 0.0

    def derivations(self, word: str, roots: Container[str] | None = None) -> Iterator[Parse]:
        """The regular derivations of ``word`` from attested roots (or ``roots``) of three letters or more.

        Regular means the affixes, put back on the root by the morphology's
        own rules, give ``word`` again (``meN-`` + ``tiket`` is ``meniket``,
        so ``mentiket`` is no derivation of it).
        """
        if roots is None:
            roots = self.lexicon.roots
        for parse in morphology.parses(word):
            root = parse.root
            if not parse.is_bare and len(root) >= 3 and root in roots and morphology.attach(parse, root) == word:
                yield parse

    def derivation(self, word: str) -> Parse | None:
        """A regular derivation of ``word`` from a root with a vowel, or None (no ``ke-`` + ``mrt`` + ``-an``)."""
        return next((p for p in self.derivations(word) if any(c in "aeiou" for c in p.root)), None)

    def derived(self, lower: str, seen: set[str]) -> list[str]:
        """Unlisted regular derivations of attested roots one edit from ``lower``.

        The edits are the slips ``is_name_slip`` counts (``slip_sources``),
        a lost vowel (``disangkakn``, ``keterjangkaun``) or n of an ng
        (``penggelembugan``), only for a derivation with a suffix or -nya: one vowel from a suffix-less
        derivation lie clean words no list holds (``sentralitas`` is no
        se- + netralitas), and in long words a neighbouring key's consonant
        (``bergotomg``), only for a derivation with a prefix: a root and a
        suffix is what many words of other languages look like.  A one-edit variant is worth the morphology's full check only when it
        splits into a prefix the morphology can write, an attested root
        (its first letter perhaps taken by a nasal) and a suffix it can
        write: a few set look-ups, where the full check costs a hundred
        parses.  Not memoised per variant: hundreds of strings per word,
        nearly all junk, would only fill memory.  A root of three letters
        only use attests (``arm``, ``art``) derives nothing: Bali's
        ``perarem`` is no ``perarm``.
        """
        forms, roots = self.lexicon.forms, self.lexicon.roots
        negated = lower.startswith(morphology.NEGATED_NOUN_HEAD)  # ketidakberdayan -> ketidakberdayaan
        keyed = keyed_sources(lower, to_vowels=False) if len(lower) >= KEYED_MIN_LENGTH else set()
        sources = slip_sources(lower) | keyed
        lost = (lost_vowel_sources(lower) | lost_nasal_sources(lower)) - sources
        found = []
        for variant in sources | lost:
            if variant in seen or variant in forms:
                continue
            if _may_derive(variant, roots) and (parse := self.derivation(variant)) is not None and not (
                self.lexicon.is_short_loan(parse.root)
            ):
                # not per- + arm: a short root only use attests is English or an abbreviation
                if (variant not in lost or parse.suffix or parse.clitics == "nya") and (variant not in keyed or parse.prefixes):
                    found.append(variant)
            elif negated and variant not in lost and morphology.negated_noun(variant, self.lexicon.is_form) is not None:
                found.append(variant)
            elif variant.startswith(morphology.OPEN_BOUND_FORMS) and morphology.bound_compound(variant, self.lexicon.is_form):
                found.append(variant)  # nonprosedurl -> nonprosedural, pascabencna -> pascabencana
        return found

    def context_bonus(self, candidate: Ranked, context: Context) -> float:
        """log10 of how much likelier the neighbours make ``candidate``."""
        term = candidate.term
        table = self.table
        if table is None:
            bonus = 0.0
            if context.previous:
                bonus += math.log10(1 + self.bigram(context.previous, term))  # type: ignore[misc]
            if context.following:
                bonus += math.log10(1 + self.bigram(term, context.following))  # type: ignore[misc]
            return bonus
        p = _probability(candidate.zipf)
        bonus = 0.0
        if context.previous:
            bonus += min(CONTEXT_CAP, table.after(context.previous, term, p))
        if context.following:
            bonus += min(CONTEXT_CAP, table.before(term, context.following, p))
        return bonus

    def is_confix_form(self, term: str) -> bool:
        """A regular derivation with a prefix and a suffix (``kenaikan``): a shape no name has."""
        parse = self.derivation(term)
        return parse is not None and bool(parse.prefixes) and bool(parse.suffix)


def posterior(ranked: list[Ranked], as_written: float) -> tuple[float, float]:
    """The best candidate's share and the "right as written" reading's share.

    Each reading weighs ``10 ** (SHARPNESS * score)``; ``as_written`` is
    the score of the word being right as it stands.
    """
    best = ranked[0].score
    weights = sum(10 ** (SHARPNESS * (r.score - best)) for r in ranked)
    written = 10 ** (SHARPNESS * (as_written - best))
    total = weights + written
    return 1.0 / total, written / total


def _probability(zipf: float) -> float:
    """Zipf frequency (log10 per 10^9 words) as a probability; 0 for unknown words."""
    return 10 ** (zipf - 9) if zipf > 0 else 0.0


@lru_cache(maxsize=1)
def _affix_surfaces() -> tuple[dict[str, frozenset[str]], frozenset[str], int, int]:
    """How the morphology writes prefixes and suffixes, and their longest lengths.

    Prefix surface -> the first letters a nasal may have taken from the
    root ("" when it takes none): ``meny`` -> {"s"}, ``di`` -> {""}.
    Suffix surfaces: every derivational suffix with every clitic.  Worked
    out on first use (a few ms), not at import: clean copy never needs it.
    """
    prefixes: dict[str, set[str]] = {}
    for chain in morphology.CHAINS:
        if not chain:
            continue
        for letter in ascii_lowercase:
            for root in (letter + "ala", letter + "rat"):
                word = morphology.attach(morphology.Parse(chain, root), root)
                if word.endswith(root):
                    prefixes.setdefault(word[: len(word) - len(root)], set()).add("")
                elif word.endswith(root[1:]):
                    prefixes.setdefault(word[: len(word) - len(root) + 1], set()).add(letter)
    suffixes = {
        suffix + possessive + particle
        for suffix in ("",) + morphology.SUFFIXES
        for possessive in ("",) + morphology.POSSESSIVES
        for particle in ("",) + morphology.PARTICLES
    }
    return {p: frozenset(v) for p, v in prefixes.items()}, frozenset(suffixes), max(map(len, prefixes)), max(map(len, suffixes))


def _may_derive(word: str, roots: Container[str]) -> bool:
    """A cheap necessary condition for ``Ranker.derivation``: affixes around a root."""
    prefix_surfaces, suffix_surfaces, longest_prefix, longest_suffix = _affix_surfaces()
    n = len(word)
    ends = [n - m for m in range(min(longest_suffix, n) + 1) if word[n - m :] in suffix_surfaces]
    for k in range(min(longest_prefix, n) + 1):
        restored = prefix_surfaces.get(word[:k], frozenset({""})) if k else frozenset({""})
        if k and word[:k] not in prefix_surfaces:
            continue
        for end in ends:
            if end - k < 2 or (k == 0 and end == n):
                continue
            core = word[k:end]
            if any(letter + core in roots for letter in restored):
                return True
    return False
