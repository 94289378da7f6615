"""Dates as written in French and English news, with their granularity.

"12 mars 2021" is a day, "mars 2021" a month, "2011" a year, "vendredi" a
weekday; `compatible` compares two dates at the coarser of their granularities, so a
day agrees with the month holding it and an approximate year ("vers 1996") with any
year two either side. Relative words ("hier", "three years ago", "samedi dernier") are
resolved against a reference date, usually the article's own date.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from factcheck import compiled
from factcheck.normalize.lang import alternation, fold, load
from factcheck.normalize.numbers import number_pattern, parse_number

_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
APPROX_YEARS = 2  # as for numbers: "vers 1996" covers 1994-1998
APPROX_MONTHS = 1
# relative_words keys that are whole expressions (the others are parts: units, "ago").
_FIXED = ("today", "yesterday", "day_before_yesterday", "tomorrow", "this_week", "last_week",
          "this_month", "last_month", "this_year", "last_year")


@dataclass(frozen=True)
class DateValue:
    """A date known to some granularity: year | month | day | weekday | week."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    granularity: str = "day"
    approx: bool = False

    def display(self) -> str:
        """A short readable form: "2021-03-12", "2021-03", "about 1996", "4 Jun"."""
        y, m, d = self.year, self.month, self.day
        if self.granularity == "week" and y and m and d:
            text = f"week of {y:04d}-{m:02d}-{d:02d}"
        elif y and m and d:
            text = f"{y:04d}-{m:02d}-{d:02d}"
        elif m and d:
            text = f"{d} {_MONTH_ABBR[m - 1]}"
        elif y and m:
            text = f"{y:04d}-{m:02d}"
        elif m:
            text = _MONTH_ABBR[m - 1]
        elif y:
            text = f"{y:04d}"
        elif self.weekday is not None:
            text = _WEEKDAY[self.weekday] + (f" {d}" if d else "")
        else:
            text = "?"
        return "about " + text if self.approx else text

    def ordinal_range(self) -> tuple[date, date] | None:
        """First and last day the date may mean, when its year is known."""
        y, m, d = self.year, self.month, self.day
        if y is None:
            return None
        if self.granularity == "year" or m is None:
            slack = APPROX_YEARS if self.approx else 0
            return date(max(1, y - slack), 1, 1), date(min(9999, y + slack), 12, 31)
        if self.granularity == "month" or d is None:
            slack = APPROX_MONTHS if self.approx else 0
            first = _add_months(date(y, m, 1), -slack)
            last = _add_months(date(y, m, 1), slack)
            return first, last.replace(day=calendar.monthrange(last.year, last.month)[1])
        start = date(y, m, d)
        span = 6 if self.granularity == "week" else 0
        slack = (7 if span else 1) if self.approx else 0
        return start - timedelta(slack), start + timedelta(span + slack)

    def full_weekday(self) -> int | None:
        """The weekday as written, or as computed from an exact full date."""
        if self.weekday is not None:
            return self.weekday
        if self.granularity == "day" and not self.approx and self.year and self.month and self.day:
            return date(self.year, self.month, self.day).weekday()
        return None


def _add_months(d: date, n: int) -> date:
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


@lru_cache(maxsize=None)
def _vocab(lang: str) -> dict:
    data = load(lang)
    months: dict[str, int] = {}
    for i, spellings in enumerate(data["months"], 1):
        for s in spellings:
            months[fold(s)] = i
            # "Oct" without its dot, unless that is a number word ("sept" is seven).
            if s.endswith(".") and fold(s[:-1]) not in data["number_words"]:
                months.setdefault(fold(s[:-1]), i)
    weekdays = {fold(s): i for i, spellings in enumerate(data["weekdays"]) for s in spellings}
    skip = {fold(w) for w in data["date_prefixes"] + data["bare_month_prefixes"]} | {"of"}
    skip |= {part for w in skip for part in w.split()}  # "the end of November"
    return {"months": months, "weekdays": weekdays, "skip": skip,
            "approx": sorted((fold(w) for w in data["hedge_approx"]), key=len, reverse=True)}


