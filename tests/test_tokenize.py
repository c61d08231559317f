"""The tokenizer: what is checked, what is left alone, and exact offsets."""
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from normalizer import tokenize as tokenize_module
from normalizer.tokenize import tokenize


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def test_offsets_point_at_the_words() -> None:
    text = "Rusia  menyatakan\tangkatan\r\nudaranya."
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text
    assert words(text) == ["Rusia", "menyatakan", "angkatan", "udaranya"]


def test_numbers_in_indonesian_format_are_skipped() -> None:
    text = "menghancurkan 1.623 sasaran, Rp1,5 triliun, 350 km persegi, sejak 30/9 dan 12,5 persen"
    assert words(text) == ["menghancurkan", "sasaran", "triliun", "km", "persegi", "sejak", "dan", "persen"]


def test_tokens_with_digits_are_skipped() -> None:
    assert words("pesawat A330-900 dan H-7 serta km2 lalu 4G") == ["pesawat", "dan", "serta", "lalu"]


def test_base64_is_skipped_whole_pluses_and_all() -> None:
    # a plus would cut "words" out of an image's data URI or a key (bj, qyh) that fix would change
    blob = "IpHYzcMQQR5+wnN4pmHJNRh8B+TVY26bw8QAsnJEuM06l/Ea5lEHBQ+bj+Gksew7AF+qyh+hOMi8E7=="
    assert words(f"Foto banjir ![foto](data:image/png;base64,{blob}) di kota") == ["Foto", "banjir", "foto", "data", "image", "png", "di", "kota"]
    assert words(f"kunci {blob[:40]}\n{blob[40:]}\nselesai") == ["kunci", "selesai"]
    # a plus beside a number alone takes nothing with it
    assert words("usia 17+ tahun dan 5+5 kursi") == ["usia", "tahun", "dan", "kursi"]


def test_acronyms_are_skipped() -> None:
    assert words("IS dan DPR serta KPK, BNPB, KemenPUPR, iPhone") == ["dan", "serta"]
    assert words("eKTP diJakarta keBandung diDPR") == ["diJakarta", "keBandung"]  # glued di/ke: for the style layer


def test_hosts_file_names_and_paths_without_a_scheme_are_skipped() -> None:
    text = ("lihat bps.go.id/statistik/wartwan atau Kompas.com, kirim laporan.docx ke "
            "C:\\Naskah\\wartwan.docx atau /etc/redaksi/wartwan.txt dan/atau km/jam")
    assert words(text) == ["lihat", "atau", "kirim", "ke", "atau", "dan", "atau", "km", "jam"]
    # a full stop without its space is no host: both words are checked
    assert words("Berita.Wartwan datang, gelar S.H. dan M.Si.") == ["Berita", "Wartwan", "datang", "gelar", "dan", "Si"]


def test_a_pair_of_capitalised_names_is_checked_half_by_half() -> None:
    # a capital after the hyphen starts a name, not an acronym's inner capital
    assert words("ruas Jakarta-Cikampek dan PT-KAI serta DKI-Jakarta") == ["ruas", "Jakarta", "Cikampek", "dan", "serta", "Jakarta"]


def test_shouted_words_of_five_letters_or_more_are_checked() -> None:
    assert words("ANTARA - TEREORIS DITANGKAP") == ["ANTARA", "TEREORIS", "DITANGKAP"]


def test_words_in_capitals_are_checked_only_in_a_line_mostly_in_capitals() -> None:
    # inside ordinary copy they are brands and names written so (MOONTON, TOKIO), like acronyms
    assert words("Direktur Esports MOONTON Games hadir.\nSERANGAN TEREORIS") == ["Direktur", "Esports", "Games", "hadir", "SERANGAN", "TEREORIS"]


def test_urls_emails_handles_and_tags_are_skipped() -> None:
    text = "lihat https://www.antaranews.com/berita/1 atau redaksi@antara.co.id, @antaranews #PemiluDamai kini"
    assert words(text) == ["lihat", "atau", "kini"]


