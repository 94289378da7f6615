"""SARIF 2.1.0 format, for code-scanning dashboards and editors.

One result per conflict and per variant (agreements are not problems). A conflict
is located at its first source claim in document order, a variant at its first
minority spelling (the one to fix); the other claims are related locations. Rule ids are stable per finding kind and attribute
("factcheck/conflict/deaths") and each result carries the finding's fingerprint,
so a dashboard can follow a finding from run to run.

With `--draft`, each draft claim the sources contradict comes first as an error
result ("factcheck/draft-contradicted/founded") located at the claim in the draft,
the disagreeing source claims as related locations; its fingerprint hashes the
draft's key (its path relative to the config, else its name: not the path as typed),
the attribute, qualifier and subject key, and the draft's value, so it stays put
when the draft is edited elsewhere. Columns and offsets count
Unicode code points, as Python does, which `run.columnKind` declares.
"""
from __future__ import annotations

import hashlib
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
    "draft-contradicted": "The draft states a {attribute} of a subject its sources contradict.",
}
DRAFT_KIND = "draft-contradicted"


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
    """A rule descriptor; a finding kind and attribute are all it reads."""
    level = (VARIANT_LEVEL if finding["kind"] == "variant" else CONFLICT_LEVEL)["error"]
    text = DESCRIPTION[finding["kind"]].format(attribute=one_line(finding["attribute"]))
    return {"id": rule_id(finding), "shortDescription": message(text),
            "defaultConfiguration": {"level": level}}


def result(view: View, finding: Record, rule_index: int) -> dict | None:
    """The SARIF result for one finding, or None when none of its claims is known."""
    claims = view.claims_of(finding)
    if not claims:
        return None
    levels = CONFLICT_LEVEL if finding["kind"] == "conflict" else VARIANT_LEVEL
    if finding["kind"] == "variant":
        # The spelling to fix comes first; the likely form is a related location.
        first = next(iter(view.minority(finding)), claims[0])
        claims = [first] + [c for c in claims if c is not first]
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
    if finding.get("accepted"):
        # SARIF's own word for a baselined result: dashboards show it as suppressed.
        out["suppressions"] = [{"kind": "external", "status": "accepted",
                                "justification": "accepted in the factcheck baseline"}]
        out["properties"]["accepted"] = True
    if finding.get("likely") is not None:
        out["properties"]["likely"] = finding["likely"]
    return out


def draft_fingerprint(path: str, claim: Record) -> str:
    """Stable across runs and edits elsewhere in the draft: no line, column or offset."""
    path = path.replace("\\", "/").removeprefix("./")
    parts = (path, claim["attribute"], claim.get("qualifier") or "", claim["subject_key"],
             claim["value"]["display"])
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def draft_rule_id(attribute: str) -> str:
    return f"factcheck/{DRAFT_KIND}/{attribute}"


def draft_result(view: View, item: Record, claim: Record, sources: list[Record],
                 rule_index: dict[str, int]) -> dict:
    """The SARIF result for one contradicted draft claim and its disagreeing sources."""
    related = []
    for i, source in enumerate(sources, start=1):
        rel = physical(view, source)
        rel["id"] = i
        rel["message"] = message(f"{source['text']} ({location(source)})")
        related.append(rel)
    out = {
        "ruleId": draft_rule_id(claim["attribute"]),
        "ruleIndex": rule_index[draft_rule_id(claim["attribute"])],
        "level": "error",
        "message": message(view.contradiction(item)),
        "locations": [physical(view, claim)],
        "partialFingerprints": {
            FINGERPRINT_KEY: draft_fingerprint(view.key(claim["document"]), claim)},
        "properties": {"auditClaim": item["claim"], "verdict": item["verdict"],
                       "attribute": claim["attribute"], "subject": claim["subject"],
                       "draftValue": claim["text"], "majority": item.get("majority"),
                       "sources": list(item["sources"])},
    }
    if related:
        out["relatedLocations"] = related
    return out


def contradicted(view: View) -> list[tuple[Record, Record, list[Record]]]:
    """(audit item, draft claim, source claims) of each contradicted draft claim known."""
    out = []
    for item in view.audit() or []:
        claim, sources = view.audit_claims(item)
        if item["verdict"] == "contradicted" and claim is not None:
            out.append((item, claim, sources))
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
    drafted = contradicted(view)
    rules: dict[str, dict] = {}
    for _item, claim, _sources in drafted:
        rules.setdefault(draft_rule_id(claim["attribute"]),
                         rule({"kind": DRAFT_KIND, "attribute": claim["attribute"]}))
    for finding in findings:
        rules.setdefault(rule_id(finding), rule(finding))
    ids = sorted(rules)
    index = {rid: i for i, rid in enumerate(ids)}
    results = [draft_result(view, *drafted_claim, index) for drafted_claim in drafted]
    results += [r for f in findings if (r := result(view, f, index[rule_id(f)])) is not None]
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
