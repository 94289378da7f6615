"""Configuration: discovery upwards, precedence, strict keys, disabled rules, baselines.

Precedence, highest first: command-line option, --config file, discovered file, defaults.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.config import Config, find_config, load_config
from factcheck.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A newsroom repo: sources/ holds the two seeds, desk/story/ is a nested folder."""
    shutil.copytree(SEEDS, tmp_path / "sources")
    (tmp_path / "desk" / "story").mkdir(parents=True)
    return tmp_path


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_found_walking_up_from_a_nested_folder(newsroom, monkeypatch):
    write(newsroom / "pyproject.toml", '[tool.factcheck]\nformat = "json"\n')
    monkeypatch.chdir(newsroom / "desk" / "story")
    assert find_config() == newsroom / "pyproject.toml"
    result = invoke("check", "../../sources")
    assert json.loads(result.stdout)["summary"]["conflicts"] == 1


def test_nearest_file_wins_and_factcheck_toml_before_pyproject(newsroom, monkeypatch):
    write(newsroom / "factcheck.toml", 'format = "github"\n')
    write(newsroom / "desk" / "pyproject.toml", '[tool.factcheck]\nformat = "markdown"\n')
    write(newsroom / "desk" / "factcheck.toml", 'format = "json"\n')
    monkeypatch.chdir(newsroom / "desk" / "story")
    assert load_config().format == "json"
    assert load_config().path == str(newsroom / "desk" / "factcheck.toml")


def test_pyproject_without_our_table_is_skipped(newsroom, monkeypatch):
    write(newsroom / "factcheck.toml", 'format = "github"\n')
    write(newsroom / "desk" / "pyproject.toml", '[tool.black]\nline-length = 100\n')
    monkeypatch.chdir(newsroom / "desk" / "story")
    assert load_config().format == "github"


def test_no_file_means_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert find_config() is None
    assert load_config() == Config()


@pytest.mark.parametrize("discovered, named, option, expected", [
    ('format = "json"', None, None, "json"),
    ('format = "json"', 'format = "markdown"', None, "markdown"),
    ('format = "json"', 'format = "markdown"', "github", "github"),
    (None, 'format = "markdown"', None, "markdown"),
    (None, None, None, "rich"),
])
def test_format_precedence(newsroom, monkeypatch, discovered, named, option, expected):
    if discovered:
        write(newsroom / "factcheck.toml", discovered + "\n")
    args = ["check", "sources"]
    if named:
        args += ["--config", str(write(newsroom / "desk" / "other.toml", named + "\n"))]
    if option:
        args += ["--format", option]
    monkeypatch.chdir(newsroom)
    out = invoke(*args).stdout
    looks = {"json": out.startswith("{"), "markdown": out.startswith("# factcheck report"),
             "github": out.startswith("::"), "rich": "Conflicts ──" in out}
    assert [k for k, v in looks.items() if v] == [expected]


def test_named_file_overrides_only_the_keys_it_sets(newsroom, monkeypatch):
    write(newsroom / "factcheck.toml", 'format = "json"\nfail-on = "never"\n')
    named = write(newsroom / "desk" / "strict.toml", 'fail-on = "conflict"\n')
    monkeypatch.chdir(newsroom)
    assert invoke("check", "sources").exit_code == 0  # discovered fail-on = never
    result = invoke("check", "--config", str(named), "sources")
    assert result.exit_code == 1  # named file's fail-on
    assert result.stdout.startswith("{")  # discovered format still applies
    assert invoke("check", "--config", str(named), "--fail-on", "never", "sources").exit_code == 0


def test_lang_from_config_and_option(newsroom, monkeypatch):
    write(newsroom / "factcheck.toml", 'lang = "en"\n')
    monkeypatch.chdir(newsroom)
    docs = json.loads(invoke("claims", "--format", "json", "sources").stdout)["documents"]
    assert {d["language"] for d in docs} == {"en"}
    docs = json.loads(invoke("claims", "--format", "json", "--lang", "fr", "sources").stdout)["documents"]
    assert {d["language"] for d in docs} == {"fr"}


@pytest.mark.parametrize("text, message", [
    ('formt = "json"\n', "unknown key 'formt'"),
    ('fail-on = "sometimes"\n', "key 'fail-on'"),
    ('format = "pdf"\n', "key 'format'"),
    ('lang = "de"\n', "key 'lang'"),
    ('disable = "start-founded"\nrules = 3\n', "key 'rules'"),
    ('weights = { "*.txt" = "heavy" }\n', "'weights'"),
    ('dates = { "a.txt" = "last week" }\n', "'dates'"),
    ('format = "json\n', "not valid TOML"),
    ('disable = ["no-such-rule"]\n', "unknown rule 'no-such-rule'"),
])
def test_bad_config_is_one_line_exit_2(newsroom, monkeypatch, text, message):
    write(newsroom / "factcheck.toml", text)
    monkeypatch.chdir(newsroom)
    result = invoke("check", "sources")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1, result.stderr
    assert "factcheck.toml" in result.stderr and message in result.stderr


