"""The start-up breakdown (benchmarks/startup.py) runs: it patches methods by name, so a rename breaks it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import startup  # noqa: E402


def test_the_breakdown_prints_every_phase(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Menteri Sneisil tiba deengan pesawat. Kemhan menyatakan itu.\n", encoding="utf-8")
    assert startup.main([str(story), "--runs", "1"]) == 0
    out = capsys.readouterr().out
    for phase in ("import: the checker", "check: judging unknown words", "after the imports"):
        assert phase in out
