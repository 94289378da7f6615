"""HTML format: one self-contained page (inline CSS, no scripts, no external assets).

Every piece of article text goes through `safe()` then `html.escape(quote=True)`;
the value is highlighted with <mark>. The sections follow the terminal report.
"""
from __future__ import annotations

import html

from factcheck import __version__
from factcheck.model import Report
from factcheck.report.text import explanation, location, one_line, summary_line
from factcheck.report.view import Record, View

CSS = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em;
       padding: 0 1em; color: #222; background: #fff; }
h1 { font-size: 1.6em; } h2 { border-bottom: 1px solid #ccc; margin-top: 2em; }
h3 { font-size: 1.05em; margin-bottom: .3em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.2em; }
th, td { border: 1px solid #ddd; padding: .3em .5em; text-align: left; vertical-align: top;
         overflow-wrap: break-word; }
th { background: #f4f4f4; }
mark { background: #ffe066; font-weight: bold; }
.sev { font-size: .8em; padding: .1em .4em; border-radius: .3em; color: #fff; }
.error, .contradicted { background: #c0392b; } .warning, .unsupported { background: #d68910; }
.info, .confirmed { background: #2874a6; } .accepted { background: #5d6d7e; }
.tag { font-size: .85em; color: #6c3483; font-style: italic; }
.loc { font-family: ui-monospace, monospace; font-size: .9em; white-space: nowrap; }
.summary { font-weight: bold; }
.why { color: #555; font-size: .9em; font-style: italic; }
"""


def esc(text: str | None) -> str:
    """Article text made inert in HTML content and attribute values."""
    return html.escape(one_line(text), quote=True)


def esc_part(text: str) -> str:
    """Escape a sentence part, already safe and on one line, keeping edge spaces."""
    return html.escape(text, quote=True)


def badge(word: str) -> str:
    return f'<span class="sev {esc(word)}">{esc(word)}</span>'


def badges(finding: Record) -> str:
    """The severity badge, and an "accepted" one when the baseline accepts the finding."""
    return badge(finding["severity"]) + (" " + badge("accepted") if finding.get("accepted") else "")


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    """An HTML table; cells must already be escaped."""
    out = ["<table>", "<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>"]
    out += ["<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows]
    return out + ["</table>"]


def quote(view: View, claim: Record) -> str:
    """The quoted sentence with the value in <mark>, plus zone and hedge tags."""
    before, value, after = view.quote(claim)
    out = f'<q>{esc_part(before)}<mark>{esc_part(value)}</mark>{esc_part(after)}</q>'
    if claim["zone"] not in ("body", "headline"):
        out += f' <span class="tag">({esc(claim["zone"])})</span>'
    if claim["hedged"]:
        out += ' <span class="tag">(hedged)</span>'
    return out


def loc(claim: Record) -> str:
    return f'<span class="loc">{esc(location(claim))}</span>'


def finding_section(view: View, finding: Record) -> list[str]:
    out = [f"<section class=\"finding {esc(finding['kind'])}-finding\">",
           f"<h3>{esc(finding['attribute'])} — {esc(finding['subject'])} "
           f"{badges(finding)}</h3>",
           f"<p>{esc(finding['message'])}</p>"]
    why = explanation(finding)
    if why:
        out.append(f'<p class="why">{esc(why)}</p>')
    if finding.get("note"):
        out.append(f'<p class="why">note: {esc(finding["note"])}</p>')
    rows = [[esc(c["document"]), f"<b>{esc(c['text'])}</b>", loc(c), quote(view, c)]
            for c in view.claims_of(finding)]
    return out + table(["source", "value", "location", "quote"], rows) + ["</section>"]


def audit_section(view: View, items: list[Record]) -> list[str]:
    out = [f"<h2>Draft {esc(view.records.get('draft'))}</h2>"]
    rows = []
    for item in items:
        claim = view.claims.get(item["claim"])
        sources = sorted((view.claims[s] for s in item["sources"] if s in view.claims),
                         key=view.claim_order)
        said = "<br>".join(f"<b>{esc(s['text'])}</b> {loc(s)}" for s in sources)
        rows.append([badge(item["verdict"]), f"<b>{esc(claim['text'])}</b>" if claim else "",
                     loc(claim) if claim else "", said, esc(item.get("majority")),
                     esc(item["message"])])
    return out + table(["verdict", "draft says", "location", "sources", "majority",
                        "message"], rows)


def variants_section(view: View, variants: list[Record]) -> list[str]:
    out = ["<h2>Variants</h2>", "<ul>"]
    for finding in variants:
        others = ", ".join(f"<b>{esc(c['text'])}</b> {loc(c)}" for c in view.minority(finding))
        out.append(f"<li><b>{esc(finding['attribute'])} — {esc(finding['subject'])}</b> "
                   f"{badges(finding)}: "
                   f"likely <mark>{esc(finding.get('likely'))}</mark>; also written {others}. "
                   f"{esc(finding['message'])}</li>")
    return out + ["</ul>"]


def agreements_section(view: View, agreements: list[Record], verbose: bool) -> list[str]:
    out = ["<h2>Agreements</h2>"]
    if verbose:
        for finding in agreements:
            out += finding_section(view, finding)
        return out
    rows = [[esc(cell) for cell in view.agreement_row(f)] for f in agreements]
    return out + table(["attribute", "subject", "value", "sources"], rows)


def render(report: Report, *, verbose: bool = False, color: bool = False,
           width: int = 100) -> str:
    """The report as a standalone HTML page; `color` and `width` are ignored."""
    view = View.of(report)
    body = ["<h1>factcheck report</h1>",
            f'<p class="summary">{esc(summary_line(view.summary))}</p>']
    items = view.audit()
    if items is not None:
        body += audit_section(view, items)
    if conflicts := view.findings("conflict"):
        body.append("<h2>Conflicts</h2>")
        for finding in conflicts:
            body += finding_section(view, finding)
    if inconsistencies := view.findings("inconsistency"):
        body.append("<h2>Inconsistencies</h2>")
        for finding in inconsistencies:
            body += finding_section(view, finding)
    if variants := view.findings("variant"):
        body += variants_section(view, variants)
    if agreements := view.findings("agreement"):
        body += agreements_section(view, agreements, verbose)
    if view.problems:
        body += ["<h2>Problems</h2>", "<ul>"]
        body += [f"<li>{badge(p['level'])} {esc(p['path'])}: {esc(p['message'])}</li>"
                 for p in view.problems]
        body.append("</ul>")
    # The CSP forbids scripts and remote loads: a second line of defence behind escaping.
    head = ['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
            '<meta http-equiv="Content-Security-Policy" '
            "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f'<meta name="generator" content="factcheck {esc(__version__)}">',
            "<title>factcheck report</title>", f"<style>{CSS}</style>", "</head>", "<body>"]
    return "\n".join(head + body + ["</body>", "</html>"]) + "\n"
