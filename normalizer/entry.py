"""The ``ejaan`` command's entry point: the console script and ``python -m normalizer``.

A module of its own so that the cyclic garbage collector is off before
anything is imported.  Checking a story makes no reference cycles (a test
holds the pipeline and the command to that), so in a command's short life
the collector would only walk click's objects and the word tables again and
again: about 5 % of a clean start.  Memory is freed as ever, by reference
counting.  A program that imports the library keeps its own collector.
"""
from __future__ import annotations

import gc
from typing import NoReturn


def run() -> NoReturn:
    """Run the ``ejaan`` command (``cli.run``) with the collector off."""
    gc.disable()
    from .cli import run as command

    command()
