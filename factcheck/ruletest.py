"""Run the examples embedded in rule files (the `rules test` command and the test suite).

A positive example passes when, for every expected claim, the rule produces a claim
whose fields match; a negative example (empty `expect`) passes when the rule produces
no claim at all.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .extract import extract
from .model import Claim
from .readers import read_text
from .ruleset import Example, Rule, Ruleset


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    index: int
    lang: str
    text: str
    passed: bool
    detail: str


def _matches(claim: Claim, want: dict) -> bool:
    v = claim.value
    checks = {
        "text": claim.text,
        "value": v.display,
        "attribute": claim.attribute,
        "subject": claim.subject,
        "zone": claim.zone,
    }
    for key, expected in want.items():
        if key in checks:
            if checks[key] != expected:
                return False
        elif key in ("low", "high"):
            got = getattr(v, key)
            if got is None or abs(got - float(expected)) > 1e-6 * max(1.0, abs(float(expected))):
                return False
    return True


def run_example(rule: Rule, index: int, example: Example) -> ExampleResult:
    pub = date.fromisoformat(example.date) if example.date else None
    doc = read_text(example.text, doc_id=f"{rule.id}[{index}]", lang=example.lang, pub_date=pub)
    claims = [c for c in extract(doc, Ruleset([rule])) if c.rule == rule.id]
    got = "; ".join(f"{c.text!r} -> {c.value.display} (subject {c.subject!r})" for c in claims) or "no claim"
    if not example.expect:
        return ExampleResult(rule.id, index, example.lang, example.text, not claims,
                             "ok" if not claims else f"expected no claim, got {got}")
    missing = [w for w in example.expect if not any(_matches(c, w) for c in claims)]
    detail = "ok" if not missing else f"expected {missing[0]}, got {got}"
    return ExampleResult(rule.id, index, example.lang, example.text, not missing, detail)


def run_all(ruleset: Ruleset) -> list[ExampleResult]:
    return [run_example(rule, i, ex) for rule in ruleset.rules for i, ex in enumerate(rule.examples)]
