"""Read article files (.txt, .md, .html, folders, stdin) into Documents.

Decoding: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else cp1252 then latin-1
with a warning on the Document. Newlines are normalised to "\\n" before anything else,
so every offset (paragraphs, sentences, zones) indexes `Document.text` as stored.
Unreadable inputs raise InputError with a one-line message naming the file; `read_all`
turns those into Problems so one bad file never stops the others. A text or Markdown
file above SLICE_BYTES is planned here and read later, a slice at a time (slices.py).
"""
from __future__ import annotations

import codecs
import os
import re
import sys
from datetime import date
from typing import BinaryIO, TextIO

from factcheck import langid, segment, zones
from factcheck.errors import InputError
from factcheck.model import Document, Problem
from factcheck.ownreport import is_factcheck_report
from factcheck.pool import chunks as chunks_of
from factcheck.pool import ordered, workers
from factcheck.paths import SUPPORTED, expand, iter_paths  # noqa: F401  (iter_paths: public here too)
from factcheck.safeio import DEFAULT_MAX_BYTES, ReadRefused, display_path, read_regular, read_stream

SIZE_HINT = ", raise it with --max-size"
SLICE_BYTES = 2 << 20  # a plain-text file larger than this is read in slices of this size (slices.py)


class OwnReport(InputError):
    """A factcheck report met where articles were expected (skipped, with a warning)."""
FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"\xd0\xcf\x11\xe0")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NONSPACE = re.compile(r"[^\s\ufeff\u200b]")  # a lone BOM or ZWSP is no text
_BYTE_NONSPACE = re.compile(rb"[^ \t\r\n\f\v]")
_HTML_SNIFF = re.compile(r"\s*(?:<!doctype html|<html[\s>])", re.IGNORECASE)
_MONTHS = {name: num for num, names in enumerate((
    "janvier janv january jan", "février fevrier févr fevr february feb", "mars march mar",
    "avril avr april apr", "mai may", "juin june jun", "juillet juil july jul",
    "août aout august aug", "septembre september sept sep", "octobre october oct",
    "novembre november nov", "décembre decembre december déc dec"), 1) for name in names.split()}
_MONTH = r"([a-zéû]{3,9})\.?"
_DATELINE = re.compile(
    r"\b(?:publié|published|posted|mis à jour|updated)\b[^\n\d]{0,20}?"
    rf"(?:(\d{{1,2}})(?:er)?\s+{_MONTH},?\s+(\d{{4}})|{_MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}}))",
    re.IGNORECASE,
)


def fmt_of(path: str) -> str:
    """The format implied by a file name: txt, md or html."""
    return FORMATS.get(os.path.splitext(path)[1].lower(), "txt")


def dateline(text: str) -> date | None:
    """The publication date stated in the first 300 characters ("Publié le 4 juin 2020")."""
    m = _DATELINE.search(text[:300])
    if m is None:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else m.group(5, 4, 6)
    num = _MONTHS.get(month.lower())
    try:
        return date(int(year), num, int(day)) if num else None
    except ValueError:
        return None


