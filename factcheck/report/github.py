"""GitHub Actions format: workflow commands that annotate the articles in a run.

With `--draft`, the draft comes first: an `::error` at each draft claim the sources
contradict (naming the draft's value, the majority value and every disagreeing
source with file:line:col) and a `::notice` at each unsupported one; confirmed
claims need no annotation. Then one line per source location of each conflict (`::error`, or `::notice` for a
claim in a reader-comment zone) and of each variant's minority forms
(`::warning`; `::notice` for an info finding, as SARIF's `note`); problems become
annotations on their file. Escaping follows
GitHub's workflow-command rules, so article text can neither end a command nor
start a new one: `%`, CR and LF are %-encoded everywhere, `:` and `,` too in
property values.
"""
from __future__ import annotations

from factcheck.model import Report
from factcheck.report.text import safe
from factcheck.report.view import Record, View

CONFLICT_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
VARIANT_COMMAND = {"error": "warning", "warning": "warning", "info": "notice"}  # as SARIF levels


def escape_data(text: str | None) -> str:
    """A command's message: control characters made visible, then %, CR, LF encoded."""
    out = safe(text).replace("%", "%25")
    return out.replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str | None) -> str:
    """A property value (file, title): like a message, plus `:` and `,` encoded."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **props: str | int) -> str:
    """`::name key=value,...::message` with every part escaped."""
    fields = ",".join(f"{key}={escape_property(str(val))}" for key, val in props.items())
    return f"::{name} {fields}::{escape_data(message)}" if fields else \
        f"::{name}::{escape_data(message)}"


def annotation(name: str, view: View, claim: Record, finding: Record, message: str) -> str:
    """One annotation; a finding the baseline accepts is a notice saying so."""
    title = f"factcheck {finding['attribute']}"
    if finding.get("accepted"):
        name, title, message = "notice", title + " (accepted)", "accepted in the baseline: " + message
    return command(name, message, file=view.path(claim["document"]), line=claim["line"],
                   col=claim["column"], title=title)


def conflict_lines(view: View, finding: Record) -> list[str]:
    """One annotation per source claim, each naming the value written there."""
    out = []
    base = CONFLICT_COMMAND.get(finding["severity"], "error")
    for claim in view.claims_of(finding):
        name = "notice" if claim["zone"] == "comment" else base
        marks = "".join(f" ({m})" for m, on in (("reader comment", claim["zone"] == "comment"),
                                                 ("hedged", claim["hedged"])) if on)
        out.append(annotation(name, view, claim, finding,
                              f"{claim['text']} here{marks}; {finding['message']}"))
    return out


def variant_lines(view: View, finding: Record) -> list[str]:
    """One warning (a notice at info severity) per minority form, offering the likely form."""
    out = []
    name = VARIANT_COMMAND.get(finding["severity"], "warning")
    for claim in view.minority(finding):
        text = f"{claim['text']} here, likely {finding.get('likely')}; {finding['message']}"
        out.append(annotation(name, view, claim, finding, text))
    return out


def draft_lines(view: View) -> list[str]:
    """An error per contradicted draft claim, a notice per unsupported one."""
    out = []
    for item in view.audit() or []:
        claim = view.claims.get(item["claim"])
        if claim is None or item["verdict"] == "confirmed":
            continue
        if item["verdict"] == "contradicted":
            name, text = "error", view.contradiction(item)
        else:
            name, text = "notice", f"{claim['text']} here, unsupported; {item['message']}"
        out.append(command(name, text, file=view.path(claim["document"]), line=claim["line"],
                           col=claim["column"], title=f"factcheck draft {claim['attribute']}"))
    return out


def render(report: Report, *, verbose: bool = False, color: bool = False,
           width: int = 100) -> str:
    """Workflow commands, one per line; agreements and confirmed draft claims produce none."""
    view = View.of(report)
    lines = draft_lines(view)
    for finding in view.findings("conflict"):
        lines += conflict_lines(view, finding)
    for finding in view.findings("variant"):
        lines += variant_lines(view, finding)
    for problem in view.problems:
        name = "error" if problem["level"] == "error" else "warning"
        lines.append(command(name, problem["message"], file=problem["path"],
                             title="factcheck problem"))
    return "".join(line + "\n" for line in lines)
