"""The terminal report: order of sections, quotes with highlights, colour switch."""
from __future__ import annotations

import io
import re

import pytest
from rich.console import Console

from factcheck.report import FORMATS, render, render_claims
from factcheck.report.rich_report import make_console, quote
from factcheck.report.view import View
from report_fixtures import BLOG, LEMONDE, REUTERS, audit_report, empty_report, sample_report

ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def plain() -> str:
    return render(sample_report(), "rich", width=100)


def test_formats_are_the_documented_six():
    assert FORMATS == ("rich", "json", "markdown", "html", "sarif", "github")


def test_unknown_format_is_a_value_error():
    with pytest.raises(ValueError, match="unknown report format 'xml'"):
        render(sample_report(), "xml")
    with pytest.raises(ValueError, match="unknown claims format"):
        render_claims(sample_report(), "sarif")


def test_summary_comes_first(plain):
    assert plain.splitlines()[0] == (
        "3 documents, 14 claims: 2 conflicts, 2 agreements, 1 variant; 2 problems")


def test_sections_come_in_reading_order(plain):
    marks = ["Conflicts", "deaths — usine Sorvane", "founded — usine Sorvane", "Variants",
             "Agreements", "Problems"]
    positions = [plain.index(m) for m in marks]
    assert positions == sorted(positions)


def test_conflict_rows_name_value_place_and_sentence(plain):
    section = plain[plain.index("deaths — usine Sorvane"):plain.index("founded — usine")]
    assert "[error]" in section
    assert f"{LEMONDE}:3" in section and f"{LEMONDE}:8" in section and f"{REUTERS}:3" in section
    assert "“Selon la préfecture, 11 personnes sont mortes" in section
    assert "(comment)" in section and "(hedged)" in section
    assert "deaths of usine Sorvane: 11" in section


def test_value_is_highlighted_in_colour():
    out = render(sample_report(), "rich", color=True)
    assert ANSI.search(out)
    assert "\x1b[1;7m11\x1b[0m" in out  # bold reverse


def test_no_ansi_codes_without_colour(plain):
    assert "\x1b" not in plain


def test_lines_fit_the_width():
    for width in (60, 100, 140):
        out = render(sample_report(), "rich", width=width)
        assert max(len(line) for line in out.splitlines()) <= width


def test_variants_name_likely_and_minority_forms(plain):
    section = plain[plain.index("Variants"):plain.index("Agreements")]
    assert "likely form: Jean-Marc Dufresne" in section
    assert f"also written: Jean-Marc Dufrêne  {REUTERS}:5" in section


def test_agreements_are_compact_unless_verbose(plain):
    section = plain[plain.index("Agreements"):plain.index("Problems")]
    assert re.search(r"age\s+Jean-Marc Dufresne\s+54\s+2", section)
    assert "“" not in section
    verbose = render(sample_report(), "rich", verbose=True)
    section = verbose[verbose.index("Agreements"):verbose.index("Problems")]
    assert "age — Jean-Marc Dufresne" in section and "“Plant director" in section


def test_problems_come_last_one_line_each(plain):
    tail = plain[plain.index("Problems"):].splitlines()[1:]
    assert tail[0] == "error: articles/scan.pdf: unsupported format 'pdf'; skipped"
    assert tail[1].startswith(f"warning: {BLOG}: encoding guessed")


def test_draft_audit_lists_worst_verdicts_first():
    out = render(audit_report(), "rich")
    assert "Draft drafts/brouillon.txt: 2 contradicted, 1 unsupported, 1 confirmed" in out
    verdicts = re.findall(r"^(contradicted|unsupported|confirmed)\b", out, re.M)
    assert verdicts == ["contradicted", "contradicted", "unsupported", "confirmed"]
    assert "majority: 1987" in out and f"1987  {REUTERS}:3" in out
    assert out.splitlines()[0] == "3 documents, 15 claims: 0 conflicts, 0 agreements, 0 variants"


def test_empty_report():
    assert render(empty_report(), "rich").strip() == (
        "0 documents, 0 claims: 0 conflicts, 0 agreements, 0 variants")


def test_quote_is_a_text_with_the_value_styled():
    report = sample_report()
    view = View.of(report)
    text = quote(view, view.claims["c2"])
    console = Console(file=io.StringIO(), width=100, force_terminal=True,
                      color_system="standard")
    console.print(text)
    assert "\x1b[1;7m11" in console.file.getvalue()


def test_make_console_ignores_force_color(monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    console = make_console(False, 100)
    console.print("x", style="bold red")
    assert "\x1b" not in console.file.getvalue()


def test_claims_table_per_document():
    out = render_claims(sample_report(), "rich", width=120)
    assert "articles/lemonde.txt (fr, 360 chars, 6 claims)" in out
    assert "articles/reuters.txt (en," in out
    row = next(line for line in out.splitlines() if "Fourteen" in line)
    assert re.search(r"3:93\s+count/deaths\s+usine Sorvane\s+14\s+Fourteen\s+body\s+yes", row)
    assert "\x1b" not in out


def test_a_minority_spelling_twice_on_one_line_is_listed_once():
    from factcheck.model import Report
    from report_fixtures import claim, document, finding, name

    doc = document("a.txt", "Marta Quelen spoke, and Marta Quelen left. Marta Quellen stayed.\n", "en")
    claims = [claim(doc, "c1", "Marta Quelen", "spelling", "Marta Quellen", name("Marta Quelen"), kind="name"),
              claim(doc, "c2", "Marta Quelen", "spelling", "Marta Quellen", name("Marta Quelen"),
                    kind="name", after="and"),
              claim(doc, "c3", "Marta Quellen", "spelling", "Marta Quellen", name("Marta Quellen"),
                    kind="name")]
    variant = finding("f1", "variant", "warning", "spelling", "Marta Quellen", claims,
                      "Marta Quellen is also written Marta Quelen (a.txt:1)", likely="Marta Quellen")
    out = render(Report(documents=[doc], claims=claims, findings=[variant]), "rich", width=100)
    assert out.count("also written: Marta Quelen  a.txt:1") == 1
