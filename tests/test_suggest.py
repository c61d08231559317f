"""Tests for normalizer.suggest: lookups, and the on-disk cache of the index."""
from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import normalizer.suggest as suggest
from normalizer.suggest import Candidate, Suggester

REPO = Path(__file__).resolve().parent.parent

WORDS = {
    "rumah": 500,
    "rumahnya": 80,
    "murah": 300,
    "ramah": 200,
    "rumput": 90,
    "makan": 900,
    "makna": 100,
    "minum": 400,
    "pemerintah": 1000,
    "pemerintahan": 600,
    "memerintah": 150,
    "di": 5000,
    "ke": 4000,
    "dan": 9000,
}


def write_dict(path: Path, words: dict[str, int]) -> Path:
    path.write_text("".join(f"{w} {c}\n" for w, c in words.items()), encoding="utf-8")
    return path


def osa(a: str, b: str) -> int:
    """Damerau-Levenshtein, optimal string alignment: the reference."""
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def brute(words: dict[str, int], word: str, max_distance: int) -> list[Candidate]:
    word = word.lower()
    found = [Candidate(w, osa(word, w), c) for w, c in words.items()]
    found = [c for c in found if c.distance <= max_distance]
    return sorted(found, key=lambda c: (c.distance, -c.count, c.term))


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    directory = tmp_path / "cache"
    monkeypatch.setenv("EJAAN_CACHE_DIR", str(directory))
    return directory


@pytest.fixture
def dictionary(tmp_path) -> Path:
    return write_dict(tmp_path / "words.txt", WORDS)


def index_files(directory: Path) -> list[Path]:
    return sorted(directory.glob("suggest-*.idx")) if directory.is_dir() else []


# -- lookups -----------------------------------------------------------------


def test_exact_match_first_at_distance_zero(cache, dictionary):
    found = Suggester([dictionary]).lookup("rumah")
    assert found[0] == Candidate("rumah", 0, 500)


def test_count_of_a_listed_word_and_none_of_another(cache, dictionary):
    s = Suggester([dictionary])
    assert (s.count("rumah"), s.count("RUMAH"), s.count("rumha")) == (500, 500, None)
    assert Suggester([]).count("rumah") is None and Suggester([]).lookup("rumah") == []


def test_distance_one_and_two(cache, dictionary):
    found = Suggester([dictionary]).lookup("rumahny")
    assert Candidate("rumahnya", 1, 80) in found
    assert Candidate("rumah", 2, 500) in found
    assert all(c.distance <= 2 for c in found)


def test_transposition_counts_one(cache, dictionary):
    found = Suggester([dictionary]).lookup("rumha")
    assert found[0] == Candidate("rumah", 1, 500)
    assert Suggester([dictionary]).lookup("mkaan")[0] == Candidate("makan", 1, 900)


def test_sorted_by_distance_then_count_then_term(cache, dictionary):
    found = Suggester([dictionary]).lookup("rmah")
    assert found == sorted(found, key=lambda c: (c.distance, -c.count, c.term))
    # ramah (200) and rumah (500) are both one edit away: the commoner first.
    assert [c.term for c in found[:2]] == ["rumah", "ramah"]


def test_ties_sorted_by_term(cache, tmp_path):
    path = write_dict(tmp_path / "t.txt", {"kota": 5, "kita": 5, "kata": 5, "kat": 9})
    found = Suggester([path]).lookup("kxta")
    assert [(c.term, c.distance) for c in found] == [
        ("kata", 1), ("kita", 1), ("kota", 1), ("kat", 2)
    ]


def test_lowercases_the_word(cache, dictionary):
    assert Suggester([dictionary]).lookup("RUMAH")[0] == Candidate("rumah", 0, 500)


def test_max_distance_argument(cache, dictionary):
    s = Suggester([dictionary])
    assert all(c.distance <= 1 for c in s.lookup("rumahx", 1))
    assert [c.term for c in s.lookup("rumah", 0)] == ["rumah"]
    assert s.lookup("zzzzzzz") == []
    with pytest.raises(ValueError):
        s.lookup("rumah", 3)


