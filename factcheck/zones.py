"""Find the zones of an article: headline, page furniture, reader comments, quotations.

Body is the default and gets no Zone. Furniture and comment patterns are data, in the
`[zones]` table of each language file (factcheck/lang/<code>.toml); see there for what
each key means. Zones are returned furniture first, then comments, the headline and
quotations, because `Document.zone_at` takes the first zone holding an offset.

The unit is the line: scraped pages put each widget on its own line, and a comment
heading is often glued to the comments below it without a blank line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck import compiled
from factcheck.model import Zone
from factcheck.segment import _LINE

KEYS = ("furniture", "furniture_words", "comment_headings", "comment_continues", "embeds")
HEADLINE_MAX = 200  # a longer first line is an opening paragraph, not a headline
SHORT_LINE = 250  # only lines shorter than this can be furniture or comment headings
MIN_QUOTE_WORDS = 4
MIN_BODY_BEFORE_COMMENTS = 3

_CORE = re.compile(r"^[\W_]*(.*?)[\s.:!…]*$")
_STRAY_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+")
_MD_TITLE = re.compile(r"#[ \t]+\S")
_QUOTE = re.compile(r"«[^«»\n]{1,3000}»|“[^“”\n]{1,3000}(?:”|“(?!\w))|\"[^\"\n]{1,3000}\"")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass
class Carry:
    """What the lines before a slice of a long file leave to the next slice (see
    slices.py): zones found a slice at a time are those of the whole text."""

    seen_content: bool = False
    body_lines: int = 0
    in_comments: bool = False  # reader comments run on into the next slice


@dataclass(frozen=True)
class Patterns:
    """The zone patterns of all languages, compiled into one regex per key."""

    furniture: re.Pattern
    furniture_words: re.Pattern
    comment_headings: re.Pattern
    comment_continues: re.Pattern
    embeds: re.Pattern


def _union(parts: list[str]) -> re.Pattern:
    return compiled.compile("|".join(f"(?:{p})" for p in parts) or r"(?!)", re.IGNORECASE)


def compile_patterns(data: dict[str, dict[str, list[str]]]) -> Patterns:
    """Compile a parsed zones_data table; every language's patterns apply to every text."""
    merged: dict[str, list[str]] = {key: [] for key in KEYS}
    for table in data.values():
        for key in KEYS:
            merged[key].extend(table.get(key, []))
    return Patterns(**{key: _union(parts) for key, parts in merged.items()})


def zone_tables() -> dict[str, dict[str, list[str]]]:
    """The `[zones]` table of every language file, by language."""
    from factcheck.normalize.lang import LANGS, load

    return {lang: load(lang)["zones"] for lang in LANGS}


@lru_cache(maxsize=1)
def load_patterns() -> Patterns:
    """The zone patterns of every language, compiled (cached)."""
    return compile_patterns(zone_tables())


def _line_kind(line: str, whole_paragraph: bool, pat: Patterns) -> str:
    """Classify one stripped line: furniture, continues, heading, stray, embed or body."""
    if len(line) < SHORT_LINE:  # widgets are short; long lines skip the costly checks
        core = _CORE.match(line).group(1)
        if pat.comment_headings.fullmatch(core):
            return "heading"
        if pat.comment_continues.fullmatch(core):
            return "continues"
        if pat.furniture.fullmatch(core) or pat.furniture_words.search(line):
            return "furniture"
        if whole_paragraph and _STRAY_WORD.fullmatch(line):
            return "stray"  # a weather widget's "Ensoleillé", a lone byline word
    if pat.embeds.search(line):
        return "embed"
    return "body"


def _is_headline(line: str) -> bool:
    if _MD_TITLE.match(line):
        return True
    return len(line) < HEADLINE_MAX and line[-1] not in ".,;:…"


def _quotations(text: str, start: int, end: int) -> list[Zone]:
    zones = []
    for m in _QUOTE.finditer(text, start, end):
        if len(_WORD.findall(m.group())) >= MIN_QUOTE_WORDS:
            zones.append(Zone(m.start(), m.end(), "quotation"))
    return zones


def find_zones(
    text: str,
    paragraphs: list[tuple[int, int]],
    lang: str,
    *,
    comment_start: int | None = None,
    patterns: Patterns | None = None,
    carry: Carry | None = None,
) -> list[Zone]:
    """Zones of `text`, ordered furniture, comment, headline, quotation.

    The headline is the first content line when it is a paragraph of its own, short
    and without a final full stop (or a Markdown "# " title), and body text follows.

    `comment_start` is where an HTML extractor put the reader comments (they run to
    the end of the text). `lang` is accepted for symmetry: all patterns apply.
    `carry`, for a slice of a longer text, starts from what the slices before left and
    is updated for the next one.
    """
    pat = patterns or load_patterns()
    # Is a line a short paragraph of its own? Lines and paragraphs both come in text
    # order, so one pointer answers it without a set of every paragraph in memory.
    para_i = 0

    def whole(start: int, end: int) -> bool:
        nonlocal para_i
        while para_i < len(paragraphs) and paragraphs[para_i][0] < start:
            para_i += 1
        return para_i < len(paragraphs) and paragraphs[para_i] == (start, end) and end - start < SHORT_LINE
    furniture: list[Zone] = []
    comments: list[Zone] = []
    headline: list[Zone] = []
    quotes: list[Zone] = []
    in_comments_from: int | None = 0 if carry is not None and carry.in_comments else None
    seen_content = carry.seen_content if carry is not None else False
    body_lines = carry.body_lines if carry is not None else 0
    for m in _LINE.finditer(text):
        start, end = m.span()
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        line = text[start:end]
        is_whole = whole(start, end)
        kind = _line_kind(line, is_whole, pat)
        if comment_start is not None and start >= comment_start:
            if kind in ("furniture", "stray", "continues"):
                furniture.append(Zone(start, end, "furniture"))
            continue  # the extractor already placed the comments
        if kind == "heading" and in_comments_from is None:
            if body_lines >= MIN_BODY_BEFORE_COMMENTS:
                # The heading itself ("2 commentaires") is furniture; what follows is comments.
                furniture.append(Zone(start, end, "furniture"))
                in_comments_from = end
                continue
            kind = "furniture"  # "12 commentaires" next to the byline counts them
        if kind == "stray" and not seen_content:
            kind = "body"  # a one-word first line is a headline ("Météo"), not a widget
        if kind in ("furniture", "stray", "continues"):
            furniture.append(Zone(start, end, "furniture"))
            if kind == "furniture" and in_comments_from is not None:
                comments.append(Zone(in_comments_from, start, "comment"))
                in_comments_from = None
            continue
        if in_comments_from is not None:
            continue
        if not seen_content:
            seen_content = True
            if is_whole and _is_headline(line):
                headline.append(Zone(start, end, "headline"))
                continue
        elif _MD_TITLE.match(line) and not line.startswith("##"):
            headline.append(Zone(start, end, "headline"))
            continue
        body_lines += 1
        if kind == "embed":
            quotes.append(Zone(start, end, "quotation"))
        else:
            quotes.extend(_quotations(text, start, end))
    if carry is not None:
        carry.seen_content, carry.body_lines = seen_content, body_lines
        carry.in_comments = in_comments_from is not None
    if in_comments_from is not None:
        comments.append(Zone(in_comments_from, len(text), "comment"))
    if comment_start is not None:
        comments.append(Zone(comment_start, len(text), "comment"))
    if not body_lines:
        headline = []  # a lone line (a rule example, a tweet) is body, not a headline
    return furniture + comments + headline + quotes
