"""Findings held back to suggestions, or dropped, where a fix is likelier wrong than right.

Every unknown word is first judged on its own (``decide``); its surroundings
can then tell more.  Italics and quotes mark another language, a Latin phrase
or a species name explains a word one slip from Indonesian, and a word
written again and again is one ejaan lacks rather than a slip.  Each
function reads the judged findings of one block of text and rewrites them in
place; the pipeline calls them in order after judging.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container
from dataclasses import replace
from operator import itemgetter

from . import quotes
from .errormodel import is_vowel_change
from .findings import Finding
from .morphology import VOWELS
from .tokenize import Token

Judged = dict[int, tuple[bool, Finding | None]]
"""Token index -> (valid as written, its finding or None), as the pipeline keeps them."""

# Words a changed vowel from an Indonesian word that mark a quote as another
# language (Minang lamo, manunggu) when this many stand in it, counting with
# them the words only flagged, so long as one is there (``hold_in_quotes``).
QUOTE_VOWEL_SHIFTS = 2
# ... but a fix of a word this long that is no changed vowel is kept there (``_long_slip``).
QUOTE_SLIP_MIN_LENGTH = 9
# ... but one word no slip explains does not, in a quote with this many sure slips (this
# confident) that are no changed vowel: Indonesian typed in a hurry (bangnan, didirkan).
QUOTE_PLAIN_SLIPS = 2
QUOTE_PLAIN_SLIP_CONFIDENCE = 0.95
# Function words of a regional language (``dictionaries/regional.txt``) that mark
# a quote as another language when this many different ones stand in it.
QUOTE_REGIONAL_WORDS = 2
# Standard Indonesian's function words that the regional languages say otherwise (Minang
# alah, juo, indak, jo, dek, nan, pado; Javanese wis, uga, ora, karo, amarga, sing, lan;
# Sundanese geus, oge, teu, jeung, nu; Manado kong, deng): a quote holding this many different
# ones is Indonesian, whatever it holds beside (a seismologist's episenter and monitoring),
# unless regional function words stand in it too (``_reads_as_indonesian``).
INDONESIAN_MARKERS = frozenset(
    "sudah juga tidak dengan karena akan untuk sehingga bahwa telah adalah belum yang dan oleh pada tersebut merupakan"
    " hingga namun terhadap melalui".split())
QUOTE_INDONESIAN_MARKERS = 3
# A language the copy names beside a quote (``drop_in_labelled_quotes``): dalam bahasa Jawa,
# dalam dialek Ambon, dalam bahasa setempat; not bahasa Indonesia.
_LANGUAGE_LABEL = re.compile(r"\b[Dd]alam (?:bahasa|dialek|logat|basa) (?![Ii]ndonesia\b)\w+")
LABEL_REACH = 80
# A quote with this many words flagged or unexplained is in another language:
# no flag on its shorter words (``drop_flags_in_foreign_quotes``).
QUOTE_FOREIGN_DOUBTS = 3
# An unknown lower-case word written so this many times within this many words
# (a story's length) is only suggested a fix (``hold_repeated``) ...
REPEATED_UNKNOWN = 2
REPEATED_WINDOW = 400
# ... unless the fix is a word this common (Zipf): those are slipped on again and again.
REPEATED_MAX_ZIPF = 6.0
# A word in -in inside a quote is colloquial Jakarta speech (``kerjain``) when
# it is a listed form less -in and this long (``accept_colloquial_in_quotes``).
COLLOQUIAL_IN_MIN_LENGTH = 6
# A short word's last o for a with an unexplained word this many words from it is
# Minangkabau (``hold_minang_o_among_strays``).
STRAY_WINDOW = 6
# Endings of Latin species epithets that no Indonesian word has (``hold_epithets``).
LATIN_EPITHET_ENDINGS = ("ii", "ae", "ensis")
# Words after which a lower-case word names a dance, a rite or a custom of the regions
# (tari serimbang, ritual penimbongan, upacara rambu solo): its fix is only suggested.
CUSTOM_HEADS = frozenset("tari tarian ritual ritus upacara tradisi prosesi kesenian".split())


def suggested_only(finding: Finding, why: str) -> Finding:
    """``finding`` kept as a suggestion that ``fix`` does not apply, saying why."""
    return replace(finding, fixable=False, reason=f"{finding.reason}; {why}: not changed")


def drop_in_italics(text: str, judged: Judged) -> None:
    """No typo finding in italics.

    Italics mark another language by themselves: EYD sets regional and
    foreign words in them (``kain *hinggi*``, a Sumba cloth, is no slip
    of ``hingga``; ``*sangkan paraning dumadi*`` is Javanese), and an
    Indonesian dictionary has nothing to say about them.
    """
    if "*" not in text and "_" not in text:
        return
    for start, end in quotes.italics(text):
        for index, (valid, finding) in judged.items():
            if finding is not None and start <= finding.start < end:
                judged[index] = (valid, None)


def hold_cited_terms(text: str, judged: Judged, english: Container[str]) -> None:
    """An English word that alone fills a quotation is a term cited, not a slip: no fix.

    News quotes a trade's loanword by itself (tuna exported as ``"loin"``,
    a ``"homestay"``); ``decide`` fixes an English word that is also a slip
    of a far commoner Indonesian word (``loin``, one letter from ``lain``),
    but quoted alone it is the very word the writer meant to show.
    """
    if '"' not in text and "\u201c" not in text:
        return
    for start, end in quotes.spans(text):
        inside = [(i, f) for i, (_valid, f) in judged.items() if f is not None and start <= f.start < end]
        if len(inside) != 1:
            continue
        index, finding = inside[0]
        cited = text[start + 1 : end - 1].strip(" .,!?")
        if finding.fixable and cited == finding.word and cited.lower() in english:
            judged[index] = (judged[index][0], suggested_only(finding, "an English term quoted by itself"))


def hold_in_quotes(text: str, tokens: list[Token], judged: Judged, styled: list[Finding], regional: Container[str]) -> None:
    """In a quote that reads as another language, fixes are only suggested.

    A lower-case word no list holds and no slip explains marks another
    language (a Minang proverb: ``"Duduak samo randah, tagak samo
    tinggi"``, where ``samo`` is no slip of ``sama``), and so do two
    words each a changed vowel from an Indonesian one (Minang ``"Ambo
    lah lamo manunggu"``: lama, menunggu; not a reduplication's half,
    ``hatu-hati``, as a language writes both halves alike), or one beside a word only
    flagged (``"jan lupo jo kampuang"``: lupa, kampung?), and so do two
    function words of a regional language (``regional``: Javanese
    ``"Operasi pasar iku apik, tapi ojok ..."``, where iku is no aku).  Fixes there, the style
    layer's too (``Ambo lah`` is no ``Ambolah``), are only suggested,
    except a long word's slip that is no changed vowel (``_long_slip``) and a
    reduplication's half fixed into its twin (``_twin_fix``); a regional
    word itself gets no finding there.
    """
    if not any(f is not None and f.fixable for _, f in judged.values()) and not any(f.fixable for f in styled):
        return
    spans = quotes.spans(text)
    if not spans:
        return  # the scans below are per token: most blocks quote no one
    unexplained = _unexplained(tokens, judged)
    # not a reduplication's half: a language writes both halves alike, so hatu-hati is a slip in any of them
    vowel_shifted = [f.start for i, (_, f) in judged.items()
                     if f is not None and f.word.islower() and _vowel_changed(f) and len(tokens[i].parts) < 2]
    # a form that parses (valid, flagged as perhaps a slip: pemberatasan) is Indonesian, no sign of another language
    flagged = [f.start for valid, f in judged.values()
               if f is not None and not valid and f.kind == "typo" and not f.fixable and f.word.islower() and not _vowel_changed(f)]
    regional_words = _regional_words(tokens, regional)
    # sure slips no language makes of Indonesian words: a letter lost, doubled or swapped (bangnan, didirkan)
    plain = [f.start for _, f in judged.values()
             if f is not None and f.fixable and f.word.islower() and f.confidence >= QUOTE_PLAIN_SLIP_CONFIDENCE and not _vowel_changed(f)]
    markers = _markers(tokens)
    for start, end in spans:
        if _reads_as_indonesian(markers, regional_words, start, end):
            continue  # "Sekarang cuaca sudah membaik sehingga ... juga ... teritama ikan layur, udang jerbung"
        shifts = sum(1 for at in vowel_shifted if start <= at < end)
        doubts = shifts + sum(1 for at in flagged if start <= at < end)
        strays = sum(1 for at in unexplained if start <= at < end)
        regional_here = _distinct_within(regional_words, start, end)
        if (not strays and (not shifts or doubts < QUOTE_VOWEL_SHIFTS)) and regional_here < QUOTE_REGIONAL_WORDS:
            continue
        if strays == 1 and not shifts and not regional_here and sum(1 for at in plain if start <= at < end) >= QUOTE_PLAIN_SLIPS:
            continue  # "...bangnan itu didirkan ... sudah lapul": an Indonesian quote with its typos, one unread
        why = "in a quote that reads as another language"
        for index, (valid, finding) in judged.items():
            if finding is None or not start <= finding.start < end:
                continue
            if finding.word.lower() in regional:
                judged[index] = (valid, None)  # that language's own word: Javanese sanget of "Matur nuwun sanget"
            elif finding.fixable and not _long_slip(finding) and not _twin_fix(tokens[index], finding):
                judged[index] = (valid, suggested_only(finding, why))
        for i, finding in enumerate(styled):
            if finding.fixable and start <= finding.start < end:
                styled[i] = suggested_only(finding, why)


def drop_in_labelled_quotes(text: str, judged: Judged, styled: list[Finding]) -> None:
    """No finding inside a quote the copy says is in another language (``"...," katanya dalam bahasa Batak Toba``).

    The reporter has said what it is: its words (Batak ``nunga``, ``tu``;
    Ambon's ``dolo``; Banjar's ``bejualan``) are that language's, not slips of
    bunga, itu, solo and berjualan, and a desk does not respell a quote it was
    told is Batak.  Only a long word's slip no regional spelling makes stays
    fixed (``_long_slip``: ``bertamabh`` in an Acehnese quote).  The label
    stands in the quote's sentence, after it or before it (``Dalam bahasa
    Minang, ia berkata, "..."``), within ``LABEL_REACH`` characters; bahasa
    Indonesia labels nothing.
    """
    if "dalam" not in text and "Dalam" not in text:
        return
    for start, end in quotes.spans(text):
        if text[start] not in '"\u201c':
            continue  # italics say it already (drop_in_italics)
        after = text[end : end + LABEL_REACH]
        after = after[: min((at for at in (after.find(". "), after.find(".\n"), after.find("\n")) if at >= 0), default=len(after))]
        before = text[max(0, start - LABEL_REACH) : start]
        before = before[max(before.rfind(". "), before.rfind("\n")) + 1 :]
        if not (_LANGUAGE_LABEL.search(after) or _LANGUAGE_LABEL.search(before)):
            continue
        for index, (valid, finding) in judged.items():
            if finding is not None and start <= finding.start < end and not (finding.fixable and _long_slip(finding)):
                judged[index] = (valid, None)
        styled[:] = [f for f in styled if not start <= f.start < end]


def drop_before_glottal_marks(text: str, tokens: list[Token], judged: Judged) -> None:
    """No typo finding on a word written with a glottal stop at its end (Makassar ``sabbara'``).

    Makassar, Bugis and other languages of Sulawesi write the final glottal
    stop with an apostrophe (``"Baji'na ki' sabbara'"``); Indonesian puts one
    only inside a word (``Jum'at``), so a word closed by one belongs to such
    a language, and is no slip of ``sabhara``.  A word opened by a quote mark
    too is a term in single quotes (``'pemerinath'``), and is judged.
    """
    if "'" not in text and "\u2019" not in text:
        return
    for index, (valid, finding) in judged.items():
        token = tokens[index]
        if finding is None or finding.kind != "typo":
            continue
        closed = text[token.end : token.end + 1] in ("'", "\u2019")
        opened = token.start > 0 and text[token.start - 1] in ("'", "\u2018", "\u2019")
        if closed and not opened and not text[token.end + 1 : token.end + 2].isalpha():
            judged[index] = (valid, None)


def accept_colloquial_in_quotes(text: str, tokens: list[Token], judged: Judged, colloquial: Container[str],
                                is_valid: Callable[[str], bool], is_plain_form: Callable[[str], bool]) -> None:
    """Inside quotation marks, colloquial Jakarta speech is quoted as said.

    News quotes a speaker's ``pinter``, ``sempet``, ``ntar``, verbs in -in
    (``kerjain``, ``dijalanin``: a listed form less -in) and the passive
    in ke- (``kerendam``, ``kebawa``: ke- and a listed form, ``is_plain_form``,
    that is no name: ``kekayan`` is kekayaan mistyped, not ke- + the river
    Kayan) word for word (``colloquial``: ``dictionaries/colloquial.txt``);
    outside quotes the same words are slips and are judged so.
    """
    inside = [(i, f) for i, (_valid, f) in judged.items()
              if f is not None and f.kind == "typo" and f.start == tokens[i].start
              # lower-case, or capitalised only as a sentence's first word ("Kaga ada, ...")
              and (tokens[i].text.islower() or tokens[i].sentence_start and tokens[i].is_title_case)]
    if not inside:
        return
    spans = quotes.spans(text)
    for index, finding in inside:
        lower = tokens[index].text.lower()
        if not any(start <= finding.start < end for start, end in spans):
            continue
        spoken = lower in colloquial or len(lower) >= COLLOQUIAL_IN_MIN_LENGTH and (
            (lower.endswith("in") and is_valid(lower[:-2]))
            or (lower.startswith("ke") and is_plain_form(lower[2:]))  # kerendam: speech's terendam
        )
        if spoken:
            judged[index] = (judged[index][0], None)


def hold_epithets(text: str, tokens: list[Token], judged: Judged, is_form: Callable[[str], bool]) -> None:
    """After a capitalised word, a Latin epithet is only suggested a fix: by its ending, or closing ``(Genus epithet)``.

    ``Rafflesia arnoldii``, ``Rafflesia tuanmudae``, ``Rhinoceros
    sondaicus javanensis``: environment copy names species, and no
    Indonesian word ends in -ii, -ae or -ensis (``_epithet_ending``).  Copy
    also names a species in brackets after its Indonesian name (``nuri
    maluku (Eos bornea)``): an epithet of any ending stands there.  An
    epithet by its ending after a genus gets no finding at all
    (``Eucheuma cottonii``, ``Kappaphycus alvarezii``: cottoni? helps no
    desk), nor one in -ii or -ensis only flagged, genus or not (``rumput laut
    jenis cottonii``); one in -ae only after a genus no Indonesian word is
    (``Klebsiella pneumoniae``), as -ae is a slip's ending too.
    """
    for index, (valid, finding) in judged.items():
        if finding is None or index == 0:
            continue
        genus, token = tokens[index - 1], tokens[index]
        # a genus is a name (Eucheuma), not an acronym or a sentence's first word (Tim SAR kesulitae)
        after_genus = genus.is_title_case and not genus.sentence_start and text[genus.end : token.start] == " "
        ending = _epithet_ending(finding, is_form)
        flagless = ending and finding.word.endswith(FLAGLESS_EPITHET_ENDINGS)
        # one only flagged needs no genus (rumput laut jenis cottonii)
        if finding.kind == "typo" and ((flagless and (after_genus or not finding.fixable))
                                       or (ending and after_genus and not is_form(genus.text.lower()))):
            judged[index] = (valid, None)
            continue
        if not finding.fixable:
            continue
        if ending and genus.is_capitalised:
            why = "after a capitalised word, perhaps a species name"
        elif (finding.word.islower() and genus.is_title_case and text[genus.start - 1 : genus.start] == "("
              and text[genus.end : token.start] == " " and text[token.end : token.end + 1] == ")"):
            why = "a species' name in brackets"
        else:
            continue
        judged[index] = (valid, suggested_only(finding, why))


# An epithet after its genus gets no finding with these endings; -ae is a slip's ending too
# (kesulitae), and loses its finding only after a genus no Indonesian word is.
FLAGLESS_EPITHET_ENDINGS = ("ii", "ensis")


def _epithet_ending(finding: Finding, is_form: Callable[[str], bool]) -> bool:
    """The finding's word ends as a Latin epithet does (``LATIN_EPITHET_ENDINGS``), written lower-case.

    Not Kecamatan Sukawatii, Sukawati with an i typed twice; and a doubled
    final i is a common slip, so -ii counts only when the fix would merely
    drop it and leave no listed word (``arnoldi``; ``inii`` is ``ini``).
    """
    word = finding.word
    if not word.endswith(LATIN_EPITHET_ENDINGS) or not word[:1].islower():
        return False
    return not (word.endswith("ii") and (not finding.suggestions or finding.suggestions[0] != word[:-1]
                                          or is_form(word[:-1].lower())))


def hold_custom_names(text: str, tokens: list[Token], judged: Judged) -> None:
    """A word right after ``tari``, ``ritual``, ``upacara``... is only suggested a fix (``CUSTOM_HEADS``).

    Copy from the regions names its dances and rites in their own language
    (Bangka's tari serimbang, one letter from seimbang; ritual penimbongan),
    and no list holds them all; a slip there still gets its suggestion.
    """
    for index, (valid, finding) in judged.items():
        if finding is None or not finding.fixable or index == 0 or not finding.word.islower():
            continue
        head = tokens[index - 1]
        if head.text.lower() in CUSTOM_HEADS and text[head.end : tokens[index].start] == " ":
            judged[index] = (valid, suggested_only(finding, f"after {head.text.lower()!r}, perhaps its own name"))


def hold_latin(text: str, tokens: list[Token], judged: Judged, latin: Container[str]) -> None:
    """A word of a Latin legal phrase beside another gets no typo finding (``latin_phrases.txt``).

    ``ultra petita``, ``lex certa``, ``nullum crimen sine lege``: court
    copy quotes them, and petita, certa and sine are one slip from
    Indonesian words.  The neighbour tells the phrase from a slip: a lone
    ``sine`` is still fixed to sini, but beside qua or lege it is Latin, and
    a flag on it would ask the desk about a correct word.
    """
    for index, (valid, finding) in judged.items():
        if finding is None or finding.word.lower() not in latin:
            continue
        token = tokens[index]
        neighbours = [tokens[i] for i in (index - 1, index + 1) if 0 <= i < len(tokens)]
        if any(
            n.text.lower() in latin and text[min(n.end, token.end) : max(n.start, token.start)] == " "
            for n in neighbours
        ):
            judged[index] = (valid, None)


def hold_minang_o_among_strays(tokens: list[Token], judged: Judged) -> None:
    """A short word's last o fixed to a is only suggested beside a word nothing explains.

    A Minangkabau phrase in running copy, unmarked (``tungku tigo
    sajarangan``, ``tuo tabuik``), writes Indonesian's last a as o (tigo,
    tiga) beside words no list holds; o is no key near a, so a typist's
    slip seldom makes it, least of all among another language's words.
    """
    shifted = [(index, valid, finding) for index, (valid, finding) in judged.items()
               if finding is not None and finding.fixable and finding.word.islower() and len(finding.word) < QUOTE_SLIP_MIN_LENGTH
               and _minang_final_o(finding) and len(tokens[index].parts) < 2]
    if not shifted:
        return  # the stray words are sought only where such a fix stands
    strays = set(_unexplained(tokens, judged))
    stray_at = [i for i, token in enumerate(tokens) if token.start in strays]
    for index, valid, finding in shifted:
        if any(0 < abs(i - index) <= STRAY_WINDOW for i in stray_at):
            judged[index] = (valid, suggested_only(finding, "a last o for a beside words of another language"))


def hold_repeated(tokens: list[Token], judged: Judged, zipf: Callable[[str], float]) -> None:
    """A lower-case word ejaan does not know, or knows only through its morphology, written so twice or more, is only suggested a fix.

    A slip is seldom made twice the same way in one story; a word of the
    regions or a trade that no list holds is written again and again
    (``bagas godang``, ``di sonaf``, ``wilayah kasepuhan``, ``perang topat``,
    ``barapan kebo``, which parses as bar- + apa + -an),
    also capitalised where a sentence starts with it (``Bundo kanduang`` beside
    ``bundo kanduang``), which counts with it.  Not when the fix is one of the
    commonest words (``yagn`` for yang, twice): those are slipped on again and again.
    """
    at: dict[str, list[int]] = {}
    for index in sorted(judged):  # every use, fixed, flagged or let stand
        at.setdefault(tokens[index].text.lower(), []).append(index)
    written_lower = {tokens[i].text for uses in at.values() for i in uses if tokens[i].text.islower()}
    for index, (valid, finding) in judged.items():
        text = tokens[index].text
        if (finding is None or not finding.fixable or finding.kind != "typo" or finding.word != text
                or not (text.islower() or text.istitle() and text.lower() in written_lower)):
            continue
        uses = at[text.lower()]  # in text order: counted by bisection, as one line may repeat a word 10,000 times
        near = bisect_right(uses, index + REPEATED_WINDOW) - bisect_left(uses, index - REPEATED_WINDOW)
        if near >= REPEATED_UNKNOWN and zipf(finding.suggestions[0].lower()) < REPEATED_MAX_ZIPF:
            why = f"written so {near} times in {REPEATED_WINDOW} words, perhaps a word ejaan lacks"
            judged[index] = (valid, suggested_only(finding, why))


def _regional_words(tokens: list[Token], regional: Container[str]) -> list[tuple[int, str]]:
    """(offset, word) of every regional-language function word written lower-case."""
    return [(t.start, t.text) for t in tokens if t.text.islower() and t.text in regional]


def _distinct_within(words: list[tuple[int, str]], start: int, end: int) -> int:
    """How many different words of ``words`` (in text order) stand from ``start`` to ``end``: a slice, not a scan per quote."""
    first = bisect_left(words, start, key=itemgetter(0))
    return len({word for _at, word in words[first:bisect_left(words, end, lo=first, key=itemgetter(0))]})


def _markers(tokens: list[Token]) -> list[tuple[int, str]]:
    """(offset, word) of every function word of standard Indonesian (``INDONESIAN_MARKERS``), any case."""
    return [(t.start, lower) for t in tokens if (lower := t.text.lower()) in INDONESIAN_MARKERS]


def _reads_as_indonesian(markers: list[tuple[int, str]], regional_words: list[tuple[int, str]], start: int, end: int) -> bool:
    """The quote from ``start`` to ``end`` holds ``QUOTE_INDONESIAN_MARKERS`` different markers and too few regional words to doubt them."""
    return (_distinct_within(markers, start, end) >= QUOTE_INDONESIAN_MARKERS
            and _distinct_within(regional_words, start, end) < QUOTE_REGIONAL_WORDS)


def drop_flags_in_foreign_quotes(text: str, tokens: list[Token], judged: Judged, regional: Container[str]) -> None:
    """No flag on a short word in a quote that doubts this many of its words: another language.

    A quote in Javanese or Palembang Malay (``"Wong kito galo jangan
    panik"``) is full of short words a slip or two from Indonesian ones
    (``iki``, ``wonten``, ``kito``), none of them sure; flagging each buries
    the desk in suggestions to "correct" a speaker.  Where a quote holds
    ``QUOTE_FOREIGN_DOUBTS`` words flagged or unexplained, flags of words
    shorter than ``QUOTE_SLIP_MIN_LENGTH`` are dropped; fixes, and flags
    of long words (a slip of ``kesejahteraan``), stay.  A regional
    language's function word (``regional``) counts as a doubt too.
    """
    if '"' not in text and "\u201c" not in text:
        return
    unexplained = _unexplained(tokens, judged)
    regional_words = _regional_words(tokens, regional)
    markers = _markers(tokens)
    for start, end in quotes.spans(text):
        if _reads_as_indonesian(markers, regional_words, start, end):
            continue
        inside = [(i, f) for i, (_valid, f) in judged.items() if f is not None and start <= f.start < end]
        doubted = ({f.start for _, f in inside if not f.fixable} | {at for at in unexplained if start <= at < end}
                   | {at for at, _word in regional_words if start <= at < end})
        if len(doubted) < QUOTE_FOREIGN_DOUBTS:
            continue
        for index, finding in inside:
            if not finding.fixable and finding.kind == "typo" and len(finding.word) < QUOTE_SLIP_MIN_LENGTH:
                judged[index] = (judged[index][0], None)


def _unexplained(tokens: list[Token], judged: Judged) -> list[int]:
    """Offsets of the lower-case words neither valid nor explained by any finding."""
    covered = [(f.start, f.end) for _, f in judged.values() if f is not None]  # kesem patan: one split word
    return [
        tokens[i].start for i, (valid, f) in judged.items()
        if not valid and f is None and tokens[i].text.islower() and not any(s <= tokens[i].start < e for s, e in covered)
    ]


def _long_slip(finding: Finding) -> bool:
    """A fix of a long word by a slip no regional spelling makes: kept even in another language's quote.

    The words of a regional language one slip from Indonesian ones are short
    (samo, kito, atuh), the same word with its vowels shifted (Javanese
    kabudayan, Madurese kasejahteraan) or with a consonant doubled (Batak
    gellengku); ``mengenaakan`` is no word of any.
    """
    return len(finding.word) >= QUOTE_SLIP_MIN_LENGTH and not _vowel_changed(finding) and not _doubled_consonant(finding)


def _twin_fix(token: Token, finding: Finding) -> bool:
    """A reduplication's half fixed into its other half: kept even in another language's quote.

    Every language writes a word said twice the same way twice
    (``rata-rats`` is a slip in any of them, Minang ``samo-samo`` has no
    finding), and a rhyme's half is fixed only into a listed pair's
    (``reduplication``), never into its twin.
    """
    if len(token.parts) != 2 or not finding.suggestions:
        return False
    return finding.suggestions[0].lower() == token.parts[1 - token.part].lower() != token.text.lower()


def _doubled_consonant(finding: Finding) -> bool:
    """A typo finding whose first suggestion is the word with a doubled consonant made single.

    Batak, Bugis and Makassar write geminates (``gellengku``, ``sabbara``):
    in their quotes a doubled consonant is spelling, not a slip.
    """
    if not finding.suggestions:
        return False
    word, best = finding.word.lower(), finding.suggestions[0].lower()
    return any(word[i] == word[i + 1] and word[i] not in VOWELS and word[:i] + word[i + 1 :] == best for i in range(len(word) - 1))


def _minang_final_o(finding: Finding) -> bool:
    """A typo finding whose first suggestion is the word with its last o made a (tigo, tiga): Minangkabau's -a."""
    word, best = finding.word.lower(), finding.suggestions[0].lower() if finding.suggestions else ""
    return _vowel_changed(finding) and word.endswith("o") and best == word[:-1] + "a"


def _vowel_changed(finding: Finding) -> bool:
    """A typo finding whose first suggestion differs from the word by one vowel for another (lamo, lama)."""
    if finding.kind != "typo" or not finding.suggestions:
        return False
    return is_vowel_change(finding.word.lower(), finding.suggestions[0].lower())
