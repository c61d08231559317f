"""Alignment and scores on tiny hand-made cases whose answers can be counted by hand."""
from __future__ import annotations

import math

from benchmarks.accuracy import Suite, evaluate, render, to_json
from benchmarks.metrics import Score, align, score, tokenize
from benchmarks.peers import apply_replies, keep_case, parse_reply

CORRECT = "Mereka bertemu dengan warga di bagian barat laut kota."


def test_tokenize_keeps_numbers_compounds_and_splits_punctuation() -> None:
    assert tokenize('Rusia, 1.623 "sasaran" al-Assad serangan-serangan.') == [
        "Rusia", ",", "1.623", '"', "sasaran", '"', "al-Assad", "serangan-serangan", "."]


def test_a_fix() -> None:
    s = score(CORRECT, CORRECT.replace("dengan", "deengan"), CORRECT)
    assert (s.words, s.corrupted, s.fixed, s.broken, s.residual, s.changed) == (9, 1, 1, 0, 0, 1)
    assert s.fix_rate == 1.0 and s.broken_rate == 0.0 and s.residual_rate == 0.0


def test_a_broken_word() -> None:
    s = score(CORRECT, CORRECT, CORRECT.replace("warga", "harga"))
    assert (s.corrupted, s.correct_in, s.broken, s.residual, s.changed) == (0, 9, 1, 1, 1)
    assert math.isnan(s.fix_rate) and s.broken_rate == 1 / 9


def test_a_missed_typo_and_a_wrong_fix() -> None:
    given = CORRECT.replace("dengan", "deengan").replace("warga", "wrga")
    out = CORRECT.replace("dengan", "deengan").replace("warga", "harga")  # missed one, wrong fix on other
    s = score(CORRECT, given, out)
    assert (s.corrupted, s.fixed, s.broken, s.residual, s.changed) == (2, 0, 0, 2, 1)
    assert s.fix_rate == 0.0 and s.residual_rate == 2 / 9
    assert s.touched == 1 and s.fix_precision == 0.0  # one typo changed, to the wrong word
    good = score(CORRECT, given, CORRECT.replace("warga", "harga").replace("harga", "warga"))
    assert (good.touched, good.fixed, good.fix_precision) == (2, 2, 1.0)


def test_joined_word_split_back_into_two() -> None:
    given = CORRECT.replace("barat laut", "baratlaut")
    fixed = score(CORRECT, given, CORRECT)
    assert (fixed.words, fixed.corrupted, fixed.fixed, fixed.broken, fixed.changed) == (9, 2, 2, 0, 1)
    missed = score(CORRECT, given, given)
    assert (missed.corrupted, missed.fixed, missed.residual, missed.changed) == (2, 0, 2, 0)
    half = score(CORRECT, given, CORRECT.replace("barat laut", "barat-laut"))
    assert (half.fixed, half.residual) == (0, 2)


def test_a_correct_word_split_is_broken_and_an_inserted_word_is_residual() -> None:
    s = score(CORRECT, CORRECT, CORRECT.replace("bertemu", "ber temu"))
    assert (s.broken, s.residual) == (1, 1)
    s = score(CORRECT, CORRECT, CORRECT.replace("di bagian", "di di bagian"))
    assert (s.broken, s.residual, s.changed) == (0, 1, 1)


def test_case_counts_and_punctuation_does_not() -> None:
    s = score(CORRECT, CORRECT, CORRECT.replace("Mereka", "mereka").replace(".", "!"))
    assert (s.words, s.broken) == (9, 1)


def test_align_by_position_and_by_difflib() -> None:
    assert align(["a", "b", "c"], ["a", "x", "c"]) == ([True, False, True], 0)
    assert align(["a", "b", "c", "d"], ["a", "bc", "d"]) == ([True, False, False, True], 0)
    assert align(["a", "b"], ["a", "z", "b"]) == ([True, True], 1)


def test_multi_line_texts_are_aligned_line_by_line_and_summed() -> None:
    correct = "satu dua tiga\nempat lima"
    s = score(correct, "satu dua tiga\nempat lma", "satu dua tiga\nempat lima")
    assert (s.words, s.corrupted, s.fixed) == (5, 1, 1)
    assert Score(1, 2, 3, 4, 5, 6, 7) + Score(1, 1, 1, 1, 1, 1, 1) == Score(2, 3, 4, 5, 6, 7, 8)


# ------------------------------------------------------------- peers, harness
def test_hunspell_replies() -> None:
    assert parse_reply("& deengan 5 13: dengan, dengungan") == ("deengan", 12, ["dengan", "dengungan"])
    assert parse_reply("# Xyzzq 7") == ("Xyzzq", 6, [])
    assert parse_reply("*") is None and parse_reply("+ lawan") is None and parse_reply("-") is None
    line = "kaum militan terus malawan, deengan Xyzzq"
    misses = [("malawan", 19, ["melawan"]), ("deengan", 28, ["dengan", "dengungan"]), ("Xyzzq", 36, [])]
    assert apply_replies(line, misses) == "kaum militan terus melawan, dengan Xyzzq"
    assert apply_replies("a -- b", [("--", 2, ["-wi"])]) == "a -- b"  # no letters: not a word


