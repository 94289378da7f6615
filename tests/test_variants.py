"""Spelling variants: what is one name written two ways, and what is not.

Invented names only. Typography (the apostrophe's style, a possessive), a name beside
its adjective or demonym, and a place's name in another language are not spellings
to fix; a letter in or out, a swapped vowel inside the word, a folded accent are.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.pipeline import check
from factcheck.ruleset import load_ruleset
from factcheck.variants import _is_variant, surface_form

RULES = load_ruleset()


def run(tmp_path: Path, *texts: str):
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"src_{chr(97 + i)}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return check(paths, RULES)


def variants(report) -> list:
    return [f for f in report.findings if f.kind == "variant"]


@pytest.mark.parametrize("a, b, variant", [
    # typography: the apostrophe's style, a possessive
    ("Valdoria's", "Valdoria’s", False),
    ("Valdoria's", "Valdoria", False),
    ("O'Brannagh", "O’Brannagh", False),
    ("Pellworth’", "Pellworth", False),
    # a name beside its adjective or demonym
    ("Valdoria", "Valdorian", False),
    ("Valdoria", "Valdorians", False),
    ("Brescany", "Brescanese", False),
    ("Valdorie", "Valdorien", False),
    ("Valdorie", "Valdoriennes", False),
    ("Morvance", "Morvançais", False),
    ("Trelazac", "Trelazacois", False),
    ("Valdorian Airways", "Valdoria Airways", False),
    # the same place in another language: only a final vowel differs
    ("Valdoria", "Valdorie", False),
    ("Radio Valdoria", "Radio Valdorie", False),
    # real spelling variants stay variants
    ("Jonathan Hale", "Jonathon Hale", True),
    ("Morison", "Morrison", True),
    ("Quellen", "Quelen", True),
    ("Brannagh", "Branagh", True),
    ("DataVent", "Datavent", True),
    ("Dufrêne", "Dufresne", True),
    ("Valdoria", "Valdorai", True),
])
def test_what_is_a_spelling_variant(a, b, variant):
    assert _is_variant(a, b) is variant
    assert _is_variant(b, a) is variant


@pytest.mark.parametrize("a, b, variant", [
    ("Valdoria", "Valdorie", True),  # both in French articles: a spelling, not a translation
    ("Radio Valdoria", "Radio Valdorie", True),
    ("Marta Quellena", "Marta Quellene", True),
    ("Valdoria", "Valdorian", False),  # still its adjective
    ("Germany", "German", False),  # an added final vowel: still a derived word
])
def test_a_changed_final_vowel_in_one_language_is_a_spelling(a, b, variant):
    assert _is_variant(a, b, one_language=True) is variant
    assert _is_variant(b, a, one_language=True) is variant


def test_one_language_decides_from_the_articles_languages(tmp_path):
    text = "Valdoria\n{} a annoncé jeudi un plan de 300 emplois à Valmont, selon {}.\n"
    report = run(tmp_path, text.format("Radio Valdoria", "Marta Quellena"),
                 text.format("Radio Valdorie", "Marta Quellene"))
    assert [f.message for f in variants(report) if "Quellen" in f.likely], "two French articles: a variant"


@pytest.mark.parametrize("raw, form", [
    ("Valdoria's", "Valdoria"),
    ("Valdoria’s", "Valdoria"),
    ("O’Brannagh", "O'Brannagh"),
    ("Pellworths'", "Pellworths"),
    ("Marta Quellen", "Marta Quellen"),
])
def test_surface_form(raw, form):
    assert surface_form(raw) == form


def test_apostrophe_style_is_not_a_variant(tmp_path):
    report = run(tmp_path,
                 "Valdoria's parliament voted on Tuesday. The vote in Valdoria's capital was close.\n",
                 "Valdoria’s parliament voted on Tuesday. Officials in Valdoria’s capital were surprised.\n")
    assert variants(report) == []


def test_a_name_beside_its_adjective_or_its_french_name_is_not_a_variant(tmp_path):
    report = run(tmp_path,
                 "Valdoria voted on Tuesday. The Valdorian government said 12 people were injured.\n",
                 "Le parlement de la Valdorie a voté mardi. Les Valdoriens parlent de 12 blessés.\n",
                 "The broadcaster Radio Valdoria said the Valdorian minister resigned.\n")
    assert variants(report) == []


def test_a_misspelt_name_is_still_a_variant(tmp_path):
    report = run(tmp_path,
                 "Marta Quellen chairs the board of Pellworth. Marta Quellen spoke on Tuesday.\n",
                 "Marta Quelen chairs the board of Pellworth.\n")
    (variant,) = variants(report)
    assert variant.likely == "Marta Quellen"
    assert "Marta Quelen" in variant.message


def test_a_possessive_of_the_likely_form_is_not_listed_as_a_minority_spelling():
    from factcheck.model import Report
    from factcheck.report.view import View
    from report_fixtures import claim, document, finding, name

    doc = document("a.txt", "Valdoria’s vote was close. Valdorai voted.\n", "en")
    claims = [claim(doc, "c1", "Valdoria’s", "spelling", "Valdoria", name("Valdoria’s"), kind="name"),
              claim(doc, "c2", "Valdorai", "spelling", "Valdoria", name("Valdorai"), kind="name")]
    variant = finding("f1", "variant", "warning", "spelling", "Valdoria", claims,
                      "Valdoria is also written Valdorai (a.txt:1)", likely="Valdoria")
    view = View.of(Report(documents=[doc], claims=claims, findings=[variant]))
    assert [c["text"] for c in view.minority(view.records["findings"][0])] == ["Valdorai"]
