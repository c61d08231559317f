"""The story's own words near a token raise a candidate's rank (``normalizer.storywords``, ``rank.story_bonus``)."""
from __future__ import annotations

import math

from normalizer.rank import STORY_CAP, Ranked, story_bonus
from normalizer.storywords import WINDOW, StoryWords
from normalizer.tokenize import tokenize


def test_a_words_share_counts_its_uses_within_the_window_only() -> None:
    text = "mahram " + "kata " * (WINDOW + 10) + "mahram"
    words = StoryWords(list(tokenize(text)))
    # from token 1, tokens 0 to WINDOW + 1 are near (the first mahram); the last is out of reach
    near_start = words.near(1)
    assert near_start("mahram") == 1 / (WINDOW + 1)
    assert near_start("muram") == 0.0
    # from token WINDOW + 5, tokens 5 to the last (the second mahram, token WINDOW + 11)
    assert words.near(WINDOW + 5)("mahram") == 1 / (WINDOW + 6)


def test_a_rare_word_the_story_writes_gains_far_more_than_a_common_one() -> None:
    share = {"mahram": 0.01, "dengan": 0.01}.get
    rare = story_bonus(Ranked("mahram", 0.0, 0.6, 1.5), lambda w: share(w) or 0.0)
    common = story_bonus(Ranked("dengan", 0.0, 0.6, 7.0), lambda w: share(w) or 0.0)
    assert rare == STORY_CAP and 0 < common < 0.1
    assert story_bonus(Ranked("muram", 0.0, 0.6, 3.2), lambda w: 0.0) == 0.0
    assert story_bonus(Ranked("muram", 0.0, 0.6, 3.2), None) == 0.0
    assert math.isclose(story_bonus(Ranked("x", 0.0, 0.6, 5.0), lambda w: 0.002), math.log10(1 + 0.05 * 0.002 / 1e-4))


def test_the_same_slip_reads_as_the_word_its_story_writes(typo_only) -> None:
    # by the corpus mhram is muram (Zipf 3.2, a key off); a hajj story that writes mahram means mahram
    plain = "Ia berangkat tanpa mhram ke Madinah."
    hajj = plain + " Perempuan di atas 45 tahun kini boleh berangkat umrah tanpa mahram."
    assert typo_only.fix(plain)[0] == plain.replace("mhram", "muram")
    assert typo_only.fix(hajj)[0] == hajj.replace("mhram", "mahram")


def test_only_lower_case_uses_count() -> None:
    words = StoryWords(list(tokenize("Negara Asia itu, asis, dan asia.")))
    assert words.near(3)("asia") == 1 / 5


def test_only_the_tokens_story_and_one_slip_candidates_count() -> None:
    words = StoryWords(list(tokenize("mahram itu. Jakarta (ANTARA) - Warga tanpa mhram.")))
    assert words.near(5)("mahram") > 0
    assert words.near(5, 2)("mahram") == 0.0  # the story that starts at token 2 does not write it
    # a candidate two slips off gains nothing from the story (STORY_MAX_COST)
    assert story_bonus(Ranked("mahram", 0.0, 1.25, 1.5), lambda w: 0.01) == 0.0
