"""Quoted and italic stretches, where the pipeline holds its fixes."""
from __future__ import annotations

from normalizer.quotes import italics, spans


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in spans(text)]


def test_quotes_and_italics_are_found() -> None:
    text = 'Ia berkata \u201csatu dua\u201d lalu "tiga" dan *empat lima* serta _enam_.'
    assert pieces(text) == ["\u201csatu dua\u201d", '"tiga"', "*empat lima*", "_enam_"]


def test_bold_list_bullets_and_snake_case_are_not_italics() -> None:
    text = "**tebal** saja\n* butir satu\n* butir dua\nnama_berkas_ini dan 2 * 3 * 4"
    assert pieces(text) == []


def test_a_stretch_never_crosses_a_line() -> None:
    assert pieces('Ia berkata "satu\ndua" lalu pergi.') == []


def test_italics_alone_are_found_inside_quotes_too() -> None:
    text = 'Ia berkata "satu *dua*" lalu *tiga empat* dan **lima**.'
    assert [text[a:b] for a, b in italics(text)] == ["*dua*", "*tiga empat*"]
