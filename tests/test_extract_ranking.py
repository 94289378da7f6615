"""With every built-in rule at once: which rule wins when two read the same number."""
from __future__ import annotations

import pytest

from factcheck.pipeline import extract_all
from factcheck.readers import read_text
from factcheck.ruleset import load_ruleset

RULES = load_ruleset()


def attributes(text: str, lang: str) -> dict[str, str]:
    doc = read_text(text, doc_id="a.txt", lang=lang)
    return {c.text: c.attribute for c in extract_all([doc], RULES) if c.kind != "name"}


@pytest.mark.parametrize("text, lang, value", [
    ("The crash claimed the lives of 7 passengers.", "en", "7"),
    ("L'accident a coûté la vie à sept passagers.", "fr", "sept"),
])
def test_a_toll_of_passengers_is_deaths_not_people_aboard(text, lang, value):
    assert attributes(text, lang)[value] == "deaths"


@pytest.mark.parametrize("text, lang", [
    ("The ferry was carrying 312 passengers.", "en"),
    ("Le ferry transportait 312 passagers.", "fr"),
])
def test_passengers_alone_are_people_aboard(text, lang):
    assert attributes(text, lang)["312"] == "aboard"


@pytest.mark.parametrize("text, lang", [
    ("Police arrested 14 suspects after the raid.", "en"),
    ("La police a interpellé 14 suspects après le coup de filet.", "fr"),
])
def test_arresting_suspects_is_an_arrest_count(text, lang):
    assert attributes(text, lang)["14"] == "arrests"
