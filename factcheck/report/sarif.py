"""SARIF 2.1.0 format, for code-scanning dashboards and editors.

One result per conflict and per variant (agreements are not problems), located
at its first source claim in document order; the other sources are related
locations. Rule ids are stable per finding kind and attribute
("factcheck/conflict/deaths") and each result carries the finding's fingerprint,
so a dashboard can follow a finding from run to run. Columns and offsets count
Unicode code points, as Python does, which `run.columnKind` declares.
"""
from __future__ import annotations

import json
import re
from urllib.parse import quote

from factcheck import __version__
from factcheck.model import Report
from factcheck.report.text import location, one_line
from factcheck.report.view import Record, View

SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
          "sarif-schema-2.1.0.json")
FINGERPRINT_KEY = "factcheckFingerprint/v1"
CONFLICT_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
VARIANT_LEVEL = {"error": "warning", "warning": "warning", "info": "note"}
DESCRIPTION = {
    "conflict": "Sources disagree about the {attribute} of a subject.",
    "variant": "Sources spell the {attribute} of a subject differently.",
}


def message(text: str | None) -> dict[str, str]:
    """A SARIF message object from article-derived text.

    SARIF viewers read "[text](target)" in plain-text messages as an embedded
    link, so literal backslashes and brackets are escaped with a backslash.
    """
    return {"text": re.sub(r"[\\\[\]]", lambda m: "\\" + m.group(), one_line(text))}


def uri(path: str) -> str:
    """A relative or absolute path as a URI reference (spaces and the like %-encoded)."""
    # ":" is encoded too: in a relative reference it would read as a URI scheme.
    return quote(path.replace("\\", "/"), safe="/@!$&'()*+,;=-._~")


def region(claim: Record) -> dict[str, int]:
    """The value as written: start and end line and column, offset and length."""
    text = claim["text"] or ""
    newlines = text.count("\n")
    if newlines:
        end_column = len(text) - text.rfind("\n")
    else:
        end_column = claim["column"] + len(text)
    return {"startLine": claim["line"], "startColumn": claim["column"],
            "endLine": claim["line"] + newlines, "endColumn": end_column,
            "charOffset": claim["start"], "charLength": claim["end"] - claim["start"]}


def physical(view: View, claim: Record) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": uri(view.path(claim["document"]))},
                                 "region": region(claim)}}


def rule_id(finding: Record) -> str:
    return f"factcheck/{finding['kind']}/{finding['attribute']}"


def rule(finding: Record) -> dict:
    level = (CONFLICT_LEVEL if finding["kind"] == "conflict" else VARIANT_LEVEL)["error"]
    text = DESCRIPTION[finding["kind"]].format(attribute=one_line(finding["attribute"]))
    return {"id": rule_id(finding), "shortDescription": message(text),
            "defaultConfiguration": {"level": level}}


def result(view: View, finding: Record, rule_index: int) -> dict | None:
    """The SARIF result for one finding, or None when none of its claims is known."""
    claims = view.claims_of(finding)
    if not claims:
        return None
    levels = CONFLICT_LEVEL if finding["kind"] == "conflict" else VARIANT_LEVEL
    related = []
    for i, claim in enumerate(claims[1:], start=1):
        rel = physical(view, claim)
        rel["id"] = i
        rel["message"] = message(f"{claim['text']} ({location(claim)})")
        related.append(rel)
    out = {
        "ruleId": rule_id(finding),
        "ruleIndex": rule_index,
        "level": levels.get(finding["severity"], "warning"),
        "message": message(finding["message"]),
        "locations": [physical(view, claims[0])],
        "partialFingerprints": {FINGERPRINT_KEY: finding["fingerprint"]},
        "properties": {"findingId": finding["id"], "kind": finding["kind"],
                       "attribute": finding["attribute"], "subject": finding["subject"],
                       "values": finding["values"]},
    }
    if related:
        out["relatedLocations"] = related
    if finding.get("likely") is not None:
        out["properties"]["likely"] = finding["likely"]
    return out


def notifications(view: View) -> list[dict]:
    """Problems (files skipped or read with a caveat) as tool execution notifications."""
    out = []
    for problem in view.problems:
        note = {"level": "error" if problem["level"] == "error" else "warning",
                "message": message(problem["message"]),
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": uri(problem["path"])}}}]}
        out.append(note)
    return out


def log(report: Report) -> dict:
    """The whole SARIF log as plain data."""
    view = View.of(report)
    findings = view.findings("conflict") + view.findings("variant")
    rules: dict[str, dict] = {}
    for finding in findings:
        rules.setdefault(rule_id(finding), rule(finding))
    ids = sorted(rules)
    index = {rid: i for i, rid in enumerate(ids)}
    results = [r for f in findings if (r := result(view, f, index[rule_id(f)])) is not None]
    run = {
        "tool": {"driver": {"name": "factcheck", "version": __version__,
                            "rules": [rules[rid] for rid in ids]}},
        "invocations": [{"executionSuccessful": True,
                         "toolExecutionNotifications": notifications(view)}],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(report: Report, *, verbose: bool = False, color: bool = False,
           width: int = 100) -> str:
    """The SARIF log as JSON text; the keyword options are ignored."""
    return json.dumps(log(report), ensure_ascii=False, indent=2) + "\n"
