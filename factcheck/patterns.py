"""Placeholders that rule patterns use, expanded per language into regex source.

Rules stay readable and language data stays in one place: a rule writes
`{QTY} (?:morts?|tués?)` and `{QTY}` becomes the hedge + number (+ range) group
named `value`, built from the language's vocabulary. Placeholders:

| placeholder | expands to |
| --- | --- |
| {QTY} | value group: optional hedge, a number, optionally "and/or/to" a second number |
| {NUM} | a bare number (no group) |
| {YEAR} | value group: optional hedge and a year 1500-2099 |
| {DATE} | value group: an explicit date ("3 septembre 2022", "Sept. 3", "samedi") |
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
import tomllib
from functools import lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).resolve().parent / "vocab"
UPPER = "A-ZÀ-ÖØ-ÞŒ"
NAME_TOKEN = rf"(?:[{UPPER}][\w’'&.-]*\w|[{UPPER}]|\d+[a-zA-Z]\w*)"
NAME_LINK = r"(?:(?:de|du|des|van|von|der|da|di|del|bin|al|el|ibn|y|of|and|&)\s+)?"
NAMEX = rf"{NAME_TOKEN}(?:[ \u00a0]{NAME_LINK}{NAME_TOKEN}){{0,3}}"
YEAR = r"(?<![\d.,])(?:1[5-9]\d\d|20\d\d)(?![\d,.]\d)"


@lru_cache(maxsize=None)
def vocab(lang: str) -> dict:
    """The claim vocabulary of one language (vocab/<lang>.toml)."""
    with open(VOCAB_DIR / f"{lang}.toml", "rb") as fh:
        return tomllib.load(fh)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def fragments(lang: str) -> dict[str, str]:
    """Regex source of every placeholder for one language."""
    from .normalize.dates import date_pattern
    from .normalize.hedges import hedge_pattern
    from .normalize.numbers import number_pattern

    voc = vocab(lang)
    num = f"(?:{number_pattern(lang)})"
    hedge = f"(?:{hedge_pattern(lang)})"
    link = r"(?:\s*(?:-|–|à|a|et|ou|to|and|or)\s*(?:[$€£]\s?)?)"
    qty = rf"(?:{hedge}\s+)?(?:[$€£]\s?)?{num}(?:{link}{num})?"
    return {
        "NUM": num,
        "HEDGE": hedge,
        "QTY": rf"(?P<value>{qty})",
        "YEAR": rf"(?P<value>(?:{hedge}\s+)?{YEAR})",
        "DATE": rf"(?P<value>{date_pattern(lang)})",
        "NAME": rf"(?P<value>{NAMEX})",
        "NAMEX": NAMEX,
        "PERSONS": rf"(?i:{_alternation(voc['person_nouns'])})",
        "CURRENCY": rf"(?P<unit>(?i:{_alternation(voc['currencies'])}))",
        "UNIT": rf"(?P<unit>(?i:{_alternation(voc['units'])}))(?![\w])",
        "DURATION": rf"(?P<unit>(?i:{_alternation(voc['durations'])}))(?![\w])",
        "W": r"[^\s.;:!?]+",
    }


PLACEHOLDER = re.compile(r"\{([A-Z]+)\}")


def expand(pattern: str, lang: str) -> str:
    """Replace {PLACEHOLDERS}; an unknown one raises KeyError naming it."""
    frags = fragments(lang)

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in frags:
            raise KeyError(f"unknown placeholder {{{name}}}")
        return frags[name]

    return PLACEHOLDER.sub(sub, pattern)
