"""The ``ejaan`` command: a thin layer over ``Normalizer`` and ``report``.

Exit codes are part of the contract (pre-commit relies on them):
``check`` 0 clean, 1 findings; ``fix`` 0 nothing changed, 1 a file was (or,
with ``--dry-run``, would be) changed; ``diff`` 0 no difference, 1 a diff;
2 for usage, configuration and input errors, whatever else happened.
"""
from __future__ import annotations

import functools
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NoReturn

import click

from . import __version__, report, textio
from .config import DEFAULT_WORD_LIST, ConfigError, Settings, add_words, load_settings, load_word_lists, repository_root
from .markup import SYNTAXES
from .progress import ProgressBar
from .textio import Document, InputError, encode_document, read_document, write_document

EXIT_CLEAN, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
# Read by their suffix alone: their code and directives are left alone as Markdown's are.
SYNTAX_OF_SUFFIX = {".rst": "rst", ".rest": "rst", ".adoc": "asciidoc", ".asciidoc": "asciidoc", ".asc": "asciidoc"}
# What a folder's walk takes: prose by its suffix, and files with none (a wire feed's
# story IDs, ANT-20261201.001 too: a suffix of digits is none).  Code, configuration and
# data (.py, .json, .csv, .html) are no copy, and fix must never rename a variable, nor
# a script's (#! on its first line) or a build file's (Makefile, Dockerfile); named on
# the command line, any text file is checked.
PROSE_SUFFIXES = frozenset((".txt", ".text", *MARKDOWN_SUFFIXES, *SYNTAX_OF_SUFFIX))
_BUILD_FILE = re.compile(r"[A-Z][A-Za-z]*file")


@dataclass
class Outcome:
    """What processing one file produced, to print in the files' order."""

    out: list[str] = field(default_factory=list)
    err: list[str] = field(default_factory=list)
    found: bool = False
    failed: bool = False
    data: bytes | None = None  # for standard output as it is: ``fix -``'s text, a diff, in the input's encoding


# -- work on one file (runs in worker processes with --jobs) --------------------
_WORKER: dict[str, object] = {}


def _init_worker(settings: Settings, accept: frozenset[str]) -> None:
    from .pipeline import Normalizer

    _WORKER["settings"] = settings
    _WORKER["normalizer"] = Normalizer(
        accept=accept,
        style=settings.style,
        style_disabled=settings.style_disabled,
        min_confidence=settings.min_confidence,
    )


def _process(job: tuple[str, str, bool, bytes | None]) -> Outcome:
    """Check, fix or diff one path (``-`` with its stdin bytes)."""
    from .markup import ignored_spans
    from .textio import decode_bytes

    command, path, dry_run, stdin = job
    settings: Settings = _WORKER["settings"]  # type: ignore[assignment]
    normalizer = _WORKER["normalizer"]
    outcome = Outcome()
    # fix as a filter that cannot read or write its input passes it on as it came: an editor's
    # filter, or fix - < in > out, must not be left holding nothing
    passed_on = stdin if command == "fix" and not dry_run else None
    try:
        doc = decode_bytes(stdin, "-", settings.encoding) if stdin is not None else read_document(path, settings.encoding)
    except InputError as e:
        outcome.err.append(f"ejaan: {e}")
        outcome.failed = True
        outcome.data = passed_on
        return outcome
    shown = "<stdin>" if path == "-" else path
    ignored = ignored_spans(doc.text, _syntax(path, doc.text, settings))
    if command == "check":
        findings = normalizer.check(doc.text, ignored)  # type: ignore[attr-defined]
        render = report.json_lines if settings.format == "json" else report.text_lines
        outcome.out = render(shown, doc.text, findings)
        outcome.found = bool(findings)
        return outcome
    fixed, edits = normalizer.fix(doc.text, ignored)  # type: ignore[attr-defined]
    try:
        if command == "diff":
            outcome.data = _diff_bytes(shown, doc, fixed)
            outcome.found = outcome.data is not None
            return outcome
        changes = (report.json_change_lines if settings.format == "json" else report.change_lines)(shown, doc.text, edits)
        if path == "-" and not dry_run:  # a filter; with --dry-run, the change list as for a file
            outcome.data = encode_document(doc, fixed)  # the input's encoding and BOM, as a file keeps them
            outcome.err = changes
            return outcome
        if edits and not dry_run:
            encode_document(doc, fixed)  # refuse before touching the file
            write_document(doc, fixed)
    except InputError as e:
        outcome.err.append(f"ejaan: {e}")
        outcome.failed = True
        outcome.data = passed_on
        return outcome
    outcome.out = changes  # listed only once they are made (or, with --dry-run, would be)
    outcome.found = bool(edits)
    return outcome


