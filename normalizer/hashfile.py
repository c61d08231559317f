"""String-to-string hash tables in flat files, read in place through mmap.

Why: a word list loaded into a Python set costs tens of milliseconds at every
start (120k strings split and hashed), while a check of a story asks about a
thousand words.  A hash table written once and memory-mapped answers each
question in a few microseconds and costs nothing to open.  The suggestion
index (``suggest``) is two such tables in a cache file; the lexicon's word
table (``lexicon``) is one, shipped beside the word lists.

Layout of one table: the data, bucket by bucket, as ``key<TAB>value<NL>``
lines (a key's bucket is its UTF-8 CRC-32 modulo the bucket count), and a
bucket table of offsets and per-bucket CRC-32 checksums, so damage is found
when a bucket is read, not trusted.
"""
from __future__ import annotations

import mmap
import os
import struct
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any, BinaryIO, Callable, TypeVar

_Value = TypeVar("_Value")

_U32 = struct.Struct("<I")
_U32x2 = struct.Struct("<II")

# A standalone table file: magic, format version, bucket count, data length,
# bucket-table CRC, the digest of what it was built from; then the header's
# own CRC, the bucket table and the data.
_MAGIC = b"EJNTABL\x00"
_FORMAT = 1
_HEADER = struct.Struct("<8s4I32s")
_HEADER_SIZE = _HEADER.size + _U32.size


class CorruptIndex(Exception):
    """A table file is damaged, truncated or not ours."""


def write_table(
    fh: BinaryIO, items: dict[str, _Value], value: Callable[[_Value], str]
) -> tuple[int, bytes, int]:
    """Write ``items`` as one hash table's data to ``fh``, bucket by bucket.

    Bucket ``b`` holds the ``key\\tvalue\\n`` lines of the keys whose CRC-32
    is ``b`` modulo the bucket count, ``value(items[key])`` being written.
    Returns the bucket count, the table (bucket count + 1 offsets, then one
    CRC-32 per bucket, little-endian uint32) and the data's length.
    """
    nbuckets = max(1, len(items) // 2)
    crc32 = zlib.crc32
    buckets: list[list[str]] = [[] for _ in range(nbuckets)]
    for key in items:
        buckets[crc32(key.encode()) % nbuckets].append(key)
    offsets = array("I", [0])
    crcs = array("I")
    written = 0
    for bucket in buckets:
        if bucket:
            chunk = "".join(["%s\t%s\n" % (k, value(items[k])) for k in bucket]).encode()
            fh.write(chunk)
            written += len(chunk)
            crcs.append(crc32(chunk))
        else:
            crcs.append(0)
        offsets.append(written)
    del buckets
    if written >= 2**32:  # pragma: no cover - a 4 GB index
        raise ValueError("index too large")
    if sys.byteorder != "little":  # pragma: no cover
        offsets.byteswap()
        crcs.byteswap()
    return nbuckets, offsets.tobytes() + crcs.tobytes(), written


class Table:
    """One hash table: str -> str, read straight from the buffer (bytes or mmap)."""

    __slots__ = ("_buf", "_n", "_offsets", "_crcs", "_data")

    def __init__(self, buf: Any, nbuckets: int, offsets: int, crcs: int, data: int):
        self._buf = buf
        self._n = nbuckets
        self._offsets = offsets
        self._crcs = crcs
        self._data = data

    def get(self, key: str) -> str | None:
        kb = key.encode()
        bucket = zlib.crc32(kb) % self._n
        start, end = _U32x2.unpack_from(self._buf, self._offsets + 4 * bucket)
        (crc,) = _U32.unpack_from(self._buf, self._crcs + 4 * bucket)
        chunk = self._buf[self._data + start : self._data + end]
        if end < start or zlib.crc32(chunk) != crc:
            raise CorruptIndex("bucket checksum mismatch")
        needle = kb + b"\t"
        if chunk.startswith(needle):
            at = len(needle)
        else:
            at = chunk.find(b"\n" + needle)
            if at < 0:
                return None
            at += len(needle) + 1
        stop = chunk.find(b"\n", at)
        if stop < 0:
            raise CorruptIndex("unterminated entry")
        try:
            return chunk[at:stop].decode()
        except UnicodeDecodeError:  # pragma: no cover - the CRC matched
            raise CorruptIndex("bad text") from None


def write_file(path: Path, items: dict[str, str], source_digest: bytes) -> None:
    """Write ``items`` as a standalone table file at ``path``, atomically.

    ``source_digest`` (up to 32 bytes) records what the table was built
    from, so a test can tell a table that is stale against its sources.
    """
    import io
    import tempfile

    data = io.BytesIO()
    nbuckets, tables, length = write_table(data, items, str)
    header = _HEADER.pack(_MAGIC, _FORMAT, nbuckets, length, zlib.crc32(tables), source_digest.ljust(32, b"\0")[:32])
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(header + _U32.pack(zlib.crc32(header)) + tables + data.getvalue())
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would make a shipped file unreadable to others
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def open_file(path: Path) -> tuple[Table, bytes]:
    """The table in ``path`` (memory-mapped) and its source digest.

    Raises OSError when it cannot be read and CorruptIndex when it is not a
    sound table file.
    """
    with open(path, "rb") as fh:
        buf: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if os.fstat(fh.fileno()).st_size else b""
    if len(buf) < _HEADER_SIZE:
        raise CorruptIndex(f"{path}: too short")
    magic, version, nbuckets, length, tables_crc, digest = _HEADER.unpack_from(buf, 0)
    (crc,) = _U32.unpack_from(buf, _HEADER.size)
    if magic != _MAGIC or version != _FORMAT or zlib.crc32(buf[: _HEADER.size]) != crc:
        raise CorruptIndex(f"{path}: not an ejaan table of this format")
    offsets = _HEADER_SIZE
    crcs = offsets + 4 * (nbuckets + 1)
    data = crcs + 4 * nbuckets
    if nbuckets < 1 or data + length != len(buf) or zlib.crc32(buf[offsets:data]) != tables_crc:
        raise CorruptIndex(f"{path}: truncated or damaged")
    return Table(buf, nbuckets, offsets, crcs, data), digest
