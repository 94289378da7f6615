"""Terminal format: the report read by a person, drawn with rich.

Article text never reaches rich as a markup string: it goes in `Text` objects
built from `safe()` strings, on a console with markup, emoji and highlighting
off, so "[bold]x[/bold]", ":smile:" and escape sequences print literally. With
`color=False` the output holds no ANSI codes at all.
"""
from __future__ import annotations

import io
from collections.abc import Iterable

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from factcheck.model import Report
from factcheck.report.text import explanation, location, one_line, summary_line
from factcheck.report.view import Record, View

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
VERDICT_STYLE = {"contradicted": "bold red", "unsupported": "yellow", "confirmed": "green"}
VALUE_STYLE = "bold reverse"


def make_console(color: bool, width: int) -> Console:
    """A console writing to a string; plain text unless `color`."""
    return Console(file=io.StringIO(), force_terminal=color, no_color=not color,
                   color_system="standard" if color else None, width=width,
                   highlight=False, emoji=False, markup=False, soft_wrap=False,
                   legacy_windows=False, record=False)


def plain(text: str | None, style: str = "") -> Text:
    """Article text as a rich Text: one line, control characters made visible."""
    return Text(one_line(text), style=style)


def quote(view: View, claim: Record, width: int = 160) -> Text:
    """The claim's sentence in quotes, the value highlighted, zone and hedge marks."""
    before, value, after = view.quote(claim, width)
    out = Text("“")
    out.append(before)
    out.append(value, style=VALUE_STYLE)
    out.append(after)
    out.append("”")
    if claim["zone"] == "comment":
        out.append(" (comment)", style="magenta")
    elif claim["zone"] not in ("body", "headline"):
        out.append(f" ({claim['zone']})", style="dim")
    if claim["hedged"]:
        out.append(" (hedged)", style="italic")
    return out


def claims_table(view: View, claims: Iterable[Record]) -> Table:
    """One row per source claim: value as written, file:line and quoted sentence."""
    table = Table(box=box.SIMPLE, show_header=True, pad_edge=False, expand=False)
    table.add_column("value", no_wrap=False, max_width=24)
    table.add_column("where", no_wrap=True)
    table.add_column("as written in the sentence", ratio=1, overflow="fold")
    for claim in claims:
        table.add_row(plain(claim["text"], "bold"),
                      Text(one_line(location(claim, column=False))), quote(view, claim))
    return table


def finding_header(finding: Record) -> Text:
    head = Text()
    head.append(one_line(finding["attribute"]), style="bold")
    head.append(" — ")
    head.append(one_line(finding["subject"]), style="bold")
    head.append(f"  [{finding['severity']}]", style=SEVERITY_STYLE.get(finding["severity"], ""))
    if finding.get("accepted"):
        head.append(" [accepted]", style="dim")
    return head


def print_finding(console: Console, view: View, finding: Record) -> None:
    """A finding in full: header, one row per source, its message."""
    console.print(finding_header(finding))
    console.print(claims_table(view, view.claims_of(finding)))
    console.print(plain(finding["message"]))
    why = explanation(finding)
    if why:
        console.print(plain(why, "dim"))
    if finding.get("note"):
        console.print(plain("note: " + finding["note"], "italic"))
    console.print()


def print_audit(console: Console, view: View, items: list[Record]) -> None:
    """The draft section: one entry per draft claim, worst verdict first."""
    counts = ", ".join(f"{view.summary.get(v, 0)} {v}" for v in VERDICT_STYLE)
    console.rule(Text(f"Draft {one_line(view.records.get('draft'))}: {counts}"), align="left")
    for item in items:
        claim = view.claims.get(item["claim"])
        line = Text()
        line.append(f"{item['verdict']:<13}", style=VERDICT_STYLE.get(item["verdict"], ""))
        if claim:
            line.append(one_line(claim["text"]), style="bold")
            line.append(f"  {one_line(location(claim, column=False))}  ")
        line.append(one_line(item["message"]))
        console.print(line)
        if item["verdict"] == "contradicted":
            sources = sorted((view.claims[s] for s in item["sources"] if s in view.claims),
                             key=view.claim_order)
            for source in sources:
                row = Text("    ")
                row.append(one_line(source["text"]), style="bold")
                row.append(f"  {one_line(location(source, column=False))}")
                console.print(row)
            if item.get("majority"):
                console.print(Text("    majority: ").append(one_line(item["majority"]),
                                                            style="bold"))
    console.print()