def decode(raw: bytes, name: str) -> tuple[str, list[str]]:
    """Decode file bytes to text with "\\n" newlines; warnings name `name`."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return _newlines(raw.decode(encoding)), []
            except UnicodeDecodeError as err:
                raise InputError(f"{name}: invalid {encoding} text ({err.reason})") from None
    head = raw[:8192]
    if b"\x00" in head or head.startswith(_MAGIC):
        raise InputError(f"{name}: binary file, not text")
    try:
        return _newlines(raw.decode("utf-8")), []
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _newlines(text), [f"{name}: decoded as {encoding}, not UTF-8"]
    raise AssertionError("latin-1 decodes any bytes")  # pragma: no cover


def _newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _check_text(text: str, name: str) -> None:
    if _NONSPACE.search(text) is None:
        raise InputError(f"{name}: empty file" if not text else f"{name}: only whitespace")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > len(sample) // 10:
        raise InputError(f"{name}: binary file, not text")


def read_text(text: str, *, doc_id: str, path: str | None = None, fmt: str = "txt",
              lang: str | None = None, pub_date: date | None = None,
              title: str | None = None, warnings: list[str] | None = None) -> Document:
    """Build a Document from a string: HTML is converted, then segmented and zoned."""
    name = path or doc_id
    text = _newlines(text)
    _check_text(text, name)
    comment_start = None
    if fmt == "html" or fmt == "stdin" and _HTML_SNIFF.match(text):
        text, html_title, html_date, comment_start, html_warnings = _html_parts(text, name)
        warnings = list(warnings or []) + [f"{name}: {w}" for w in html_warnings]
        title = title or html_title
        pub_date = pub_date or html_date
    return build(text, doc_id=doc_id, path=path if path is not None else doc_id, fmt=fmt,
                 language=lang or langid.detect(text), title=title, pub_date=pub_date or dateline(text),
                 warnings=warnings, comment_start=comment_start)


def build(text: str, *, doc_id: str, path: str, fmt: str, language: str, title: str | None = None,
          pub_date: date | None = None, warnings: list[str] | None = None, comment_start: int | None = None,
          carry: zones.Carry | None = None, by_lines: bool | None = None, offset: int = 0,
          line_offset: int = 0) -> Document:
    """The Document of text already decoded, checked and converted: segmented and zoned.

    A slice of a long file (slices.py) gives where it starts in the file (`offset`,
    `line_offset`), whether the whole file's paragraphs are lines (`by_lines`) and the
    zones' `carry` from the slices before."""
    paras = segment.paragraphs(text, by_lines)
    found = zones.find_zones(text, paras, language, comment_start=comment_start, carry=carry)
    if title is None:
        head = next((z for z in found if z.kind == "headline"), None)
        title = text[head.start:head.end].lstrip("# ").strip() if head else None
    return Document(
        id=doc_id, path=path, text=text, language=language,
        title=title, date=pub_date, fmt=fmt, paragraphs=paras,
        sentences=segment.sentences(text, language), zones=found, warnings=list(warnings or []),
        line_starts=segment.line_starts(text), offset=offset, line_offset=line_offset,
    )


def _html_parts(raw: str, name: str) -> tuple[str, str | None, date | None, int | None, list[str]]:
    from factcheck.htmltext import html_parts

    parts = html_parts(raw)
    if _NONSPACE.search(parts[0]) is None:
        raise InputError(f"{name}: no text found in the HTML page")
    return parts


def read_path(path: str, *, doc_id: str | None = None, lang: str | None = None,
              pub_date: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
              skip_reports: bool = False, slice_bytes: int = SLICE_BYTES) -> Document:
    """Read one file into a Document; InputError (naming the file) if it cannot be.

    Only a regular file of at most `max_bytes` is read (see safeio.read_regular); the
    Document's id and path are the name as given, undecodable bytes shown as \\xNN.
    With `skip_reports`, a factcheck report raises OwnReport instead of being read.
    A text or Markdown file larger than `slice_bytes` is read in slices of that size
    (0: never); its Document has a plan and no text (see slices.py).
    """
    name = display_path(path)
    if slice_bytes and fmt_of(path) != "html" and _size(path) > slice_bytes:
        from factcheck.slices import read_sliced

        doc = read_sliced(path, name, fmt_of(path), doc_id=doc_id or name, lang=lang, pub_date=pub_date,
                          max_bytes=max_bytes, slice_bytes=slice_bytes, skip_reports=skip_reports)
        if doc is not None:
            return doc
    try:
        raw = read_regular(path, max_bytes, hint=SIZE_HINT)
    except ReadRefused as err:
        raise InputError(f"{name}: {err}") from None
    if _BYTE_NONSPACE.search(raw) is None:
        raise InputError(f"{name}: empty file" if not raw else f"{name}: only whitespace")
    text, warnings = decode(raw, name)
    del raw  # a large file should not be held twice
    if skip_reports and is_factcheck_report(text):
        raise OwnReport(f"{name}: a factcheck report, not an article: skipped")
    fmt = fmt_of(path)
    if fmt == "txt" and os.path.splitext(path)[1].lower() not in SUPPORTED and _HTML_SNIFF.match(text):
        fmt = "html"
    return read_text(text, doc_id=doc_id or name, path=name, fmt=fmt, lang=lang,
                     pub_date=pub_date, warnings=warnings)


def check_head(raw: bytes, name: str) -> None:
    """Refuse obviously binary bytes from their first chunk (before reading the rest)."""
    if not raw.startswith(tuple(bom for bom, _ in _BOMS)):
        head = raw[:8192]
        if b"\x00" in head or head.startswith(_MAGIC):
            raise InputError(f"{name}: binary file, not text")


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES, stream: BinaryIO | None = None) -> bytes:
    """The bytes of standard input, at most `max_bytes`; InputError naming "-" otherwise."""
    source = stream if stream is not None else sys.stdin.buffer
    try:
        return read_stream(source, max_bytes, hint=SIZE_HINT, check_head=lambda b: check_head(b, "-"))
    except ReadRefused as err:
        raise InputError(f"-: {err}") from None


