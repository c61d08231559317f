"""reStructuredText's non-prose parts: code, directives, comments, tables, roles (see ``markup``).

Line-based, like ``markdown``: no docutils parse, only the constructs whose
content is not copy.  A code block's ``deengan`` is a variable, a
directive's options are settings, a comment is not for readers, and a grid
table breaks when a fix changes a cell's width; the body of an admonition
(``.. note::``) or a footnote is prose, checked for everything above again.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .markup import Line, Span, lines_of, mask

# Directives whose content is prose: only their marker and options are left alone, and their
# argument too where it is no prose (an expression, a path, class names).
PROSE_DIRECTIVES = frozenset({
    "admonition", "attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning",
    "seealso", "topic", "sidebar", "rubric", "epigraph", "highlights", "pull-quote", "compound", "container",
    "centered", "hlist", "glossary", "versionadded", "versionchanged", "deprecated", "only", "figure",
    "list-table", "table", "line-block", "replace",
})
CODE_ARGUMENT = frozenset({"only", "figure", "container", "hlist"})
_EXPLICIT = re.compile(r"([ \t]*)\.\.(?:[ \t]|$)")
_DIRECTIVE = re.compile(r"[ \t]*\.\.[ \t]+(?:\|[^|]+\|[ \t]+)?([\w:+.-]+?)::(?:[ \t]|$)")
_NOTE = re.compile(r"[ \t]*\.\.[ \t]+\[(?:#?[\w-]*|\*)\](?=[ \t]|$)")  # footnote or citation: .. [1] text
_OPTION = re.compile(r"[ \t]+:[^:\s][^:]*:(?:[ \t]|$)")
_FIELD = re.compile(r"[ \t]*:[^:\s`][^:`]*:(?=[ \t]|$)")  # :Penulis: Budi, at a line's start
_DOCTEST = re.compile(r"[ \t]*>>>")
_GRID_BORDER = re.compile(r"[ \t]*\+(?:[-=]+\+)+[ \t]*")
_SIMPLE_BORDER = re.compile(r"[ \t]*=+(?:[ \t]+=+)+[ \t]*")
_QUOTE_CHARS = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_DOUBLE_BACKTICKS = re.compile(r"``")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\r?\n|\r[ \t]*\r")
_ROLE = re.compile(r"(?::[\w.+-]+:)?`(?=[^\s`])(?:[^`\n]|\n(?![ \t]*\r?\n))*?(?<=[^\s`])`(?!`)(__?)?")  # within a paragraph
_TARGET = re.compile(r"<[^<>\s][^<>]*>(?=`)")


def rst_spans(text: str) -> list[Span]:
    """reStructuredText constructs, block level first; inline markup in what is left."""
    lines = lines_of(text)
    blocks = _Blocks(lines).spans()
    masked = mask(text, blocks)
    inline = _inline_literals(masked)
    masked = mask(masked, inline)
    # a pair never closed (LaTeX's ``kutipan'') opens no role either
    masked = mask(masked, [m.span() for m in _DOUBLE_BACKTICKS.finditer(masked)])
    for role in _ROLE.finditer(masked):
        if role.group(1):  # `Teks tautan <https://...>`_: the text is prose, the target is not
            inline += [(role.start() + t.start(), role.start() + t.end()) for t in _TARGET.finditer(role.group())]
        else:  # :code:`x = 1`, `default role`: code or a name to look up
            inline.append(role.span())
    inline += [(line.start, line.start + field.end()) for line in lines if (field := _FIELD.match(line.text))]
    return blocks + inline


def _inline_literals(text: str) -> list[Span]:
    """````x = 1````: each opening pair with the next closing one in its paragraph, in one pass."""
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    spans: list[Span] = []
    opening = -1
    for m in _DOUBLE_BACKTICKS.finditer(text):
        at = m.start()
        if opening >= 0 and bisect_right(breaks, at) != bisect_right(breaks, opening):
            opening = -1  # the paragraph ended: the pair opened there never closed
        if opening >= 0 and at > opening + 2 and not text[at - 1].isspace():
            spans.append((opening, m.end()))
            opening = -1
        elif opening < 0 and m.end() < len(text) and not text[m.end()].isspace():
            opening = at
    return spans


def _indent(line: str) -> int:
    """The line's indent in columns, a tab reaching the next multiple of 8 as docutils reads it."""
    expanded = line.expandtabs(8)
    return len(expanded) - len(expanded.lstrip(" "))