@lru_cache(maxsize=None)
def date_pattern(lang: str) -> str:
    """Regex source (no groups) for an explicit date mention: "12 mars 2021",
    "Nov. 4, 2012", "jeudi 3 juin", "Saturday", "in February 2009", "04/11/2009"."""
    data = load(lang)
    ci = not data["names_case_sensitive"]
    mon = alternation([s for sp in data["months"] for s in sp], ignore_case=ci)
    wd = alternation([s for sp in data["weekdays"] for s in sp], ignore_case=ci)
    suffix = alternation(data["day_suffixes"], whole=False)
    day = rf"\b(?:3[01]|[12]\d|0?[1-9])(?:{suffix})?(?!\w)"
    year = r"[12]\d{3}(?!\d)"
    pre = rf"(?:{alternation(data['date_prefixes'])}\s+)?"
    bare = rf"{alternation(data['bare_month_prefixes'], whole=False)}\s*"
    day_month = rf"(?:the\s+)?{day}\s+(?:of\s+)?{mon}(?:,?\s+{year})?"
    month_day = rf"{mon}\s+{day}(?:,?\s+{year})?"
    numeric = r"\b(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d\d-\d\d)(?!\d)"
    # Cheap guard first: most word starts are not a prefix, weekday, month or digit,
    # and one pass over this trie rejects them before the full alternation is tried.
    starts = [s for sp in data["months"] + data["weekdays"] for s in sp]
    guard = alternation(starts + data["date_prefixes"] + data["bare_month_prefixes"] + ["the"],
                        whole=False, ignore_case=True)
    return (rf"\b(?=\d|{guard}){pre}(?:{numeric}|{wd}(?:,?\s+(?:{day_month}|{month_day}|{day}))?"
            rf"|{day_month}|{month_day}|{mon},?\s+{year}|(?<!\w){bare}{mon}(?:,?\s+{year})?)")


@lru_cache(maxsize=65536)  # a pure function of its text (DateValue is frozen)
def parse_date(text: str, lang: str) -> DateValue | None:
    """An isolated date mention as a DateValue; None if unreadable or impossible."""
    v = _vocab(lang)
    s = fold(text).strip(" ,;:!?")
    approx = False
    for hedge in v["approx"]:
        if s.startswith(hedge + " "):
            s, approx = s[len(hedge) + 1:], True
            break
    num = re.fullmatch(r"(?:\D+\s)?(\d{1,2})([/.])(\d{1,2})\2(\d{4})", s)
    iso = re.fullmatch(r"(?:\D+\s)?(\d{4})-(\d\d)-(\d\d)", s)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]), None, approx)
    if num:
        a, b, y = int(num[1]), int(num[3]), int(num[4])
        mdy = load(lang)["numeric_date_order"] == "mdy"
        if a > 12 or (b <= 12 and not mdy):
            a, b = b, a  # day first
        return _make(y, a, b, None, approx)
    year = month = day = weekday = None
    for tok in s.replace(",", " ").split():
        tok_nodot = tok.rstrip(".")
        if tok in v["skip"] or tok == "the":
            continue
        if tok in v["weekdays"] and weekday is None:
            weekday = v["weekdays"][tok]
        elif (tok in v["months"] or tok_nodot in v["months"]) and month is None:
            month = v["months"].get(tok, v["months"].get(tok_nodot))
        elif m := re.fullmatch(r"(\d{1,2})(?:er|ère|re|st|nd|rd|th)?", tok_nodot):
            if day is not None:
                return None
            day = int(m[1])
        elif re.fullmatch(r"\d{4}", tok_nodot) and year is None:
            year = int(tok_nodot)
        else:
            return None
    return _make(year, month, day, weekday, approx)


def _make(year, month, day, weekday, approx) -> DateValue | None:
    if year is not None and not 1 <= year <= 9998:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None:
        # A day with a month must exist (29 February only in a leap year, or any year
        # when the year is unknown).
        days = calendar.monthrange(year or 2000, month)[1] if month else 31
        if not 1 <= day <= days:
            return None
    if day is not None and month is not None:
        gran = "day"
    elif month is not None:
        gran = "month"
    elif weekday is not None:
        gran = "weekday"
    elif year is not None and day is None:
        gran = "year"
    else:
        return None
    return DateValue(year, month, day if month or weekday is not None else None, weekday,
                     gran, approx)


def compatible(a: DateValue, b: DateValue) -> bool:
    """False only when the two dates cannot be the same day, at their common granularity."""
    ra, rb = a.ordinal_range(), b.ordinal_range()
    if ra and rb:
        if ra[0] > rb[1] or rb[0] > ra[1]:
            return False
    elif not (a.approx or b.approx):
        if a.month and b.month and a.month != b.month:
            return False
        if a.month == b.month and a.day and b.day and a.day != b.day:
            return False
    wa, wb = a.full_weekday(), b.full_weekday()
    return wa is None or wb is None or wa == wb


