"""The dictionary build's rules that run without the sources (dictionaries/build.py)."""
from __future__ import annotations

import sys
import types

import pytest

from dictionaries.build import corpus_count, corpus_slips, english_words, rare_corpus_slips


def test_a_corpus_word_one_slip_from_a_far_commoner_vouched_word_is_a_typo() -> None:
    frequency = {"pertama": 977_000, "perrtama": 7_954, "bukan": 2_090_000, "bukaan": 4_470, "kopdar": 900}
    corpus = {"perrtama", "bukaan", "kopdar", "pertaam", "prtama"}
    vouched = {"pertama", "bukan", "bukaan"}  # bukaan (buka + -an): the morphology vouches for it
    assert corpus_slips(corpus, frequency, vouched) == {
        "perrtama",  # a letter typed twice, 123 times rarer
        "pertaam",  # two neighbours swapped; unknown to the web list, so rarer than its floor
    }  # not bukaan (vouched for), kopdar (near no commoner word), prtama (a lost letter is no plain slip)


def test_a_short_corpus_word_used_a_few_times_beside_hundreds_of_uses_of_its_word_is_a_typo() -> None:
    frequency = {"karena": 3_160_000, "ajaran": 44_700, "ajarin": 900, "sanger": 50, "sangar": 1_910, "melalui": 537_000,
                 "warna": 400_000}
    corpus = {"karena": 1_255, "karea": 5, "ajaran": 13, "ajarin": 1, "sangar": 3, "sanger": 2, "melalui": 341, "melaui": 4,
              "warna": 300, "warni": 5}
    vouched = {"karena", "ajaran", "sangar", "melalui", "warna"}
    # karena lost its n (251 times the uses); melalui its l (85 times: enough for a word of six letters)
    assert rare_corpus_slips(corpus, frequency, vouched) == {"karea", "melaui"}
    # not ajarin (one use, and a lost letter of ajaran, 50 times commoner on the web, but the news
    # uses ajaran only 13 times), sanger (sangar barely used), warni (five letters: 60 times the uses only)
    assert rare_corpus_slips({**corpus, "karea": 6, "melaui": 6}, frequency, vouched) == set()  # six times: maybe a word
    assert rare_corpus_slips({**corpus, "melalui": 190}, frequency, vouched) == {"karea"}  # 47 times the uses: not enough


def test_a_slip_must_be_far_rarer_than_its_word() -> None:
    frequency = {"rumah": 900_000, "rumha": 90_000}
    assert corpus_slips({"rumha"}, frequency, {"rumah"}) == set()  # only 10 times rarer: may be a word
    assert corpus_slips({"rumha"}, {**frequency, "rumha": 40_000}, {"rumah"}) == {"rumha"}


def test_english_words_hold_listed_words_far_commoner_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    zipf = {"you": 6.98, "the": 7.73, "data": 5.3, "problem": 5.4, "which": 6.0, "ok": 5.0, "rare": 2.0}
    fake = types.SimpleNamespace(top_n_list=lambda lang, n: list(zipf), zipf_frequency=lambda word, lang: zipf[word])
    monkeypatch.setitem(sys.modules, "wordfreq", fake)
    indonesian = {"you": 229_000, "the": 575_000, "data": 316_000, "problem": 14_800}
    assert english_words(indonesian, kbbi={"problem"}) == {"you": 698, "the": 773, "which": 600}
    # not data (as common in Indonesian), problem (a KBBI word), ok (too short), rare (too rare)


def test_near_a_far_commoner_word_a_typical_slip_is_a_typo_and_the_rest_are_shadowed() -> None:
    from dictionaries.build import near_commoner

    confirmed = {"tidak", "toko", "pakai"}
    counts = {"tidak": 7_590_000, "toko": 132_000, "pakai": 900_000,
              "tdak": 5_000,  # tidak less one letter: a typo
              "sidak": 2_340,  # one edit, but s for t is no typical slip: a word (inspeksi mendadak)
              "posko": 5_130,  # two edits from toko: a word
              "tidk": 500_000,  # a slip, but not 20 times rarer: may be a word
              "kopdar": 900}  # near nothing commoner
    typos, shadowed = near_commoner(counts, confirmed)
    assert typos == {"tdak"}
    assert shadowed == {"sidak", "posko"}
    # a long word one of a double lost from a confirmed word ten times as frequent is the web's
    # misspelling; a short one so close stands (sukuk beside suku), and so does a rarer one
    counts = {"mengganggu": 74_100, "menggangu": 6_460, "suku": 83_000, "sukuk": 8_000,
              "perusahaan": 100_000, "perusahan": 20_000}
    typos, _ = near_commoner(counts, {"mengganggu", "suku", "perusahaan"})
    assert typos == {"menggangu"}


def test_a_double_letter_lost_where_an_affix_meets_its_stem_is_a_typo() -> None:
    from dictionaries.build import boundary_slips

    frequency = {"menunjukkan": 10_700, "menunjukan": 1_000, "jawabannya": 36_300, "jawabanya": 1_000,
                 "kebahagiaan": 14_800, "kebahagian": 1_000, "suku": 83_000, "sukuk": 1_000,
                 "massal": 4_000, "masal": 1_000, "dimasukkan": 500, "dimasukan": 400}
    vouched = {"menunjukkan", "jawabannya", "kebahagiaan", "suku", "massal", "dimasukkan"}
    assert boundary_slips(frequency, frequency, vouched) == {"menunjukan", "jawabanya", "kebahagian"}
    # not sukuk (a k added, no double lost), masal (ss is no affix boundary), dimasukan (the right form not twice as common)


