"""textio must never change a byte it was not asked to change."""
from __future__ import annotations

import codecs
import os
import stat
import tempfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer import textio
from normalizer.textio import (
    Document,
    InputError,
    decode_bytes,
    encode_document,
    read_document,
    write_document,
)

ROOT = hasattr(os, "geteuid") and os.geteuid() == 0

SAMPLES = {
    "lf": b"Moskow (ANTARA) - Rusia\nmenyatakan.\n",
    "crlf": b"Moskow (ANTARA) - Rusia\r\nmenyatakan.\r\n",
    "mixed": b"satu\r\ndua\ntiga\rempat\r\n\nlima",
    "bom": codecs.BOM_UTF8 + "Jakarta – “kutipan”\r\n".encode(),
    "no-trailing-newline": b"tanpa baris baru",
    "empty": b"",
    "bom-only": codecs.BOM_UTF8,
}


def put(tmp_path, data: bytes, name: str = "berita.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def leftovers(directory) -> list[str]:
    return [n for n in os.listdir(directory) if n.endswith(".ejaan-tmp")]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_round_trip_is_byte_identical(tmp_path, name):
    original = SAMPLES[name]
    path = put(tmp_path, original)
    doc = read_document(path)
    assert encode_document(doc, doc.text) == original
    write_document(doc, doc.text)
    assert (tmp_path / "berita.txt").read_bytes() == original
    assert leftovers(tmp_path) == []


def test_line_endings_are_not_translated(tmp_path):
    doc = read_document(put(tmp_path, SAMPLES["mixed"]))
    assert doc.text == "satu\r\ndua\ntiga\rempat\r\n\nlima"


def test_bom_is_remembered_not_shown(tmp_path):
    doc = read_document(put(tmp_path, SAMPLES["bom"]))
    assert doc.bom and doc.encoding == "utf-8"
    assert not doc.text.startswith("\ufeff")
    write_document(doc, doc.text.replace("Jakarta", "Bandung"))
    assert (tmp_path / "berita.txt").read_bytes() == SAMPLES["bom"].replace(b"Jakarta", b"Bandung")


def test_empty_file(tmp_path):
    doc = read_document(put(tmp_path, b""))
    assert doc == Document(path=doc.path, text="", encoding="utf-8", bom=False)


def test_fix_changes_only_the_fixed_word(tmp_path):
    path = put(tmp_path, b"sasaran tereoris\r\nkedua\r\n")
    doc = read_document(path)
    write_document(doc, doc.text.replace("tereoris", "teroris"))
    assert open(path, "rb").read() == b"sasaran teroris\r\nkedua\r\n"


def test_latin1_refused_with_hint_and_untouched(tmp_path):
    original = "Koresponden di Paris: café\r\nbaris dua é\n".encode("latin-1")
    path = put(tmp_path, original)
    with pytest.raises(InputError) as err:
        read_document(path)
    msg = str(err.value)
    assert msg.startswith(path + ": not valid UTF-8")
    assert "byte offset 25" in msg and "line 1" in msg
    assert "(if it is Latin-1 from an old wire system, pass --encoding latin-1)" in msg
    assert open(path, "rb").read() == original

    doc = read_document(path, encoding="latin-1")
    assert doc.text == "Koresponden di Paris: café\r\nbaris dua é\n"
    write_document(doc, doc.text)
    assert open(path, "rb").read() == original
    write_document(doc, doc.text.replace("dua", "kedua"))
    assert open(path, "rb").read() == original.replace(b"dua", b"kedua")


def test_bad_byte_line_number(tmp_path):
    path = put(tmp_path, b"satu\ndua\nti\xffga\n")
    with pytest.raises(InputError, match=r"byte 0xFF at byte offset 11 \(line 3, column 3\)"):
        read_document(path)


def test_character_not_encodable_is_refused(tmp_path):
    original = "café\n".encode("latin-1")
    path = put(tmp_path, original)
    doc = read_document(path, encoding="latin-1")
    with pytest.raises(InputError, match=r"'“' \(U\+201C\) on line 2 cannot be written in Latin-1; file left unchanged"):
        write_document(doc, doc.text + "“kutipan”")
    assert open(path, "rb").read() == original
    assert leftovers(tmp_path) == []


def test_unknown_encoding(tmp_path):
    path = put(tmp_path, b"abc")
    with pytest.raises(InputError, match=r"unknown encoding 'latin-9000'"):
        read_document(path, encoding="latin-9000")


def test_binary_file(tmp_path):
    path = put(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "foto.png")
    with pytest.raises(InputError, match=r"foto\.png: binary file, skipped$"):
        read_document(path)


def test_binary_without_nul_is_still_binary(tmp_path):
    path = put(tmp_path, bytes([0x01, 0x02, 0x03, 0xFF, 0xFE, 0x10] * 100), "data.bin")
    with pytest.raises(InputError, match=r"binary file, skipped"):
        read_document(path)


def test_directory(tmp_path):
    with pytest.raises(InputError, match=r": is a directory, not a file$"):
        read_document(str(tmp_path))


def test_missing_file(tmp_path):
    path = str(tmp_path / "tidak-ada.txt")
    with pytest.raises(InputError, match=r"tidak-ada\.txt: file not found$"):
        read_document(path)


@pytest.mark.skipif(ROOT, reason="root ignores file permissions")
def test_unreadable_file(tmp_path):
    path = put(tmp_path, b"rahasia")
    os.chmod(path, 0)
    with pytest.raises(InputError, match=r"cannot read \(permission denied\)"):
        read_document(path)


def test_unreadable_file_simulated(tmp_path, monkeypatch):
    path = put(tmp_path, b"rahasia")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(textio, "open", denied, raising=False)
    with pytest.raises(InputError, match=r"berita\.txt: cannot read \(permission denied\)$"):
        read_document(path)


@pytest.mark.skipif(ROOT, reason="root ignores file permissions")
def test_unwritable_directory(tmp_path):
    sub = tmp_path / "terkunci"
    sub.mkdir()
    path = put(sub, b"lama\n")
    doc = read_document(path)
    os.chmod(sub, 0o555)
    try:
        with pytest.raises(InputError, match=r"cannot write \(permission denied\); file left unchanged"):
            write_document(doc, "baru\n")
    finally:
        os.chmod(sub, 0o755)
    assert open(path, "rb").read() == b"lama\n"
    assert leftovers(sub) == []


def test_unwritable_directory_simulated(tmp_path, monkeypatch):
    path = put(tmp_path, b"lama\n")
    doc = read_document(path)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    with pytest.raises(InputError) as err:
        write_document(doc, "baru\n")
    assert str(err.value) == f"{path}: cannot write (permission denied); file left unchanged"
    assert open(path, "rb").read() == b"lama\n"


def test_temp_file_removed_when_rename_fails(tmp_path, monkeypatch):
    path = put(tmp_path, b"lama\n")
    doc = read_document(path)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(textio.os, "replace", denied)
    with pytest.raises(InputError, match=r"cannot write \(permission denied\); file left unchanged"):
        write_document(doc, "baru\n")
    assert open(path, "rb").read() == b"lama\n"
    assert leftovers(tmp_path) == []


def test_temp_file_removed_when_disk_full(tmp_path, monkeypatch):
    path = put(tmp_path, b"lama\n")
    doc = read_document(path)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(textio.os, "fsync", full)
    with pytest.raises(InputError, match=r"cannot write \(the disk is full\); file left unchanged"):
        write_document(doc, "baru\n")
    assert open(path, "rb").read() == b"lama\n"
    assert leftovers(tmp_path) == []


def test_temp_file_removed_on_interrupt(tmp_path, monkeypatch):
    path = put(tmp_path, b"lama\n")
    doc = read_document(path)

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(textio.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_document(doc, "baru\n")
    assert open(path, "rb").read() == b"lama\n"
    assert leftovers(tmp_path) == []


def test_mode_preserved(tmp_path):
    path = put(tmp_path, b"lama\n")
    os.chmod(path, 0o640)
    write_document(read_document(path), "baru\n")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert open(path, "rb").read() == b"baru\n"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_stays_a_link(tmp_path):
    real = tmp_path / "asli"
    real.mkdir()
    target = put(real, b"lama\n")
    link = tmp_path / "tautan.txt"
    os.symlink(target, link)
    write_document(read_document(str(link)), "baru\n")
    assert os.path.islink(link)
    assert open(target, "rb").read() == b"baru\n"
    assert leftovers(real) == [] and leftovers(tmp_path) == []


def test_write_protected_file_is_refused_even_for_root(tmp_path):
    path = put(tmp_path, b"lama\n")
    os.chmod(path, 0o444)
    with pytest.raises(InputError, match="write-protected; file left unchanged"):
        write_document(read_document(path), "baru\n")
    assert open(path, "rb").read() == b"lama\n" and leftovers(tmp_path) == []


@pytest.mark.skipif(not hasattr(os, "link"), reason="no hard links")
def test_hard_linked_file_is_refused(tmp_path):
    path = put(tmp_path, b"lama\n")
    os.link(path, tmp_path / "salinan.txt")
    with pytest.raises(InputError, match="2 hard links"):
        write_document(read_document(path), "baru\n")
    assert open(path, "rb").read() == b"lama\n" == (tmp_path / "salinan.txt").read_bytes()


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="no user ids")
def test_file_of_another_user_is_refused_when_it_cannot_be_given_back(tmp_path, monkeypatch):
    path = put(tmp_path, b"lama\n")
    owner = os.stat(path).st_uid
    monkeypatch.setattr(os, "geteuid", lambda: owner + 1)  # ejaan runs as someone else, not root
    monkeypatch.setattr(os, "access", lambda *a, **k: True)
    with pytest.raises(InputError, match="owned by another user"):
        write_document(read_document(path), "baru\n")
    assert open(path, "rb").read() == b"lama\n"


def test_new_file_can_be_written(tmp_path):
    path = str(tmp_path / "baru.txt")
    write_document(Document(path=path, text="", encoding="utf-8", bom=False), "kata\n")
    assert open(path, "rb").read() == b"kata\n"


def test_stdin():
    doc = decode_bytes(codecs.BOM_UTF8 + b"a\r\nb", "-")
    assert (doc.path, doc.text, doc.bom) == ("-", "a\r\nb", True)
    assert encode_document(doc, doc.text) == codecs.BOM_UTF8 + b"a\r\nb"
    with pytest.raises(InputError, match=r"^standard input: not valid UTF-8"):
        decode_bytes(b"caf\xe9", "-")
    assert decode_bytes(b"caf\xe9", "-", encoding="latin-1").text == "café"
    with pytest.raises(InputError, match=r"standard input cannot be written back"):
        write_document(doc, "x")


def test_utf16_with_bom_is_recognised(tmp_path):
    original = codecs.BOM_UTF16_LE + "Berita\r\n".encode("utf-16-le")
    path = put(tmp_path, original)
    doc = read_document(path)
    assert doc.text == "Berita\r\n" and doc.bom
    assert encode_document(doc, doc.text) == original


def test_large_file(tmp_path):
    line = "Rusia telah melancarkan serangan-serangan sejak 30 September, é “kutipan”.\r\n"
    text = line * (50_000_000 // len(line.encode()) + 1)
    path = put(tmp_path, text.encode())
    doc = read_document(path)
    assert len(doc.text) == len(text)
    assert encode_document(doc, doc.text) == text.encode()


# --- property: unchanged text always round-trips to the same bytes -------------

_CP1252 = "".join(sorted(set(bytes(range(1, 256)).decode("cp1252", "ignore"))))
_ENDINGS = st.sampled_from(["\n", "\r\n", "\r"])


def _texts(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(alphabet, _ENDINGS), max_size=60).map("".join)


_UNICODE = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
CASES = st.one_of(
    st.tuples(st.just("utf-8"), st.booleans(), _texts(_UNICODE)),
    st.tuples(st.just("utf-16-le"), st.booleans(), _texts(_UNICODE)),
    st.tuples(st.just("utf-16-be"), st.just(True), _texts(_UNICODE)),
    st.tuples(st.just("latin-1"), st.just(False), _texts(st.characters(min_codepoint=1, max_codepoint=255))),
    st.tuples(st.just("cp1252"), st.just(False), _texts(st.sampled_from(_CP1252))),
)
_BOM = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


@settings(max_examples=300, deadline=None)
@given(CASES, st.booleans())
def test_unchanged_text_round_trips(case, name_encoding):
    encoding, bom, text = case
    original = (_BOM[encoding] if bom else b"") + text.encode(encoding)
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "berita.txt")
        with open(path, "wb") as f:
            f.write(original)
        # utf-8 is the default; utf-16 with a BOM is recognised without being named
        given_encoding = encoding if name_encoding or not (encoding == "utf-8" or bom) else None
        doc = read_document(path, encoding=given_encoding)
        assert encode_document(doc, doc.text) == original
        write_document(doc, doc.text)
        with open(path, "rb") as f:
            assert f.read() == original


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200).filter(lambda b: b"\x00" not in b))
def test_any_bytes_survive_latin1(data):
    doc = textio.decode_bytes(data, "x.txt", "latin-1")
    assert encode_document(doc, doc.text) == data
