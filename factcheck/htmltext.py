"""Turn an HTML page into article text, title, publication date and comment offset.

trafilatura does the main-content extraction (it drops navigation, share buttons and
cookie banners, and finds reader comments); it takes ~180 ms to import, so it is
imported only when an HTML page is read. When it finds nothing, a plain lxml pass
over <body> minus script, style, nav, header, footer, aside and forms is used.

The text is laid out as: title, blank line, article paragraphs separated by blank
lines, then (if any) a line "Comments" and the comments; the offset of that line is
returned so the comment zone is exact.

Hostile pages: characters XML cannot hold (control characters such as 0x15) are made
spaces before parsing, since lxml refuses them in the fallback; a DOCTYPE with an
internal subset (billion laughs) is dropped, or its "]>" would become the title.
libxml2 stops at 255 nested tags and at a 10 MB text node and silently drops what
follows: such a page is parsed with `huge_tree` (2,000 levels, no size cap), and one
nested deeper is read as plain text with its tags stripped, with a warning.
"""
from __future__ import annotations

import html
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
# What XML (and so lxml) refuses in a string: C0 controls but tab and newlines, and
# the noncharacters U+FFFE, U+FFFF. Carriage returns are already newlines here.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_DOCTYPE = re.compile(r"\s*<!DOCTYPE\b", re.IGNORECASE)
_SUBSET_END = re.compile(r"\]\s*>")
# libxml2's limits without huge_tree; with it, a tree deeper than HUGE_DEPTH is still cut.
PARSER_DEPTH = 200
PARSER_TEXT = 9_000_000
HUGE_DEPTH = 2000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^>]*?(/?)>")
_FLAT = frozenset("area base br col embed hr img input link meta param source track wbr p li dt dd tr td th "
                  "option optgroup thead tbody tfoot colgroup caption rb rt rp html head body".split())
_SKIPPED = re.compile(r"<(script|style|template|noscript)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_ANY_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)?[^>]*>")
_TITLE = re.compile(r"<title\b[^>]*>([^<]*)</title\s*>", re.IGNORECASE)


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


def _huge_parser():
    import lxml.html

    return lxml.html.HTMLParser(huge_tree=True)


def _trafilatura(raw: str, huge: bool = False) -> tuple[list[str], list[str], str | None, date | None]:
    import trafilatura  # lazy: slow to import, and only HTML needs it

    try:
        if huge:
            import lxml.html

            page = lxml.html.fromstring(raw, parser=_huge_parser())
        else:
            page = raw
        doc = trafilatura.bare_extraction(
            page,
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


def _lxml_fallback(raw: str, huge: bool = False) -> tuple[list[str], str | None]:
    """Paragraphs of <body> without page chrome, and the <title>."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fromstring(raw, parser=_huge_parser() if huge else None)
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


def clean_markup(raw: str) -> str:
    """`raw` without what the parsers choke on: an XML declaration, a DOCTYPE with an
    internal subset, characters XML cannot hold (made spaces)."""
    raw = _ENCODING_DECL.sub("", raw, count=1)  # lxml refuses str with an encoding decl
    m = _DOCTYPE.match(raw)
    if m is not None:
        gt, bracket = raw.find(">", m.end()), raw.find("[", m.end())
        if bracket != -1 and (gt == -1 or bracket < gt):
            close = _SUBSET_END.search(raw, bracket)
            raw = raw[close.end():] if close else raw[m.end():]
        elif gt != -1:
            raw = raw[gt + 1:]
    return _NOT_XML.sub(" ", raw)


def nesting_depth(raw: str) -> int:
    """How deep the page's tags nest (tags that HTML closes by itself not counted)."""
    depth = deepest = 0
    for m in _TAG.finditer(raw):
        name = m.group(2).lower()
        if name in _FLAT or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def _plain_text(raw: str) -> list[str]:
    """The page's text with every tag stripped: the reading of last resort."""
    def cut(m: re.Match) -> str:
        return "\n" if (m.group(1) or "").lower() in _BLOCK_TAGS else " "

    return _paragraphs(html.unescape(_ANY_TAG.sub(cut, _SKIPPED.sub(" ", raw))))


def html_to_document_parts(raw: str) -> tuple[str, str | None, date | None, int | None]:
    """(text, title, publication date, offset where comments start or None) of a page."""
    text, title, pub, comment_start, _warnings = html_parts(raw)
    return text, title, pub, comment_start


def html_parts(raw: str) -> tuple[str, str | None, date | None, int | None, list[str]]:
    """`html_to_document_parts` plus the warnings about text the parsers could lose."""
    raw = clean_markup(raw)
    warnings: list[str] = []
    depth = nesting_depth(raw)
    huge = depth > PARSER_DEPTH or len(raw) > PARSER_TEXT
    if depth > HUGE_DEPTH:
        body, comments, pub = _plain_text(raw), [], None
        found = _TITLE.search(raw, 0, 100_000)
        title = _SPACES.sub(" ", html.unescape(found.group(1))).strip() or None if found else None
        warnings.append(f"HTML tags nested {depth} deep (the parser stops at {HUGE_DEPTH}): "
                        "read as plain text, tags stripped")
    else:
        body, comments, title, pub = _trafilatura(raw, huge)
        if not body:
            body, fallback_title = _lxml_fallback(raw, huge)
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
    return text, title, pub, comment_start, warnings
