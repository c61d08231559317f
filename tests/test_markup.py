"""The checker must leave code, links, markup and marked text alone."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer.markup import SYNTAXES, ignored_spans, looks_like_markdown


def ignored(text: str, markdown: bool = True) -> list[str]:
    return [text[s:e] for s, e in ignored_spans(text, "markdown" if markdown else "plain")]


# --- directives and [sic], in any text -------------------------------------------------

def test_plain_text_has_nothing_ignored():
    assert ignored("Rusia pada Jumat menyatakan 1.623 sasaran teroris.\n", markdown=False) == []


def test_ignore_line():
    text = "satu\nsasaran tereoris # ejaan:ignore\ndua\n"
    assert ignored(text, markdown=False) == ["sasaran tereoris # ejaan:ignore"]


def test_ignore_line_html_comment_form_and_case():
    text = "satu\r\n<!-- EJAAN:IGNORE --> Mosksow\r\ndua"
    assert ignored(text, markdown=False) == ["<!-- EJAAN:IGNORE --> Mosksow"]


def test_ignore_next_line():
    text = "a\n<!-- ejaan:ignore-next-line -->\nseerangan tetap\nmalawan diperiksa\n"
    assert ignored(text, markdown=False) == ["<!-- ejaan:ignore-next-line -->", "seerangan tetap"]


def test_ignore_next_line_crlf_offsets():
    text = "# ejaan:ignore-next-line\r\nseerangan\r\nmalawan\r\n"
    spans = ignored_spans(text, "plain")
    assert spans == [(0, 24), (26, 35)]
    assert text[26:35] == "seerangan"


def test_ignore_next_line_on_last_line():
    assert ignored("teks\n# ejaan:ignore-next-line", markdown=False) == ["# ejaan:ignore-next-line"]


def test_unknown_directive_does_nothing():
    assert ignored("a ejaan:ignored b\nc ejaan:ignore-all\n", markdown=False) == []


def test_sic():
    text = 'kata "tereoris [sic]" dan "disersi[SIC]" serta seerangan [sic!]'
    assert ignored(text, markdown=False) == ["tereoris [sic]", "disersi[SIC]", "seerangan [sic!]"]


def test_sic_after_any_run_of_spaces_on_its_line_or_a_comma():
    text = "ia tereoris  [sic] lalu deengan\t[sic] lalu seerangan, [sic] lalu malawan\u202f[sic]"
    assert ignored(text, markdown=False) == ["tereoris  [sic]", "deengan\t[sic]", "seerangan, [sic]", "malawan\u202f[sic]"]


def test_sic_after_closing_quote_and_hyphenated_word():
    text = 'disebut "serangan-seerangan" [sic] oleh'
    assert ignored(text, markdown=False) == ['serangan-seerangan" [sic]']


def test_urls_emails_handles_hashtags():
    text = (
        "Baca https://www.antaranews.com/berita/123/rusia-suriah. "
        "Lihat (www.kemhan.go.id) atau surel redaksi@antaranews.com, "
        "ikuti @antaranews dan #PemiluDamai; https://id.wikipedia.org/wiki/Homs_(kota)."
    )
    assert ignored(text, markdown=False) == [
        "https://www.antaranews.com/berita/123/rusia-suriah",
        "www.kemhan.go.id",
        "redaksi@antaranews.com",
        "@antaranews",
        "#PemiluDamai",
        "https://id.wikipedia.org/wiki/Homs_(kota)",
    ]


def test_markdown_only_constructs_are_checked_in_plain_text():
    text = "teks `kode` [tautan](http-bukan) <b>x</b>\n```\nkode\n```\n"
    assert ignored(text, markdown=False) == []


# --- Markdown ---------------------------------------------------------------------------

def test_fenced_code_with_info_string():
    text = "Sebelum\n```python\nteroris = 1\n```\nSesudah\n"
    assert ignored(text) == ["```python\nteroris = 1\n```"]


def test_tilde_fence_and_longer_closing_fence():
    text = "a\n~~~~ text\nkode\n~~~\nmasih kode\n~~~~~\nb\n"
    assert ignored(text) == ["~~~~ text\nkode\n~~~\nmasih kode\n~~~~~"]


def test_backtick_fence_is_not_closed_by_tildes():
    text = "```\nkode\n~~~\nkode\n```\nteks\n"
    assert ignored(text) == ["```\nkode\n~~~\nkode\n```"]


def test_unterminated_fence_runs_to_end():
    text = "teks\n```\nkode tanpa akhir\nlagi\n"
    assert ignored(text) == ["```\nkode tanpa akhir\nlagi\n"]


def test_fence_crlf():
    text = "a\r\n```\r\nkode\r\n```\r\nb\r\n"
    assert ignored(text) == ["```\r\nkode\r\n```"]


def test_indented_fence_in_list_item():
    text = "- butir\n    ```\n    kode\n    ```\n- butir dua\n"
    assert ignored(text) == ["    ```\n    kode\n    ```"]


def test_indented_text_is_not_code():
    text = "Daftar:\n    sasaran tereoris\n"
    assert ignored(text) == []


def test_indented_code_block_after_a_blank_line():
    text = "Contoh:\n\n    kode tereoris\n\n\tlagi kode\nlanjut\n\nSesudah deengan.\n"
    assert ignored(text) == ["    kode tereoris\n\n\tlagi kode"]


def test_indented_paragraph_of_a_list_item_is_prose():
    text = "- butir satu\n\n    lanjutan butir tereoris\n\nParagraf.\n\n    kode\n"
    assert ignored(text) == ["    kode"]


def test_inline_code_spans():
    text = "pakai `ejaan check` atau ``kode dengan ` di dalam`` dan `a` `b`"
    assert ignored(text) == ["`ejaan check`", "``kode dengan ` di dalam``", "`a`", "`b`"]


def test_unmatched_backtick_is_text():
    text = "tanda ` sendiri\n\nparagraf `dua` baru"
    assert ignored(text) == ["`dua`"]


def test_code_span_does_not_cross_blank_line():
    text = "awal `tidak\n\nditutup` di sini"
    assert ignored(text) == []


def test_code_span_may_cross_a_line_break():
    text = "awal `kode\nlanjut` akhir"
    assert ignored(text) == ["`kode\nlanjut`"]


def test_link_target_ignored_text_checked():
    text = "Menurut [Kemhan Rusia](https://mil.ru/berita_(2015) \"Judul\") kemarin"
    assert ignored(text) == ['(https://mil.ru/berita_(2015) "Judul")']


def test_image_target():
    text = "![peta Suriah](gambar/peta-suriah.png)"
    assert ignored(text) == ["(gambar/peta-suriah.png)"]


def test_reference_links_and_definitions():
    text = "Lihat [laporan][laporn-1].\n\n[laporn-1]: https://antaranews.com/x \"Laporan\"\r\n"
    assert ignored(text) == ["[laporn-1]", '[laporn-1]: https://antaranews.com/x "Laporan"']


def test_footnotes_label_only():
    text = "Kata[^catatn].\n\n[^catatn]: Catatan kaki tetap diperiksa.\n"
    assert ignored(text) == ["[^catatn]", "[^catatn]:"]


def test_autolinks_and_html():
    text = 'Sumber <https://antaranews.com> <redaksi@antara.co.id> <span class="kutip">teks</span>'
    assert ignored(text) == [
        "<https://antaranews.com>",
        "<redaksi@antara.co.id>",
        '<span class="kutip">',
        "</span>",
    ]


def test_comparison_is_not_a_tag():
    assert ignored("jika a < b dan c > d") == []


def test_html_comment_multiline_and_entities():
    text = "a <!-- catatan\nredaktur --> b&nbsp;c &#8212; d"
    assert ignored(text) == ["<!-- catatan\nredaktur -->", "&nbsp;", "&#8212;"]


def test_unterminated_html_comment_runs_to_end():
    assert ignored("teks <!-- tanpa akhir\nlagi") == ["<!-- tanpa akhir\nlagi"]


def test_front_matter_yaml_and_toml():
    assert ignored("---\njudul: Rusia\npenulis: x\n---\nIsi berita\n") == ["---\njudul: Rusia\npenulis: x\n---"]
    assert ignored("+++\njudul = 'Rusia'\n+++\r\nIsi\n") == ["+++\njudul = 'Rusia'\n+++"]


def test_front_matter_only_at_top():
    text = "Isi\n---\nbukan: front matter\n---\n"
    assert ignored(text) == []


def test_code_inside_fence_and_links_inside_code_not_double_counted():
    text = "```\n`x` [a](b)\n```\n`[a](b)`"
    assert ignored(text) == ["```\n`x` [a](b)\n```", "`[a](b)`"]


def test_directive_inside_markdown():
    text = "<!-- ejaan:ignore-next-line -->\nMosksow [tautan](url)\nMoskow\n"
    assert ignored(text) == ["<!-- ejaan:ignore-next-line -->", "Mosksow [tautan](url)"]


# --- properties ------------------------------------------------------------------------

_PIECES = st.sampled_from(
    ["kata", " ", "\n", "\r\n", "`", "```", "~~~", "[", "]", "(", ")", "<", ">", "<!--", "-->", "---",
     "ejaan:ignore", "ejaan:ignore-next-line", "[sic]", "http://a.b", "@x", "&amp;", "\\", "#",
     ".. ", "::", ":x:", "  ", "----", "....", "++++", "//", ":a: ", "[source]", ">>>"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.sampled_from(SYNTAXES))
def test_spans_are_sorted_disjoint_and_in_bounds(text, syntax):
    spans = ignored_spans(text, syntax)
    for start, end in spans:
        assert 0 <= start < end <= len(text)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end < start


def test_large_text_is_fast_enough():
    text = "Rusia melancarkan `serangan` ke [Homs](http://x.y) sejak 30 September.\r\n" * 100_000
    assert len(ignored_spans(text, "markdown")) == 200_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [("---\ntitle: x\n---\nIsi.\n", True), ("Teks\n```sh\nls\n```\n", True), ("Lihat [situs](https://a.id).\n", True),
     ("# Judul\n\nIsi.\n", True), ("Ia datang. Harga naik (5 persen).\n", False), ("#PemiluDamai ramai.\n", False),
     ("Teks --- dengan tanda pisah.\n", False)],
)
def test_markdown_is_told_by_its_look(text: str, expected: bool) -> None:
    assert looks_like_markdown(text) is expected



# --- reStructuredText -----------------------------------------------------------------
def rst(text: str) -> list[str]:
    return [text[s:e] for s, e in ignored_spans(text, "rst")]


def test_rst_code_directives_and_literal_blocks_are_left_whole():
    text = ("Pemerintah menyatakan hal itu.\n\n.. code-block:: python\n   :linenos:\n\n   def hitung(deengan):\n"
            "       return deengan\n\nContohnya::\n\n   deengan = 1\n\nSelesai deengan baik.\n")
    assert rst(text) == [".. code-block:: python\n   :linenos:\n\n   def hitung(deengan):\n       return deengan",
                         "   deengan = 1"]


def test_rst_prose_directives_keep_their_body_checked():
    text = ".. note::\n   :class: penting\n\n   Warga diminta waspada deengan banjir.\n"
    assert rst(text) == [".. note::", "   :class: penting"]


def test_rst_comments_targets_and_footnote_labels():
    text = (".. catatan redaksi: deengan\n   masih ditulis\n\n.. _tautan: https://antaranews.com\n\n"
            ".. [1] Data deengan BPS.\n")
    assert rst(text) == [".. catatan redaksi: deengan\n   masih ditulis", ".. _tautan: https://antaranews.com", ".. [1]"]


def test_rst_inline_literals_roles_link_targets_and_fields():
    text = (":Penulis: Budi\n\nGunakan ``deengan`` dan :code:`malawan` atau `tereoris`, lihat "
            "`Berita Banjir <https://antaranews.com/banjir>`_ serta `Judul`_.\n")
    assert rst(text) == [":Penulis:", "``deengan``", ":code:`malawan`", "`tereoris`", "<https://antaranews.com/banjir>"]


def test_rst_doctest_block():
    assert rst("Contoh:\n\n>>> hitung(deengan)\n3\n\nSelesai.\n") == [">>> hitung(deengan)\n3"]


# --- AsciiDoc ---------------------------------------------------------------------------
def adoc(text: str) -> list[str]:
    return [text[s:e] for s, e in ignored_spans(text, "asciidoc")]


def test_asciidoc_listing_literal_passthrough_and_comment_blocks():
    text = ("[source,python]\n----\ndef hitung(deengan):\n----\n\n....\nliteral deengan\n....\n\n"
            "++++\n<b>deengan</b>\n++++\n\n////\ncatatan deengan\n////\n\n====\nContoh deengan prosa.\n====\n")
    assert adoc(text) == ["[source,python]", "----\ndef hitung(deengan):\n----", "....\nliteral deengan\n....",
                          "++++\n<b>deengan</b>\n++++", "////\ncatatan deengan\n////"]


def test_asciidoc_literal_paragraphs_comments_attributes_and_macros():
    text = (":penulis: Budi deengan\n// catatan deengan\nWarga datang.\n\n  kode deengan\n  lagi\n\n"
            "image::banjir-deengan.jpg[Banjir]\nLihat link:https://antaranews.com[berita deengan] dan `deengan` atau +malawan+.\n")
    assert adoc(text) == [":penulis: Budi deengan", "// catatan deengan", "  kode deengan\n  lagi",
                          # the URL runs to the first space, as the tokenizer's does: a link text's first word is left too
                          "image::banjir-deengan.jpg[Banjir]", "link:https://antaranews.com[berita", "`deengan`", "+malawan+"]


def test_asciidoc_backtick_fence_and_an_unclosed_block_run_to_their_end():
    assert adoc("```ruby\nx = deengan\n```\nteks\n") == ["```ruby\nx = deengan\n```"]
    assert adoc("----\nkode deengan\n") == ["----\nkode deengan\n"]  # to the end of the text


def test_an_unknown_syntax_is_an_error():
    with pytest.raises(ValueError, match="unknown syntax 'html'"):
        ignored_spans("teks", "html")


def test_ignore_next_line_passes_over_blank_lines():
    # reStructuredText wants a blank line after a comment: the marker still means the paragraph's line
    text = "Judul\n\n.. ejaan:ignore-next-line\n\n\r\nTim bermain malawan Thailand.\nBaris lain.\n"
    assert rst(text) == [".. ejaan:ignore-next-line", "Tim bermain malawan Thailand."]
    assert ignored("a ejaan:ignore-next-line\n\n", markdown=False) == ["a ejaan:ignore-next-line"]


def test_rst_blocks_inside_a_prose_directive_or_a_footnote_are_found():
    text = (".. note::\n\n   Lihat contoh::\n\n      x = \"deengan\"\n\n   .. code-block:: python\n\n      # deengan\n\n"
            "   Isi deengan.\n\n.. [#c] Catatan::\n\n      kode deengan\n")
    assert rst(text) == [".. note::", '      x = "deengan"', "   .. code-block:: python\n\n      # deengan", ".. [#c]",
                         "      kode deengan"]


def test_rst_quoted_literal_blocks_tab_indents_and_cr_only_lines():
    assert rst("Contoh::\n\n> kutipan deengan\n> lagi\n\nTeks.\n") == ["> kutipan deengan\n> lagi"]
    # docutils reads a tab as reaching column 8: the line is still the code block's
    assert rst("* Butir.\n\n  .. code-block:: sh\n\n\techo deengan\n") == ["  .. code-block:: sh\n\n\techo deengan"]
    assert rst("a\r\r.. code-block:: sh\r\r   echo deengan\r") == [".. code-block:: sh\r\r   echo deengan"]


def test_rst_tables_are_left_whole_as_a_fix_would_change_a_cells_width():
    grid = "+------+-------------+\n| a    | isi deengan |\n+------+-------------+\n"
    assert rst(grid + "\nTeks.\n") == [grid.rstrip("\n")]
    simple = "=====  ========\nA      B\n=====  ========\nx      deengan\n\ny      z\n=====  ========\n"
    assert rst(simple + "\nTeks deengan.\n") == [simple.rstrip("\n")]


def test_rst_an_inline_literal_never_closed_opens_nothing():
    # LaTeX's ``kutipan'' is no literal, and its backticks pair with no role's
    text = "Ia berkata ``deengan'' lalu `pergi.\n\nParagraf baru :code:`x` dan ``kode`` di sini.\n"
    assert rst(text) == [":code:`x`", "``kode``"]


def test_rst_inline_scans_are_linear():
    """Counted, not timed: an unclosed pair per word and a paragraph of ``::`` lines once cost a rescan each."""
    assert len(rst("kata ``a " * 20000)) == 0
    assert rst("baris::\n" * 20000) == []


def test_asciidoc_styled_paragraphs_and_open_blocks_and_literals_under_a_title():
    text = ("[literal]\nteks deengan\n\n[source,python]\n--\nx = deengan\n--\n\n.Keluaran\n  hasil deengan\n\n"
            "* Butir\n+\n  kode deengan\n\nTeks deengan.\n")
    assert adoc(text) == ["[literal]", "teks deengan", "[source,python]", "--\nx = deengan\n--", "  hasil deengan",
                          "  kode deengan"]


def test_asciidoc_attribute_references_code_macros_and_code_cells():
    text = "Versi {deengan}.\n\nTekan kbd:[deengan] atau pass:[<b>deengan</b>].\n\n|===\nm|kode deengan |teks deengan\n|===\n"
    assert adoc(text) == ["{deengan}", "kbd:[deengan]", "pass:[<b>deengan</b>]", "m|kode deengan "]


def test_rst_a_prose_directives_argument_is_prose_unless_it_names_code():
    # .. note:: Catatan ...: the argument is the note's first words; .. only:: html is an expression
    assert rst(".. note:: Catatan deengan.\n\n   Isi.\n") == [".. note:: "]
    assert rst(".. only:: html and deengan\n\n   Isi deengan.\n") == [".. only:: html and deengan"]


def test_rst_a_substitutions_replacement_text_is_prose():
    assert rst(".. |kota| replace:: Kota Medan deengan warganya\n") == [".. |kota| replace:: "]
    assert rst(".. |logo| image:: logo-deengan.png\n") == [".. |logo| image:: logo-deengan.png"]


def test_markdown_is_recognised_on_stdin_after_lone_crs_too():
    from normalizer.markup import looks_like_markdown

    assert looks_like_markdown("Judul\r\r```\rx = deengan\r```\r")
    assert not looks_like_markdown("Judul\rDia datang.\r")
