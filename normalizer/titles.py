"""Institution names: runs of capitalised common words inside a sentence.

``Kementerian Kesehatan``, ``Badan Pusat Statistik``, ``Dinas Pendidikan``:
after the head word of a government body every word is a common noun
written capitalised, so a slip there (``Kesehtan``) is a slip of a common
word, not another name.  What follows a place word (``Kabupaten Bantul``,
``Pengadilan Negeri Jakarta``) is a name again, and so the run ends there.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from .tokenize import Token

# Heads of government bodies; universities, hospitals, mosques and stadiums
# are left out: they are named after people (Universitas Gadjah Mada).
HEADS = frozenset(
    """kementerian kementrian kemenko dinas badan komisi direktorat dewan majelis lembaga otoritas
    sekretariat biro kepolisian kejaksaan pengadilan mahkamah pemerintah kantor balai inspektorat
    komite satuan asosiasi gabungan persatuan perhimpunan ikatan himpunan serikat koperasi""".split()
)
# After these a place's name follows.
PLACE_WORDS = frozenset("kabupaten kota provinsi daerah negeri republik wilayah kecamatan desa kelurahan".split())
# Lower-case words that join a title's words (Kementerian Pemuda dan Olahraga).
JOINERS = frozenset({"dan", "serta"})


def institution_words(text: str, tokens: Sequence[Token], is_known: Callable[[str], bool] = lambda word: True) -> set[int]:
    """Indexes of the capitalised words that follow an institution's head word in a run.

    Two unknown words running (``is_known`` false for both) start a person's
    name, which ends the title: in ``Kepala Badan Karantina Indonesia Sahat
    Manaor Panggabean`` Sahat is no slip of saat.
    """
    found: set[int] = set()
    for head, token in enumerate(tokens):
        if token.text.lower() not in HEADS or not token.text[:1].isupper() or len(token.parts) != 1:
            continue
        in_a_list = False
        for index in range(head + 1, len(tokens)):
            word = tokens[index].text
            gap = text[tokens[index - 1].end : tokens[index].start]
            if gap == ", ":
                # Badan Meteorologi, Klimatologi, dan Geofisika: the parts of a list the title closes
                # with dan run on through commas (Kementerian Sosial, Jakarta ends at its comma); the
                # closing ", dan" only once the run is inside the list
                in_a_list = (in_a_list and word in JOINERS) or closes_a_list(text, tokens, index, LIST_LOOKAHEAD)
                if not in_a_list:
                    break
            elif gap != " ":
                break
            if len(tokens[index].parts) != 1:
                break
            if _starts_a_name(text, tokens, index, is_known):
                break
            if word[:1].isupper() and word[1:].islower():
                found.add(index)
                if word.lower() in PLACE_WORDS:
                    break
            elif word not in JOINERS:
                break
    return found


# A title's list of parts (Badan Meteorologi, Klimatologi, dan Geofisika) is read this far ahead for its dan.
LIST_LOOKAHEAD = 8


def closes_a_list(text: str, tokens: Sequence[Token], first: int, max_words: int) -> bool:
    """Capitalised words from ``first`` run, through spaces and commas, to a dan or serta and a capitalised word.

    Within ``max_words`` words: the shape of a list of names (``Kabupaten
    Keerom, Sarmi, dan Waropen``) or of a title's parts.
    """
    for at in range(first, min(first + max_words, len(tokens) - 1)):
        if not tokens[at].is_capitalised:
            return False
        gap, following = text[tokens[at].end : tokens[at + 1].start], tokens[at + 1]
        if following.text in JOINERS:
            return gap in (" ", ", ") and at + 2 < len(tokens) and tokens[at + 2].is_capitalised
        if gap not in (" ", ", "):
            return False
    return False


def _starts_a_name(text: str, tokens: Sequence[Token], index: int, is_known: Callable[[str], bool]) -> bool:
    """The word at ``index`` and the next, both capitalised and unknown, one space apart."""
    if index + 1 >= len(tokens):
        return False
    word, following = tokens[index], tokens[index + 1]
    return (
        text[word.end : following.start] == " "
        and all(t.text[:1].isupper() and len(t.parts) == 1 and not is_known(t.text) for t in (word, following))
    )
