"""The progress bar: drawn only for a person at a terminal, and never in the way of output."""
from __future__ import annotations

import io
from pathlib import Path

from normalizer.cli import main
from normalizer.progress import ProgressBar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_bar_counts_files_and_estimates_the_time_left() -> None:
    screen, clock = Terminal(), Clock()
    bar = ProgressBar(4, screen, clock=clock)
    clock.now = 2.0
    bar.advance()
    assert screen.getvalue().endswith("ejaan [######------------------]  25%  1/4 files  0:06 left\033[K")
    for _ in range(3):
        clock.now += 0.5
        bar.advance()
    assert "[########################] 100%  4/4 files\033[K" in screen.getvalue()
    bar.clear()
    assert screen.getvalue().endswith("\r\033[K")


def test_redraws_are_limited_but_the_last_file_and_a_cleared_bar_are_drawn() -> None:
    screen, clock = Terminal(), Clock()
    bar = ProgressBar(100, screen, clock=clock, interval=1.0)
    for _ in range(50):
        bar.advance()  # all at t=0: drawn once
    assert screen.getvalue().count("files") == 1
    bar.clear()
    bar.advance()  # output was written between: the bar comes back at once
    assert screen.getvalue().count("files") == 2
    for _ in range(49):
        bar.advance()
    assert "100/100 files" in screen.getvalue()


def test_no_bar_off_a_terminal_for_one_file_or_when_quiet() -> None:
    for stream, total, enabled in ((io.StringIO(), 5, True), (Terminal(), 1, True), (Terminal(), 5, False)):
        bar = ProgressBar(total, stream, enabled=enabled)
        bar.advance()
        bar.clear()
        assert stream.getvalue() == ""


def test_the_command_prints_no_bar_into_a_pipe(tmp_path: Path, capfd) -> None:
    paths = []
    for i in range(3):
        path = tmp_path / f"f{i}.txt"
        path.write_text("Presiden bertemu deengan menteri.\n", encoding="utf-8")
        paths.append(str(path))
    assert main(["check", *paths]) == 1
    out, err = capfd.readouterr()
    assert out.count("deengan") == 3 and "\r" not in out + err and "files" not in err
