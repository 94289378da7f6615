"""JSON format: `Report.to_records()` as it is, versioned and deterministic.

This is the reference output: every other format shows a subset of these
records. Keys keep the model's order and article text keeps its characters
(`ensure_ascii=False`); JSON's own string escaping makes control characters
harmless, so no `safe()` is applied and the text round-trips exactly.
"""
from __future__ import annotations

import json
from typing import Any

from factcheck.model import Report


def dumps(records: Any) -> str:
    """Records as indented JSON text ending with a newline."""
    return json.dumps(records, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def render(report: Report, *, verbose: bool = False, color: bool = False,
           width: int = 100) -> str:
    """The whole report as JSON; the keyword options are accepted and ignored."""
    return dumps(report.to_records())


def render_claims(report: Report) -> str:
    """`{"version": 1, "documents": [...], "claims": [...]}` for `factcheck claims`."""
    records = report.to_records()
    return dumps({"version": records["version"], "documents": records["documents"],
                  "claims": records["claims"]})
