"""Issue 11, item 10: user mistakes that were reported as internal errors (or not at all).

Each is one line on stderr naming the option or the file, and exit code 2."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck import config
from factcheck.errors import ConfigError
from hostile import articles, one_error_line


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def mistake(result, *needles: str) -> str:
    assert result.exit_code == 2, result.output
    line = one_error_line(result.stderr)
    assert "internal error" not in line, line
    for needle in needles:
        assert needle in line, line
    return line


@pytest.mark.parametrize("value,why", [
    ("2020-13-45", "month must be in 1..12"),
    ("0001-01-01", "is not between 1000-01-01 and 9998-12-31"),
    ("9999-12-31", "is not between"),
    ("2020-02-30", "day is out of range"),
    ("yesterday", "Invalid isoformat"),
])
@pytest.mark.parametrize("command", ["check", "claims"])
def test_bad_date_option_is_one_line_naming_the_option(tmp_path, value, why, command):
    a, _b = articles(tmp_path)
    mistake(invoke(command, "--date", f"{a}={value}", a), "--date", value, why)


def test_date_option_without_a_file_is_one_line(tmp_path):
    a, _b = articles(tmp_path)
    mistake(invoke("check", "--date", "2020-01-01", a), "--date", "is not FILE=YYYY-MM-DD")


def test_date_in_the_config_file_is_checked_the_same_way(tmp_path, monkeypatch):
    articles(tmp_path)
    (tmp_path / "factcheck.toml").write_text('[dates]\n"a.txt" = 0001-01-01\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    mistake(invoke("check", "a.txt"), "factcheck.toml", "dates")


def test_parse_date_option_is_core():
    assert config.parse_date_option("a.txt=2024-02-19")[1].isoformat() == "2024-02-19"
    with pytest.raises(ConfigError):
        config.parse_date_option("a.txt=2024-02-30")


def test_configured_baseline_that_is_a_directory(tmp_path, monkeypatch):
    articles(tmp_path)
    (tmp_path / "base").mkdir()
    (tmp_path / "factcheck.toml").write_text('baseline = "base"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    mistake(invoke("check", "a.txt", "b.txt"), "base", "is a directory")


def test_baseline_option_that_is_a_directory(tmp_path):
    a, b = articles(tmp_path)
    result = invoke("check", "--baseline", tmp_path, a, b)
    assert result.exit_code == 2 and "is a directory" in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize("content,why", [
    ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ('{"accepted": 5}', "not a factcheck baseline"),
    ('{"version": 2, "keys": "names", "accepted": [{"fingerprint": 3}]}', "not a factcheck baseline"),
    ("[1, 2]", "not a factcheck baseline"),
    ("\xff\xfe", "not a factcheck baseline"),
])
def test_baseline_that_is_not_one(tmp_path, content, why):
    a, b = articles(tmp_path)
    base = tmp_path / "base.json"
    base.write_text(content, encoding="latin-1")
    mistake(invoke("check", "--baseline", base, a, b), "base.json", why)


@pytest.mark.parametrize("pyproject", ["tool = 5\n", "[tool]\nfactcheck = 5\n", "tool = [1, 2]\n"])
def test_odd_pyproject_in_a_parent_folder(tmp_path, monkeypatch, pyproject):
    (tmp_path / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    child = tmp_path / "child"
    articles(child)
    monkeypatch.chdir(child)
    result = invoke("check", "a.txt", "b.txt")
    if "factcheck = 5" in pyproject:  # ours, and wrong: say so
        mistake(result, "pyproject.toml", "must be a table")
    else:  # someone else's pyproject.toml without [tool.factcheck]: not ours to judge
        assert result.exit_code == 1, result.stderr


def test_tool_that_is_not_a_table_in_a_named_pyproject(tmp_path):
    a, b = articles(tmp_path)
    (tmp_path / "pyproject.toml").write_text("tool = 5\n", encoding="utf-8")
    mistake(invoke("check", "--config", tmp_path / "pyproject.toml", a, b), "pyproject.toml", "'tool'")


def test_draft_that_is_a_folder_is_one_line_and_not_walked(tmp_path, monkeypatch):
    a, b = articles(tmp_path / "src")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    from factcheck import paths

    walked = []
    real = paths._walk
    monkeypatch.setattr(paths, "_walk", lambda root, *rest: walked.append(root) or real(root, *rest))
    result = invoke("check", "--draft", drafts, a, b)
    assert result.exit_code == 2
    assert "drafts: is a directory; the draft must be one file" in result.stderr
    assert str(drafts) not in walked


@pytest.mark.parametrize("text,size", [("500M", 500 << 20), ("2G", 2 << 30), ("750k", 750 << 10),
                                       ("1024", 1024), ("1.5MB", 3 << 19)])
def test_parse_size(text, size):
    assert config.parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "-5M", "0"])
def test_parse_size_refuses_nonsense(text):
    with pytest.raises(ConfigError, match="--max-size"):
        config.parse_size(text)
