"""The closed menu of claim kinds, and everything a kind decides about its values.

Rules in data pick a kind; code gives it meaning here and nowhere else: what type of
value it carries, whether two of its values can be compared at all (`comparable`:
amounts in different currencies with no stated rate cannot; a measure in metres and
one in feet can), and whether they agree (`agree`: their ranges overlap, after unit
conversion, at the coarser granularity of two dates...). Alignment and comparison ask
the kind; they never test `kind == ...` themselves.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .model import Value
from .normalize.dates import DateValue, compatible

EPS = 1e-9
CONVERSION_SLACK = 0.03  # "50 miles (80 km)": values converted by the writer are rounded


def _overlap(lo1: float, hi1: float, lo2: float, hi2: float, slack: float = 0.0) -> bool:
    pad = slack * max(abs(lo1), abs(hi1), abs(lo2), abs(hi2))
    eps = EPS * max(1.0, abs(lo1), abs(hi1), abs(lo2), abs(hi2))
    return lo1 <= hi2 + pad + eps and lo2 <= hi1 + pad + eps


def _ranges_agree(a: Value, b: Value, slack: float = 0.0) -> bool:
    """Two values' ranges share a point; two approximations must be closer than the
    wider one's rounding: "about 12 %" and "about 12.4 %" agree, "roughly 11,000" and
    "about 12,000" do not (a whole rounding step apart), nor "roughly 12 %" and "about
    14 %", though their ranges touch at 13."""
    if a.hedge == b.hedge == "approx" and a.point is not None and b.point is not None:
        step = max(a.point - a.low, a.high - a.point, b.point - b.low, b.high - b.point)
        pad = slack * max(abs(a.point), abs(b.point))
        return abs(a.point - b.point) < step + pad - EPS * max(1.0, abs(a.point), abs(b.point))
    return _overlap(a.low, a.high, b.low, b.high, slack)


def _units(v: Value) -> dict[str, Value]:
    """A value and its stated conversions, by unit ("100 M€ (110 M$)")."""
    out = {v.unit or "": v}
    for alt in v.alts:
        out.setdefault(alt.unit or "", alt)
    return out


def _numbers_agree(a: Value, b: Value) -> bool:
    """Ranges overlap; but two ranges compare by their ends: "de 3 à 20 ans" is not
    "de 4 à 20 ans", "between 2004 and 2016" is not "between 2009 and 2016"."""
    if None in (a.low, a.high, b.low, b.high):
        return True
    if a.hedge == b.hedge == "range":
        return _same_end(a.low, b.low) and _same_end(a.high, b.high)
    return _ranges_agree(a, b)


def _same_end(x: float, y: float) -> bool:
    return abs(x - y) <= EPS * max(1.0, abs(x), abs(y))


def _numbers_comparable(a: Value, b: Value) -> bool:
    return a.low is not None and b.low is not None


def _shared_units(a: Value, b: Value) -> list[tuple[Value, Value]]:
    ua, ub = _units(a), _units(b)
    return [(ua[u], ub[u]) for u in ua if u in ub]


def _amount_comparable(a: Value, b: Value) -> bool:
    return bool(_shared_units(a, b))


def _amount_agree(a: Value, b: Value) -> bool:
    """Amounts in one currency compare as written; otherwise through a conversion one
    of the texts states, which its writer rounded ("€100m ($110m)")."""
    if a.unit == b.unit:
        return _ranges_agree(a, b)
    return all(_ranges_agree(x, y, CONVERSION_SLACK) for x, y in _shared_units(a, b))


def _quantity_comparable(a: Value, b: Value) -> bool:
    return a.unit == b.unit


def _quantity_agree(a: Value, b: Value) -> bool:
    """Measures written in one unit compare as written ("magnitude 6.8" is not 6.9);
    written in two, they compare after conversion, which a writer rounds ("50 miles",
    "80 km")."""
    slack = 0.0 if _written_unit(a) == _written_unit(b) else CONVERSION_SLACK
    return _ranges_agree(a, b, slack)


def _written_unit(v: Value) -> object:
    """The unit the text wrote, as its size in the base unit ("km" and "kilomètres" are
    one unit), else as written: the last word of the display, if it has two."""
    words = v.display.split()
    if len(words) < 2:
        return ""
    word = words[-1].lower()
    return _unit_sizes().get(word, word)


@lru_cache(maxsize=1)
def _unit_sizes() -> dict[str, object]:
    """Every language's unit words -> (dimension, size in the base unit)."""
    from .normalize.lang import LANGS, load

    return {w.lower(): tuple(spec) for lang in LANGS for w, spec in load(lang)["units"].items()}


def _shape(v: Value) -> str:
    return (v.unit or "").partition(":")[2]


def _duration_agree(a: Value, b: Value) -> bool:
    """Two durations written with the same units compare as written ("5 mois et 8
    jours" is not "5 mois et 9 jours"); otherwise in seconds, allowing for the length
    of a month or a year."""
    if a.hedge == b.hedge == "range":
        return _numbers_agree(a, b)
    if _shape(a) == _shape(b):
        return _overlap(a.low, a.high, b.low, b.high)
    coarse = max(("month" in _shape(a)) + 0, ("month" in _shape(b)) + 0)
    slack = 0.02 if coarse else 0.0
    return _overlap(a.low, a.high, b.low, b.high, slack)


