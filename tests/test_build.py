"""The dictionary build's rules that run without the sources (dictionaries/build.py)."""
from __future__ import annotations

from dictionaries.build import corpus_slips


def test_a_corpus_word_one_slip_from_a_far_commoner_vouched_word_is_a_typo() -> None:
    frequency = {"pertama": 977_000, "perrtama": 7_954, "bukan": 2_090_000, "bukaan": 4_470, "kopdar": 900}
    corpus = {"perrtama", "bukaan", "kopdar", "pertaam", "prtama"}
    vouched = {"pertama", "bukan", "bukaan"}  # bukaan (buka + -an): the morphology vouches for it
    assert corpus_slips(corpus, frequency, vouched) == {
        "perrtama",  # a letter typed twice, 123 times rarer
        "pertaam",  # two neighbours swapped; unknown to the web list, so rarer than its floor
    }  # not bukaan (vouched for), kopdar (near no commoner word), prtama (a lost letter is no plain slip)


def test_a_slip_must_be_far_rarer_than_its_word() -> None:
    frequency = {"rumah": 900_000, "rumha": 90_000}
    assert corpus_slips({"rumha"}, frequency, {"rumah"}) == set()  # only 10 times rarer: may be a word
    assert corpus_slips({"rumha"}, {**frequency, "rumha": 40_000}, {"rumah"}) == {"rumha"}
