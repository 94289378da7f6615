"""Per-language vocabulary for the normalisers, and helpers to turn it into regexes.

The words live in `factcheck/lang/<code>.toml`, the one data file per language; this
module only loads them (parsed once per machine, see `diskcache.derived`), and
builds regex alternations from word lists, so that numbers.py, hedges.py and dates.py
share one way of quoting words: longest first (a regex alternation takes the first
alternative that matches, so "plus de" must come before "plus"), whole words only,
both apostrophes accepted, any run of spaces where the data has one space.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from factcheck import diskcache

LANGS = ("fr", "en")

_DIR = Path(__file__).resolve().parent.parent / "lang"

_APOS = "['\u2019]"
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


@lru_cache(maxsize=None)
def load(lang: str) -> dict:
    """The vocabulary of `lang` ("fr" or "en") as a dict; cached, do not mutate it."""
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
    raw = source(lang)
    return diskcache.derived(f"lang-{lang}", raw, lambda: tomllib.loads(raw.decode("utf-8")))


def source(lang: str) -> bytes:
    """The bytes of the data file of `lang`, which everything derived from it depends on."""
    return (_DIR / f"{lang}.toml").read_bytes()


def fold(text: str) -> str:
    """Lowercase, straight apostrophes, single spaces: the form word lists are compared in."""
    return _SPACES.sub(" ", text.replace("\u2019", "'")).strip().lower()


def word_regex(word: str) -> str:
    """One vocabulary entry as regex source: escaped, any apostrophe, flexible spaces."""
    return "".join(_atoms(word))


def _atoms(word: str) -> list[str]:
    out = []
    for ch in word:
        if ch in "'\u2019":
            out.append(_APOS)
        elif ch == " ":
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    return out


def case_variants(word: str, ignore_case: bool = True) -> set[str]:
    """The spellings a word is matched in: lower, Capitalised and UPPER (or as written
    and UPPER when case matters, as for English month names)."""
    if ignore_case:
        return {word.lower(), word[:1].upper() + word[1:].lower(), word.upper()}
    return {word, word.upper()}


def longest_first(words) -> list[str]:
    """Distinct words, longest first, so that an alternation tries "millions" before
    "million"; ties in alphabetical order, so a pattern built from a set is the same
    text in every process (and its compiled form can be cached, see `compiled`)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words, *, whole: bool = True, ignore_case: bool = True) -> str:
    """Regex source matching any of `words` (no capturing groups), as a trie.

    Why not `(?i:a|b|c)`: these patterns run at every position of megabytes of text,
    and Python's `re` only skips cheaply over alternatives that start with a
    case-sensitive literal; a case-insensitive alternation of 40 words scans several
    times slower. So words are spelled out in their usual casings (`case_variants`:
    "QuAtre" will not match) and shared prefixes are factored.

    With `whole`, a word is never matched glued to a letter or digit, so "une" does not
    match inside "brune"; entries ending with "." or an apostrophe ("c.", "près d'")
    get no boundary on that side. An empty list gives "(?!)" (never matches).
    """
    spellings = _spellings(words, ignore_case)
    if not spellings:
        return "(?!)"
    body = trie_regex(spellings, whole=whole)
    if not whole:
        return body
    # \b first: at most positions of a text (inside words) it fails at once.
    if all(w[0].isalnum() for w in spellings):
        return r"\b" + body
    return r"(?<!\w)" + body


def trie_regex(spellings, *, whole: bool) -> str:
    """The exact strings `spellings` as one trie-shaped regex, every branch starting
    with a literal; with `whole`, a word ending in a letter or digit ends at a boundary."""
    trie: dict = {}
    for w in spellings:
        node = trie
        for atom in _atoms(w):
            node = node.setdefault(atom, {})
        node[""] = whole and w[-1].isalnum()
    return _render(trie)


def _spellings(words, ignore_case: bool) -> set[str]:
    out: set[str] = set()
    for w in words:
        if w:
            out |= case_variants(w, ignore_case)
    return out


def _render(node: dict) -> str:
    alts = [atom + _render(node[atom]) for atom in sorted(k for k in node if k)]
    if "" in node:
        alts.append(r"(?!\w)" if node[""] else "")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"
