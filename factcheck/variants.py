"""Spelling variants: one entity written several ways, inside or across articles.

Following proselint's and Vale's consistency checks, the majority spelling is offered
as the likely one and the minority forms are flagged. Two surfaces are variants when
they fold to the same letters (DataVent / Datavent, Bluewave / Blue Wave, Muñoz /
Munoz) or are close spellings with the same number of words (Jonathan / Jonathon
Hale, Morison / Morrison). A surname alone is a short reference, not a variant, and
people who share a surname but not a first name are different people (align.same_name).
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict

from .names import UnionFind, same_name
from .entities import fold
from .model import Claim, Finding


def _shouted(a: str, b: str) -> bool:
    """One form is the other in capitals (a dateline, a headline in caps): style, not spelling."""
    return (a.isupper() and a == b.upper()) or (b.isupper() and b == a.upper())


def _is_variant(a: str, b: str) -> bool:
    if a == b or _shouted(a, b):
        return False
    fa, fb = fold(a), fold(b)
    return fa.replace(" ", "") == fb.replace(" ", "") or same_name(fa, fb)


def variant_findings(claims: list[Claim], uf: UnionFind, order: dict[str, int]) -> list[Finding]:
    """One finding per entity cluster whose names are written in more than one way."""
    by_cluster: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "name" and c.value.name:
            by_cluster[uf.find(fold(c.value.name))].append(c)
    out = []
    for root in sorted(by_cluster):
        mentions = by_cluster[root]
        forms = Counter(c.value.name for c in mentions)
        first_seen: dict[str, tuple[int, int]] = {}
        for c in mentions:
            first_seen.setdefault(c.value.name, (order.get(c.document, 0), c.start))
        names = sorted(forms, key=lambda n: first_seen[n])
        involved = {a for a in names for b in names if _is_variant(a, b)}
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
        chosen = [c for c in mentions if c.value.name in minority or c.value.name == likely]
        in_body = any(c.zone in ("body", "headline") for c in chosen if c.value.name in minority)
        where = {n: next(c for c in chosen if c.value.name == n) for n in minority}
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
