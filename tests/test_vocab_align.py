"""Claim vocabulary files, name matching, and subjects of claims."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from factcheck.names import same_name
from factcheck.entities import Entities, fold
import factcheck
from factcheck.patterns import expand
from factcheck.readers import read_text


def test_one_data_file_per_language_with_the_same_keys():
    folder = Path(factcheck.__file__).resolve().parent / "lang"
    keys = {p.stem: set(tomllib.loads(p.read_text(encoding="utf-8"))) for p in folder.glob("*.toml")}
    assert set(keys) == {"fr", "en"}
    assert keys["fr"] == keys["en"]


@pytest.mark.parametrize("a,b,same", [
    ("Jonathan Hale", "Jonathon Hale", True),
    ("Datavent", "DataVent", True),
    ("Blue Wave", "Bluewave", True),
    ("Hélène Marchetti", "Helene Marchetti", True),
    ("Morison", "Morrison", True),
    ("Valmont", "Valmontqui", True),
    ("John Smith", "Joan Smith", False),
    ("Jean Dupont", "Jeanne Dupont", False),
    ("Paul Lambert", "Claire Lambert", False),
    ("Syria", "Syrian", False),
    ("Hortense", "Hortensia", False),
    ("Austria", "Australia", False),
])
def test_same_name(a, b, same):
    assert same_name(fold(a), fold(b)) is same


@pytest.mark.parametrize("text,subject,how", [
    ("Le forum Ardoise est né en ligne. Il a commencé vers 2007 sur un serveur.", "Ardoise", "pronoun"),
    ("Le club Orbite a grandi vite. Le club a été fondé en 2004 à Lyon.", "Orbite", "pronoun"),
    ("Selon Reuters, le groupe Velto a été fondé en 1999.", "Velto", "text"),
])
def test_subject_of_a_claim(text, subject, how):
    doc = read_text(text, doc_id="t", lang="fr")
    ents = Entities(doc)
    pos = text.rindex("20") if "20" in text else text.rindex("19")
    found, got_how = ents.subject_at(pos)
    assert found is not None and found.surface == subject and got_how == how


def test_sentence_initial_words_are_not_names():
    doc = read_text("Anciennement connu sous un autre nom, le site Ardoise ferme. Selon Reuters, il ferme.",
                    doc_id="t", lang="fr")
    names = [m.surface for m in Entities(doc).mentions]
    assert "Anciennement" not in names and "Selon" not in names and "Reuters" in names and "Ardoise" in names


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_placeholders_expand_for_every_language(lang):
    import re

    rx = re.compile(expand(r"{QTY}\s+{PERSONS}", lang))
    text = "au moins trois personnes" if lang == "fr" else "at least three people"
    m = rx.search(text)
    assert m and m.group("value").lower().startswith(("au moins", "at least"))
