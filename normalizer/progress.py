"""A progress bar for long runs, drawn on standard error only when it is a terminal.

Output to a file, a pipe or pre-commit's captured log never gets one, nor
does ``--quiet``: a bar is for a person watching, and escape codes in a log
are noise.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

WIDTH = 24


class ProgressBar:
    """``ejaan [#########---------------]  38%  380/1000 files  0:12 left`` on one line.

    ``clear`` takes the bar off the line before other output is written;
    the next ``advance`` draws it again.  Redrawing is limited to one in
    ``interval`` seconds, so a run of many small files does not spend its
    time on the terminal.
    """

    def __init__(
        self,
        total: int,
        stream: TextIO | None = None,
        *,
        enabled: bool = True,
        clock: Callable[[], float] = time.monotonic,
        interval: float = 0.1,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.done = 0
        self.enabled = enabled and total > 1 and self.stream.isatty()
        self._clock = clock
        self._interval = interval
        self._started = clock()
        self._drawn_at: float | None = None  # None: not on screen

    def advance(self) -> None:
        """One more file done."""
        self.done += 1
        if not self.enabled:
            return
        now = self._clock()
        if self._drawn_at is None or now - self._drawn_at >= self._interval or self.done >= self.total:
            self.stream.write("\r" + self.render(now) + "\033[K")
            self.stream.flush()
            self._drawn_at = now

    def clear(self) -> None:
        """Take the bar off its line (before other output, and at the end)."""
        if self.enabled and self._drawn_at is not None:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._drawn_at = None

    def render(self, now: float) -> str:
        """The bar's text for ``done`` of ``total`` files at time ``now``."""
        share = self.done / self.total if self.total else 1.0
        filled = int(WIDTH * share)  # rounded down: full only when all is done
        line = f"ejaan [{'#' * filled}{'-' * (WIDTH - filled)}] {int(100 * share):3d}%  {self.done}/{self.total} files"
        elapsed = now - self._started
        if 0 < self.done < self.total and elapsed > 0:
            left = round(elapsed / self.done * (self.total - self.done))
            line += f"  {left // 60}:{left % 60:02d} left"
        return line
