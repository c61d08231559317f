"""The KBBI / EYD V style layer: bring correct-but-non-standard copy to standard.

A copy desk changes ``resiko`` to ``risiko``, ``baratlaut`` to ``barat laut``,
``dirumah`` to ``di rumah`` and ``di bangun`` to ``dibangun``.  Every rule here
rewrites only what the shipped data names or what a narrow, tested pattern
proves: changing correct text is the worst thing the tool can do, so anything
ambiguous is flagged (``fixable=False``) or left alone.

Data (``dictionaries/``): ``style.tsv`` (non-standard -> standard, with a
category), ``closed_compounds.txt`` (one-word forms never to split) and
``prepositional_heads.txt`` (words after which ``di``/``ke`` is a preposition).
The word lists of the typo layer (``words.txt``, ``roots.txt``, ``names.txt``)
are used when present to tell ``di`` + verb from ``di`` + noun and to keep
names at the start of a sentence.
"""
from __future__ import annotations

from collections.abc import Container, Iterable, Iterator
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from . import morphology
from .casing import match_case
from .findings import STYLE_CATEGORIES
from .lexicon import Lexicon
from .memo import Memo
from .resources import data_lines, data_path
from .tokenize import GLUED_PREPOSITION

CATEGORIES = frozenset(STYLE_CATEGORIES)
# A finding's rule names its category, the name --style-disable takes.
_RULE = {category: f"style:{category}" for category in CATEGORIES}
# di- as a verb's prefix written apart (di jual): a preposition-category finding under a rule of its own
_PREFIX_DI_RULE = "style:prefix-di"
# Roots shorter than this are matched only as whole words: a short root
# inside a longer word is too often a coincidence.
MIN_DERIVED_ROOT = 4
# Word pairs whose two-word rules one StyleRules remembers (``check_pair``): copy repeats its phrases.
PAIR_MEMO_LIMIT = 100_000
# A capitalised sentence-initial word listed in names.txt at least this
# heavily is taken as a name (see StyleRules._is_name).
NAME_WEIGHT = 20

# -pun is written together only in these conjunctions (EYD V); after any
# other word it is apart.  "sekali pun" is both ('although' and 'even once').
PUN_JOINED = frozenset(
    "ada andai atau bagaimana biar kalau kendati mau meski sungguh walau".split()
)
BOUND_FORMS = morphology.BOUND_FORMS  # pasca sarjana -> pascasarjana
# Words a bound form never joins: non before one of them is Latin's (sine qua non dalam putusan).
FUNCTION_WORDS = frozenset("dalam dan yang di ke dari untuk pada dengan atau itu ini juga akan tidak ada sebagai oleh karena bagi serta".split())
# Common verb roots (and -i forms) that, right after a separate "di", can only
# be the passive prefix written apart.  Words that are also places or events
# after "di" are left out: penjara, sidang, rapat, pukul (di pukul 10.00),
# ulang (di ulang tahun), undang (di undang-undang), hukum, tes, makan and
# minum (di makan malam), buka (di buka puasa bersama).
DI_VERBS = frozenset(
    """ambil angkat antar bahas bakar bangun bantu baca bawa bayar beli beri bentuk bom buat bunuh
    cari catat cetak copot culik curi dengar duga dukung evakuasi ganti gelar gugat hapus jaga jamin jawab
    jemput jual kejar kelola kenal kirim kubur kunci kutip lantik larang lempar lihat minta
    pakai panggil pecat periksa pilih pimpin pinjam potong rampok rawat rebut rekam rusak sebut serang
    sewa sita tahan tanam tangkap tanya tarik tembak terima tolak tuduh tulis tunda tunjuk tuntut tutup
    uji usir ubah vonis
    adili akhiri akui atasi awali awasi dampingi datangi hadiri hindari hormati huni ikuti kenai ketahui
    kuasai kunjungi lalui lengkapi mulai obati patuhi pelajari perbaiki perbarui selidiki setujui sukai
    taati tandatangani tangani temui""".split()
)


class StyleHit(NamedTuple):
    """What the style layer says about a word or a pair of words."""

    replacement: str
    rule: str
    category: str = ""
    fixable: bool = True
    reason: str = ""


