"""Placeholders that rule patterns use, expanded per language into regex source.

Rules stay readable and language data stays in one place: a rule writes
`{QTY} (?:morts?|tués?)` and `{QTY}` becomes the hedge + number (+ range) group
named `value`, built from the language's vocabulary. Placeholders:

| placeholder | expands to |
| --- | --- |
| {QTY} | value group: optional hedge, a number, optionally "and/or/to" a second number |
| {NUM} | a bare number (no group) |
| {YEAR} | value group: optional hedge and a year 1500-2099 |
| {PREPYEAR} | a preposition ("en", "in", "since"...) then {YEAR} |
| {DATE} | value group: an explicit date ("12 mars 2021", "Sept. 3", "vendredi") |
| {RELDATE} | value group: a relative date ("samedi dernier", "il y a trois ans", "last month") |
| {NAME} | value group: a capitalised name of one to four words |
| {NAMEX} | a capitalised name (no group) |
| {PERSONS} | generic nouns for people (personnes, people, migrants...) |
| {CURRENCY} | unit group: a currency word or symbol |
| {UNIT} | unit group: a unit of measure |
| {DURATION} | unit group: a unit of time |
| {HEDGE} | hedge words (no group) |
| {W} | one word (no group) |
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import compiled
from .normalize.lang import longest_first
from .normalize.numbers import compact_number  # noqa: F401  (re-exported for the scanner)

UPPER = "A-ZÀ-ÖØ-ÞŒ"
# Possessive and anchored at a word start: a 100 KB run of capitals costs linear time.
NAME_TOKEN = rf"(?<![\w&.-])(?:[{UPPER}](?:\w|[’'&.-](?=\w))*+|\d++(?!(?:e|er|ère|re|ème|eme|st|nd|rd|th|h\d*|am|pm|m|km|kg|cm|mm|s)(?!\w))[a-zA-Z]++(?!\w))"
NAME_LINK = r"(?:(?:de|du|des|van|von|der|da|di|del|bin|al|el|ibn|y|of|of\s+the|de\s+la|&)\s+)?"
NAMEX = rf"{NAME_TOKEN}(?:[ \u00a0]{NAME_LINK}{NAME_TOKEN}){{0,3}}"
YEAR = r"(?<![\d.,])(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d)"


def vocab(lang: str) -> dict:
    """The claim vocabulary of one language: its data file (factcheck/lang/<lang>.toml)."""
    from .normalize.lang import load

    return load(lang)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in longest_first(words))


def _words(words) -> str:
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in longest_first(words))


@lru_cache(maxsize=None)
def compact_hedge(lang: str) -> str:
    from .normalize.lang import load

    data = load(lang)
    words = [w for key in ("hedge_approx", "hedge_min", "hedge_max", "hedge_range") for w in data[key]]
    words = [w.replace("’", "'") for w in words] + [w.replace("'", "’") for w in words]
    return rf"(?i:{_words(words)})(?!\w)"


def load_words(lang: str) -> list[str]:
    from .normalize.lang import load

    data = load(lang)
    return list(data["number_words"]) + [w for w in data["one_words"] if w not in ("a", "an")]


def load_scales(lang: str) -> list[str]:
    from .normalize.lang import load

    return list(load(lang)["scale_words"])


STUBS = {"NUM": r"\d+", "HEDGE": "h", "QTY": r"(?P<value>\d+)", "YEAR": r"(?P<value>\d{4})", "PREPYEAR": r"en (?P<value>\d{4})",
         "DATE": r"(?P<value>\d+)", "RELDATE": r"(?P<value>\d+)", "NAME": r"(?P<value>[A-Z]\w*)", "NAMEX": r"[A-Z]\w*",
         "PERSONS": "p", "CURRENCY": r"(?P<unit>\$)", "UNIT": r"(?P<unit>m)",
         "DURATION": r"(?P<unit>s)", "W": r"\w+"}


@lru_cache(maxsize=None)
def fragments(lang: str) -> dict[str, str]:
    """Regex source of every placeholder for one language."""
    from .normalize.dates import date_pattern, relative_pattern

    voc = vocab(lang)
    num = f"(?:{compact_number(lang)})"
    hedge = f"(?:{compact_hedge(lang)})"
    link = r"(?:\s*(?:-|–|à|a|et|ou|to|and|or)\s*(?:[$€£]\s?)?)"
    # The second number of a range ("entre 160 et 180", "trois ou quatre") is kept simple.
    second = rf"(?:\d[\d\u00a0\u202f .,]*\d|\d|(?i:{_words(load_words(lang))})(?!\w))"
    qty = rf"(?:{hedge}\s+)?(?:[$€£]\s?)?{num}(?:{link}{second}(?:[ \u00a0]?(?i:{_words(load_scales(lang))})(?!\w))?)?"
    return {
        "NUM": num,
        "HEDGE": hedge,
        "QTY": rf"(?P<value>{qty})",
        "YEAR": rf"(?P<value>(?:{hedge}\s+)?{YEAR})",
        "PREPYEAR": rf"(?i:en|depuis|dès|vers|de|in|since|of|around|by)\s+(?P<value>(?:{hedge}\s+)?{YEAR})",
        "DATE": rf"(?P<value>{date_pattern(lang)})",
        "RELDATE": rf"(?P<value>{relative_pattern(lang)})",
        "NAME": rf"(?P<value>{NAMEX})",
        "NAMEX": NAMEX,
        "PERSONS": rf"(?i:{_alternation(voc['person_nouns'])})",
        "CURRENCY": rf"(?P<unit>(?i:{_alternation(voc['currencies'])}))",
        "UNIT": rf"(?P<unit>(?i:{_alternation(voc['units'])}))(?![\w])",
        "DURATION": rf"(?P<unit>(?i:{_alternation(voc['durations'])}))(?![\w])",
        "W": r"[^\s.;:!?]+",
    }


PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")


def expand(pattern: str, lang: str, *, stub: bool = False) -> str:
    """Replace {PLACEHOLDERS}; an unknown one raises KeyError naming it.

    With `stub`, placeholders become tiny regexes with the same groups: enough to check
    a rule's syntax and value group at load time without compiling the real thing.
    """
    frags = STUBS if stub else fragments(lang)

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in frags:
            raise KeyError(f"unknown placeholder {{{name}}}")
        return frags[name]

    return PLACEHOLDER.sub(sub, pattern)


@lru_cache(maxsize=None)
def scanner(lang: str) -> re.Pattern:
    """The one-pass candidate scanner: numbers (digits or words), dates, weekdays."""
    from .normalize.dates import date_pattern
    from .normalize.numbers import number_pattern

    return compiled.compile(f"(?P<d>{date_pattern(lang)})|(?P<n>{number_pattern(lang)})")
