"""SARIF 2.1.0 output, validated against the official OASIS schema kept in tests/data."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck import __version__
from factcheck.report import render
from factcheck.report.sarif import draft_fingerprint, message, uri
from report_fixtures import BLOG, DRAFT, LEMONDE, REUTERS, audit_report, empty_report, sample_report

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json")
                    .read_text(encoding="utf-8"))


def validate(log: dict) -> None:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    validator.validate(log)


@pytest.fixture(scope="module")
def log() -> dict:
    return json.loads(render(sample_report(), "sarif"))


def test_schema_is_the_oasis_one():
    assert SCHEMA["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert SCHEMA["id"].startswith("https://docs.oasis-open.org/sarif/sarif/v2.1.0/")


@pytest.mark.parametrize("build", [sample_report, audit_report, empty_report])
def test_valid_against_the_schema(build):
    validate(json.loads(render(build(), "sarif")))


def test_invalid_log_is_rejected():
    bad = json.loads(render(sample_report(), "sarif"))
    bad["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        validate(bad)


def test_driver_and_rules(log):
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "factcheck" and driver["version"] == __version__
    assert [r["id"] for r in driver["rules"]] == [
        "factcheck/conflict/deaths", "factcheck/conflict/founded", "factcheck/variant/director"]
    assert all(r["shortDescription"]["text"] for r in driver["rules"])


def test_one_result_per_conflict_and_variant(log):
    results = log["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("factcheck/conflict/deaths", "error"), ("factcheck/conflict/founded", "warning"),
        ("factcheck/variant/director", "note")]
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert results[0]["partialFingerprints"] == {"factcheckFingerprint/v1": "fp-f1-deaths"}


def test_location_is_the_first_source_with_exact_region(log):
    report = sample_report()
    text = report.document_index()[LEMONDE].text
    first = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"] == LEMONDE
    region = first["region"]
    assert region == {"startLine": 3, "startColumn": 114, "endLine": 3, "endColumn": 116,
                      "charOffset": region["charOffset"], "charLength": 2}
    assert text[region["charOffset"]:region["charOffset"] + region["charLength"]] == "11"


def test_other_sources_are_related_locations(log):
    related = log["runs"][0]["results"][0]["relatedLocations"]
    assert [r["id"] for r in related] == [1, 2, 3]
    assert related[0]["message"]["text"] == f"15 ({LEMONDE}:8:41)"
    assert related[1]["physicalLocation"]["artifactLocation"]["uri"] == REUTERS


def test_paths_become_uri_references():
    assert uri(BLOG) == "articles/blog%3A%20notes,%20v2%20%5Bx%5D.md"
    assert uri("C:\\news\\a.txt") == "C%3A/news/a.txt"


def test_problems_are_notifications(log):
    notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "warning"]


def test_message_brackets_are_not_links():
    assert message("see [x](1) \\ y") == {"text": "see \\[x\\](1) \\\\ y"}


@pytest.fixture(scope="module")
def draft_log() -> dict:
    return json.loads(render(audit_report(), "sarif"))


def test_one_error_per_contradicted_draft_claim(draft_log):
    run = draft_log["runs"][0]
    assert [(r["ruleId"], r["level"]) for r in run["results"]] == [
        ("factcheck/draft-contradicted/founded", "error"),
        ("factcheck/draft-contradicted/deaths", "error")]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == [
        "factcheck/draft-contradicted/deaths", "factcheck/draft-contradicted/founded"]
    assert all(run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]
               for r in run["results"])


def test_draft_result_is_located_in_the_draft_with_sources_related(draft_log):
    founded = draft_log["runs"][0]["results"][0]
    where = founded["locations"][0]["physicalLocation"]
    assert where["artifactLocation"]["uri"] == DRAFT
    assert where["region"] == {"startLine": 1, "startColumn": 42, "endLine": 1, "endColumn": 46,
                               "charOffset": 41, "charLength": 4}
    assert [(r["physicalLocation"]["artifactLocation"]["uri"], r["message"]["text"])
            for r in founded["relatedLocations"]] == [
        (LEMONDE, f"1987 ({LEMONDE}:3:78)"), (REUTERS, f"1987 ({REUTERS}:3:87)")]
    assert founded["message"]["text"] == (
        f"founded of usine Sorvane: draft says 1989, most sources say 1987; "
        f"disagreeing: 1987 ({LEMONDE}:3:78), 1987 ({REUTERS}:3:87)")
    assert founded["properties"]["majority"] == "1987"


def test_draft_fingerprint_ignores_position_but_not_path_or_value():
    claim = {"attribute": "founded", "qualifier": None, "subject_key": "usine sorvane",
             "value": {"display": "1989"}, "line": 1, "column": 42}
    moved = {**claim, "line": 9, "column": 3}
    assert draft_fingerprint(DRAFT, claim) == draft_fingerprint(DRAFT, moved)
    assert draft_fingerprint(DRAFT, claim) == draft_fingerprint("./" + DRAFT, claim)
    assert draft_fingerprint(DRAFT, claim) != draft_fingerprint("drafts/autre.txt", claim)
    assert draft_fingerprint(DRAFT, claim) != draft_fingerprint(
        DRAFT, {**claim, "value": {"display": "1988"}})


def test_draft_fingerprints_are_stable_and_distinct(draft_log):
    again = json.loads(render(audit_report(), "sarif"))
    prints = [r["partialFingerprints"] for r in draft_log["runs"][0]["results"]]
    assert prints == [r["partialFingerprints"] for r in again["runs"][0]["results"]]
    assert len({p["factcheckFingerprint/v1"] for p in prints}) == 2


def test_variant_is_located_at_the_minority_spelling_with_the_likely_form_related(log):
    (variant,) = [r for r in log["runs"][0]["results"] if r["ruleId"] == "factcheck/variant/director"]
    first = variant["locations"][0]["physicalLocation"]
    assert first["artifactLocation"]["uri"] == REUTERS  # "Jean-Marc Dufrêne", the one to fix
    assert first["region"]["startLine"] == 5 and first["region"]["startColumn"] == 16
    related = variant["relatedLocations"]
    assert [r["physicalLocation"]["artifactLocation"]["uri"] for r in related] == [LEMONDE, uri(BLOG)]
    assert related[0]["message"]["text"] == f"Jean-Marc Dufresne ({LEMONDE}:5:23)"
    assert related[1]["message"]["text"].startswith("Jean-Marc Dufresne (")
    assert [r["id"] for r in variant["relatedLocations"]] == [1, 2]
