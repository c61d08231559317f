"""Spelling suggestions: the dictionary words near an unknown word.

The search is symspellpy's symmetric-delete lookup.  What symspellpy does not
give cheaply is its index: building the map from "deletes" to dictionary words
for 100-250k words takes seconds and hundreds of MB in pure Python, and loading
a pickle of it still takes a second or more.  The checker needs that index only
when it meets a word the dictionary does not know, so:

* ``Suggester(...)`` is free: it reads nothing and imports nothing heavy.
* The first ``lookup`` opens the index from an on-disk cache, or builds it (with
  symspellpy's delete scheme, ``_deletes_function``, which tests hold to
  symspellpy's own ``_edits_prefix``) and writes the cache.  The cache is a
  hash-table file that is memory-mapped, not unpickled: opening it costs a few
  milliseconds whatever the dictionary size, and a lookup reads only the
  buckets it needs.  The runtime never imports symspellpy: a source tree run
  with only the base Python builds the same index (and, without editdistpy,
  measures distance in pure Python: ``fast_osa_distance``).
* The index holds what symspellpy's lookup reads: every delete of a word
  *prefix* (``prefix_length`` letters) with the words it came from
  (``SymSpell._deletes``), and every prefix with its words and their counts
  (``SymSpell._words``, grouped).  Words sharing a prefix share all their
  deletes, so the build does the delete work once per distinct prefix.
* The lookup is symspellpy's ``SymSpell.lookup`` with ``Verbosity.ALL``,
  ported line for line to read the index (``_lookup_all``): same candidates,
  same filters, same distance; tests hold it to symspellpy's own answers and
  to a brute-force search.

Cache file: ``<cache dir>/suggest-<paths tag>-<content key>.idx``.  The content
key hashes the dictionary files' bytes, the settings (max distance, prefix
length, minimum count), the index format version and Python's.  The paths
tag hashes the dictionary files' locations with the max distance and minimum count, so caches for different dictionary sets or
settings live side by side while a newer cache for the same files and
settings replaces the older one.  Beside them, ``suggest-<paths tag>-key``
remembers the content key with the files' stat, so that an unchanged word
list is not hashed at every start (``Suggester._content_key``).  Writes go to a temporary file in the same
directory and are renamed into place, so two processes may both build and
neither reader ever sees a partial file.  The header, the bucket tables and every bucket carry
CRC-32 checksums: a truncated or damaged file is detected (at open, or at the
first read of a damaged bucket) and rebuilt rather than trusted.  When no cache
directory is writable the index is built into an anonymous temporary file (or
memory) and used for the process only.

"""
from __future__ import annotations

import gc
import io
import os
import struct
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, Sequence

from .hashfile import CorruptIndex, Table, write_table
from .memo import Memo

try:  # BLAKE2 from CPython's own module: importing hashlib first initialises
    # OpenSSL, 3-17 ms of every start for a hash we use once.
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import blake2b

try:  # the same distance in C++ (symspellpy 6.7-6.9 used it), 5-10x faster
    from editdistpy import damerau_osa as _editdistpy_osa
except ImportError:  # pragma: no cover - a platform without its wheel
    _editdistpy_osa = None

__all__ = ["Candidate", "Suggester", "cache_dir", "FORMAT_VERSION", "PREFIX_LENGTH"]

#: Bump when the file layout or what the index means changes.
FORMAT_VERSION = 3
#: symspellpy's ``prefix_length`` for the cached index, chosen by measurement
#: (``benchmarks/speed.py --suggest-levers``, 150k words): 7 (symspellpy's
#: default) makes 2.7x the deletes, a 2-3x longer build and a 200 MB peak; 5
#: makes lookups 2.5x slower.  Every candidate is verified, so the suggestions
#: are the same whatever the setting.
PREFIX_LENGTH = 6
#: Environment variable naming the cache directory (overrides the default).
CACHE_ENV = "EJAAN_CACHE_DIR"

_MAGIC = b"EJNSUGG\x00"
# magic, content key (32 bytes), then: format version, prefix length, max
# distance, max word length, word count, deletes buckets, prefix buckets,
# tables crc, total file size; the header's own crc follows.
_HEADER = struct.Struct("<8s32s8IQ")
_HEADER_CRC = struct.Struct("<I")
_HEADER_SIZE = _HEADER.size + _HEADER_CRC.size
_U32 = struct.Struct("<I")
_MEMO_LIMIT = 4096  # lookups remembered per Suggester
_CACHE_WORDS = 50_000  # words kept decoded from the index (a few MB)
_STALE_TEMP_SECONDS = 3600


