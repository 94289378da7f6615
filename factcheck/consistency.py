"""Internal consistency: what one article says that cannot be true on its own terms.

- A weekday that does not fall on its date ("vendredi 4 janvier 2024" was a Thursday).
  The year comes from the date itself, else the article's publication date, else the
  article's latest full date when it lies within two months of this day (a story's
  dates cluster; a birth date decades before dates nothing).
- An age that contradicts a stated birth date and the date it is stated at (the
  event's date, or the article's publication date).

These are findings of their own kind (`inconsistency`), reported even for a single
document: no other source is needed to see them.
"""
from __future__ import annotations

import hashlib
from datetime import date

from .model import Claim, Document, Finding


def _fp(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _weekday_name(i: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[i]


def _reference(doc: Document, claims: list[Claim]) -> date | None:
    """The day an article's yearless dates are near: its publication date, else the
    latest full date it gives."""
    if doc.date is not None:
        return doc.date
    full = [date(c.value.year, c.value.month, c.value.day) for c in claims
            if c.value.type == "date" and c.value.year and c.value.month and c.value.day and not c.value.resolved_from]
    return max(full) if full else None


NEAR_DAYS = 62  # how near the article's latest full date must be to date a yearless day


def _year_near(month: int, day: int, ref: date, within: int | None = None) -> int | None:
    """The year putting day/month nearest to `ref` ("4 janvier" after "29 novembre 2023":
    2024); with `within`, none unless that is at most so many days from `ref`."""
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((date(y, month, day) - ref).days)
        except ValueError:
            continue
        if best is None or gap < best[0]:
            best = (gap, y)
    return best[1] if best and (within is None or best[0] <= within) else None


def weekday_checks(doc: Document, claims: list[Claim]) -> list[Finding]:
    out = []
    ref = _reference(doc, claims)
    for c in claims:
        v = c.value
        if v.type != "date" or v.weekday is None or v.day is None or v.month is None or v.resolved_from:
            continue
        y = v.year or (_year_near(v.month, v.day, ref, None if doc.date else NEAR_DAYS) if ref else None)
        if y is None:
            continue
        try:
            actual = date(y, v.month, v.day).weekday()
        except ValueError:
            continue
        if actual != v.weekday:
            where = "its year" if v.year else ("the publication date" if doc.date else "the article's other dates")
            msg = (f"{c.text!r} ({c.document}:{c.line}): {v.day}/{v.month}/{y} was a {_weekday_name(actual)}, "
                   f"not a {_weekday_name(v.weekday)} (year from {where})")
            out.append(Finding("", "inconsistency", "warning", "weekday", c.subject, (c.id,), {c.document: c.text},
                               msg, _fp("weekday", c.document, c.start, c.text), confidence=1.0,
                               why="a weekday named beside its date"))
    return out


def _birth(claims: list[Claim]) -> dict[str, Claim]:
    out = {}
    for c in claims:
        f = c.frame
        if f is not None and f.measure == "born" and f.anchor and c.value.year:
            out.setdefault(f.anchor, c)
    return out


def _event_days(claims: list[Claim]) -> dict[tuple[str, str], date]:
    """(anchor, event) -> the full date the article gives for it ("morte le 3 février 2021")."""
    out: dict[tuple[str, str], date] = {}
    for c in claims:
        f, v = c.frame, c.value
        if f is not None and f.family == "date" and f.anchor and f.event and v.year and v.month and v.day:
            out.setdefault((f.anchor, f.event), date(v.year, v.month, v.day))
    return out


def _stated_at(doc: Document, f, days: dict[tuple[str, str], date]) -> date | None:
    """When an age holds: the date of its event when the article dates it; the
    publication date for an age given as of the news ("Paul Ricard, 41 ans, a
    annoncé"); unknown for an age at an undated event ("à l'âge de 20 ans, lors de
    son arrestation")."""
    if f.event == "born":
        return doc.date  # "Paul Ricard, 70 ans, est né le 3 mars 1960": aged 70 now, not at birth
    if f.event and (f.anchor, f.event) in days:
        return days[(f.anchor, f.event)]
    if f.at_event and f.event and f.event != "said":
        return None
    return doc.date


def age_checks(doc: Document, claims: list[Claim]) -> list[Finding]:
    births = _birth(claims)
    days = _event_days(claims)
    out = []
    for c in claims:
        f = c.frame
        if f is None or f.family != "age" or not f.anchor or f.anchor not in births or c.value.point is None:
            continue
        at = _stated_at(doc, f, days)
        if at is None:
            continue
        b = births[f.anchor].value
        low = at.year - b.year - 1
        high = at.year - b.year
        if b.month and b.day:
            before = (at.month, at.day) < (b.month, b.day)
            low = high = at.year - b.year - (1 if before else 0)
        elif b.month and at.month > b.month:
            low = high = at.year - b.year
        age = c.value.point
        if not (low - 1e-9 <= age <= high + 1e-9) and not (c.value.low is not None and c.value.low <= high and low <= c.value.high):
            born = births[f.anchor]
            msg = (f"{f.anchor_text}: aged {c.value.display} ({c.document}:{c.line}) but born {born.value.display} "
                   f"({born.document}:{born.line}), so {low if low == high else f'{low}-{high}'} on {at.isoformat()}")
            out.append(Finding("", "inconsistency", "warning", "age", f.anchor_text or c.subject, (c.id, born.id),
                               {c.document: f"{c.text} | {born.text}"}, msg, _fp("age", c.document, c.start, born.start),
                               confidence=1.0, why="an age beside a birth date"))
    return out


def inconsistencies(documents: list[Document], claims: list[Claim]) -> list[Finding]:
    by_doc: dict[str, list[Claim]] = {}
    for c in claims:
        by_doc.setdefault(c.document, []).append(c)
    out = []
    for doc in documents:
        mine = by_doc.get(doc.id, [])
        out += weekday_checks(doc, mine) + age_checks(doc, mine)
    return out
