"""Spec tables for paragraph and sentence splitting (factcheck.segment)."""
from __future__ import annotations


import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.segment import paragraphs, sentences


def split(text: str, lang: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text, lang)]


FR = [
    ("M. Dupont est arrivé. Il repart demain.", ["M. Dupont est arrivé.", "Il repart demain."]),
    ("Mme Durand a parlé. Puis elle est partie.", ["Mme Durand a parlé.", "Puis elle est partie."]),
    ("Le Dr. Martin opère. Tout va bien.", ["Le Dr. Martin opère.", "Tout va bien."]),
    ("Il est né en 52 av. J.-C. César régnait alors.",
     ["Il est né en 52 av. J.-C.", "César régnait alors."]),
    ("Le prix est de 7,95 euros. Il baisse.", ["Le prix est de 7,95 euros.", "Il baisse."]),
    ("La hausse atteint 2.5 %. Un record.", ["La hausse atteint 2.5 %.", "Un record."]),
    ("Il a dit « c'est fini. » Puis il est parti.",
     ["Il a dit « c'est fini. »", "Puis il est parti."]),
    ("« Pourquoi ? » demande-t-il. Personne ne répond.",
     ["« Pourquoi ? » demande-t-il.", "Personne ne répond."]),
    ("Elle a crié “Au secours.” et s'est enfuie. Fin.",
     ["Elle a crié “Au secours.” et s'est enfuie.", "Fin."]),
    ("Les fruits, légumes, etc. sont chers. Les prix montent.",
     ["Les fruits, légumes, etc. sont chers.", "Les prix montent."]),
    ("Voir p. 12 du rapport. Il est long.", ["Voir p. 12 du rapport.", "Il est long."]),
    ("Le vol. 3 paraît le 2 sept. 2023 en librairie. Enfin.",
     ["Le vol. 3 paraît le 2 sept. 2023 en librairie.", "Enfin."]),
    ("Qu’est-ce que Kiwi Farms ?\nKiwi Farms est un forum.",
     ["Qu’est-ce que Kiwi Farms ?", "Kiwi Farms est un forum."]),
    ("Kiwi Farms : c’est quoi ce forum\nLe site a fermé.",
     ["Kiwi Farms : c’est quoi ce forum", "Le site a fermé."]),
    ("Il attend... Rien ne vient.", ["Il attend...", "Rien ne vient."]),
    ("Il attend… puis il part.", ["Il attend… puis il part."]),
    ("Le bilan : 11 morts ! Les secours sont sur place.",
     ["Le bilan : 11 morts !", "Les secours sont sur place."]),
    ("1. Premier point\n2. Second point", ["1. Premier point", "2. Second point"]),
    ("Les É.-U. ont réagi. Paris aussi.", ["Les É.-U. ont réagi.", "Paris aussi."]),
]

EN = [
    ("Mr. Smith arrived. He left later.", ["Mr. Smith arrived.", "He left later."]),
    ("Dr. Jones agreed. Nobody else did.", ["Dr. Jones agreed.", "Nobody else did."]),
    ("The U.S. Army left. Fighting resumed.", ["The U.S. Army left.", "Fighting resumed."]),
    ("J. K. Rowling wrote it. It sold well.", ["J. K. Rowling wrote it.", "It sold well."]),
    ("It opened on Oct. 5 in London. Crowds came.",
     ["It opened on Oct. 5 in London.", "Crowds came."]),
    ("Sales rose 2.5 percent. Profits fell.", ["Sales rose 2.5 percent.", "Profits fell."]),
    ("He said “I quit.” and left. Then he came back.",
     ["He said “I quit.” and left.", "Then he came back."]),
    ("“We are closing.” The firm confirmed it.", ["“We are closing.”", "The firm confirmed it."]),
    ('"It is over." Nobody disagreed.', ['"It is over."', "Nobody disagreed."]),
    ("See No. 7 on the list. It is short.", ["See No. 7 on the list.", "It is short."]),
    ("St. Louis is large. It grew fast.", ["St. Louis is large.", "It grew fast."]),
    ("Read vol. 2 first. Then vol. 3.", ["Read vol. 2 first.", "Then vol. 3."]),
    ("Is it true? Nobody knows!", ["Is it true?", "Nobody knows!"]),
    ("Apples, pears, etc. are sold. Prices rose.", ["Apples, pears, etc. are sold.", "Prices rose."]),
    ("He was born in Sept. 1990 in Ohio. He moved.",
     ["He was born in Sept. 1990 in Ohio.", "He moved."]),
    ("Breaking news\nA bridge collapsed on Monday.", ["Breaking news", "A bridge collapsed on Monday."]),
    ("Mrs. Brown (the mayor.) spoke. Applause.", ["Mrs. Brown (the mayor.) spoke.", "Applause."]),
    ("It cost $4.2 million. That is a lot.", ["It cost $4.2 million.", "That is a lot."]),
    ("Nov. 3 was chosen. Wait... Nothing.", ["Nov. 3 was chosen.", "Wait...", "Nothing."]),
]


@pytest.mark.parametrize("text, expected", FR)
def test_sentences_fr(text: str, expected: list[str]) -> None:
    assert split(text, "fr") == expected


@pytest.mark.parametrize("text, expected", EN)
def test_sentences_en(text: str, expected: list[str]) -> None:
    assert split(text, "en") == expected


PARAGRAPHS = [
    ("Un.\n\nDeux.", ["Un.", "Deux."]),
    ("Un\nsuite.\n\n\n  Deux.  \n", ["Un\nsuite.", "Deux."]),
    ("Ligne un.\nLigne deux.\nLigne trois.", ["Ligne un.", "Ligne deux.", "Ligne trois."]),
    ("Un.\n \t\nDeux.", ["Un.", "Deux."]),
    ("   \n\n  ", []),
    ("", []),
]


@pytest.mark.parametrize("text, expected", PARAGRAPHS)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in paragraphs(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("ab .?!\n«» “”\"M1,")), max_size=200))
def test_spans_are_ordered_trimmed_and_inside(text: str) -> None:
    for spans in (sentences(text, "fr"), paragraphs(text)):
        last = 0
        for a, b in spans:
            assert last <= a < b <= len(text)
            assert not text[a].isspace() and not text[b - 1].isspace()
            last = b


def test_sentences_never_cross_a_newline() -> None:
    text = "Titre sans point\nM. X a dit\nla suite."
    assert all("\n" not in text[a:b] for a, b in sentences(text, "fr"))
