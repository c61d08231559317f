"""Markdown's non-prose parts: front matter, code, link targets, tags (see ``markup``).

A module of its own so that its patterns are compiled only when a Markdown
file is checked.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .markup import Span, _strip_cr, mask

# --- patterns -------------------------------------------------------------------------
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
_LIST_ITEM = re.compile(r"[ ]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);")


def markdown_spans(text: str) -> list[Span]:
    """Markdown constructs, block level first; each level masks what it found."""
    blocks = _front_matter(text) + _fences(text) + [m.span() for m in _COMMENT.finditer(text)]
    masked = mask(text, blocks)
    indented = _indented_code(masked)
    blocks += indented
    masked = mask(masked, indented)
    code = _code_spans(masked)
    masked = mask(masked, code)
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


def _indented_code(text: str) -> list[Span]:
    """Indented code blocks: lines indented four spaces or a tab, after a blank line, outside a list.

    Such a line cannot interrupt a paragraph (it continues it), and inside
    a list it is the item's next paragraph: prose, which is checked.
    """
    spans: list[Span] = []
    pos, run_start, run_end = 0, -1, 0
    blank_before, in_list = True, False
    for line in text.split("\n"):
        body = line.rstrip("\r")
        blank = not body.strip()
        indented = body.startswith(("    ", "\t"))
        if run_start >= 0 and not (blank or indented):
            spans.append((run_start, run_end))
            run_start = -1
        if not (blank or indented):
            # a list item opens a list; a paragraph after a blank line closes it
            in_list = bool(_LIST_ITEM.match(body)) or (in_list and not blank_before)
        elif indented and not blank and run_start < 0 and blank_before and not in_list:
            run_start = pos
        if run_start >= 0 and not blank:
            run_end = pos + len(body)
        blank_before = blank
        pos += len(line) + 1
    if run_start >= 0:
        spans.append((run_start, run_end))
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
