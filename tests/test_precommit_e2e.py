"""ejaan as a pre-commit hook, end to end, with the real pre-commit.

A snapshot of this working tree (tracked and untracked files, not ignored
ones) is committed into a temporary git repository: that is the hook
repository, so the test exercises ``.pre-commit-hooks.yaml`` and the code as
they are now, committed or not.  A second temporary repository plays the
newsroom: it points ``.pre-commit-config.yaml`` at the snapshot, installs the
git hook and commits copy.  pre-commit builds the hook's virtualenv by
pip-installing the project (symspellpy and click come from PyPI), once per
test session, in a ``PRE_COMMIT_HOME`` inside the session's temporary folder.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git")

TYPOS = (
    "Densus menangkap terduga tereoris di Poso pada Senin malam.\r\n"
    "Wali kota meninjau lokasi banjir deengan camat setempat.\r\n"
)
TYPO_LINES = [
    "berita.txt:1:26: tereoris -> teroris (typo)",
    "berita.txt:2:34: deengan -> dengan (typo)",
]
FIXED = TYPOS.replace("tereoris", "teroris").replace("deengan", "dengan")
RST = "Panduan\n=======\n\nJalankan perintah ini::\n\n   ejaan fix --deengan\n\n.. code-block:: python\n\n   malawan = tereoris\n"
ASCIIDOC = "= Panduan\n\nJalankan `ejaan fix --deengan`.\n\n[source,python]\n----\nmalawan = tereoris\n----\n"
MARKDOWN = (
    "# Tim nasional bermain melawan Thailand\n\n"
    "Jalankan `ejaan fix --deengan` sebelum menyimpan.\n\n"
    "```\nmalawan tereoris\n```\n"
)


@pytest.fixture(scope="session")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Subprocess environment: isolated git config, one PRE_COMMIT_HOME per session."""
    if GIT is None:
        pytest.skip("git is not installed")
    pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install '.[test]')")
    drop = {"PYTHONPATH", "PYTHONHOME", "SKIP", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"}
    environ = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PRE_COMMIT")}
    environ.update(
        PRE_COMMIT_HOME=str(tmp_path_factory.mktemp("pre-commit-home")),
        PRE_COMMIT_COLOR="never",
        GIT_CONFIG_GLOBAL=os.devnull,
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="Redaksi",
        GIT_AUTHOR_EMAIL="redaksi@example.com",
        GIT_COMMITTER_NAME="Redaksi",
        GIT_COMMITTER_EMAIL="redaksi@example.com",
    )
    environ.setdefault("EJAAN_CACHE_DIR", str(tmp_path_factory.mktemp("ejaan-cache")))
    return environ


def run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def git(cwd: Path, env: dict[str, str], *args: str) -> str:
    result = run([GIT, *args], cwd, env)  # type: ignore[list-item]
    assert result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stdout}{result.stderr}"
    return result.stdout


def pre_commit(cwd: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "pre_commit", *args], cwd, env)