def _date(v: Value) -> DateValue:
    return DateValue(year=v.year, month=v.month, day=v.day, weekday=v.weekday,
                     granularity=v.granularity or "day", approx=v.hedge == "approx")


def _dates_agree(a: Value, b: Value) -> bool:
    return compatible(_date(a), _date(b))


def _dates_comparable(a: Value, b: Value) -> bool:
    """A bare weekday is comparable with another weekday or a full date; a month with
    a date; a year-less day with a date."""
    return True


def _date_year_agree(a: Value, b: Value) -> bool:
    """A date against a year ("le 4 juin 2013" and "en 2013")."""
    da = a if a.type == "date" else b
    y = b if da is a else a
    if da.year is None:
        return True
    return _overlap(float(da.year), float(da.year), y.low, y.high)


def _times_agree(a: Value, b: Value) -> bool:
    """Times of day overlap, an approximate one by half an hour either side (once: a
    hedge already read as a range, "around 4am" as 3:30 to 4:30, gets no more)."""
    slack_a = 30.0 if a.hedge == "approx" and a.low == a.high else 0.0
    slack_b = 30.0 if b.hedge == "approx" and b.low == b.high else 0.0
    return _overlap(a.low - slack_a, a.high + slack_a, b.low - slack_b, b.high + slack_b)


def _exact(a: Value, b: Value) -> bool:
    return a.display == b.display


def _names_agree(a: Value, b: Value) -> bool:
    from .entities import fold

    na, nb = fold(a.name or ""), fold(b.name or "")
    return na == nb or na in nb or nb in na


def _always(a: Value, b: Value) -> bool:
    return True


@dataclass(frozen=True)
class Kind:
    """A claim kind: its value type, default attribute and value behaviour."""

    name: str
    value_type: str  # number | year | date | name
    attribute: str  # default attribute (measure) when a rule gives none
    family: str  # the frame family its values belong to (aliases share one)
    description: str
    comparable: Callable[[Value, Value], bool] = _numbers_comparable
    agree: Callable[[Value, Value], bool] = _numbers_agree
    conflicts: bool = True  # may two differing values of this kind be a conflict?


def _kinds() -> dict[str, Kind]:
    number = dict(comparable=_numbers_comparable, agree=_numbers_agree)
    dates = dict(comparable=_dates_comparable, agree=_dates_agree)
    names = dict(comparable=_always, agree=_names_agree, conflicts=False)
    table = (
        Kind("count", "number", "count", "count", "how many of something: dead, injured, songs", **number),
        Kind("amount", "number", "amount", "amount", "an amount of money in a currency",
             comparable=_amount_comparable, agree=_amount_agree),
        Kind("quantity", "number", "quantity", "quantity", "a measure with a unit: length, mass, area",
             comparable=_quantity_comparable, agree=_quantity_agree),
        Kind("duration", "number", "duration", "duration", "how long something lasted",
             comparable=_numbers_comparable, agree=_duration_agree),
        Kind("age", "number", "age", "age", "a person's age", **number),
        Kind("percent", "number", "percent", "percent", "a percentage", **number),
        Kind("year", "year", "year", "year", "a year an event happened ('en 2011')", **number),
        Kind("date", "date", "date", "date", "a date, month or weekday, with its granularity", **dates),
        Kind("time", "number", "time", "time", "a time of day ('9h34', '9:30 am')",
             comparable=_numbers_comparable, agree=_times_agree),
        Kind("score", "number", "score", "score", "a score ('5-0')", comparable=_always, agree=_exact),
        Kind("ordinal", "number", "rank", "ordinal", "an ordinal ('the 63rd minute')", **number),
        # Rule kinds of earlier versions: years of a named event.
        Kind("start", "year", "founded", "year", "when an entity was founded or started", **number),
        Kind("rename", "year", "renamed", "year", "when an entity changed its name", **number),
        Kind("since", "year", "since", "year", "since when a state has lasted ('since 1998')", **number),
        Kind("born", "year", "born", "year", "a person's birth year or date", **number),
        Kind("person", "name", "role", "person", "a person named with a role", **names),
        Kind("alias", "name", "alias", "alias", "another name an entity is or was known by", **names),
        Kind("name", "name", "name", "name", "a mention of a named entity", **names),
    )
    return {k.name: k for k in table}


KINDS: dict[str, Kind] = _kinds()


def comparable(kind_a: str, a: Value, kind_b: str, b: Value) -> bool:
    """Can two values be compared at all? Kinds of one family compare by that family's
    rule; a date and a year compare on the year, so a date written without one
    ("on Saturday, June 8") says nothing about a year ("in 1935")."""
    fa, fb = KINDS[kind_a].family, KINDS[kind_b].family
    if fa == fb:
        return KINDS[kind_a].comparable(a, b)
    return {fa, fb} == {"year", "date"} and a.year is not None and b.year is not None


def agree(kind_a: str, a: Value, kind_b: str, b: Value) -> bool:
    """Can both values be true at once?"""
    fa, fb = KINDS[kind_a].family, KINDS[kind_b].family
    if fa == fb:
        return KINDS[kind_a].agree(a, b)
    if {fa, fb} == {"year", "date"}:
        return _date_year_agree(a, b)
    return True
