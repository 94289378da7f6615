"""Alignment by story: facts of unrelated stories never meet, so the pairs scored for
many unrelated stories grow with the number of articles, not with its square.

Counts, not times: `score` calls and class pairs are deterministic."""
from __future__ import annotations

import random
from collections import defaultdict

from test_align_scale import claims_of, many_stories, one_story, scorings

from factcheck import align as A
from factcheck import compare

# Invented stories, two outlets each, each telling its toll otherwise; and a brief that
# names nothing.
FIRE = ("Incendie chez Halvorsen Logistics : {n} morts\n\nL'incendie de l'entrepôt de Halvorsen Logistics a "
        "fait {n} morts mardi, selon le maire Ivar Tollefsen. Le bâtiment abritait 347 palettes.\n")
QUAKE = ("Séisme : {n} morts chez Cortavia Mining\n\nUn séisme a fait {n} morts jeudi, a annoncé au nom de "
         "Cortavia Mining la gouverneure Rosa Huamani. Quelque 2 618 maisons sont détruites.\n")
BRIEF = "Le bilan s'alourdit\n\nLe bilan s'est alourdi à {n} morts, selon les pompiers.\n"


def stories_of(claims):
    return A.stories(claims)


def by_label(story):
    out = defaultdict(set)
    for doc, s in story.items():
        out[s].add(doc)
    return out


def generated(doc: str) -> int:
    """The generated story of a document of `many_stories` (four outlets each)."""
    return int(doc[1:5]) // 4


def test_scorings_grow_linearly_with_unrelated_stories(monkeypatch):
    at_few, at_many = scorings(monkeypatch, claims_of(many_stories(24)), claims_of(many_stories(240)))
    assert at_few > 0
    assert at_many / at_few <= 15  # every pair of a measure block: about 100 times as many


def test_class_pairs_grow_linearly_with_unrelated_stories():
    """Classes of one measure block are paired within each story."""
    def pairs(claims):
        story = A.stories(claims)
        of_story = defaultdict(list)
        for c in claims:
            of_story[story[c.document]].append(c)
        n = 0
        for mine in of_story.values():
            uf = A.build_clusters(mine)
            facts = A.facts_of(mine, uf)
            classes = A.fact_classes(facts, A.measure_keys(facts), uf, *A.standings(facts, uf))
            blocks = defaultdict(int)
            for cls in classes:
                blocks[cls.block] += 1
            n += sum(k * (k + 1) // 2 for k in blocks.values())
        return n

    few, many = pairs(claims_of(many_stories(24))[1]), pairs(claims_of(many_stories(240))[1])
    assert few > 0
    assert many / few <= 15


def test_each_outlet_of_a_story_is_in_its_story_and_stories_stay_apart():
    _docs, claims = claims_of(many_stories(120))
    story = stories_of(claims)
    for docs in by_label(story).values():
        assert len({generated(d) for d in docs}) == 1
    labels = defaultdict(set)
    for doc, s in story.items():
        labels[generated(doc)].add(s)
    assert all(len(s) == 1 for s in labels.values())


def test_one_story_is_story_zero():
    _docs, claims = claims_of(one_story(30))
    assert set(stories_of(claims).values()) == {0}


def test_each_story_is_aligned_apart():
    _docs, claims = claims_of(many_stories(60))
    story = stories_of(claims)
    groups, _uf = A.align(claims)
    assert groups
    for g in groups:
        assert {story[f.first.document] for f in g.facts} == {g.story}


def test_the_partition_does_not_depend_on_document_order():
    _docs, claims = claims_of(many_stories(48))
    by_doc = defaultdict(list)
    for c in claims:
        by_doc[c.document].append(c)
    order = list(by_doc)
    random.Random(3).shuffle(order)
    shuffled = [c for d in order for c in by_doc[d]]
    assert parts(stories_of(shuffled)) == parts(stories_of(claims))


def parts(story):
    return sorted(sorted(docs) for docs in by_label(story).values())


def test_names_every_story_mentions_join_none():
    """A city and an institution named in every article (as a country or a stock
    exchange in many unrelated business stories) are no story of their own."""
    texts = many_stories(60)
    extra = "\nLes chiffres ont été publiés à Genève par l'Institut Ostrava.\n"
    _docs, plain = claims_of(texts)
    _docs, named = claims_of([t + extra for t in texts])
    assert len(by_label(stories_of(plain))) >= 10
    assert parts(stories_of(named)) == parts(stories_of(plain))


def test_with_one_story_every_document_pairs_as_before():
    """A document that shares nothing with the others still meets them when the run holds
    one story (or none): two outlets and a brief."""
    texts = [FIRE.format(n=12), FIRE.format(n=14), BRIEF.format(n=13)]
    _docs, claims = claims_of(texts)
    assert set(stories_of(claims).values()) == {0}
    groups, _uf = A.align(claims)
    assert [g for g in groups if any(f.doc == "a0002.txt" for f in g.facts)]  # the brief's toll meets theirs


def test_with_several_stories_a_document_sharing_nothing_is_a_story_of_its_own():
    """A brief that names nothing, beside two stories: its toll is no fact of either."""
    texts = [FIRE.format(n=12), FIRE.format(n=14), QUAKE.format(n=31), QUAKE.format(n=35), BRIEF.format(n=33)]
    _docs, claims = claims_of(texts)
    story = stories_of(claims)
    assert story["a0000.txt"] == story["a0001.txt"] != story["a0002.txt"] == story["a0003.txt"]
    assert story["a0004.txt"] not in (story["a0000.txt"], story["a0002.txt"])
    groups, _uf = A.align(claims)
    assert groups
    assert not [g for g in groups if any(f.doc == "a0004.txt" for f in g.facts)]


def test_each_story_states_its_own_toll():
    """A second story's toll in conflict is not the narrative of the first story's."""
    texts = [FIRE.format(n=12), FIRE.format(n=14), QUAKE.format(n=13), QUAKE.format(n=15)]
    docs, claims = claims_of(texts)
    conflicts = [f for f in compare.compare_all(docs, claims) if f.kind == "conflict"]
    assert sorted(f.subject for f in conflicts if f.attribute == "deaths") == ["Cortavia Mining",
                                                                               "Halvorsen Logistics"]


def test_a_figure_repeated_by_the_headline_is_still_the_only_one():
    from factcheck.extract import extract
    from factcheck.names import build_clusters
    from factcheck.readers import read_text
    from factcheck.ruleset import load_ruleset

    text = ("Tempête : 100 000 foyers privés d'électricité\n"
            "Quelque 100 000 foyers étaient privés d'électricité mercredi, a indiqué Enedis. "
            "La tempête a aussi fait 3 blessés.\n")
    other = text.replace("La tempête a aussi fait 3 blessés.", "Mardi, 80 000 foyers étaient privés d'électricité.")
    for body, single in ((text, True), (other, False)):
        claims = extract(read_text(body, doc_id="a.txt", lang="fr"), load_ruleset())
        facts = A.facts_of(claims, build_clusters(claims))
        measures = {f.frame.measure for f in facts if f.first.kind == "count" and f.frame.noun == "foyer"}
        assert len(measures) == 1
        key = ("a.txt", measures.pop(), False)
        assert (key in A.only_ones(facts)) is single