def project_files(env: dict[str, str]) -> list[str]:
    """The working tree's files as git sees them: tracked and new, not ignored."""
    if (PROJECT / ".git").exists():
        listed = git(PROJECT, env, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
        return [name for name in listed.split("\0") if name and (PROJECT / name).is_file()]
    skip = {".git", ".venv", "build", "dist", "__pycache__", ".pytest_cache", ".hypothesis"}
    return [
        str(path.relative_to(PROJECT))
        for path in PROJECT.rglob("*")
        if path.is_file() and not skip.intersection(path.relative_to(PROJECT).parts)
        and not any(part.endswith(".egg-info") for part in path.parts)
    ]


@pytest.fixture(scope="session")
def hook_repo(env: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The working tree committed into a fresh repository: (path, commit)."""
    repo = tmp_path_factory.mktemp("ejaan-hooks")
    for name in project_files(env):
        target = repo / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(PROJECT / name, target, follow_symlinks=False)
    assert (repo / ".pre-commit-hooks.yaml").is_file()
    git(repo, env, "init", "-q")
    git(repo, env, "add", "-A")
    git(repo, env, "commit", "-q", "--no-verify", "-m", "snapshot of the working tree")
    return repo, git(repo, env, "rev-parse", "HEAD").strip()


@pytest.fixture
def newsroom(tmp_path: Path, env: dict[str, str], hook_repo: tuple[Path, str]) -> Path:
    """A repository using both hooks, with the git hook installed."""
    path, rev = hook_repo
    repo = tmp_path / "newsroom"
    repo.mkdir()
    git(repo, env, "init", "-q")
    # The hooks as shipped, no args: what a desk pastes from the README.
    (repo / ".pre-commit-config.yaml").write_text(
        "repos:\n"
        f"-   repo: {path.as_posix()}\n"
        f"    rev: {rev}\n"
        "    hooks:\n"
        "    -   id: ejaan\n"
        "    -   id: ejaan-fix\n",
        encoding="utf-8",
    )
    git(repo, env, "add", ".pre-commit-config.yaml")
    git(repo, env, "commit", "-q", "-m", "pre-commit configuration")
    installed = pre_commit(repo, env, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return repo


def commits(repo: Path, env: dict[str, str]) -> int:
    return int(git(repo, env, "rev-list", "--count", "HEAD"))


def test_manifest_is_valid(env: dict[str, str]) -> None:
    result = pre_commit(PROJECT, env, "validate-manifest", str(PROJECT / ".pre-commit-hooks.yaml"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_fails_fix_fixes_then_clean_copy_commits(newsroom: Path, env: dict[str, str]) -> None:
    story = newsroom / "berita.txt"
    story.write_bytes(TYPOS.encode())
    git(newsroom, env, "add", "berita.txt")

    # 1. The report-only hook stops the commit and lists the findings.
    result = run([GIT, "commit", "-m", "berita dengan salah ketik"], newsroom, {**env, "SKIP": "ejaan-fix"})  # type: ignore[list-item]
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "ejaan (Indonesian spelling check)" in output and "Failed" in output
    assert "- exit code: 1" in output
    for line in TYPO_LINES:
        assert line in output
    assert commits(newsroom, env) == 1
    assert story.read_bytes() == TYPOS.encode()

    # 2. The fix hook rewrites the file, prints every change and exits 1 for review.
    result = run([GIT, "commit", "-m", "berita dengan salah ketik"], newsroom, {**env, "SKIP": "ejaan"})  # type: ignore[list-item]
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "ejaan fix (Indonesian spelling)" in output
    assert "- exit code: 1" in output
    assert "- files were modified by this hook" in output
    for line in TYPO_LINES:
        assert line in output
    assert commits(newsroom, env) == 1
    assert story.read_bytes() == FIXED.encode()  # CRLF kept, only the typos changed

    # 3. The reviewed copy, Markdown, reStructuredText and AsciiDoc notes with typos only in code and a photo commit cleanly.
    (newsroom / "catatan.md").write_text(MARKDOWN, encoding="utf-8")
    (newsroom / "panduan.rst").write_text(RST, encoding="utf-8")
    (newsroom / "panduan.adoc").write_text(ASCIIDOC, encoding="utf-8")
    (newsroom / "foto.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR tereoris" + bytes(64))
    script = "# kirim berkas deengan cepat\nprint('tereoris')\n"  # code is no copy: never rewritten
    (newsroom / "kirim.py").write_text(script, encoding="utf-8")
    git(newsroom, env, "add", "berita.txt", "catatan.md", "panduan.rst", "panduan.adoc", "foto.png", "kirim.py")
    result = run([GIT, "commit", "-m", "berita sudah diperiksa"], newsroom, env)  # type: ignore[list-item]
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert output.count("Passed") == 2, output
    assert commits(newsroom, env) == 2
    assert story.read_bytes() == FIXED.encode()
    assert (newsroom / "kirim.py").read_text(encoding="utf-8") == script
    assert (newsroom / "panduan.rst").read_text(encoding="utf-8") == RST
    assert (newsroom / "panduan.adoc").read_text(encoding="utf-8") == ASCIIDOC


def test_hooks_on_demand(newsroom: Path, env: dict[str, str]) -> None:
    """``pre-commit run``: check exits 1 on findings, fix exits 1 once and then 0."""
    story = newsroom / "berita.txt"
    story.write_bytes(TYPOS.encode())
    git(newsroom, env, "add", "berita.txt")
    check = pre_commit(newsroom, env, "run", "ejaan", "--files", "berita.txt")
    assert check.returncode == 1, check.stdout + check.stderr
    assert all(line in check.stdout for line in TYPO_LINES)
    fix = pre_commit(newsroom, env, "run", "ejaan-fix", "--files", "berita.txt")
    assert fix.returncode == 1, fix.stdout + fix.stderr
    assert story.read_bytes() == FIXED.encode()
    again = pre_commit(newsroom, env, "run", "ejaan-fix", "--files", "berita.txt")
    assert again.returncode == 0, again.stdout + again.stderr
    check = pre_commit(newsroom, env, "run", "ejaan", "--files", "berita.txt")
    assert check.returncode == 0, check.stdout + check.stderr
