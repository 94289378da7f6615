"""JSON format: `Report.to_records()` as it is, versioned and deterministic.

This is the reference output: every other format shows a subset of these
records. Keys keep the model's order and article text keeps its characters
(`ensure_ascii=False`); JSON's own string escaping makes control characters
harmless, so no `safe()` is applied and the text round-trips exactly.

The text is `json.dumps(..., ensure_ascii=False, indent=2)`'s, written by a C encoder
(`jsontext`: orjson when installed, the same bytes either way).
"""
from __future__ import annotations

import json
from typing import Any

from factcheck.model import Report
from factcheck.report.jsontext import dumps as _text
from factcheck.report.jsontext import items


def dumps(records: Any) -> str:
    """Records as indented JSON text ending with a newline."""
    return _text(records) + "\n"


def render(report: Report, *, verbose: bool = False, color: bool = False,
           width: int = 100) -> str:
    """The whole report as JSON; the keyword options are accepted and ignored."""
    return dumps(report.to_records())


def render_claims(report: Report) -> str:
    """`{"version": 1, "documents": [...], "claims": [...]}` for `factcheck claims`."""
    records = report.to_records()
    return dumps({"version": records["version"], "documents": records["documents"],
                  "claims": records["claims"]})


def _write_items(fh, records, last: bool) -> None:
    """A list value inside the top-level object, a batch of records at a time."""
    first = True
    for chunk in items(records, 2):
        fh.write("[\n" if first else ",\n")
        first = False
        fh.write(chunk)
    fh.write("[]" if first else "\n  ]")
    fh.write("\n" if last else ",\n")


def write(report: Report, fh, *, claims_only: bool = False, claims=None) -> None:
    """Stream the same bytes as `render` (or `render_claims`) to `fh`, building one
    claim record at a time: a 100 MB wire dump must not need its JSON in memory twice.
    `claims`, when given, is an iterable used instead of `report.claims` (claims
    produced while they are written)."""
    lists = [("documents", (d.record() for d in report.documents)),
             ("claims", (c.record() for c in (report.claims if claims is None else claims)))]
    scalars: list[tuple[str, object]] = []
    if not claims_only:
        lists.append(("findings", (f.record() for f in report.findings)))
        scalars = [("summary", report.summary())]
        tail = [("problems", (p.record() for p in report.problems))]
        if report.audit is not None:
            tail += [("draft", report.draft), ("audit", (a.record() for a in report.audit))]
    fh.write('{\n  "version": 1,\n')
    entries: list[tuple[str, object, bool]] = [(k, v, True) for k, v in lists]
    entries += [(k, v, False) for k, v in scalars]
    if not claims_only:
        entries += [(k, v, not isinstance(v, (str, type(None)))) for k, v in tail]
    for i, (key, value, is_list) in enumerate(entries):
        last = i == len(entries) - 1
        fh.write(f"  {json.dumps(key)}: ")
        if is_list:
            _write_items(fh, value, last)
        else:
            fh.write(_text(value, 1) + ("\n" if last else ",\n"))
    fh.write("}\n")
