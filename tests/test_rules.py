"""The rule files: every embedded example passes, coverage, and strict validation."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.errors import RuleFileError
from factcheck.kinds import KINDS
from factcheck.ruleset import builtin_rules_dir, load_rule, load_ruleset
from factcheck.ruletest import run_example

RULESET = load_ruleset()
EXAMPLES = [(r, i, ex) for r in RULESET.rules for i, ex in enumerate(r.examples)]


@pytest.mark.parametrize("rule,index,example", EXAMPLES,
                         ids=[f"{r.id}[{i}]-{ex.lang}" for r, i, ex in EXAMPLES])
def test_rule_example(rule, index, example):
    result = run_example(rule, index, example)
    assert result.passed, result.detail


@pytest.mark.parametrize("rule", RULESET.rules, ids=[r.id for r in RULESET.rules])
def test_rule_has_positive_and_negative_example_per_language(rule):
    for lang in rule.patterns:
        kinds = {bool(ex.expect) for ex in rule.examples if ex.lang == lang}
        assert kinds == {True, False}, f"{rule.id}: {lang} needs a positive and a negative example"


@pytest.mark.parametrize("rule", RULESET.rules, ids=[r.id for r in RULESET.rules])
def test_rule_documents_itself(rule):
    assert rule.kind in KINDS
    assert rule.path.endswith(f"{rule.id}.toml")
    assert len(rule.description) > 20 and len(rule.rationale) > 20


def test_builtin_rules_cover_the_name_families():
    # values are read by the frame reader; rules add names, aliases and roles
    kinds = {r.kind for r in RULESET.rules}
    assert {"name", "person", "alias"} <= kinds
    assert any(p.name == "alias-formerly.toml" for p in builtin_rules_dir().glob("*.toml"))


def rule_text(rule_id: str = "bad-rule", kind: str = "count", pattern: str = r"{QTY}\s+chats",
              extra: str = "") -> str:
    return (f'id = "{rule_id}"\nkind = "{kind}"\n'
            'description = "A test rule for validation errors."\n'
            'rationale = "Used by the tests only, to check validation."\n'
            f"{extra}[patterns]\nfr = [\'\'\'{pattern}\'\'\']\n")


@pytest.mark.parametrize("body,message", [
    (rule_text(extra="patern = 1\n"), "unknown key 'patern'"),
    (rule_text(kind="weather"), "unknown kind 'weather'"),
    (rule_text(pattern="(unclosed"), "does not compile"),
    (rule_text(pattern=r"\d+\s+chats"), "missing value group"),
    (rule_text(pattern=r"{NOPE}\s+chats"), "unknown placeholder"),
    (rule_text(pattern=r"(a+)+$"), "nested quantifier"),
    ("id = [unclosed", "not valid TOML"),
])
def test_malformed_rule_is_one_error_naming_file_and_key(tmp_path, body, message):
    path = tmp_path / "bad-rule.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        load_rule(path)
    assert str(err.value).startswith(str(path)) and message in str(err.value)
    assert "\n" not in str(err.value)


def test_rule_id_must_match_file_name(tmp_path):
    path = tmp_path / "other.toml"
    path.write_text(rule_text(), encoding="utf-8")
    with pytest.raises(RuleFileError, match="file is named 'other'"):
        load_rule(path)


def test_malformed_rule_exits_2_on_the_command_line(tmp_path):
    (tmp_path / "bad-rule.toml").write_text(rule_text(extra="patern = 1\n"), encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--rules", str(tmp_path), "seeds/"])
    assert result.exit_code == 2
    assert "bad-rule.toml: unknown key 'patern'" in result.output
    assert "Traceback" not in result.output


def test_user_rule_folder_adds_rules(tmp_path):
    (tmp_path / "count-cats.toml").write_text(rule_text("count-cats"), encoding="utf-8")
    assert load_ruleset([str(tmp_path)]).get("count-cats") is not None


def test_rules_test_command_passes_on_builtin_rules():
    result = CliRunner().invoke(main, ["rules", "test"])
    assert result.exit_code == 0, result.output
    assert " 0 failed" in result.output


def test_rules_show_prints_docs_and_examples():
    result = CliRunner().invoke(main, ["rules", "show", "alias-formerly"])
    assert result.exit_code == 0
    assert "What it does:" in result.output and "Why:" in result.output and "[fr]" in result.output
    assert CliRunner().invoke(main, ["rules", "show", "no-such-rule"]).exit_code == 2