@lru_cache(maxsize=None)
def _relative(lang: str) -> tuple[dict[str, str], re.Pattern, re.Pattern]:
    rel = load(lang)["relative_words"]
    fixed = {fold(w): key for key in _FIXED for w in rel[key]}
    units = "|".join(f"(?P<{u}>{'|'.join(map(re.escape, map(fold, rel['unit_' + u])))})"
                     for u in ("day", "week", "month", "year"))
    ago = "|".join(map(re.escape, map(fold, rel["ago_before"] + rel["ago_after"])))
    before = compiled.compile(rf"(?:{ago}) (?P<n>.+?) (?:{units})") if rel["ago_before"] else None
    after = compiled.compile(rf"(?P<n>.+?) (?:{units}) (?:{ago})") if rel["ago_after"] else None
    return fixed, before or after, compiled.compile(
        rf"(?:(?:{'|'.join(map(re.escape, rel['last_before']))}) )?(?P<wd>\w+)"
        rf"(?: (?:{'|'.join(map(re.escape, rel['last_after']))}))?" if rel["last_before"]
        or rel["last_after"] else r"(?P<wd>\w+)")


@lru_cache(maxsize=None)
def relative_pattern(lang: str) -> str:
    """Regex source (no groups) for relative dates: "hier", "last month", "samedi
    dernier", "il y a trois ans", "two years ago"."""
    data = load(lang)
    rel = data["relative_words"]
    ci = not data["names_case_sensitive"]
    fixed = alternation([w for key in _FIXED for w in rel[key]])
    wd = alternation([s for sp in data["weekdays"] for s in sp], ignore_case=ci)
    wd = rf"(?:{alternation(rel['last_before'])}\s+)?{wd}(?:\s+{alternation(rel['last_after'])})?"
    units = alternation([w for u in ("day", "week", "month", "year") for w in rel["unit_" + u]])
    num = number_pattern(lang)
    ago = (rf"{alternation(rel['ago_before'])}\s+{num}\s+{units}"
           rf"|{num}\s+{units}\s+{alternation(rel['ago_after'])}")
    firsts = [w.split()[0] for key in _FIXED + ("ago_before", "last_before") for w in rel[key]]
    firsts += [s for sp in data["weekdays"] for s in sp] + data["number_words"] + data["one_words"]
    guard = alternation(firsts, whole=False)  # see date_pattern
    return rf"\b(?=\d|{guard})(?:{fixed}|{ago}|{wd})"


def resolve_relative(text: str, lang: str, ref: date) -> DateValue | None:
    """A relative date mention resolved against `ref` (the article's date); None if the
    text is not one. A bare weekday is the last one on or before `ref` ("samedi" said
    on a Saturday is that day); "last Saturday" / "samedi dernier" is strictly before."""
    fixed, ago, wd_re = _relative(lang)
    s = fold(text).strip(" ,;:!?.")
    key = fixed.get(s) or fixed.get(re.sub(r"^\S+ ", "", s) if " " in s else "")
    monday = ref - timedelta(ref.weekday())
    if key:
        back = {"today": 0, "yesterday": 1, "day_before_yesterday": 2, "tomorrow": -1}
        if key in back:
            return _day(ref - timedelta(back[key]))
        if key in ("this_week", "last_week"):
            start = monday - timedelta(7 if key == "last_week" else 0)
            return DateValue(start.year, start.month, start.day, None, "week")
        if key in ("this_month", "last_month"):
            first = _add_months(ref.replace(day=1), -1 if key == "last_month" else 0)
            return DateValue(first.year, first.month, granularity="month")
        return DateValue(ref.year - (key == "last_year"), granularity="year")
    m = ago.fullmatch(s) if ago else None
    if m:
        n = parse_number(m["n"], lang)
        if n is None or n != int(n) or n < 0:
            return None
        n = int(n)
        if n > 1000:  # "il y a 99999 ans" is not a date we can place
            return None
        if m["day"]:
            return _day(ref - timedelta(n))
        if m["week"]:
            start = monday - timedelta(7 * n)
            return DateValue(start.year, start.month, start.day, None, "week", approx=True)
        if m["month"]:
            first = _add_months(ref.replace(day=1), -n)
            return DateValue(first.year, first.month, granularity="month", approx=True)
        return DateValue(ref.year - n, granularity="year", approx=True)
    m = wd_re.fullmatch(s)
    weekdays = _vocab(lang)["weekdays"]
    if m and m["wd"] in weekdays:
        delta = (ref.weekday() - weekdays[m["wd"]]) % 7
        if delta == 0 and m["wd"] != s:  # "last Saturday" said on a Saturday
            delta = 7
        return _day(ref - timedelta(delta))
    return None


def _day(d: date) -> DateValue:
    return DateValue(d.year, d.month, d.day, d.weekday(), "day")
