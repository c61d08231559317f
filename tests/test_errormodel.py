"""The weighted typo cost and the letter-trigram word-shape model."""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer import errormodel as em
from normalizer.errormodel import WordShape, adjacent_keys, is_name_slip, is_slip, one_edit_apart, one_edit_sources, typo_cost


def test_identical_words_cost_nothing() -> None:
    assert typo_cost("rumah", "rumah") == 0.0
    assert typo_cost("Rumah", "rumah") == 0.0  # case is not a typo


def test_a_doubled_letter_is_cheaper_than_an_arbitrary_insertion() -> None:
    assert typo_cost("rumaah", "rumah") == em.DOUBLED
    assert typo_cost("rumaxh", "rumah") == em.ARBITRARY
    assert typo_cost("rumaah", "rumah") < typo_cost("rumaxh", "rumah")


def test_a_neighbouring_key_is_cheaper_than_a_far_one() -> None:
    assert adjacent_keys("a", "s") and adjacent_keys("s", "a")
    assert not adjacent_keys("a", "p")
    assert typo_cost("rumsh", "rumah") == em.NEIGHBOUR_KEY  # s sits next to a
    assert typo_cost("rumph", "rumah") == em.ARBITRARY  # p is across the keyboard
    assert typo_cost("rumsh", "rumah") < typo_cost("rumph", "rumah")


def test_neighbour_keys_lists_exactly_the_adjacent_letters() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    for a in letters:
        assert set(em.neighbour_keys(a)) == {b for b in letters if adjacent_keys(a, b)}
    assert em.neighbour_keys("n") == "bhjm"
    assert em.neighbour_keys("1") == "" and em.neighbour_keys("é") == ""


def test_a_stray_key_beside_its_neighbour_is_cheaper_than_a_random_one() -> None:
    assert typo_cost("rumasah", "rumah") > typo_cost("rumash", "rumah") >= em.STRAY_NEIGHBOUR - 1e-9


def test_a_wrong_vowel_is_cheaper_than_a_wrong_consonant() -> None:
    # o for a: both vowels, not neighbours on the keyboard
    assert typo_cost("rumoh", "rumah") == em.VOWEL
    assert typo_cost("rumoh", "rumah") < typo_cost("rumbh", "rumah")


def test_a_vowel_on_its_neighbouring_key_is_cheaper_than_either_slip_alone() -> None:
    # u for i (and i for o) is both a wrong vowel and a neighbouring key: dirugukan is dirugikan
    # (rugi) rather than diragukan (ragu), which a wrong vowel alone makes of it
    assert typo_cost("dirugukan", "dirugikan") < typo_cost("dirugukan", "diragukan")
    assert em.substitution_cost("u", "i") < em.substitution_cost("u", "a") == em.VOWEL
    assert em.substitution_cost("o", "i") < em.substitution_cost("s", "a") == em.NEIGHBOUR_KEY


def test_two_swapped_neighbours_are_one_slip_not_two_substitutions() -> None:
    assert typo_cost("rmuah", "rumah") == em.SWAPPED
    assert typo_cost("rmuah", "rumah") < 2 * em.VOWEL


def test_a_dropped_letter_of_a_double_is_the_cheapest_slip() -> None:
    # the affix-keeping case: -nya on a word ending in -n
    assert typo_cost("pendapatanya", "pendapatannya") == em.DROPPED_DOUBLE
    assert typo_cost("pendapatanya", "pendapatan") > 2 * em.DROPPED_DOUBLE
    assert em.DROPPED_DOUBLE <= em.DROPPED


def test_a_roots_k_written_once_before_kan_is_a_spelling_habit_cheaper_than_any_slip() -> None:
    # menaikan: naik + -kan; writers drop the k of the root, not a key
    assert typo_cost("menaikan", "menaikkan") == em.ROOT_K_BEFORE_KAN
    assert typo_cost("menaikan", "menaikkan") < typo_cost("menaikan", "kenaikan")
    assert typo_cost("meletakannya", "meletakkannya") == em.ROOT_K_BEFORE_KAN
    # other lost doubles stay ordinary slips
    assert typo_cost("pendapatanya", "pendapatannya") == em.DROPPED_DOUBLE
    assert typo_cost("tidak", "tiddak") == em.DROPPED_DOUBLE


def test_a_dropped_letter_costs_about_as_much_as_other_single_slips() -> None:
    single = [em.DOUBLED, em.SWAPPED, em.NEIGHBOUR_KEY, em.VOWEL]
    assert min(single) <= em.DROPPED <= max(single)
    assert typo_cost("rmah", "rumah") == em.DROPPED


def test_two_slips_cost_more_than_any_one() -> None:
    one = max(typo_cost(t, "rumah") for t in ("rumaah", "rumsh", "rmuah", "rmah", "rumoh"))
    assert typo_cost("rmuoh", "rumah") > one


def test_is_slip_and_is_name_slip() -> None:
    assert is_slip("rumaah", "rumah") and is_slip("rmuah", "rumah")
    assert not is_slip("rxmxh", "rumah")
    assert is_name_slip("Sutrrisno", "Sutrisno")  # a letter typed twice
    assert is_name_slip("Stuarno", "Sutarno")  # swapped neighbours
    assert not is_name_slip("Sutarni", "Sutarno")  # names differ by a letter all the time
    assert not is_name_slip("Xutarno", "Sutarno")  # never the first letter
    assert is_name_slip("Sutarnro", "Sutarno")  # a consonant typed again two places on
    assert not is_name_slip("Sutarano", "Sutarno")  # a vowel typed again makes another plausible name


