"""HTML output: one self-contained page; checked as text and in a real browser."""
from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck.report import render
from report_fixtures import SCRIPT, audit_report, empty_report, sample_report

CHROMIUM = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")


class Page(HTMLParser):
    """Collects the tags and the text of a page, and the text inside <mark>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []
        self.marks: list[str] = []
        self._in_mark = 0
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self._in_mark += tag == "mark"
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag):
        self._in_mark -= tag == "mark"
        self._skip -= tag in ("style", "title")

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)
        if self._in_mark:
            self.marks.append(data)


def parse(markup: str) -> Page:
    page = Page()
    page.feed(markup)
    page.close()
    return page


@pytest.fixture(scope="module")
def out() -> str:
    return render(sample_report(), "html")


def test_page_is_self_contained(out):
    assert out.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in out and "<style>" in out
    for external in ("<script", "<link", "src=", "@import", "url("):
        assert external not in out


def test_sections_and_quotes(out):
    text = " ".join("".join(parse(out).text).split())
    for heading in ("Conflicts", "Variants", "Agreements", "Problems"):
        assert heading in text
    assert "Selon la préfecture, 11 personnes sont mortes" in text
    assert "(comment)" in text and "(hedged)" in text


def test_values_are_marked(out):
    marks = parse(out).marks
    assert marks[:3] == ["11", "15", "Fourteen"]


def test_hostile_text_is_text_not_markup(out):
    page = parse(out)
    assert "script" not in page.tags
    assert SCRIPT in "".join(page.text)


def test_audit_and_empty():
    text = "".join(parse(render(audit_report(), "html")).text)
    assert "Draft drafts/brouillon.txt" in text and "contradicted" in text
    assert "0 documents" in "".join(parse(render(empty_report(), "html")).text)


def chromium(tmp_path: Path, *args: str) -> str:
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'profile'}", *args]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None,
                    reason="needs Debian's chromium: apt-get install -y chromium")
def test_browser_shows_hostile_text_as_text(tmp_path, out):
    page = tmp_path / "report.html"
    page.write_text(out, encoding="utf-8")
    dom = chromium(tmp_path, "--dump-dom", page.as_uri())
    parsed = parse(dom)
    assert "script" not in parsed.tags
    text = "".join(parsed.text)
    assert SCRIPT in text
    assert "[bold red]boom[/]" in text and "\\x1b[31m" in text
    assert "Selon la préfecture, 11 personnes sont mortes" in text
    assert parsed.marks[:3] == ["11", "15", "Fourteen"]


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None,
                    reason="needs Debian's chromium: apt-get install -y chromium")
def test_browser_reads_back_the_seed_report(tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    page = tmp_path / "seeds.html"
    result = CliRunner().invoke(main, ["check", "--format", "html", "-o", str(page), str(seeds)])
    assert result.exit_code == 1
    parsed = parse(chromium(tmp_path, "--dump-dom", page.as_uri()))
    text = " ".join("".join(parsed.text).split())
    assert "1 conflict" in text and "vers 2007" in text and "actif depuis 2013" in text
    assert "Matthieu Prince" in text and "vers 2007" in parsed.marks
