"""Split wire copy into the words worth checking, with exact offsets.

Everything that is not a plain word is left out here, once, so the later
steps never see it: numbers in Indonesian format (1.623, Rp1,5), tokens with
digits (A330-900, 30/9), URLs, e-mail addresses, @handles, #tags, acronyms
(DPR, IS, ANTARA), titles' abbreviations with their full stop (``drh.``,
``Jl.``) and the agency dateline ``Kota (ANTARA) -``.  The halves of
a hyphenated word come out as separate tokens that remember their group, so
``serangan-seerangan`` is checked half by half.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from .errormodel import one_edit_apart

# A run of letters (any script) joined by hyphens or apostrophes.
_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")
# Chunks that are left whole: URLs, e-mail, handles (@dinda.kopisusu: dots too), tags, anything with a
# digit (its plus too: base64, an image's data URI, would otherwise leave "words" between its pluses),
# dotted hosts (bps.go.id/...), file names (laporan.docx) and paths (/etc/..., C:\...).
# The lookbehinds start each try at the start of a run only (2x faster on copy).
_SKIP = re.compile(
    r"""(?i:https?://|ftp://|www\.)\S+
      | (?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+
      | @(?<![\w@#]@)\w+(?:\.\w+)* | \#(?<![\w@#]\#)\w+
      | (?<![\w./,:+-])[\w./,:+-]*\d[\w./,:%+-]*
      | (?<![\w.@/-])(?:[\w-]+\.)+(?i:id|com|net|org|info|biz|gov|edu|io|co|my|sg|tv|news)(?![\w-])(?:/[^\s<>"'`)\]]*)?
      | (?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?i:docx?|xlsx?|pptx?|pdf|txt|md|csv|zip|rar|jpe?g|png|gif|webp|svg|html?|json|xml|ya?ml|py|sh|apk)(?![\w-])
      | (?<![\w/\\])(?:[A-Za-z]:\\|~?/)[\w.-]+(?:[\\/][\w.-]+)+
    """,
    re.VERBOSE,
)
# di/ke glued to a capitalised word (diJakarta): a slip, checked by the style
# layer, though capitals inside a word otherwise mark a code (eKTP, iPhone).
GLUED_PREPOSITION = re.compile(r"(di|ke)([A-Z][a-z]{2,})")
# Credits: a "Pewarta: ..." or "Editor: ..." line holds names and an editor's
# initials (agr, nz), and so does a photo credit "ANTARA FOTO/Adeng Bustomi/agr.".
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:pewarta|editor|penerjemah|redaktur|fotografer|reporter|penulis|kontributor|penyunting)[ \t]*:[^\n]*",
    re.MULTILINE | re.IGNORECASE,
)
_PHOTO_CREDIT = re.compile(r"[A-Z]+ FOTO/[^\n)]*")
# "Moskow (ANTARA News) -" at the start of a line: the dateline of a story.
# Only the agency's part is skipped; the place is checked as a name (group 1).
_AGENCY = r"\([A-Z][A-Za-z]+(?: [A-Za-z]+)?\)[ \t]*[-\u2013\u2014]"  # "(ANTARA News) -"
_DATELINE = re.compile(r"^[ \t]*([^\W\d_][^\n(]{0,60}?)(" + _AGENCY + ")", re.MULTILINE)
_SENTENCE_END = re.compile(r"""[.!?]["'\u201d\u2019)\]]*\s*["'\u201c\u2018(\[]*$""")
# What may stand between the start of a line and its first word.
_LEADERS = frozenset(" \t\r\"'\u201c\u2018([-\u2013\u2014*>#")


class Token(NamedTuple):
    """A word to check.

    ``group`` is the whole hyphenated word this token is part of (itself when
    not hyphenated), ``part`` its index within the group and ``parts`` the
    group's halves: reduplication is judged by looking at the other half.
    A tuple, not a dataclass: a story makes thousands and an archive millions.
    """

    text: str
    start: int
    end: int
    group: str
    part: int = 0
    parts: tuple[str, ...] = ()
    sentence_start: bool = False
    in_dateline: bool = False  # a word of a dateline's place (``Kupang (ANTARA) -``)

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_title_case(self) -> bool:
        """Capitalised, the rest lower-case (``Kupang``; not ``DPR`` or ``McCain``)."""
        return self.text[:1].isupper() and self.text[1:].islower()


def is_acronym(word: str) -> bool:
    """All capitals (DPR, IS) or capitals inside the word (KemenPUPR, iPhone).

    A hyphenated word is one when every part is (``PT-KAI``): a capital after
    a hyphen starts a name (``Jakarta-Cikampek``), which the halves' own test
    judges.
    """
    if "-" in word.strip("-"):
        return all(is_acronym(part) for part in word.split("-") if part)
    if word.islower():
        return False
    letters = word.replace("-", "").replace("'", "")
    if len(letters) >= 2 and letters.isupper():
        return True
    rest = letters[1:]
    return not rest.islower() and any(c.isupper() for c in rest) and not letters.isupper()


# Every chunk ``_SKIP`` matches holds one of these (a digit, a handle, a URL,
# a dotted host or file name, a path), and none holds a space: only the runs
# of non-space characters with one need the (slower) full pattern.
_SKIP_TRIGGER = re.compile(r"\d|[@#]|://|www\.|\w\.[A-Za-z]|/\w|:\\")
_RUN = re.compile(r"\S+")


def _dateline_matches(text: str) -> list[re.Match[str]]:
    """Every dateline of ``text`` (``Jakarta (ANTARA) -``): none without a bracket."""
    return list(_DATELINE.finditer(text)) if "(" in text else []


def skipped_spans(text: str, datelines: list[re.Match[str]] | None = None) -> list[tuple[int, int]]:
    """Spans never checked: URLs, e-mail, handles, numbers, datelines' agencies, credits.

    ``_SKIP`` is tried only on the runs of non-space characters that hold
    a trigger (a digit, ``@``, ``#``, ``://``, ``www.``, a dot or slash
    inside a word): news copy has one on most paragraphs, and the pattern's
    lookbehinds make it slow to scan (a third of tokenizing, scanned by line).
    ``datelines`` are ``_dateline_matches(text)``, when the caller has them.
    """
    spans = []
    position = 0
    while (hit := _SKIP_TRIGGER.search(text, position)) is not None:
        # no chunk holds a space, so only the run of non-space characters around the trigger is scanned
        start = hit.start()
        while start > position and not text[start - 1].isspace():
            start -= 1
        run = _RUN.match(text, hit.start())
        end = run.end() if run is not None else hit.end()
        spans += [m.span() for m in _SKIP.finditer(text, start, end)]
        position = end
    spans += [m.span(2) for m in (_dateline_matches(text) if datelines is None else datelines)]
    if ":" in text:
        spans += [m.span() for m in _CREDIT_LINE.finditer(text)]
    if " FOTO/" in text:
        spans += [m.span() for m in _PHOTO_CREDIT.finditer(text)]
    return sorted(spans)


def tokenize(text: str, ignored: list[tuple[int, int]] | None = None) -> Iterator[Token]:
    """Yield the checkable words of ``text`` in order.

    ``ignored`` are extra spans to leave alone (inline ignores, Markdown
    code); a word overlapping any skipped span is not yielded.  Every word
    of a title-case headline counts as a sentence start (``title_lines``).
    """
    datelines = _dateline_matches(text)
    spans = sorted(skipped_spans(text, datelines) + list(ignored or ()))
    n_spans = len(spans)
    span_index = 0
    titles = title_lines(text)
    title_index = 0
    places, after_datelines = _datelines(text, datelines)
    place_index = 0
    length = len(text)
    n_titles, n_places = len(titles), len(places)
    for match in _WORD.finditer(text):
        start, end = match.span()
        in_place = False
        if n_places:
            while place_index < n_places and places[place_index][1] <= start:
                place_index += 1
            in_place = place_index < n_places and places[place_index][0] <= start
        # Spans are sorted by start: once those ending before this word are
        # passed, only the next one can overlap it.
        while span_index < n_spans and spans[span_index][1] <= start:
            span_index += 1
        if span_index < n_spans and spans[span_index][0] < end:
            continue
        # A word glued to a digit (Rp1, km2, H-7) is a code, not a word; one glued to a mark
        # that sits inside words (de\u0301engan, a soft hyphen from a CMS) is part of a word we cannot read.
        if (start and ((c := text[start - 1]).isdigit() or (c > "\x7f" and _inside_a_word(c)))) or (
                end < length and ((c := text[end]).isdigit() or (c > "\x7f" and _inside_a_word(c)))):
            continue
        group = match.group()
        if len(group) == 1 or not (group.isascii() or _is_latin_word(group)):
            continue
        # A title or an address's abbreviation with its full stop (drh., gg., kab.) is no slip of a word.
        if len(group) <= 4 and end < length and text[end] == "." and group.lower() in _ABBREVIATIONS:
            continue
        lower = group.islower()
        if not lower and is_acronym(group) and not (_is_shouted(group) and _in_shouted_line(text, start, end)) and not GLUED_PREPOSITION.fullmatch(group):
            continue
        # Only a capitalised word's position matters to the later steps.  A
        # dateline's place is a name, never a common word (Semarnag, not Semarang?).
        sentence_start = False
        if group[0].isupper() and not in_place:
            # the headlines are passed only here: word starts only grow, so the index catches up when asked
            while title_index < n_titles and titles[title_index][1] <= start:
                title_index += 1
            sentence_start = (
                (title_index < n_titles and titles[title_index][0] <= start)
                or start == 0
                or (bool(_SENTENCE_END.search(text[max(0, start - 8) : start])) and not _after_abbreviation(text, start))
                or _line_start(text, start)
                or start in after_datelines
            )
        if "-" not in group:
            yield Token(group, start, end, group, 0, (group,), sentence_start, in_place)
            continue
        halves = tuple(group.split("-"))
        offset = start
        for index, half in enumerate(halves):
            if len(half) > 1 and (lower or not is_acronym(half) or _is_shouted(half)):
                yield Token(half, offset, offset + len(half), group, index, halves, sentence_start and index == 0, in_place)
            offset += len(half) + 1


# Words a title-case headline leaves lower-case.
_TITLE_SMALL = frozenset(
    "di ke dari dan yang untuk dengan pada atau dalam oleh bagi serta akan agar "
    "soal usai jelang kala vs per sebagai".split()
)
_TITLE_MAX = 160  # characters: a headline is one short line
# A sentence end followed by more text ("Dia datang. Kami pergi"), a final
# full stop, or a dateline's "(ANTARA News) -": a line of copy, not a headline.
# A comma is no sign: headlines join two clauses with one ("Lahan Terbakar, Warga Mengungsi").
_SENTENCE_INSIDE = re.compile(r"[.!?;:]\s+\S|" + _AGENCY + r"|[.!?]$")


def _small_or_slip(word: str) -> bool:
    """One of ``_TITLE_SMALL`` or any slip of one (dii, dengn) in small letters a-z.

    So a headline stays one when ``fix`` corrects it: its capitalised words
    are judged alike in both passes, and a second ``fix`` changes nothing.
    Tested word by word: the 5,000 strings of all their slips cost a start 4 ms.
    """
    return word in _TITLE_SMALL or (word.isascii() and word.isalpha() and word.islower()
                                    and any(one_edit_apart(word, small) for small in _TITLE_SMALL))


def title_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines that are title-case headlines.

    ``Presiden Minta Menteri Percepat Penyerapan Anggaran``: three words or
    more, every one capitalised but the small words of ``_TITLE_SMALL``,
    and no sentence inside.  A capitalised word there is no sign of a
    name, so a headline's words are judged as a sentence's first word is:
    a clear slip of a common word is fixed (``Tersangak``), names stand.
    """
    found = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        body = line.strip().lstrip("#>").strip()  # a Markdown heading or quote counts too
        if body[:1].isupper() and len(body) <= _TITLE_MAX and not _SENTENCE_INSIDE.search(body):
            words = _WORD.findall(body)
            if len(words) >= 3 and not body.isupper() and all(
                w[:1].isupper() or _small_or_slip(w) or not w[:1].isalpha() for w in words
            ):
                found.append((start, end))
        start = end + 1
    return found



def _is_shouted(word: str) -> bool:
    """A word of five or more capitals (TEREORIS in a headline), not an acronym.

    Such words are checked, but the decision step only corrects them as a
    clear slip of a common word or known name, never flags them.
    """
    return len(word) >= 5 and word.isupper() and "-" not in word


def _in_shouted_line(text: str, start: int, end: int) -> bool:
    """The line around ``text[start:end]`` has more capitals than small letters: a headline in capitals.

    A word in capitals inside a line of ordinary copy is a brand or a
    name written so (``Esports MOONTON Games``), not a shouted slip.
    """
    line = text[text.rfind("\n", 0, start) + 1 : (text.find("\n", end) + 1 or len(text) + 1) - 1]
    upper = sum(1 for c in line if c.isupper())
    return upper > sum(1 for c in line if c.islower())


_LATIN_WORD = re.compile("[A-Za-z\u00c0-\u024f'\u2019-]+")


# Soft hyphen, zero-width space, non-joiner and joiner, word joiner: invisible inside a word.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060")


def _inside_a_word(ch: str) -> bool:
    """A combining mark (an accent typed after its letter, as macOS writes it) or an invisible joiner.

    Asked only of a character past ASCII: the caller tests that inline, as
    tokenizing asks it of both neighbours of every word.
    """
    return ch in _INVISIBLE or unicodedata.category(ch).startswith("M")


def _is_latin_word(word: str) -> bool:
    """Latin letters only: other scripts and superscripts (km²) are not checked."""
    return _LATIN_WORD.fullmatch(word) is not None


# Titles and abbreviations whose full stop ends no sentence: Dr. Aan, Jl. Sudirman.
_ABBREVIATIONS = frozenset(
    "dr drg drh drs dra ir prof h hj kh st sdr sdri bpk ny tn jl jln gg kec kab kel prov kol mr mrs ms".split()
)
_ABBREVIATION = re.compile(r"(?<![\w.])((?:[A-Z]\.)*)([A-Za-z]{1,4})\.\s+$")


def _after_abbreviation(text: str, start: int) -> bool:
    """``M. Aan Mansyur``, ``S.K. Lerik``, ``Dr. Aan``: the full stop before ``start`` closes an initial or a title.

    An initial is one capital letter, or a run of them each with its stop;
    a title is one of ``_ABBREVIATIONS``.
    """
    hit = _ABBREVIATION.search(text, max(0, start - 16), start)
    if hit is None:
        return False
    initials, word = hit.groups()
    return (len(word) == 1 and word.isupper()) or (not initials and word.lower() in _ABBREVIATIONS)


def _datelines(text: str, datelines: list[re.Match[str]]) -> tuple[list[tuple[int, int]], frozenset[int]]:
    """Each dateline's place, and where the first word after each dateline starts.

    The place (``Jakarta`` in ``Jakarta (ANTARA) - Pemerintah``) is a name;
    the word after it opens the story's first sentence, so its capital is
    no sign of a name.
    """
    places, starts = [], set()
    for match in datelines:
        places.append(match.span(1))
        i = match.end()
        while i < len(text) and text[i] in _OPENERS:
            i += 1
        starts.add(i)
    return places, frozenset(starts)


# What may stand between a dateline and the first word of the story.
_OPENERS = frozenset(" \t\"'\u201c\u2018([")


def _line_start(text: str, start: int) -> bool:
    """True when only quotes, brackets or spaces precede ``start`` on its line.

    Walks back character by character: slicing the line would make a very
    long line quadratic.
    """
    i = start - 1
    while i >= 0 and text[i] in _LEADERS:
        i -= 1
    return i < 0 or text[i] == "\n"