def test_word_shape_prefers_word_like_strings(tmp_path: Path) -> None:
    words = ["rumah", "rumahnya", "makan", "makanan", "minum", "tanah", "tangan", "pasar", "pasir", "bermain"]
    shape = WordShape.train(words)
    assert shape.log10_probability("rumah") > shape.log10_probability("rumaah")
    assert shape.log10_probability("tanah") > shape.log10_probability("tqnah")
    # longer strings are less likely, all else equal
    assert shape.log10_probability("makan") > shape.log10_probability("makanan")
    path = tmp_path / "shape.txt"
    path.write_text("\n".join(shape.lines()) + "\n", encoding="utf-8")
    loaded = WordShape.load(path)
    assert loaded.log10_probability("rumaah") == shape.log10_probability("rumaah")
    assert (loaded.bigrams, loaded.contexts2, loaded.contexts1, loaded.unigrams) == (
        shape.bigrams, shape.contexts2, shape.contexts1, shape.unigrams)
    path.write_text("".join(f"{g} {n}\n" for g, n in WordShape.count(words).items()), encoding="utf-8")
    with pytest.raises(ValueError, match="not a word-shape model"):
        WordShape.load(path)  # bare trigram counts: say so rather than guess


def test_shipped_word_shape_tells_slips_from_words() -> None:
    from normalizer.resources import data_path

    shape = WordShape.load(data_path(WordShape.FILE))
    assert (shape.bigrams, shape.contexts2, shape.contexts1, shape.unigrams) == WordShape._marginals(shape.trigrams)
    for word, slip in [("dengan", "deengan"), ("pendapatan", "pendapqtan"), ("pemerintah", "pmerintah")]:
        assert shape.log10_probability(word) > shape.log10_probability(slip) + 1


def test_the_one_edit_shortcut_prices_as_the_dynamic_programme_does() -> None:
    """typo_cost prices one-edit pairs directly; on every pair it must equal the full programme."""
    import random

    rng = random.Random(7)
    letters = "aeiounsdkmrgh"
    one_edit = 0
    for _ in range(20_000):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(1, 9)))
        typed = list(word)
        for _ in range(rng.randint(1, 2)):
            op, i = rng.randrange(4), rng.randrange(len(typed) + 1)
            if op == 0:
                typed.insert(i, rng.choice(letters))
            elif op == 1 and i < len(typed):
                del typed[i]
            elif op == 2 and i < len(typed):
                typed[i] = rng.choice(letters)
            elif op == 3 and i + 1 < len(typed):
                typed[i], typed[i + 1] = typed[i + 1], typed[i]
        t = "".join(typed)
        one_edit += em._one_edit(t, word) is not None
        assert typo_cost(t, word) == em._weighted_osa(t, word), (t, word)
    assert one_edit > 10_000  # the shortcut was really taken


def test_is_swap() -> None:
    assert em.is_swap("pembeil", "pembeli") and em.is_swap("rmuah", "rumah")
    assert not em.is_swap("pembeli", "pembeli") and not em.is_swap("pembelu", "pembeli")
    assert not em.is_swap("pmebeil", "pembeli")  # two swaps


def test_a_key_slip_is_one_letter_struck_on_a_neighbouring_key_not_a_vowel_for_a_vowel() -> None:
    from normalizer.errormodel import is_key_slip

    assert is_key_slip("perjuamgan", "perjuangan")  # m beside n
    assert is_key_slip("kabinrt", "kabinet")  # r beside e
    assert not is_key_slip("sampurna", "sempurna")  # a for e: not neighbours, and both vowels
    assert not is_key_slip("konstitisi", "konstitusi")  # i beside u, but one vowel for another
    assert not is_key_slip("perjuagan", "perjuangan")  # a lost letter
    assert not is_key_slip("perjupngan", "perjuangan")  # p is far from a


def test_keyed_sources_for_a_consonant_put_a_neighbouring_vowel_after_the_first_letter() -> None:
    sources = em.keyed_sources("komsndo", em.VOWEL_FOR_CONSONANT_KEYS)
    assert "komando" in sources  # s is beside a
    assert "komendo" in sources  # ... and beside e
    assert all(len(s) == 7 for s in sources)
    assert "aomsndo" not in sources  # not the first letter
    assert em.keyed_sources("aaa", em.VOWEL_FOR_CONSONANT_KEYS) == set()  # vowels are left alone


def test_keyed_sources_kinds_say_which_letter_may_stand_for_which() -> None:
    assert "bermagnitudo" in em.keyed_sources("bermagnitido", em.SAME_KIND_KEYS)  # i beside u
    assert "bergotong" in em.keyed_sources("bergotomg", em.SAME_KIND_KEYS)  # m beside n
    assert "komando" not in em.keyed_sources("komsndo", em.SAME_KIND_KEYS)  # a vowel for a consonant is not asked
    assert "budi" not in em.keyed_sources("budu")  # names' vowels differ so on purpose: Herman, Hermin
    assert "budi" in em.keyed_sources("budu", em.SAME_KIND_KEYS)
    assert "kalimantan" in em.keyed_sources("kalimantam")


@pytest.mark.parametrize("word", ["di", "dengan", "sebagai", "aab", "abba"])
def test_one_edit_apart_is_one_edit_sources_without_listing_them(word: str) -> None:
    sources = one_edit_sources(word)
    assert all(one_edit_apart(other, word) and one_edit_apart(word, other) for other in sources)
    near_misses = {word + "xy", word[1:] + "q", word[::-1] + "z", word, "x" + word[2:] + "yz"} - sources
    assert not any(one_edit_apart(other, word) for other in near_misses)
    assert one_edit_apart("dí", "di") and not one_edit_apart("dengan", "dnegna")
