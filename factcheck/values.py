"""Turn a matched value (text as written, kind, unit) into a typed `Value`.

This is the bridge between rule matches and the normalisers in `normalize/`: numbers
and hedges become ranges, years keep their hedge, dates keep their granularity (and
are resolved against the document's date when they are relative), names are cleaned
of quotes and articles.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .model import Value
from .normalize.dates import DateValue, parse_date, resolve_relative
from .normalize.hedges import parse_quantity
from .patterns import vocab

QUOTES = "“”\"«»‘’' \u00a0"
MAX_NUMBER = 1e15
ARTICLES = re.compile(r"^(?:le|la|les|l’|l'|the|a|an)\s+", re.I)


def _num(x: float) -> str:
    """12, 4.5, 12,000, 300,000,000: thousands grouped from five digits on (years stay 2019)."""
    if float(x).is_integer():
        return f"{int(x):,}" if abs(x) >= 10_000 else str(int(x))
    return f"{x:,.3f}".rstrip("0").rstrip(".") if abs(x) >= 10_000 else f"{x:g}"


def number_display(point: float, low: float, high: float, hedge: str | None, unit: str | None) -> str:
    tail = f" {unit}" if unit else ""
    if hedge == "range":
        return f"{_num(low)}-{_num(high)}{tail}"
    prefix = {"approx": "about ", "min": ">= ", "max": "<= "}.get(hedge or "", "")
    return f"{prefix}{_num(point)}{tail}"


def unit_of(raw: str | None, lang: str) -> tuple[str | None, float]:
    """A unit as written -> (normalised unit, factor to the base unit)."""
    if not raw:
        return None, 1.0
    key = raw.lower().strip()
    voc = vocab(lang)
    if key in voc["currencies"]:
        return voc["currencies"][key], 1.0
    if key in voc["units"]:
        dim, factor = voc["units"][key]
        return dim, float(factor)
    if key in voc["durations"]:
        return "seconds", float(voc["durations"][key])
    return key, 1.0


def number_value(text: str, lang: str, unit_raw: str | None = None, *, scale_unit: bool = True) -> Value | None:
    q = parse_quantity(text, lang)
    if q is None or not all(abs(x) < MAX_NUMBER for x in (q.point, q.low, q.high)):
        return None  # beyond any count or amount a news story states: noise, not a fact
    unit, factor = unit_of(unit_raw, lang)
    if not scale_unit:
        factor = 1.0
    point, low, high = q.point * factor, q.low * factor, q.high * factor
    shown_unit = unit_raw.strip() if unit_raw else None
    display = number_display(q.point, q.low, q.high, q.hedge, shown_unit)
    return Value("number", display, point=point, low=low, high=high, hedge=q.hedge, unit=unit)


def year_value(text: str, lang: str) -> Value | None:
    q = parse_quantity(text, lang, is_year=True)
    if q is None or not 1000 <= q.point <= 2200:
        return None
    display = number_display(q.point, q.low, q.high, q.hedge, None)
    return Value("year", display, point=q.point, low=q.low, high=q.high, hedge=q.hedge,
                 year=int(q.point), granularity="year")


def _date_from(d: DateValue, resolved_from: str | None) -> Value:
    return Value("date", d.display(), year=d.year, month=d.month, day=d.day, weekday=d.weekday,
                 granularity=d.granularity, hedge="approx" if d.approx else None,
                 resolved_from=resolved_from)


def relative_year(text: str, lang: str, ref: date | None) -> Value | None:
    """'il y a trois ans' in an article of 2021: about 2018, a year range like 'vers 2018'."""
    if ref is None:
        return None
    rel = resolve_relative(text, lang, ref)
    if rel is None or rel.year is None:
        return None
    slack = 2.0 if rel.approx else 0.0
    hedge = "approx" if rel.approx else None
    display = number_display(rel.year, rel.year - slack, rel.year + slack, hedge, None)
    return Value("year", display, point=float(rel.year), low=rel.year - slack, high=rel.year + slack,
                 hedge=hedge, year=rel.year, granularity="year", resolved_from=text)


def date_value(text: str, lang: str, ref: date | None) -> Value | None:
    if ref is not None:
        rel = resolve_relative(text, lang, ref)
        if rel is not None:
            return _date_from(rel, text)
    d = parse_date(text, lang)
    return _date_from(d, None) if d is not None else None


@lru_cache(maxsize=65536)  # a pure function of its text; Value is frozen
def name_value(text: str) -> Value | None:
    name = ARTICLES.sub("", text.strip(QUOTES)).strip(QUOTES)
    return Value("name", name, name=name) if name else None


def build_value(value_type: str, text: str, lang: str, unit_raw: str | None, ref: date | None) -> Value | None:
    if value_type == "number":
        return number_value(text, lang, unit_raw)
    if value_type == "year":
        return year_value(text, lang) or relative_year(text, lang, ref)
    if value_type == "date":
        return date_value(text, lang, ref)
    return name_value(text)