def test_keep_case() -> None:
    assert [keep_case(w, "dengan") for w in ("Deengan", "DEENGAN", "deengan")] == ["Dengan", "DENGAN", "dengan"]


class Stub:
    """Fixes one known typo, breaks one known word, flags every word with a 'q'."""

    name, version, why_missing = "stub", "1", ""

    def available(self) -> bool:
        return True

    def fix(self, text: str) -> str:
        return text.replace("deengan", "dengan").replace("warga", "harga")

    def flags(self, text: str) -> int:
        return sum("q" in w for w in text.split())

    def style_changes(self) -> int:
        return 1


def test_harness_with_a_stub_system() -> None:
    clean = "Mereka bertemu dengan warga.\nAqil pulang."
    suites = [Suite("sample", "Dia datang dengan cepat.", "Dia datang deengan cepat."),
              Suite("typos", clean, clean.replace("dengan", "deengan").replace("pulang", "pulamg"), seed=1),
              Suite("clean", clean, clean)]
    r = evaluate(Stub(), suites)  # type: ignore[arg-type]
    assert r.sample_exact is True
    assert (r.scores["typos"].corrupted, r.scores["typos"].fixed, r.scores["typos"].broken) == (2, 1, 1)
    assert (r.scores["clean"].words, r.scores["clean"].changed, r.flags, r.style) == (6, 1, 1, 1)
    assert r.words == 4 + 6 + 6 and r.seconds > 0
    table = render([r], ["header"])
    assert "typos: fix rate" in table and "50.0 %" in table and "166.7" in table
    assert '"stub"' in to_json([r], {"seeds": [1]})


class GoodStub(Stub):
    """Plays ejaan: fixes both typos, breaks nothing, flags nothing."""

    name = "ejaan"

    def fix(self, text: str) -> str:
        return text.replace("deengan", "dengan").replace("pulamg", "pulang")

    def flags(self, text: str) -> int:
        return 0

    def style_changes(self) -> int:
        return 0


def test_verdicts_mark_targets_and_the_lead_over_peers() -> None:
    import json

    from benchmarks.accuracy import ROWS, verdicts

    clean = "Mereka bertemu dengan warga.\nAqil pulang."
    suites = [Suite("sample", "Dia datang dengan cepat.", "Dia datang deengan cepat."),
              Suite("typos", clean, clean.replace("dengan", "deengan").replace("pulang", "pulamg"), seed=1),
              Suite("clean", clean, clean)]
    good, peer = evaluate(GoodStub(), suites), evaluate(Stub(), suites)  # type: ignore[arg-type]
    row = {r.label: r for r in ROWS}
    assert verdicts(row["typos: fix rate"], good, [peer]) == ("pass", "yes")
    assert verdicts(row["clean: flags / 1000 words"], good, [peer]) == ("pass", "yes")
    assert verdicts(row["typos: fix rate"], peer, [good]) == ("FAIL", "no")
    assert verdicts(row["typos: fix rate"], None, [peer]) == ("n/a", "n/a")
    data = json.loads(to_json([good, peer], {}))
    assert data["targets"]["typos: broken rate"] == {"target": "<= 0.5 %", "judged": "ejaan", "pass": "pass",
                                                     "ahead_of_peers": "yes"}
    assert data["systems"]["ejaan"]["metrics"]["typos: fix rate"] == 1.0
    # both stubs change only typos to the right word (the peer's harm is a broken word, not a wrong fix)
    assert verdicts(row["typos: typos changed that are right"], good, [peer]) == ("pass", "no")
    assert data["systems"]["stub"]["metrics"]["typos: typos changed that are right"] == 1.0


def test_typo_rows_judge_the_typo_layer_and_whole_tool_rows_the_default() -> None:
    from benchmarks.accuracy import Result, judged

    full, typo, peer = Result("ejaan"), Result("ejaan-nostyle"), Result("hunspell")
    assert judged([full, typo, peer], "typo") == (typo, [peer])
    assert judged([full, typo, peer], "all") == (full, [peer])
    assert judged([full, peer], "typo") == (full, [peer])  # nostyle not run: the default stands in
    typo.missing = "broken"
    assert judged([full, typo, peer], "typo")[0] is full


def test_style_changes_of_standard_words_are_judged_by_hunspell(monkeypatch) -> None:
    import benchmarks.accuracy as acc

    r = acc.Result("ejaan", style_originals=["resiko", "di bangun", "nasehat"])
    monkeypatch.setattr(acc, "hunspell_rejects", lambda words: {"resiko"})
    acc.judge_standard([r, acc.Result("hunspell")], "Dia di bangun resiko nasehat 12 .")
    # "di bangun" and "nasehat" are words Hunspell accepts; "resiko" is not standard
    assert (r.style_standard, r.standard_words) == (2, 4)
    monkeypatch.setattr(acc, "hunspell_rejects", lambda words: None)
    r2 = acc.Result("ejaan", style_originals=["resiko"])
    acc.judge_standard([r2], "resiko")
    assert r2.style_standard is None  # no Hunspell: not measured, never a made-up zero


def test_a_missing_peer_says_why_instead_of_crashing() -> None:
    from benchmarks.peers import Hunspell

    h = Hunspell(dictionary="xx_NOPE", install=False)
    assert h.available() is False and h.why_missing.startswith("hunspell: missing")
