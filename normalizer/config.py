"""Repository configuration: one place a desk records its house rules.

A desk keeps its names and terms in word lists and its preferences in
``pyproject.toml`` (``[tool.ejaan]``), ``setup.cfg`` (``[ejaan]``) or
``.ejaan.toml``, so every editor and the CI job check copy the same way.
Mistakes in these files are reported with the file and key at fault rather
than ignored: a silently dropped ``accept`` list would let ejaan "fix" the
names the desk asked it to leave alone.
"""
from __future__ import annotations

import codecs
import dataclasses
import math
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Callable, Iterable

from .findings import DEFAULT_MIN_CONFIDENCE, STYLE_CATEGORIES
from .markup import SYNTAXES
from .textio import _LATIN1_HINT, Document, InputError, read_document, write_document

if TYPE_CHECKING:
    import configparser

CONFIG_FILES = ("pyproject.toml", "setup.cfg", ".ejaan.toml")  # read in this order
DEFAULT_WORD_LIST = ".ejaan-words.txt"  # used when no word-lists are configured


class ConfigError(Exception):
    """A configuration file or option is wrong; the message names file and key."""


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with the defaults used when nothing is set.

    ``accept`` holds casefolded words; ``word_lists`` holds absolute paths;
    ``exclude`` holds glob patterns, matched by :meth:`is_excluded` relative to
    ``config_dir`` (the directory of the configuration file, if any).
    """

    accept: frozenset[str] = frozenset()
    word_lists: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    style: bool = True
    style_disabled: frozenset[str] = frozenset()
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    format: str = "text"
    encoding: str | None = None
    markdown: str = "auto"
    syntax: str = "auto"
    config_dir: str | None = None

    def merged(self, **overrides: Any) -> Settings:
        """Apply command-line options on top; ``None`` means "not given".

        Collections (``accept``, ``word_lists``, ``exclude``,
        ``style_disabled``) are added to what the files set; other options
        replace it.  Relative word-list paths are taken from the current
        directory.  Bad values raise ConfigError naming the ``--option``.
        """
        names = {f.name for f in dataclasses.fields(self)} - {"config_dir"}
        source = _Source("command line:", Path.cwd(), ini=False, option=True)
        changes: dict[str, Any] = {}
        for name, value in overrides.items():
            if name not in names:
                raise TypeError(f"Settings.merged() got an unknown option {name!r}")
            if value is None:
                continue
            if isinstance(value, (str, PurePath)) and name in ("accept", "word_lists", "exclude", "style_disabled"):
                value = [str(value)]
            if isinstance(value, (list, tuple, set, frozenset)):
                value = [str(v) if isinstance(v, PurePath) else v for v in value]
            key = name.replace("_", "-")
            parsed = _PARSERS[key](source, key, value)
            old = getattr(self, name)
            if isinstance(old, frozenset):
                parsed = old | parsed
            elif isinstance(old, tuple):
                parsed = old + tuple(p for p in parsed if p not in old)
            changes[name] = parsed
        return dataclasses.replace(self, **changes)

    def is_excluded(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``path`` matches an ``exclude`` pattern (gitignore-like).

        A pattern without ``/`` matches any file or folder name in the path
        (``*.md``, ``arsip``); one with ``/`` matches the path relative to the
        configuration directory, or a folder above the file (``arsip/2015``).
        """
        full = Path(os.path.abspath(path))
        base = Path(self.config_dir) if self.config_dir else Path.cwd()
        try:
            parts = full.relative_to(base).parts
        except ValueError:
            parts = full.parts[1:]
        for pattern in self.exclude:
            pat = pattern.strip().strip("/")
            while pat.startswith("**/"):
                pat = pat[3:]
            if not pat:
                continue
            if "/" not in pat:
                if any(fnmatchcase(part, pat) for part in parts):
                    return True
            elif any(fnmatchcase("/".join(parts[:i]), pat) for i in range(1, len(parts) + 1)):
                return True
        return False


