"""Spec tables for reading numbers in text: tests/data/spec/numbers_<lang>.toml.

Each `[[phrase]]` is an invented sentence run through the whole extractor (rules,
scanner, frames). Its `claims` must each be matched by a distinct extracted claim
(name mentions aside); nothing extracted may match an entry of `absent`. A phrase may
yield more claims than it lists: the tables say what must be read, not everything.

Fields of an expected claim, each optional, all of them checked together:

- `value`, `low`, `high`: `c.value.point`, `.low`, `.high`, within `tol` (relative,
  default 1e-6). Values are in the extractor's base units: quantities in metres, kg,
  m², m³/s, km/h; durations in seconds; times of day in minutes after midnight.
- `hedge`: approx | min | max | range, or "none" for an unhedged value.
- `unit`: `c.value.unit`: a currency code (EUR), "%", a dimension (length, mass,
  area, flow, speed), "years" for ages, "seconds:<shape>" for durations, "time",
  "score:3-1"; "none" for no unit.
- `kind`, `measure` (`c.attribute`), `text` (the value as written, `c.text`).
- `year`, `month`, `day`, `weekday` (0 = Monday), `granularity`: a date's parts.
- `part`: `c.frame.part`, a part of a total ("three of the victims").
"""
from __future__ import annotations

import math
import tomllib
from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.readers import read_text
from factcheck.ruleset import load_ruleset

SPEC_DIR = Path(__file__).parent / "data" / "spec"
LANGS = ("fr", "en")
MIN_PHRASES = 60
NUMBER_KEYS = ("value", "low", "high")
EXACT_KEYS = ("kind", "measure", "unit", "hedge", "text", "year", "month", "day", "weekday",
              "granularity", "part")
CLAIM_KEYS = frozenset(NUMBER_KEYS + EXACT_KEYS + ("tol",))
PHRASE_KEYS = frozenset({"id", "text", "claims", "absent", "note"})
DEFAULT_TOL = 1e-6


def _load(lang: str) -> list[dict]:
    with open(SPEC_DIR / f"numbers_{lang}.toml", "rb") as fh:
        return tomllib.load(fh)["phrase"]


TABLES = {lang: _load(lang) for lang in LANGS}
CASES = [pytest.param(lang, p, id=f"{lang}-{p['id']}") for lang in LANGS for p in TABLES[lang]]


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


def _actual(c, key: str):
    v = c.value
    if key == "value":
        return v.point
    if key == "measure":
        return c.attribute
    if key == "kind":
        return c.kind
    if key == "text":
        return c.text
    if key == "part":
        return bool(getattr(c.frame, "part", False))
    if key in ("hedge", "unit"):
        got = getattr(v, key)
        return "none" if got is None else got
    return getattr(v, key)


def _matches(c, want: dict) -> bool:
    tol = want.get("tol", DEFAULT_TOL)
    for key, expected in want.items():
        if key == "tol":
            continue
        got = _actual(c, key)
        if key in NUMBER_KEYS:
            if got is None or not math.isclose(got, expected, rel_tol=tol, abs_tol=1e-9):
                return False
        elif got != expected:
            return False
    return True


def _assign(wants: list[dict], claims: list, used: frozenset = frozenset()) -> list[dict]:
    """Match each expected claim to a distinct extracted one; return the fewest left over."""
    if not wants:
        return []
    first, rest = wants[0], wants[1:]
    best = [first] + _assign(rest, claims, used)  # `first` matched by nothing
    for i, c in enumerate(claims):
        if i not in used and _matches(c, first):
            left = _assign(rest, claims, used | {i})
            if len(left) < len(best):
                best = left
            if not best:
                break
    return best


def _show(c) -> str:
    v = c.value
    bits = [f"{c.kind}/{c.attribute}", repr(c.text)]
    if v.type == "date":
        bits.append("date=" + "-".join("?" if x is None else str(x) for x in (v.year, v.month, v.day))
                    + f" wd={v.weekday} gran={v.granularity}")
    elif v.point is not None:
        bits.append(f"point={v.point:g} [{v.low:g}, {v.high:g}]")
    if v.hedge:
        bits.append(f"hedge={v.hedge}")
    if v.unit:
        bits.append(f"unit={v.unit}")
    if getattr(c.frame, "part", False):
        bits.append("part")
    return " ".join(bits)


def _claims(text: str, lang: str, ruleset) -> list:
    doc = read_text(text, doc_id="spec", lang=lang)
    return [c for c in extract(doc, ruleset) if c.kind != "name"]


@pytest.mark.parametrize("lang", LANGS)
def test_table_is_well_formed(lang):
    phrases = TABLES[lang]
    assert len(phrases) >= MIN_PHRASES, f"{lang}: {len(phrases)} phrases, want >= {MIN_PHRASES}"
    ids = [p["id"] for p in phrases]
    assert len(ids) == len(set(ids)), f"duplicate ids: {sorted({i for i in ids if ids.count(i) > 1})}"
    texts = [p["text"] for p in phrases]
    assert len(texts) == len(set(texts)), "duplicate texts"
    for p in phrases:
        assert set(p) <= PHRASE_KEYS, f"{p['id']}: unknown keys {set(p) - PHRASE_KEYS}"
        assert p.get("claims") or p.get("absent"), f"{p['id']}: expects nothing"
        for want in p.get("claims", []) + p.get("absent", []):
            assert want and set(want) <= CLAIM_KEYS, f"{p['id']}: bad keys {set(want) - CLAIM_KEYS}"
            if "hedge" in want:
                assert want["hedge"] in ("approx", "min", "max", "range", "none"), p["id"]


@pytest.mark.parametrize(("lang", "phrase"), CASES)
def test_phrase(lang, phrase, ruleset):
    claims = _claims(phrase["text"], lang, ruleset)
    got = "\n".join("    " + _show(c) for c in claims) or "    (no claims)"
    missing = _assign(list(phrase.get("claims", [])), claims)
    assert not missing, f"{phrase['text']!r}\n  missing: {missing}\n  extracted:\n{got}"
    for bad in phrase.get("absent", []):
        hits = [c for c in claims if _matches(c, bad)]
        assert not hits, f"{phrase['text']!r}\n  must not produce {bad}\n  extracted:\n{got}"
