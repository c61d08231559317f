"""Slips in reduplicated words: ``serangan-seerangan``, ``bermain-mian``, ``sorak-sorao``.

A half of a hyphenated word is judged against the other half and against
the listed pairs one slip away, not against the frequency list alone: a
rhyme (``hiruk-pikuk``, ``bolak-balik``) has halves no list holds, and a
half that is a word (``bersama-sma``) may still be a slip of the other.
The decision step (``decide``) asks ``Halves`` first for a hyphenated token.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from . import morphology
from .casing import match_case
from .errormodel import is_key_slip, is_slip, is_vowel_change, keeps_letters, substitution, typo_cost
from .lexicon import Lexicon
from .morphology import Parse
from .tokenize import Token
from .verdict import MAX_FIX_COST, MAX_SUGGESTIONS, SKIP, Lookup, Verdict


class Halves:
    """The reduplication rules over a lexicon, the one-edit candidate lookup and the morphology.

    ``derivations`` gives a word's regular derivations from attested roots;
    ``derived`` the unlisted derivations one edit from a word that are not
    in ``seen`` (both the decision step's).
    """

    def __init__(self, lexicon: Lexicon, near_lookup: Lookup, derivations: Callable[[str], Iterator[Parse]],
                 derived: Callable[[str, set[str]], list[str]]) -> None:
        self.lexicon = lexicon
        self.near_lookup = near_lookup
        self._derivations = derivations
        self._derived = derived

    def verdict(self, token: Token) -> Verdict | None:
        """``serangan-seerangan``: a half that is a slip of the other half.

        With affixes on one half (``bermain-main``, ``tembak-menembak``) the
        halves differ, and a slip in either (``bermain-mian``) is fixed when
        one slip away is a form of the other half's root.  Any other unknown
        half beside a valid one is left alone: rhymes (``hiruk-pikuk``) and
        ``ke-``...``-an`` forms (``kemerah-merahan``) have halves no list holds.
        """
        other = token.parts[1 - token.part]
        if other.lower() == token.text.lower():
            return None  # judged as a word (see decide: only suggested)
        if self.lexicon.is_valid(other):
            base = other.lower()
            lower = token.text.lower()
            if (half_slip(lower, base) or vowel_slip_not_rhyme(lower, base, token.part == 0)) and typo_cost(lower, base) <= 1.0:
                listed = self._listed_halves(token)
                rhymes = listed - {base}
                if rhymes and not slip_not_rhyme(lower, base) and len(listed) == 1:
                    # sorak-sorao: a key struck for k, or the listed pair sorak-sorai with i for o
                    return self._listed_pair_half(token, listed)
                if rhymes:  # gerak-gerk: gerak-gerak, or the listed rhyme gerak-gerik?
                    both = (match_case(token.text, other),) + tuple(match_case(token.text, r) for r in sorted(rhymes))
                    return Verdict("flag", both[:MAX_SUGGESTIONS], 0.5, "the other half again, or a listed pair's half")
                return Verdict("fix", (match_case(token.text, other),), 0.97, "the other half of the reduplication")
            restored = self._reaffixed(lower, base) or self._restored_half(lower, base)
            if restored is not None:
                # berlapis-lapsi: the bare root, the half an affixed one repeats, over an as cheap
                # reaffixed form (lapisi)
                bare = sorted((typo_cost(lower, root), root) for root in self._roots(base)
                              if half_slip(lower, root) and root != lower)
                if bare and bare[0][0] <= typo_cost(lower, restored):
                    restored = bare[0][1]
                pair = self._listed_pair_half(token)
                if pair is not None and typo_cost(lower, pair.suggestions[0].lower()) <= typo_cost(lower, restored):
                    return pair  # gerak-gerki: the listed rhyme gerak-gerik, swapped, over gerak + -i with an a lost
                reason = f"restores the reduplication of {base!r}"
                return Verdict("fix", (match_case(token.text, restored),), 0.95, reason)
            return self._listed_pair_half(token) or SKIP
        return self._listed_pair_half(token)  # kocar-kacr: kocar is no word by itself

    def _listed_pair_half(self, token: Token, found: set[str] | None = None) -> Verdict | None:
        """Fix the half that makes the hyphenated word a listed one, one slip away (``sorak-sorao``).

        Rhymes and fixed pairs (``sorak-sorai``, ``kocar-kacir``) share no
        root between their halves, so only the listed pair itself can tell
        a slip in one of them.
        """
        if found is None:
            found = self._listed_halves(token)
        if len(found) != 1:
            return None
        (mine,) = found
        pair = "-".join(mine if i == token.part else h.lower() for i, h in enumerate(token.parts))
        typed = token.text.lower()
        plain = all(half.lower() == mine for i, half in enumerate(token.parts) if i != token.part)
        if token.part == 0 and plain and is_vowel_change(typed, mine) and not vowel_slip_not_rhyme(typed, mine, True):
            # lika-liku: a rhyme of the listed liku-liku, its first half's last vowel an a (serangan-serangen,
            # the same change in the second half, is the rhyme's shape too, but far more often a slip)
            return None
        return Verdict("fix", (match_case(token.text, mine),), 0.95, f"one slip from the listed pair {pair!r}")

    def _listed_halves(self, token: Token) -> set[str]:
        """What this half is in the listed pairs one slip away that keep the other halves."""
        halves = [half.lower() for half in token.parts]
        found = set()
        for term, distance, _count in self.near_lookup("-".join(halves)):
            parts = term.split("-")
            if distance != 1 or len(parts) != len(halves):
                continue
            mine = parts[token.part]
            others_kept = all(p == h for i, (p, h) in enumerate(zip(parts, halves)) if i != token.part)
            if others_kept and is_slip(halves[token.part], mine):
                found.add(mine)
        return found

    def misspells_a_half(self, token: Token) -> bool:
        """A half of a reduplication that is a word, but a slip of the other half's root (``bersama-sma``)
        or of a listed pair's half (``warna-warmi``; a listed half too, in a pair no list holds:
        ``sehari-haru``, see ``_listed_half_slip``).

        Only its place tells: it shares no root with the other half, yet one
        lost, doubled or swapped letter, or one consonant inside it changed
        (``pegal-pehal``: ``inner_consonant_changed``), makes it that root (or one slip makes
        it the other root with its own affixes: ``_reaffixed``), and that word
        is at least twice as common as the half.  Such a half is then judged
        by ``verdict`` like an unknown one.
        """
        if len(token.parts) != 2:
            return False
        lower, other = token.text.lower(), token.parts[1 - token.part].lower()
        if lower == other or not lower.isalpha():
            return False
        if token.group.islower():
            unlisted = self.lexicon.is_unlisted(lower)
            if (unlisted or token.group not in self.lexicon.forms) and (listed := self._listed_pair_half(token)) is not None \
                    and (unlisted or self._listed_half_slip(lower, other, listed.suggestions[0].lower())):
                return True  # warna-warmi: warmi only parses (warm + -i), and warna-warni is the listed pair
        roots = self._roots(other)
        if not roots or self._roots(lower) & roots:
            return False
        slip_of = [root for root in sorted(roots)
                   if slip_not_rhyme(lower, root) and typo_cost(lower, root) <= MAX_FIX_COST]
        term = slip_of[0] if slip_of else self._reaffixed(lower, other, roots)
        if term is None:
            return False
        return self._commoner(term, lower)  # the direction: in sama-sma it is sma that is wrong, not sama

    def _listed_half_slip(self, lower: str, other: str, mine: str) -> bool:
        """A listed half ``lower`` beside ``other`` is the slip of ``mine``, the half of a listed pair one slip away.

        Not a rhyme's (muda-mudi is no slip of the listed muda-muda: a vowel
        changed between like halves), and only when ``mine`` is far commoner
        (sehari-haru: hari; not lereng in lereng-lerang, whose slip is the other half).
        """
        rhyme = other == mine and not half_slip(lower, mine)
        return not rhyme and self._commoner(mine, lower)

    def _commoner(self, term: str, lower: str) -> bool:
        """``term`` is at least twice as common as the half ``lower`` (counts of the one-edit look-up)."""
        counts = {t: n for t, _distance, n in self.near_lookup(lower)}
        return counts.get(term, 0) >= 2 * max(1, counts.get(lower, 0))

    def _reaffixed(self, lower: str, other: str, roots: set[str] | None = None) -> str | None:
        """The half's own affixes on the other half's root, when that is a listed form one slip away.

        ``terus-menurus``: ``menurus`` parses as meN- + turus, but meN- on
        ``terus`` gives ``menerus``, one vowel away.  A changed letter counts
        here, unlike between bare halves, where it is a rhyme (``bolak-balik``).
        ``roots`` are ``other``'s, when the caller has them already.
        """
        if roots is None:
            roots = self._roots(other)
        found = set()
        for parse in morphology.parses(lower):
            if parse.is_bare:
                continue
            for root in roots:
                term = morphology.attach(parse, root)
                if term not in (lower, other) and term in self.lexicon.forms and (cost := typo_cost(lower, term)) <= MAX_FIX_COST:
                    found.add((cost, term))
        # The cheapest slip, not the first root a set yields: rekan-rekanya read as reka + -nya
        # is rekannya (rekan, one n lost), not reknya (rek, whose -an rekan also is).
        return min(found)[1] if found else None

    def _restored_half(self, lower: str, base: str) -> str | None:
        """The likeliest form a slip away from ``lower`` that shares a root with ``base``.

        A changed letter counts only as a consonant inside the word
        (``berganti-gamti``, ``rekan-rekanmya``): a changed vowel or first
        sound makes rhymes.  None when there is none, or when two are
        equally likely slips.
        """
        roots = self._roots(base)
        if not roots:
            return None
        seen = {lower}
        nearby = [term for term, distance, _count in self.near_lookup(lower) if distance == 1]
        seen.update(nearby)
        nearby += self._derived(lower, seen)
        found = sorted(
            (cost, term)
            for term in set(nearby)
            if term != base
            and half_slip(lower, term)
            and (cost := typo_cost(lower, term)) <= MAX_FIX_COST
            and self._roots(term) & roots
        )
        if not found or (len(found) > 1 and found[1][0] == found[0][0]):
            return None
        return found[0][1]

    def _roots(self, word: str) -> set[str]:
        """The attested roots ``word`` is (or regularly derives from), three letters or more."""
        found = {parse.root for parse in self._derivations(word)}
        if len(word) >= 3 and word in self.lexicon.roots:
            found.add(word)
        return found


def slip_not_rhyme(typed: str, intended: str) -> bool:
    """A slip between halves, not a rhyme: a letter added, lost or swapped, or a consonant inside changed."""
    return keeps_letters(typed, intended) or inner_consonant_changed(typed, intended)


def half_slip(typed: str, intended: str) -> bool:
    """For a half no list holds, ``slip_not_rhyme`` or a neighbouring key struck after the first letter.

    A struck key may put a consonant for a vowel or back (``bank-bsnk``,
    ``nagari-nagaei``, ``teman-temannua``): rhymes change a vowel for a
    vowel or the first sound, and a rhyme whose half is one slip from this
    one is a listed pair's, asked first.  Not for a half that is a word:
    ``sorak-sorai`` is a rhyme with k for i.
    """
    return slip_not_rhyme(typed, intended) or (typed[:1] == intended[:1] and is_key_slip(typed, intended))


def vowel_slip_not_rhyme(typed: str, intended: str, typed_first: bool) -> bool:
    """One vowel changed between halves where no rhyme changes one (``waduk-wadik``, ``negara-nagara``).

    A rhyme that changes a single vowel changes the first half's last ``a``
    (``warna-warni``, ``teka-teki``, ``gerak-gerik``, ``corat-coret``,
    ``lika-liku``); a vowel changed anywhere else, or from another vowel
    (``pulau-pulai``, ``lereng-lerang``, ``tiba-toba``), is a slip of the
    other half.  ``cepat-cepet`` reads as such a rhyme and is left.
    """
    if not is_vowel_change(typed, intended):
        return False
    at, first = substitution(typed, intended), typed if typed_first else intended
    assert at is not None
    return not (first[at] == "a" and all(c not in morphology.VOWELS for c in first[at + 1 :]))


def inner_consonant_changed(typed: str, intended: str) -> bool:
    """One consonant changed for another after the first letter (``barang-baranh``).

    Rhyming reduplications change the first sound (``sayur-mayur``,
    ``lauk-pauk``) or vowels (``bolak-balik``, ``mondar-mandir``), never one
    consonant inside the word, so there a changed letter is a slip.
    """
    at = substitution(typed, intended)
    return at is not None and at > 0 and typed[at] not in morphology.VOWELS and intended[at] not in morphology.VOWELS
