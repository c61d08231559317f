"""The command line contract: output lines, JSON fields and exit codes."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import EXPECTED, REPO, SAMPLE
from normalizer.cli import cli, main

TYPO_TEXT = "Presiden bertemu deengan menteri.\n"
CLEAN_TEXT = "Presiden bertemu dengan menteri.\n"


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_check_clean_text_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "bersih.txt"
    path.write_text(CLEAN_TEXT, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 0
    assert result.output == ""


def test_check_reports_path_line_col(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text("Judul\n" + TYPO_TEXT, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 1
    assert result.output == f"{path}:2:18: deengan -> dengan (typo)\n"


def test_check_json_fields(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text("“Kata” " + TYPO_TEXT, encoding="utf-8")
    result = run("check", "--format", "json", str(path))
    assert result.exit_code == 1
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert record["path"] == str(path)
    assert (record["line"], record["column"]) == (1, 25)  # characters, not bytes
    assert record["word"] == "deengan"
    assert record["suggestions"][0] == "dengan"
    assert record["kind"] == "typo"
    assert 0.0 <= record["confidence"] <= 1.0
    assert record["fixable"] is True


def test_fix_json_lists_each_change(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text("Judul\n" + TYPO_TEXT, encoding="utf-8")
    result = run("fix", "--format", "json", str(path))
    assert result.exit_code == 1
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert (record["path"], record["line"], record["column"]) == (str(path), 2, 18)
    assert (record["word"], record["replacement"], record["kind"]) == ("deengan", "dengan", "typo")
    assert record["fixable"] is True and record["confidence"] >= 0.9
    assert path.read_text(encoding="utf-8") == "Judul\n" + CLEAN_TEXT


def test_fix_stdin_json_changes_go_to_stderr() -> None:
    result = run("fix", "--format", "json", "-", input=TYPO_TEXT.encode())
    assert result.exit_code == 0
    assert result.stdout == CLEAN_TEXT
    (record,) = [json.loads(line) for line in result.stderr.splitlines()]
    assert (record["path"], record["word"], record["replacement"]) == ("<stdin>", "deengan", "dengan")


def test_fix_stdin_to_stdout() -> None:
    result = run("fix", "-", input=TYPO_TEXT.encode())
    assert result.exit_code == 0
    assert result.stdout == CLEAN_TEXT
    assert "<stdin>:1:18: deengan -> dengan (typo)" in result.stderr


def test_fix_file_rewrites_and_reports_every_change(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text(TYPO_TEXT, encoding="utf-8")
    result = run("fix", str(path))
    assert result.exit_code == 1  # a file changed: stop the commit for review
    assert result.output == f"{path}:1:18: deengan -> dengan (typo)\n"
    assert path.read_text(encoding="utf-8") == CLEAN_TEXT
    again = run("fix", str(path))
    assert (again.exit_code, again.output) == (0, "")


def test_fix_dry_run_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text(TYPO_TEXT, encoding="utf-8")
    result = run("fix", "--dry-run", str(path))
    assert result.exit_code == 1
    assert "deengan -> dengan" in result.output
    assert path.read_text(encoding="utf-8") == TYPO_TEXT


def test_fix_dry_run_on_stdin_lists_the_changes_instead_of_the_text() -> None:
    # as for a file: nothing written (no fixed text on stdout), exit 1 when something would change
    result = run("fix", "--dry-run", "-", input=TYPO_TEXT)
    assert result.exit_code == 1
    assert result.stdout == "<stdin>:1:18: deengan -> dengan (typo)\n"
    clean = run("fix", "--dry-run", "-", input=CLEAN_TEXT)
    assert (clean.exit_code, clean.stdout) == (0, "")


@pytest.mark.parametrize(("name", "text"), [
    ("panduan.rst", "Presiden bertemu deengan menteri.\n\n.. code-block:: python\n\n   deengan = hitung(deengan)\n\n"
                    "Pakai ``deengan`` di kode.\n"),
    ("panduan.adoc", "Presiden bertemu deengan menteri.\n\n[source,python]\n----\ndeengan = hitung(deengan)\n----\n\n"
                     "Pakai `deengan` di kode.\n"),
])
def test_fix_leaves_the_code_of_rst_and_asciidoc_files_alone(tmp_path: Path, name: str, text: str) -> None:
    # the pre-commit hooks run on .rst and .adoc files: their code blocks and literals are no copy
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("fix", "--no-style", str(path))
    assert (result.exit_code, result.output) == (1, f"{path}:1:18: deengan -> dengan (typo)\n")
    assert path.read_text(encoding="utf-8") == text.replace("deengan", "dengan", 1)
    plain = tmp_path / "panduan.txt"
    plain.write_text(text, encoding="utf-8")
    assert run("check", "--no-style", str(plain)).output.count("deengan") == 4  # read as plain text, all of it is copy


def test_syntax_says_what_standard_input_is_written_in() -> None:
    # an editor pipes a .rst buffer through ejaan fix -: only --syntax can say it is reStructuredText
    text = ".. code-block:: sh\n\n   echo deengan\n\nTeks deengan.\n"
    assert run("fix", "--no-style", "-q", "--syntax", "rst", "-", input=text).stdout == text.replace("Teks deengan", "Teks dengan")
    assert run("fix", "--no-style", "-q", "-", input=text).stdout == text.replace("deengan", "dengan")
    result = run("check", "--syntax", "html", "-", input=text)
    assert result.exit_code == 2 and "'html' is not one of" in result.output


def test_markdown_piped_through_stdin_keeps_its_code_and_links() -> None:
    text = "# Catatan\n\nJalankan `beirta` atau [bantaun](https://a.id/wartwan).\n"
    result = run("fix", "-", input=text)
    assert result.stdout == text.replace("bantaun", "bantuan")
    assert run("fix", "--markdown", "never", "-", input=text).stdout.count("berita") == 1  # told otherwise


def test_diff_is_unified(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text(TYPO_TEXT, encoding="utf-8")
    result = run("diff", str(path))
    assert result.exit_code == 1
    assert result.output.splitlines()[:2] == [f"--- a/{path}", f"+++ b/{path}"]
    assert "-" + TYPO_TEXT.rstrip("\n") in result.output.splitlines()
    assert "+" + CLEAN_TEXT.rstrip("\n") in result.output.splitlines()
    assert path.read_text(encoding="utf-8") == TYPO_TEXT


def test_missing_file_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "tidak-ada.txt"))
    assert result.exit_code == 2
    assert "tidak-ada.txt: file not found" in result.stderr
    assert "Traceback" not in result.output


def test_non_utf8_file_is_reported_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    data = "Presiden bertemu deengan menteri caf\u00e9.\n".encode("latin-1")
    path.write_bytes(data)
    result = run("fix", str(path))
    assert result.exit_code == 2
    assert "not valid UTF-8" in result.stderr and "--encoding latin-1" in result.stderr
    assert path.read_bytes() == data


def test_usage_error_exits_2() -> None:
    assert run("check", "--format", "xml").exit_code == 2
    assert main(["tidak-ada-perintah"]) == 2


def test_main_returns_exit_codes(tmp_path: Path) -> None:
    path = tmp_path / "berita.txt"
    path.write_text(TYPO_TEXT, encoding="utf-8")
    assert main(["check", "-q", str(path)]) == 1
    path.write_text(CLEAN_TEXT, encoding="utf-8")
    assert main(["check", str(path)]) == 0


def test_jobs_keep_the_files_order(tmp_path: Path) -> None:
    paths = []
    for i in range(6):
        path = tmp_path / f"f{i}.txt"
        path.write_text(TYPO_TEXT if i % 2 else CLEAN_TEXT, encoding="utf-8")
        paths.append(str(path))
    result = run("check", "--jobs", "2", *paths)
    assert result.exit_code == 1
    assert [line.split(":")[0] for line in result.output.splitlines()] == [paths[1], paths[3], paths[5]]


def test_help_does_not_load_dictionaries() -> None:
    code = (
        "import sys; from normalizer.cli import main; rc = main(['--help']);"
        "loaded = [m for m in ('symspellpy', 'normalizer.lexicon', 'normalizer.pipeline') if m in sys.modules];"
        "print(rc, loaded)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"


def test_a_source_tree_without_symspellpy_or_editdistpy_fixes_the_copy(tmp_path: Path) -> None:
    # python -m normalizer from a source tree with only the base Python (and click): the index
    # is built and the distance measured without them, with the same fixes
    code = ("import sys; sys.modules['symspellpy'] = sys.modules['editdistpy'] = None;"
            "from normalizer.cli import main; sys.exit(main(['fix', '-']))")
    env = {**os.environ, "EJAAN_CACHE_DIR": str(tmp_path)}  # a cold cache: the index must be built
    result = subprocess.run([sys.executable, "-c", code], input=TYPO_TEXT, capture_output=True, text=True, cwd=REPO, env=env)
    installed = subprocess.run([sys.executable, "-m", "normalizer", "fix", "-"], input=TYPO_TEXT, capture_output=True,
                               text=True, cwd=REPO)
    assert result.returncode == installed.returncode and result.stderr == installed.stderr
    assert result.stdout == installed.stdout != TYPO_TEXT


def _installed_ejaan() -> str | None:
    candidate = Path(sys.executable).with_name("ejaan")
    return str(candidate) if candidate.exists() else shutil.which("ejaan")


@pytest.mark.skipif(_installed_ejaan() is None, reason="the ejaan command is not installed")
def test_installed_command_end_to_end(tmp_path: Path) -> None:
    """The console script, run as a user would, outside the source tree."""
    exe = _installed_ejaan()
    env = dict(os.environ)
    result = subprocess.run([exe, "fix", "-"], input=SAMPLE.read_bytes(), capture_output=True, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode("utf-8")
    if EXPECTED.exists():
        assert out == EXPECTED.read_text(encoding="utf-8")
    for typo in ("tereoris", "Mosksow", "seerangan", "malawan", "deengan"):
        assert typo not in out
    check = subprocess.run([exe, "check", str(SAMPLE)], capture_output=True, cwd=tmp_path, env=env)
    assert check.returncode == 1
    assert b"tereoris -> teroris (typo)" in check.stdout


def test_the_command_flushes_everything_before_its_quick_exit(tmp_path: Path) -> None:
    """``python -m normalizer`` (like the ``ejaan`` script) ends with os._exit: nothing may be lost."""
    paths = []
    for i in range(3):
        path = tmp_path / f"f{i}.txt"
        path.write_text(TYPO_TEXT, encoding="utf-8")
        paths.append(str(path))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    found = subprocess.run([sys.executable, "-m", "normalizer", "check", *paths], capture_output=True, text=True, env=env)
    assert found.returncode == 1
    assert [line.split(":")[0] for line in found.stdout.splitlines()] == paths
    fixed = subprocess.run([sys.executable, "-m", "normalizer", "fix", "-"], input=TYPO_TEXT, capture_output=True,
                           text=True, env=env)
    assert fixed.returncode == 0 and fixed.stdout == main_fixed(TYPO_TEXT) and fixed.stderr
    clean = subprocess.run([sys.executable, "-m", "normalizer", "check", "-"], input=CLEAN_TEXT, capture_output=True,
                           text=True, env=env)
    assert (clean.returncode, clean.stdout) == (0, "")


def main_fixed(text: str) -> str:
    from normalizer import Normalizer

    return Normalizer().fix(text)[0]


def test_a_profiler_still_sees_the_command_end(tmp_path: Path) -> None:
    """The quick exit is skipped under a profiler (or coverage), which report at a normal exit."""
    path = tmp_path / "berita.txt"
    path.write_text(TYPO_TEXT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    profiled = subprocess.run([sys.executable, "-m", "cProfile", "-m", "normalizer", "check", str(path)],
                              capture_output=True, text=True, env=env)
    assert "deengan" in profiled.stdout and "function calls" in profiled.stdout
