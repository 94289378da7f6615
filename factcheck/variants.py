"""Spelling variants: one entity written several ways, inside or across articles.

Following proselint's and Vale's consistency checks, the majority spelling is offered
as the likely one and the minority forms are flagged. Two surfaces are variants when
they fold to the same letters (DataVent / Datavent, Bluewave / Blue Wave, Muñoz /
Munoz) or are close spellings with the same number of words (Jonathan / Jonathon
Hale, Morison / Morrison). A surname alone is a short reference, not a variant, and
people who share a surname but not a first name are different people (align.same_name).

Not spellings to fix, so not variants: typography (an apostrophe straight or curly, a
possessive: "Valdoria's" / "Valdoria’s" / "Valdoria"), a name in capitals (a
dateline), a word beside its adjective or demonym (Valdoria / Valdorian / Valdoriens:
the endings are per-language data, `adjective_endings` in lang/<code>.toml), and a place's
name in another language, told by a final vowel alone (Valdoria / Valdorie). The last
rule also lets through a typo on a final vowel; a letter changed inside the word is
still a variant.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache

from .names import UnionFind, same_name
from .entities import fold
from .model import Claim, Finding
from .normalize.lang import LANGS, load

APOSTROPHES = re.compile("[\u2019\u2018\u02bc\u2032`\u00b4]")
POSSESSIVE = re.compile(r"'s?$")
FINAL = "aeiouy"
MIN_STEM = 4


def surface_form(name: str) -> str:
    """A name as written, apostrophes made straight and a possessive dropped."""
    return POSSESSIVE.sub("", APOSTROPHES.sub("'", name.strip()))


@lru_cache(maxsize=1)
def _endings() -> frozenset[str]:
    """Adjective and demonym endings of every language, folded (one list for all:
    a variant compares articles whatever their languages)."""
    out: set[str] = set()
    for lang in LANGS:
        out.update(fold(e).replace(" ", "") for e in load(lang)["adjective_endings"])
    out.discard("")
    return frozenset(out)


def _derived(a: str, b: str) -> bool:
    """Is one folded word the other's adjective or demonym (valdoria / valdorian)?"""
    short, long = sorted((a, b), key=len)
    stems = [short] + ([short[:-1]] if short[-1:] in FINAL else [])
    return any(len(stem) >= MIN_STEM and long.startswith(stem) and long[len(stem):] in _endings()
               for stem in stems)


def _other_language(a: str, b: str, added: bool = False) -> bool:
    """Do two folded words differ by a final vowel alone (valdoria / valdorie)? With
    `added`, only by a final vowel one of them adds (germany / german)."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    tails = a[n:], b[n:]
    return n >= MIN_STEM and all(len(t) <= 1 and t in FINAL for t in tails) and any(tails) \
        and not (added and all(tails))


def _other_word(fa: str, fb: str, languages: bool = True) -> bool:
    """Are the words that differ all adjectives of each other, or names of each other in
    two languages? Without `languages` (both forms are written in one language), a
    changed final vowel is a spelling (remi / remy), an added one still a derived word
    (germany / german)."""
    ta, tb = fa.split(), fb.split()
    if len(ta) != len(tb):
        return False
    pairs = [(x, y) for x, y in zip(ta, tb) if x != y]
    return bool(pairs) and all(_derived(x, y) or _other_language(x, y, added=not languages) for x, y in pairs)


def _shouted(a: str, b: str) -> bool:
    """One form is the other in capitals (a dateline, a headline in caps): style, not spelling."""
    return (a.isupper() and a == b.upper()) or (b.isupper() and b == a.upper())


def _is_variant(a: str, b: str, one_language: bool = False) -> bool:
    """Are two forms spellings of one name? A final vowel alone (Valdoria / Valdorie) is
    the name in another language, unless both forms are written in articles of one
    language (`one_language`: Rémi / Rémy)."""
    a, b = surface_form(a), surface_form(b)
    if a == b or _shouted(a, b):
        return False
    fa, fb = fold(a), fold(b)
    if not (fa.replace(" ", "") == fb.replace(" ", "") or same_name(fa, fb)):
        return False
    return not _other_word(fa, fb, languages=not one_language)


def variant_findings(claims: list[Claim], uf: UnionFind, order: dict[str, int],
                     languages: dict[str, str] | None = None) -> list[Finding]:
    """One finding per entity cluster whose names are written in more than one way.
    `languages` maps a document to its language (unknown: any two forms may be in two)."""
    languages = languages or {}
    by_cluster: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "name" and c.value.name:
            by_cluster[uf.find(fold(c.value.name))].append(c)
    out = []
    for root in sorted(by_cluster):
        mentions = by_cluster[root]
        form_of = {c.id: surface_form(c.value.name) for c in mentions}
        forms = Counter(form_of[c.id] for c in mentions)
        first_seen: dict[str, tuple[int, int]] = {}
        for c in mentions:
            first_seen.setdefault(form_of[c.id], (order.get(c.document, 0), c.start))
        names = sorted(forms, key=lambda n: first_seen[n])
        langs: dict[str, set[str]] = defaultdict(set)
        for c in mentions:
            langs[form_of[c.id]].add(languages.get(c.document, c.document))
        involved = {a for a in names for b in names if _is_variant(a, b, bool(langs[a] & langs[b]))}
        if len(involved) < 2:
            continue
        # The likely form: the most used among the longest (fullest) forms involved.
        longest = max(len(n.split()) for n in involved)
        full = [n for n in names if n in involved and len(n.split()) == longest]
        likely = max(full, key=lambda n: (forms[n], -first_seen[n][0], -first_seen[n][1]))
        # A surname alone ("Hale" for "Jonathan Hale") is a short reference, not a variant.
        tail = likely.split()[-1]
        minority = [n for n in names if n in involved and n != likely and not (n == tail and " " in likely)]
        if not minority:
            continue
        chosen = [c for c in mentions if form_of[c.id] in minority or form_of[c.id] == likely]
        in_body = any(c.zone in ("body", "headline") for c in chosen if form_of[c.id] in minority)
        where = {n: next(c for c in chosen if form_of[c.id] == n) for n in minority}
        parts = ", ".join(f"{n} ({where[n].document}:{where[n].line})" for n in minority)
        msg = f"{likely} is also written {parts}"
        values: dict[str, list[str]] = {}
        for c in chosen:
            vals = values.setdefault(c.document, [])
            if c.text not in vals:
                vals.append(c.text)
        fp = hashlib.sha1(("variant\x1f" + "\x1f".join(sorted(involved))).encode()).hexdigest()[:16]
        out.append(Finding("", "variant", "warning" if in_body else "info", "spelling", likely,
                           tuple(c.id for c in chosen), {d: " | ".join(v) for d, v in values.items()},
                           msg, fp, likely=likely))
    return out
