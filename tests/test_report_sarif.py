"""SARIF 2.1.0 output, validated against the official OASIS schema kept in tests/data."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck import __version__
from factcheck.report import render
from factcheck.report.sarif import message, uri
from report_fixtures import BLOG, LEMONDE, REUTERS, audit_report, empty_report, sample_report

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
