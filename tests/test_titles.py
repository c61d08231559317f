"""Institution names: which capitalised words are common words written capitalised."""
from __future__ import annotations

from normalizer.titles import institution_words
from normalizer.tokenize import tokenize


def words_in_titles(text: str) -> list[str]:
    tokens = list(tokenize(text))
    return [tokens[i].text for i in sorted(institution_words(text, tokens))]


def test_the_words_after_a_head_up_to_a_place_word() -> None:
    text = "Kata Kepala Dinas Pendidikan Kabupaten Gunungkidul dan Kementerian Pemuda dan Olahraga kemarin."
    assert words_in_titles(text) == ["Pendidikan", "Kabupaten", "Pemuda", "Olahraga"]


def test_no_run_without_a_head_or_across_punctuation() -> None:
    assert words_in_titles("Universitas Gadjah Mada dan Rumah Sakit Panti Rapih.") == []
    assert words_in_titles("Ia ke Badan, Pusat Statistik lalu pulang.") == []