def test_pyproject_unknown_key_names_the_file(newsroom, monkeypatch):
    write(newsroom / "pyproject.toml", '[tool.factcheck]\nbaseline = "b.json"\nfromat = "json"\n')
    monkeypatch.chdir(newsroom)
    with pytest.raises(ConfigError, match=r"pyproject.toml: unknown key 'fromat'"):
        load_config()


def test_missing_named_config_is_exit_2(newsroom, monkeypatch):
    monkeypatch.chdir(newsroom)
    result = invoke("check", "--config", "nope.toml", "sources")
    assert result.exit_code == 2 and "nope.toml" in result.stderr


def test_disabled_rule_removes_its_claims(newsroom, monkeypatch):
    monkeypatch.chdir(newsroom)
    data = json.loads(invoke("check", "--format", "json", "sources").stdout)
    assert any(c["rule"] == "alias-formerly" for c in data["claims"])
    write(newsroom / "factcheck.toml", 'disable = ["alias-formerly"]\nformat = "json"\n')
    data = json.loads(invoke("check", "sources").stdout)
    assert not any(c["rule"] == "alias-formerly" for c in data["claims"])
    assert any(c["rule"] == "name-mention" for c in data["claims"])


def test_disabled_measure_removes_its_claims_and_conflicts(newsroom, monkeypatch):
    monkeypatch.chdir(newsroom)
    data = json.loads(invoke("check", "--format", "json", "sources").stdout)
    assert any(f["kind"] == "conflict" and f["attribute"] == "founded" for f in data["findings"])
    write(newsroom / "factcheck.toml", 'disable = ["founded"]\nformat = "json"\n')
    result = invoke("check", "sources")
    data = json.loads(result.stdout)
    assert not any(c["attribute"] == "founded" for c in data["claims"])
    assert data["summary"]["conflicts"] == 0
    assert result.exit_code == 0


def test_paths_in_a_config_are_relative_to_it(newsroom, monkeypatch):
    write(newsroom / "factcheck.toml",
          'baseline = "accepted.json"\nrules = ["house-rules"]\n[dates]\n"sources/000_1e9aa604f06e6fd6.txt" = 2022-09-05\n')
    monkeypatch.chdir(newsroom / "desk")
    config = load_config()
    assert config.baseline == str(newsroom / "accepted.json")
    assert config.rule_dirs == (str(newsroom / "house-rules"),)
    assert list(config.dates) == [str(newsroom / "sources" / "000_1e9aa604f06e6fd6.txt")]


def test_config_dates_resolve_relative_words(newsroom, monkeypatch):
    write(newsroom / "factcheck.toml", '[dates]\n"sources/000_1e9aa604f06e6fd6.txt" = 2022-09-05\n')
    monkeypatch.chdir(newsroom)
    data = json.loads(invoke("claims", "--format", "json", "./sources").stdout)
    doc = next(d for d in data["documents"] if d["id"].endswith("000_1e9aa604f06e6fd6.txt"))
    assert doc["date"] == "2022-09-05"
    samedi = next(c for c in data["claims"] if c["text"] == "samedi" and c["document"] == doc["id"])
    assert samedi["value"]["resolved_from"] == "samedi"
    assert (samedi["value"]["year"], samedi["value"]["month"], samedi["value"]["day"]) == (2022, 9, 3)


def test_baseline_accepts_todays_conflict(newsroom, monkeypatch):
    monkeypatch.chdir(newsroom)
    assert invoke("check", "sources").exit_code == 1
    made = invoke("baseline", "sources", "--output", "accepted.json")
    assert made.exit_code == 0 and re.search(r"wrote \d+ accepted findings to accepted.json", made.stderr)
    accepted = json.loads((newsroom / "accepted.json").read_text(encoding="utf-8"))["accepted"]
    assert any(a["kind"] == "conflict" and "founded" in a["message"] for a in accepted)
    assert invoke("check", "--baseline", "accepted.json", "sources").exit_code == 0
    # the same baseline named in the config
    write(newsroom / "factcheck.toml", 'baseline = "accepted.json"\n')
    assert invoke("check", "sources").exit_code == 0
    # and `factcheck baseline` writes to the configured file by default
    (newsroom / "accepted.json").unlink()
    assert invoke("baseline", "sources").exit_code == 0
    assert (newsroom / "accepted.json").is_file()


def test_baseline_does_not_hide_a_new_conflict(newsroom, monkeypatch):
    monkeypatch.chdir(newsroom)
    invoke("baseline", "sources", "--output", "accepted.json")
    write(newsroom / "desk" / "a.txt", "L'effondrement de l'immeuble de Corvennes a fait 7 morts.\n")
    write(newsroom / "desk" / "b.txt", "L'effondrement de l'immeuble de Corvennes a fait 9 morts.\n")
    result = invoke("check", "--baseline", "accepted.json", "desk")
    assert result.exit_code == 1, result.stdout


def test_bad_baseline_file_is_exit_2(newsroom, monkeypatch):
    monkeypatch.chdir(newsroom)
    assert invoke("check", "--baseline", "missing.json", "sources").exit_code == 2
    write(newsroom / "junk.json", "[1, 2]")
    result = invoke("check", "--baseline", "junk.json", "sources")
    assert result.exit_code == 2 and "not a factcheck baseline" in result.stderr
