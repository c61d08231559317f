"""Configuration is read from the right file, in the right order, or refused loudly."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from normalizer.config import (
    ConfigError,
    Settings,
    add_words,
    load_settings,
    load_word_lists,
)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """An empty repository that is also the current directory."""
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_config(repo):
    settings, files = load_settings(repo)
    assert settings == Settings()
    assert files == []
    assert (settings.style, settings.min_confidence, settings.format, settings.markdown) == (True, 0.9, "text", "auto")


def test_pyproject(repo):
    write(repo / "pyproject.toml", """
[project]
name = "redaksi"

[tool.ejaan]
accept = ["Kartapolov", "Sneisil"]
exclude = ["arsip/*", "*.csv"]
style = false
style-disabled = ["Compound"]
min-confidence = 0.75
format = "json"
encoding = "latin-1"
markdown = "always"
""")
    settings, files = load_settings(repo)
    assert files == [repo / "pyproject.toml"]
    assert settings.accept == {"kartapolov", "sneisil"}
    assert settings.exclude == ("arsip/*", "*.csv")
    assert settings.style is False
    assert settings.style_disabled == {"compound"}
    assert settings.min_confidence == 0.75
    assert (settings.format, settings.encoding, settings.markdown) == ("json", "latin-1", "always")
    assert settings.config_dir == str(repo)


def test_pyproject_without_ejaan_section_is_not_config(repo):
    write(repo / "pyproject.toml", '[project]\nname = "ejaan-user"\n')
    assert load_settings(repo) == (Settings(), [])


def test_setup_cfg(repo):
    write(repo / "setup.cfg", """
[metadata]
name = redaksi

[ejaan]
accept =
    Kartapolov
    Sneisil, Latakia
