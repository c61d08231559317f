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


def test_two_unknown_words_running_are_a_persons_name_and_end_the_title() -> None:
    known = {"Kepala", "Badan", "Karantina", "Indonesia", "Dinas", "Kota", "Surabaya", "Republik"}.__contains__
    tokens = list(tokenize(text := "Kepala Badan Karantina Indonesia Sahat Manaor Panggabean mengatakan itu."))
    assert [tokens[i].text for i in sorted(institution_words(text, tokens, known))] == ["Karantina", "Indonesia"]
    # one unknown word inside the title is a slip to judge, not a name
    tokens = list(tokenize(text := "Kata Dinas Kesehtan Kota Surabaya kemarin."))
    assert [tokens[i].text for i in sorted(institution_words(text, tokens, known))] == ["Kesehtan", "Kota"]



def test_after_a_name_a_titles_word_is_fixed_only_into_a_name(typo_only) -> None:
    # Ismail (a name only use attests) before Tandi: the run of the body's title has become its
    # head's name, and Tandi is no slip of tanda; a slip of a name there is still fixed
    assert typo_only.check("Kepala Dinas Lingkungan Hidup Morowali Ismail Tandi mengatakan itu.") == []
    fixed = typo_only.fix("Kepala Dinas Pertanian Banyuasin Zulkarnain Hasibaun mengatakan itu.")[0]
    assert fixed == "Kepala Dinas Pertanian Banyuasin Zulkarnain Hasibuan mengatakan itu."
    assert typo_only.fix("Kata Kepala Dinas Kesehtan Bantul itu.")[0] == "Kata Kepala Dinas Kesehatan Bantul itu."


def test_a_titles_parts_run_through_the_commas_of_a_list_it_closes_with_dan() -> None:
    text = "Kata Kepala Badan Meteorologi, Klimatolgi, dan Geofisika kemarin."
    assert words_in_titles(text) == ["Meteorologi", "Klimatolgi", "Geofisika"]
    # an address's comma, with no dan closing a list, still ends the title
    assert words_in_titles("Ia ke Kementerian Sosial, Jakarta Pusat, kemarin.") == ["Sosial"]


def test_a_slip_in_a_listed_part_of_a_title_is_fixed(typo_only) -> None:
    fixed = typo_only.fix("Menurut Badan Meteorologi, Klimatolgi, dan Geofisika hujan turun.")[0]
    assert fixed == "Menurut Badan Meteorologi, Klimatologi, dan Geofisika hujan turun."
