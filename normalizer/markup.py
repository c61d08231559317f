"""What not to check: the parts of a text that are not prose to correct.

A fix inside a URL breaks the link, inside a code block breaks the code, and
inside a quotation marked ``[sic]`` undoes the reporter's deliberate choice.
:func:`ignored_spans` finds those parts so the checker can leave them alone.
Markdown is recognised with a few targeted patterns rather than a full
parser: the aim is never to touch non-prose, and ignoring a little too much
is much cheaper than rewriting a link.
"""
from __future__ import annotations

import re
from bisect import bisect_left

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

# --- Markdown -------------------------------------------------------------------------
_FRONT = re.compile(r"(---|\+\+\+)[ \t]*\r?\n")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})([^\n]*)$", re.M)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?(?=\n)")
_LINK_OPEN = re.compile(r"\]\(")
_REF_LABEL = re.compile(r"(?<=\])\[[^\[\]\n]*\]")  # [text][label]
_REF_DEF = re.compile(r"^[ ]{0,3}\[(?!\^)[^\[\]\n]+\]:[ \t]*\S[^\n]*?(?=\r?$)", re.M)
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:?")
_TAG = re.compile(
    r"<(?:"
    r"[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]*"  # autolink <https://...>
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # autolink <redaksi@antaranews.com>
    r"|/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?"  # <p>, </div>, <img src="...">
    r"|[!?][^<>]*"  # <!DOCTYPE html>, <?xml ...?>
    r")>"
)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")


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
        spans += _markdown(text)
    return _merge(spans)


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


def _markdown(text: str) -> list[Span]:
    """Markdown constructs, block level first; each level masks what it found."""
    blocks = _front_matter(text) + _fences(text) + [m.span() for m in _COMMENT.finditer(text)]
    masked = _mask(text, blocks)
    code = _code_spans(masked)
    masked = _mask(masked, code)
    inline = _link_targets(masked)
    for pattern in (_REF_LABEL, _REF_DEF, _FOOTNOTE, _TAG, _ENTITY):
        inline += [m.span() for m in pattern.finditer(masked)]
    return blocks + code + inline


def _front_matter(text: str) -> list[Span]:
    """A YAML (``---``) or TOML (``+++``) block at the very top."""
    m = _FRONT.match(text)
    if not m:
        return []
    fence = re.escape(m.group(1))
    closing = "---|\\.\\.\\." if m.group(1) == "---" else fence
    end = re.compile(rf"^(?:{closing})[ \t]*\r?$", re.M).search(text, m.end())
    return [(0, _strip_cr(text, end.end()))] if end else []


def _fences(text: str) -> list[Span]:
    """``` and ~~~ blocks; an unclosed fence runs to the end of the text."""
    spans = []
    m = _FENCE.search(text)
    while m:
        run, info = m.group(1), m.group(2)
        if run[0] == "`" and "`" in info:  # ``` `x` ``` is inline code, not a fence
            m = _FENCE.search(text, m.end())
            continue
        closing = re.compile(rf"^[ \t]*{re.escape(run[0])}{{{len(run)},}}[ \t]*\r?$", re.M)
        close = closing.search(text, m.end())
        end = _strip_cr(text, close.end()) if close else len(text)
        spans.append((m.start(), end))
        m = _FENCE.search(text, end)
    return spans


def _code_spans(text: str) -> list[Span]:
    """`code` and ``code with ` inside``: a run closes at the next run of the same length.

    A span never crosses a blank line, so a stray backtick cannot hide the
    rest of the story from the checker.
    """
    breaks = [m.start() for m in _BLANK_LINE.finditer(text)] + [len(text)]
    runs = [m.span() for m in _BACKTICKS.finditer(text)]
    spans, i = [], 0
    while i < len(runs):
        start, end = runs[i]
        limit = breaks[bisect_left(breaks, end)]
        if start > 0 and text[start - 1] == "\\":
            i += 1
            continue
        j = i + 1
        while j < len(runs) and runs[j][0] < limit and runs[j][1] - runs[j][0] != end - start:
            j += 1
        if j < len(runs) and runs[j][0] < limit:
            spans.append((start, runs[j][1]))
            i = j + 1
        else:
            i += 1
    return spans


def _link_targets(text: str) -> list[Span]:
    """The ``(target "title")`` after ``[text]``, with balanced parentheses."""
    spans = []
    for m in _LINK_OPEN.finditer(text):
        depth, k = 1, m.end()
        stop = min(len(text), k + 4096)  # no real target is longer; bounds the work
        while k < stop:
            c = text[k]
            if c == "\\":
                k += 2
                continue
            if c == "\n" and text[k + 1 : k + 3].lstrip("\r").startswith("\n"):
                break  # a blank line ends the paragraph
            depth += c == "("
            depth -= c == ")"
            if depth == 0:
                spans.append((m.end() - 1, k + 1))
                break
            k += 1
    return spans


def _mask(text: str, spans: list[Span]) -> str:
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
