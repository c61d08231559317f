"""Where the shipped data files live, installed or in a source checkout."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# In a wheel the data is the subpackage ``normalizer/dictionaries``; in a
# source checkout it is the top-level ``dictionaries/`` folder.
_CANDIDATES = (_PACKAGE / "dictionaries", _PACKAGE.parent / "dictionaries")


def data_dir() -> Path:
    """The folder holding ``words.txt`` and the other shipped lists."""
    for candidate in _CANDIDATES:
        if (candidate / "words.txt").is_file():
            return candidate
    raise FileNotFoundError(
        "ejaan's dictionaries are missing (looked in "
        + ", ".join(str(c) for c in _CANDIDATES)
        + "); reinstall the package"
    )


def data_path(name: str) -> Path:
    """Path of one shipped data file."""
    return data_dir() / name


def word_set(name: str) -> frozenset[str]:
    """The words of one shipped list, one a line (``data_lines``)."""
    return frozenset(line.strip() for line in data_lines(data_path(name)))


def data_lines(path: Path) -> Iterator[str]:
    """Non-blank, non-comment lines of a UTF-8 list (``#`` starts a comment line)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                yield line
