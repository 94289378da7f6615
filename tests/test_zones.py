"""Zones: headline, furniture, reader comments and quotations (factcheck.zones)."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from factcheck.readers import read_path, read_text
from factcheck.segment import paragraphs
from factcheck.zones import KEYS, compile_patterns, find_zones, zone_tables

ROOT = Path(__file__).resolve().parent.parent
SEED_FR_GEEK = ROOT / "seeds" / "003_e9c340a0aea209d4.txt"
SEED_FR_CLOUD = ROOT / "seeds" / "000_1e9aa604f06e6fd6.txt"
HTML_PAGE = Path(__file__).parent / "data" / "readers" / "article.html"


def zone_of(doc, needle: str) -> str:
    """Zone kind at the start of the first occurrence of `needle` in the document."""
    at = doc.text.index(needle)
    return doc.zone_at(at)


def kinds(text: str, lang: str = "fr") -> dict[str, str]:
    """Each non-empty line of `text` mapped to the zone kind at its start."""
    zones = find_zones(text, paragraphs(text), lang)
    out = {}
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            at = pos + line.index(stripped)
            out[stripped] = next((z.kind for z in zones if z.start <= at < z.end), "body")
        pos += len(line) + 1
    return out


@pytest.mark.parametrize("needle, kind", [
    ("Passer au contenu", "furniture"),
    ("Kiwi Farms\u00a0: c’est quoi ce forum", "headline"),
    ("Tout commence le 5 août dernier", "body"),
    ("“communauté dédiée à discuter", "quotation"),
    ("🟣 Pour ne manquer aucune news", "furniture"),
    ("2 commentaires", "furniture"),
    ("1. “canaux où seule", "comment"),
    ("Laissez moi devinez", "comment"),
    ("Encore un site de ramassis", "comment"),
    ("2. Votre article est bourré", "comment"),
    ("Laisser un commentaire", "furniture"),
    ("Votre adresse e-mail ne sera pas publiée", "furniture"),
])
def test_seed_journal_du_geek(needle: str, kind: str) -> None:
    doc = read_path(str(SEED_FR_GEEK))
    assert zone_of(doc, needle) == kind
    assert doc.title.startswith("Kiwi Farms")


@pytest.mark.parametrize("needle, kind", [
    ("La société d’infrastructure", "body"),
    ("Nuageux", "furniture"),
    ("“La rhétorique sur le site", "quotation"),
    ("Qu’est-ce que Kiwi Farms ?", "body"),
    ("Nous venons de bloquer Kiwifarms", "quotation"),
    ("Prince a déclaré que la décision", "body"),
])
def test_seed_cloudflare(needle: str, kind: str) -> None:
    doc = read_path(str(SEED_FR_CLOUD))
    assert zone_of(doc, needle) == kind
    assert doc.title is None  # the first paragraph is prose, not a headline


@pytest.mark.parametrize("text, line, kind", [
    ("Skip to content\n\nTitle here\n\nBody text. More text.", "Skip to content", "furniture"),
    ("Titre\n\nUn texte. Encore.\n\nPublicité\n\nSuite.", "Publicité", "furniture"),
    ("Titre\n\nUn texte.\n\nLire aussi : le pont rouvre\n\nSuite.", "Lire aussi : le pont rouvre",
     "furniture"),
    ("Title\n\nText.\n\nShare this:\n\nMore.", "Share this:", "furniture"),
    ("Title\n\nText.\n\nSign up for our daily newsletter\n\nMore.",
     "Sign up for our daily newsletter", "furniture"),
    ("Title\n\nText.\n\nWe use cookies to improve your experience.\n\nMore.",
     "We use cookies to improve your experience.", "furniture"),
    ("Title\n\nText.\n\nAdvertisement\n\nMore.", "Advertisement", "furniture"),
    ("A headline without a stop\n\nA body sentence.", "A headline without a stop", "headline"),
    ("A first line that ends with a stop.\n\nA body sentence.",
     "A first line that ends with a stop.", "body"),
    ("# Markdown title.\n\nBody.", "# Markdown title.", "headline"),
    ("Title\n\nOne. Two.\n\nThree.\n\nFour.\n\n12 comments\nGreat piece.\n\nLeave a Reply\n\nFooter",
     "Great piece.", "comment"),
    ("Title\n\nOne. Two.\n\nThree.\n\nFour.\n\nComments\nNice.\nReply\nAgreed.\n\nLeave a comment",
     "Agreed.", "comment"),
    ("Titre\n\n12 commentaires\n\nLe pont a rouvert.\n\nSuite.", "Le pont a rouvert.", "body"),
    ("Titre\n\nLe maire a dit « nous avons tenu les délais » hier.",
     "Le maire a dit « nous avons tenu les délais » hier.", "body"),
    ("Titre\n\nLe mot « pont » revient.", "Le mot « pont » revient.", "body"),
])
def test_line_kinds(text: str, line: str, kind: str) -> None:
    assert kinds(text, "en")[line] == kind


def test_quotation_span_covers_the_quote_marks() -> None:
    text = "Titre\n\nLe maire a dit « nous avons tenu les délais » hier."
    zones = [z for z in find_zones(text, paragraphs(text), "fr") if z.kind == "quotation"]
    assert [text[z.start:z.end] for z in zones] == ["« nous avons tenu les délais »"]


def test_zone_order_lets_furniture_win_over_quotation() -> None:
    text = "Titre\n\nUn.\n\nDeux.\n\nTrois.\n\n2 commentaires\n« Je suis bien d'accord avec vous »"
    doc = read_text(text, doc_id="t")
    order = [z.kind for z in doc.zones]
    assert order == sorted(order, key=["furniture", "comment", "headline", "quotation"].index)
    assert zone_of(doc, "« Je suis") == "comment"


def test_html_comments_start_where_the_extractor_says() -> None:
    doc = read_path(str(HTML_PAGE))
    assert zone_of(doc, "Enfin ! Huit mois") == "comment"
    assert zone_of(doc, "Merci aux ouvriers") == "comment"
    assert zone_of(doc, "Le pont de Valmont a rouvert") == "body"
    assert len([z for z in doc.zones if z.kind == "comment"]) == 1


def test_zone_data_has_identical_keys_per_language() -> None:
    data = zone_tables()
    assert set(data) == {"fr", "en"}
    for table in data.values():
        assert sorted(table) == sorted(KEYS)


def test_zone_data_can_be_extended() -> None:
    pat = compile_patterns({"fr": {"furniture": ["météo du jour"]}})
    text = "Titre\n\nUn texte.\n\nMétéo du jour\n\nSuite du texte."
    zones = find_zones(text, paragraphs(text), "fr", patterns=pat)
    assert [text[z.start:z.end] for z in zones if z.kind == "furniture"] == ["Météo du jour"]


@pytest.mark.parametrize("text", ["Kiwi Farms a été fondé en 2013", "# Seul titre"])
def test_a_lone_line_is_body_not_headline(text: str) -> None:
    assert find_zones(text, paragraphs(text), "fr") == []