class Candidate(NamedTuple):
    """A dictionary word near the looked-up word (a tuple: lookups make thousands)."""

    term: str
    distance: int
    count: int  # type: ignore[assignment]  # symspellpy's name for it, over tuple.count


def cache_dir() -> Path | None:
    """The per-user cache directory for ejaan, or None if there is no home.

    ``$EJAAN_CACHE_DIR`` wins; otherwise ``$XDG_CACHE_HOME/ejaan`` or
    ``~/.cache/ejaan`` (Linux and other Unix), ``~/Library/Caches/ejaan``
    (macOS), ``%LOCALAPPDATA%\\ejaan\\Cache`` (Windows).  Not created here.
    """
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    try:
        home = Path.home()
    except (RuntimeError, KeyError, OSError):
        home = None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.environ.get("APPDATA")
        if base:
            return Path(base) / "ejaan" / "Cache"
        return home / "AppData" / "Local" / "ejaan" / "Cache" if home else None
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "ejaan" if home else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg and os.path.isabs(xdg):
        return Path(xdg) / "ejaan"
    return home / ".cache" / "ejaan" if home else None


# --------------------------------------------------------------------------
# Reading dictionaries and building the index


def parse_dictionary(data: bytes, into: dict[str, int]) -> None:
    """Add the ``word count`` lines of a symspellpy-format file to ``into``.

    Words are lower-cased; counts of a word met twice are added; a line with a
    word and no count counts 1; lines whose count is not an integer are
    skipped, as symspellpy skips them; negative counts are taken as 0.
    """
    get = into.get
    for line in data.decode("utf-8-sig").splitlines():
        parts = line.split()
        if not parts:
            continue
        if len(parts) == 1:
            count = 1
        else:
            try:
                count = max(int(parts[1]), 0)
            except ValueError:
                continue
        word = parts[0].lower()
        into[word] = get(word, 0) + count


def _deletes_function(max_distance: int, prefix_length: int) -> Callable[[str], set[str]]:
    """symspellpy's delete generator (``SymSpell._edits_prefix``) for these settings.

    The word's first ``prefix_length`` letters with up to ``max_distance`` of
    them deleted, the empty string included for a word that short: the same
    set symspellpy builds by recursion, built here layer by layer.
    """

    def edits(key: str) -> set[str]:
        found = {""} if len(key) <= max_distance else set()
        layer = {key[:prefix_length]}
        found |= layer
        for _ in range(max_distance):
            layer = {word[:i] + word[i + 1 :] for word in layer for i in range(len(word))}
            found |= layer
        return found

    return edits


