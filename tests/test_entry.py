"""The command runs with the cycle collector off (``normalizer.entry``): safe only while checking makes no cycles."""
from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE

DATA = REPO / "tests" / "data"
# The opening of a few desks' typo rounds: stories of wire copy, typos and names
STORIES = [path.read_text(encoding="utf-8")[:6000] for path in sorted(DATA.glob("typo_copy_round*[0-9].txt"))[:4]]


def test_the_command_runs_with_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    import normalizer.cli as cli
    from normalizer import entry

    seen = []
    monkeypatch.setattr(cli, "run", lambda: seen.append(gc.isenabled()))
    try:
        entry.run()
    finally:
        gc.enable()
    assert seen == [False]


@pytest.mark.parametrize("style", [True, False])
def test_checking_and_fixing_stories_make_no_cycles(style: bool) -> None:
    from normalizer import Normalizer

    n = Normalizer(style=style)
    n.fix(SAMPLE.read_text(encoding="utf-8"))  # the word lists load: what that leaves is not per story
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for text in STORIES:
            n.check(text)
            n.fix(text)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


# One file first, so that what loading leaves (the word lists, modules imported
# on first use) is collected; then every file, whose cycles must be none.
CHILD = """
import gc, sys
gc.disable()
import normalizer.cli as cli
command, files = sys.argv[1].split(","), sys.argv[2:]
cli.main(command + files[:1])
cli._WORKER.clear()
gc.collect()
code = cli.main(command + files)
print(gc.collect(), file=sys.stderr)
sys.exit(code)
"""


@pytest.mark.parametrize("command", [["check", "--format", "json"], ["fix"]])
def test_a_command_over_many_files_makes_no_cycles(tmp_path: Path, command: list[str]) -> None:
    files = []
    for i, text in enumerate(STORIES):
        (tmp_path / f"story{i}.txt").write_text(text, encoding="utf-8")
        files.append(str(tmp_path / f"story{i}.txt"))
    (tmp_path / "broken.txt").write_bytes(b"tereoris \xff\xfe\xfd deengan")  # an error on the way too
    files.append(str(tmp_path / "broken.txt"))
    proc = subprocess.run([sys.executable, "-c", CHILD, ",".join(command), *files], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == "0", proc.stderr
