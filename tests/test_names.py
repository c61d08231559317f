"""The story-name searches of normalizer.names: the per-story shapes and their scans."""
from __future__ import annotations

import pytest

from normalizer import names
from normalizer.names import _lost_a_letter_of, _one_lost_index, _story_names_like


@pytest.mark.parametrize(("word", "story", "found"), [
    ("aremnia", {"aremania", "armenia", "arema"}, ("aremania",)),
    ("aba", {"abba", "abca", "aaba"}, ("aaba", "abba", "abca")),   # the lost letter anywhere but first, doubled or not
    ("ba", {"aba", "bba"}, ("bba",)),                             # never the first letter
    ("aéb", {"aééb", "aéxb"}, ("aéxb",)),                         # a letter a-z put back, not any character
    ("surabay", {"surabaya", "suraba", "surabayaa"}, ("surabaya",)),
])
def test_a_letter_lost_from_a_story_name(word: str, story: set[str], found: tuple[str, ...]) -> None:
    assert _lost_a_letter_of(word, frozenset(story)) == found


def test_a_long_story_is_asked_through_its_index_with_the_same_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    story = frozenset({"abba", "abca", "aaba", "abxa", "abya", "abza", "abqa", "abra", "absa", "abta", "aéba"})
    scanned = _lost_a_letter_of("aba", story)
    monkeypatch.setattr(names, "STORY_SCAN_MAX", 0)
    assert _lost_a_letter_of("aba", story) == scanned == _one_lost_index(story)["aba"]


def test_story_names_like_keep_the_first_letter_and_the_length_to_one() -> None:
    story = frozenset({"jember", "jembe", "jemberr", "jemberrr", "kember", "jembet"})
    assert sorted(_story_names_like(story, "jembet")) == ["jembe", "jember", "jemberr"]
    assert sorted(_story_names_like(story, "jembet", (0,))) == ["jember"]