def _read_stdin(stdin: str | bytes | TextIO | None, max_bytes: int) -> tuple[str, list[str]]:
    """Text of standard input (bytes decoded like a file) or of the stand-in given."""
    if isinstance(stdin, str):
        return stdin, []
    if isinstance(stdin, (bytes, bytearray)):
        raw = bytes(stdin)
    else:
        source = sys.stdin if stdin is None else stdin
        buffer = getattr(source, "buffer", None)
        if buffer is None:
            return source.read(max_bytes + 1), []
        raw = read_stdin(max_bytes, buffer)
    if _BYTE_NONSPACE.search(raw) is None:
        raise InputError("-: empty input")
    return decode(raw, "-")


MIN_PARALLEL_BYTES = 200_000  # files smaller than this in all are read in this process
MIN_FILES_PER_WORKER = 4  # fewer files than this per worker are read in this process


def read_all(paths: list[str], *, lang: str | None = None, dates: dict[str, date] | None = None,
             stdin: str | bytes | TextIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
             follow_links: bool = False, exclude: list[str] | None = None, jobs: int | None = 1,
             slice_bytes: int = SLICE_BYTES) -> tuple[list[Document], list[Problem]]:
    """Read every path (folders expanded); bad files become Problems, the rest are read.

    Any failure while reading one file, even a bug, is that file's problem: the
    other files are still read. A factcheck report found in a folder (a previous
    run's `-o folder/report.md`) is skipped with a warning, not read as a source;
    the files in `exclude` (the draft) are left out wherever they are met. With
    `jobs` above 1 (None: one per processor) and many files, up to `jobs` processes
    read them (see `pool`): the same documents and problems, in the same order.
    `slice_bytes` is read_path's.
    """
    found = expand(paths, follow_links=follow_links, exclude=exclude)
    problems = found.problems
    dates = dates or {}
    work = [(path, path in found.in_folder, dates.get(path)) for path in found.files if path != "-"]
    results = _read_files(work, lang, max_bytes, slice_bytes, workers(jobs, len(work)))
    docs: list[Document] = []
    for path in found.files:
        if path == "-":  # standard input is this process's to read
            doc, met = _read_one("-", False, lang, dates.get("-"), max_bytes, slice_bytes, stdin)
        else:
            doc, met = next(results)
        if doc is not None:
            docs.append(doc)
        problems.extend(met)
    return docs, problems


def _read_files(work: list[tuple[str, bool, date | None]], lang: str | None, max_bytes: int,
                slice_bytes: int, jobs: int):
    """(Document or None, problems) of each file of `work`, in order."""
    if jobs > 1 and len(work) >= MIN_FILES_PER_WORKER * jobs:
        sizes = [_size(path) for path, _in_folder, _date in work]
        if sum(sizes) >= MIN_PARALLEL_BYTES:
            chunks = [[(*work[i], lang, max_bytes, slice_bytes) for i in chunk] for chunk in chunks_of(sizes, jobs)]
            for results in ordered(_read_chunk, chunks, jobs):
                yield from results
            return
    for path, in_folder, pub_date in work:
        yield _read_one(path, in_folder, lang, pub_date, max_bytes, slice_bytes)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except (OSError, ValueError):
        return 0


def _read_chunk(chunk: list[tuple]) -> list[tuple[Document | None, list[Problem]]]:
    return [_read_one(*item) for item in chunk]


def _read_one(path: str, in_folder: bool, lang: str | None, pub_date: date | None,
              max_bytes: int, slice_bytes: int = SLICE_BYTES,
              stdin: str | bytes | TextIO | None = None) -> tuple[Document | None, list[Problem]]:
    """One file's Document (None if it cannot be read) and the problems met reading it."""
    name = display_path(path)
    try:
        if path == "-":
            text, warnings = _read_stdin(stdin, max_bytes)
            doc = read_text(text, doc_id="-", fmt="stdin", lang=lang, pub_date=pub_date, warnings=warnings)
        else:
            doc = read_path(path, lang=lang, pub_date=pub_date, max_bytes=max_bytes, skip_reports=in_folder,
                            slice_bytes=slice_bytes)
    except InputError as err:
        level = "warning" if isinstance(err, OwnReport) else "error"
        return None, [Problem(name, str(err).removeprefix(f"{name}: "), level)]
    except Exception as err:  # noqa: BLE001 - a bug or a hostile file fails one file, not the run
        return None, [Problem(name, f"could not be read ({type(err).__name__}: {err})")]
    return doc, [Problem(name, w.removeprefix(f"{name}: "), "warning") for w in doc.warnings]