def _syntax(path: str, text: str, settings: Settings) -> str:
    """What ``path`` is written in (``markup.SYNTAXES``): as ``--syntax`` says, or by its suffix
    (``auto``), Markdown as ``--markdown`` says."""
    from .markup import looks_like_markdown

    if settings.syntax != "auto":
        return settings.syntax
    markdown = settings.markdown
    lower = path.lower()
    by_suffix = SYNTAX_OF_SUFFIX.get(os.path.splitext(lower)[1])
    if by_suffix is not None:
        return by_suffix
    if markdown == "always":
        return "markdown"
    if markdown == "auto" and (lower.endswith(MARKDOWN_SUFFIXES) or (path == "-" and looks_like_markdown(text))):
        return "markdown"
    return "plain"


def _diff_bytes(shown: str, doc: Document, fixed: str) -> bytes | None:
    """The diff of ``fix``, in the bytes of the file it patches; None when nothing changes.

    A UTF-16/32 file's diff is UTF-8 with no BOM in its first line: patch
    cannot read such a file, so that diff is for reading.  The ``---``/``+++``
    lines name the file in the file system's bytes, as git does: a name that
    is no UTF-8 (``\xff.txt``, from an old share) is written as it is.
    """
    wide = doc.encoding.startswith(("utf-16", "utf-32"))
    diff = report.unified_diff(shown, doc.text, fixed, doc.bom and not wide)  # the BOM leads the diff's first line
    if not diff:
        return None
    names = len(report.diff_header(shown))  # not the first two newlines: a name may hold one
    head = os.fsencode(diff[:names])
    return head + (diff[names:].encode("utf-8") if wide else encode_document(replace(doc, bom=False), diff[names:]))


# -- the command line ------------------------------------------------------------
def _options(func):  # noqa: ANN001, ANN202 - a decorator stack
    decorators = [
        click.argument("paths", nargs=-1, type=click.Path(readable=False)),
        click.option("--format", "fmt", type=click.Choice(["text", "json"]), default=None, help="Output format of check's findings and fix's changes."),
        click.option("--no-style", is_flag=True, default=False, help="Turn off the KBBI/EYD style layer."),
        click.option("--style-disable", multiple=True, metavar="CATEGORY", help="Turn off one style category."),
        click.option("--min-confidence", type=float, default=None, help="Confidence (0-1) needed to apply a fix."),
        click.option("--accept", multiple=True, metavar="WORD", help="Accept WORD (case-insensitive)."),
        click.option("--word-list", multiple=True, metavar="FILE", help="Extra word list (one word a line)."),
        click.option("--exclude", multiple=True, metavar="GLOB", help="Skip paths matching GLOB."),
        click.option("--encoding", default=None, help="Read and write files in this encoding (default UTF-8)."),
        click.option("--markdown", type=click.Choice(["auto", "always", "never"]), default=None, help="Skip Markdown code and links (auto: by file suffix; on stdin, by its look)."),
        click.option("--syntax", type=click.Choice(["auto", *SYNTAXES]), default=None, help="Read every input as this (auto: by file suffix; for '-' from an editor, say which)."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, help="Worker processes for many files."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar, no change list on stderr."),
    ]
    for decorator in reversed(decorators):
        func = decorator(func)
    return func


def _settings(options: dict) -> tuple[Settings, frozenset[str]]:
    settings, _files = load_settings()
    settings = settings.merged(
        accept=options["accept"] or None,
        word_lists=options["word_list"] or None,
        exclude=options["exclude"] or None,
        style=False if options["no_style"] else None,
        style_disabled=options["style_disable"] or None,
        min_confidence=options["min_confidence"],
        format=options["fmt"],
        encoding=options["encoding"],
        markdown=options["markdown"],
        syntax=options["syntax"],
    )
    return settings, load_word_lists(settings)


def _expand(paths: Sequence[str], settings: Settings, errors: list[str]) -> Iterator[str]:
    """Files to process, each once: folders are walked for prose (``PROSE_SUFFIXES``), excluded paths skipped.

    A folder that cannot be read is put in ``errors``; in a walk, what is not
    a regular file (a named pipe, a socket, a device) is passed over, as
    reading one would block or never end.
    """
    seen: set[tuple[int, int]] = set()

    def unreadable(e: OSError) -> None:
        errors.append(f"ejaan: {e.filename}: cannot read folder ({textio.reason(e)})")

    for path in paths or ("-",):
        if path == "-":
            yield path
        elif os.path.isdir(path):
            for root, dirs, files in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not settings.is_excluded(os.path.join(root, d)))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if name.startswith(".") or settings.is_excluded(full) or not _walk_takes(name, full):
                        continue
                    st = _file_stat(full)  # once, for both questions
                    if _is_text_file(full, st, settings.encoding) and _first_time(st, seen):
                        yield full
        elif not settings.is_excluded(path) and _first_time(_file_stat(path), seen):
            yield path


