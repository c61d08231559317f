"""The edit arithmetic of ``fix``'s second look (``normalizer.edits``), and the second look itself."""
from __future__ import annotations

from normalizer.edits import Shift, apply_edits, confident_edits
from normalizer.findings import Edit

TEXT = "aa bbb c dddd"


def test_shift_maps_untouched_positions_forward_and_later_edits_back() -> None:
    first = [Edit(3, 6, "bbb", "b"), Edit(9, 13, "dddd", "dddddd")]
    edited = apply_edits(TEXT, first)
    assert edited == "aa b c dddddd"
    shift = Shift(first)
    assert [shift.forward(p) for p in (0, 2, 6, 7, 8, 13)] == [0, 2, 4, 5, 6, 13]
    # c, at 5 in the edited text, is at 7 in the text as written
    later = shift.back(Edit(5, 6, "c", "x"))
    assert later is not None and (later.start, later.end, later.old, later.new) == (7, 8, "c", "x")
    assert apply_edits(TEXT, sorted(first + [later], key=lambda e: e.start)) == "aa b x dddddd"
    # an edit of what an earlier pass wrote, or across it, is not carried back
    assert shift.back(Edit(3, 4, "b", "q")) is None
    assert shift.back(Edit(4, 6, " c", "c")) is not None  # beside it is fine
    assert shift.back(Edit(2, 5, " b ", "-")) is None


def test_an_edit_that_deletes_text_still_blocks_a_later_edit_across_its_place() -> None:
    shift = Shift([Edit(2, 3, " ", "")])  # "aa bbb" -> "aabbb"
    assert shift.back(Edit(1, 3, "ab", "xy")) is None
    moved = shift.back(Edit(3, 5, "bb", "B"))
    assert moved is not None and (moved.start, moved.end) == (4, 6)


def test_confident_edits_keep_the_first_of_overlapping_fixes(typo_only) -> None:
    findings = typo_only.check("Dia datang deengan cepat.")
    assert [(e.old, e.new) for e in confident_edits(findings)] == [("deengan", "dengan")]


def test_fix_looks_again_where_a_fix_made_a_neighbours_slip_plain(typo_only) -> None:
    # beside the unknown Surabays, Tipikpr may be a name; beside Surabaya it is the court's Tipikor
    text = "Dilimpahkan ke Pengadilan Tipikpr Surabays kemarin."
    assert [f.word for f in typo_only.check(text) if f.fixable] == ["Surabays"]
    fixed, edits = typo_only.fix(text)
    assert fixed == "Dilimpahkan ke Pengadilan Tipikor Surabaya kemarin."
    assert [(e.start, e.old, e.new) for e in edits] == [(26, "Tipikpr", "Tipikor"), (34, "Surabays", "Surabaya")]
    assert all(text[e.start : e.end] == e.old and e.finding.start == e.start for e in edits)
    assert typo_only.fix(fixed) == (fixed, [])


def test_the_second_look_skips_the_ignored_spans_where_they_moved(typo_only) -> None:
    text = "Ke Pengadilan Tipikpr Surabays. Kode deengan."
    start = text.index("deengan")
    fixed, _ = typo_only.fix(text, [(start, start + len("deengan"))])
    assert fixed == "Ke Pengadilan Tipikor Surabaya. Kode deengan."


def test_an_insertion_at_an_earlier_edits_place_is_not_carried_back() -> None:
    shift = Shift([Edit(2, 4, "cd", "XY")])  # "abcdef" -> "abXYef"
    assert shift.back(Edit(2, 2, "", "!")) is None and shift.back(Edit(4, 4, "", "!")) is None
    moved = shift.back(Edit(5, 5, "", "!"))
    assert moved is not None and (moved.start, moved.end) == (5, 5)


def test_apply_edits_refuses_overlapping_edits() -> None:
    import pytest

    with pytest.raises(ValueError, match="overlap"):
        apply_edits("abcdef", [Edit(2, 4, "cd", "XY"), Edit(3, 3, "", "!")])


def test_a_later_fix_lands_where_the_word_stood_after_an_earlier_fix_changed_the_length(typo_only) -> None:
    # tereoris -> teroris shortens the text by one before Tipikpr, and before the ignored span
    text = "Ia melawan tereoris. Ke Pengadilan Tipikpr Surabays. Kode deengan."
    start = text.index("deengan")
    fixed, edits = typo_only.fix(text, [(start, start + len("deengan"))])
    assert fixed == "Ia melawan teroris. Ke Pengadilan Tipikor Surabaya. Kode deengan."
    assert [(e.old, e.new) for e in edits] == [("tereoris", "teroris"), ("Tipikpr", "Tipikor"), ("Surabays", "Surabaya")]
    assert all(text[e.start : e.end] == e.old and (e.finding.start, e.finding.end) == (e.start, e.end) for e in edits)
