"""AsciiDoc's non-prose parts: code and literal blocks, comments, attributes, macros (see ``markup``).

Line-based, like ``markdown``.  A listing block (``----``) holds code, a
literal block (``....``) or an indented paragraph text to show as it is, a
passthrough (``++++``) markup and a comment block (``////``) notes for the
writers; example, sidebar, quote and table blocks hold prose and are checked.
"""
from __future__ import annotations

import re

from .markup import Line, Span, lines_of, mask

_SKIPPED_BLOCK = re.compile(r"(-{4,}|\.{4,}|\+{4,}|/{4,}|`{3,}[\w+-]*)[ \t]*")
_COMMENT = re.compile(r"//(?!/)")
_ATTRIBUTE_ENTRY = re.compile(r":!?[\w][\w-]*!?:(?:[ \t]|$)")
_BLOCK_LINE = re.compile(r"\[[^\[\]]*\][ \t]*|\[\[[^\]]*\]\][ \t]*")  # [source,python], [[anchor]]
_BLOCK_MACRO = re.compile(r"[a-z][\w-]*::\S*\[.*\][ \t]*")  # image::banjir.jpg[...], include::...[], toc::[]
_MONOSPACE = re.compile(r"(?<![\w`])`(?=\S)[^`\n]*?(?<=\S)`(?![\w`])|``.+?``|\+\+\+.+?\+\+\+|(?<![\w+])\+(?=\S)[^+\n]*?(?<=\S)\+(?![\w+])")
_INLINE_MACRO = re.compile(r"\b(?:link|mailto|xref|image|kbd|btn|menu|pass|stem|latexmath|asciimath|icon|anchor|include):[^\s\[]*\[")


def asciidoc_spans(text: str) -> list[Span]:
    """AsciiDoc constructs, block level first; inline markup in what is left."""
    lines = lines_of(text)
    blocks = _blocks(lines)
    masked = mask(text, blocks)
    inline = [m.span() for m in _MONOSPACE.finditer(masked)]
    inline += [m.span() for m in _INLINE_MACRO.finditer(mask(masked, inline))]
    return blocks + inline


def _blocks(lines: list[Line]) -> list[Span]:
    spans: list[Span] = []
    i, after_blank = 0, True
    while i < len(lines):
        line = lines[i]
        delimiter = _SKIPPED_BLOCK.fullmatch(line.text)
        if delimiter is not None:
            fence = delimiter.group(1)
            if fence.startswith("`"):  # ```python: the backticks alone
                fence = fence[: len(fence) - len(fence.lstrip("`"))]
            end = i + 1
            while end < len(lines) and not _closes(lines[end].text, fence):
                end += 1
            spans.append((line.start, lines[min(end, len(lines) - 1)].end))
            i, after_blank = end + 1, False
            continue
        if after_blank and line.text[:1] in (" ", "\t") and line.text.strip():
            end = i + 1  # a literal paragraph: indented, to its blank line
            while end < len(lines) and lines[end].text.strip():
                end += 1
            spans.append((line.start, lines[end - 1].end))
            i, after_blank = end, False
            continue
        if (_COMMENT.match(line.text) or _ATTRIBUTE_ENTRY.match(line.text) or _BLOCK_LINE.fullmatch(line.text)
                or _BLOCK_MACRO.fullmatch(line.text)):
            spans.append((line.start, line.end))
        after_blank = not line.text.strip()
        i += 1
    return spans


def _closes(line: str, fence: str) -> bool:
    """``line`` closes the block ``fence`` opened: the same delimiter (a backtick fence: as long or longer)."""
    stripped = line.rstrip(" \t")
    if fence.startswith("`"):
        return len(stripped) >= len(fence) and set(stripped) == {"`"}
    return stripped == fence
