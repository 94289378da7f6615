"""Recognise factcheck's own reports, so a report written into a checked folder
(`factcheck check -o articles/report.md articles/`) is not read back as an article.

Each format has a marker at its start that an article does not carry: the JSON
reports open with `{"version": 1, "documents": [`, SARIF names factcheck as its tool
driver, the HTML page has `<meta name="generator" content="factcheck ...">`, the
Markdown report opens with `# factcheck report`, the terminal report with its summary
line ("2 documents, 124 claims: 1 conflict, ...") and the claims listing with
"path (fr, 963 chars, 13 claims)" over its table's header; GitHub annotations are `::error ...title=factcheck`.
"""
from __future__ import annotations

import re

HEAD = 4096  # every marker sits in the first few lines

_MARKERS = (
    re.compile(r'\A\s*\{\s*"version":\s*1,\s*"documents":\s*\['),
    re.compile(r'\A\s*\{\s*"\$schema":\s*"[^"]*sarif[^"]*".*?"driver":\s*\{\s*"name":\s*"factcheck"', re.S),
    re.compile(r'\A\s*<!DOCTYPE html>.*?<meta name="generator" content="factcheck[ "]', re.S | re.I),
    re.compile(r"\A\ufeff?# factcheck report\s*$", re.M),
    re.compile(r"\A\s*\d+ documents?, \d+ claims?: \d+ conflicts?, \d+ agreements?, \d+ variants?"),
    re.compile(r"\A[^\n]+ \((?:fr|en), \d+ chars, \d+ claims?\)[ \t]*$", re.M),
    re.compile(r"\A(?:[^\n]*\n){1,8}?[ \t]*line:col[ \t]+kind/attribute[ \t]+subject[ \t]+value[ \t]"),
    re.compile(r"\A::(?:error|warning|notice) [^\n]*title=factcheck"),
)


def is_factcheck_report(text: str) -> bool:
    """Does `text` (an input's decoded content) start like a factcheck report?"""
    head = text[:HEAD]
    return any(marker.search(head) for marker in _MARKERS)
