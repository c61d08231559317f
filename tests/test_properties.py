"""Properties of ``Normalizer.check`` and ``Normalizer.fix`` on generated copy.

For any text -- Indonesian words and typos, names, numbers, punctuation,
every kind of line ending, Markdown and inline-ignore markers, other scripts
and arbitrary Unicode -- ``fix`` must change exactly the fixable findings of
``check`` and nothing else, a second ``fix`` must change nothing, and
``check`` must never crash.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from normalizer.findings import Finding
from normalizer.markup import SYNTAXES, ignored_spans

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = [
    # ordinary copy
    "Presiden", "menteri", "bertemu", "dengan", "di", "ke", "dari", "yang", "dan", "itu",
    "pemerintah", "provinsi", "harga", "beras", "naik", "warga", "polisi", "menangkap",
    "terduga", "teroris", "melawan", "tim", "nasional", "bermain", "Jakarta", "Poso",
    "Senin", "kemarin", "mengatakan", "kepada", "wartawan", "anak-anak", "kata-kata",
    "berkali-kali", "ke-2", "se-Jawa", "pukul", "WIB", "DPR", "KPK", "Rp1.500", "3,5",
    "2024", "10.000", "km²", "50%", "COVID-19", "e-KTP",
    # typos and near-misses
    "tereoris", "deengan", "malawan", "pemerinth", "mentri", "menangkp", "Jakrta", "harag",
    "TEREORIS", "Deengan", "bertmu", "dii", "yg", "dgn", "kpd", "nasionl", "wartwan",
    # names, loans and other scripts
    "José", "Müller", "naïve", "Đặng", "Łódź", "e\u0301", "ﬁnal", "Ⅻ", "𝐌𝐞𝐧𝐭𝐞𝐫𝐢",
    "北京", "قال", "Москва", "🇮🇩", "😀", "\u200bdengan", "deng\u00adan", "dengan\u200d",
    # markers the ignore layer knows
    "ejaan:ignore", "ejaan:ignore-next-line", "[sic]", "[sic!]", "https://contoh.id/tereoris",
    "redaksi@contoh.id", "@deengan", "#malawan", "`deengan`", "```", "[tautan](https://x.id/deengan)",
    "<!--", "-->", "<b>", "&amp;", "---",
]
SEPARATORS = [
    " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u00a0", "\u2028", "\x0c",
    ", ", ". ", "! ", "? ", ": ", "; ", " - ", " – ", "—", "…", '"', "“", "”", "'", "’", "(", ")",
    "[", "]", "/", "", "\ufeff",
]

words = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet="abdegikmnrstuwyAEIKMPST", min_size=1, max_size=10),  # Indonesian-looking nonsense
    st.text(max_size=4),  # anything at all
)
texts = st.lists(st.tuples(words, st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)


def expected_fix(text: str, findings: list[Finding]) -> str:
    """``text`` with every fixable finding's span replaced by its suggestion."""
    out, position = [], 0
    for f in findings:
        if f.fixable:
            out.append(text[position : f.start])
            out.append(f.suggestions[0])
            position = f.end
    out.append(text[position:])
    return "".join(out)


def assert_sound(text: str, findings: list[Finding], ignored: list[tuple[int, int]]) -> None:
    """Findings are in order, inside the text, where they say, and not in ignored spans."""
    previous_end = 0
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.word
        assert f.start >= previous_end, "findings overlap"
        previous_end = f.end
        assert 0.0 <= f.confidence <= 1.0
        assert f.kind in ("typo", "style")
        if f.fixable:
            assert f.suggestions and f.suggestions[0] != f.word
        assert not any(s < f.end and f.start < e for s, e in ignored), "finding inside an ignored span"


@SETTINGS
@given(text=texts, syntax=st.sampled_from(SYNTAXES))
@example(text="Presiden bertemu deengan menteri tereoris.\r\n", syntax="plain")
@example(text="\ufeffTim bermain malawan Vietnam\r\ndi Hanoi\rkemarin", syntax="plain")
@example(text="```\ndeengan\n```\n`malawan` [a](http://x.id/tereoris) tereoris", syntax="markdown")
@example(text="Tim nasional akn malawan Thailand di Hanoi.\n", syntax="plain")
def test_fix_changes_only_the_fixable_findings(typo_only, text: str, syntax: str) -> None:
    ignored = ignored_spans(text, syntax)
    findings = typo_only.check(text, ignored)
    assert_sound(text, findings, ignored)
    fixed, edits = typo_only.fix(text, ignored)
    assert fixed == expected_fix(text, findings)
    fixable = [f for f in findings if f.fixable]
    assert [(e.start, e.end, e.old, e.new) for e in edits] == [(f.start, f.end, f.word, f.suggestions[0]) for f in fixable]
    # Outside the edits every character is the same, in the same place relative to them.
    shift, position = 0, 0
    for e in edits:
        assert fixed[position + shift : e.start + shift] == text[position : e.start]
        assert fixed[e.start + shift : e.start + shift + len(e.new)] == e.new
        shift += len(e.new) - (e.end - e.start)
        position = e.end
    assert fixed[position + shift :] == text[position:]


# Confidence depends on the neighbours as written: "pasr" is fixed to
# "pasir" before "putih" but only flagged before the typo "putuh", so the
# first fix corrects "putuh" and a second fix then corrects "pasr".
CONTEXT_SHIFT = "Mereka duduk di atas pasr putuh.\n"


@SETTINGS
@given(text=texts, syntax=st.sampled_from(SYNTAXES))
@example(text=CONTEXT_SHIFT, syntax="plain")  # a fix that becomes confident only beside a fixed neighbour
@example(text="Presiden bertemu deengan menteri tereoris.\r\n", syntax="plain")
@example(text="Presiden Deengan dii ", syntax="plain")  # a headline once dii is di: Deengan a headline's word in both passes
def test_fix_is_idempotent(typo_only, text: str, syntax: str) -> None:
    once, _ = typo_only.fix(text, ignored_spans(text, syntax))
    twice, edits = typo_only.fix(once, ignored_spans(once, syntax))
    assert edits == []
    assert twice == once


@SETTINGS
@given(text=texts, syntax=st.sampled_from(SYNTAXES))
@example(text=CONTEXT_SHIFT, syntax="plain")
def test_a_second_fix_never_touches_what_the_first_wrote(typo_only, text: str, syntax: str) -> None:
    """Until fix is idempotent: at least it never re-edits or reverts its own corrections."""
    once, first = typo_only.fix(text, ignored_spans(text, syntax))
    written, shift = [], 0
    for e in first:
        written.append((e.start + shift, e.start + shift + len(e.new)))
        shift += len(e.new) - (e.end - e.start)
    _, second = typo_only.fix(once, ignored_spans(once, syntax))
    for e in second:
        assert not any(start < e.end and e.start < end for start, end in written), (e, written)


@SETTINGS
@given(text=st.text(max_size=200) | texts, syntax=st.sampled_from(SYNTAXES))
def test_check_never_crashes(typo_only, text: str, syntax: str) -> None:
    ignored = ignored_spans(text, syntax)
    assert_sound(text, typo_only.check(text, ignored), ignored)
