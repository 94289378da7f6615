"""Hostile article text, end to end: read, extract, compare, then print in every format.

The two articles in tests/data/robustness/ carry rich markup, terminal escapes, script and
image tags and a 200,000-character line, each around a claim that conflicts with the
other article, so every hostile sentence reaches the report. The terminal must show the
text literally with no escape byte from the article; HTML and Markdown escape it; JSON
and SARIF are valid and keep it exactly.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.pipeline import check
from factcheck.report import render
from factcheck.ruleset import load_ruleset

DATA = Path(__file__).resolve().parent / "data" / "robustness"
FILES = [str(DATA / "hostile_fr.txt"), str(DATA / "hostile_fr_2.txt")]
SGR = re.compile(r"\x1b\[[0-9;]*m")  # colour codes rich itself may add

LITERALS = [
    "[bold]12 morts[/bold]",
    "[link=http://evil.example/]vers le rapport[/link]",
    "[link=javascript:alert(2)]selon la mairie[/link]",
    "[italic]provisoire[/italic]",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(3)>",
]


@pytest.fixture(scope="module")
def report():
    return check(FILES, load_ruleset())


def flat(text: str) -> str:
    """Undo table wrapping: cells wrap (or fold inside a long word) onto padded lines.

    All whitespace goes, so the check does not depend on where the terminal width,
    or the length of the path in the "where" column, made a line break.
    """
    return "".join(text.split())


def test_fixture_articles_hold_the_hostile_pieces():
    one = Path(FILES[0]).read_text(encoding="utf-8")
    assert "\x1b[2J" in one and "\x1b]0;pwned\x07" in one and "<script>" in one
    assert max(len(line) for line in one.splitlines()) >= 200_000


def test_every_hostile_sentence_yields_its_claim_and_conflict(report):
    values = {f.attribute.split(" ")[0]: sorted(f.values.values()) for f in report.findings
              if f.kind == "conflict"}
    assert values == {"deaths": ["11", "12"], "missing": ["7", "9"], "injured": ["29", "31"],
                      "evacuated": ["40", "45"], "homeless": ["250", "300"]}


def test_claim_in_the_long_line_has_exact_offsets(report):
    doc = report.document_index()[FILES[0]]
    claim = next(c for c in report.claims if c.text == "31")
    assert doc.text[claim.start:claim.end] == "31"
    assert claim.column > 199_000 and doc.line_col(claim.start) == (claim.line, claim.column)


def test_rich_in_terminal_prints_markup_literally_and_no_escape_byte():
    result = CliRunner().invoke(main, ["check", "--format", "rich", *FILES])
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "\x1b" not in out and "\x07" not in out
    text = flat(out)
    for literal in LITERALS:
        assert flat(literal) in text, literal
    assert "\\x1b[2J\\x1b]0;pwned\\x07" in text  # visible, not executed
    assert "pwned" not in out.replace("\\x1b]0;pwned", "")


def test_rich_in_colour_adds_only_colour_codes(report):
    out = render(report, "rich", color=True, width=100)
    assert SGR.search(out), "colour was asked for"
    bare = SGR.sub("", out)
    assert "\x1b" not in bare and "\x07" not in bare
    assert "\x1b]8;" not in out  # no hyperlink from [link=...]
    text = flat(bare)
    for literal in LITERALS:
        assert flat(literal) in text, literal


def test_rich_narrow_terminal_folds_long_words_instead_of_cutting_them(report):
    text = flat(render(report, "rich", width=72))
    for literal in LITERALS:
        assert flat(literal) in text, literal


def test_rich_keeps_long_line_short(report):
    out = render(report, "rich", width=100)
    assert len(out) < 20_000
    assert "31" in out and "blessés" in out


def test_html_escapes_tags_and_neutralises_escapes(report):
    out = render(report, "html", verbose=True)
    assert "<script>alert(1)</script>" not in out and "<img src=x" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(3)&gt;" in out
    assert "\x1b" not in out and "\x07" not in out
    assert "javascript:" not in re.sub(r"\[link=javascript:alert\(2\)\]", "", out)
    assert len(out) < 100_000  # the 200,000-character line is trimmed


def test_markdown_escapes_tags_and_neutralises_escapes(report):
    out = render(report, "markdown", verbose=True)
    assert "<script>" not in out and "<img" not in out
    assert "\x1b" not in out and "\x07" not in out
    assert "[link=http://evil.example/]" not in out  # brackets escaped: no Markdown link
    assert "\\[bold\\]" in out
    assert "provisoire\\[/italic\\] \\| colonne" in out  # a pipe in the text must not split the cell
    for line in out.splitlines():
        if line.startswith("|"):
            cells = re.split(r"(?<!\\)\|", line.strip())
            assert len(cells) == len(re.split(r"(?<!\\)\|", out.splitlines()[_header(out, line)]))


def _header(out: str, row: str) -> int:
    """Index of the header line of the table holding `row`."""
    lines = out.splitlines()
    i = lines.index(row)
    while i > 0 and lines[i - 1].startswith("|"):
        i -= 1
    return i


def test_json_keeps_text_exactly_and_has_no_raw_escape(report):
    out = render(report, "json")
    assert "\x1b" not in out and "\x07" not in out
    data = json.loads(out)
    texts = {d["id"]: Path(d["id"]).read_text(encoding="utf-8") for d in data["documents"]}
    sentences = " ".join(c["sentence"] for c in data["claims"])
    for piece in LITERALS + ["\x1b[2J\x1b]0;pwned\x07", "\x1b[31m dans le secteur\x1b[0m"]:
        assert piece in sentences, piece
    for c in data["claims"]:
        assert texts[c["document"]][c["start"]:c["end"]] == c["text"]


def test_sarif_is_valid_and_regions_point_at_the_values(report):
    data = json.loads(render(report, "sarif"))
    results = data["runs"][0]["results"]
    assert len(results) >= 5
    texts = {p: Path(p).read_text(encoding="utf-8") for p in FILES}
    seen = set()
    for r in results:
        for loc in r["locations"] + r.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            region = phys["region"]
            text = texts[phys["artifactLocation"]["uri"]]
            start = region["charOffset"]
            seen.add(text[start:start + region["charLength"]])
    assert {"12", "11", "7", "9", "31", "29", "40", "45", "250", "300"} <= seen