def test_a_url_in_capitals_is_skipped_as_one_in_small_letters() -> None:
    # HTTPS://... was checked from its host on (the host's own pattern waits for no / before it)
    assert words("Baca HTTPS://ANTARANEWS.COM/BERITA/TEREORIS dan WWW.ANTARA.COM/TEREORIS kini") == ["Baca", "dan", "kini"]


def test_a_handle_with_dots_is_skipped_whole_but_a_full_stop_after_it_ends_it() -> None:
    # Instagram and TikTok handles hold dots: kopisusu was split into "kopi susu" inside one
    text = "akun @dinda.kopisusu dan @kemenkeu.ri. Lalu kata @jokowi. Kini #tagar.baru"
    assert words(text) == ["akun", "dan", "Lalu", "kata", "Kini", "baru"]


def test_a_datelines_agency_is_skipped_and_its_place_is_a_name() -> None:
    text = "Moskow (ANTARA News) - Rusia pada Jumat\nKota Batu (ANTARA) - Presiden"
    assert words(text) == ["Moskow", "Rusia", "pada", "Jumat", "Kota", "Batu", "Presiden"]
    # the place is judged as a name inside a sentence is, never as a sentence's first word
    assert [t.text for t in tokenize(text) if t.sentence_start] == ["Rusia", "Presiden"]
    assert [t.text for t in tokenize(text) if t.in_dateline] == ["Moskow", "Kota", "Batu"]


def test_reduplication_halves_come_separately() -> None:
    tokens = list(tokenize("serangan-seerangan itu"))
    assert [(t.text, t.part, t.group) for t in tokens[:2]] == [
        ("serangan", 0, "serangan-seerangan"),
        ("seerangan", 1, "serangan-seerangan"),
    ]
    assert tokens[1].start == len("serangan-")


def test_other_scripts_and_superscripts_are_skipped() -> None:
    assert words("luas 5 km² dan kota 高雄 serta مدينة") == ["luas", "dan", "kota", "serta"]


def test_sentence_start_is_known() -> None:
    tokens = list(tokenize('Kata dia. "Masih ada," kata Budi.\nNamun begitu'))
    starts = [t.text for t in tokens if t.sentence_start]
    assert starts == ["Kata", "Masih", "Namun"]


def test_the_first_word_after_a_dateline_starts_a_sentence() -> None:
    text = 'Jakarta (ANTARA) - Ungahan itu viral di Bandung.\nMoskow (ANTARA News) - "Kami" kata Budi.'
    starts = {t.text: t.sentence_start for t in tokenize(text)}
    assert starts == {"Jakarta": False, "Ungahan": True, "itu": False, "viral": False, "di": False,
                      "Bandung": False, "Moskow": False, "Kami": True, "kata": False, "Budi": False}


def test_ignored_spans_are_respected() -> None:
    text = "satu dua tiga"
    assert words(text) == ["satu", "dua", "tiga"]
    assert [t.text for t in tokenize(text, [(5, 8)])] == ["satu", "tiga"]


@given(st.text(alphabet="ab1٣.,:/-+%@#w \n\r\t\u00a0\u2009É", max_size=60) | st.text(max_size=40))
@example("x\u00a0123\u00a0y\tRp1,5\u2009https://a.id/b c")
@example("lihat www.antara.com\nRp1,5 triliun; a@b.id #tag 30/9\n@ejaan")
@example("kata\n1.623")
@example("ikuti #pemilu\nkata")
@example("surel redaksi@antara.id")
@example("buka https://antara.com/a\nwww.antara.com")
def test_skipped_spans_are_the_full_patterns_spans(text: str) -> None:
    """Trying ``_SKIP`` only on the runs of non-space characters with a trigger finds what scanning all of the text finds."""
    whole = sorted([m.span() for m in tokenize_module._SKIP.finditer(text)]
                   + [m.span(2) for m in tokenize_module._DATELINE.finditer(text)])
    assert tokenize_module.skipped_spans(text) == whole


