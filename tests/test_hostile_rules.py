"""Hostile rule folders (--rules DIR): each bad file is one line naming the file and key, exit 2.

A rule whose regex can backtrack catastrophically must never hang a run: it is refused
at load time from the pattern's structure (factcheck/regexguard.py), whatever the
machine's load (issue 11, item 5). No test here measures time: accepted patterns run
under a hang guard only, and the verdicts are checked not to use any timer.
"""
from __future__ import annotations

import re
import signal
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


from hostile import hang_guard  # noqa: E402

# Patterns that backtrack for seconds to hours on a line that almost matches; every one
# passed an earlier guard (a regex over the pattern text, then a timing probe).
CATASTROPHIC = [
    (r"(?P<value>\d)(b{1,})+$", "counted inner quantifier in a group (issue 11)"),
    (r"(?P<value>\d)((b+))+$", "extra parentheses around the inner quantifier (issue 11)"),
    (r"(?P<value>\d)(?:a|a)*$", "identical alternatives (issue 11)"),
    (r"(?P<value>(a|aa)*)b", "overlapping alternation"),
    (r"(?P<value>((a+))+)$", "doubly wrapped inner quantifier"),
    (r"(?P<value>(a{1,5})+)$", "counted inner quantifier"),
    (r"(?P<value>(a+){1,100})$", "counted outer quantifier"),
    (r"(?P<value>(?:a|a)+)$", "identical alternatives"),
    (r"(?P<value>\w*\w*\w*)x", "adjacent overlapping quantifiers (polynomial)"),
    (r"(?P<value>(?:ab|a|b)*)c", "an alternative made of two others"),
    (r"(?P<value>(?:\w+\s*)+)$", "words with optional spaces, repeated"),
    (r"(?P<value>(a*)*)b", "a repeated group that can match nothing"),
    (r"(?P<value>\d(?:\d{1,3}[ .]?)+)x", "digit groups with an optional separator"),
    (r"(?=(a+)+$)(?P<value>a)", "inside a lookahead"),
    (r"(?P<value>{W}\s*)+$", "a placeholder word, repeated"),
    (r"(?P<value>[^.]*?\s+\d+)x", "lazy run then a run of the same characters"),
    (r"(?P<value>(?:\S+?){3})x", "a fixed repetition of a lazy run"),
]

# Patterns a rule writer uses every day: they must load.
FINE = [
    r"(?P<value>\d+) zorg",
    r"{QTY}\s+zorglubs",
    r"{QTY}\s+(?:{PERSONS}\s+)?(?:zorgu?s?|portée?s?\s+zorg)(?![\w-])",
    r"{QTY}\s+(?:\w+\s+){0,3}zorgs",
    r"(?:\s+\w+)+\s+{QTY}",
    r"(?P<value>\d+(?:\.\d+)?)\s*zorgs",
    r"(?i:le|la|les)\s+{NAMEX}\s+(?:a|ont)\s+{QTY}",
    r"zorgs.*?{QTY}",
    r"(?P<value>(?>a+)+)b",
    r"(?P<value>(a|ab)*)c",
    r"(?i:surnommée?s?|alias)\s+[\"“«]?\s*{NAME}",
]


def _load(tmp_path: Path, pattern: str):
    path = write_rule(tmp_path, "user-rule", rule_toml("user-rule", pattern, keywords='["aaa", "zorg"]'))
    return path, load_rule(path)


@pytest.mark.parametrize("pattern,why", CATASTROPHIC, ids=[w for _, w in CATASTROPHIC])
def test_catastrophic_pattern_is_refused_at_load_time(tmp_path, pattern, why):
    path = write_rule(tmp_path, "slow-rule", rule_toml("slow-rule", pattern))
    with pytest.raises(RuleFileError) as err:
        load_rule(path)
    message = str(err.value)
    assert message.startswith(str(path)) and "patterns.en[0]" in message and "\n" not in message
    assert "may hang" in message or "may backtrack" in message, why


@pytest.mark.parametrize("pattern", FINE)
def test_everyday_pattern_loads_and_never_hangs(tmp_path, pattern):
    _path, rule = _load(tmp_path, pattern)
    probes = [unit * 3000 + "!" for unit in ("a", "ab", "1", " ", "a ", "1 ", "zorg ")]
    with hang_guard():
        for text in probes:
            extract(read_text("aaa zorg " + text, doc_id="p.txt", lang="en"), Ruleset([rule]))


def test_builtin_patterns_pass_the_guard():
    from factcheck import regexguard
    from factcheck.ruleset import load_ruleset

    for rule in load_ruleset().rules:
        for patterns in rule.patterns.values():
            for pattern in patterns:
                regexguard.check(pattern)  # raises Unsafe on a false alarm


def test_the_verdict_does_not_depend_on_a_timer(tmp_path, monkeypatch):
    """A loaded machine used to fail '(?P<value>\\d+) zorg' on the timing probe."""
    import time

    def no_timers(*args, **kwargs):
        raise AssertionError("the guard must not time anything")

    for module, name in ((signal, "setitimer"), (signal, "alarm"), (time, "perf_counter"),
                         (time, "monotonic"), (time, "time")):
        monkeypatch.setattr(module, name, no_timers)
    _path, rule = _load(tmp_path, r"(?P<value>\d+) zorg")
    assert rule.id == "user-rule"
    with pytest.raises(RuleFileError):
        _load(tmp_path, r"(?P<value>\d)(b{1,})+$")


def test_six_thousand_patterns_load(tmp_path):
    """The timing probe took 452 s for 6,000 patterns; the structural check is linear."""
    from factcheck.ruleset import load_ruleset

    folder = tmp_path / "rules"
    for f in range(12):
        patterns = ", ".join(f"'''(?P<value>\\d+) zorg{f}x{i}(?:s|es)?\\s+(?:de\\s+)?\\w+'''"
                             for i in range(500))
        write_rule(folder, f"many-{f}", rule_toml(f"many-{f}", "x").replace("en = ['''x''']",
                                                                          f"en = [{patterns}]"))
    with hang_guard(120):
        ruleset = load_ruleset([str(folder)], builtin=False)
    assert sum(len(r.patterns["en"]) for r in ruleset.rules) == 6000


def test_catastrophic_rule_stops_check_with_one_line(tmp_path):
    path = write_rule(tmp_path / "rules", "slow-rule", rule_toml("slow-rule", r"(?P<value>\d)(b{1,})+$"))
    result = CliRunner().invoke(main, ["check", "--rules", str(tmp_path / "rules"), SEEDS])
    assert_one_line_error(result, path, "nested quantifier may hang")


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
