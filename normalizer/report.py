"""Turn findings and edits into what a person or a program reads.

``path:line:col`` lines as typos and codespell print them, one JSON object per
line for programs, and a unified diff for review.  Columns are 1-based and
counted in characters, as editors count them.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from typing import TypeVar

from .findings import Edit, Finding
from .lines import with_lf

_Item = TypeVar("_Item", Finding, Edit)

_NEWLINE = re.compile("\n")


class LineIndex:
    """Maps character offsets of one text to 1-based (line, column)."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _NEWLINE.finditer(with_lf(text))]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def describe(finding: Finding) -> str:
    """``word -> suggestion (kind)``, with the doubt spelled out when unsure."""
    if finding.fixable:
        return f"{finding.word} -> {finding.suggestions[0]} ({finding.kind})"
    if finding.suggestions:
        return f"{finding.word} -> {', '.join(finding.suggestions)}? ({finding.kind}, not sure)"
    return f"{finding.word} -> ? ({finding.kind}, unknown word)"


def _located(text: str, items: Iterable[_Item]) -> Iterator[tuple[int, int, _Item]]:
    """Each finding or edit with its 1-based line and column in ``text``."""
    index = LineIndex(text)
    for item in items:
        line, col = index.position(item.start)
        yield line, col, item


def text_lines(path: str, text: str, findings: Iterable[Finding]) -> list[str]:
    return [f"{path}:{line}:{col}: {describe(f)}" for line, col, f in _located(text, findings)]


def _record(path: str, line: int, col: int, f: Finding) -> dict[str, object]:
    return {
        "path": path,
        "line": line,
        "column": col,
        "word": f.word,
        "suggestions": list(f.suggestions),
        "kind": f.kind,
        "rule": f.rule,
        "confidence": f.confidence,
        "fixable": f.fixable,
        "reason": f.reason,
    }


def json_lines(path: str, text: str, findings: Iterable[Finding]) -> list[str]:
    import json  # imported on use: most runs print text, and start-up counts

    ascii_only = not _is_utf8(path)
    return [json.dumps(_record(path, line, col, f), ensure_ascii=ascii_only) for line, col, f in _located(text, findings)]


def _is_utf8(path: str) -> bool:
    """``path`` has no undecodable bytes (surrogate escapes), which no UTF-8 output can hold.

    A name from an old Windows share (``\xff.txt``) is then written with
    ``\udcff`` escapes, valid JSON that Python reads back to the same name
    (``os.fsencode``), where its raw byte would make the line no UTF-8.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def change_lines(path: str, text: str, edits: Iterable[Edit]) -> list[str]:
    """``path:line:col: old -> new`` for every change ``fix`` made."""
    return [
        f"{path}:{line}:{col}: {e.old} -> {e.new} ({e.finding.kind if e.finding is not None else 'typo'})"
        for line, col, e in _located(text, edits)
    ]


def json_change_lines(path: str, text: str, edits: Iterable[Edit]) -> list[str]:
    """One JSON object for every change ``fix`` made: the finding's fields and ``replacement``.

    ``line`` and ``column`` are where the word stood in the text before the
    fix, as in ``check``'s output, so a newsroom system can log what changed.
    """
    import json

    lines, ascii_only = [], not _is_utf8(path)
    for line, col, e in _located(text, edits):
        if e.finding is not None:
            record = _record(path, line, col, e.finding)
        else:  # an edit made by hand through the API
            record = {"path": path, "line": line, "column": col, "word": e.old, "kind": "typo"}
        record["replacement"] = e.new
        lines.append(json.dumps(record, ensure_ascii=ascii_only))
    return lines


def unified_diff(path: str, before: str, after: str, bom: bool = False) -> str:
    """A ``--- a/path`` / ``+++ b/path`` diff of ``before`` -> ``after`` that ``patch`` applies.

    Lines end at ``\n`` only, as ``patch`` and ``git apply`` count them (a
    form feed or U+2028 inside a line stays inside it, and a file of lone CRs
    is one line to them, where ``check`` counts its CRs); with ``bom`` the
    file's BOM leads its first line, as it does in the file.
    """
    if before == after:
        return ""
    import difflib  # imported on use, like json above

    if bom:
        before, after = "\ufeff" + before, "\ufeff" + after
    diff = difflib.unified_diff(_lines(before), _lines(after), fromfile=_diff_name("a", path), tofile=_diff_name("b", path))
    out = []
    for line in diff:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def diff_header(path: str) -> str:
    """The ``---`` and ``+++`` lines ``unified_diff`` opens with."""
    return f"--- {_diff_name('a', path)}\n+++ {_diff_name('b', path)}\n"


def _diff_name(side: str, path: str) -> str:
    """``a/path``; a tab ends a name with a space in it, or patch takes only its first word (git does the same)."""
    return f"{side}/{path}\t" if any(c.isspace() for c in path) else f"{side}/{path}"


def _lines(text: str) -> list[str]:
    """``text`` cut after every ``\n`` (``str.splitlines`` also cuts at CR, FF, U+0085, U+2028...)."""
    lines = [line + "\n" for line in text.split("\n")]
    lines[-1] = lines[-1][:-1]
    return lines if lines[-1] else lines[:-1]
