"""reStructuredText's non-prose parts: code, directives, comments, roles (see ``markup``).

Line-based, like ``markdown``: no docutils parse, only the constructs whose
content is not copy.  A code block's ``deengan`` is a variable, a
directive's options are settings, and a comment is not for readers; the
body of an admonition (``.. note::``) or a footnote is prose and is checked.
"""
from __future__ import annotations

import re

from .markup import Line, Span, lines_of, mask

# Directives whose content is prose: only their marker line and options are left alone.
PROSE_DIRECTIVES = frozenset({
    "admonition", "attention", "caution", "danger", "error", "hint", "important", "note", "tip", "warning",
    "seealso", "topic", "sidebar", "rubric", "epigraph", "highlights", "pull-quote", "compound", "container",
    "centered", "hlist", "glossary", "versionadded", "versionchanged", "deprecated", "only", "figure",
    "list-table", "table", "line-block",
})
_EXPLICIT = re.compile(r"([ \t]*)\.\.(?:[ \t]|$)")
_DIRECTIVE = re.compile(r"[ \t]*\.\.[ \t]+(?:\|[^|]+\|[ \t]+)?([\w:+.-]+?)::(?:[ \t]|$)")
_NOTE = re.compile(r"[ \t]*\.\.[ \t]+\[(?:#?[\w-]*|\*)\](?=[ \t]|$)")  # footnote or citation: .. [1] text
_OPTION = re.compile(r"[ \t]+:[^:\s][^:]*:(?:[ \t]|$)")
_FIELD = re.compile(r"[ \t]*:[^:\s`][^:`]*:(?=[ \t]|$)")  # :Penulis: Budi, at a line's start
_DOCTEST = re.compile(r"[ \t]*>>>")
_LITERAL = re.compile(r"``(?=\S).*?\S``|``\S``", re.S)
_ROLE = re.compile(r"(?::[\w.+-]+:)?`(?=\S)[^`]*?(?<=\S)`(?!`)(__?)?")
_TARGET = re.compile(r"<[^<>\s][^<>]*>(?=`)")


def rst_spans(text: str) -> list[Span]:
    """reStructuredText constructs, block level first; inline markup in what is left."""
    lines = lines_of(text)
    blocks = _blocks(lines)
    masked = mask(text, blocks)
    inline = [m.span() for m in _LITERAL.finditer(masked)]
    masked = mask(masked, inline)
    for role in _ROLE.finditer(masked):
        if role.group(1):  # `Teks tautan <https://...>`_: the text is prose, the target is not
            inline += [(role.start() + t.start(), role.start() + t.end()) for t in _TARGET.finditer(role.group())]
        else:  # :code:`x = 1`, `default role`: code or a name to look up
            inline.append(role.span())
    inline += [(line.start, line.start + field.end()) for line in lines if (field := _FIELD.match(line.text))]
    return blocks + inline


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _block_end(lines: list[Line], first: int, indent: int) -> int:
    """The index after the block that follows ``lines[first]``: its lines blank or indented past ``indent``."""
    last, k = first, first + 1
    while k < len(lines) and (not lines[k].text.strip() or _indent(lines[k].text) > indent):
        if lines[k].text.strip():
            last = k
        k += 1
    return last + 1


def _blocks(lines: list[Line]) -> list[Span]:
    spans: list[Span] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if (explicit := _EXPLICIT.match(line.text)) is not None:
            indent = len(explicit.group(1))
            end = _block_end(lines, i, indent)
            directive = _DIRECTIVE.match(line.text)
            note = _NOTE.match(line.text)
            if directive is not None and directive.group(1).lower() in PROSE_DIRECTIVES:
                spans.append((line.start, line.end))  # the marker and its argument
                k = i + 1
                while k < end and _OPTION.match(lines[k].text):
                    spans.append((lines[k].start, lines[k].end))
                    k += 1
            elif note is not None:
                spans.append((line.start, line.start + note.end()))  # the label; the note is prose
            else:  # code, math, raw, includes, images, targets, comments: none of it copy
                spans.append((line.start, lines[end - 1].end))
            i = end
        elif _DOCTEST.match(line.text):
            end = i + 1
            while end < len(lines) and lines[end].text.strip():
                end += 1
            spans.append((line.start, lines[end - 1].end))
            i = end
        elif line.text.rstrip().endswith("::") and line.text.strip():
            # "Contohnya::" ends a paragraph whose next indented block is literal
            indent = _paragraph_indent(lines, i)
            k = i + 1
            while k < len(lines) and not lines[k].text.strip():
                k += 1
            if k > i + 1 and k < len(lines) and _indent(lines[k].text) > indent:
                end = _block_end(lines, k, indent)
                spans.append((lines[k].start, lines[end - 1].end))
                i = end
            else:
                i += 1
        else:
            i += 1
    return spans


def _paragraph_indent(lines: list[Line], i: int) -> int:
    """The indent of the paragraph ``lines[i]`` ends: of its first line."""
    while i > 0 and lines[i - 1].text.strip():
        i -= 1
    return _indent(lines[i].text)
