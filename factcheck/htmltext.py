"""Turn an HTML page into article text, title, publication date and comment offset.

trafilatura does the main-content extraction (it drops navigation, share buttons and
cookie banners, and finds reader comments); it takes ~180 ms to import, so it is
imported only when an HTML page is read. When it finds nothing, a plain lxml pass
over <body> minus script, style, nav, header, footer, aside and forms is used.

The text is laid out as: title, blank line, article paragraphs separated by blank
lines, then (if any) a line "Comments" and the comments; the offset of that line is
returned so the comment zone is exact.
"""
from __future__ import annotations

import re
from datetime import date

COMMENTS_HEADING = "Comments"
_DROP_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript",
              "iframe", "svg", "button", "template")
_BLOCK_TAGS = ("p", "div", "section", "article", "li", "ul", "ol", "h1", "h2", "h3", "h4",
               "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "br", "figcaption",
               "dd", "dt", "main")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_ENCODING_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def _paragraphs(text: str | None) -> list[str]:
    """Lines of extracted text, whitespace-collapsed, empty ones dropped."""
    if not text:
        return []
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _trafilatura(raw: str) -> tuple[list[str], list[str], str | None, date | None]:
    import trafilatura  # lazy: slow to import, and only HTML needs it

    try:
        doc = trafilatura.bare_extraction(
            raw,
            include_comments=True,
            with_metadata=True,
            favor_precision=True,
            include_tables=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - a broken page falls back to lxml, never crashes
        return [], [], None, None
    if doc is None:
        return [], [], None, None
    title = _SPACES.sub(" ", doc.title).strip() if doc.title else None
    return _paragraphs(doc.text), _paragraphs(doc.comments), title or None, _iso_date(doc.date)


def _lxml_fallback(raw: str) -> tuple[list[str], str | None]:
    """Paragraphs of <body> without page chrome, and the <title>."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(raw)
    except (etree.ParserError, ValueError):
        return [], None
    title_el = root.find(".//title")
    title = _SPACES.sub(" ", title_el.text_content()).strip() if title_el is not None else None
    for el in list(root.iter(*_DROP_TAGS)):
        if el.getparent() is not None:
            el.drop_tree()
    body = root.find(".//body")
    if body is None:
        body = root
    for el in body.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        el.text = "\n" + (el.text or "")
    return _paragraphs(body.text_content()), title or None


def html_to_document_parts(raw: str) -> tuple[str, str | None, date | None, int | None]:
    """(text, title, publication date, offset where comments start or None) of a page."""
    raw = _ENCODING_DECL.sub("", raw, count=1)  # lxml refuses str with an encoding decl
    body, comments, title, pub = _trafilatura(raw)
    if not body:
        body, fallback_title = _lxml_fallback(raw)
        comments = []
        title = title or fallback_title
    if title and body and body[0] == title:
        body = body[1:]
    parts = ([title] if title else []) + body
    text = "\n\n".join(parts)
    comment_start = None
    if comments:
        if text:
            text += "\n\n"
        comment_start = len(text)
        text += COMMENTS_HEADING + "\n\n" + "\n\n".join(comments)
    return text, title, pub, comment_start