def build_index(
    words: dict[str, int],
    max_distance: int,
    prefix_length: int,
    key: bytes,
    fh: BinaryIO,
) -> int:
    """Write the index of ``words`` (word -> count) to ``fh``; return its size.

    Two hash tables.  Deletes: every delete (symspellpy's ``_edits_prefix``)
    of every word prefix -> the words with a prefix it came from, space
    separated (symspellpy's ``_deletes``).  Prefixes: every
    prefix -> its words and counts, ``word count word count ...``
    (symspellpy's ``_words``, grouped).  The delete work is done once per
    distinct prefix, not per word.
    """
    edits = _deletes_function(max_distance, prefix_length)
    max_length = max(map(len, words), default=0)
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of small allocations, no cycles: skip the collector
    try:
        groups: dict[str, list[str]] = {}
        for word in words:
            group = groups.get(word[:prefix_length])
            if group is None:
                groups[word[:prefix_length]] = [word]
            else:
                group.append(word)
        deletes: dict[str, str] = {}
        get = deletes.get
        for prefix in groups:
            for delete in edits(prefix):
                found = get(delete)
                deletes[delete] = prefix if found is None else found + " " + prefix
        joined = {prefix: " ".join(group) for prefix, group in groups.items()}

        def expand(prefixes: str) -> str:
            return " ".join(map(joined.__getitem__, prefixes.split(" ")))

        def with_counts(group: list[str]) -> str:
            return " ".join(["%s %d" % (w, words[w]) for w in group])

        d_buckets = max(1, len(deletes) // 2)
        p_buckets = max(1, len(groups) // 2)
        data_start = _HEADER_SIZE + 8 * (d_buckets + p_buckets + 1)
        fh.seek(data_start)
        d_n, d_table, d_len = write_table(fh, deletes, expand)
        del deletes
        joined.clear()  # expand's strings: freed before the next table is written
        p_n, p_table, p_len = write_table(fh, groups, with_counts)
        del groups
    finally:
        if gc_was_enabled:
            gc.enable()
    assert (d_n, p_n) == (d_buckets, p_buckets)
    tables = d_table + p_table
    size = data_start + d_len + p_len
    header = _HEADER.pack(
        _MAGIC,
        key.ljust(32, b"\0")[:32],
        FORMAT_VERSION,
        prefix_length,
        max_distance,
        max_length,
        len(words),
        d_n,
        p_n,
        zlib.crc32(tables),
        size,
    )
    fh.seek(0)
    fh.write(header + _HEADER_CRC.pack(zlib.crc32(header)) + tables)
    fh.flush()
    return size


# --------------------------------------------------------------------------
# Reading the index


class _Index:
    """An opened index: what symspellpy's lookup reads, and small caches."""

    def __init__(
        self, buf: Any, key: bytes, max_distance: int, prefix_length: int, owner: Any = None
    ):
        self.buf = buf
        self.owner = owner  # a file to close with the index, if any
        if len(buf) < _HEADER_SIZE:
            raise CorruptIndex("too short")
        fields = _HEADER.unpack_from(buf, 0)
        (crc,) = _HEADER_CRC.unpack_from(buf, _HEADER.size)
        if fields[0] != _MAGIC or zlib.crc32(buf[: _HEADER.size]) != crc:
            raise CorruptIndex("bad header")
        (_, file_key, version, prefix, distance, max_length, _n_words,
         d_n, p_n, tables_crc, size) = fields
        if version != FORMAT_VERSION or (prefix, distance) != (prefix_length, max_distance):
            raise CorruptIndex("other format or settings")
        if key and file_key != key.ljust(32, b"\0")[:32]:
            raise CorruptIndex("other dictionaries")
        if size != len(buf):
            raise CorruptIndex("truncated or padded")
        pos = _HEADER_SIZE
        d_offsets, d_crcs = pos, pos + 4 * (d_n + 1)
        p_offsets = d_crcs + 4 * d_n
        p_crcs = p_offsets + 4 * (p_n + 1)
        d_data = p_crcs + 4 * p_n
        if d_data > size or zlib.crc32(buf[pos:d_data]) != tables_crc:
            raise CorruptIndex("bad bucket tables")
        (d_len,) = _U32.unpack_from(buf, d_offsets + 4 * d_n)
        (p_len,) = _U32.unpack_from(buf, p_offsets + 4 * p_n)
        if d_data + d_len + p_len != size:
            raise CorruptIndex("bad table sizes")
        self.max_length = max_length
        self.prefix_length = prefix
        self._deletes = Table(buf, d_n, d_offsets, d_crcs, d_data)
        self._prefixes = Table(buf, p_n, p_offsets, p_crcs, d_data + d_len)
        # Decoded entries, dropped wholesale past _CACHE_WORDS words each.
        self._groups: dict[str, dict[str, int]] = {}
        self._groups_size = 0
        self._words: dict[str, list[str] | None] = {}
        self._words_size = 0

    def words_for(self, delete: str) -> list[str] | None:
        """The words ``delete`` was made from (``_deletes``)."""
        try:
            return self._words[delete]
        except KeyError:
            pass
        raw = self._deletes.get(delete)
        words = None if raw is None else raw.split(" ")
        size = 1 if words is None else len(words)
        if self._words_size + size > _CACHE_WORDS:
            self._words.clear()
            self._words_size = 0
        self._words[delete] = words
        self._words_size += size
        return words

    def count(self, word: str) -> int | None:
        """The word's count, or None if it is not in the dictionary (``_words``)."""
        prefix = word[: self.prefix_length]
        group = self._groups.get(prefix)
        if group is None:
            raw = self._prefixes.get(prefix)
            group = {}
            if raw is not None:
                parts = raw.split(" ")
                try:
                    group = dict(zip(parts[::2], map(int, parts[1::2])))
                except ValueError:
                    raise CorruptIndex("bad count") from None
            if self._groups_size + len(group) + 1 > _CACHE_WORDS:
                self._groups.clear()
                self._groups_size = 0
            self._groups[prefix] = group
            self._groups_size += len(group) + 1
        return group.get(word)

    def close(self) -> None:
        for thing in (self.buf, self.owner):
            close = getattr(thing, "close", None)
            if close is not None:
                try:
                    close()
                except (BufferError, ValueError, OSError):  # pragma: no cover
                    pass


# --------------------------------------------------------------------------
# The search: symspellpy's lookup, ported to read the index directly


def osa_distance(a: str, b: str, k: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance if <= ``k``, else -1.

    symspellpy's ``DamerauOsa.distance`` (from SoftWx.Match): common prefix
    and suffix dropped, then only a band of ``k`` cells either side of the
    diagonal is computed, giving up as soon as the distance must exceed ``k``.
    """
    if len(a) > len(b):
        a, b = b, a
    len_1, len_2 = len(a), len(b)
    if len_2 - len_1 > k:
        return -1
    while len_1 and a[len_1 - 1] == b[len_2 - 1]:
        len_1 -= 1
        len_2 -= 1
    start = 0
    while start != len_1 and a[start] == b[start]:
        start += 1
    if start or len_2 != len(b):
        len_1 -= start
        len_2 -= start
        a = a[start : start + len_1]
        b = b[start : start + len_2]
    if len_1 == 0:
        return len_2 if len_2 <= k else -1
    band = k if k < len_2 else len_2
    costs = [j + 1 if j < band else band + 1 for j in range(len_2)]
    prev_costs = [0] * len_2
    len_diff = len_2 - len_1
    j_start_offset = band - len_diff
    j_start = 0
    j_end = band
    c1 = " "
    current = 0
    for i in range(len_1):
        prev_c1 = c1
        c1 = a[i]
        c2 = " "
        left = above = i
        next_trans = 0
        if i > j_start_offset:
            j_start += 1
        if j_end < len_2:
            j_end += 1
        for j in range(j_start, j_end):
            this_trans = next_trans
            next_trans = prev_costs[j]
            prev_costs[j] = current = left
            left = costs[j]
            prev_c2 = c2
            c2 = b[j]
            if c1 != c2:
                if above < current:
                    current = above
                if left < current:
                    current = left
                current += 1
                if i and j and c1 == prev_c2 and prev_c1 == c2 and this_trans + 1 < current:
                    current = this_trans + 1
            costs[j] = above = current
        if costs[i + len_diff] > band:
            return -1
    return current if current <= k else -1


def _lookup_all(index: _Index, phrase: str, k: int) -> dict[str, tuple[int, int]]:
    """symspellpy's ``SymSpell.lookup(phrase, Verbosity.ALL, k)`` over ``index``.

    The same candidates, the same filters in the same order, the same
    distance; what differs is the plumbing (no ``SuggestItem`` objects, no
    layers of calls around the distance), which makes it ~1.4x faster, and
    that it reads the memory-mapped index.  Returns ``{term: (distance, count)}``.
    """
    found: dict[str, tuple[int, int]] = {}
    n = len(phrase)
    if n - k > index.max_length:
        return found
    exact = index.count(phrase)
    if exact is not None:
        found[phrase] = (0, exact)
    if k == 0:
        return found
    prefix_length = index.prefix_length
    words_for = index.words_for
    osa = fast_osa_distance
    considered_deletes: set[str] = set()
    considered = {phrase}
    p_len = n if n <= prefix_length else prefix_length
    candidates = [phrase[:p_len]]
    tight = prefix_length - k  # a candidate this long was cut k times in the prefix
    pointer = 0
    while pointer < len(candidates):
        candidate = candidates[pointer]
        pointer += 1
        c_len = len(candidate)
        len_diff = p_len - c_len
        if len_diff > k:
            break  # candidates come shortest-cut first: none closer follow
        words = words_for(candidate)
        if words is not None:
            for s in words:
                if s == phrase:
                    continue
                s_len = len(s)
                if (
                    s_len - n > k
                    or n - s_len > k
                    or s_len < c_len
                    or (s_len == c_len and s != candidate)
                ):
                    continue
                s_p_len = s_len if s_len < prefix_length else prefix_length
                if s_p_len > p_len and s_p_len - c_len > k:
                    continue
                if c_len == 0:
                    distance = n if n > s_len else s_len
                    if distance > k or s in considered:
                        continue
                elif s_len == 1:
                    distance = n if phrase.find(s) < 0 else n - 1
                    if distance > k or s in considered:
                        continue
                else:
                    if c_len == tight:
                        # k cuts used up in the prefix: the rest must match
                        # but for one substitution or transposition at most.
                        md = (n if n < s_len else s_len) - prefix_length
                        if (md > 1 and phrase[n + 1 - md :] != s[s_len + 1 - md :]) or (
                            md > 0
                            and phrase[n - md] != s[s_len - md]
                            and (
                                phrase[n - md - 1] != s[s_len - md]
                                or phrase[n - md] != s[s_len - md - 1]
                            )
                        ):
                            continue
                    if s in considered:
                        continue
                    considered.add(s)
                    distance = osa(phrase, s, k)
                    if distance < 0:
                        continue
                seen = found.get(s)
                if seen is None or distance < seen[0]:
                    count = index.count(s)
                    if count is None:
                        raise CorruptIndex(f"{s!r} has deletes but no count")
                    found[s] = (distance, count)
        if len_diff < k and c_len <= prefix_length:
            for i in range(c_len):
                delete = candidate[:i] + candidate[i + 1 :]
                if delete not in considered_deletes:
                    considered_deletes.add(delete)
                    candidates.append(delete)
    return found


#: The distance ``_lookup_all`` uses: editdistpy's when installed (a
#: declared dependency), else the pure-Python port above; tests hold them equal.
fast_osa_distance = _editdistpy_osa.distance if _editdistpy_osa is not None else osa_distance


# --------------------------------------------------------------------------
# The public class


_FILE_DIGESTS: dict[tuple[str, str], bytes] = {}

#: Seconds a dictionary file must have gone unchanged before its content key
#: is remembered by its stat (``Suggester._content_key``).
RACY_SECONDS = 2.0


def _stat_of(paths: Sequence[Path]) -> tuple[str, float] | None:
    """The files' stat as one line, and when the newest of them last changed; None if one cannot be read."""
    line, newest = [], 0.0
    for f in paths:
        try:
            st = f.stat()
        except OSError:
            return None
        line.append(_stat_key(st))
        newest = max(newest, st.st_mtime, st.st_ctime)
    return " ".join(line), newest


def _stat_key(st: os.stat_result) -> str:
    """What says a file is unchanged: device, inode, size, mtime and ctime (ctime no program can set)."""
    return f"{st.st_dev}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}"


def _write_cache_file(path: Path, write: Callable[[BinaryIO], object]) -> bool:
    """Write a cache file with ``write``, atomically: to a temporary file in its directory, renamed into place.

    False when it cannot be written, which is no error: the caller carries
    on without the cache.
    """
    import tempfile

    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w+b") as fh:
            write(fh)
        os.replace(tmp, path)
        tmp = None
        return True
    except OSError:
        return False
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _file_digest(path: Path) -> bytes:
    """A dictionary file's BLAKE2 digest, memoised per path and stat (as ``_stat_of``).

    The pipeline's two indexes are built from one word list: hashing its
    1.6 MB once rather than twice saves a few milliseconds of a start.
    """
    memo_key = (str(path), _stat_key(path.stat()))
    digest = _FILE_DIGESTS.get(memo_key)
    if digest is None:
        data = path.read_bytes()
        digest = _FILE_DIGESTS[memo_key] = blake2b(b"%d\n" % len(data) + data, digest_size=32).digest()
    return digest


class Suggester:
    """Dictionary words within a small edit distance of a word.

    ``dictionary_files`` are symspellpy-format files (``word count`` a line).
    ``min_count`` leaves their rarer words out of the index: a search two
    edits deep over only the words common enough to matter there is several
    times faster than over all.
    Construction is cheap; the index is opened or built at the first lookup.
    """

    #: symspellpy ``prefix_length`` of the index (a class attribute so the
    #: speed benchmark can compare settings; not part of the interface).
    prefix_length: int = PREFIX_LENGTH

    def __init__(
        self,
        dictionary_files: Sequence[Path],
        max_distance: int = 2,
        min_count: int = 0,
    ) -> None:
        if max_distance < 0:
            raise ValueError("max_distance cannot be negative")
        self.dictionary_files = tuple(Path(f) for f in dictionary_files)
        self.max_distance = max_distance
        self.min_count = min_count
        self._prefix = max(self.prefix_length, max_distance + 1)
        self._index: _Index | None = None
        self._ready = False
        self._memo: Memo[tuple[str, int], list[Candidate]] = Memo(_MEMO_LIMIT)
        #: Where the index came from at the first lookup: "cache", "built"
        #: (and written to the cache) or "memory" (built, no usable cache).
        self.source: str | None = None
        #: The cache file used or written, if any.
        self.cache_path: Path | None = None

    # -- public -----------------------------------------------------------

    def lookup(self, word: str, max_distance: int | None = None) -> list[Candidate]:
        """All dictionary words within ``max_distance`` of ``word`` (lower-cased).

        Distance is symspellpy's Damerau-Levenshtein (optimal string alignment).
        Sorted by distance, then count (highest first), then the word; an exact
        match comes first, at distance 0.
        """
        if max_distance is None:
            max_distance = self.max_distance
        if max_distance < 0 or max_distance > self.max_distance:
            raise ValueError(
                f"max_distance must be between 0 and {self.max_distance}, not {max_distance}"
            )
        phrase = word.lower()
        memo_key = (phrase, max_distance)
        found = self._memo.get(memo_key)
        if found is not None:
            return list(found)
        self.prepare()
        try:
            found = self._lookup(phrase, max_distance)
        except CorruptIndex:
            # A damaged bucket met mid-use: rebuild (and rewrite the cache) once.
            self._discard_index(remove_file=True)
            self._load_main(force_build=True)
            found = self._lookup(phrase, max_distance)
        self._memo.put(memo_key, found)
        return list(found)

    def count(self, word: str) -> int | None:
        """The count of ``word`` (lower-cased) in the dictionary, or None when it is not in it."""
        self.prepare()
        return None if self._index is None else self._index.count(word.lower())

    def prepare(self) -> None:
        """Open (or build and cache) the index now rather than at the first lookup."""
        if self._ready:
            return
        self._load_main()
        self._ready = True

    def close(self) -> None:
        """Release the memory-mapped index (lookups would reopen it)."""
        self._discard_index(remove_file=False)
        self._ready = False

    # -- internals --------------------------------------------------------

    def _lookup(self, phrase: str, max_distance: int) -> list[Candidate]:
        if self._index is None:  # no dictionary files
            return []
        found = _lookup_all(self._index, phrase, max_distance)
        return [
            Candidate(term, distance, count)
            for term, (distance, count) in sorted(found.items(), key=lambda item: (item[1][0], -item[1][1], item[0]))
        ]

    def _settings_tag(self) -> bytes:
        impl = sys.implementation
        return (
            f"ejaan-suggest format={FORMAT_VERSION} prefix={self._prefix} "
            f"distance={self.max_distance} min_count={self.min_count} "
            f"python={impl.name}-{sys.version_info[0]}.{sys.version_info[1]}."
            f"{sys.version_info[2]} byteorder={sys.byteorder}"
        ).encode()

    def _paths_tag(self) -> str:
        """The dictionary files' paths and the settings, for the cache files' names."""
        # Settings too: indexes of the same files with other settings (the
        # pipeline keeps two) must not sweep each other away.
        paths = blake2b(b"distance=%d min_count=%d" % (self.max_distance, self.min_count), digest_size=32)
        for f in self.dictionary_files:
            try:
                name = str(f.resolve())
            except OSError:  # pragma: no cover
                name = str(f.absolute())
            paths.update(name.encode("utf-8", "surrogateescape") + b"\0")
        return paths.hexdigest()[:12]

    def _content_key(self, remembered: Path | None) -> bytes:
        """The key of the files' content and the settings, read from ``remembered`` while the files' stat holds.

        Why: hashing the 1.6 MB word list is ~5 ms of every start.  An
        unchanged stat (device, inode, size, mtime and ctime; ctime moves at
        every write and no program can set it) says the content is
        unchanged too, as git's index trusts it; a file changed within
        ``RACY_SECONDS`` may change again inside one tick of its clock, so
        its key is not remembered until it has settled.
        """
        settings = self._settings_tag().decode()
        stat = _stat_of(self.dictionary_files)
        if remembered is not None and stat is not None:
            try:
                lines = remembered.read_text("ascii").split("\n")
                if len(lines) == 3 and lines[:2] == [settings, stat[0]] and len(lines[2]) == 64:
                    return bytes.fromhex(lines[2])
            except (OSError, ValueError):
                pass
        started = time.time()
        digest = blake2b(settings.encode(), digest_size=32)
        for f in self.dictionary_files:
            digest.update(_file_digest(f))
        key = digest.digest()
        if remembered is not None and stat is not None and stat[1] < started - RACY_SECONDS and _stat_of(self.dictionary_files) == stat:
            record = f"{settings}\n{stat[0]}\n{key.hex()}".encode("ascii")
            _write_cache_file(remembered, lambda fh: fh.write(record))
        return key

    def _load_main(self, force_build: bool = False) -> None:
        if not self.dictionary_files:
            self._index = None
            self.source = "memory"
            return
        tag = self._paths_tag()
        directory = cache_dir()
        key = self._content_key(None if directory is None else directory / f"suggest-{tag}-key")
        path = None
        if directory is not None:
            path = directory / f"suggest-{tag}-{key.hex()[:32]}.idx"
        self.cache_path = path
        index = None
        if path is not None and not force_build:
            index = _open_cached(path, key, self.max_distance, self._prefix)
            if index is not None:
                self.source = "cache"
        if index is None:
            words: dict[str, int] = {}
            for f in self.dictionary_files:
                parse_dictionary(f.read_bytes(), words)
            if self.min_count:
                words = {w: n for w, n in words.items() if n >= self.min_count}
            index, self.source = _build(
                words, key, self.max_distance, self._prefix, path, f"suggest-{tag}-"
            )
            del words
        self._index = index

    def _discard_index(self, remove_file: bool) -> None:
        self._memo.clear()
        if self._index is not None:
            self._index.close()
            self._index = None
        if remove_file and self.cache_path is not None:
            try:
                self.cache_path.unlink()
            except OSError:
                pass


def _open_cached(path: Path, key: bytes, max_distance: int, prefix: int) -> _Index | None:
    """The cached index at ``path`` if it is there and sound, else None."""
    import mmap

    try:
        with open(path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if size < _HEADER_SIZE:
                return None
            buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        return _Index(buf, key, max_distance, prefix)
    except (CorruptIndex, struct.error, ValueError):
        buf.close()
        return None


def _build(
    words: dict[str, int],
    key: bytes,
    max_distance: int,
    prefix: int,
    path: Path | None,
    family: str,
) -> tuple[_Index, str]:
    """Build the index, into the cache at ``path`` if it can be written.

    Returns the opened index and where it lives: ``"built"`` (the cache file,
    written to a temporary file in the same directory and renamed into
    place), or ``"memory"`` (an anonymous temporary file, or bytes, when the
    cache directory is not usable: nothing breaks, nothing is kept).
    """
    import mmap
    import tempfile

    if path is not None and _write_cache_file(path, lambda fh: build_index(words, max_distance, prefix, key, fh)):
        _sweep(path, family)
        index = _open_cached(path, key, max_distance, prefix)
        if index is not None:
            return index, "built"
    try:
        fh = tempfile.TemporaryFile()
    except OSError:
        fh = None
    if fh is not None:
        try:
            build_index(words, max_distance, prefix, key, fh)
            buf = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
            return _Index(buf, key, max_distance, prefix, owner=fh), "memory"
        except (OSError, ValueError):
            fh.close()
    memory = io.BytesIO()
    build_index(words, max_distance, prefix, key, memory)
    return _Index(memory.getvalue(), key, max_distance, prefix), "memory"


def _sweep(path: Path, family: str) -> None:
    """Drop older caches of the same dictionary files and stale temp files."""
    now = time.time()
    try:
        entries = list(os.scandir(path.parent))
    except OSError:  # pragma: no cover
        return
    for entry in entries:
        name = entry.name
        try:
            if name.startswith(family) and name.endswith(".idx") and name != path.name:
                os.unlink(entry.path)
            elif (
                name.startswith("." + family)
                and name.endswith(".tmp")
                and now - entry.stat().st_mtime > _STALE_TEMP_SECONDS
            ):
                os.unlink(entry.path)
        except OSError:
            pass
