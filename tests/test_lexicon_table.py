"""The word table: a memory-mapped hash file that answers which lists hold a word."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from normalizer import hashfile, lexicon
from normalizer.lexicon import Lexicon, table_digest, write_table
from normalizer.resources import data_dir


def test_round_trip(tmp_path: Path) -> None:
    items = {"dengan": "f", "rumah": "fr", "kata": "q", "émigré": "f", "": "x"}
    hashfile.write_file(tmp_path / "t.idx", items, b"source")
    table, digest = hashfile.open_file(tmp_path / "t.idx")
    assert digest == b"source".ljust(32, b"\0")
    assert all(table.get(k) == v for k, v in items.items())
    assert table.get("dengann") is None and table.get("rumah\tfr") is None


@pytest.mark.parametrize("damage", ["truncate", "header", "data"])
def test_damage_is_detected_not_trusted(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "t.idx"
    hashfile.write_file(path, {f"kata{i}": "f" for i in range(50)}, b"")
    data = bytearray(path.read_bytes())
    if damage == "truncate":
        data = data[:-3]
    elif damage == "header":
        data[12] ^= 1
    else:
        data[-2] ^= 1  # inside the last bucket's words
    path.write_bytes(bytes(data))
    with pytest.raises(hashfile.CorruptIndex):
        table, _ = hashfile.open_file(path)
        for i in range(50):
            table.get(f"kata{i}")


def test_the_shipped_table_is_built_from_the_shipped_lists() -> None:
    """A stale lexicon.idx (lists edited, table not rebuilt) fails here: run `build.py --table`."""
    _table, digest = hashfile.open_file(data_dir() / lexicon.TABLE)
    assert digest == table_digest(data_dir())


def test_the_shipped_written_names_are_derived_from_the_shipped_lists(tmp_path: Path) -> None:
    """A stale written_names.txt fails here: run `build.py --table`."""
    from normalizer.names import WRITTEN_NAME_MIN_COUNT, WRITTEN_NAME_MIN_ZIPF

    for name in (lexicon.NAMES, "words.txt", "attested_only.txt"):
        shutil.copy(data_dir() / name, tmp_path / name)
    lexicon.write_written_names(tmp_path, WRITTEN_NAME_MIN_COUNT, round(10**WRITTEN_NAME_MIN_ZIPF))
    shipped = (data_dir() / lexicon.WRITTEN_NAMES).read_text(encoding="utf-8")
    assert (tmp_path / lexicon.WRITTEN_NAMES).read_text(encoding="utf-8") == shipped
    written = Lexicon().written_names
    assert "pertamina" in written and "zulkarnain" in written  # a corpus name (weight 67); one the web writes (Zipf 3.1)
    assert "dengan" not in written


def test_table_answers_as_the_lists_do() -> None:
    folder = data_dir()
    forms = (folder / "words.txt").read_text(encoding="utf-8").split()[::2]
    roots = set((folder / "roots.txt").read_text(encoding="utf-8").split())
    rare = set((folder / "rare_roots.txt").read_text(encoding="utf-8").split())
    lex = Lexicon()
    sample = forms[::997] + sorted(roots)[::331] + sorted(rare)[::331]
    for word in sample:
        assert (word in lex.forms, word in lex.roots, word in lex.rare_roots) == (True, word in roots, word in rare)
    for junk in ("dengann", "xqzv", "rumah sakit", "Dengan", "ruma\udcff"):
        assert junk not in lex.forms and not lex.is_root(junk)


def test_without_the_table_the_lists_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for path in data_dir().iterdir():
        if path.is_file() and path.name != lexicon.TABLE:
            shutil.copy(path, tmp_path / path.name)
    monkeypatch.setattr(lexicon, "data_path", lambda name: tmp_path / name)
    lex = Lexicon()
    assert isinstance(lex.forms, frozenset) and "dengan" in lex.forms
    assert lex.is_valid("pemerintahannya") and not lex.is_valid("pemerintahanya")
    write_table(tmp_path)  # what build.py does: the next lexicon uses it
    again = Lexicon()
    assert not isinstance(again.forms, frozenset) and "dengan" in again.forms
    assert again.is_valid("pemerintahannya") and not again.is_valid("pemerintahanya")


def test_word_values_answer_the_same_searched_in_place_and_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "values.txt"
    path.write_text("".join(f"kata{i} {i}\n" for i in range(200)), encoding="utf-8")
    values = lexicon.WordValues(path)
    asked = [f"kata{i}" for i in range(0, 200, 2)] + ["tiada", "kata 1", ""]
    answers = [values.get(w) for w in asked]  # past SEARCHES the list is read whole
    assert values._all is not None
    assert answers == [values.get(w) for w in asked] == [int(w[4:]) for w in asked[:100]] + [None, None, None]
    assert "kata3" in values and "kata" not in values


def test_the_table_knows_every_name_and_its_weight() -> None:
    lex = Lexicon()
    names = lex.names  # the whole list, read as it was before the table held names
    for lower, weight in list(names.items())[::7]:
        assert lex.name_weight(lower) == weight
    for junk in ("moskoww", "xqzv", "dengan"):
        assert lex.name_weight(junk) is None or junk in names


def test_names_from_the_head_of_the_list_hold_every_heavy_name() -> None:
    """``names_from`` reads names.txt only down to a weight: the list must be sorted, heaviest first."""
    lex = Lexicon()
    weights = [int(w) for w in (data_dir() / lexicon.NAMES).read_text(encoding="utf-8").split()[1::2]]
    assert weights == sorted(weights, reverse=True)
    for floor in (20, 100, 500):
        heavy = {n for n, w in lex.names.items() if w >= floor}
        assert heavy == lex.names_from(floor)
        assert all(lex.name_weight(n) >= floor for n in heavy)


def test_of_two_spellings_of_a_name_the_heavier_weight_counts() -> None:
    assert lexicon._lower_names({"Adm": 200, "ADM": 37, "Waris": 20, "WARIS": 90}) == {"adm": 200, "waris": 90}


def test_the_flag_memo_stays_bounded(monkeypatch) -> None:
    import normalizer.lexicon as lexicon_module
    from normalizer.lexicon import Lexicon

    monkeypatch.setattr(lexicon_module, "FLAG_MEMO_LIMIT", 3)
    lexicon = Lexicon()
    answers = [lexicon.is_form(w) for w in ("dengan", "rumah", "xyzq", "makan", "dengan")]
    assert answers == [True, True, False, True, True]  # the same answers after the memo is emptied
    assert len(lexicon._flag_memo) <= 3