style = no
style_disabled = compound, Particle
min-confidence = 0.95
format = JSON
markdown = never
""")
    settings, files = load_settings(repo)
    assert files == [repo / "setup.cfg"]
    assert settings.accept == {"kartapolov", "sneisil", "latakia"}
    assert settings.style is False
    assert settings.style_disabled == {"compound", "particle"}
    assert settings.min_confidence == 0.95
    assert settings.format == "json"
    assert settings.markdown == "never"


@pytest.mark.parametrize("text,expected", [("1", True), ("yes", True), ("TRUE", True), ("0", False), ("off", False)])
def test_setup_cfg_booleans(repo, text, expected):
    write(repo / "setup.cfg", f"[ejaan]\nstyle = {text}\n")
    assert load_settings(repo)[0].style is expected


def test_ejaan_toml(repo):
    write(repo / ".ejaan.toml", 'accept = ["Moskow"]\nmin-confidence = 1\n')
    settings, files = load_settings(repo)
    assert files == [repo / ".ejaan.toml"]
    assert settings.accept == {"moskow"}
    assert settings.min_confidence == 1.0


def test_override_order(repo):
    write(repo / "pyproject.toml", '[tool.ejaan]\nformat = "json"\nmin-confidence = 0.5\naccept = ["a"]\n')
    write(repo / "setup.cfg", "[ejaan]\nmin-confidence = 0.6\naccept = b\n")
    write(repo / ".ejaan.toml", "accept = ['c']\n")
    settings, files = load_settings(repo)
    assert files == [repo / "pyproject.toml", repo / "setup.cfg", repo / ".ejaan.toml"]
    assert settings.format == "json"  # only pyproject sets it
    assert settings.min_confidence == 0.6  # setup.cfg beats pyproject
    assert settings.accept == {"c"}  # .ejaan.toml beats both


def test_walks_up_to_nearest_config(repo):
    write(repo / ".ejaan.toml", "accept = ['atas']\n")
    sub = repo / "desk" / "politik"
    sub.mkdir(parents=True)
    settings, files = load_settings(sub)
    assert files == [repo / ".ejaan.toml"]
    assert settings.accept == {"atas"}

    write(repo / "desk" / ".ejaan.toml", "accept = ['desk']\n")
    settings, files = load_settings(sub)
    assert files == [repo / "desk" / ".ejaan.toml"]  # nearest folder wins, no mixing
    assert settings.accept == {"desk"}


def test_walk_stops_at_git_root(tmp_path):
    write(tmp_path / ".ejaan.toml", "accept = ['luar']\n")
    inner = tmp_path / "proyek"
    (inner / ".git").mkdir(parents=True)
    (inner / "naskah").mkdir()
    assert load_settings(inner / "naskah") == (Settings(), [])


def test_start_may_be_a_file(repo):
    write(repo / ".ejaan.toml", "format = 'json'\n")
    story = write(repo / "naskah" / "berita.txt", "teks\n")
    assert load_settings(story)[0].format == "json"


def test_default_start_is_cwd(repo):
    write(repo / ".ejaan.toml", "format = 'json'\n")
    assert load_settings()[0].format == "json"


def test_malformed_toml(repo):
    write(repo / ".ejaan.toml", "accept = ['a'\nformat = 'json'\n")
    with pytest.raises(ConfigError, match=r"^\.ejaan\.toml: invalid TOML: .*line"):
        load_settings(repo)


def test_malformed_pyproject(repo):
    write(repo / "pyproject.toml", "[tool.ejaan]\nstyle = \n")
    with pytest.raises(ConfigError, match=r"^pyproject\.toml: invalid TOML: .*line 2"):
        load_settings(repo)


def test_malformed_setup_cfg(repo):
    write(repo / "setup.cfg", "[ejaan]\naccept = a\nthis line is not ini\n[ejaan\n")
    with pytest.raises(ConfigError) as err:
        load_settings(repo)
    assert str(err.value) == "setup.cfg: invalid INI syntax: line 3: 'this line is not ini' is not a 'key = value' line"


def test_a_broken_ejaan_header_in_setup_cfg_is_an_error_not_an_ignored_section(repo):
    write(repo / "setup.cfg", "[metadata]\nname = x\n[ejaan\naccept = deengan\n")
    with pytest.raises(ConfigError, match=r"^setup\.cfg: invalid INI syntax: line 3: '\[ejaan'"):
        load_settings(repo)


def test_a_toml_string_of_words_is_read_as_setup_cfg_reads_it(repo):
    # "deengan, malawan" is two words, not "deengan," and "malawan"
    write(repo / ".ejaan.toml", 'accept = "deengan, malawan"\n')
    settings, _ = load_settings(repo)
    assert settings.accept == {"deengan", "malawan"}


def test_setup_cfg_key_before_section(repo):
    write(repo / "setup.cfg", "accept = a\n[ejaan]\n")
    with pytest.raises(ConfigError) as err:
        load_settings(repo)
    assert str(err.value) == "setup.cfg: invalid INI syntax: line 1: 'accept = a' comes before any [section] header"


def test_duplicate_key_in_setup_cfg(repo):
    write(repo / "setup.cfg", "[ejaan]\nstyle = true\nstyle = false\n")
    with pytest.raises(ConfigError, match=r"setup\.cfg: invalid INI syntax: \[ejaan\] key 'style' appears twice"):
        load_settings(repo)


def test_setup_cfg_takes_inline_comments_and_its_section_in_any_case(repo):
    # "; nama menteri" was read as three accepted words, and [Ejaan] was ignored without a word
    write(repo / "setup.cfg", "[Ejaan]\naccept = tereoris ; nama menteri\nmin_confidence = 0.95 # tegas\n")
    settings, _ = load_settings(repo)
    assert settings.accept == {"tereoris"} and settings.min_confidence == 0.95
    write(repo / "setup.cfg", "[ejaan]\naccept = a\n[EJAAN]\naccept = b\n")
    with pytest.raises(ConfigError, match=r"^setup\.cfg: two ejaan sections, \[ejaan\] and \[EJAAN\]$"):
        load_settings(repo)


def test_one_key_spelled_two_ways_is_an_error(repo):
    write(repo / "pyproject.toml", "[tool.ejaan]\nmin_confidence = 0.5\nmin-confidence = 0.99\n")
    with pytest.raises(ConfigError, match=r"'min-confidence' is given twice, as 'min_confidence' and 'min-confidence'"):
        load_settings(repo)


def test_unknown_key_names_file_key_and_suggestion(repo):
    write(repo / "setup.cfg", "[ejaan]\nacept = Moskow\n")
    with pytest.raises(ConfigError) as err:
        load_settings(repo)
    msg = str(err.value)
    assert msg.startswith("setup.cfg: [ejaan] unknown key 'acept'; did you mean 'accept'?")
    assert "known keys: accept, word-lists, exclude" in msg


def test_unknown_key_in_pyproject(repo):
    write(repo / "pyproject.toml", "[tool.ejaan]\nminconfidence = 0.5\n")
    with pytest.raises(ConfigError, match=r"^pyproject\.toml: \[tool\.ejaan\] unknown key 'minconfidence'; did you mean 'min-confidence'\?"):
        load_settings(repo)


@pytest.mark.parametrize(
    "line,message",
    [
        ("min-confidence = 'high'", r"\.ejaan\.toml: 'min-confidence' must be a number between 0 and 1, got 'high'$"),
        ("min-confidence = 1.5", r"'min-confidence' must be a number between 0 and 1, got 1\.5$"),
        ("min-confidence = true", r"'min-confidence' must be a number between 0 and 1, got true$"),
        ("style = 'yes'", r"'style' must be true or false, got 'yes'$"),
        ("format = 'xml'", r"'format' must be \"text\" or \"json\", got 'xml'$"),
        ("markdown = 'kadang'", r"'markdown' must be \"auto\" or \"always\" or \"never\", got 'kadang'$"),
        ("encoding = 'latin-9000'", r"'encoding' must be an encoding name"),
        ("accept = [1, 2]", r"'accept' must be a list of words, got \[1, 2\]$"),
        ("exclude = 3", r"'exclude' must be a list of path patterns, got 3$"),
    ],
)
def test_bad_values(repo, line, message):
    write(repo / ".ejaan.toml", line + "\n")
    with pytest.raises(ConfigError, match=message):
        load_settings(repo)


def test_bad_value_in_setup_cfg(repo):
    write(repo / "setup.cfg", "[ejaan]\nmin-confidence = high\n")
    with pytest.raises(ConfigError) as err:
        load_settings(repo)
    assert str(err.value) == "setup.cfg: [ejaan] 'min-confidence' must be a number between 0 and 1, got 'high'"


def test_accept_is_case_insensitive(repo):
    write(repo / ".ejaan.toml", "accept = ['KARTAPOLOV', 'Bashar al-Assad']\n")
    settings, _ = load_settings(repo)
    words = load_word_lists(settings)
    assert "kartapolov" in words and "Kartapolov".casefold() in words
    assert {"bashar", "al-assad"} <= words


def test_word_lists_relative_to_config_dir(repo, monkeypatch):
    write(repo / "kamus" / "nama.txt", "# Nama tokoh\nKartapolov\n\nSneisil  # desa di Homs\n")
    write(repo / "desk" / ".ejaan.toml", "word-lists = ['../kamus/nama.txt']\naccept = ['Latakia']\n")
    monkeypatch.chdir(repo / "desk")
    settings, _ = load_settings()
    assert settings.word_lists == (str(repo / "kamus" / "nama.txt"),)
    assert load_word_lists(settings) == {"kartapolov", "sneisil", "latakia"}


def test_missing_word_list_is_an_error(repo):
    write(repo / "setup.cfg", "[ejaan]\nword-lists = kamus.txt\n")
    with pytest.raises(ConfigError, match=r"^setup\.cfg: \[ejaan\] 'word-lists': word list kamus\.txt does not exist$"):
        load_settings(repo)
    settings, _ = load_settings(repo, check_word_lists=False)
    assert settings.word_lists == (str(repo / "kamus.txt"),)


def test_word_list_not_utf8(repo):
    (repo / "kamus.txt").write_bytes("café\n".encode("latin-1"))
    write(repo / ".ejaan.toml", "word-lists = ['kamus.txt']\n")
    settings, _ = load_settings(repo)
    with pytest.raises(ConfigError, match=r"word list .*kamus\.txt: not valid UTF-8.*\(word lists must be saved as UTF-8\)"):
        load_word_lists(settings)


def test_merged_overrides(repo):
    write(repo / "extra.txt", "Homs\n")
    base = Settings(accept=frozenset({"moskow"}), exclude=("*.csv",), min_confidence=0.9)
    merged = base.merged(
        accept=("Aleppo",), exclude=None, min_confidence=0.5, format=None, word_lists=[Path("extra.txt")], style=False
    )
    assert merged.accept == {"moskow", "aleppo"}
    assert merged.exclude == ("*.csv",)
    assert merged.min_confidence == 0.5
    assert merged.format == "text"
    assert merged.style is False
    assert merged.word_lists == (str(repo / "extra.txt"),)
    assert base.min_confidence == 0.9  # settings are immutable
    assert merged.merged(exclude="*.md", style_disabled={"Compound"}).exclude == ("*.csv", "*.md")
    assert base.merged(min_confidence="0.7", format="JSON").min_confidence == 0.7


def test_merged_rejects_bad_values():
    with pytest.raises(ConfigError, match=r"^command line: '--min-confidence' must be a number between 0 and 1, got 2$"):
        Settings().merged(min_confidence=2)
    with pytest.raises(ConfigError, match=r"'--word-list': word list .*tidak-ada\.txt does not exist"):
        Settings().merged(word_lists=["tidak-ada.txt"])
    with pytest.raises(TypeError):
        Settings().merged(colour="red")


def test_is_excluded(repo):
    write(repo / ".ejaan.toml", "exclude = ['arsip', '*.csv', 'desk/draf/*', '/naskah/lama.txt']\n")
    settings, _ = load_settings(repo)
    assert settings.is_excluded("arsip/2015/berita.txt")
    assert settings.is_excluded(repo / "data" / "angka.csv")
    assert settings.is_excluded("desk/draf/a.txt")
    assert settings.is_excluded("naskah/lama.txt")
    assert not settings.is_excluded("naskah/baru.txt")
    assert not settings.is_excluded("desk/berita.txt")


def test_add_words_creates_sorts_and_dedups(tmp_path):
    path = tmp_path / "kamus.txt"
    assert add_words(path, ["Sneisil", "kartapolov", "Aleppo", "aleppo"]) == ["Sneisil", "kartapolov", "Aleppo"]
    assert path.read_text() == "Aleppo\nkartapolov\nSneisil\n"
    assert add_words(path, ["KARTAPOLOV", "Homs"]) == ["Homs"]
    assert path.read_text() == "Aleppo\nHoms\nkartapolov\nSneisil\n"


def test_add_words_inserts_in_place_and_keeps_every_other_byte(tmp_path):
    path = tmp_path / "kamus.txt"
    path.write_bytes(b"# Kamus redaksi\r\n# satu kata per baris\r\n\r\nAssad\r\nBeirut  # ibu kota\r\n\r\n# tokoh\r\nZaitun\r\n")
    before = os.stat(path).st_mtime_ns
    assert add_words(path, ["assad", "BEIRUT"]) == []
    assert os.stat(path).st_mtime_ns == before  # nothing new: file not rewritten
    assert add_words(path, ["Damaskus", "Aleppo"]) == ["Damaskus", "Aleppo"]
    assert path.read_bytes() == (
        b"# Kamus redaksi\r\n# satu kata per baris\r\n\r\nAleppo\r\nAssad\r\nBeirut  # ibu kota\r\n\r\n# tokoh\r\n"
        b"Damaskus\r\nZaitun\r\n"
    )


def test_add_words_knows_every_word_of_a_line_and_keeps_lone_crs_and_a_missing_last_newline(tmp_path):
    path = tmp_path / "kamus.txt"
    path.write_bytes(b"Kartapolov Sneisil\rLatakia")
    assert add_words(path, ["sneisil", "Homs", "Tartus"]) == ["Homs", "Tartus"]
    assert path.read_bytes() == b"Homs\rKartapolov Sneisil\rLatakia\rTartus\r"


def test_two_adds_at_once_both_land(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "kamus.txt"
    path.write_text("")
    code = "import sys; from normalizer.config import add_words; add_words(sys.argv[1], [sys.argv[2]])"
    runs = [subprocess.Popen([sys.executable, "-c", code, str(path), f"kata{i}"]) for i in range(6)]
    assert [run.wait() for run in runs] == [0] * 6
    assert sorted(path.read_text().split()) == [f"kata{i}" for i in range(6)]


def test_add_words_rejects_non_words(tmp_path):
    for bad in ["", "dua kata", "#tagar", "baris\nbaru"]:
        with pytest.raises(ConfigError, match=r"give one word at a time"):
            add_words(tmp_path / "kamus.txt", [bad])
    assert not (tmp_path / "kamus.txt").exists()


def test_default_word_list_is_read_when_none_is_configured(repo):
    """``ejaan add`` writes .ejaan-words.txt; checking must then accept its words."""
    assert load_settings(repo)[0].word_lists == ()  # absent: nothing to read
    write(repo / ".ejaan-words.txt", "Sneisil\n")
    (repo / "desk").mkdir()
    settings, _ = load_settings(repo / "desk")  # no configuration: the repository root's list
    assert settings.word_lists == (str(repo / ".ejaan-words.txt"),)
    assert load_word_lists(settings) == {"sneisil"}
    write(repo / "desk" / ".ejaan.toml", "accept = ['Latakia']\n")
    write(repo / "desk" / ".ejaan-words.txt", "Kartapolov\n")
    settings, _ = load_settings(repo / "desk")  # configuration: its folder's list
    assert load_word_lists(settings) == {"kartapolov", "latakia"}
    write(repo / "desk" / ".ejaan.toml", "word-lists = ['../kamus.txt']\n")
    write(repo / "kamus.txt", "Homs\n")
    settings, _ = load_settings(repo / "desk")  # configured lists replace the default
    assert load_word_lists(settings) == {"homs"}


def test_an_unknown_style_category_is_an_error_not_a_silent_no_op(repo) -> None:
    write(repo / "setup.cfg", "[ejaan]\nstyle_disabled = loanwords\n")
    with pytest.raises(ConfigError, match=r"'style-disabled' must be style categories \(spelling, .*\), got 'loanwords'"):
        load_settings(repo)
    with pytest.raises(ConfigError, match=r"^command line: '--style-disable' must be"):  # the option, as typed
        Settings().merged(style_disabled=["bogus"])


def test_syntax_is_read_and_checked(repo):
    write(repo / ".ejaan.toml", 'syntax = "rst"\n')
    assert load_settings(repo)[0].syntax == "rst"
    write(repo / ".ejaan.toml", 'syntax = "html"\n')
    with pytest.raises(ConfigError, match="'syntax' must be"):
        load_settings(repo)
