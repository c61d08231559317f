"""Shared fixtures: one Normalizer per session, and an isolated index cache."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EJAAN_SHARED", REPO.parent / "shared"))
SAMPLE = REPO / "examples" / "antara-rusia-suriah.txt"
EXPECTED = SHARED / "samples" / "antara-rusia-suriah.expected.txt"


@pytest.fixture(scope="session", autouse=True)
def _cache_dir(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the suggestion index cache of the test run out of the user's cache."""
    if "EJAAN_CACHE_DIR" not in os.environ:
        os.environ["EJAAN_CACHE_DIR"] = str(tmp_path_factory.mktemp("ejaan-cache"))


@pytest.fixture(scope="session")
def normalizer():
    from normalizer import Normalizer

    return Normalizer()


@pytest.fixture(scope="session")
def typo_only():
    from normalizer import Normalizer

    return Normalizer(style=False)
