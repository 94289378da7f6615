"""Relative dates ("samedi", "il y a trois ans") resolved against a document's known date.

The date comes from `--date FILE=YYYY-MM-DD`, from an HTML page's metadata or from a
dateline in the text. Claims keep the words as written (`text`, `value.resolved_from`)
and carry the resolved date fields; findings show both.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

NEWSROOM = Path(__file__).resolve().parent / "data" / "newsroom"
FR = str(NEWSROOM / "relatif_fr.txt")
EN = str(NEWSROOM / "relative_en.txt")
EXPLICIT = str(NEWSROOM / "explicit_fr.txt")
PAGE = str(NEWSROOM / "page.html")


def run(*args: str) -> dict:
    result = CliRunner().invoke(main, [*args, "--format", "json"])
    assert result.exit_code in (0, 1), result.stderr
    return json.loads(result.stdout)


def claim_with(data: dict, text: str, doc: str | None = None) -> dict:
    found = [c for c in data["claims"] if c["text"].lower() == text.lower()
             and (doc is None or c["document"] == doc)]
    assert found, f"no claim {text!r} in {[c['text'] for c in data['claims']]}"
    return found[0]


def day(value: dict) -> tuple:
    return value.get("year"), value.get("month"), value.get("day")


# Monday 5 September 2022: "samedi" is the 3rd; Saturday 10 September: "Saturday" is that day.
@pytest.mark.parametrize("path, pub, words, resolved, granularity", [
    (FR, "2022-09-05", "samedi", (2022, 9, 3), "day"),
    (FR, "2022-09-12", "samedi", (2022, 9, 10), "day"),
    (FR, "2022-09-05", "il y a trois ans", (2019, None, None), "year"),
])
def test_resolved_with_date_option(path, pub, words, resolved, granularity):
    data = run("claims", "--date", f"{path}={pub}", path)
    assert data["documents"][0]["date"] == pub
    c = claim_with(data, words)
    assert c["text"] == words  # the words as written are kept
    assert c["value"]["resolved_from"] == words
    assert day(c["value"]) == resolved
    assert c["value"]["granularity"] == granularity


def test_founded_three_years_ago_is_approximate():
    value = claim_with(run("claims", "--date", f"{FR}=2022-09-05", FR), "il y a trois ans")["value"]
    assert value["hedge"] == "approx" and value["display"] == "about 2019"


def test_without_a_date_a_weekday_stays_a_weekday():
    value = claim_with(run("claims", FR), "samedi")["value"]
    assert "resolved_from" not in value and "year" not in value
    assert value["weekday"] == 5 and value["granularity"] == "weekday"


def test_date_option_matches_the_file_however_it_is_named(monkeypatch):
    monkeypatch.chdir(NEWSROOM)
    data = run("claims", "--date", "./relatif_fr.txt=2022-09-05", "relatif_fr.txt")
    assert data["documents"][0]["date"] == "2022-09-05"
    assert day(claim_with(data, "samedi")["value"]) == (2022, 9, 3)


def test_html_metadata_date_resolves_weekdays():
    data = run("claims", PAGE)
    assert data["documents"][0]["date"] == "2024-02-17"  # article:published_time
    vendredi = claim_with(data, "vendredi")
    assert vendredi["value"]["resolved_from"] == "vendredi"
    assert day(vendredi["value"]) == (2024, 2, 16)


def test_date_option_wins_over_html_metadata():
    data = run("claims", "--date", f"{PAGE}=2024-03-02", PAGE)
    assert data["documents"][0]["date"] == "2024-03-02"
    assert day(claim_with(data, "vendredi")["value"]) == (2024, 3, 1)


def test_dateline_in_the_text_dates_the_document():
    data = run("claims", str(NEWSROOM / "dateline_fr.txt"))
    assert data["documents"][0]["date"] == "2022-09-05"
    assert day(claim_with(data, "samedi")["value"]) == (2022, 9, 3)


def test_english_weekday_resolved():
    c = claim_with(run("claims", "--date", f"{EN}=2022-09-05", EN), "last saturday")
    assert c["value"]["resolved_from"].lower().endswith("saturday")
    assert day(c["value"]) == (2022, 9, 3)


def test_finding_shows_words_and_resolved_date():
    data = run("check", "-v", "--date", f"{FR}=2022-09-05", FR, EXPLICIT)
    finding = next(f for f in data["findings"] if f["values"].get(FR) == "samedi")
    assert finding["kind"] == "agreement"
    assert finding["values"][FR] == "samedi"
    assert finding["values"][EXPLICIT] == "3 septembre 2022"
    assert "2022-09-03" in finding["message"]


def test_markdown_finding_shows_words_and_resolved_date():
    result = CliRunner().invoke(main, ["check", "-v", "--format", "markdown",
                                       "--date", f"{FR}=2022-09-05", FR, EXPLICIT])
    section = next(part for part in result.stdout.split("### ") if "**samedi**" in part)
    assert "2022-09-03" in section


def test_a_different_publication_date_breaks_the_agreement():
    data = run("check", "--date", f"{FR}=2022-09-12", FR, EXPLICIT)
    assert not any(f["attribute"] == "date" for f in data["findings"])


# Relative expressions extracted by rules/date-relative.toml.
@pytest.mark.parametrize("path, words, resolved", [
    (FR, "le mois dernier", (2022, 8, None)),
    (FR, "cette semaine", (2022, 9, 5)),
    (EN, "last Saturday", (2022, 9, 3)),
    (EN, "two years ago", (2020, None, None)),
    (EN, "last month", (2022, 8, None)),
    (EN, "this week", (2022, 9, 5)),
])
def test_relative_expressions_resolved(path, words, resolved):
    # dated Saturday 10 Sept for English: "last Saturday" is then the 3rd, not the 10th
    pub = "2022-09-05" if path == FR else "2022-09-10"
    c = claim_with(run("claims", "--date", f"{path}={pub}", path), words)
    assert c["value"]["resolved_from"].lower() == words.lower()
    assert day(c["value"]) == resolved


def test_founded_years_ago_conflicts_with_an_explicit_year():
    data = run("check", "--date", f"{FR}=2022-09-05", FR, EXPLICIT)
    conflict = next(f for f in data["findings"] if f["kind"] == "conflict")
    assert conflict["attribute"] == "founded"
    assert conflict["values"][FR] == "il y a trois ans"
    assert "2019" in conflict["message"] and "2012" in conflict["message"]