def print_variants(console: Console, view: View, variants: list[Record]) -> None:
    console.rule(Text("Variants"), align="left")
    for finding in variants:
        console.print(finding_header(finding))
        line = Text("  likely form: ")
        line.append(one_line(finding.get("likely")), style="bold green")
        console.print(line)
        shown = set()
        for claim in view.minority(finding):
            where = location(claim, column=False)
            if (claim["text"], where) in shown:  # twice on one line: said once
                continue
            shown.add((claim["text"], where))
            row = Text("  also written: ")
            row.append(one_line(claim["text"]), style="bold yellow")
            row.append(f"  {one_line(where)}")
            console.print(row)
        console.print(plain("  " + (finding["message"] or "")))
    console.print()


def agreements_table(view: View, agreements: list[Record]) -> Table:
    """All agreements in one compact table: attribute, subject, value, sources."""
    table = Table(box=box.SIMPLE, pad_edge=False)
    for name in ("attribute", "subject", "value", "sources"):
        table.add_column(name, justify="right" if name == "sources" else "left")
    for finding in agreements:
        attribute, subject, value, sources = view.agreement_row(finding)
        table.add_row(plain(attribute), plain(subject), plain(value), sources)
    return table


def render(report: Report, *, verbose: bool = False, color: bool = False,
           width: int = 100) -> str:
    """The check report for a terminal, in the order a reader needs it."""
    view = View.of(report)
    console = make_console(color, width)
    console.print(Text(summary_line(view.summary, audit=False), style="bold"))
    console.print()
    items = view.audit()
    if items is not None:
        print_audit(console, view, items)
    conflicts = view.findings("conflict")
    if conflicts:
        console.rule(Text("Conflicts"), align="left")
        for finding in conflicts:
            print_finding(console, view, finding)
    inconsistencies = view.findings("inconsistency")
    if inconsistencies:
        console.rule(Text("Inconsistencies"), align="left")
        for finding in inconsistencies:
            print_finding(console, view, finding)
    variants = view.findings("variant")
    if variants:
        print_variants(console, view, variants)
    agreements = view.findings("agreement")
    if agreements:
        console.rule(Text("Agreements"), align="left")
        if verbose:
            for finding in agreements:
                print_finding(console, view, finding)
        else:
            console.print(agreements_table(view, agreements))
    if view.problems:
        console.rule(Text("Problems"), align="left")
        for problem in view.problems:
            line = Text(f"{problem['level']}: ", style=SEVERITY_STYLE.get(problem["level"], ""))
            line.append(one_line(problem["path"]) + ": " + one_line(problem["message"]))
            console.print(line)
    return console.file.getvalue()


def render_claims(report: Report, *, color: bool = False, width: int = 100) -> str:
    """One table per document listing its claims, for `factcheck claims`."""
    view = View.of(report)
    console = make_console(color, width)
    for doc in view.records["documents"]:
        claims = sorted((c for c in view.records["claims"] if c["document"] == doc["id"]),
                        key=view.claim_order)
        title = Text(f"{one_line(doc['id'])} ({one_line(doc['language'])}, "
                     f"{doc['chars']} chars, {len(claims)} claims)")
        table = Table(title=title, box=box.SIMPLE, pad_edge=False, title_justify="left")
        for name in ("line:col", "kind/attribute", "subject", "value", "as written", "zone",
                     "hedged"):
            table.add_column(name, overflow="fold")
        for claim in claims:
            table.add_row(f"{claim['line']}:{claim['column']}",
                          plain(f"{claim['kind']}/{claim['attribute']}"),
                          plain(claim["subject"]), plain(claim["value"]["display"]),
                          plain(claim["text"], "bold"), plain(claim["zone"]),
                          "yes" if claim["hedged"] else "")
        console.print(table)
    return console.file.getvalue()