def test_a_lost_double_vouched_for_only_by_a_parse_is_a_typo_when_far_rarer() -> None:
    from dictionaries.build import PARSE_ONLY_RATIO, boundary_slips

    # perusahan parses as per- + usah + -an, temanya as tema + -nya: only the ratio tells them apart
    frequency = {"perusahaan": 537_000, "perusahan": 3_630, "temannya": 63_000, "temanya": 5_130}
    vouched = set(frequency)
    parse_only = {"perusahan", "temanya"}
    assert 537_000 / 3_630 >= PARSE_ONLY_RATIO > 63_000 / 5_130
    assert boundary_slips(frequency, frequency, vouched, parse_only=parse_only) == {"perusahan"}
    assert boundary_slips(frequency, frequency, vouched) == set()  # vouched by a dictionary: kept


def test_a_generated_form_is_dropped_for_the_k_or_n_an_affix_doubles_only() -> None:
    from dictionaries.build import boundary_slips

    # Hunspell's rules accept menegakan, mengiring and tertawan; no corpus writes them. Only the
    # k of -kan (menegakkan) counts: menggiring and tertawaan are other words
    frequency = {"menegakkan": 30_000, "menggiring": 9_000, "tertawaan": 1_500}
    unattested = {"menegakan", "mengiring", "tertawan"}
    vouched = set(frequency) | unattested
    assert boundary_slips(unattested, frequency, vouched, weakly=unattested, letters="kn") == {"menegakan"}
    assert boundary_slips(unattested, frequency, vouched, weakly=unattested) == unattested  # every double


def test_a_lost_double_vouched_for_only_by_a_parse_through_an_unused_root_is_a_typo() -> None:
    from dictionaries.build import boundary_slips

    frequency = {"memasukkan": 49_000, "memasukan": 7_590}
    # memasukan parses as meN- + pasu + -kan, pasu a KBBI root no text uses
    vouched = {"memasukkan", "memasukan"}
    assert boundary_slips(frequency, frequency, vouched) == set()
    assert boundary_slips(frequency, frequency, vouched, weakly={"memasukan"}) == {"memasukan"}


def test_shipped_lists_hold_no_lost_double_of_a_common_kkan_form() -> None:
    from normalizer.resources import data_dir

    listed = set((data_dir() / "words.txt").read_text(encoding="utf-8").split()[::2])
    assert {"memasukkan", "meletakkan", "menggerakkan", "disuntikkan"} <= listed
    assert not {"memasukan", "meletakan", "menggerakan", "disuntikan"} & listed


def test_a_colloquial_in_verb_is_no_root() -> None:
    from dictionaries.build import colloquial_in

    roots = {"selesai", "ajar", "kafe", "kam", "doa"}
    forms = {"selesaikan", "ajari", "kami", "doakan"}
    assert colloquial_in("selesain", roots, forms) and colloquial_in("ajarin", roots, forms)
    assert colloquial_in("doain", roots, forms)
    assert not colloquial_in("kafein", roots, forms)  # no kafekan: caffeine, root of berkafein
    assert not colloquial_in("kamin", roots, forms)  # kami is no -i form of kam


def test_the_news_terms_are_lower_case_words_and_listed() -> None:
    from dictionaries.build import news_terms
    from normalizer.resources import data_dir

    terms = news_terms()
    assert terms and all(t.replace("-", "").isalpha() and t.islower() for t in terms)  # gerak-gerik too
    listed = set((data_dir() / "words.txt").read_text(encoding="utf-8").split()[::2])
    assert terms <= listed


def test_a_long_corpus_word_a_lost_letter_from_a_far_commoner_word_is_a_typo() -> None:
    frequency = {"pemerintah": 468_000, "pemeritah": 13_256, "ajaran": 60_000, "ajarin": 1_000}
    vouched = {"pemerintah", "ajaran"}
    # pemerintah less its n; ajarin is as close to ajaran, but short words stand that close (colloquial -in)
    assert corpus_slips({"pemeritah", "ajarin"}, frequency, vouched) == {"pemeritah"}


def test_a_corpus_verb_rewritten_to_root_plus_i_is_held_under_the_web_floor() -> None:
    web = {"melakukan": 400_000, "hadiri": 2_000, "dengan": 9_000_000}
    roots = {"laku", "hadir", "tampung"}
    assert corpus_count("lakui", 1_500_000, web, roots) == 1_999  # lakui: corpus-only, root + -i
    assert corpus_count("hadiri", 5_000, web, roots) == 5_000  # the web lists it
    assert corpus_count("tertampung", 8_000, web, roots) == 8_000  # no bare root + -i



def test_the_village_parts_and_attested_only_forms_are_consistent_with_the_word_list() -> None:
    from normalizer.resources import data_dir

    directory = data_dir()
    listed = set((directory / "words.txt").read_text(encoding="utf-8").split()[::2])
    villages = (directory / "villages.txt").read_text(encoding="utf-8").split()
    assert villages == sorted(villages) and all(v.isalpha() and v.islower() and len(v) >= 6 for v in villages)
    counts = dict(zip(*[iter((directory / "words.txt").read_text(encoding="utf-8").split())] * 2))
    # vetoes only: no village part is a listed word but one no corpus counts (KBBI's sangau, Riau's Sangau)
    assert all(counts[v] == "1" for v in set(villages) & listed) and {"sangau", "bangai"} <= set(villages) & listed
    attested = set((directory / "attested_only.txt").read_text(encoding="utf-8").split())
    assert attested <= listed and {"yohanes", "hollywood"} <= attested
    assert not {"universitas", "kehilangan", "laksamana"} & attested  # dictionary words and derivations
