"""ejaan: typo and spelling normaliser for Indonesian news copy.

    from normalizer import Normalizer
    findings = Normalizer().check(text)
    fixed, edits = Normalizer().fix(text)

Importing the package loads no dictionary: the names below are resolved on
first use, and the word lists on the first check.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Normalizer", "Finding", "Edit", "__version__"]

if TYPE_CHECKING:
    from .findings import Edit, Finding
    from .pipeline import Normalizer


def __getattr__(name: str) -> Any:
    if name == "Normalizer":
        from .pipeline import Normalizer

        return Normalizer
    if name in ("Finding", "Edit"):
        from . import findings

        return getattr(findings, name)
    raise AttributeError(f"module 'normalizer' has no attribute {name!r}")
