"""AsciiDoc's non-prose parts: code and literal blocks, comments, attributes, macros (see ``markup``).

Line-based, like ``markdown``.  A listing block (``----``) holds code, a
literal block (``....``) or an indented paragraph text to show as it is, a
passthrough (``++++``) markup and a comment block (``////``) notes for the
writers, and a paragraph or open block styled ``[source]``, ``[listing]`` or
``[literal]`` is one of them without the delimiters; example, sidebar, quote
and table blocks hold prose and are checked.
"""
from __future__ import annotations

import re

from .markup import Line, Span, lines_of, mask

_SKIPPED_BLOCK = re.compile(r"(-{4,}|\.{4,}|\+{4,}|/{4,}|`{3,}[\w+-]*)[ \t]*")
_OPEN_BLOCK = re.compile(r"--[ \t]*")
_COMMENT = re.compile(r"//(?!/)")
_ATTRIBUTE_ENTRY = re.compile(r":!?[\w][\w-]*!?:(?:[ \t]|$)")
_BLOCK_LINE = re.compile(r"\[[^\[\]]*\][ \t]*|\[\[[^\]]*\]\][ \t]*")  # [source,python], [[anchor]]
_CODE_STYLE = re.compile(r"\[(?:source|listing|literal|pass|stem|latexmath|asciimath|comment)\b[^\[\]]*\][ \t]*")
_BLOCK_TITLE = re.compile(r"\.[^.\s]")  # .Keluaran: the title of the block below
_BLOCK_MACRO = re.compile(r"[a-z][\w-]*::\S*\[.*\][ \t]*")  # image::banjir.jpg[...], include::...[], ifdef::x[]
_MONOSPACE = re.compile(r"(?<![\w`])`(?=\S)[^`\n]*?(?<=\S)`(?![\w`])|``.+?``|\+\+\+.+?\+\+\+|(?<![\w+])\+(?=\S)[^+\n]*?(?<=\S)\+(?![\w+])")
# Macros whose text is code or keys (kbd:[Ctrl+C], pass:[<b>]) are left whole; of a link,
# cross reference or image only the target (link:https://...[): its text is prose.
_CODE_MACRO = re.compile(r"\b(?:kbd|btn|menu|pass|stem|latexmath|asciimath|icon|anchor):[^\s\[]*\[[^\]\n]*\]")
_TARGET_MACRO = re.compile(r"\b(?:link|mailto|xref|image|include|footnote):[^\s\[]*\[")
_ATTRIBUTE_REFERENCE = re.compile(r"\{[\w][\w-]*\}|\{(?:set|counter2?):[^}\n]*\}")
_CODE_CELL = re.compile(r"(?:(?<=\s)|^)(?:\d+\*)?(?:\d*(?:\.\d+)?\+)?[<^>]?(?:\.[<^>])?[ml]\|[^|\n]*", re.M)


def asciidoc_spans(text: str) -> list[Span]:
    """AsciiDoc constructs, block level first; inline markup in what is left."""
    lines = lines_of(text)
    blocks = _blocks(lines)
    masked = mask(text, blocks)
    inline = [m.span() for m in _MONOSPACE.finditer(masked)]
    masked = mask(masked, inline)
    for pattern in (_CODE_MACRO, _TARGET_MACRO, _ATTRIBUTE_REFERENCE, _CODE_CELL):
        inline += [m.span() for m in pattern.finditer(masked)]
    return blocks + inline


def _blocks(lines: list[Line]) -> list[Span]:
    spans: list[Span] = []
    n = len(lines)
    i, after_blank, code_style = 0, True, False
    while i < n:
        line = lines[i]
        delimiter = _SKIPPED_BLOCK.fullmatch(line.text) or (_OPEN_BLOCK.fullmatch(line.text) if code_style else None)
        if delimiter is not None:
            fence = delimiter.group(0).rstrip(" \t")
            if fence.startswith("`"):  # ```python: the backticks alone
                fence = fence[: len(fence) - len(fence.lstrip("`"))]
            end = i + 1
            while end < n and not _closes(lines[end].text, fence):
                end += 1
            spans.append((line.start, lines[min(end, n - 1)].end))
            i, after_blank, code_style = end + 1, False, False
            continue
        if line.text.strip() and ((after_blank and line.text[:1] in (" ", "\t")) or code_style):
            end = i + 1  # a literal paragraph (indented) or a styled one, to its blank line
            while end < n and lines[end].text.strip():
                end += 1
            spans.append((line.start, lines[end - 1].end))
            i, after_blank, code_style = end, False, False
            continue
        attached = False  # a line that belongs to the block below it: an indented one there is still literal
        if _CODE_STYLE.fullmatch(line.text):
            spans.append((line.start, line.end))
            code_style = attached = True
        elif (_COMMENT.match(line.text) or _ATTRIBUTE_ENTRY.match(line.text) or _BLOCK_LINE.fullmatch(line.text)
                or _BLOCK_MACRO.fullmatch(line.text)):
            spans.append((line.start, line.end))
            attached = not _ATTRIBUTE_ENTRY.match(line.text)
        elif _BLOCK_TITLE.match(line.text):
            attached = True
        elif line.text.rstrip() == "+":  # a list item's continuation: what follows starts afresh
            attached, after_blank = True, True
        if not attached:
            after_blank, code_style = not line.text.strip(), False
        i += 1
    return spans


def _closes(line: str, fence: str) -> bool:
    """``line`` closes the block ``fence`` opened: the same delimiter (a backtick fence: as long or longer)."""
    stripped = line.rstrip(" \t")
    if fence.startswith("`"):
        return len(stripped) >= len(fence) and set(stripped) == {"`"}
    return stripped == fence
