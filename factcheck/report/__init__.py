"""Report formats: one module per format, all reading `Report.to_records()`.

`render()` serves `factcheck check`, `render_claims()` serves `factcheck claims`.
Format modules are imported lazily so that the JSON path never imports rich.
"""
from __future__ import annotations

from importlib import import_module

from factcheck.model import Report

FORMATS = ("rich", "json", "markdown", "html", "sarif", "github")
CLAIM_FORMATS = ("rich", "json")

_MODULES = {
    "rich": "rich_report",
    "json": "json_report",
    "markdown": "markdown",
    "html": "html",
    "sarif": "sarif",
    "github": "github",
}


def render(report: Report, fmt: str, *, verbose: bool = False, color: bool = False,
           width: int = 100) -> str:
    """The whole report in format `fmt` (one of FORMATS), as one string.

    `verbose` shows agreements in full (rich, markdown, html); `color` and `width`
    only matter to the rich format. Raises ValueError for an unknown format.
    """
    if fmt not in _MODULES:
        raise ValueError(f"unknown report format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = import_module(f"factcheck.report.{_MODULES[fmt]}")
    return module.render(report, verbose=verbose, color=color, width=width)


def render_claims(report: Report, fmt: str, *, color: bool = False, width: int = 100) -> str:
    """The claims found in each document, for `factcheck claims` ("rich" or "json")."""
    if fmt == "json":
        from factcheck.report.json_report import render_claims as json_claims

        return json_claims(report)
    if fmt == "rich":
        from factcheck.report.rich_report import render_claims as rich_claims

        return rich_claims(report, color=color, width=width)
    raise ValueError(f"unknown claims format {fmt!r}; choose from {', '.join(CLAIM_FORMATS)}")