def test_title_case_headlines_are_found() -> None:
    text = (
        "Presiden Minta Menteri Percepat Penyerapan Anggaran\n"  # a headline
        "Rusia Tuduh AS Lindungi Teroris di Suriah\n"  # small words and acronyms allowed
        "Jakarta (ANTARA) - Presiden Joko Widodo meminta menteri bekerja.\n"  # a dateline
        "Pewarta: Fauzi Lamboka\n"  # a byline
        "Joko Widodo Datang.\n"  # a sentence
        "Dua Kata\n"  # too short
        "## Gubernur Resmikan Jembatan Baru\n"  # a Markdown heading
        "Kebakaran Lahan Meluas, Warga Mengungsi\n"  # two clauses joined by a comma
    )
    lines = text.split("\n")
    found = [text[s:e] for s, e in tokenize_module.title_lines(text)]
    assert found == lines[:2] + lines[6:8]


def test_a_headline_with_a_slip_in_a_small_word_is_still_one() -> None:
    # so fix judges Tersangak alike before and after dengn becomes dengan
    text = "Tersangak Bertemu dengn Menteri\nTersangka Bertemu sebuah Menteri\n"
    assert [text[s:e] for s, e in tokenize_module.title_lines(text)] == ["Tersangak Bertemu dengn Menteri"]


def test_every_word_of_a_headline_counts_as_a_sentence_start() -> None:
    tokens = list(tokenize("Presiden Minta Menteri Percepat Anggaran\nKata Direktur Keuangan itu benar.\n"))
    starts = {t.text: t.sentence_start for t in tokens}
    assert all(starts[w] for w in ("Presiden", "Minta", "Menteri", "Percepat", "Anggaran"))
    assert starts["Kata"] and not starts["Keuangan"]


def test_a_full_stop_after_an_initial_or_a_title_starts_no_sentence() -> None:
    starts = [t.text for t in tokenize("Penyair M. Aan hadir. Kata Dr. Budi di Jl. Sudirman. Lalu pergi.") if t.sentence_start]
    assert starts == ["Penyair", "Kata", "Lalu"]
    # a run of initials, each with its stop (RSUD S.K. Lerik, a hospital named for a person)
    starts = [t.text for t in tokenize("Direktur RSUD S.K. Lerik dan A.M. Fatwa hadir. Lalu pergi.") if t.sentence_start]
    assert starts == ["Direktur", "Lalu"]


def test_a_titles_abbreviation_with_its_full_stop_is_skipped() -> None:
    # drh. (a vet) read as a word became "deh", gg. (an alley) "yg", kab. "kan"
    assert words("pakar drh. Ani di gg. Mawar, kab. Bogor, dan Jl. Melati") == ["pakar", "Ani", "di", "Mawar", "Bogor", "dan", "Melati"]
    assert words("kata drh Ani: beli kol") == ["kata", "drh", "Ani", "beli", "kol"]  # without its stop, still a word


def test_credit_lines_and_photo_credits_are_skipped() -> None:
    text = "Editor: Budi Santoso/agr\nWarga menonton (ANTARA FOTO/Adeng Bustomi/agr.) di sana.\nKata editor: itu benar."
    assert [t.text for t in tokenize(text)] == ["Warga", "menonton", "di", "sana", "Kata", "editor", "itu", "benar"]


@pytest.mark.parametrize("mark", ["\u0301", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060"])
def test_a_word_glued_to_a_mark_inside_words_is_not_checked(mark: str) -> None:
    # de + U+0301 + engan (an accent typed after its letter, as macOS writes it), a CMS's soft
    # hyphen, a joiner: the pieces are no words, and engan was "fixed" to dengan
    assert words(f"Ia datang de{mark}engan cepat") == ["Ia", "datang", "cepat"]
