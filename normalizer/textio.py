"""Reading and writing copy without losing a byte.

Newsroom files arrive with CRLF from Windows desks, LF from the CMS, a UTF-8
BOM from Notepad, or Latin-1 from an old wire system.  ejaan must hand the
checker the text exactly as it is and, when it writes a fix back, change
nothing but the fixed words.  So files are always read as bytes and decoded
here (never through text mode, which would translate line endings), the BOM
and encoding are remembered, and writes go through a temporary file that is
renamed over the original only once it is complete.
"""
from __future__ import annotations

import codecs
import errno
import os
import stat
from contextlib import suppress
from dataclasses import dataclass

STDIN = "-"
_SNIFF = 8192  # bytes looked at to decide whether a file is binary

# Longest first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_FOR = {enc: bom for bom, enc in _BOMS}
_LABELS = {
    "utf-8": "UTF-8",
    "iso8859-1": "Latin-1",
    "cp1252": "Windows-1252",
    "ascii": "ASCII",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32",
}
_LATIN1_HINT = "(if it is Latin-1 from an old wire system, pass --encoding latin-1)"
# Bytes that never occur in text in any 8-bit encoding we expect.
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(
    range(0x1C, 0x20)
) | {0x7F}


class InputError(Exception):
    """A file cannot be read or written safely; the message is for the user."""


@dataclass
class Document:
    """A decoded file and what is needed to write it back byte for byte.

    ``text`` has no BOM and keeps every line ending as it was; ``encoding`` is
    a Python codec name (``"utf-8"``, ``"iso8859-1"``, ``"utf-16-le"``...);
    ``path`` is ``"-"`` for standard input.
    """

    path: str
    text: str
    encoding: str
    bom: bool


def read_document(path: str, encoding: str | None = None) -> Document:
    """Read and decode ``path``; raise InputError with a readable reason.

    ``encoding=None`` means UTF-8 with or without BOM (a UTF-16/32 BOM is
    also recognised).
    """
    try:
        with open(path, "rb") as f:
            data = f.read()
    except (FileNotFoundError, NotADirectoryError):
        raise InputError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a file") from None
    except PermissionError:
        if os.path.isdir(path):  # what Windows reports for directories
            raise InputError(f"{path}: is a directory, not a file") from None
        raise InputError(f"{path}: cannot read (permission denied)") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({reason(e)})") from None
    except ValueError:  # e.g. a NUL character in the name
        raise InputError(f"{path!r}: invalid file name") from None
    return decode_bytes(data, path, encoding)


def is_binary(head: bytes, encoding: str | None = None) -> bool:
    """``head`` (a file's first bytes) holds a NUL its encoding has none of: a photo or a PDF.

    What :func:`decode_bytes` refuses as binary, asked of a file met while
    walking a folder, so that a UTF-16 file there is read like one named.
    """
    try:
        _bom, enc = _encoding_of(head, encoding, "")
    except InputError:  # an unknown encoding: reading the file will say so
        return False
    return _nul_outside_wide(head, enc)


def _nul_outside_wide(data: bytes, enc: str) -> bool:
    """A NUL byte in the first ``_SNIFF`` bytes of data not in UTF-16/32: no text."""
    return not enc.startswith(("utf-16", "utf-32")) and b"\x00" in data[:_SNIFF]


def decode_bytes(data: bytes, path: str, encoding: str | None = None) -> Document:
    """Decode ``data`` with the rules of :func:`read_document`."""
    where = _where(path)
    bom, enc = _encoding_of(data, encoding, where)
    if _nul_outside_wide(data, enc):
        raise InputError(f"{where}: binary file, skipped")
    wide = enc.startswith(("utf-16", "utf-32"))
    body = memoryview(data)[len(bom):]
    try:
        text = str(body, enc)
    except UnicodeDecodeError as e:
        if not wide and _looks_binary(data[:_SNIFF]):
            raise InputError(f"{where}: binary file, skipped") from None
        before = str(body[: e.start], enc, "replace")
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        label = _label(enc)
        msg = (
            f"{where}: not valid {label}: byte 0x{body[e.start]:02X} at byte offset "
            f"{len(bom) + e.start} (line {line}, column {column}) cannot be decoded"
        )
        if enc == "utf-8":
            msg += f" {_LATIN1_HINT}"
        raise InputError(msg) from None
    return Document(path=path, text=text, encoding=enc, bom=bool(bom))


def _encoding_of(data: bytes, encoding: str | None, where: str) -> tuple[bytes, str]:
    """The BOM ``data`` starts with and the codec to decode the rest with.

    ``encoding=None``: UTF-8, unless a UTF-8/16/32 BOM says otherwise.
    """
    if encoding is None:
        return next(((b, e) for b, e in _BOMS if data.startswith(b)), (b"", "utf-8"))
    enc = _codec_name(encoding, where)
    if enc in ("utf-8", "utf-8-sig"):
        return (codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""), "utf-8"
    if enc.startswith(("utf-16", "utf-32")):
        # Pin the byte order so writing back cannot add or flip a BOM.
        # A named byte order is trusted; plain "utf-16" takes it from the BOM.
        base = enc[:6]
        orders = (enc,) if enc != base else (base + "-le", base + "-be")
        return next(((_BOM_FOR[o], o) for o in orders if data.startswith(_BOM_FOR[o])), (b"", orders[0]))
    return b"", enc


