"""Findings explain themselves: why claims were aligned, how surely, and what to note;
--min-confidence filters on it; every format shows it. All texts are invented."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
SCHEMA = json.loads((ROOT / "factcheck" / "schema" / "report.schema.json").read_text(encoding="utf-8"))

FIRE_A = ("Incendie à Valmont\n"
          "L'incendie de l'entrepôt Corvex à Valmont a fait douze morts mardi, selon la préfecture.\n")
FIRE_B = ("Valmont : l'entrepôt Corvex en flammes\n"
          "L'incendie qui a ravagé mardi l'entrepôt Corvex de Valmont a fait quatorze morts.\n")
ONE = ("Valmont : réouverture du pont\n"
       "Le pont de Valmont rouvrira le mercredi 5 mars 2024 à 14 h 30, a annoncé la mairie. "
       "L'équipe locale s'est imposée 2 à 1 samedi.\n")


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


def write(tmp_path: Path, **texts: str) -> list[str]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_a_conflict_says_why_and_how_surely(tmp_path):
    result = invoke("check", "--format", "json", *write(tmp_path, a=FIRE_A, b=FIRE_B))
    data = json.loads(result.stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(data)
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict"]
    assert conflict["attribute"] == "deaths"
    assert "same measure: deaths" in conflict["why"]
    assert 0.5 <= conflict["confidence"] <= 1.0
    assert result.exit_code == 1


def test_every_reading_format_shows_the_explanation(tmp_path):
    paths = write(tmp_path, a=FIRE_A, b=FIRE_B)
    for fmt, mark in (("rich", "aligned on same measure: deaths"), ("markdown", "*aligned on same measure"),
                      ("html", '<p class="why">aligned on same measure')):
        out = invoke("check", "--format", fmt, *paths).stdout
        assert mark in out, fmt
        assert "(confidence " in out, fmt


def test_min_confidence_leaves_out_less_sure_conflicts():
    data = json.loads(invoke("check", "--format", "json", SEEDS).stdout)
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict"]
    below = invoke("check", "--format", "json", "--min-confidence", str(min(1.0, conflict["confidence"] + 0.01)),
                   SEEDS)
    assert not [f for f in json.loads(below.stdout)["findings"] if f["kind"] == "conflict"]
    assert below.exit_code == 0  # nothing left to fail the run
    kept = invoke("check", "--format", "json", "--min-confidence", str(conflict["confidence"]), SEEDS)
    assert [f for f in json.loads(kept.stdout)["findings"] if f["kind"] == "conflict"]
    assert kept.exit_code == 1


def test_min_confidence_outside_zero_to_one_is_a_usage_error():
    result = invoke("check", "--min-confidence", "1.5", SEEDS)
    assert result.exit_code == 2
    assert "--min-confidence" in result.output


def test_one_article_inconsistency_is_reported_in_every_format(tmp_path):
    (path,) = write(tmp_path, a=ONE)
    data = json.loads(invoke("check", "--format", "json", path).stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(data)  # times, scores and inconsistencies fit the schema
    assert {c["kind"] for c in data["claims"]} >= {"date", "time", "score"}
    (found,) = [f for f in data["findings"] if f["kind"] == "inconsistency"]
    assert "Tuesday" in found["message"]  # 5 March 2024 was a Tuesday
    assert data["summary"]["inconsistencies"] == 1
    assert "Inconsistencies" in invoke("check", path).stdout
    assert "## Inconsistencies" in invoke("check", "--format", "markdown", path).stdout
    assert "1 inconsistency" in invoke("check", path).stdout


TOLL_EARLY_FR = ("Publié le 3 mai 2024\nSéisme à Korvane\n"
                 "Le séisme qui a frappé Korvane a fait 40 morts, selon les secours.\n")
TOLL_LATE_FR = ("Publié le 5 mai 2024\nKorvane : le bilan du séisme s'alourdit\n"
                "Le séisme qui a frappé Korvane a fait 58 morts, selon un nouveau bilan des secours.\n")
TOLL_EARLY_EN = "Earthquake in Korvane\nThe earthquake that struck Korvane killed 40 people, rescuers said.\n"
TOLL_LATE_EN = "Korvane toll rises\nThe earthquake that struck Korvane killed 58 people, rescuers said.\n"


def test_a_toll_from_dated_sources_notes_the_most_recent_figure(tmp_path):
    paths = write(tmp_path, early=TOLL_EARLY_FR, late=TOLL_LATE_FR)
    data = json.loads(invoke("check", "--format", "json", *paths).stdout)
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict"]
    assert conflict["note"].startswith("evolving") and "2024-05-05" in conflict["note"] and "58" in conflict["note"]


def test_dates_given_on_the_command_line_date_the_sources(tmp_path):
    early, late = write(tmp_path, early=TOLL_EARLY_EN, late=TOLL_LATE_EN)
    data = json.loads(invoke("check", "--format", "json", "--date", f"{early}=2024-05-03",
                             "--date", f"{late}=2024-05-05", early, late).stdout)
    (conflict,) = [f for f in data["findings"] if f["kind"] == "conflict"]
    assert "58" in conflict["note"]
    undated = json.loads(invoke("check", "--format", "json", early, late).stdout)
    (plain,) = [f for f in undated["findings"] if f["kind"] == "conflict"]
    assert "note" not in plain  # no dates: nothing says which figure is newer
