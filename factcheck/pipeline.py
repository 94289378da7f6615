"""Tie the steps together: read, extract, align, compare. Never prints.

`claims()` stops after extraction (the `factcheck claims` command); `check()` runs the
whole pipeline. Both return a `Report`; files that cannot be read become problems in it
and the other files are still processed.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from .extract import Extractor, extract
from .model import Claim, Document, Report
from .readers import read_all
from .ruleset import Ruleset


@dataclass
class Options:
    lang: str | None = None
    dates: dict[str, date] = field(default_factory=dict)
    draft: str | None = None
    stdin: str | None = None
    weights: dict[str, float] = field(default_factory=dict)


def extract_all(docs: list[Document], ruleset: Ruleset) -> list[Claim]:
    """Claims of every document, numbered C1, C2... in document then text order."""
    extractor = Extractor(ruleset)
    out: list[Claim] = []
    for doc in docs:
        for claim in extract(doc, ruleset, extractor):
            out.append(replace(claim, id=f"C{len(out) + 1}"))
    return out


def claims(paths: list[str], ruleset: Ruleset, options: Options | None = None) -> Report:
    options = options or Options()
    docs, problems = read_all(paths, lang=options.lang, dates=options.dates, stdin=options.stdin)
    return Report(documents=docs, claims=extract_all(docs, ruleset), problems=problems)


def check(paths: list[str], ruleset: Ruleset, options: Options | None = None) -> Report:
    from .compare import compare_all

    report = claims(paths, ruleset, options)
    report.findings = compare_all(report.documents, report.claims, ruleset)
    return report
