"""Markdown output: a ticket-ready report whose tables survive any article text."""
from __future__ import annotations

import re

import pytest

from factcheck.report import render
from factcheck.report.markdown import md, md_block
from report_fixtures import LEMONDE, audit_report, empty_report, sample_report

UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")


@pytest.fixture(scope="module")
def out() -> str:
    return render(sample_report(), "markdown")


def test_title_summary_and_sections_in_order(out):
    lines = out.splitlines()
    assert lines[0] == "# factcheck report"
    assert lines[2] == "3 documents, 14 claims: 2 conflicts, 2 agreements, 1 variant; 2 problems"
    heads = [line for line in lines if line.startswith("## ")]
    assert heads == ["## Conflicts", "## Variants", "## Agreements", "## Problems"]


def test_each_conflict_is_a_table(out):
    section = out[out.index("### deaths"):out.index("### founded")]
    assert "| source | value | location | quote |" in section
    row = f"| {LEMONDE} | 11 | {LEMONDE}:3:114 | “Selon la préfecture, **11** personnes"
    assert row in section
    assert "*(comment)*" in section and "*(hedged)*" in section


def test_every_table_row_has_the_header_cell_count(out):
    table: list[str] = []
    for line in out.splitlines() + [""]:
        if line.startswith("|"):
            table.append(line)
        elif table:
            counts = {len(UNESCAPED_PIPE.findall(row)) for row in table}
            assert len(counts) == 1, table
            table = []


def test_agreements_compact_then_verbose(out):
    assert "| age | Jean-Marc Dufresne | 54 | 2 |" in out
    verbose = render(sample_report(), "markdown", verbose=True)
    assert "### age — Jean-Marc Dufresne (info)" in verbose


def test_variant_line(out):
    assert ("- **director — usine Sorvane**: likely **Jean-Marc Dufresne**; also written "
            "Jean-Marc Dufrêne (articles/reuters.txt:5:16).") in out


def test_audit_table():
    out = render(audit_report(), "markdown")
    assert "## Draft drafts/brouillon.txt" in out
    rows = [line for line in out.splitlines() if line.startswith("| **")]
    assert [r.split("**")[1] for r in rows] == ["contradicted", "contradicted", "unsupported",
                                                "confirmed"]


def test_empty_report():
    assert render(empty_report(), "markdown") == (
        "# factcheck report\n\n0 documents, 0 claims: 0 conflicts, 0 agreements, 0 variants\n")


@pytest.mark.parametrize("raw, escaped", [
    ("a | b", "a \\| b"),
    ("*x* _y_ `z`", "\\*x\\* \\_y\\_ \\`z\\`"),
    ("[t](http://x)", "\\[t\\](http://x)"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ("# title", "\\# title"),
    ("two\nlines", "two lines"),
    ("back\\slash", "back\\\\slash"),
    ("AT&T", "AT&amp;T"),
    ("\x1b[31m", "\\\\x1b\\[31m"),
])
def test_md_escapes(raw, escaped):
    assert md(raw) == escaped


@pytest.mark.parametrize("raw, escaped", [
    ("1. first", "1\\. first"), ("- item", "\\- item"), ("+ x", "\\+ x"), ("== h", "\\== h"),
    ("deaths of x", "deaths of x"),
])
def test_md_block_escapes_list_markers(raw, escaped):
    assert md_block(raw) == escaped


def test_each_variant_spelling_is_printed_once(out):
    (line,) = [x for x in out.splitlines() if x.startswith("- **director")]
    assert line.count("Dufrêne") == 1
    assert line.endswith("also written Jean-Marc Dufrêne (articles/reuters.txt:5:16).")