def _suffix(name: str) -> str:
    """``name``'s suffix, lower-cased; a suffix of digits is none (``ANT-20261201.001``)."""
    suffix = os.path.splitext(name)[1]
    return "" if suffix[1:].isdigit() else suffix.lower()


def _walk_takes(name: str, path: str) -> bool:
    """A file a walk takes: a prose suffix (``PROSE_SUFFIXES``), or none, no build file's name and no script."""
    suffix = _suffix(name)
    if suffix:
        return suffix in PROSE_SUFFIXES
    return not _BUILD_FILE.fullmatch(name) and not _is_script(path)


def _is_script(path: str) -> bool:
    """A file that opens with ``#!``: a program, no copy."""
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"#!"
    except OSError:
        return False  # the reader reports it


def _file_stat(path: str) -> os.stat_result | None:
    """``path``'s stat (through a symlink), or None if it cannot be looked at."""
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def _first_time(st: os.stat_result | None, seen: set[tuple[int, int]]) -> bool:
    """The file of ``st`` was met under no other name (``a.txt ./a.txt``, a link to it).

    A file that cannot be looked at counts as new: reading it reports why.
    """
    if st is None:
        return True
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return False
    seen.add(key)
    return True


def _is_text_file(path: str, st: os.stat_result | None, encoding: str | None) -> bool:
    """A regular file with no NUL byte its encoding lacks (``textio.is_binary``): not a photo or a PDF.

    Other files are skipped quietly in a walk; named on the command line,
    they are an input error as before.  One that cannot be looked at counts
    as text, for the reader to report.
    """
    if st is None:
        return True
    if not stat.S_ISREG(st.st_mode):
        return False
    try:
        with open(path, "rb") as handle:
            return not textio.is_binary(handle.read(8192), encoding)
    except (OSError, ValueError):
        return True


def _run(command: str, options: dict, dry_run: bool = False) -> int:
    settings, accept = _settings(options)
    walk_errors: list[str] = []
    paths = list(_expand(options["paths"], settings, walk_errors))
    if paths.count("-") > 1:
        raise click.UsageError("standard input ('-') can be given only once")
    if command == "fix" and not dry_run and "-" in paths and len(paths) > 1:
        raise click.UsageError("fix - writes the fixed text to standard output; fix the files in a separate run")
    stdin = sys.stdin.buffer.read() if "-" in paths else None
    jobs = [(command, p, dry_run, stdin if p == "-" else None) for p in paths]
    progress = ProgressBar(len(jobs), enabled=not options["quiet"])
    status = EXIT_ERROR if walk_errors else EXIT_CLEAN
    for line in walk_errors:
        click.echo(line, err=True)
    for outcome in _map(jobs, settings, accept, options["jobs"]):
        if outcome.out or outcome.err or outcome.data is not None:
            progress.clear()
        for line in outcome.out:
            click.echo(line, nl=not line.endswith("\n"))
        if outcome.data is not None:
            sys.stdout.flush()
            sys.stdout.buffer.write(outcome.data)
            sys.stdout.flush()
        for line in outcome.err:
            if not (options["quiet"] and not outcome.failed):
                click.echo(line, err=True)
        if outcome.failed:
            status = EXIT_ERROR
        elif outcome.found and status == EXIT_CLEAN and not (command == "fix" and outcome.data is not None):
            status = EXIT_FOUND
        progress.advance()
    progress.clear()
    return status