def load_settings(
    start: Path | None = None, *, check_word_lists: bool = True
) -> tuple[Settings, list[Path]]:
    """Find and read the configuration for ``start`` (default: the cwd).

    Walks up to the repository root (the first folder holding ``.git``) and
    uses the nearest folder that has ejaan configuration, reading its
    ``pyproject.toml``, ``setup.cfg`` and ``.ejaan.toml`` in that order, later
    keys overriding earlier ones.  Returns the settings and the files read.
    ``check_word_lists=False`` lets ``ejaan add`` create a listed word list
    that does not exist yet.

    When no ``word-lists`` are configured, :data:`DEFAULT_WORD_LIST` (the file
    ``ejaan add`` writes) is used if it exists in the configuration folder,
    or, without configuration, in the repository root (else ``start``).
    """
    here = Path(os.path.abspath(start if start is not None else Path.cwd()))
    if not here.is_dir():
        here = here.parent
    for folder in (here, *here.parents):
        found = [(path, table) for path in (folder / n for n in CONFIG_FILES)
                 if (table := _ejaan_table(path)) is not None]
        if found:
            values: dict[str, Any] = {}
            for path, table in found:
                values.update(_parse_table(path, table, check_word_lists))
            if "word_lists" not in values:
                values["word_lists"] = _default_word_list(folder)
            return Settings(**values, config_dir=str(folder)), [p for p, _ in found]
        if (folder / ".git").exists():
            break
    return Settings(word_lists=_default_word_list(repository_root(here))), []


def repository_root(start: Path) -> Path:
    """The first folder from ``start`` up that holds ``.git``, else ``start``."""
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def _default_word_list(folder: Path) -> tuple[str, ...]:
    path = folder / DEFAULT_WORD_LIST
    return (str(path),) if path.is_file() else ()


def load_word_lists(settings: Settings) -> frozenset[str]:
    """All accepted words, casefolded: the word lists' entries plus ``accept``."""
    words = set(settings.accept)
    for path in settings.word_lists:
        for line in _read_word_list(path).text.splitlines():
            words.update(w.casefold() for w in _entry(line).split())
    return frozenset(words)


