"""Every lexicon entry has invented examples of its own, in each language it covers.

The lexicon is the `[measures.*]` and `[events.*]` tables of `factcheck/lang/<lang>.toml`.
Its examples live in `tests/data/lexicon/<lang>.toml`, one table per key under the same
name (`[measures.deaths]`, `[events.founded]`), each with

    examples = [ { text = "...", value = "12", measure = "deaths" }, ... ]
    negative = [ { text = "...", value = "12", not_measure = "deaths" }, ... ]

A positive example passes when some claim extracted from `text` carries `value` and has
that measure; a negative one when no claim carrying `value` has it.

Which claim gets a measure: a value claim names its measure in `claim.attribute` (the
lexicon key; an open, lexicon-less measure is the noun's lemma). A date or year names its
event in `claim.attribute` too, and `claim.frame.event` says the same; an age or duration
keeps its own attribute and only points at an event through `frame.event`. So a claim
"has" measure K when its attribute is K or its frame's event is K: lenient for positives
(the value already pins the claim down), strict for negatives.

`value` is written as the text means it, not as the extractor prints it:
    "12", "1987"          a number or a year: the claim's point, year, or number as written
    "1962-05-24", "2022-12"  a date: year, month (and day) must match
    "15000000 EUR"        an amount: point and currency code
    "12 ans", "18 months" a duration: point in seconds, via the [durations] tables
    "95 mètres", "4 km"   a quantity: point in the base unit and dimension, via [units]
"""
from __future__ import annotations

import math
import re
import tomllib
from functools import lru_cache
from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.normalize.lang import LANGS
from factcheck.readers import read_text
from factcheck.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
LEXICON_DIR = ROOT / "factcheck" / "lang"
EXAMPLES_DIR = Path(__file__).resolve().parent / "data" / "lexicon"
SECTIONS = ("measures", "events")


def _load(path: Path) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> dict:
    return _load(LEXICON_DIR / f"{lang}.toml")


@lru_cache(maxsize=None)
def examples_file(lang: str) -> dict:
    path = EXAMPLES_DIR / f"{lang}.toml"
    return _load(path) if path.exists() else {}


def lexicon_keys(lang: str) -> list[tuple[str, str]]:
    data = lexicon(lang)
    return [(section, key) for section in SECTIONS for key in data.get(section, {})]


def _cases(kind: str) -> list:
    out = []
    for lang in LANGS:
        for section, table in examples_file(lang).items():
            if section not in SECTIONS:
                continue
            for key, entry in table.items():
                for i, ex in enumerate(entry.get(kind, [])):
                    out.append(pytest.param(lang, section, key, ex, id=f"{lang}-{section}.{key}-{i}"))
    return out


# ---- value matching ----

@lru_cache(maxsize=None)
def _unit_tables() -> tuple[dict, dict, set]:
    units, durations, currencies = {}, {}, set()
    for lang in LANGS:
        data = lexicon(lang)
        units.update({k.lower(): tuple(v) for k, v in data.get("units", {}).items()})
        durations.update({k.lower(): float(v) for k, v in data.get("durations", {}).items()})
        currencies.update(data.get("currencies", {}).values())
    return units, durations, currencies


_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
_NUMBER = re.compile(r"^(-?\d+(?:\.\d+)?)(?:\s+(.+))?$")
_LEADING = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def _close(a, b) -> bool:
    return a is not None and b is not None and math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _written_number(value) -> float | None:
    """The number a value shows first ("12 ans" -> 12, "15,000,000 EUR" -> 15000000)."""
    m = _LEADING.search(value.display or "")
    return float(m.group().replace(",", "")) if m else None


def _one_matches(spec: str, value) -> bool:
    m = _DATE.match(spec)
    if m:
        year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
        return (value.type == "date" and value.year == year and value.month == month
                and (day is None or value.day == int(day)))
    m = _NUMBER.match(spec)
    if not m:
        raise ValueError(f"cannot read example value {spec!r}")
    number, unit = float(m.group(1)), m.group(2)
    if unit is None:
        return (_close(value.point, number) or value.year == number
                or (value.type != "date" and _close(_written_number(value), number)))
    units, durations, currencies = _unit_tables()
    if unit in currencies:
        return value.unit == unit and _close(value.point, number)
    if unit.lower() in durations:
        return (value.unit or "").startswith("seconds") and _close(value.point, number * durations[unit.lower()])
    if unit.lower() in units:
        dimension, factor = units[unit.lower()]
        return value.unit == dimension and _close(value.point, number * factor)
    raise ValueError(f"unknown unit {unit!r} in example value {spec!r}")