def _map(jobs: list, settings: Settings, accept: frozenset[str], workers: int) -> Iterator[Outcome]:
    """Outcomes in the order of ``jobs``, in this process or a pool."""
    if workers <= 1 or len(jobs) <= 1:
        _init_worker(settings, accept)
        yield from map(_process, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(settings, accept)) as pool:
        yield from pool.map(_process, jobs, chunksize=max(1, min(32, len(jobs) // (workers * 8) or 1)))


def _exit(code: int) -> None:
    """End the command with ``code`` (click ignores return values)."""
    click.get_current_context().exit(code)


def _guarded(func):  # noqa: ANN001, ANN202 - a decorator
    """Configuration and input errors end the command with a message and exit 2."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        try:
            return func(*args, **kwargs)
        except (ConfigError, InputError) as e:
            click.echo(f"ejaan: {e}", err=True)
            _exit(EXIT_ERROR)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=__version__, prog_name="ejaan")
def cli() -> None:
    """Find and fix typos in Indonesian news copy.

    PATHS are files or folders; '-' (or nothing) reads standard input.
    Configuration is read from [tool.ejaan] in pyproject.toml, [ejaan] in
    setup.cfg and .ejaan.toml; options override it.
    """


@cli.command()
@click.option("-w", "--write-changes", is_flag=True, help="Write the confident fixes, as fix does (codespell's and typos' spelling).")
@_options
@_guarded
def check(write_changes: bool, **options: object) -> None:
    """Report misspelled words as path:line:col: word -> suggestion (kind)."""
    if not write_changes:
        _exit(_run("check", options))
    paths = options["paths"]
    if not paths or "-" in paths:  # type: ignore[operator]
        raise click.UsageError("-w writes files; for standard input use 'ejaan fix -'")
    written = _run("fix", options, dry_run=False)
    # then what fix left, the words only flagged, as check reports them: exit 1 while any stands
    _exit(written if written == EXIT_ERROR else max(written, _run("check", options)))


@cli.command()
@click.option("-n", "--dry-run", is_flag=True, help="Show the changes, write nothing.")
@_options
@_guarded
def fix(dry_run: bool, **options: object) -> None:
    """Apply the confident fixes; files are rewritten, '-' goes to stdout."""
    _exit(_run("fix", options, dry_run=dry_run))


@cli.command()
@_options
@_guarded
def diff(**options: object) -> None:
    """Show what fix would change, as a unified diff."""
    _exit(_run("diff", options))


@cli.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--word-list", "target", type=click.Path(dir_okay=False), default=None, help=f"List to add to (default: the configured one, else {DEFAULT_WORD_LIST}).")
@_guarded
def add(words: tuple[str, ...], target: str | None) -> None:
    """Add WORDS to the repository's word list (sorted, no duplicates)."""
    settings, _ = load_settings(check_word_lists=False)
    if target is None:
        target = settings.word_lists[0] if settings.word_lists else str(Path(settings.config_dir or repository_root(Path.cwd())) / DEFAULT_WORD_LIST)
    added = add_words(Path(target), words)
    for word in words:  # each word said once, in the order given
        if added and word.strip() == added[0]:
            click.echo(f"{target}: added {added.pop(0)}")
        else:
            click.echo(f"{target}: already has {word.strip()}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``ejaan`` with ``argv``; returns the exit code instead of exiting."""
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="ejaan", standalone_mode=False)
    except click.ClickException as e:
        e.show()
        return EXIT_ERROR
    except click.exceptions.Abort:
        click.echo("ejaan: aborted", err=True)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
    except OSError as e:  # writing the findings, the text or the diff failed (a full disk)
        click.echo(f"ejaan: cannot write the output ({textio.reason(e)})", err=True)
        return EXIT_ERROR
    return result if isinstance(result, int) else EXIT_CLEAN


def run() -> NoReturn:
    """The ``ejaan`` command itself: ``main``, then a quick exit.

    When ``main`` returns, every file is written and closed; what is left
    is Python freeing the process's objects one by one (word tables,
    memos), about 20 ms of every start that the operating system does at
    once.  The standard streams are flushed first.  Under a profiler,
    debugger or coverage the exit is the ordinary one.
    """
    code = main()
    if _watched():
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except OSError:  # a closed pipe (ejaan check | head): nothing more can be said
        code = EXIT_ERROR
    os._exit(code)


def _watched() -> bool:
    """A profiler, debugger or coverage is attached: they report at a normal exit, so give them one."""
    return sys.gettrace() is not None or sys.getprofile() is not None or "coverage" in sys.modules