def add_words(path: Path, words: Iterable[str]) -> list[str]:
    """Add ``words`` to the word list at ``path``; return those that were new.

    The file is created if missing.  Each new word goes in before the first
    entry that sorts after it (case-insensitively), so a list ``ejaan add``
    keeps stays sorted, and every other line stays byte for byte as it was:
    comments, blank lines, a line of two words, the line endings, encoding
    and BOM.  A word any line already holds, in any case, is not added.  The
    file is replaced atomically, under a lock on its folder where the system
    has one, so that two ``ejaan add`` at once both land; a file that gains
    nothing is not rewritten.
    """
    wanted = []
    for word in words:
        word = word.strip()
        if not word or word.startswith("#") or re.search(r"\s", word):
            raise ConfigError(
                f"cannot add {word!r} to {_show_path(path)}: give one word at a time, "
                "without spaces and not starting with '#'"
            )
        wanted.append(word)
    path = Path(path)
    with _folder_lock(Path(os.path.realpath(path)).parent):  # where the write replaces it, through a link too
        if path.exists():
            doc = _read_word_list(str(path))
        else:
            doc = Document(path=str(path), text="", encoding="utf-8", bom=False)
        lines = re.findall(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$", doc.text)  # each with its ending
        known = {w.casefold() for line in lines for w in _entry(line).split()}
        new = []
        for word in wanted:
            if word.casefold() not in known:
                known.add(word.casefold())
                new.append(word)
        if new:
            newline = _newline_of(doc.text)
            if lines and not lines[-1].endswith(("\n", "\r")):
                lines[-1] += newline
            for word in new:
                key = (word.casefold(), word)
                at = next((i for i, line in enumerate(lines) if (entry := _entry(line)) and (entry.casefold(), entry) > key),
                          len(lines))
                lines.insert(at, word + newline)
            try:
                write_document(doc, "".join(lines))
            except InputError as e:
                raise ConfigError(str(e)) from None
    return new


def _newline_of(text: str) -> str:
    """The line ending ``text`` uses most (LF for an empty one)."""
    crlf = text.count("\r\n")
    endings = {"\n": text.count("\n") - crlf, "\r\n": crlf, "\r": text.count("\r") - crlf}
    return max(endings, key=lambda e: (endings[e], e == "\n"))


@contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``folder`` (flock on its descriptor): no stray lock file is left.

    Where there is no flock (Windows, NFS without a lock daemon), or the
    folder cannot be opened (missing: the write then says so), nothing is locked.
    """
    try:
        import fcntl

        fd = os.open(folder, os.O_RDONLY)
    except (ImportError, OSError):
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass  # ENOLCK, EOPNOTSUPP: this file system locks nothing; write as without one
        yield
    finally:
        os.close(fd)


# --- reading files --------------------------------------------------------------

@dataclass(frozen=True)
class _Source:
    """Where values come from: for messages and for resolving relative paths."""

    prefix: str  # "setup.cfg: [ejaan]", ".ejaan.toml:", "command line:"
    base: Path
    ini: bool
    option: bool = False

    def key(self, key: str) -> str:
        return f"'--{_OPTION_NAMES.get(key, key)}'" if self.option else f"'{key}'"


#: Settings whose command-line option is named otherwise (it takes one value each time).
_OPTION_NAMES = {"style-disabled": "style-disable", "word-lists": "word-list"}


def _ejaan_table(path: Path) -> dict[str, Any] | None:
    """The ejaan settings in ``path``, or None if it has none (or is absent)."""
    if not path.is_file():
        return None
    text = _read_text(path)
    shown = _show_path(path)
    # The parsers are imported here, not at the top: most runs find no
    # config file, and a pre-commit hook's start-up counts every millisecond.
    if path.name == "setup.cfg":
        import configparser

        if not re.search(r"^\s*\[\s*ejaan\b", text, re.M | re.I):
            return None  # a broken "[ejaan" header is ours, and reported below
        # "; comment" and "# comment" after a value, as in flake8's section: else
        # "accept = tereoris ; nama menteri" would accept ";", "nama" and "menteri"
        parser = configparser.ConfigParser(interpolation=None, strict=True, inline_comment_prefixes=("#", ";"))
        try:
            parser.read_string(text, source=shown)
        except configparser.Error as e:
            raise ConfigError(f"{shown}: invalid INI syntax: {_ini_error(e, text)}") from None
        ours = [name for name in parser.sections() if name.lower() == "ejaan"]  # [Ejaan] is no other tool's
        if len(ours) > 1:
            raise ConfigError(f"{shown}: two ejaan sections, {' and '.join(f'[{name}]' for name in ours)}")
        return dict(parser[ours[0]]) if ours else None
    if path.name == "pyproject.toml" and "ejaan" not in text:
        return None  # someone else's pyproject: not ours to judge
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - exercised on 3.10 only
        import tomli as tomllib
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{shown}: invalid TOML: {e}") from None
    if path.name == ".ejaan.toml":
        return data
    tool = data.get("tool", {})
    if not isinstance(tool, dict) or "ejaan" not in tool:
        return None
    if not isinstance(tool["ejaan"], dict):
        raise ConfigError(f"{shown}: [tool.ejaan] must be a table of settings")
    return tool["ejaan"]


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError(f"{_show_path(path)}: not valid UTF-8 (byte offset {e.start})") from None
    except OSError as e:
        raise ConfigError(f"{_show_path(path)}: cannot read ({e.strerror or e})") from None


def _ini_error(e: configparser.Error, text: str) -> str:
    import configparser

    lines = text.splitlines()

    def quote(lineno: int) -> str:
        return repr(lines[lineno - 1].strip()) if 0 < lineno <= len(lines) else ""

    if isinstance(e, configparser.MissingSectionHeaderError):
        return f"line {e.lineno}: {quote(e.lineno)} comes before any [section] header"
    if isinstance(e, configparser.ParsingError) and getattr(e, "errors", None):
        lineno = e.errors[0][0]
        return f"line {lineno}: {quote(lineno)} is not a 'key = value' line"
    if isinstance(e, configparser.DuplicateOptionError):
        return f"[{e.section}] key {e.option!r} appears twice (line {e.lineno})"
    if isinstance(e, configparser.DuplicateSectionError):
        return f"section [{e.section}] appears twice (line {e.lineno})"
    return " ".join(str(e).split())


def _parse_table(path: Path, table: dict[str, Any], check_word_lists: bool) -> dict[str, Any]:
    """Validate one file's settings into Settings field values."""
    shown = _show_path(path)
    section = {"pyproject.toml": " [tool.ejaan]", "setup.cfg": " [ejaan]"}.get(path.name, "")
    source = _Source(f"{shown}:{section}", path.parent, ini=path.name == "setup.cfg")
    values = {}
    spelled: dict[str, str] = {}
    for raw_key, value in table.items():
        key = str(raw_key).strip().lower().replace("_", "-")
        if key in spelled:  # min_confidence and min-confidence side by side: which one was meant?
            raise ConfigError(f"{source.prefix} {key!r} is given twice, as {spelled[key]!r} and {str(raw_key)!r}")
        spelled[key] = str(raw_key)
        if key not in _PARSERS:
            import difflib

            close = difflib.get_close_matches(key, _PARSERS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise ConfigError(
                f"{source.prefix} unknown key {str(raw_key)!r}{hint} (known keys: {', '.join(_PARSERS)})"
            )
        if key == "word-lists" and not check_word_lists:
            values["word_lists"] = tuple(str(p) for p in _paths_unchecked(source, key, value))
        else:
            values[key.replace("-", "_")] = _PARSERS[key](source, key, value)
    return values


def _read_word_list(path: str) -> Document:
    try:
        return read_document(path)
    except InputError as e:
        message = str(e).replace(_LATIN1_HINT, "(word lists must be saved as UTF-8)")
        raise ConfigError(f"word list {message}") from None


def _entry(line: str) -> str:
    """The word(s) on a word-list line: no comment, no surrounding space."""
    line = line.strip()
    if line.startswith("#"):
        return ""
    return re.split(r"\s#", line, maxsplit=1)[0].strip()


def _show_path(path: Path | str) -> str:
    """A path relative to the cwd when it is below it, else absolute."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


# --- value parsers: one per key ----------------------------------------------------

def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def _fail(src: _Source, key: str, must: str, value: Any) -> ConfigError:
    return ConfigError(f"{src.prefix} {src.key(key)} must be {must}, got {_show(value)}")


def _strings(src: _Source, key: str, value: Any, what: str = "a list of words") -> list[str]:
    if isinstance(value, str):  # a TOML string is read as setup.cfg's: "Kartapolov, Sneisil"
        items = re.split(r"[,\n]", value)
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = value
    else:
        raise _fail(src, key, what, value)
    return [item.strip() for item in items if item.strip()]


def _words(src: _Source, key: str, value: Any) -> frozenset[str]:
    return frozenset(w.casefold() for item in _strings(src, key, value) for w in item.split())


def _categories(src: _Source, key: str, value: Any) -> frozenset[str]:
    """Style categories; a misspelt one (``loanwords``) is an error, not a silent no-op."""
    names = frozenset(s.strip().lower() for s in _strings(src, key, value, "a list of style categories"))
    unknown = sorted(names - set(STYLE_CATEGORIES))
    if unknown:
        raise _fail(src, key, "style categories (" + ", ".join(STYLE_CATEGORIES) + ")", ", ".join(unknown))
    return names


def _globs(src: _Source, key: str, value: Any) -> tuple[str, ...]:
    return tuple(_strings(src, key, value, "a list of path patterns"))


def _paths_unchecked(src: _Source, key: str, value: Any) -> list[Path]:
    items = _strings(src, key, value, "a list of file paths")
    return [Path(os.path.abspath(src.base / os.path.expanduser(p))) for p in items]


def _paths(src: _Source, key: str, value: Any) -> tuple[str, ...]:
    paths = _paths_unchecked(src, key, value)
    for path in paths:
        if not path.is_file():
            state = "is a folder, not a file" if path.is_dir() else "does not exist"
            raise ConfigError(f"{src.prefix} {src.key(key)}: word list {_show_path(path)} {state}")
    return tuple(str(p) for p in paths)


_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def _bool(src: _Source, key: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if src.ini and isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _fail(src, key, "true or false", value)


def _confidence(src: _Source, key: str, value: Any) -> float:
    number: float | None = None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number = float(value)
    elif isinstance(value, str) and (src.ini or src.option):
        try:
            number = float(value)
        except ValueError:
            pass
    if number is None or math.isnan(number) or not 0 <= number <= 1:
        raise _fail(src, key, "a number between 0 and 1", value)
    return number


def _choice(*choices: str) -> Callable[[_Source, str, Any], str]:
    def parse(src: _Source, key: str, value: Any) -> str:
        if isinstance(value, str) and value.strip().lower() in choices:
            return value.strip().lower()
        raise _fail(src, key, " or ".join(f'"{c}"' for c in choices), value)

    return parse


def _markdown(src: _Source, key: str, value: Any) -> str:
    if isinstance(value, bool) or (src.ini and isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE):
        return "always" if _bool(src, key, value) else "never"
    return _choice("auto", "always", "never")(src, key, value)


def _encoding(src: _Source, key: str, value: Any) -> str:
    if isinstance(value, str) and value.strip():
        try:
            codecs.lookup(value.strip())
            return value.strip()
        except LookupError:
            pass
    raise _fail(src, key, "an encoding name such as utf-8, latin-1 or cp1252", value)


_PARSERS: dict[str, Callable[[_Source, str, Any], Any]] = {
    "accept": _words,
    "word-lists": _paths,
    "exclude": _globs,
    "style": _bool,
    "style-disabled": _categories,
    "min-confidence": _confidence,
    "format": _choice("text", "json"),
    "encoding": _encoding,
    "markdown": _markdown,
    "syntax": _choice("auto", *SYNTAXES),
}
