"""Spec table for French/English detection (factcheck.langid)."""
from __future__ import annotations

import pytest

from factcheck.langid import SAMPLE, detect, scores

CASES = [
    ("Le pont a rouvert mardi après huit mois de travaux dans la ville.", "fr"),
    ("La société a déclaré qu’elle bloquait le site pour des raisons de sécurité.", "fr"),
    ("Les habitants sont venus nombreux et le maire est content.", "fr"),
    ("Kiwi Farms est un forum qui a commencé vers 2007.", "fr"),
    ("L'entreprise n'a pas répondu.", "fr"),
    ("The bridge reopened on Tuesday after eight months of work in the town.", "en"),
    ("The company said that it was blocking the site for safety reasons.", "en"),
    ("Kiwi Farms is a forum that started in 2007 and was renamed.", "en"),
    ("Residents came in large numbers and the mayor is pleased with the result.", "en"),
    ("", "en"),
    ("12 345 678", "en"),
    ("Kiwi Farms", "en"),
    # short texts with few or no stopwords: "à" and the accents decide
    ("Incendie à Valmont\n\nEnviron 400 pompiers étaient mobilisés mercredi à Valmont.", "fr"),
    ("Séisme : 12 blessés près d'Orvain", "fr"),
    ("Quake: 12 injured near Orvain", "en"),
    ("Café owner fined", "en"),
    ("Le CEO a dit : « The show must go on », et la salle a applaudi dans le calme.", "fr"),
]


@pytest.mark.parametrize("text, lang", CASES)
def test_detect(text: str, lang: str) -> None:
    assert detect(text) == lang


def test_only_the_first_sample_counts() -> None:
    text = "the " * (SAMPLE // 4) + "le la les des " * 10_000
    assert detect(text) == "en"


def test_scores_count_each_language() -> None:
    assert scores("le chat et la souris")["fr"] == 3
    assert scores("the cat and the mouse")["en"] == 3
