"""What not to check: the parts of a text that are not prose to correct.

A fix inside a URL breaks the link, inside a code block breaks the code, and
inside a quotation marked ``[sic]`` undoes the reporter's deliberate choice.
:func:`ignored_spans` finds those parts so the checker can leave them alone.
Markdown (``markdown``), reStructuredText (``rst``) and AsciiDoc
(``asciidoc``) are recognised with a few targeted patterns rather than full
parsers: the aim is never to touch non-prose, and ignoring a little too much
is much cheaper than rewriting a link or a line of code.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .lines import with_lf

Span = tuple[int, int]
#: What ``ignored_spans`` can read a text as.
SYNTAXES = ("plain", "markdown", "rst", "asciidoc")

# --- always -----------------------------------------------------------------------
_DIRECTIVE = re.compile(r"ejaan:ignore(-next-line)?(?![-\w])", re.I)
# The marker after any run of spaces on its line (a tab, NBSP, U+202F), and after a
# closing quote or a comma: ``tereoris, [sic]``.
_SIC = re.compile(r"[^\S\n]*\[sic!?\]", re.I)
_SIC_WORD = re.compile(r"(?<![\w'’-])\w+(?:[-'’]\w+)*[\"'”’»]?[,;:]?$")
_URL = re.compile(
    r"(?<![\w.+@-])(?:"
    r"(?:https?|ftp)://[^\s<>\"`]+"  # http://antaranews.com/berita/...
    r"|www\.[^\s<>\"`]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # redaksi@antaranews.com
    r"|@\w+"  # @antaranews
    r"|#[^\W\d_]\w*"  # #PemiluDamai
    r")",
    re.I,
)
_URL_TAIL = ".,;:!?'\"»”’)]}"


def ignored_spans(text: str, syntax: str = "plain") -> list[Span]:
    """Sorted, merged ``(start, end)`` character ranges of ``text`` to leave alone.

    Always: lines with ``ejaan:ignore``, the first line that is not blank after
    ``ejaan:ignore-next-line`` (and that line itself), a word marked ``[sic]``, URLs, e-mail addresses,
    @handles and #hashtags.  In ``markdown``: front matter, fenced code,
    inline code, link and image targets, reference labels and definitions,
    autolinks, HTML tags, comments and entities.  In ``rst``: literal
    (indented or quoted) and doctest blocks, directives but for the body of
    prose ones (``note``), comments, targets, tables, inline literals, roles
    and field names (``rst``).  In ``asciidoc``: listing, literal,
    passthrough and comment blocks and paragraphs styled so, literal
    paragraphs, comment lines, attribute entries, lines and references, block
    macros, code macros and cells and inline code (``asciidoc``).
    Line-based spans stop before the line ending.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    text = with_lf(text)  # a lone CR ends a line too (offsets unchanged)
    spans = _directives(text) + _sic(text) + _urls(text)
    # each syntax's patterns are compiled only for a file written in it
    if syntax == "markdown":
        from .markdown import markdown_spans

        spans += markdown_spans(text)
    elif syntax == "rst":
        from .rst import rst_spans

        spans += rst_spans(text)
    elif syntax == "asciidoc":
        from .asciidoc import asciidoc_spans

        spans += asciidoc_spans(text)
    elif syntax != "plain":
        raise ValueError(f"unknown syntax {syntax!r}; one of {', '.join(SYNTAXES)}")
    return _merge(spans)


_MARKDOWN_SIGNS = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n|^[ \t]*(?:`{3,}|~{3,})|\]\([^)\s]+\)|^#{1,6}[ \t]+\S", re.M)


def looks_like_markdown(text: str) -> bool:
    """Front matter, a code fence, a link target or a heading: Markdown with no file name to say so.

    Text piped through ``-`` has no suffix; taking a Markdown file for
    plain text would rewrite its code and links, while taking plain text
    for Markdown only leaves a little more alone.
    """
    return _MARKDOWN_SIGNS.search(with_lf(text)) is not None  # a fence after lone CRs starts a line too


def _line_at(text: str, pos: int) -> Span:
    """The line containing ``pos``, without its line ending."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, _strip_cr(text, len(text) if end < 0 else end)


def _strip_cr(text: str, end: int) -> int:
    return end - 1 if end > 0 and text[end - 1] == "\r" else end


def _directives(text: str) -> list[Span]:
    spans = []
    for m in _DIRECTIVE.finditer(text):
        start, end = _line_at(text, m.start())
        spans.append((start, end))
        if m.group(1):  # the next line that is not blank: reStructuredText wants one after a comment
            after = text.find("\n", m.end())
            while after >= 0:
                line = _line_at(text, after + 1)
                if text[line[0] : line[1]].strip() or line[1] >= len(text):
                    spans.append(line)
                    break
                after = text.find("\n", line[1])
    return spans


def _sic(text: str) -> list[Span]:
    """``tereoris [sic]``: the quoted word and the marker itself."""
    spans = []
    for m in _SIC.finditer(text):
        before = text[max(0, m.start() - 200) : m.start()]
        word = _SIC_WORD.search(before)
        start = m.start() - (len(before) - word.start()) if word else m.start()
        spans.append((start, m.end()))
    return spans


def _urls(text: str) -> list[Span]:
    spans = []
    for m in _URL.finditer(text):
        url = m.group()
        while url and url[-1] in _URL_TAIL and not (url[-1] == ")" and url.count("(") >= url.count(")")):
            url = url[:-1]
        if len(url) > 1:
            spans.append((m.start(), m.start() + len(url)))
    return spans


class Line(NamedTuple):
    """One line of a text: where it starts and ends (before its line ending), and what it says."""

    start: int
    end: int
    text: str


_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|\Z)")


def lines_of(text: str) -> list[Line]:
    """Every line of ``text``, cut at CRLF, LF or a lone CR (an old Mac file); the ending is no part of it."""
    lines = []
    for m in _LINE.finditer(text):
        lines.append(Line(m.start(), m.end(1), m.group(1)))
        if not m.group(2):
            break
    return lines


def mask(text: str, spans: list[Span]) -> str:
    """Blank out ``spans`` (keeping line breaks and offsets) for later passes."""
    if not spans:
        return text
    parts, pos = [], 0
    for start, end in _merge(spans):
        parts.append(text[pos:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _merge(spans: list[Span]) -> list[Span]:
    """Sort and join overlapping or touching ranges; drop empty ones."""
    merged: list[Span] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
