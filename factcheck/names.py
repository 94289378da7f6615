"""Names across documents: which spellings are one entity.

Names are folded (case, accents, punctuation) and merged into clusters when they are
the same name spelt differently (rapidfuzz), a surname standing for a full name, or an
alias a text gives ("formerly known as X"). People who share a surname but not a first
name stay apart. Alignment reads anchors and places through these clusters; variants
(variants.py) are the clusters written more than one way.
"""
from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from .entities import fold
from .model import Claim

LINK_WORDS = frozenset({"of", "the", "de", "la", "du", "des", "and", "et", "le", "les"})
FIRST_NAME_MIN = 78.0  # "Jonathan" / "Jonathon" pass; "John" / "Joan" = 75 do not
SINGLE_MIN = 85.0  # "Morison" / "Morrison" = 93; "Hortense" / "Hortensia" = 82


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic representative: the smaller key.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def is_prefix_pair(a: str, b: str) -> bool:
    return a != b and (a.startswith(b) or b.startswith(a))


def same_name(a: str, b: str) -> bool:
    """Are two folded names the same name spelt differently?"""
    if a == b or a.replace(" ", "") == b.replace(" ", ""):
        return True
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb):
        return False
    if len(ta) == 1:
        if is_prefix_pair(a, b):
            # "Valmontqui" (a missing space) yes; "Kenya" / "Kenyan" no.
            return min(len(a), len(b)) >= 6 and abs(len(a) - len(b)) <= 3
        # One letter in or out ("Morison" / "Morrison"), not two ("Austria" / "Australia").
        return min(len(a), len(b)) >= 4 and abs(len(a) - len(b)) <= 1 and fuzz.ratio(a, b) >= SINGLE_MIN
    if ta[-1] == tb[-1] or fuzz.ratio(ta[-1], tb[-1]) >= SINGLE_MIN:
        # "i" and "y" are one sound in a transcribed first name (Sami / Samy, Sergei / Sergey)
        return all(x == y or x.replace("y", "i") == y.replace("y", "i")
                   or (not is_prefix_pair(x, y) and fuzz.ratio(x, y) >= FIRST_NAME_MIN)
                   for x, y in zip(ta[:-1], tb[:-1]))
    return False


def name_keys(claims: list[Claim]) -> set[str]:
    keys = {c.subject_key for c in claims if c.subject_key}
    keys.update(fold(c.value.name) for c in claims if c.value.type == "name" and c.value.name)
    for c in claims:
        f = c.frame
        if f is not None:
            keys.update(k for k in (f.anchor, f.place) if k)
            keys.update(f.names)
    keys.discard("")
    return keys


def build_clusters(claims: list[Claim]) -> UnionFind:
    """Cluster every name the claims mention (names, anchors, places)."""
    uf = UnionFind()
    keys = sorted(name_keys(claims))
    by_len: dict[int, list[str]] = defaultdict(list)
    for k in keys:
        uf.find(k)
        by_len[len(k.split())].append(k)
    # Names that differ only by spaces or link words: "Bluewave" / "Blue Wave",
    # "Republic of Valdor" / "Republic of the Valdor".
    squashed: dict[str, str] = {}
    for k in keys:
        uf.union(squashed.setdefault(k.replace(" ", ""), k), k)
        bare = "".join(t for t in k.split() if t not in LINK_WORDS)
        if bare and " " in k:
            uf.union(squashed.setdefault("~" + bare, k), k)
    # The same words in another order, one of them joined by a link word: "Festival des
    # Brumes" / "Brumes Festival", "Banque de Varne" / "Varne Banque".
    reordered: dict[str, str] = {}
    for k in keys:
        words = k.split()
        content = [t for t in words if t not in LINK_WORDS]
        if len(content) >= 2 and len(content) < len(words):
            reordered.setdefault(" ".join(sorted(content)), k)
    for k in keys:
        words = k.split()
        if len(words) >= 2 and not LINK_WORDS.intersection(words):
            other = reordered.get(" ".join(sorted(words)))
            if other is not None:
                uf.union(other, k)
    # Same-length names: compare within a first-letter block to stay near linear.
    for n, group in by_len.items():
        blocks: dict[str, list[str]] = defaultdict(list)
        for k in group:
            blocks[k.split()[-1][:1]].append(k)
        for block in blocks.values():
            for i, a in enumerate(block):
                for b in block[i + 1:]:
                    if same_name(a, b):
                        uf.union(a, b)
    # "Radio Léa Martin" (a name run into the one before it) ends with "Léa Martin".
    multi = [k for k in keys if " " in k]
    for k in multi:
        tokens = k.split()
        for i in range(1, len(tokens) - 1):
            tail = " ".join(tokens[i:])
            if tail in uf.parent and not any(t in ("of", "the", "du", "des") for t in tokens):
                uf.union(k, tail)  # a person's name run into a word before it, not "X Republic of Y"
                break
    # A surname alone stands for the one full name that ends with it.
    surnames: dict[str, set[str]] = defaultdict(set)
    for k in keys:
        parts = k.split()
        if len(parts) >= 2:
            surnames[parts[-1]].add(k)
    for k in by_len.get(1, []):
        owners = surnames.get(k) or {o for s, ks in surnames.items() if same_name(k, s) for o in ks}
        if len({uf.find(o) for o in owners}) == 1:
            uf.union(k, next(iter(owners)))
    # "DRC" for "Democratic Republic of the Congo": an acronym of a longer name.
    by_initials: dict[str, set[str]] = defaultdict(set)
    for k in multi:
        initials = "".join(t[0] for t in k.split() if t not in LINK_WORDS)
        if len(initials) >= 2:
            by_initials[initials].add(k)
    for k in by_len.get(1, []):
        owners = by_initials.get(k, set())
        if 2 <= len(k) <= 6 and len({uf.find(o) for o in owners}) == 1:
            uf.union(k, next(iter(owners)))
    for c in claims:
        if c.kind == "alias" and c.value.name:
            uf.union(c.subject_key, fold(c.value.name))
    return uf
