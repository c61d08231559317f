"""Hygiene of the style layer's data: a wrong entry changes correct text."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from normalizer.style import CATEGORIES, read_heads, read_table

DATA = Path(__file__).resolve().parent.parent / "dictionaries"
STYLE = DATA / "style.tsv"
CLOSED = DATA / "closed_compounds.txt"
HEADS = DATA / "prepositional_heads.txt"


def _rows() -> list[list[str]]:
    lines = [l for l in STYLE.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    assert lines[0] == "nonstandard\tstandard\tcategory"
    return [line.split("\t") for line in lines[1:]]


def _words(path: Path) -> list[str]:
    return [l for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]


ROWS = _rows()
TABLE = read_table(STYLE)
CLOSED_WORDS = _words(CLOSED)
HEAD_MAP = read_heads(HEADS)


def test_header_says_where_the_data_comes_from() -> None:
    head = STYLE.read_text(encoding="utf-8").split("nonstandard\t")[0]
    assert "ejaan" in head and "KBBI" in head and "EYD V" in head


def test_enough_entries() -> None:
    assert len(ROWS) >= 400


def test_three_columns_lowercase_trimmed() -> None:
    for row in ROWS:
        assert len(row) == 3, row
        for cell in row:
            assert cell == cell.strip() and cell == cell.lower() and "  " not in cell, row


def test_sorted_without_duplicates() -> None:
    keys = [row[0] for row in ROWS]
    assert keys == sorted(keys)
    assert not [k for k, n in Counter(keys).items() if n > 1]


def test_nonstandard_differs_from_standard() -> None:
    assert not [row for row in ROWS if row[0] == row[1]]


def test_categories_from_the_allowed_set() -> None:
    used = {row[2] for row in ROWS}
    assert used <= CATEGORIES - {"preposition"}
    assert {"spelling", "loanword", "affix", "compound", "particle"} <= used


def test_no_standard_form_is_listed_as_nonstandard() -> None:
    """A chain (a -> b, b -> c) would mean the table contradicts itself."""
    for nonstandard, standard, _ in ROWS:
        for word in {standard, *standard.split()}:
            assert word not in TABLE, (nonstandard, standard)


def test_letters_only() -> None:
    # an apostrophe only in a non-standard form the tokenizer keeps whole (jum'at)
    for nonstandard, standard, _ in ROWS:
        assert nonstandard.replace(" ", "").replace("'", "").isalpha() and standard.replace(" ", "").isalpha()


@pytest.mark.parametrize(
    "word",
    # Valid words of their own: listing them would corrupt correct copy.
    ["rubah", "masa", "massa", "tapi", "sangsi", "kaos", "bis", "syah", "formil", "perubahan",
     "pertanggungjawaban", "olahraga", "kacamata", "matahari", "mengkaji", "mempunyai",
     "memperoleh", "tenggara", "kemari", "keluar", "kepada", "rizki", "ridho", "bhakti"],
)
def test_valid_words_are_not_listed(word: str) -> None:
    assert word not in TABLE


@pytest.mark.parametrize(
    ("nonstandard", "standard"),
    [
        ("disersi", "desersi"), ("baratlaut", "barat laut"), ("praktek", "praktik"), ("resiko", "risiko"),
        ("analisa", "analisis"), ("nasehat", "nasihat"), ("sekedar", "sekadar"), ("himbau", "imbau"),
        ("ijin", "izin"), ("silahkan", "silakan"), ("obyek", "objek"), ("sistim", "sistem"),
        ("apotik", "apotek"), ("merubah", "mengubah"), ("jadual", "jadwal"), ("kerjasama", "kerja sama"),
        ("apapun", "apa pun"), ("siapapun", "siapa pun"), ("olah raga", "olahraga"),
    ],
)
def test_issue_samples_are_listed(nonstandard: str, standard: str) -> None:
    assert TABLE[nonstandard].standard == standard


def test_affixed_forms_are_not_listed_one_by_one() -> None:
    """dipraktekkan and resikonya follow from the root through morphology."""
    for word in ("dipraktekkan", "resikonya", "menghimbau", "himbauan", "mempraktekkan"):
        assert word not in TABLE


def test_pair_entries_are_compounds_written_as_one_closed_word() -> None:
    closed = set(CLOSED_WORDS)
    for nonstandard, standard, category in ROWS:
        if " " in nonstandard and category == "compound":
            assert nonstandard.replace(" ", "") == standard and standard in closed, nonstandard


def test_closed_compounds_clean() -> None:
    assert len(CLOSED_WORDS) == len(set(CLOSED_WORDS))
    for word in CLOSED_WORDS:
        assert word.isalpha() and word == word.lower(), word
        assert word not in TABLE, word
    for word in ("olahraga", "kacamata", "matahari", "bumiputra", "saputangan", "belasungkawa",
                 "segitiga", "beasiswa", "walaupun", "meskipun", "adapun", "bagaimanapun", "keluar"):
        assert word in CLOSED_WORDS


def test_prepositional_heads_clean() -> None:
    words = [line.split("\t")[0] for line in _words(HEADS)]
    assert len(words) == len(set(words))
    for word, preps in HEAD_MAP.items():
        assert word.isalpha() and word == word.lower(), word
        assert preps and preps <= {"di", "ke"}, word
    for word in ("sini", "sana", "situ", "mana", "antara", "atas", "bawah", "dalam", "rumah", "kantor"):
        assert HEAD_MAP[word] == {"di", "ke"}


def test_heads_never_make_a_real_word() -> None:
    """di/ke + head must not spell a word of its own (keluar, kemari, kepada, dibalik)."""
    closed = set(CLOSED_WORDS)
    for word, preps in HEAD_MAP.items():
        for prep in preps:
            assert prep + word not in closed, prep + word
    assert "ke" not in HEAD_MAP["luar"]
    for left_out in ("balik", "penjara", "muka", "mari", "pada"):
        assert left_out not in HEAD_MAP


def test_common_misspellings_of_a_root_follow_through_its_affixed_forms(normalizer) -> None:
    # gangu is no word: menggangu and tergangu are mengganggu and terganggu, whatever the web lists
    found = {f.word: f.suggestions[0] for f in normalizer.check("Hal itu menggangu warga yang tergangu melebihi ekspetasi.")}
    assert found == {"menggangu": "mengganggu", "tergangu": "terganggu", "ekspetasi": "ekspektasi"}
