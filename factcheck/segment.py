"""Split a document's text into paragraphs and sentences, as (start, end) spans.

Both splitters are single regex passes with a small amount of Python per candidate
boundary, so they stay linear and fast on very large inputs. Spans never include
surrounding whitespace and always index the text they were computed from.

Paragraphs: maximal runs of non-blank lines. A text with no blank line at all (one
paragraph per line, as many scrapers write) has every non-empty line as a paragraph.

Sentences: a newline always ends a sentence (headlines, list items, captions). Inside a
line, a sentence ends at . ! ? ... or … (plus any closing quotes or brackets glued to it,
and a French » after a space), followed by whitespace, unless:
- the next word starts with a lowercase letter (« Pourquoi ? » demande-t-il; “I quit.” and left),
- the word before a full stop is a known abbreviation (M., Mme, Dr., St., Oct., p., vol.),
  a single capital initial (J. K. Rowling), an upper-case dotted acronym (U.S., U.K.),
  or a list number at the start of a line ("1. ").
Decimal numbers (2.5, 7,95) never split since no space follows their separator.

Bounded work: a "sentence" longer than MAX_SENTENCE characters (a table dumped on one
line, a run of numbers with no full stop) is cut at the last space before the limit,
so that what the extractor does per sentence stays bounded however the text is laid
out. Spans are kept in `Spans`, two arrays of offsets (16 bytes a span, not ~120 for a
list of tuples), since a text of a million one-letter lines has a million of each.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator, Sequence

# Abbreviations that (almost) never end a sentence; compared case-sensitively first,
# then lower-cased, so "M" (Monsieur) does not make "m" an abbreviation.
_ABBREV_EXACT = frozenset("M MM Mme Mmes Mlle Mlles Me Mgr Dr Pr St Ste Mr Mrs Ms Jr Sr".split())
_ABBREV_LOWER = frozenset(
    """
    av apr env cf p pp vol vols no nos n° art chap éd ed fig coll dir trad
    janv févr fév avr juil sept oct nov déc jan feb mar apr jun jul aug sep dec
    prof gen gov sen rep rev lt col sgt capt cmdr mt ft vs approx dept univ
    bd boul hab tél tel ch ste
    """.split()
)
# Upper-case dotted acronyms: U.S, U.K, U.N, E.-U
_ACRONYM = re.compile(r"(?:[A-Z]\.-?)+[A-Z]")

# A candidate sentence end inside one line (lines are handled separately). Starting
# with a character class lets the regex engine skip ahead quickly.
_CANDIDATE = re.compile(r"[.!?…][.!?…]*(?:[\"”’)\]]|[ \u00a0\u202f]?»)*(?=[ \t\u00a0\u202f\r\f\v]|$)")
_NEXT = re.compile(r"[ \t\u00a0\u202f\r\f\v]*(\S?)")
_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u202f\r\f\v]*\n(?:[ \t\u00a0\u202f\r\f\v]*\n)*")
_NONSPACE = re.compile(r"\S")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
MAX_SENTENCE = 1000
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


class Spans(Sequence):
    """(start, end) spans in two arrays: a list of tuples in behaviour, not in memory.

    Indexing gives a tuple, slicing a list of tuples; it compares equal to a list of
    the same tuples. Built by `append` in increasing order.
    """

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts = array("q")
        self._ends = array("q")
        for start, end in spans:
            self.append((start, end))

    def append(self, span: tuple[int, int]) -> None:
        self._starts.append(span[0])
        self._ends.append(span[1])

    def __len__(self) -> int:
        return len(self._starts)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(zip(self._starts[i], self._ends[i]))
        return self._starts[i], self._ends[i]

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self._starts, self._ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Spans, list, tuple)):
            return len(self) == len(other) and all(a == tuple(b) for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"


class Offsets(array):
    """Line start offsets in an array of 8-byte integers; equal to a list of the same ints."""

    def __new__(cls, values: Iterable[int] = ()):
        return super().__new__(cls, "q", values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]


def line_starts(text: str) -> Offsets:
    """Offsets where each line of `text` starts (0 first), as Document.line_starts."""
    starts = Offsets([0])
    append, find = starts.append, text.find
    pos = find("\n")
    while pos >= 0:
        append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Shrink [start, end) to exclude leading and trailing whitespace; None if empty."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def paragraphs(text: str, by_lines: bool | None = None) -> Spans:
    """Spans of paragraphs: runs of non-blank lines, or lines when no line is blank.

    `by_lines` says which, for a slice of a longer text (whether the whole text has a
    blank line); None: this text decides."""
    if by_lines is None:
        by_lines = not has_blank_line(text)
    if by_lines:
        return Spans(s for s in (_trim(text, *m.span()) for m in _LINE.finditer(text)) if s)
    spans = Spans()
    pos = 0
    for m in _BLANK_LINES.finditer(text):
        span = _trim(text, pos, m.start())
        if span:
            spans.append(span)
        pos = m.end()
    span = _trim(text, pos, len(text))
    if span:
        spans.append(span)
    return spans


def has_blank_line(text: str) -> bool:
    """Does a blank line (or one of spaces) separate two lines of `text`?"""
    return _BLANK_LINES.search(text) is not None


def _keeps_going(text: str, start: int, end: int) -> bool:
    """True when the candidate end text[start:end] does not end the sentence."""
    nxt = text[end + 1:end + 2]  # usually one space separates sentences
    if not nxt or nxt.isspace():
        nxt = _NEXT.match(text, end).group(1)
    if nxt.islower():
        return True
    if text[start] != "." or end - start > 1 and text[start + 1] == ".":
        return False
    words = text[start - 24 if start > 24 else 0:start].rsplit(None, 1)
    if not words:
        return False
    token = words[-1].lstrip("([{«“\"'’.-")
    if token in _ABBREV_EXACT or token.lower() in _ABBREV_LOWER:
        return True
    if len(token) == 1 and token.isupper():
        return True  # an initial: J. K. Rowling
    if token.endswith("J.-C"):
        return False  # "av. J.-C." often closes a sentence; a lowercase word was handled
    if _ACRONYM.fullmatch(token):
        return True
    if token.isdigit() and len(token) <= 3:
        before = text.rfind("\n", 0, start) + 1
        return not text[before:start - len(token)].strip()  # "1. " numbering a list item
    return False


def _bounded(text: str, span: tuple[int, int], append) -> None:
    """Append `span`, cut into pieces of at most MAX_SENTENCE characters at spaces."""
    start, end = span
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        m = _LAST_SPACE.match(text, start + MAX_SENTENCE // 2, limit)
        cut = m.end() if m else limit
        piece = _trim(text, start, cut)
        if piece:
            append(piece)
        nxt = _trim(text, cut, end)
        if nxt is None:
            return
        start = nxt[0]
    append((start, end))


def sentences(text: str, lang: str = "en") -> Spans:
    """Spans of sentences in `text`; `lang` is accepted for future per-language rules."""
    spans = Spans()
    add = spans.append

    def append(span: tuple[int, int]) -> None:
        if span[1] - span[0] > MAX_SENTENCE:
            _bounded(text, span, add)
        else:
            add(span)

    finditer = _CANDIDATE.finditer
    for line in _LINE.finditer(text):
        pos, stop = line.span()
        for m in finditer(text, pos, stop):
            start, end = m.span()
            if _keeps_going(text, start, end):
                continue
            span = _trim(text, pos, end)
            if span:
                append(span)
            pos = end
        span = _trim(text, pos, stop)
        if span:
            append(span)
    return spans
