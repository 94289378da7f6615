"""Read article files (.txt, .md, .html, folders, stdin) into Documents.

Decoding: UTF-8 (with or without BOM), UTF-16/32 with a BOM, else cp1252 then latin-1
with a warning on the Document. Newlines are normalised to "\\n" before anything else,
so every offset (paragraphs, sentences, zones) indexes `Document.text` as stored.
Unreadable inputs raise InputError with a one-line message naming the file; `read_all`
turns those into Problems so one bad file never stops the others.
"""
from __future__ import annotations

import codecs
import os
import re
import sys
from datetime import date
from typing import TextIO

from factcheck import langid, segment, zones
from factcheck.errors import InputError
from factcheck.model import Document, Problem

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm"}
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
        text, html_title, html_date, comment_start = _html_parts(text, name)
        title = title or html_title
        pub_date = pub_date or html_date
    language = lang or langid.detect(text)
    paras = segment.paragraphs(text)
    found = zones.find_zones(text, paras, language, comment_start=comment_start)
    if title is None:
        head = next((z for z in found if z.kind == "headline"), None)
        title = text[head.start:head.end].lstrip("# ").strip() if head else None
    return Document(
        id=doc_id, path=path if path is not None else doc_id, text=text, language=language,
        title=title, date=pub_date or dateline(text), fmt=fmt, paragraphs=paras,
        sentences=segment.sentences(text, language), zones=found, warnings=list(warnings or []),
    )


def _html_parts(raw: str, name: str) -> tuple[str, str | None, date | None, int | None]:
    from factcheck.htmltext import html_to_document_parts

    parts = html_to_document_parts(raw)
    if _NONSPACE.search(parts[0]) is None:
        raise InputError(f"{name}: no text found in the HTML page")
    return parts


def read_path(path: str, *, doc_id: str | None = None, lang: str | None = None,
              pub_date: date | None = None) -> Document:
    """Read one file into a Document; InputError (naming the file) if it cannot be."""
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a file")
    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    if _BYTE_NONSPACE.search(raw) is None:
        raise InputError(f"{path}: empty file" if not raw else f"{path}: only whitespace")
    text, warnings = decode(raw, path)
    del raw  # a large file should not be held twice
    fmt = fmt_of(path)
    if fmt == "txt" and os.path.splitext(path)[1].lower() not in SUPPORTED and _HTML_SNIFF.match(text):
        fmt = "html"
    return read_text(text, doc_id=doc_id or path, path=path, fmt=fmt, lang=lang,
                     pub_date=pub_date, warnings=warnings)


def _walk(folder: str, stack: set[str], seen: set[str], files: list[str],
          problems: list[Problem]) -> None:
    """Append the supported files under `folder`, sorted, skipping hidden entries."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except PermissionError:
        problems.append(Problem(folder, "cannot read directory: permission denied"))
        return
    except OSError as err:
        problems.append(Problem(folder, f"cannot read directory: {err.strerror or err}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:  # ELOOP on a self-referencing link
            problems.append(Problem(entry.path, "symlink loop, skipped"))
            continue
        if is_dir:
            real = os.path.realpath(entry.path)
            if real in stack:
                problems.append(Problem(entry.path, "symlink loop, skipped"))
            elif real not in seen:
                seen.add(real)
                _walk(entry.path, stack | {real}, seen, files, problems)
        elif os.path.splitext(entry.name)[1].lower() in SUPPORTED:
            real = os.path.realpath(entry.path)
            if real not in seen:
                seen.add(real)
                files.append(entry.path)


def _read_stdin(stdin: str | TextIO | None) -> tuple[str, list[str]]:
    """Text of standard input (bytes decoded like a file) or of the stand-in given."""
    if isinstance(stdin, str):
        return stdin, []
    source = sys.stdin if stdin is None else stdin
    buffer = getattr(source, "buffer", None)
    if buffer is not None:
        raw = buffer.read()
        if _BYTE_NONSPACE.search(raw) is None:
            raise InputError("-: empty input")
        return decode(raw, "-")
    return source.read(), []


def iter_paths(paths: list[str]) -> tuple[list[str], list[Problem]]:
    """Expand folders (recursively, sorted); missing paths and loops become Problems."""
    files: list[str] = []
    problems: list[Problem] = []
    seen: set[str] = set()
    for path in paths:
        if path == "-":
            files.append(path)
        elif os.path.isdir(path):
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                _walk(path, {real}, seen, files, problems)
        elif not os.path.exists(path):
            broken = os.path.islink(path)
            problems.append(Problem(path, "broken symbolic link" if broken else "no such file or directory"))
        elif path not in files:
            seen.add(os.path.realpath(path))
            files.append(path)
    return files, problems


def read_all(paths: list[str], *, lang: str | None = None, dates: dict[str, date] | None = None,
             stdin: str | TextIO | None = None) -> tuple[list[Document], list[Problem]]:
    """Read every path (folders expanded); bad files become Problems, the rest are read."""
    files, problems = iter_paths(paths)
    dates = dates or {}
    docs: list[Document] = []
    for path in files:
        try:
            if path == "-":
                text, warnings = _read_stdin(stdin)
                doc = read_text(text, doc_id="-", fmt="stdin", lang=lang,
                                pub_date=dates.get("-"), warnings=warnings)
            else:
                doc = read_path(path, lang=lang, pub_date=dates.get(path))
        except InputError as err:
            problems.append(Problem(path, str(err).removeprefix(f"{path}: ")))
            continue
        docs.append(doc)
        problems.extend(Problem(path, w.removeprefix(f"{path}: "), "warning") for w in doc.warnings)
    return docs, problems
