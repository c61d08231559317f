"""What not to check: the parts of a text that are not prose to correct.

A fix inside a URL breaks the link, inside a code block breaks the code, and
inside a quotation marked ``[sic]`` undoes the reporter's deliberate choice.
:func:`ignored_spans` finds those parts so the checker can leave them alone.
Markdown (``markdown``) is recognised with a few targeted patterns rather
than a full parser: the aim is never to touch non-prose, and ignoring a
little too much is much cheaper than rewriting a link.
"""
from __future__ import annotations

import re

Span = tuple[int, int]

# --- always -----------------------------------------------------------------------
_DIRECTIVE = re.compile(r"ejaan:ignore(-next-line)?(?![-\w])", re.I)
_SIC = re.compile(r"[ \u00a0]?\[sic!?\]", re.I)
_SIC_WORD = re.compile(r"(?<![\w'’-])\w+(?:[-'’]\w+)*[\"'”’»]?$")
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


def ignored_spans(text: str, markdown: bool) -> list[Span]:
    """Sorted, merged ``(start, end)`` character ranges of ``text`` to leave alone.

    Always: lines with ``ejaan:ignore``, the line after ``ejaan:ignore-next-line``
    (and that line itself), a word marked ``[sic]``, URLs, e-mail addresses,
    @handles and #hashtags.  With ``markdown``: front matter, fenced code,
    inline code, link and image targets, reference labels and definitions,
    autolinks, HTML tags, comments and entities.  Line-based spans stop
    before the line ending.
    """
    spans = _directives(text) + _sic(text) + _urls(text)
    if markdown:
        from .markdown import markdown_spans  # its patterns are compiled only for Markdown files

        spans += markdown_spans(text)
    return _merge(spans)


_MARKDOWN_SIGNS = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n|^[ \t]*(?:`{3,}|~{3,})|\]\([^)\s]+\)|^#{1,6}[ \t]+\S", re.M)


def looks_like_markdown(text: str) -> bool:
    """Front matter, a code fence, a link target or a heading: Markdown with no file name to say so.

    Text piped through ``-`` has no suffix; taking a Markdown file for
    plain text would rewrite its code and links, while taking plain text
    for Markdown only leaves a little more alone.
    """
    return _MARKDOWN_SIGNS.search(text) is not None


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
        if m.group(1):
            after = text.find("\n", m.end())
            if after >= 0:
                spans.append(_line_at(text, after + 1))
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