def value_matches(spec: str, value) -> bool:
    return any(_one_matches(spec, v) for v in (value, *value.alts))


def has_measure(claim, key: str) -> bool:
    event = getattr(claim.frame, "event", None) if claim.frame is not None else None
    return claim.attribute == key or event == key


def describe(claim) -> str:
    frame = claim.frame.record() if claim.frame is not None else {}
    event = f" event={frame['event']}" if "event" in frame else ""
    return f"{claim.kind}/{claim.attribute}={claim.value.display!r}{event}"


@lru_cache(maxsize=1)
def ruleset():
    return load_ruleset()


def claims_of(text: str, lang: str) -> list:
    doc = read_text(text, doc_id="lexicon-example", lang=lang)
    return extract(doc, ruleset())


# ---- every entry has examples ----

@pytest.mark.parametrize("lang", LANGS)
def test_examples_file_exists(lang):
    assert (EXAMPLES_DIR / f"{lang}.toml").exists(), f"no tests/data/lexicon/{lang}.toml"


@pytest.mark.parametrize("lang,section,key",
                         [(lang, s, k) for lang in LANGS for s, k in lexicon_keys(lang)],
                         ids=lambda p: p if isinstance(p, str) else None)
def test_every_lexicon_entry_has_a_positive_example(lang, section, key):
    entry = examples_file(lang).get(section, {}).get(key, {})
    positives = [ex for ex in entry.get("examples", []) if ex.get("measure") == key]
    assert positives, f"{lang}: [{section}.{key}] has no positive example in tests/data/lexicon/{lang}.toml"


@pytest.mark.parametrize("lang", LANGS)
def test_no_examples_for_unknown_entries(lang):
    known = set(lexicon_keys(lang))
    stale = [(s, k) for s in SECTIONS for k in examples_file(lang).get(s, {}) if (s, k) not in known]
    assert not stale, f"{lang}: examples for keys the lexicon does not have: {stale}"


@pytest.mark.parametrize("lang", LANGS)
def test_examples_are_well_formed(lang):
    for section in SECTIONS:
        for key, entry in examples_file(lang).get(section, {}).items():
            assert set(entry) <= {"examples", "negative"}, (section, key, set(entry))
            for ex in entry.get("examples", []):
                assert set(ex) == {"text", "value", "measure"}, (section, key, ex)
                assert ex["measure"] == key, (section, key, ex)
            for ex in entry.get("negative", []):
                assert set(ex) == {"text", "value", "not_measure"}, (section, key, ex)
                assert ex["not_measure"] == key, (section, key, ex)
            for ex in entry.get("examples", []) + entry.get("negative", []):
                _one_matches(ex["value"], _Probe())  # the value spec parses


class _Probe:
    type, display, point, year, month, day, unit, alts = "number", "", None, None, None, None, None, ()


# ---- the extractor agrees with the examples ----

@pytest.mark.parametrize("lang,section,key,example", _cases("examples"))
def test_positive_example(lang, section, key, example):
    claims = claims_of(example["text"], lang)
    carrying = [c for c in claims if value_matches(example["value"], c.value)]
    assert [describe(c) for c in carrying], (
        f"no claim carries {example['value']!r}; claims: " + "; ".join(describe(c) for c in claims))
    assert [describe(c) for c in carrying if has_measure(c, key)], (
        f"{example['value']!r} should be {key}; got: " + "; ".join(describe(c) for c in carrying))


@pytest.mark.parametrize("lang,section,key,example", _cases("negative"))
def test_negative_example(lang, section, key, example):
    claims = claims_of(example["text"], lang)
    wrong = [describe(c) for c in claims if value_matches(example["value"], c.value) and has_measure(c, key)]
    assert not wrong, f"{example['value']!r} must not be {key}; got: " + "; ".join(wrong)
