"""Read a long plain-text or Markdown file a slice at a time.

Read whole, a 100 MB wire dump is one string of 100 MB, a Document holding the lines,
paragraphs, sentences and zones of all of it, then the claims of all of it: twenty
times the file in memory. A file above `readers.SLICE_BYTES` is read in slices
instead, and memory holds one slice's text and claims at a time.

`read_sliced` reads the file once: each slice ends at the last blank line within
`slice_bytes` of its start (else at its last line end, else at the next line end
however far), so no slice splits a sentence (a line end always ends one), and only a
paragraph longer than a slice is split. That pass decides the encoding as
`readers.decode` does for the whole file (UTF-8, else cp1252, else latin-1), counts
the characters and lines before each slice and detects each slice's language. The
Document it returns has no text, only the `Plan`; `parts` reads the slices again, one
at a time, each a Document whose offsets and line numbers continue the file's, with
the zones carried from one slice to the next. The claims, their ids, offsets, lines
and columns, are those of the whole reading, except where slicing means to differ:

- each slice is read in its own language (from its first 20 KB, as a file is);
- the main subject, the filters on names and the salience of values look at one slice;
- a pronoun in the first sentences of a slice finds no name in the slice before.

The document's record gives the language most of the text was read in, and a warning
names the languages when the slices differ. HTML is read whole (its text exists
only once the page is converted), and so are UTF-16 and UTF-32 files.
"""
from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO

from factcheck import langid, zones
from factcheck.errors import InputError
from factcheck.model import Document
from factcheck.ownreport import is_factcheck_report
from factcheck.readers import (_BOMS, _CONTROL, _HTML_SNIFF, _NONSPACE, SIZE_HINT, SUPPORTED, OwnReport,
                               _newlines, build, check_head, dateline)
from factcheck.safeio import ReadRefused, open_regular
from factcheck.segment import has_blank_line

BLOCK = 1 << 20  # read this much more at a time when a slice has no line end
HEAD = 8192  # characters of the file's start that the whole reading's checks look at
_BREAK = re.compile(rb".*\n[ \t\r]*\n", re.S)  # up to the last blank line
_BLANK_START = re.compile(r"[ \t\u00a0\u202f\r\f\v]*\n")  # a blank line begun in the slice before


@dataclass(frozen=True, slots=True)
class Slice:
    """One slice: its bytes in the file, and what comes before it in the text."""

    start: int
    end: int
    offset: int  # characters before it
    line_offset: int  # lines before it
    language: str


@dataclass(frozen=True)
class Plan:
    """How a file is read in slices (the Document's `plan`)."""

    path: str  # as opened
    identity: tuple[int, ...]  # device, inode, size, mtime: the file as planned
    encoding: str  # every slice's; the first slice's is `first_encoding`
    first_encoding: str  # "utf-8-sig" when the file opens on a UTF-8 BOM
    by_lines: bool  # no blank line anywhere: every line is a paragraph
    slices: tuple[Slice, ...]
    chars: int

    def languages(self) -> dict[str, int]:
        """Characters read in each language, most first."""
        out: dict[str, int] = {}
        for i, piece in enumerate(self.slices):
            end = self.slices[i + 1].offset if i + 1 < len(self.slices) else self.chars
            out[piece.language] = out.get(piece.language, 0) + end - piece.offset
        return dict(sorted(out.items(), key=lambda kv: -kv[1]))


def read_sliced(path: str, name: str, fmt: str, *, doc_id: str, lang: str | None, pub_date: date | None,
                max_bytes: int, slice_bytes: int, skip_reports: bool) -> Document | None:
    """The Document of a file read in slices of about `slice_bytes`, or None when it is
    to be read whole (HTML, UTF-16 or UTF-32); InputError naming the file if it cannot
    be read, with the whole reading's messages."""
    try:
        with open_regular(path, max_bytes, hint=SIZE_HINT) as (fh, info):
            start = fh.read(HEAD)
            if start.startswith(tuple(bom for bom, codec in _BOMS if codec != "utf-8-sig")):
                return None
            check_head(start, name)
            bom = start.startswith(codecs.BOM_UTF8)
            for encoding in ("utf-8",) if bom else ("utf-8", "cp1252", "latin-1"):
                try:
                    found = _plan(fh, name, fmt, encoding, bom, lang, slice_bytes, skip_reports)
                    break
                except UnicodeDecodeError as err:
                    if bom:
                        raise InputError(f"{name}: invalid utf-8-sig text ({err.reason})") from None
            if found is None:
                return None
    except ReadRefused as err:
        raise InputError(f"{name}: {err}") from None
    slices, chars, by_lines, head = found
    plan = Plan(path, _identity(info), encoding, "utf-8-sig" if bom else encoding, by_lines, slices, chars)
    warnings = [] if encoding == "utf-8" else [f"{name}: decoded as {encoding}, not UTF-8"]
    languages = plan.languages()
    if len(languages) > 1:
        shares = ", ".join(f"{code} {100 * n / chars:.0f} %" for code, n in languages.items())
        warnings.append(f"{name}: read in {len(slices)} slices in different languages ({shares} of the text); "
                        f"listed as {next(iter(languages))}")
    # The title is the headline's, which the file's first lines give.
    title = build(head, doc_id=doc_id, path=name, fmt=fmt, language=slices[0].language, by_lines=by_lines).title
    return Document(id=doc_id, path=name, text="", language=next(iter(languages)), title=title,
                    date=pub_date or dateline(head), fmt=fmt, warnings=warnings, plan=plan)


