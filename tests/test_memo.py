"""The bounded memos: a long-lived Normalizer must not grow without end."""
from normalizer.memo import Memo


def test_memo_keeps_entries_below_its_limit() -> None:
    memo: Memo[str, int] = Memo(3)
    for i, word in enumerate("abc"):
        assert memo.put(word, i) == i
    assert dict(memo) == {"a": 0, "b": 1, "c": 2}


def test_memo_is_emptied_when_a_new_entry_would_pass_the_limit() -> None:
    memo: Memo[str, int] = Memo(3)
    for i, word in enumerate("abcd"):
        memo.put(word, i)
    assert dict(memo) == {"d": 3}


def test_replacing_an_entry_of_a_full_memo_keeps_the_rest() -> None:
    memo: Memo[str, int] = Memo(2)
    memo.put("a", 0)
    memo.put("b", 1)
    memo.put("a", 5)
    assert dict(memo) == {"a": 5, "b": 1}


def test_a_normalizers_memos_stay_within_their_limits(monkeypatch) -> None:
    from normalizer import Normalizer, lexicon, pipeline, rank

    monkeypatch.setattr(lexicon, "FLAG_MEMO_LIMIT", 50)
    monkeypatch.setattr(pipeline, "WORD_MEMO_LIMIT", 10)
    monkeypatch.setattr(rank, "RANK_MEMO_LIMIT", 5)
    n = Normalizer(style=False)
    words = " ".join(f"kata{chr(97 + i)}{chr(97 + j)}x" for i in range(6) for j in range(6))
    n.check(f"Dia datang deengan cepat dan {words}.")
    assert len(n.lexicon._flag_memo) <= 50
    assert len(n.lexicon._analyses) <= 50
    assert max(len(n._valid), len(n._doubt), len(n._style_hits), len(n._quiet)) <= 10
    decider = n.decider
    assert len(decider.ranker._ranked) <= 5 and len(decider.ranker._listed) <= 5