def test_names_file_merged_and_lowercased(cache, dictionary, tmp_path):
    names = tmp_path / "names.txt"
    names.write_text("Jakarta 700\nRumah 5\n", encoding="utf-8")
    s = Suggester([dictionary, names])
    assert s.lookup("jakrta")[0] == Candidate("jakarta", 1, 700)
    assert s.lookup("rumah")[0] == Candidate("rumah", 0, 505)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    words=st.dictionaries(
        st.text("aeiknrsté", min_size=1, max_size=10), st.integers(0, 50), min_size=1, max_size=40
    ),
    queries=st.lists(st.text("aeiknrstéx", min_size=0, max_size=11), min_size=1, max_size=8),
    max_distance=st.integers(1, 3),
    prefix_length=st.integers(4, 8),
)
def test_agrees_with_brute_force(tmp_path, monkeypatch, words, queries, max_distance, prefix_length):
    monkeypatch.setenv("EJAAN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(Suggester, "prefix_length", prefix_length)
    path = write_dict(tmp_path / "w.txt", words)
    s = Suggester([path], max_distance=max_distance)
    for q in queries:
        assert s.lookup(q) == brute(words, q, max_distance), q


def test_same_as_symspellpy_in_memory(cache, tmp_path):
    """On a few thousand word-like strings, the answers of symspellpy itself."""
    from symspellpy import SymSpell, Verbosity

    rnd = random.Random(5)
    syllables = ["ba", "be", "di", "ka", "ke", "la", "ma", "me", "an", "kan", "nya", "ter", "per", "si"]
    words = {}
    while len(words) < 3000:
        w = "".join(rnd.choice(syllables) for _ in range(rnd.randint(1, 5)))
        words[w] = rnd.randint(1, 1000)
    path = write_dict(tmp_path / "w.txt", words)
    sym = SymSpell(2, Suggester.prefix_length)
    sym.load_dictionary(str(path), 0, 1, encoding="utf-8")
    ours = Suggester([path])
    queries = [rnd.choice(list(words)) for _ in range(150)]
    queries = [q[:i] + rnd.choice("abkx") + q[i + 1 :] for q in queries for i in [rnd.randrange(len(q))]]
    queries += ["", "a", "xyz", "bebebebebebebe"]
    for q in queries:
        best: dict[str, tuple[int, int]] = {}
        for item in sym.lookup(q, Verbosity.ALL, 2):
            if item.term not in best or item.distance < best[item.term][0]:
                best[item.term] = (item.distance, item.count)
        expected = sorted(
            (Candidate(t, d, c) for t, (d, c) in best.items()),
            key=lambda c: (c.distance, -c.count, c.term),
        )
        assert ours.lookup(q) == expected, q


def test_warm_lookup_imports_no_symspellpy(cache, dictionary):
    Suggester([dictionary]).lookup("rumah")  # builds the cache
    code = (
        "import sys; from normalizer.suggest import Suggester; "
        f"s = Suggester([{str(dictionary)!r}]); r = s.lookup('rmah'); "
        "print(s.source, r[0].term, 'symspellpy' in sys.modules)"
    )
    env = {**os.environ, "EJAAN_CACHE_DIR": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["cache", "rumah", "False"]


# -- the cache ---------------------------------------------------------------


def test_constructing_reads_nothing(cache, tmp_path):
    s = Suggester([tmp_path / "missing.txt"])
    assert not cache.exists()
    with pytest.raises(FileNotFoundError):
        s.lookup("rumah")


def test_cache_written_on_first_lookup_and_reused(cache, dictionary, monkeypatch):
    first = Suggester([dictionary])
    assert index_files(cache) == []
    expected = first.lookup("rmah")
    assert first.source == "built"
    assert index_files(cache) == [first.cache_path]

    def no_build(*args, **kwargs):
        raise AssertionError("index rebuilt despite a valid cache")

    monkeypatch.setattr(suggest, "build_index", no_build)
    second = Suggester([dictionary])
    assert second.lookup("rmah") == expected
    assert second.source == "cache"


def test_rebuilt_when_a_dictionary_changes(cache, dictionary):
    first = Suggester([dictionary])
    first.lookup("rumah")
    old = first.cache_path
    write_dict(dictionary, {**WORDS, "rumahan": 40})
    second = Suggester([dictionary])
    assert Candidate("rumahan", 1, 40) in second.lookup("rumaha")
    assert second.source == "built"
    assert second.cache_path != old
    assert index_files(cache) == [second.cache_path]  # the stale one is gone


# The guard against files changed within their clock's last tick reads the ctime,
# which no call can date back: these tests lift it instead.
SETTLED = -120.0


def test_a_settled_files_key_is_remembered_by_its_stat(cache, dictionary, monkeypatch):
    monkeypatch.setattr(suggest, "RACY_SECONDS", SETTLED)
    first = Suggester([dictionary])
    expected = first.lookup("rmah")
    assert sorted(p.name for p in cache.glob("suggest-*-key")) == [first.cache_path.name.rsplit("-", 1)[0] + "-key"]

    def no_digest(path):
        raise AssertionError("the word list was hashed again")

    monkeypatch.setattr(suggest, "_file_digest", no_digest)
    second = Suggester([dictionary])
    assert second.lookup("rmah") == expected
    assert second.source == "cache" and second.cache_path == first.cache_path


def test_a_remembered_key_is_not_trusted_once_the_file_changes(cache, dictionary, monkeypatch):
    monkeypatch.setattr(suggest, "RACY_SECONDS", SETTLED)
    first = Suggester([dictionary])
    first.lookup("rumah")
    # the same size and the same mtime, other words: only the ctime tells (past the clock's tick)
    time.sleep(0.05)
    stat = dictionary.stat()
    text = dictionary.read_text(encoding="utf-8")
    changed = text.replace("rumah", "rumai", 1)
    assert changed != text and len(changed) == len(text)
    dictionary.write_text(changed, encoding="utf-8")
    os.utime(dictionary, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    second = Suggester([dictionary])
    assert Candidate("rumai", 0, WORDS["rumah"]) in second.lookup("rumai")
    assert second.source == "built" and second.cache_path != first.cache_path


def test_a_freshly_changed_files_key_is_not_remembered(cache, dictionary):
    Suggester([dictionary]).lookup("rumah")  # written just now: it may change again within its clock's tick
    assert index_files(cache) and not list(cache.glob("suggest-*-key"))


@pytest.mark.parametrize("damage", [lambda t: t[:-7] + "garbage", lambda t: t[:-2]])  # not hex; hex, but short
def test_a_damaged_remembered_key_is_ignored(cache, dictionary, monkeypatch, damage):
    monkeypatch.setattr(suggest, "RACY_SECONDS", SETTLED)
    first = Suggester([dictionary])
    expected = first.lookup("rmah")
    (remembered,) = cache.glob("suggest-*-key")
    right = remembered.read_text()
    remembered.write_text(damage(right), encoding="ascii")
    second = Suggester([dictionary])
    assert second.lookup("rmah") == expected
    assert second.source == "cache" and second.cache_path == first.cache_path  # the list hashed again, not the index rebuilt
    assert remembered.read_text() == right  # and the record written again


def test_settings_are_part_of_the_key(cache, dictionary):
    a = Suggester([dictionary], max_distance=2)
    a.lookup("rumah")
    b = Suggester([dictionary], max_distance=1)
    b.lookup("rumah")
    assert b.source == "built" and a.cache_path != b.cache_path


def test_min_count_leaves_rare_words_out(cache, dictionary):
    common = Suggester([dictionary], min_count=300)
    assert common.lookup("rumha") == [c for c in brute(WORDS, "rumha", 2) if c.count >= 300]
    assert all(c.count >= 300 for w in ("rmah", "mkaan", "pemerintahx") for c in common.lookup(w))
    every = Suggester([dictionary])
    assert Candidate("ramah", 1, 200) in every.lookup("rmah")
    # Indexes of the same files with other settings live side by side.
    assert common.source == every.source == "built"
    assert sorted(index_files(cache)) == sorted([common.cache_path, every.cache_path])
    again = Suggester([dictionary], min_count=300)
    assert again.lookup("rumha") == common.lookup("rumha") and again.source == "cache"


@pytest.mark.parametrize("damage", ["truncate", "empty", "header", "tables", "data"])
def test_damaged_cache_is_rebuilt(cache, dictionary, damage):
    first = Suggester([dictionary])
    expected = {w: first.lookup(w) for w in ("rmah", "pemerintahx", "dn", "makna")}
    path = first.cache_path
    first.close()
    blob = bytearray(path.read_bytes())
    if damage == "truncate":
        blob = blob[: len(blob) // 2]
    elif damage == "empty":
        blob = bytearray()
    elif damage == "header":
        blob[50] ^= 0xFF
    elif damage == "tables":
        blob[suggest._HEADER_SIZE + 5] ^= 0xFF
    else:  # every byte of the second half, same length
        half = len(blob) // 2
        blob[half:] = bytes((b ^ 0x5A) for b in blob[half:])
    path.write_bytes(bytes(blob))
    second = Suggester([dictionary])
    assert {w: second.lookup(w) for w in expected} == expected
    if damage != "data":  # caught at open; damaged data is caught at first read
        assert second.source == "built"
    assert Suggester([dictionary]).lookup("rmah") == expected["rmah"]


def test_damage_while_in_use_is_rebuilt(cache, dictionary):
    reference = Suggester([dictionary])
    queries = ["rmah", "pemerintahx", "dn", "makna", "minnum", "rumput"]
    expected = {w: reference.lookup(w) for w in queries}
    reference.close()
    s = Suggester([dictionary])
    assert s.lookup("rmah") == expected["rmah"]
    assert s.source == "cache"
    with open(s.cache_path, "r+b") as fh:  # in place: the mapping sees it
        size = fh.seek(0, os.SEEK_END)
        start = size - (size - suggest._HEADER_SIZE) // 2
        fh.seek(start)
        fh.write(b"\x00" * (size - start))
    assert {w: s.lookup(w) for w in queries} == expected


def test_unwritable_cache_dir_works_without_cache(tmp_path, monkeypatch, dictionary):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    monkeypatch.setenv("EJAAN_CACHE_DIR", str(blocker / "cache"))
    s = Suggester([dictionary])
    assert s.lookup("rmah")[0] == Candidate("rumah", 1, 500)
    assert s.source == "memory"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-dir", "words.txt"]


def test_stale_temp_files_are_swept(cache, dictionary):
    s = Suggester([dictionary])
    s.lookup("rumah")
    family = s.cache_path.name.rsplit("-", 1)[0]
    cache.mkdir(exist_ok=True)
    old = cache / f".{family}-deadbeef.idx.abc.tmp"
    old.write_bytes(b"partial")
    os.utime(old, (1, 1))
    fresh = cache / f".{family}-feedface.idx.def.tmp"
    fresh.write_bytes(b"another process, writing right now")
    write_dict(dictionary, {**WORDS, "baru": 1})
    Suggester([dictionary]).lookup("baru")
    assert not old.exists()
    assert fresh.exists()


def test_two_processes_building_at_once(cache, tmp_path):
    words = {f"{a}{b}{c}kan": 1 + i for i, (a, b, c) in enumerate(
        (a, b, c) for a in "bdkmprst" for b in "aeiou" for c in "lmnrst")}
    path = write_dict(tmp_path / "many.txt", words)
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(REPO)!r})
        from normalizer.suggest import Suggester
        s = Suggester([{str(path)!r}])
        print(s.source, [(c.term, c.distance) for c in s.lookup("bakna")])
        """
    )
    env = {**os.environ, "EJAAN_CACHE_DIR": str(cache)}
    procs = [
        subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    results = {o.split(" ", 1)[1] for o in outputs}
    assert len(results) == 1
    assert len(index_files(cache)) == 1
    assert list(cache.glob(".*.tmp")) == []
    s = Suggester([path])
    s.lookup("bakna")
    assert s.source == "cache"


def test_importing_does_not_import_symspellpy():
    code = (
        "import sys; import normalizer.suggest as s; "
        "s.Suggester(['nowhere.txt']); "
        "print('symspellpy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_cache_dir_locations(monkeypatch, tmp_path):
    monkeypatch.setenv("EJAAN_CACHE_DIR", str(tmp_path / "x"))
    assert suggest.cache_dir() == tmp_path / "x"
    monkeypatch.delenv("EJAAN_CACHE_DIR")
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        assert suggest.cache_dir() == tmp_path / "xdg" / "ejaan"
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        assert suggest.cache_dir() == tmp_path / "home" / ".cache" / "ejaan"


def test_deletes_match_symspellpy():
    """The index is keyed by symspellpy's deletes: the pure-Python generator gives symspellpy's own."""
    from symspellpy import SymSpell

    for prefix in (3, 6, 7):
        sym = SymSpell(2, prefix)
        edits = suggest._deletes_function(2, prefix)
        for w in ("a", "ab", "abc", "pemerintah", "xy", "aab", "mengoordinasikan", "tt"):
            assert edits(w[:prefix]) == sym._edits_prefix(w)
            assert edits(w) == sym._edits_prefix(w)


@settings(max_examples=300, deadline=None)
@given(a=st.text("aeiknrstéx", max_size=12), b=st.text("aeiknrstéx", max_size=12), k=st.integers(0, 3))
def test_fast_distance_is_the_python_port(a, b, k):
    """The lookup's distance (editdistpy when installed) equals the pure-Python port."""
    from normalizer.suggest import fast_osa_distance, osa_distance

    assert fast_osa_distance(a, b, k) == osa_distance(a, b, k)