class Entry(NamedTuple):
    """One line of ``style.tsv``: the standard form and why."""

    standard: str
    category: str


def read_table(path: Path) -> dict[str, Entry]:
    """``style.tsv`` as ``nonstandard -> Entry`` (the header line skipped)."""
    table: dict[str, Entry] = {}
    for line in data_lines(path):
        nonstandard, standard, category = line.split("\t")
        if nonstandard == "nonstandard":
            continue
        table[nonstandard] = Entry(standard, category)
    return table


def read_heads(path: Path) -> dict[str, frozenset[str]]:
    """``prepositional_heads.txt`` as ``word -> {"di", "ke"}`` (or one of them)."""
    heads: dict[str, frozenset[str]] = {}
    for line in data_lines(path):
        word, _, only = line.partition("\t")
        heads[word] = frozenset({only}) if only else frozenset({"di", "ke"})
    return heads


def _apart(preposition: str, word: str) -> str:
    """The reason of a glued preposition's finding (dirumah, kesana)."""
    return f"EYD V: the preposition {preposition} is written apart from {word}"


# A noun di is glued onto is read as one (``StyleRules._nominal``) from this length: shorter
# affixed forms are as often a verb's piece.
NOMINAL_HEAD_MIN_LENGTH = 6


def _clitic_splits(word: str) -> Iterator[tuple[str, str]]:
    """``(stem, tail)`` with -nya/-ku/-mu and -lah/-kah taken off (disinilah): the morphology's
    splits, less -pun and -tah, which no glued preposition takes, and stems under three letters."""
    for stem, tail in morphology.split_clitics(word):
        if not tail or (len(stem) >= 3 and not tail.endswith(("pun", "tah"))):
            yield stem, tail


def _split(word: str) -> Iterator[tuple[str, morphology.Parse]]:
    """``(prefix_surface, parse)`` for every affix analysis of ``word``.

    ``prefix_surface`` is the prefix as written (``"be"`` in ``beresiko``),
    or ``""`` when a nasal swallowed the root's first letter.  Beside the
    morphology's parses it tries a bare ``be-`` (``bekerjasama``), which the
    morphology does not generate.
    """
    for parse in morphology.parses(word):
        if parse.is_bare:
            continue
        tail = parse.suffix + parse.clitics
        body = parse.root + tail
        yield (word[: len(word) - len(body)] if word.endswith(body) else ""), parse
    if word.startswith("be") and not word.startswith(("ber", "bel")):
        for stem, clitics in _clitic_splits(word[2:]):
            yield "be", morphology.Parse(("be",), stem, "", clitics)


def _rebuild(word: str, surface: str, parse: morphology.Parse, root: str) -> str | None:
    """``word`` with its root replaced, the prefix re-realised when it must be.

    The prefix is realised afresh (``mengkoordinir`` ->
    ``mengoordinasi``: k melts) when written unmelted or when the root's
    first letter changed (``berfikir`` -> ``berpikir``); otherwise the prefix
    keeps its written form (``pesepakbola`` -> ``pesepak bola``).
    """
    tail = parse.suffix + parse.clitics
    if surface and root[:1] == parse.root[:1] and not _unmelted(surface, root):
        return surface + root + tail
    if len(parse.prefixes) > 1:
        return None  # memper-/diper- with a changed first letter: not worth guessing
    return morphology.attach(morphology.Parse(parse.prefixes, root, parse.suffix, parse.clitics), root)


def _unmelted(surface: str, root: str) -> bool:
    """True for meN-/peN- written before a k/p/t/s that should have melted.

    ``mengkoordinir``: EYD V melts k, p, t and s before a vowel, loanwords
    included (``mengoordinasi``); ``pesepak`` (pe-) and ``mempraktik``
    (a cluster) are right as written.
    """
    return (
        surface.startswith(("me", "pe"))
        and surface.endswith(("ng", "m", "n"))
        and root[:1] in ("k", "p", "t", "s")
        and root[1:2] in morphology.VOWELS
    )


