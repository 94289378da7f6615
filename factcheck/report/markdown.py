"""Markdown format: a report to paste into a ticket or a pull-request comment.

Article text is escaped so it cannot end a table cell, start a heading, open
emphasis or a link, or inject HTML: `& < >` become entities, the other
Markdown-significant characters get a backslash, and newlines become spaces.
"""
from __future__ import annotations

import re

from factcheck.model import Report
from factcheck.report.text import explanation, location, one_line, summary_line
from factcheck.report.view import Record, View

_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
_SPECIAL = re.compile(r"[\\`*_\[\]#|~]")
_BLOCK_START = re.compile(r"^(\d+[.)]|[-+=])")


def md(text: str | None) -> str:
    """Article text made inert in Markdown (and in the HTML Markdown allows)."""
    out = one_line(text)
    out = _SPECIAL.sub(lambda m: "\\" + m.group(), out)
    return re.sub(r"[&<>]", lambda m: _ENTITIES[m.group()], out)


def md_block(text: str | None) -> str:
    """`md(text)` safe to start a paragraph: a list or heading marker is escaped."""
    return _BLOCK_START.sub(lambda m: m.group()[:-1] + "\\" + m.group()[-1], md(text))


def md_flat(text: str) -> str:
    """Like `md` but keeps the single spaces at either end (for sentence parts)."""
    lead = " " if text[:1].isspace() else ""
    trail = " " if text[-1:].isspace() and text.strip() else ""
    return lead + md(text) + trail


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """A GitHub-flavoured Markdown table; cells must already be escaped."""
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def quote(view: View, claim: Record) -> str:
    """The sentence in quotes with the value in bold, plus zone and hedge marks."""
    before, value, after = view.quote(claim)
    out = "“" + md_flat(before) + (f"**{md(value)}**" if value.strip() else "")
    out += md_flat(after) + "”"
    if claim["zone"] not in ("body", "headline"):
        out += f" *({md(claim['zone'])})*"
    if claim["hedged"]:
        out += " *(hedged)*"
    return out


def status(finding: Record) -> str:
    """"error", or "error, accepted" when the baseline accepts the finding."""
    return finding["severity"] + (", accepted" if finding.get("accepted") else "")


def finding_section(view: View, finding: Record) -> list[str]:
    """A finding in full: heading, message, then one table row per source."""
    lines = [f"### {md(finding['attribute'])} — {md(finding['subject'])} "
             f"({status(finding)})", "", md_block(finding["message"]), ""]
    why = explanation(finding)
    if why:
        lines += [f"*{md(why)}*", ""]
    if finding.get("note"):
        lines += [f"*Note: {md(finding['note'])}*", ""]
    rows = [[md(c["document"]), md(c["text"]), md(location(c)), quote(view, c)]
            for c in view.claims_of(finding)]
    return lines + table(["source", "value", "location", "quote"], rows)


def audit_section(view: View, items: list[Record]) -> list[str]:
    lines = [f"## Draft {md(view.records.get('draft'))}", ""]
    rows = []
    for item in items:
        claim = view.claims.get(item["claim"], {})
        sources = sorted((view.claims[s] for s in item["sources"] if s in view.claims),
                         key=view.claim_order)
        said = ", ".join(f"{md(s['text'])} ({md(location(s))})" for s in sources)
        rows.append([f"**{item['verdict']}**", md(claim.get("text")),
                     md(location(claim)) if claim else "", said, md(item.get("majority")),
                     md(item["message"])])
    return lines + table(["verdict", "draft says", "location", "sources", "majority",
                          "message"], rows)


def variants_section(view: View, variants: list[Record]) -> list[str]:
    lines = ["## Variants", ""]
    # The line says it all; the finding's message would list each spelling a second time.
    for finding in variants:
        others = ", ".join(f"{md(c['text'])} ({md(location(c))})"
                           for c in view.minority(finding))
        accepted = " *(accepted)*" if finding.get("accepted") else ""
        lines.append(f"- **{md(finding['attribute'])} — {md(finding['subject'])}**{accepted}: likely "
                     f"**{md(finding.get('likely'))}**; also written {others}.")
    return lines + [""]


def agreements_section(view: View, agreements: list[Record], verbose: bool) -> list[str]:
    lines = ["## Agreements", ""]
    if verbose:
        for finding in agreements:
            lines += finding_section(view, finding)
        return lines
    rows = [[md(cell) for cell in view.agreement_row(f)] for f in agreements]
    return lines + table(["attribute", "subject", "value", "sources"], rows)


def render(report: Report, *, verbose: bool = False, color: bool = False,
           width: int = 100) -> str:
    """The report as a Markdown document; `color` and `width` are ignored."""
    view = View.of(report)
    lines = ["# factcheck report", "", md(summary_line(view.summary)), ""]
    items = view.audit()
    if items is not None:
        lines += audit_section(view, items)
    conflicts = view.findings("conflict")
    if conflicts:
        lines += ["## Conflicts", ""]
        for finding in conflicts:
            lines += finding_section(view, finding)
    if inconsistencies := view.findings("inconsistency"):
        lines += ["## Inconsistencies", ""]
        for finding in inconsistencies:
            lines += finding_section(view, finding)
    if variants := view.findings("variant"):
        lines += variants_section(view, variants)
    if agreements := view.findings("agreement"):
        lines += agreements_section(view, agreements, verbose)
    if view.problems:
        lines += ["## Problems", ""]
        lines += [f"- {p['level']}: {md(p['path'])}: {md(p['message'])}" for p in view.problems]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