def _plan(fh: IO[bytes], name: str, fmt: str, encoding: str, bom: bool, lang: str | None, slice_bytes: int,
          skip_reports: bool) -> tuple[tuple[Slice, ...], int, bool, str] | None:
    """The slices, characters and paragraph layout of the file decoded as `encoding`,
    and its first HEAD characters; None if it is an HTML page after all.
    UnicodeDecodeError if it is not in that encoding."""
    fh.seek(0)
    slices: list[Slice] = []
    chars = lines = 0
    blank = seen_text = False
    head = ""
    for start, raw in _raw_slices(fh, slice_bytes):
        text = _newlines(raw.decode("utf-8-sig" if bom and not slices else encoding))
        if len(head) < HEAD:
            head += text[:HEAD - len(head)]
            if not slices and not _whole_checks(head, name, fmt, skip_reports):
                return None
        slices.append(Slice(start, start + len(raw), chars, lines, lang or langid.detect(text)))
        del raw
        blank = blank or has_blank_line(text) or (len(slices) > 1 and _BLANK_START.match(text) is not None)
        seen_text = seen_text or _NONSPACE.search(text) is not None
        chars += len(text)
        lines += text.count("\n")
    if not seen_text:
        raise InputError(f"{name}: only whitespace")
    if len(_CONTROL.findall(head)) > len(head) // 10:
        raise InputError(f"{name}: binary file, not text")
    return tuple(slices), chars, not blank, head


def _whole_checks(head: str, name: str, fmt: str, skip_reports: bool) -> bool:
    """What the whole reading checks on the file's start: False for an HTML page without
    an .html name (read whole, as HTML); OwnReport for a factcheck report in a folder."""
    if skip_reports and is_factcheck_report(head):
        raise OwnReport(f"{name}: a factcheck report, not an article: skipped")
    return not (fmt == "txt" and os.path.splitext(name)[1].lower() not in SUPPORTED and _HTML_SNIFF.match(head))


def _raw_slices(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytearray]]:
    """(offset, bytes) of each slice of the file, in order: up to the last blank line
    within `limit` bytes, else the last line end, else the next line end however far."""
    pos, buf, eof = 0, bytearray(), False
    while buf or not eof:
        if not eof and len(buf) < limit:
            more = _read(fh, limit - len(buf))
            eof = len(more) < limit - len(buf)
            buf += more
        if eof and len(buf) <= limit:
            if buf:
                yield pos, buf
            return
        m = _BREAK.match(buf, 0, limit)
        cut = m.end() if m else buf.rfind(b"\n", 0, limit) + 1
        at = limit
        while not cut:  # one line longer than a slice: up to its end
            cut = buf.find(b"\n", at) + 1
            if not cut and eof:
                cut = len(buf)
            elif not cut:
                at = len(buf)
                more = _read(fh, BLOCK)
                eof = len(more) < BLOCK
                buf += more
        yield pos, buf[:cut]
        pos += cut
        del buf[:cut]


def _read(fh: IO[bytes], n: int) -> bytes:
    """Up to `n` bytes; fewer only at the end of the file."""
    parts = []
    while n > 0:
        part = fh.read(n)
        if not part:
            break
        parts.append(part)
        n -= len(part)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _identity(info: os.stat_result) -> tuple[int, ...]:
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns


def parts(doc: Document) -> Iterator[Document]:
    """The slices of a Document read in slices, one at a time, in order (each read when
    asked for). InputError if the file changed since it was planned."""
    plan = doc.plan
    carry = zones.Carry()
    try:
        with open_regular(plan.path, None) as (fh, info):
            if _identity(info) != plan.identity:
                raise InputError(f"{doc.path}: changed while it was read")
            for i, piece in enumerate(plan.slices):
                fh.seek(piece.start)
                raw = _read(fh, piece.end - piece.start)
                text = _newlines(raw.decode(plan.first_encoding if i == 0 else plan.encoding))
                del raw
                yield build(text, doc_id=doc.id, path=doc.path, fmt=doc.fmt, language=piece.language,
                            title=doc.title, pub_date=doc.date, carry=carry, by_lines=plan.by_lines,
                            offset=piece.offset, line_offset=piece.line_offset)
    except ReadRefused as err:
        raise InputError(f"{doc.path}: {err}") from None
