"""Alignment at scale: the class join gives what scoring every pair gave, and the
work it does for many copies of one story does not grow with the number of copies.

Counts, not times: the number of `score` calls and of value comparisons is
deterministic, a wall time on a shared machine is not."""
from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from factcheck import align as A
from factcheck import compare
from factcheck.pipeline import extract_all
from factcheck.readers import read_text
from factcheck.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import newstext  # noqa: E402

RULES = load_ruleset()


def reference_align(claims):
    """Alignment as it was: every pair of a measure block's facts scored, joined best
    first; story by story (each with its own name clusters and measure blocks)."""
    story = A.stories(claims)
    of_story = defaultdict(list)
    for c in claims:
        of_story[story[c.document]].append(c)
    position = {c.id: i for i, c in enumerate(claims)}
    groups = [g for mine in of_story.values() for g in reference_story(mine)]
    groups.sort(key=lambda g: position[g.facts[0].first.id])
    return groups


def reference_story(claims):
    uf = A.build_clusters(claims)
    facts = A.facts_of(claims, uf)
    canon = A.measure_keys(facts)
    disc, multi = A.discriminating(facts, uf), A.multi_valued(facts, uf)
    bound, single, grouped = A.place_bound(facts, uf), A.only_ones(facts), A.group_only(facts, uf)
    blocks = defaultdict(list)
    for f in facts:
        blocks[canon[f.frame.measure]].append(f)
    pairs = []
    for key in sorted(blocks):
        block = blocks[key]
        for i, x in enumerate(block):
            for y in block[i + 1:]:
                if x.doc != y.doc:
                    p = A.score(x, y, uf, disc, multi, bound, single, grouped)
                    if p is not None and p.score >= A.THRESHOLD:
                        pairs.append(p)
    pairs.sort(key=lambda p: (-p.score, p.a.order, p.b.order))
    group_of = {id(f): i for i, f in enumerate(facts)}
    members = {i: [f] for i, f in enumerate(facts)}
    edges = defaultdict(list)
    for p in pairs:
        ga, gb = group_of[id(p.a)], group_of[id(p.b)]
        if ga == gb:
            edges[ga].append(p)
            continue
        docs_a = {f.doc for f in members[ga]}
        if any(f.doc in docs_a for f in members[gb]):
            continue
        if len(members[ga]) < len(members[gb]):
            ga, gb = gb, ga
        for f in members.pop(gb):
            group_of[id(f)] = ga
            members[ga].append(f)
        edges[ga].extend(edges.pop(gb, []))
        edges[ga].append(p)
    groups = [A.Group(sorted(fs, key=lambda f: f.order), edges[g]) for g, fs in members.items() if len(fs) >= 2]
    groups.sort(key=lambda g: min(f.order for f in g.facts))
    return groups


def reference_clashes(group):
    out = []
    facts = group.facts
    for i, x in enumerate(facts):
        for y in facts[i + 1:]:
            for cx in x.claims:
                hit = next((cy for cy in y.claims if A.comparable(cx.kind, cx.value, cy.kind, cy.value)
                            and not A.agree(cx.kind, cx.value, cy.kind, cy.value)), None)
                if hit is not None:
                    out.append((cx.id, hit.id, x.first.id, y.first.id))
                    break
    return out


def claims_of(texts):
    docs = [read_text(t, doc_id=f"a{i:04d}.txt") for i, t in enumerate(texts)]
    return docs, extract_all(docs, RULES, jobs=1)


def one_story(n, seed=6):
    rng = random.Random(seed)
    facts = newstext.story(rng, "fr", "accident")
    return [newstext.article(rng, facts) for _ in range(n)]


def many_stories(n, seed=5, outlets=4):
    rng = random.Random(seed)
    return [newstext.article(rng, facts) for facts in (newstext.story(rng, unique=True)
                                                       for _ in range(0, n, outlets)) for _ in range(outlets)][:n]


def described(groups):
    out = []
    for g in groups:
        best = max(g.pairs, key=lambda p: p.score)
        out.append(([f.first.id for f in g.facts], best.score, best.a.first.id, best.b.first.id, best.why,
                     g.confidence))
    return out


@pytest.mark.parametrize("texts", [
    one_story(24),
    many_stories(32),
    one_story(10, seed=2) + many_stories(12, seed=3) + one_story(10, seed=2),
], ids=["one story", "many stories", "mixed"])
def test_class_join_gives_what_every_pair_gave(texts):
    _docs, claims = claims_of(texts)
    new, _uf = A.align(claims)
    old = reference_align(claims)
    assert described(new) == described(old)
    new_order = {f.first.id: f.order for g in new for f in g.facts}
    for g_new, g_old in zip(new, old):
        # a group keeps the pairs that joined it: one fewer than its facts, all among the old pairs
        assert len(g_new.pairs) == len(g_new.facts) - 1
        kept = {(p.a.first.id, p.b.first.id, p.score) for p in g_old.pairs}  # facts by their first claims
        assert all((p.a.first.id, p.b.first.id, p.score) in kept for p in g_new.pairs)
        assert [(x.first.id, y.first.id, x.order, y.order) for x, y in A.clashes(g_new)] == \
            [(cx, cy, new_order[fx], new_order[fy]) for cx, cy, fx, fy in reference_clashes(g_old)]


def counted(monkeypatch, module, name):
    calls = [0]
    real = getattr(module, name)

    def wrapped(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapped)
    return calls


def scorings(monkeypatch, few, many) -> tuple[int, int]:
    """How many pairs `align` scores for the claims of `few` and of `many` documents."""
    calls = counted(monkeypatch, A, "score")
    A.align(few[1])
    at_few = calls[0]
    calls[0] = 0
    A.align(many[1])
    return at_few, calls[0]


def test_pair_scorings_do_not_grow_with_copies_of_one_story(monkeypatch):
    at_few, at_many = scorings(monkeypatch, claims_of(one_story(6)), claims_of(one_story(60)))
    assert at_few > 0
    assert at_many / at_few <= 15  # every pair: about 100 times as many


def test_value_comparisons_grow_linearly_with_copies_of_one_story(monkeypatch):
    few, many = claims_of(one_story(6)), claims_of(one_story(60))
    agrees = counted(monkeypatch, A, "agree")
    inside = counted(monkeypatch, compare, "agree")
    compare.compare_all(*few)
    at_few = agrees[0] + inside[0]
    agrees[0] = inside[0] = 0
    compare.compare_all(*many)
    assert at_few > 0
    assert (agrees[0] + inside[0]) / at_few <= 15  # comparing every pair of a group's facts: about 100 times