def encode_document(doc: Document, new_text: str) -> bytes:
    """Encode ``new_text`` as ``doc`` was encoded (same codec, same BOM).

    Refuses, rather than writing ``?`` or dropping a character, when a fix
    introduced something the file's encoding cannot hold.
    """
    try:
        body = new_text.encode(doc.encoding)
    except UnicodeEncodeError as e:
        ch = new_text[e.start]
        line = new_text.count("\n", 0, e.start) + 1
        msg = (
            f"{_where(doc.path)}: the character {ch!r} (U+{ord(ch):04X}) on line {line} "
            f"cannot be written in {_label(doc.encoding)}"
        )
        if doc.path != STDIN:
            msg += "; file left unchanged"
        raise InputError(msg) from None
    except LookupError:
        raise InputError(f"{_where(doc.path)}: unknown encoding {doc.encoding!r}") from None
    return (_BOM_FOR.get(doc.encoding, b"") if doc.bom else b"") + body


def write_document(doc: Document, new_text: str) -> None:
    """Replace the file with ``new_text`` atomically, or leave it untouched.

    The bytes go to a temporary file in the same directory, are flushed to
    disk, get the original's permissions, and are renamed over the original
    in one step, so a crash or full disk never leaves half a story.  A
    symlink is followed: its target is rewritten and the link stays a link.
    """
    if doc.path == STDIN:
        raise InputError("standard input cannot be written back; the fixed text goes to standard output")
    data = encode_document(doc, new_text)  # fails before anything is touched
    target = os.path.realpath(doc.path)
    directory, name = os.path.split(target)
    try:
        st: os.stat_result | None = os.stat(doc.path)  # through links: /dev/stdin is a pipe
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise InputError(f"{doc.path}: cannot write ({reason(e)}); file left unchanged") from None
    if st is not None:
        _check_replaceable(doc.path, target, st)
    import tempfile  # only writes need it; checking is the common, timed path

    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix="." + name + ".", suffix=".ejaan-tmp")
    except OSError as e:
        raise InputError(f"{doc.path}: cannot write ({reason(e)}); file left unchanged") from None
    try:
        f = os.fdopen(fd, "wb")
    except BaseException:
        os.close(fd)
        _discard(tmp)
        raise
    try:
        with f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            with suppress(OSError):  # only root may give the file back to its owner
                if (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
                    os.chown(tmp, st.st_uid, st.st_gid)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException as e:
        _discard(tmp)
        if isinstance(e, OSError):
            raise InputError(
                f"{doc.path}: cannot write ({reason(e)}); file left unchanged"
            ) from None
        raise
    _fsync_dir(directory)


def _check_replaceable(path: str, target: str, st: os.stat_result) -> None:
    """Refuse a write that replacing the file by rename would make wrong.

    A rename needs only the folder to be writable, so it would rewrite a
    write-protected file, give a file to whoever runs ejaan, and split a
    file from its hard links.  Each of those is the user's call, not ours.
    """
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file, cannot be rewritten; file left unchanged")
    if not st.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise InputError(f"{path}: the file is write-protected; file left unchanged")
    if hasattr(os, "geteuid") and os.geteuid() != 0 and st.st_uid != os.geteuid():
        raise InputError(f"{path}: owned by another user, and rewriting it would make it yours; file left unchanged")
    if st.st_nlink > 1:
        raise InputError(
            f"{path}: has {st.st_nlink} hard links, and rewriting it would split them; file left unchanged"
        )


def _codec_name(encoding: str, where: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        raise InputError(
            f"{where}: unknown encoding {encoding!r} (try utf-8, latin-1 or cp1252)"
        ) from None


def _looks_binary(sample: bytes) -> bool:
    """Many control bytes: not text in any encoding a newsroom uses."""
    return bool(sample) and sum(b in _CONTROL for b in sample) > len(sample) * 0.05


def _where(path: str) -> str:
    return "standard input" if path == STDIN else path


def _label(enc: str) -> str:
    return _LABELS.get(enc, enc.upper())


def reason(e: OSError) -> str:
    """The OS error in words a copy editor can act on."""
    return {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder does not exist",
        getattr(errno, "EDQUOT", -1): "the disk quota is exceeded",
    }.get(e.errno or 0, (e.strerror or str(e)).lower())


def _discard(tmp: str) -> None:
    with suppress(OSError):
        os.unlink(tmp)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(directory: str) -> None:
    """Make the rename itself durable where the platform allows it."""
    with suppress(OSError, AttributeError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