class _Blocks:
    """One pass over the lines, remembering where each paragraph starts."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.blank = [not line.text.strip() for line in lines]
        self.first: list[int] = []  # the index of the first line of each line's paragraph
        for i, blank in enumerate(self.blank):
            self.first.append(i if blank or i == 0 or self.blank[i - 1] else self.first[i - 1])

    def span(self, first: int, end: int) -> Span:
        return self.lines[first].start, self.lines[end - 1].end

    def block_end(self, first: int, indent: int) -> int:
        """The index after the block that follows ``lines[first]``: its lines blank or indented past ``indent``."""
        last, k = first, first + 1
        while k < len(self.lines) and (self.blank[k] or _indent(self.lines[k].text) > indent):
            if not self.blank[k]:
                last = k
            k += 1
        return last + 1

    def paragraph_end(self, i: int) -> int:
        """The index of the first blank line after ``lines[i]`` (or of the end)."""
        end = i + 1
        while end < len(self.lines) and not self.blank[end]:
            end += 1
        return end

    def spans(self) -> list[Span]:
        lines = self.lines
        spans: list[Span] = []
        i = 0
        while i < len(lines):
            text = lines[i].text
            if (explicit := _EXPLICIT.match(text)) is not None:
                i = self._explicit(i, len(explicit.group(1)), spans)
            elif _DOCTEST.match(text):
                end = self.paragraph_end(i)
                spans.append(self.span(i, end))
                i = end
            elif _GRID_BORDER.fullmatch(text) or (_SIMPLE_BORDER.fullmatch(text) and (i == 0 or self.blank[i - 1])):
                i = self._table(i, spans)  # a fix that changes a cell's width breaks a grid table
            elif text.rstrip().endswith("::") and not self.blank[i]:
                i = self._literal_after(i, spans)
            else:
                i += 1
        return spans

    def _explicit(self, i: int, indent: int, spans: list[Span]) -> int:
        """A directive, footnote, target or comment at ``lines[i]``; the index to go on from."""
        line = self.lines[i]
        end = self.block_end(i, indent)
        directive = _DIRECTIVE.match(line.text)
        if directive is not None and (name := directive.group(1).lower()) in PROSE_DIRECTIVES:
            spans.append((line.start, line.end if name in CODE_ARGUMENT else line.start + directive.end()))
            k = i + 1
            while k < end and _OPTION.match(self.lines[k].text):
                spans.append((self.lines[k].start, self.lines[k].end))
                k += 1
            return k  # the body is prose: its own blocks are found as the scan goes on
        note = _NOTE.match(line.text)
        if note is not None:
            spans.append((line.start, line.start + note.end()))  # the label; the note is prose
            return self._literal_after(i, spans) if line.text.rstrip().endswith("::") else i + 1
        spans.append(self.span(i, end))  # code, math, raw, includes, images, targets, comments: no copy
        return end

    def _table(self, i: int, spans: list[Span]) -> int:
        """A grid table (``+---+``, no blank line inside) or a simple one (``===  ===``, to the border
        a blank line follows) from its top border to its last line."""
        n, end = len(self.lines), i + 1
        if _GRID_BORDER.fullmatch(self.lines[i].text):
            end = self.paragraph_end(i)
        else:
            while end < n and not (_SIMPLE_BORDER.fullmatch(self.lines[end].text) and (end + 1 == n or self.blank[end + 1])):
                end += 1
            end = min(end + 1, n)
        spans.append(self.span(i, end))
        return end

    def _literal_after(self, i: int, spans: list[Span]) -> int:
        """``Contohnya::`` ends a paragraph: the next block, indented or quoted, is literal."""
        indent = _indent(self.lines[self.first[i]].text)
        k = i + 1
        while k < len(self.lines) and self.blank[k]:
            k += 1
        if k == i + 1 or k >= len(self.lines):
            return i + 1
        if _indent(self.lines[k].text) > indent:
            end = self.block_end(k, indent)
        elif self.lines[k].text.lstrip()[:1] in _QUOTE_CHARS and _indent(self.lines[k].text) == indent:
            quote = self.lines[k].text.lstrip()[0]  # > kutipan: lines starting with the same mark
            end = k
            while end < len(self.lines) and self.lines[end].text.lstrip()[:1] == quote:
                end += 1
        else:
            return i + 1
        spans.append(self.span(k, end))
        return end
