"""Reading files, folders and stdin into Documents (factcheck.readers, htmltext)."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest

from factcheck.htmltext import html_to_document_parts
from factcheck.readers import SUPPORTED, dateline, iter_paths, read_all, read_path, read_text

DATA = Path(__file__).parent / "data" / "readers"


def test_supported_suffixes() -> None:
    assert SUPPORTED == {".txt", ".md", ".markdown", ".html", ".htm"}


def test_read_text_builds_a_full_document() -> None:
    doc = read_text("Le pont rouvre\n\nLe pont a rouvert mardi. Il avait fermé en mai.", doc_id="x")
    assert (doc.id, doc.path, doc.fmt, doc.language, doc.title) == ("x", "x", "txt", "fr",
                                                                    "Le pont rouvre")
    assert [doc.text[a:b] for a, b in doc.sentences] == [
        "Le pont rouvre", "Le pont a rouvert mardi.", "Il avait fermé en mai."]
    assert len(doc.paragraphs) == 2
    assert doc.line_starts == [0, 15, 16]


def test_overrides_win() -> None:
    doc = read_text("Publié le 5 août 2022\n\nThe bridge reopened.", doc_id="x", lang="fr",
                    pub_date=date(2020, 1, 2), title="T")
    assert (doc.language, doc.date, doc.title) == ("fr", date(2020, 1, 2), "T")


def test_crlf_file_is_normalised_and_offsets_hold() -> None:
    doc = read_path(str(DATA / "crlf_en.txt"))
    assert "\r" not in doc.text
    assert doc.language == "en" and doc.title == "Storm hits the coast"
    assert doc.date == date(2022, 8, 5)
    assert "About 300 homes lost power, the utility said." in [doc.text[a:b] for a, b in doc.sentences]
    line, col = doc.line_col(doc.text.index("About"))
    assert doc.line_text(line)[col - 1:].startswith("About")


def test_markdown_heading_is_the_title() -> None:
    doc = read_path(str(DATA / "note.md"))
    assert doc.fmt == "md" and doc.title == "Le marché couvert de Brissac fête ses cent ans"
    assert doc.text.startswith("# Le marché")  # nothing stripped: offsets stay true
    assert doc.zone_at(0) == "headline"
    assert doc.date == date(2021, 5, 3)


def test_doc_id_defaults_to_the_path_as_given() -> None:
    path = str(DATA / "note.md")
    assert read_path(path).id == path
    assert read_path(path, doc_id="a").id == "a"


@pytest.mark.parametrize("text, expected", [
    ("Publié le 5 août 2022 à 10h", date(2022, 8, 5)),
    ("Mis à jour le 1er janvier 2023", date(2023, 1, 1)),
    ("Publié le 12 sept. 2021", date(2021, 9, 12)),
    ("Published Aug. 5, 2022", date(2022, 8, 5)),
    ("Published 5 August 2022", date(2022, 8, 5)),
    ("Updated: March 3, 2020 at 4pm", date(2020, 3, 3)),
    ("Posted on Sept 30, 2019", date(2019, 9, 30)),
    ("Publié le 31 février 2022", None),
    ("Le 5 août 2022, il a plu.", None),
    ("x" * 400 + " Publié le 5 août 2022", None),
])
def test_dateline(text: str, expected: date | None) -> None:
    assert dateline(text) == expected


def test_html_page_keeps_the_article_only() -> None:
    doc = read_path(str(DATA / "article.html"))
    assert doc.fmt == "html" and doc.language == "fr"
    assert doc.title == "Le pont de Valmont rouvre après huit mois de travaux"
    assert doc.date == date(2023, 3, 14)
    assert "4,2 millions d'euros" in doc.text
    for chrome in ("Accueil", "Rubrique sportive", "traceurs", "Tout accepter",
                   "Partager sur Facebook", "analytics", "Mentions légales", "Brissac"):
        assert chrome not in doc.text, chrome
    at = doc.text.index("Merci aux ouvriers")
    assert doc.zone_at(at) == "comment"


def test_html_fallback_when_the_extractor_finds_nothing() -> None:
    raw = ("<html><head><title>Brève</title><script>var x = 1;</script></head><body>"
           "<nav>Menu principal</nav><p>Un seul mot.</p><footer>Pied</footer></body></html>")
    text, title, pub, comments = html_to_document_parts(raw)
    assert "Un seul mot." in text and title == "Brève"
    assert "Menu" not in text and "var x" not in text and "Pied" not in text
    assert comments is None


def test_html_with_xml_declaration() -> None:
    raw = ('<?xml version="1.0" encoding="utf-8"?><html><body><article><p>'
           + "Le conseil a voté le budget lundi soir après un long débat. " * 5
           + "</p></article></body></html>")
    assert "Le conseil a voté" in html_to_document_parts(raw)[0]


def test_folder_is_expanded_recursively_and_sorted(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "sub/c.html", "sub/z/d.htm", "notes.pdf", ".hidden.txt",
                 ".git/e.txt", "x.markdown", "UP.TXT"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Texte.")
    files, problems = iter_paths([str(tmp_path)])
    rel = [str(Path(f).relative_to(tmp_path)) for f in files]
    assert rel == ["UP.TXT", "a.md", "b.txt", "sub/c.html", "sub/z/d.htm", "x.markdown"]
    assert problems == []


def test_explicit_files_are_kept_whatever_their_suffix(tmp_path: Path) -> None:
    (tmp_path / "article.text").write_text("Un texte.")
    files, problems = iter_paths([str(tmp_path / "article.text"), "-"])
    assert files == [str(tmp_path / "article.text"), "-"] and problems == []


def test_explicit_html_without_html_suffix_is_sniffed(tmp_path: Path) -> None:
    page = (DATA / "article.html").read_text(encoding="utf-8")
    (tmp_path / "page.php").write_text(page, encoding="utf-8")
    doc = read_path(str(tmp_path / "page.php"))
    assert doc.fmt == "html" and "Accueil" not in doc.text


def test_stdin_is_one_document_named_dash() -> None:
    docs, problems = read_all(["-"], stdin="Le pont a rouvert mardi. Il avait fermé.")
    assert [d.id for d in docs] == ["-"] and docs[0].fmt == "stdin" and problems == []


def test_stdin_stream_with_bytes_is_decoded() -> None:
    stream = io.TextIOWrapper(io.BytesIO("Caf\u00e9 ouvert le matin.".encode("cp1252")))
    docs, problems = read_all(["-"], stdin=stream)
    assert docs[0].text == "Café ouvert le matin."
    assert [p.level for p in problems] == ["warning"]


def test_stdin_html_is_converted() -> None:
    page = (DATA / "article.html").read_text(encoding="utf-8")
    docs, _ = read_all(["-"], stdin=page)
    assert docs[0].title.startswith("Le pont de Valmont") and "Accueil" not in docs[0].text


def test_read_all_applies_dates_and_language(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The bridge reopened on Tuesday.")
    path = str(tmp_path / "a.txt")
    docs, problems = read_all([path], lang="fr", dates={path: date(2022, 9, 3)})
    assert (docs[0].language, docs[0].date) == ("fr", date(2022, 9, 3)) and problems == []
