"""The seed articles: what `factcheck claims` and `factcheck check` must find in them."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
A = str(SEEDS / "000_1e9aa604f06e6fd6.txt")
B = str(SEEDS / "003_e9c340a0aea209d4.txt")


def run(*args: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, [*args, "--format", "json", A, B])
    return result.exit_code, json.loads(result.output)


@pytest.fixture(scope="module")
def claims() -> list[dict]:
    code, data = run("claims")
    assert code == 0 and data["version"] == 1
    assert [d["id"] for d in data["documents"]] == [A, B]
    return data["claims"]


@pytest.fixture(scope="module")
def check() -> tuple[int, dict]:
    return run("check")


def find(claims, doc, **want):
    return [c for c in claims if c["document"] == doc
            and all((c["value"].get(k[6:]) if k.startswith("value_") else c.get(k)) == v for k, v in want.items())]


def test_start_year_about_2007_is_approximate(claims):
    (c,) = find(claims, A, attribute="founded")
    assert c["text"] == "vers 2007" and c["value"]["hedge"] == "approx"
    assert c["value"]["low"] < 2007 < c["value"]["high"]
    assert c["subject"] == "Kiwi Farms" and c["subject_from"] == "pronoun"


def test_active_since_2013(claims):
    (c,) = find(claims, B, attribute="founded")
    assert c["text"] == "2013" and c["subject"] == "Kiwi Farms" and c["line"] == 13


def test_rename_in_2014(claims):
    (c,) = find(claims, A, attribute="renamed")
    assert c["text"] == "2014" and c["subject"] == "Kiwi Farms"


@pytest.mark.parametrize("doc", [A, B])
def test_at_least_three_suicides_from_the_word(claims, doc):
    (c,) = find(claims, doc, attribute="suicides")
    assert c["text"] == "Au moins trois"
    assert c["value"]["low"] >= 3 and c["value"]["point"] == 3 and c["value"]["hedge"] == "min"


def test_51_killed_in_2019_is_not_the_forum_toll(claims, check):
    (c,) = find(claims, A, attribute="deaths")
    assert c["text"] == "51" and c["frame"]["time"] == "2019"  # dated to another event
    _, data = check
    assert not [f for f in data["findings"] if c["id"] in f["claims"]]


@pytest.mark.parametrize("doc,text,granularity", [
    (A, "3 septembre 2022", "day"), (A, "31 août", "day"), (B, "5 août", "day"),
    (B, "4 septembre", "day"), (B, "septembre 2022", "month"), (A, "samedi", "weekday"),
])
def test_dates_with_granularity(claims, doc, text, granularity):
    found = [c for c in find(claims, doc, kind="date") if c["text"] == text]
    assert found and found[0]["value"]["granularity"] == granularity


def test_persons_and_roles(claims):
    (prince,) = find(claims, A, kind="person", subject="Matthew Prince")
    assert "PDG" in prince["text"] and "Cloudflare" in prince["text"]
    assert find(claims, B, kind="person", subject="Joshua Moon")
    assert any(c["subject"].endswith("Clara Sorrenti") for c in find(claims, B, kind="alias"))


@pytest.mark.parametrize("doc,alias", [(A, "CWCki"), (B, "CWCki Forums"), (A, "Keffals"), (B, "Keffals")])
def test_aliases(claims, doc, alias):
    assert [c for c in find(claims, doc, kind="alias") if c["value"]["name"] == alias]


def test_no_claim_from_furniture_or_comment_headings(claims):
    text_b = Path(B).read_text(encoding="utf-8")
    text_a = Path(A).read_text(encoding="utf-8")
    for c in claims:
        source = text_a if c["document"] == A else text_b
        line = source.splitlines()[c["line"] - 1]
        assert line.strip() not in ("Nuageux", "Passer au contenu", "2 commentaires", "Laisser un commentaire")


def test_second_comment_claim_is_in_comment_zone(claims):
    text = Path(B).read_text(encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if t.strip().startswith("2. Votre article"))
    on_line = [c for c in claims if c["document"] == B and c["line"] == line]
    assert on_line and all(c["zone"] == "comment" for c in on_line)


def test_every_claim_points_at_its_text(claims):
    texts = {A: Path(A).read_text(encoding="utf-8"), B: Path(B).read_text(encoding="utf-8")}
    for c in claims:
        assert texts[c["document"]][c["start"]:c["end"]] == c["text"]


def test_check_exits_1_on_the_start_conflict(check):
    code, data = check
    assert code == 1
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict" and f["attribute"] == "founded"]
    assert conflict["values"] == {A: "vers 2007", B: "2013"}
    assert "about 2007" in conflict["message"] and f"{A}:15" in conflict["message"] and f"{B}:13" in conflict["message"]


def test_check_agrees_on_suicides(check):
    _, data = check
    agreements = {f["attribute"]: f for f in data["findings"] if f["kind"] == "agreement"}
    assert agreements["suicides"]["values"] == {A: "Au moins trois", B: "Au moins trois"}
    assert "same measure: suicides" in agreements["suicides"]["why"]


def test_check_reports_prince_variants(check):
    _, data = check
    variants = [f for f in data["findings"] if f["kind"] == "variant" and f.get("likely") == "Matthew Prince"]
    assert len(variants) == 1
    assert "Matthieu Prince" in variants[0]["message"] and "Price" in variants[0]["message"]


def test_check_rich_report_shows_both_quotes(tmp_path):
    result = CliRunner().invoke(main, ["check", A, B])
    assert result.exit_code == 1
    out = " ".join(result.output.split())
    assert "1 conflict" in out and "vers 2007" in out and "actif depuis 2013" in out
    assert "\x1b[" not in result.output  # not a terminal: no colour
