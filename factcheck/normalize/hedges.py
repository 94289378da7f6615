"""Hedged quantities: "au moins trois", "plus de 12 000", "between 300 and 650".

A hedge turns the number as written into a closed range [low, high], so that two
articles agree when their ranges overlap. The width comes from `tolerance(n)`, the
rounding a writer plausibly meant: the place value of the last non-zero digit of n
(150 -> 10, 12 000 -> 1 000, 148 -> 1), capped at a tenth of n (100 -> 10, 4 000 -> 400,
3 -> 0.3). Then, as a news editor reads them:

- "plus de 12 000" is [12 000, 13 000] and agrees with "12 051";
- "more than 150" is [150, 160] and agrees with "156";
- "at least 148" is [148, 149] and conflicts with "156" (nobody writes 148 for 156);
- "au moins 100" is [100, 110] and conflicts with "126" (the cap: "100" is not vague
  enough to cover 126);
- "plus de 3000" [3000, 3300] and "plus de 6000" [6000, 6600] conflict;
- "au moins trois" is [3, 3.3] and agrees with "trois".

The range includes the bound itself ("more than 150" covers 150) because writers use
"more than" loosely. Years are not rounded figures: an approximate year ("vers 1996")
is plus or minus two years, "after"-style min/max on a year span two years one way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck import compiled
from factcheck.normalize.lang import alternation, fold, load, word_regex
from factcheck.normalize.numbers import compact_number, parse_number

HEDGES = ("approx", "min", "max", "range")
YEAR_SLACK = 2.0
_CURRENCY = r"(?:[$€£¥]\s?|(?:US|C|A)\$\s?)?"


@dataclass(frozen=True)
class Quantity:
    """A number as written (`point`) and the range it stands for."""

    point: float
    low: float
    high: float
    hedge: str | None = None  # approx | min | max | range | None


@lru_cache(maxsize=None)
def hedge_pattern(lang: str) -> str:
    """Regex source (no groups) matching hedge words that stand right before a number."""
    data = load(lang)
    words = [w for kind in HEDGES for w in data[f"hedge_{kind}"]]
    return alternation(words)


@lru_cache(maxsize=None)
def _hedge_table(lang: str) -> dict[str, str]:
    data = load(lang)
    return {fold(w): kind for kind in HEDGES for w in data[f"hedge_{kind}"]}


def classify_hedge(words: str, lang: str) -> str | None:
    """"approx", "min", "max" or "range" for hedge words, None if they are not a hedge.

    Unlisted longer phrases fall back on their longest listed ending, so "bien au-delà
    de" reads as "au-delà de" (min).
    """
    table = _hedge_table(lang)
    key = fold(words)
    if key in table:
        return table[key]
    for known in sorted(table, key=len, reverse=True):
        if key.endswith(" " + known):
            return table[known]
    return None


def tolerance(n: float) -> float:
    """The rounding a writer plausibly meant by `n` (see the module docstring)."""
    n = abs(n)
    if n == 0 or n != n or n == float("inf"):
        return 0.0
    if float(n).is_integer():
        i, place = int(n), 1
        while i % (place * 10) == 0:
            place *= 10
    else:
        decimals = f"{n:.6f}".rstrip("0").split(".")[1]
        place = 10.0 ** -len(decimals)
    return min(float(place), n / 10)


def to_range(n: float, hedge: str | None, *, is_year: bool = False) -> tuple[float, float]:
    """The closed range a hedged number stands for; "range" has no width of its own."""
    t = YEAR_SLACK if is_year else tolerance(n)
    if hedge == "approx":
        return n - t, n + t
    if hedge == "min":
        return n, n + t
    if hedge == "max":
        return n - t, n
    return n, n


def ranges_overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """True when two closed ranges share a point, give or take float noise."""
    eps = 1e-9 * max(1.0, abs(a[0]), abs(a[1]), abs(b[0]), abs(b[1]))
    return a[0] <= b[1] + eps and b[0] <= a[1] + eps


@lru_cache(maxsize=None)
def _regexes(lang: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load(lang)
    num = compact_number(lang)
    starters = "|".join(word_regex(w) for w in data["range_starters"])
    seps = "|".join(word_regex(w) for w in data["range_separators"])
    # "de 20 à 40", "between $10 and $15 billion", "20- to 30", "trois ou quatre".
    rng = compiled.compile(
        rf"(?:(?i:{starters})\s*)?{_CURRENCY}(?P<a>{num})-?\s*(?i:{seps})\s*"
        rf"{_CURRENCY}(?P<b>{num})(?!\w)", re.IGNORECASE)
    hedged = compiled.compile(rf"(?P<h>{hedge_pattern(lang)})\s*(?P<rest>.+)", re.IGNORECASE)
    single = re.compile(rf"{_CURRENCY}(?P<n>{num})")
    return rng, hedged, single


def parse_quantity(text: str, lang: str, *, is_year: bool = False) -> Quantity | None:
    """A whole mention, possibly hedged or a range, as a Quantity; None if no number.

    Words after the number ("au moins trois morts") are ignored. A range keeps its first
    number as `point`. Collective nouns ("une dizaine", "a dozen") count as approximate.
    """
    rng, hedged, single = _regexes(lang)
    s = " ".join(text.replace("\u2019", "'").split())
    # "fifty-one" and "quatre-vingt-dix" are one number, not a range with a dash.
    m = None if single.fullmatch(s) else rng.match(s)
    if m:
        a, b = parse_number(m["a"], lang), parse_number(m["b"], lang)
        if a is not None and b is not None:
            a = _share_scale(m["a"], a, m["b"], b, lang)
            return Quantity(a, min(a, b), max(a, b), "range")
    hedge = None
    m = hedged.match(s)
    if m:
        hedge = classify_hedge(m["h"], lang)
        s = m["rest"]
    m = single.match(s)
    if not m:
        return None
    n = parse_number(m["n"], lang)
    if n is None:
        return None
    if hedge is None and fold(m["n"]).split()[-1] in load(lang)["collective_numbers"]:
        hedge = "approx"
    if hedge == "range":
        return None  # "entre 3" with no second number: not a range we can read
    low, high = to_range(n, hedge, is_year=is_year)
    return Quantity(n, low, high, hedge)


def _share_scale(a_text: str, a: float, b_text: str, b: float, lang: str) -> float:
    """In "$10 to $15 billion" the scale word of the second end applies to the first."""
    data = load(lang)
    scales = {**data["scale_abbreviations"], **data["scale_words"]}
    a_last, b_last = fold(a_text).split()[-1], fold(b_text).split()[-1]
    if a_last in scales or b_last not in scales:
        return a
    scaled = a * scales[b_last]
    return scaled if scaled <= b * (1 + 1e-9) else a
