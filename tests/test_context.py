"""Word-pair counts: discounted association of a candidate with its neighbours."""
from __future__ import annotations

import pytest

from normalizer import context
from normalizer.context import Bigrams

PAIRS = {
    ("di", "pasar"): 30,
    ("di", "rumah"): 40,
    ("di", "sini"): 10,
    ("pasir", "putih"): 12,
    ("rumah", "sakit"): 20,
    ("sakit", "hati"): 2,
}


def test_marginals() -> None:
    b = Bigrams.from_counts(PAIRS)
    assert b.count("di", "pasar") == 30 and b.count("pasar", "di") == 0
    assert b.followers("di") == 3 and b.leaders("putih") == 1 and b.leaders("di") == 0
    assert b.followers("kami") == 0


def test_unseen_pairs_and_unknown_words_carry_no_evidence() -> None:
    b = Bigrams.from_counts(PAIRS)
    assert b.after("di", "pasir", 1e-5) == 0.0
    assert b.after("kami", "pasar", 1e-4) == 0.0
    assert b.before("pasar", "putih", 1e-4) == 0.0
    assert b.after("di", "pasar", 0.0) == 0.0  # a word we have no frequency for


def test_a_seen_pair_raises_the_candidate_on_either_side() -> None:
    b = Bigrams.from_counts(PAIRS)
    assert b.after("di", "pasar", 1e-4) > 0
    assert b.before("pasir", "putih", 1e-5) > 0


def test_more_observations_more_evidence_and_a_rarer_word_more_surprise() -> None:
    b = Bigrams.from_counts(PAIRS)
    assert b.after("di", "rumah", 1e-4) > b.after("di", "pasar", 1e-4)
    assert b.after("di", "pasar", 1e-5) > b.after("di", "pasar", 1e-4)


def test_a_pair_seen_no_more_than_the_discount_counts_for_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    b = Bigrams.from_counts(PAIRS)
    monkeypatch.setattr(context, "DISCOUNT", 2.0)
    assert b.after("sakit", "hati", 1e-4) == 0.0
    monkeypatch.setattr(context, "DISCOUNT", 1.0)
    assert b.after("sakit", "hati", 1e-4) > 0.0


def test_the_shipped_table_loads() -> None:
    b = Bigrams.load()
    assert b.count("rumah", "sakit") > 0 and b.followers("rumah") > 1


def test_rows_round_trip_through_the_file_format() -> None:
    """What build.py writes is what the runtime reads: every count and marginal survives."""
    rows = list(context.format_rows(PAIRS))
    assert rows[0].startswith("di\t0\trumah 40 pasar 30 sini 10")
    b = Bigrams(dict(line.split("\t", 1) for line in rows))
    assert all(b.count(a, c) == n for (a, c), n in PAIRS.items())
    assert b.leaders("hati") == 1 and b.followers("hati") == 0


def test_the_shipped_table_is_built_from_bigrams_txt() -> None:
    """A stale bigrams.idx (bigrams.txt edited, table not rebuilt) fails here: run `build.py --table`."""
    from normalizer import hashfile
    from normalizer.resources import data_dir

    table, digest = hashfile.open_file(data_dir() / context.TABLE)
    assert digest == context.source_digest(data_dir() / context.FILE)
    rows = context.read_rows(data_dir() / context.FILE)
    assert len(rows) > 10_000
    assert all(table.get(word) == row for word, row in list(rows.items())[::97])


def test_without_the_table_the_text_is_read(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from normalizer.resources import data_dir

    (tmp_path / context.FILE).write_bytes((data_dir() / context.FILE).read_bytes())
    monkeypatch.setattr(context, "data_path", lambda name: tmp_path / name)
    from_text = Bigrams.load()
    assert isinstance(from_text._rows, dict)
    context.write_table(tmp_path)
    from_table = Bigrams.load()
    assert not isinstance(from_table._rows, dict)
    for first, second in [("rumah", "sakit"), ("di", "pasar"), ("salah", "satu"), ("zzz", "di")]:
        assert from_text.count(first, second) == from_table.count(first, second)
        assert from_text.followers(first) == from_table.followers(first)
        assert from_text.leaders(second) == from_table.leaders(second)