class StyleRules:
    """The style rules over the shipped data; see the module docstring."""

    def __init__(
        self,
        table: dict[str, Entry],
        closed: Iterable[str],
        heads: dict[str, frozenset[str]],
        lexicon: Lexicon | None = None,
    ) -> None:
        self.table = {k: v for k, v in table.items() if " " not in k}
        self.pairs = {k: v for k, v in table.items() if " " in k}
        self.closed = frozenset(closed)
        self.heads = heads
        self.lexicon = lexicon
        self._pair_hits: Memo[tuple[str, str], StyleHit | None] = Memo(PAIR_MEMO_LIMIT)

    @classmethod
    def load(cls, lexicon: Lexicon | None = None) -> StyleRules:
        """The rules over the files shipped in ``dictionaries/``.

        ``lexicon`` shares the typo layer's word lists (loaded once per
        process); without it the rules that need them only flag.
        """
        table = read_table(data_path("style.tsv"))
        closed = list(data_lines(data_path("closed_compounds.txt")))
        heads = read_heads(data_path("prepositional_heads.txt"))
        return cls(table, closed, heads, lexicon)

    # -- the typo layer's lists, shared through the lexicon -----------------------
    @cached_property
    def forms(self) -> Container[str]:
        """Attested or confirmed Indonesian forms (``words.txt``)."""
        return self.lexicon.forms if self.lexicon is not None else frozenset()

    @cached_property
    def roots(self) -> Container[str]:
        """Roots some corpus attests (``roots.txt``)."""
        return self.lexicon.roots if self.lexicon is not None else frozenset()

    def _is_name(self, lower: str) -> bool:
        """A proper name (``names.txt``) of weight 20 or more.

        Below that the list holds corpus noise (``Kerjasama`` 5), which must
        not stop a sentence-initial ``Kerjasama`` from being restyled; from 20
        up it holds districts and better-known places (``Gubug``, ``Goa``).
        """
        if self.lexicon is None:
            return False
        weight = self.lexicon.name_weight(lower)
        return weight is not None and weight >= NAME_WEIGHT

    # -- single words -----------------------------------------------------------
    def check_word(self, word: str) -> StyleHit | None:
        """The style finding for one word token, or None.

        A known name is left alone; a capitalised word inside a sentence
        comes here too, and the pipeline decides whether its hit may be a
        name's (``Normalizer._style_word``).
        """
        glued = GLUED_PREPOSITION.fullmatch(word)
        if glued is not None:
            preposition, place = glued.groups()
            return StyleHit(f"{preposition} {place}", _RULE["preposition"], "preposition", True, _apart(preposition, place))
        lower = self._plain(word.replace("\u2019", "'"))
        if lower is None or lower in self.closed:
            return None
        hit = self._exact(lower) or self._preposition(lower) or self._derived(lower)
        if hit is None:
            return None
        return StyleHit(match_case(word, hit.replacement), hit.rule, hit.category, hit.fixable, hit.reason)

    def _plain(self, word: str) -> str | None:
        """``word`` lower-cased when its case lets a rule apply, else None (Jum'at has an apostrophe)."""
        if not word.replace("'", "").isalpha():
            return None
        if word.islower():
            return word
        lower = word.lower()
        if word.isupper():
            return lower if len(word) >= 5 else None  # short capitals are acronyms
        if word[0].isupper() and word[1:].islower() and not self._is_name(lower):
            return lower
        return None

    def _exact(self, lower: str) -> StyleHit | None:
        entry = self.table.get(lower)
        if entry is None:
            return None
        return StyleHit(entry.standard, _RULE[entry.category], entry.category, True, _reason(lower, entry))

    def _preposition(self, lower: str) -> StyleHit | None:
        """``dirumah`` -> ``di rumah``: di/ke + a place or time word, or di + a noun no verb is made of.

        The second: ``dipersidangan``, ``dipengadilan``, ``dikecamatan`` (``_nominal``).
        """
        prep = lower[:2]
        if prep not in ("di", "ke"):
            return None
        for stem, tail in _clitic_splits(lower[2:]):
            head = stem
            if head not in self.heads:
                entry = self.table.get(head)  # dijaman -> di zaman
                if entry is not None and entry.standard in self.heads:
                    head = entry.standard
                elif prep == "di" and not tail and self._nominal(head) and not self._verb_lost_k(head):
                    return StyleHit(f"di {head}", _RULE["preposition"], "preposition", True, _apart(prep, head))
                else:
                    continue
            if prep in self.heads[head]:
                return StyleHit(f"{prep} {head}{tail}", _RULE["preposition"], "preposition", True, _apart(prep, head))
        return None

    def _verb_lost_k(self, noun: str) -> bool:
        """di + ``noun`` is as likely the di-...-kan verb with its k lost (``dipertimbangan``: dipertimbangkan).

        The noun in -an and the verb in -kan of one frame differ by that one
        letter, Indonesian's commonest slip; the typo layer fixes it.
        """
        stem = noun[:-2]
        return any(form in self.forms for form in ("di" + stem + "kan", "di" + stem + "i"))

    def _nominal(self, word: str) -> bool:
        """A listed noun in peN-...-an, per-...-an or ke-...-an, confixes the passive di- never goes on.

        ``persidangan``, ``pengadilan``, ``kecamatan``, ``perairan``: di- makes
        verbs of roots and of their -kan, -i and per- frames (``dipersidangkan``),
        so di written onto such a noun is the preposition.  Every reading
        through a known root must be such a noun, and the word itself no root.
        Not ber-, peN- or ter- with no suffix: ``berantas``, ``pendam`` and
        ``terkam`` read as them, yet are roots of ``diberantas``, ``dipendam``
        and ``diterkam``; the quantifiers (``berbagai``) are heads of their own.
        """
        if self.lexicon is None or len(word) < NOMINAL_HEAD_MIN_LENGTH or word not in self.forms or word in self.roots:
            return False
        readings = [p for p in morphology.parses(word) if not p.is_bare and self.lexicon.is_root(p.root)]
        return bool(readings) and all(
            p.suffix == "an" and not p.clitics and len(p.prefixes) == 1 and p.prefixes[0] in ("peN", "per", "ke") for p in readings
        )

    @cached_property
    def _root_tails(self) -> tuple[frozenset[str], tuple[int, ...]]:
        """Every root ``_derived`` may find less its first letter, and their lengths.

        An affixed form holds its root whole or with the first letter taken
        by a nasal (``mengoordinir``), so a word holding none of these is no
        derivation of a listed root: a few set look-ups spare the
        morphology's full analysis of nearly every word of a story.
        """
        tails = frozenset(
            k[1:] for k, entry in self.table.items() if len(k) >= MIN_DERIVED_ROOT and entry.category != "particle"
        )
        return tails, tuple(sorted({len(t) for t in tails}))

    def _derived(self, lower: str) -> StyleHit | None:
        """An affixed form of a listed root: dipraktekkan -> dipraktikkan."""
        tails, lengths = self._root_tails
        n = len(lower)
        if not any(lower[i : i + k] in tails for k in lengths if k < n for i in range(n - k + 1)):
            return None
        for surface, parse in _split(lower):
            entry = self.table.get(parse.root)
            if entry is None or len(parse.root) < MIN_DERIVED_ROOT or entry.category == "particle":
                continue
            if parse.prefixes == ("ke",) and not parse.suffix:
                continue  # keilmuannya is ke-ilmu-an-nya, not ke- + ilmuan
            if entry.category == "affix" and (parse.prefixes or parse.suffix):
                continue  # merubah takes clitics only: merubahnya
            if entry.category == "compound" and parse.prefixes and parse.suffix:
                continue  # confix: pertanggungjawaban is written as one word
            if parse.prefixes == ("be",) and entry.category != "compound":
                continue  # bare be- is tried for bekerja sama only
            replacement = _rebuild(lower, surface, parse, entry.standard)
            if replacement is None or replacement == lower:
                continue
            return StyleHit(replacement, _RULE[entry.category], entry.category, True, _reason(parse.root, entry))
        return None

    # -- pairs of words -----------------------------------------------------------
    @cached_property
    def _pair_heads(self) -> frozenset[str]:
        """First words some two-word rule starts with: a table pair, a bound form, antar, di."""
        return frozenset(k.split(" ")[0] for k in self.pairs) | BOUND_FORMS | {"antar", "di"}

    def check_pair(self, first: str, second: str) -> StyleHit | None:
        """The style finding for two words separated by one space, or None."""
        one, two = first.lower(), second.lower()
        if one not in self._pair_heads and two not in _PARTICLES and not self._may_close_a_compound(one, two):
            return None  # every rule below starts with such a word, ends with a particle or closes a compound
        if not (first.isalpha() and second.isalpha()):
            return None
        if not (second.islower() or (first.isupper() and second.isupper())):
            return None
        key = (first, second)
        if key in self._pair_hits:
            return self._pair_hits[key]
        return self._pair_hits.put(key, self._pair_hit(first, second, one, two))

    def _pair_hit(self, first: str, second: str, one: str, two: str) -> StyleHit | None:
        """``check_pair``'s rules, asked of a pair that passed its cheap tests (``first``, ``second`` lower-cased: ``one``, ``two``)."""
        hit = self._pair_entry(one, two) or self._particle_pair(one, two, first[:1].isupper()) or self._confix_compound(one, two)
        if hit is None and not first.istitle():  # Pasca Sarjana, Inter: names
            hit = self._bound_form(one, two)
        if hit is None and one == "di":
            hit = self._di_prefix(two)
        if hit is None:
            return None
        return StyleHit(match_case(f"{first} {second}", hit.replacement), hit.rule, hit.category, hit.fixable, hit.reason)

    def _pair_entry(self, one: str, two: str) -> StyleHit | None:
        entry = self.pairs.get(f"{one} {two}")
        if entry is None:
            return None
        return StyleHit(entry.standard, _RULE[entry.category], entry.category, True, _reason(f"{one} {two}", entry))

    @cached_property
    def _spaced_compounds(self) -> dict[str, int]:
        """Compounds KBBI writes as two words, keyed as joined, with the first word's length."""
        return {
            key: entry.standard.index(" ")
            for key, entry in self.table.items()
            if entry.category == "compound" and " " in entry.standard and entry.standard.replace(" ", "") == key
        }

    @cached_property
    def _compound_tails(self) -> dict[str, frozenset[str]]:
        """The second words of those compounds by their first two letters: a cheap first test of a pair."""
        tails: dict[str, set[str]] = {}
        for key, at in self._spaced_compounds.items():
            tails.setdefault(key[at : at + 2], set()).add(key[at:])
        return {start: frozenset(words) for start, words in tails.items()}

    def _may_close_a_compound(self, one: str, two: str) -> bool:
        if one[:2] not in _CONFIX_STARTS:
            return False
        tails = self._compound_tails.get(two[:2])
        return tails is not None and any(two.startswith(tail) for tail in tails)

    def _confix_compound(self, one: str, two: str) -> StyleHit | None:
        """``ditanda tangani`` -> ``ditandatangani``: EYD V joins a compound that takes a prefix and a suffix at once.

        Only compounds the table writes apart (``tanda tangan``), and only
        when the space falls where theirs does: the prefix on the first word
        (its first letter may be a nasal's: ``menandatangani``), the suffix
        and clitics on the second.
        """
        if not self._may_close_a_compound(one, two):
            return None
        for parse in morphology.parses(one + two):
            at = self._spaced_compounds.get(parse.root)
            if at is None or not (parse.prefixes and parse.suffix):
                continue
            head, tail = parse.root[:at], parse.root[at:]
            if one.endswith(head[1:]) and len(one) > len(head) and two == tail + parse.suffix + parse.clitics:
                return StyleHit(one + two, _RULE["compound"], "compound", True, f"EYD V: {head} {tail} with a prefix and a suffix is written as one word")
        return None

    def _particle_pair(self, one: str, two: str, capitalised: bool) -> StyleHit | None:
        """-lah/-kah and the clitic -nya join an Indonesian host; -pun joins only in the EYD V conjunctions.

        Not an English one: in a quoted "worth it lah" the particle follows
        English, and ``itlah`` is no word.  ``adapun`` ('as for') opens a
        sentence: inside one, ``yang ada pun`` is the verb and the particle.
        """
        if two in ("lah", "kah", "nya") and one not in ("di", "ke") and self._indonesian_host(one):
            return StyleHit(one + two, _RULE["particle"], "particle", True, f"EYD V: -{two} is written together")
        if two != "pun":
            return None
        if one in PUN_JOINED and (one != "ada" or capitalised):
            return StyleHit(one + two, _RULE["particle"], "particle", True, f"EYD V: {one}pun is written as one word")
        if one == "sekali":
            reason = "sekalipun 'although' is one word, sekali pun 'even once' is two: check the sense"
            return StyleHit("sekalipun", _RULE["particle"], "particle", False, reason)
        return None

    def _indonesian_host(self, word: str) -> bool:
        """A word -lah or -kah may join: three letters or more (or ia, ya), and not English."""
        if len(word) < 3 and word not in ("ia", "ya"):
            return False
        return self.lexicon is None or word not in self.lexicon.english

    def _bound_form(self, one: str, two: str) -> StyleHit | None:
        """pasca sarjana -> pascasarjana; antar only where the joined form is known."""
        if one == "antar":
            if one + two in self.forms:
                return StyleHit(one + two, _RULE["compound"], "compound", True, "EYD V: antar- is a bound form")
            return None
        if one not in BOUND_FORMS or len(two) < 3:
            return None
        if two in FUNCTION_WORDS or (self.lexicon is not None and not self.lexicon.is_valid(two)):
            return None  # ultra petita, sine qua non dalam: Latin, no Indonesian word after a bound form
        return StyleHit(one + two, _RULE["compound"], "compound", True, f"EYD V: {one}- is a bound form, written together")

    def _di_prefix(self, two: str) -> StyleHit | None:
        """``di bangun`` -> ``dibangun`` when ``two`` can only be a verb.

        Places and times stay (``di rumah``).  A -kan word is a verb unless it
        also reads as a noun of a k-final root + -an (``di tumpukan``,
        ``di pendidikan``): then the pair is flagged, not fixed.
        """
        stem = two[:-3] if two.endswith("nya") and len(two) > 6 else two
        if two in self.heads or stem in self.heads or two in self.closed:
            return None
        joined = "di" + two
        known = not self.forms or ("di" + stem) in self.forms
        reason = "EYD V: the prefix di- is written together with its verb"
        if stem in DI_VERBS and known:
            return StyleHit(joined, _PREFIX_DI_RULE, "preposition", True, reason)
        if not (stem.endswith("kan") and len(stem) >= 6 and known):
            return None
        if self._noun_in_an(stem):
            why = f"{two} may be a noun (di as preposition) or a verb (di- prefix): check"
            return StyleHit(joined, _PREFIX_DI_RULE, "preposition", False, why)
        if not self.forms and stem[-4] in "aeiou":
            return StyleHit(joined, _PREFIX_DI_RULE, "preposition", False, "no word list to confirm the verb")
        return StyleHit(joined, _PREFIX_DI_RULE, "preposition", True, reason)

    def _noun_in_an(self, word: str) -> bool:
        """True when ``word`` (…kan) also parses as a k-final root + -an noun."""
        for parse in morphology.parses(word):
            root = parse.root
            if parse.suffix == "an" and not parse.clitics and root.endswith("k") and len(root) >= 4:
                if root in self.roots or (parse.prefixes and root in self.forms):
                    return True
        return False


_PARTICLES = frozenset({"lah", "kah", "pun", "nya"})  # what _particle_pair joins
_CONFIX_STARTS = frozenset({"di", "me", "pe", "be", "te", "ke", "se"})  # what a prefixed first word begins with


def _reason(nonstandard: str, entry: Entry) -> str:
    """A short why for a desk: which standard form and by what authority."""
    if entry.category == "compound":
        how = "two words" if " " in entry.standard else "one word"
        return f"KBBI: {entry.standard} is written as {how}"
    if entry.category == "particle":
        return f"EYD V: pun is written apart here ({entry.standard})"
    return f"KBBI: {entry.standard}, not {nonstandard}"
