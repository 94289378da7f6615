"""GitHub Actions workflow commands: one annotation per source, escaped by the rules."""
from __future__ import annotations

from dataclasses import replace

import pytest

from factcheck.report import render
from factcheck.report.github import command, escape_data, escape_property
from report_fixtures import BLOG, LEMONDE, REUTERS, audit_report, empty_report, sample_report


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return render(sample_report(), "github").splitlines()


def test_one_line_per_conflict_source_then_variants_then_problems(lines):
    names = [line.split(" ", 1)[0] for line in lines]
    assert names == ["::error", "::notice", "::error", "::error", "::warning", "::warning",
                     "::warning", "::notice", "::error", "::warning"]


def test_conflict_annotation(lines):
    assert lines[0] == (
        f"::error file={LEMONDE},line=3,col=114,title=factcheck deaths::11 here; "
        f"deaths of usine Sorvane: 11 ({LEMONDE}:3) vs Fourteen ({REUTERS}:3) vs 15 ({LEMONDE}:8) "
        f"vs 13 ({BLOG}:5)")


def test_comment_zone_claim_is_a_notice_and_hedge_is_said(lines):
    assert lines[1].startswith(f"::notice file={LEMONDE},line=8,col=41,")
    assert "15 here (reader comment);" in lines[1]
    assert "Fourteen here (hedged);" in lines[2]


def test_info_variant_is_a_notice_at_minority_form(lines):
    # info maps to ::notice, as SARIF maps it to "note"; it was a ::warning
    assert lines[7].startswith(f"::notice file={REUTERS},line=5,col=16,title=factcheck director::"
                               "Jean-Marc Dufrêne here, likely Jean-Marc Dufresne;")


def test_warning_variant_is_a_warning_at_minority_form():
    report = sample_report()
    report.findings = [replace(f, severity="warning") if f.kind == "variant" else f
                       for f in report.findings]
    (line,) = [x for x in render(report, "github").splitlines() if "title=factcheck director" in x]
    assert line.startswith(f"::warning file={REUTERS},line=5,col=16,")


def test_property_values_escape_colon_and_comma(lines):
    assert "file=articles/blog%3A notes%2C v2 [x].md,line=3,col=54" in lines[6]
    assert BLOG in lines[6].split("::", 2)[2]  # the message keeps them


def test_agreements_and_an_empty_report_make_no_annotation():
    assert render(empty_report(), "github") == ""
    assert "factcheck age" not in render(sample_report(), "github")


def test_draft_errors_at_contradicted_claims_and_notices_at_unsupported_ones():
    assert render(audit_report(), "github").splitlines() == [
        f"::error file=drafts/brouillon.txt,line=1,col=42,title=factcheck draft founded::"
        f"founded of usine Sorvane: draft says 1989, most sources say 1987; "
        f"disagreeing: 1987 ({LEMONDE}:3:78), 1987 ({REUTERS}:3:87)",
        f"::error file=drafts/brouillon.txt,line=1,col=55,title=factcheck draft deaths::"
        f"deaths of usine Sorvane: draft says 12, most sources say 11; "
        f"disagreeing: 11 ({LEMONDE}:3:114), Fourteen ({REUTERS}:3:93)",
        "::notice file=drafts/brouillon.txt,line=1,col=105,title=factcheck draft employees::"
        "340 here, unsupported; no source gives employees",
    ]


@pytest.mark.parametrize("raw, data, prop", [
    ("100%", "100%25", "100%25"),
    ("a\nb", "a%0Ab", "a%0Ab"),
    ("a\rb", "a\\x0db", "a\\x0db"),  # CR is a control character: made visible first
    ("a: b, c", "a: b, c", "a%3A b%2C c"),
    ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
    ("\x1b[31m", "\\x1b[31m", "\\x1b[31m"),
])
def test_escaping(raw, data, prop):
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def test_a_message_cannot_start_a_new_command():
    line = command("error", "x\n::warning file=evil::pwned", file="a.txt", line=1)
    assert "\n" not in line
    assert line == "::error file=a.txt,line=1::x%0A::warning file=evil::pwned"
