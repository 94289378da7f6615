"""Text helpers shared by every report format: neutralising, trimming, locating.

Article text is hostile input as far as a terminal, a browser or a CI log is
concerned: it may hold escape sequences, markup or very long lines. Every format
passes article-derived strings through `safe()` before its own escaping, trims
sentences with `excerpt()`, and names places with `location()`.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

# C0 controls except tab and newline, DEL, C1 controls, the Unicode line and
# paragraph separators (a line break to str.splitlines and to many viewers), and the
# bidi overrides and isolates that can make a terminal show text in a misleading order.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

ELLIPSIS = "…"


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(text: str | None) -> str:
    """`text` with control characters made visible: ESC becomes the four characters `\\x1b`.

    Newlines and tabs are kept. Escaping ESC itself defuses every escape sequence
    (colours, window titles, hyperlinks) since the terminal never sees its start.
    """
    if not text:
        return ""
    return _UNSAFE.sub(_escape_char, text)


def one_line(text: str | None) -> str:
    """`safe(text)` with runs of whitespace, newlines included, folded to one space."""
    return " ".join(safe(text).split())


def flat(text: str | None) -> str:
    """`safe(text)` with each run of whitespace, newlines included, made one space.

    Unlike `one_line`, a leading or trailing space survives, so the parts of a
    split sentence can be joined back.
    """
    return re.sub(r"\s+", " ", safe(text))


def clip(text: str, width: int = 160) -> str:
    """`text` cut to at most `width` characters, an ellipsis marking the cut."""
    if len(text) <= width:
        return text
    return text[: max(0, width - 1)] + ELLIPSIS


def excerpt(sentence: str, start: int, end: int, width: int = 160) -> tuple[str, str, str]:
    """Split `sentence` into (before, value, after) around `sentence[start:end]`.

    When the sentence is longer than `width` characters, the context on each side
    is trimmed (ellipses mark the cuts) so that the value stays in view, roughly
    centred. The value itself is clipped only if it alone exceeds `width`.
    """
    start = max(0, min(start, len(sentence)))
    end = max(start, min(end, len(sentence)))
    before, value, after = sentence[:start], sentence[start:end], sentence[end:]
    if len(sentence) <= width:
        return before, value, after
    value = clip(value, width)
    room = max(0, width - len(value))
    keep_before = min(len(before), room // 2)
    keep_after = min(len(after), room - keep_before)
    keep_before = min(len(before), room - keep_after)  # give unused room back
    if keep_before < len(before):
        before = ELLIPSIS + before[len(before) - keep_before + 1:] if keep_before else ""
    if keep_after < len(after):
        after = after[: keep_after - 1] + ELLIPSIS if keep_after else ""
    return before, value, after


def _get(claim: Any, key: str) -> Any:
    return claim[key] if isinstance(claim, Mapping) else getattr(claim, key)


def location(claim: Any, *, column: bool = True) -> str:
    """"file:line:col" for a claim (a Claim or its record); "file:line" without column."""
    where = f"{_get(claim, 'document')}:{_get(claim, 'line')}"
    return f"{where}:{_get(claim, 'column')}" if column else where


def value_span(claim: Any, doc_text: str | None = None) -> tuple[int, int] | None:
    """Where the value as written sits inside the claim's sentence, or None if absent.

    With the document's text the position is exact: the occurrence whose sentence
    copy lines up with the claim's document offset. Without it, the column is the
    best clue: the value sits at or before `column - 1` in a sentence starting on
    its line, so the last occurrence there wins; otherwise the first occurrence.
    """
    text, sentence = _get(claim, "text"), _get(claim, "sentence")
    if not text or not sentence:
        return None
    found = [m.start() for m in re.finditer(re.escape(text), sentence)]
    if not found:
        return None
    if doc_text is not None:
        start = _get(claim, "start")
        for pos in found:
            if doc_text[start - pos:start - pos + len(sentence)] == sentence:
                return pos, pos + len(text)
    limit = _get(claim, "column") - 1
    before = [pos for pos in found if pos <= limit]
    pos = before[-1] if before else found[0]
    return pos, pos + len(text)


def explanation(finding: Mapping[str, Any]) -> str | None:
    """Why a finding's claims were aligned, and how surely: "aligned on same measure:
    deaths; same place: Valmont (confidence 0.92)"."""
    why, confidence = finding.get("why"), finding.get("confidence")
    if not why and confidence is None:
        return None
    out = f"aligned on {why}" if why else "aligned"
    return out + (f" (confidence {confidence:.2f})" if confidence is not None else "")


def summary_line(summary: Mapping[str, int], *, audit: bool = True) -> str:
    """"N documents, N claims: N conflicts, N agreements, N variants".

    Findings the baseline accepts and problems are counted when there are any, and
    draft verdicts in audit mode unless `audit` is false (the terminal report shows
    them in the draft section).
    """

    def n(count: int, word: str) -> str:
        return f"{count} {word}" + ("" if count == 1 else "s")

    line = (f"{n(summary['documents'], 'document')}, {n(summary['claims'], 'claim')}: "
            f"{n(summary['conflicts'], 'conflict')}, {n(summary['agreements'], 'agreement')}, "
            f"{n(summary['variants'], 'variant')}")
    if summary.get("inconsistencies"):
        line += f"; {n(summary['inconsistencies'], 'inconsistency').replace('inconsistencys', 'inconsistencies')}"
    if summary.get("accepted"):
        line += f"; {summary['accepted']} accepted"
    if summary.get("problems"):
        line += f"; {n(summary['problems'], 'problem')}"
    if audit and "contradicted" in summary:
        line += "; draft: " + ", ".join(f"{summary.get(v, 0)} {v}" for v in
                                         ("contradicted", "unsupported", "confirmed"))
    return line
