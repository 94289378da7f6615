"""Hostile rule folders (--rules DIR): each bad file is one line naming the file and key, exit 2.

A rule whose regex can backtrack catastrophically must never hang a run: it is rejected
at load time or its matching is bounded. The slow-but-accepted patterns below are the
ones that slip past the load-time nested-quantifier check.
"""
from __future__ import annotations

import re
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.errors import RuleFileError
from factcheck.readers import read_text
from factcheck.ruleset import Ruleset, load_rule
from factcheck.extract import extract

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")


def rule_toml(rule_id: str, pattern: str = r"{QTY}\s+zorglubs", *, kind: str = "count",
              extra: str = "", keywords: str = '["zorglub"]') -> str:
    return f"""id = "{rule_id}"
kind = "{kind}"
description = "A test rule."
rationale = "Tests hostile rule files."
{extra}
[keywords]
en = {keywords}

[patterns]
en = ['''{pattern}''']
"""


BAD_RULES = {
    # name: (file content, what the one-line message must say)
    "catastrophic-backtracking": (rule_toml("catastrophic-backtracking", r"(?P<value>(a+)+$)"),
                                  "patterns.en[0]"),
    "not-toml": ("id = 'not-toml'\nkind = count = [\n<html>", "not valid TOML"),
    "unknown-key": (rule_toml("unknown-key", extra='patern = "x"'), "unknown key 'patern'"),
    "bad-kind": (rule_toml("bad-kind", kind="weather"), "kind"),
    "no-compile": (rule_toml("no-compile", r"(?P<value>\d+"), "patterns.en[0]"),
    "no-value-group": (rule_toml("no-value-group", r"\d+\s+zorglubs"), "patterns.en[0]"),
    "huge": (rule_toml("huge") + "# " + "x" * (300 * 1024) + "\n", "too large"),
}


def write_rule(folder: Path, name: str, content: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.toml"
    path.write_text(content, encoding="utf-8")
    return path


def assert_one_line_error(result, path: Path, needle: str) -> None:
    assert result.exit_code == 2, result.output
    err = result.stderr.strip()
    assert "\n" not in err, err
    assert "Traceback" not in result.output
    assert str(path) in err and needle in err, err
    assert result.stdout == ""


@pytest.mark.parametrize("name", sorted(BAD_RULES))
def test_bad_rule_file_stops_check_with_one_line(tmp_path, name):
    content, needle = BAD_RULES[name]
    path = write_rule(tmp_path / "rules", name, content)
    result = CliRunner().invoke(main, ["check", "--rules", str(tmp_path / "rules"), SEEDS])
    assert_one_line_error(result, path, needle)


@pytest.mark.parametrize("name", sorted(BAD_RULES))
def test_bad_rule_file_stops_rules_test_with_one_line(tmp_path, name):
    content, needle = BAD_RULES[name]
    path = write_rule(tmp_path / "rules", name, content)
    result = CliRunner().invoke(main, ["rules", "test", str(tmp_path / "rules")])
    assert_one_line_error(result, path, needle)


def test_one_bad_file_among_good_ones_is_named(tmp_path):
    folder = tmp_path / "rules"
    write_rule(folder, "good-one", rule_toml("good-one"))
    bad = write_rule(folder, "unknown-key", BAD_RULES["unknown-key"][0])
    result = CliRunner().invoke(main, ["claims", "--rules", str(folder), SEEDS])
    assert_one_line_error(result, bad, "unknown key")


def test_good_user_rule_loads_and_extracts(tmp_path):
    folder = tmp_path / "rules"
    write_rule(folder, "count-zorglubs", rule_toml("count-zorglubs"))
    article = tmp_path / "a.txt"
    article.write_text("The lab counted 42 zorglubs on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["claims", "--format", "json", "--rules", str(folder), str(article)])
    assert result.exit_code == 0, result.output
    assert '"rule": "count-zorglubs"' in result.stdout and '"text": "42"' in result.stdout


class Timeout(Exception):
    pass


@contextmanager
def time_limit(seconds: float):
    """Interrupt a hung regex: CPython's re checks signals while it backtracks."""
    def handler(signum, frame):
        raise Timeout()

    old = signal.signal(signal.SIGALRM, handler)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def rejected_or_fast(tmp_path: Path, pattern: str, line: str, limit: float = 2.0) -> bool:
    """True when the rule is refused at load time or extraction over `line` ends in time."""
    path = write_rule(tmp_path, "slow-rule", rule_toml("slow-rule", pattern, keywords='["aaa", "zorglub"]'))
    try:
        rule = load_rule(path)
    except RuleFileError as err:
        assert "slow-rule" in str(err)
        return True
    doc = read_text(line, doc_id="long.txt", lang="en")
    t0 = time.perf_counter()
    try:
        with time_limit(limit):
            extract(doc, Ruleset([rule]))
    except Timeout:
        return False
    return time.perf_counter() - t0 < limit


def test_nested_quantifier_rule_cannot_hang_extraction(tmp_path):
    assert rejected_or_fast(tmp_path, r"(?P<value>(a+)+)$", "aaa" + "a" * 10_000 + "!")


# Patterns that pass the load-time nested-quantifier check yet backtrack for far longer
# than a second on a 10 KB line. Bounding the match (the `regex` module's timeout) or a
# stronger load-time check must make each one either rejected or fast.
SLOW_BUT_ACCEPTED = [
    (r"(?P<value>(a|aa)*)b", "overlapping alternation"),
    (r"(?P<value>((a+))+)$", "extra parentheses around the inner quantifier"),
    (r"(?P<value>(a{1,5})+)$", "counted inner quantifier"),
    (r"(?P<value>(a+){1,100})$", "counted outer quantifier"),
    (r"(?P<value>(?:a|a)+)$", "identical alternatives"),
    (r"(?P<value>\w*\w*\w*)x", "adjacent overlapping quantifiers (polynomial)"),
]


def test_overlapping_alternation_rule_cannot_hang_extraction(tmp_path):
    assert rejected_or_fast(tmp_path, r"(?P<value>(a|aa)*)b", "aaa" + "a" * 10_000 + "!")


@pytest.mark.slow
@pytest.mark.parametrize("pattern,why", SLOW_BUT_ACCEPTED, ids=[w for _, w in SLOW_BUT_ACCEPTED])
def test_slow_rule_is_rejected_or_bounded(tmp_path, pattern, why):
    assert rejected_or_fast(tmp_path, pattern, "aaa" + "a" * 10_000 + "!"), why


def test_nested_quantifier_error_says_why():
    assert re.search(r"nested quantifier", _load_error(rule_toml("x", r"(?P<value>(a+)+$)")))


def _load_error(content: str) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = write_rule(Path(tmp), "x", content)
        try:
            load_rule(path)
        except RuleFileError as err:
            return str(err)
    return ""
