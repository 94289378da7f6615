"""HTML pages in: claims from the article only, comments in the comment zone, title and date.

tests/data/newsroom/page.html is a page written for these tests: navigation, a cookie
banner and share buttons full of numbers that must yield no claim, an article with a
death toll (7) and a founding year (1962), a publication date in
<meta property="article:published_time">, reader comments (one says 9 dead), and a
related-links aside.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

PAGE = Path(__file__).resolve().parent / "data" / "newsroom" / "page.html"
TITLE = "Effondrement d'un immeuble à Corvennes : 7 morts"
# Numbers that only appear in navigation, cookie banner, share buttons, aside, footer, script.
FURNITURE_NUMBERS = ("1998", "12", "214", "13", "45", "2019", "3", "2024")


@pytest.fixture(scope="module")
def data() -> dict:
    result = CliRunner().invoke(main, ["claims", str(PAGE), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_document_has_title_date_and_format(data):
    (doc,) = data["documents"]
    assert doc["title"] == TITLE
    assert doc["date"] == "2024-02-17"
    assert doc["format"] == "html"
    assert doc["language"] == "fr"


def test_article_claims_are_found(data):
    body = [c for c in data["claims"] if c["zone"] in ("body", "headline")]
    deaths = [c for c in body if c["attribute"] == "deaths"]
    assert {c["value"]["point"] for c in deaths} == {7}
    founded = [c for c in body if c["attribute"] == "founded"]
    assert [c["value"]["year"] for c in founded] == [1962]


def test_no_claim_from_navigation_cookies_share_or_aside(data):
    texts = {c["text"] for c in data["claims"]}
    for number in FURNITURE_NUMBERS:
        assert number not in texts
    for word in ("Accueil", "Facebook", "Brissac", "partenaires", "Mentions"):
        assert not any(word in c["text"] or word in c["sentence"] for c in data["claims"])


def test_comment_claims_are_in_the_comment_zone(data):
    nine = [c for c in data["claims"] if c["text"] == "9"]
    assert len(nine) == 1 and nine[0]["zone"] == "comment"
    assert nine[0]["attribute"] == "deaths"
    assert all(c["zone"] != "comment" for c in data["claims"] if c["text"] == "7")


def test_claims_point_at_a_line_of_the_extracted_text(data):
    from factcheck.readers import read_path

    doc = read_path(str(PAGE))
    for c in data["claims"]:
        line = doc.line_text(c["line"])
        assert line[c["column"] - 1:c["column"] - 1 + len(c["text"])] == c["text"]


def test_comment_disagreement_is_not_a_conflict(tmp_path):
    other = tmp_path / "depeche.txt"
    other.write_text("Corvennes : 7 morts\n\nL'effondrement d'un immeuble à Corvennes a fait "
                     "7 morts vendredi, selon la préfecture.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(PAGE), str(other)])
    data = json.loads(result.stdout)
    deaths = {f["kind"]: f for f in data["findings"] if f["attribute"] == "deaths"}
    assert sorted(deaths) == ["agreement", "conflict"]
    # the reader's "9 morts" is shown, at info severity, and does not fail the run
    assert deaths["conflict"]["severity"] == "info"
    assert "reader comment" in deaths["conflict"]["message"]
    # while the page's article and the dispatch agree on 7
    assert "agree on 7" in deaths["agreement"]["message"]
    assert result.exit_code == 0


def test_html_from_stdin_is_recognised():
    result = CliRunner().invoke(main, ["claims", "--format", "json", "-"],
                                input=PAGE.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"][0]["title"] == TITLE
    assert data["documents"][0]["date"] == "2024-02-17"
    assert "214" not in {c["text"] for c in data["claims"]}
