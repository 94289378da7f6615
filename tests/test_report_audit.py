"""The draft audit in the github and sarif formats, end to end on the seeds.

tests/data/newsroom/draft_changed.md restates the seeds' facts with one changed ("au
moins douze" suicides where both seeds say "au moins trois"): that claim must come
out as a GitHub error and a SARIF result in the draft, pointing at both seeds.
Paths are relative to the repository, as a CI job would give them.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.report import render
from report_fixtures import DRAFT, HOSTILE, audit_report

ROOT = Path(__file__).resolve().parent.parent
CHANGED = "tests/data/newsroom/draft_changed.md"
SEED_A = "seeds/000_1e9aa604f06e6fd6.txt"
SEED_B = "seeds/003_e9c340a0aea209d4.txt"
SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json")
                    .read_text(encoding="utf-8"))


def check(fmt: str, draft: str = CHANGED) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--format", fmt, "--draft", draft, "seeds"])
    return result.exit_code, result.stdout


@pytest.fixture(autouse=True)
def at_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def test_github_errors_at_the_changed_fact_first():
    code, out = check("github")
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        f"::error file={CHANGED},line=5,col=52,title=factcheck draft suicides::"
        f"suicides of Kiwi Farms: draft says Au moins douze (>= 12), most sources say >= 3; "
        f"disagreeing: Au moins trois ({SEED_A}:21:131), Au moins trois ({SEED_B}:15:220)")
    drafted = [line for line in lines if "title=factcheck draft" in line]
    # one contradicted fact; the draft's facts no source states are notices after it
    assert [line.split(" ", 1)[0] for line in drafted] == ["::error"] + ["::notice"] * (len(drafted) - 1)
    # when something was announced ("a annoncé samedi", "avait annoncé ... en 2019") is
    # never aligned, so no source could confirm it: no verdict, rather than "unsupported"
    assert not any("samedi" in line or "2019" in line for line in drafted)
    # the seeds' own conflict still follows, annotated in the seeds
    assert any(line.startswith(f"::error file={SEED_B},line=13,") for line in lines)


def test_github_draft_that_agrees_has_no_draft_error():
    code, out = check("github", "tests/data/newsroom/draft_ok.md")
    assert code == 0
    assert not [line for line in out.splitlines()
                if line.startswith("::error") and "title=factcheck draft" in line]


def test_sarif_result_in_the_draft_with_both_seeds_related():
    code, out = check("sarif")
    assert code == 1
    log = json.loads(out)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    drafted = [r for r in results if r["ruleId"].startswith("factcheck/draft-contradicted/")]
    assert len(drafted) == 1 and results[0] is drafted[0]
    result = drafted[0]
    assert result["ruleId"] == "factcheck/draft-contradicted/suicides"
    assert result["level"] == "error"
    where = result["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == CHANGED
    assert (where["region"]["startLine"], where["region"]["startColumn"]) == (5, 52)
    assert [(r["physicalLocation"]["artifactLocation"]["uri"],
             r["physicalLocation"]["region"]["startLine"])
            for r in result["relatedLocations"]] == [(SEED_A, 21), (SEED_B, 15)]


def test_sarif_fingerprint_survives_an_edit_elsewhere_in_the_draft(tmp_path):
    text = (ROOT / CHANGED).read_text(encoding="utf-8")
    draft = tmp_path / "draft.md"

    def fingerprint(body: str) -> str:
        draft.write_text(body, encoding="utf-8")
        log = json.loads(check("sarif", str(draft))[1])
        [result] = [r for r in log["runs"][0]["results"]
                    if r["ruleId"].startswith("factcheck/draft-contradicted/")]
        return result["partialFingerprints"]["factcheckFingerprint/v1"]

    before = fingerprint(text)
    assert fingerprint(text) == before
    assert fingerprint(text.replace("\n\n", "\n\nUn paragraphe ajouté.\n\n", 1)) == before
    assert fingerprint(text.replace("douze", "quinze")) != before


def test_hostile_draft_text_stays_inside_one_annotation():
    report = audit_report()
    claims = report.claims
    i = next(n for n, c in enumerate(claims) if c.id == "d2")
    hostile = "12\n::error file=evil::" + "".join(HOSTILE)
    claims[i] = dataclasses.replace(claims[i], text=hostile)
    lines = render(report, "github").splitlines()
    assert len(lines) == 3
    assert all(line.startswith(("::error file=drafts/", "::notice file=drafts/"))
               for line in lines)
    assert "12%0A::error file=evil::" in lines[1]
    assert "\x1b" not in "".join(lines)
    log = json.loads(render(report, "sarif"))
    assert log["runs"][0]["results"][1]["locations"][0]["physicalLocation"][
        "artifactLocation"]["uri"] == DRAFT
