"""Hostile article text stays literal in every format, and every format is deterministic."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.model import Claim, Document, Finding, Report, Value
from factcheck.report import FORMATS, render, render_claims
from report_fixtures import (BLOG_TEXT, CSI, LINK, LONG_LINE, MARKUP, OSC, SCRIPT,
                             audit_report, sample_report)

ANSI = re.compile(r"\x1b")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("build", [sample_report, audit_report])
def test_rendering_twice_gives_the_same_text(fmt, build):
    assert render(build(), fmt, verbose=True) == render(build(), fmt, verbose=True)


@pytest.mark.parametrize("fmt", ["rich", "json"])
def test_claims_rendering_is_deterministic(fmt):
    assert render_claims(sample_report(), fmt) == render_claims(sample_report(), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_raw_escape_character_outside_json(fmt):
    out = render(sample_report(), fmt, verbose=True)
    if fmt == "json":
        assert "\\u001b" in out and "\x1b" not in out  # JSON escapes it itself
    else:
        assert "\x1b" not in out and "\x07" not in out


def test_rich_prints_markup_and_emoji_codes_literally():
    out = render(sample_report(), "rich", verbose=True, width=200)
    for literal in (MARKUP, LINK, "[bold]x[/bold]", ":smile:", SCRIPT, "\\x1b[31m",
                    "\\x1b]0;title\\x07"):
        assert literal in out, literal
    assert "😄" not in out


def test_rich_in_colour_adds_only_its_own_codes():
    out = render(sample_report(), "rich", color=True, width=200)
    assert "\x1b]" not in out  # no OSC (title, hyperlink) sequence at all
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "\x1b" not in stripped
    assert MARKUP in stripped and "\\x1b[31m" in stripped


def test_long_line_is_trimmed_around_the_value():
    out = render(sample_report(), "rich", verbose=True)
    assert len(LONG_LINE) > 5000
    flat = " ".join(out.split())  # undo the table's wrapping
    assert "le directeur Jean-Marc Dufresne, qui parle de 13 morts, a tout vu" in flat
    assert "…" in flat and out.count("vraiment") < 20 and len(out) < 20000


def test_markdown_escapes_hostile_text():
    out = render(sample_report(), "markdown")
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "\\[bold red\\]boom\\[/\\]" in out and "\\| \\*gras" in out


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_hostile_text():
    out = render(sample_report(), "html")
    parser = Tags()
    parser.feed(out)
    assert "script" not in parser.tags
    text = "".join(parser.text)
    assert SCRIPT in text and MARKUP in text and "\\x1b]0;title\\x07" in text


def test_json_round_trips_hostile_text_exactly():
    data = json.loads(render(sample_report(), "json"))
    blog = [c for c in data["claims"] if c["id"] == "c12"][0]
    assert blog["sentence"] == BLOG_TEXT.splitlines()[2]
    assert CSI in blog["sentence"] and OSC in blog["sentence"]


def test_sarif_is_valid_json_with_hostile_text():
    log = json.loads(render(sample_report(), "sarif"))
    assert "founded of usine Sorvane" in log["runs"][0]["results"][1]["message"]["text"]


def test_github_lines_are_single_commands():
    for line in render(sample_report(), "github").splitlines():
        assert re.match(r"::(error|warning|notice) [^:]*::", line), line


def one_claim_report(text: str) -> Report:
    """A report whose subject, value and sentence are all the arbitrary `text`."""
    body = f"Avant {text} après.\n"
    doc = Document(id="a.txt", path="a.txt", text=body, language="fr")
    other = Document(id="b.txt", path="b.txt", text="Autre 12.\n", language="fr")
    value = Value("name", text or "-", name=text)
    claims = [Claim("c1", "a.txt", "name", "role", text, text.lower(), value, text, 6,
                    6 + len(text), 1, 7, body.rstrip("\n"), "r", hedged=True),
              Claim("c2", "b.txt", "count", "role", text, text.lower(), value, "12", 6, 8, 1, 7,
                    "Autre 12.", "r", zone="comment")]
    findings = [Finding(kind, kind, "error", "role", text, ("c1", "c2"),
                        {"a.txt": text, "b.txt": "12"}, f"{text} vs 12", "fp", likely="12")
                for kind in ("conflict", "variant", "agreement")]
    return Report(documents=[doc, other], claims=claims, findings=findings)


HOSTILE_TEXT = st.text(st.characters(codec="utf-8"), max_size=80) | st.sampled_from(
    [MARKUP, LINK, CSI, OSC, SCRIPT, "|", "\n\n# x", "]]>", "%0A::error::x"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(HOSTILE_TEXT)
def test_any_text_stays_inert(text):
    report = one_claim_report(text)
    rich_out = render(report, "rich", verbose=True)
    assert "\x1b" not in rich_out
    assert json.loads(render(report, "json"))["claims"][0]["sentence"] == f"Avant {text} après."
    parser = Tags()
    parser.feed(render(report, "html", verbose=True))
    assert set(parser.tags) <= {"html", "head", "meta", "title", "style", "body", "h1", "h2",
                                "h3", "p", "section", "span", "table", "tr", "th", "td", "b",
                                "q", "mark", "ul", "li", "br"}
    for line in render(report, "markdown").splitlines():
        assert not line.startswith("<")
    gh = render(report, "github").splitlines()
    assert len(gh) == 3 and all(line.startswith("::") for line in gh)
    json.loads(render(report, "sarif"))
