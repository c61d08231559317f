"""The typo generator: seeded, never a valid word, about the asked rate, only the five error kinds."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.metrics import tokenize
from benchmarks.typogen import KINDS, NEIGHBOURS, VOWELS, corrupt_text, corrupt_word, corrupt_word_kind

# Hand-made sentences; deliberately not from the eval file.
TEXT = "\n".join([
    "Kami pergi ke pasar pagi ini untuk membeli sayur dan buah segar.",
    "Hujan turun deras sejak sore sehingga jalan menuju kampung banjir.",
    "Guru itu mengajar murid membaca buku cerita di perpustakaan sekolah.",
    "Petani menanam padi di sawah yang luas dekat sungai kecil.",
    "Wartawan menulis berita tentang rapat Dewan pada Senin, 3 Maret 2025.",
    "Kunjungi https://contoh.id/berita atau tulis ke redaksi@contoh.id hari ini.",
] * 5)
WORDS = {t.lower() for t in tokenize(TEXT) if t.isalpha()}


def is_valid(word: str) -> bool:
    return word in WORDS


def classify(old: str, new: str) -> str | None:
    """Which listed error turns ``old`` into ``new`` (None if none does)."""
    if len(new) == len(old) + 1:
        return "double" if any(new[:i + 1] + new[i + 2:] == old and new[i] == new[i + 1]
                               for i in range(len(old))) else None
    if len(new) == len(old) - 1:
        return "drop" if any(old[:i] + old[i + 1:] == new for i in range(len(old))) else None
    diff = [i for i, (a, b) in enumerate(zip(old, new)) if a != b]
    if len(new) != len(old):
        return None
    if len(diff) == 2 and diff[1] == diff[0] + 1 and old[diff[0]] == new[diff[1]] and old[diff[1]] == new[diff[0]]:
        return "swap"
    if len(diff) == 1:
        a, b = old[diff[0]], new[diff[0]]
        if a in VOWELS and b in VOWELS:
            return "vowel"
        if b in NEIGHBOURS[a]:
            return "adjacent"
    return None


def test_same_seed_same_output_and_different_seeds_differ() -> None:
    a = corrupt_text(TEXT, 1, is_valid=is_valid)
    assert a == corrupt_text(TEXT, 1, is_valid=is_valid)
    assert a[0] != corrupt_text(TEXT, 2, is_valid=is_valid)[0]
    assert corrupt_text(TEXT, 2, is_valid=is_valid)[0] != corrupt_text(TEXT, 3, is_valid=is_valid)[0]


@pytest.mark.parametrize("seed", range(10))
def test_never_a_valid_word_and_only_listed_kinds(seed: int) -> None:
    _, changes = corrupt_text(TEXT, seed, rate=0.2, is_valid=WORDS)  # a set works as the oracle
    assert changes
    for c in changes:
        assert c.new not in WORDS and c.new != c.old
        assert c.kind in KINDS and classify(c.old, c.new) is not None, c
        assert c.old.isalpha() and c.old.islower() and len(c.old) >= 3


def test_rate_is_roughly_as_asked() -> None:
    words = sum(1 for t in tokenize(TEXT) if any(ch.isalnum() for ch in t))
    for rate in (0.05, 0.1):
        n = len(corrupt_text(TEXT, 7, rate=rate, is_valid=is_valid)[1])
        assert abs(n - rate * words) <= 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_other_bytes_unchanged_and_offsets_right(seed: int) -> None:
    out, changes = corrupt_text(TEXT, seed, rate=0.1, is_valid=is_valid)
    shift = 0
    for c in changes:  # sorted by offset; offsets are into the clean text
        assert TEXT[c.start:c.end] == c.old
        assert out[c.start + shift:c.start + shift + len(c.new)] == c.new
        shift += len(c.new) - len(c.old)
    # Put every old word back: the clean text must return byte for byte.
    rebuilt, last, shift = [], 0, 0
    for c in changes:
        rebuilt += [out[last:c.start + shift], c.old]
        last = c.start + shift + len(c.new)
        shift += len(c.new) - len(c.old)
    assert "".join(rebuilt) + out[last:] == TEXT


def test_names_numbers_urls_and_capitalised_words_left_alone() -> None:
    _, changes = corrupt_text(TEXT, 5, rate=1.0, is_valid=is_valid)  # corrupt all it may
    assert len(changes) > 100
    touched = {c.old for c in changes}
    assert not touched & {"Kami", "Dewan", "Senin", "Maret", "https", "contoh", "redaksi", "id"}
    url_line = TEXT.splitlines()[5]
    offset = TEXT.index(url_line)
    inside = [c for c in changes if offset <= c.start < offset + len(url_line)]
    assert {c.old for c in inside} <= {"atau", "tulis", "hari", "ini"}


def test_corrupt_word() -> None:
    rng = random.Random(0)
    for word in ("dengan", "melawan", "pasukan", "teroris"):
        got = corrupt_word(word, rng, {word})
        assert got is not None and got != word and classify(word, got)
    # Every possible typo is "valid": give up rather than return a real word.
    assert corrupt_word("abc", random.Random(0), lambda w: True) is None
    assert corrupt_word_kind("abc", random.Random(0), lambda w: w == "abc") is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdeiouklmnprstg AB.,-@/\n1", max_size=120), st.integers(0, 2**32))
def test_any_text_only_the_changed_words_change(text: str, seed: int) -> None:
    out, changes = corrupt_text(text, seed, rate=0.3, is_valid=set())
    rebuilt, last, shift = [], 0, 0
    for c in changes:
        assert c.new != c.old and classify(c.old, c.new)
        rebuilt += [out[last:c.start + shift], c.old]
        last = c.start + shift + len(c.new)
        shift += len(c.new) - len(c.old)
    assert "".join(rebuilt) + out[last:] == text


def test_the_parsing_typos_suite_keeps_only_slips_that_parse_as_unlisted_forms() -> None:
    from benchmarks.parsing_typos import parses_only
    from benchmarks.peers import Ejaan

    ejaan = Ejaan(style=False)
    assert ejaan.available()
    keep = parses_only(ejaan)
    lexicon = ejaan._n.lexicon
    given, changes = corrupt_text(TEXT, seed=5, rate=0.05, is_valid=lambda w: not keep(w))
    assert changes, "the generator found no typo that parses"
    for change in changes:
        assert lexicon.is_unlisted(change.new) and not lexicon.is_form(change.new)
        assert change.new in given


def test_a_typo_counts_as_reported_when_a_flagged_span_of_the_corrupted_text_overlaps_it() -> None:
    from benchmarks.parsing_typos import count_reported
    from benchmarks.typogen import Change

    # "ada anak dan ibu" -> "adda anak dn ibu": the second typo moved right by the first's extra letter
    changes = [Change(0, 3, "ada", "adda", "double"), Change(9, 12, "dan", "dn", "drop")]
    assert count_reported(changes, [(0, 4), (10, 12)]) == 2
    assert count_reported(changes, [(5, 9)]) == 0  # "anak" flagged: no typo
    assert count_reported(changes, [(10, 12)]) == 1
    assert count_reported(changes, [(9, 12)]) == 1  # from the space before dn: still overlapping
    assert count_reported(changes, []) == 0
