"""Align the same fact across documents by a score, not by an exact key.

1. **Facts.** Within a document, the mentions of one value of one measure with the
   same qualifiers are one fact (the headline and the body both saying "12 morts").
2. **Candidates.** Facts of different documents whose measures match (the same
   lexicon key, or open keys spelled alike across languages: "contrat"/"contract")
   and whose kinds can be compared at all, in documents of one story: documents that
   share names or uncommon figures (`stories`). Stories are aligned one at a time.
3. **Score.** How surely each measure was read, then anchor, qualifiers (place, group,
   time, rate, part of a total), unit, the event or predicate, shared names and
   content lemmas of the sentences, how central each value is to its article. A
   subject difference only keeps facts apart when an article itself tells them apart
   (it states the same measure for two anchors); two places, two groups or two
   dates always do.
4. **Groups.** Pairs above THRESHOLD are joined best first into groups that hold at
   most one fact per document: one fact, one finding.

The values themselves only break ties (an uncommon exact value shared by two articles
is the same fact more often than not); they never decide that two facts differ.
"""
from __future__ import annotations

from bisect import bisect_right, insort
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from heapq import heapify, heappop, heapreplace

from rapidfuzz import fuzz

from .entities import fold
from .frames import DIMENSION, OPEN, Frame
from .kinds import KINDS, agree, comparable
from .model import Claim
from .names import UnionFind, build_clusters

THRESHOLD = 1.0
SURE = 1.8  # a pair scoring this much is as sure as alignment gets
OPEN_KEY_RATIO = 88.0  # "contrat" / "contract"; "contrôle" / "contract" is 75
ANCHOR_SAME = 0.25
ANCHOR_OTHER = -0.25
TOLD_APART_SAME = 0.2  # the article gives this measure for several subjects, and this is the same one
PLACE_ONE_SIDE = -0.15
GROUP_ONE_SIDE = -0.3
TIME_ONE_SIDE = -0.2
PREVIOUS_ONE_SIDE = -0.35
RATE_ONE_SIDE = -0.1
MORE_ONE_SIDE = -0.3
EVENT_SAME = 0.3
EVENT_OTHER = -0.4
PREDICATE_SAME = 0.25
PREDICATE_OTHER = -0.15
PREDICATE_RATIO = 80.0  # "écrire" / "coécrire" is 86
NOUN_SAME = 0.15
OPEN_SAME = 0.15
NOUN_OTHER = -0.2
PER_SHARED_LEMMA = 0.06
MAX_LEMMAS = 0.36
PER_SHARED_NAME = 0.1
MAX_NAMES = 0.3
SALIENCE = 0.2
ONLY_ONE = 0.2
RANGE_AND_POINT = -0.35
GENERIC_OTHER = -0.3  # each article states this measure once: no other fact of it to be confused with
MULTI_VALUED = -0.2  # a document dating one kind of event twice: which one is meant?
FAR_APART = -0.35  # values more than twelve times apart: a part and a total, seldom a typo
UNALIGNED = frozenset({"said", "as_of"})  # when something was said, or figures hold, is no fact of the story
PERSONAL = frozenset({"age", "duration", "date", "year", "ordinal"})  # facts of one person or entity
LOCATED = frozenset({"count", "amount", "quantity", "percent"})  # facts a place tells apart
STORY_SHARED = 2  # marks (names, uncommon figures) two documents, or two stories, share to be one story
STORY_FEW = 10  # a mark of more documents is a story's own only when they share its other marks too
FIGURE_KINDS = frozenset({"count", "amount", "quantity"})
FIGURE_MIN = 20  # a figure's significant digits ("7 044", "233 millions", "2,750") from 20 up mark a story


@dataclass(slots=True)
class Fact:
    """One value of one measure as one document states it (one or more mentions)."""

    doc: str
    claims: list[Claim]
    order: int = 0
    first: Claim | None = field(default=None, init=False, compare=False, repr=False)  # its first mention
    frame: Frame | None = field(default=None, init=False, compare=False, repr=False)  # the first mention's
    _places: tuple | None = field(default=None, init=False, compare=False, repr=False)
    _read: tuple | None = field(default=None, init=False, compare=False, repr=False)  # (salience, group)

    def __post_init__(self) -> None:
        if self.claims:
            self.first = self.claims[0]
            self.frame = self.first.frame

    def _mentions(self) -> tuple[float, str | None]:
        """Its salience and group, read once its mentions are all in."""
        if self._read is None:
            self._read = (max(c.frame.salience for c in self.claims),
                          next((c.frame.group for c in self.claims if c.frame.group), None))
        return self._read

    @property
    def salience(self) -> float:
        return self._mentions()[0]

    @property
    def group(self) -> str | None:
        """A group any mention counts apart ("enfants", "total"): one mention is enough."""
        return self._mentions()[1]

    def places(self, uf: UnionFind) -> frozenset[str]:
        """The clusters of the places its mentions name (read once its mentions are all in)."""
        known = self._places
        if known is not None and known[0] is uf:
            return known[1]
        out = frozenset(_root(uf, c.frame.place) for c in self.claims if c.frame.place)
        self._places = (uf, out)
        return out


@dataclass(slots=True)
class Pair:
    score: float
    a: Fact
    b: Fact
    why: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return confidence(self.score)


def confidence(score: float) -> float:
    """A pair score as a confidence in [0.5, 1]: 0.5 at THRESHOLD, 1 at SURE and above."""
    return round(min(1.0, 0.5 + 0.5 * max(0.0, score - THRESHOLD) / (SURE - THRESHOLD)), 2)


@dataclass
class Group:
    """Facts of different documents about one fact, and the pairs that joined them."""

    facts: list[Fact]
    pairs: list[Pair]
    story: int = 0  # the story of its documents (see `stories`)
    _clash: object = field(default=None, init=False, repr=False, compare=False)  # (first_clash,) once known

    @property
    def claims(self) -> list[Claim]:
        return [c for f in self.facts for c in f.claims]

    @cached_property
    def confidence(self) -> float:
        return confidence(max(p.score for p in self.pairs)) if self.pairs else 0.0  # confidence grows with score


def is_value(c: Claim) -> bool:
    return c.frame is not None and KINDS[c.kind].family not in ("name", "alias", "person")


def facts_of(claims: list[Claim], uf: UnionFind) -> list[Fact]:
    """Mentions of one fact in one document, as one fact each: the same value with the
    same frame, or, for a story's toll, compatible values with the same qualifiers
    ("more than 150" in the headline, "153" in the body)."""
    by_key: dict[tuple, list[Fact]] = {}
    # each fact's distinct (kind, value)s, places and groups, kept as it grows once a
    # later claim is compared with it
    grown: dict[int, tuple[dict[tuple, None], set[str], set[str]]] = {}

    def state(fact: Fact) -> tuple[dict[tuple, None], set[str], set[str]]:
        known = grown.get(fact.order)
        if known is None:
            known = grown[fact.order] = ({}, set(), set())
            for c in fact.claims:
                grow(known, c)
        return known

    def grow(known: tuple[dict[tuple, None], set[str], set[str]], c: Claim) -> None:
        values, places, groups = known
        values[(c.kind, c.value)] = None  # a repeated value is compared once
        if c.frame.place:
            places.add(_root(uf, c.frame.place))  # as Fact.places
        if c.frame.group is not None:
            groups.add(c.frame.group)

    out = []
    for c in claims:
        if not is_value(c):
            continue
        f = c.frame
        key = (source_of(c), f.measure, f.time, f.rate, f.part,
               _root(uf, f.anchor) if f.family in ("age", "duration") else "", f.event if f.family == "age" else "")
        home = None
        for fact in by_key.get(key, ()):
            if fact.first.value.display == c.value.display:
                home = fact
                break
            if f.strength >= 1.0 and f.family == "count":
                values, places, groups = state(fact)
                place = _root(uf, f.place)
                if ((not place or not places or place in places) and f.group in groups | {None} and
                        (not groups or f.group) and all(agree(kind, value, c.kind, c.value) for kind, value in values)):
                    home = fact
                    break
        if home is None:
            home = Fact(source_of(c), [c], len(out))
            by_key.setdefault(key, []).append(home)
            out.append(home)
        else:
            home.claims.append(c)
            known = grown.get(home.order)
            if known is not None:
                grow(known, c)
    return out


def source_of(c: Claim) -> str:
    """Who states a claim: the document, or for a claim in its reader comments the
    reader who wrote that line (so that a comment can disagree with its article)."""
    return f"{c.document}\x00comment@{c.line}" if c.zone == "comment" else c.document


def _root(uf: UnionFind, key: str | None) -> str:
    return uf.find(key) if key else ""


def measure_keys(facts: list[Fact]) -> dict[str, str]:
    """Each measure key -> the key it is blocked under: open keys spelled alike across
    languages share one ("=contrat", "=contract")."""
    measures: set[str] = set()
    durations: set[str] = set()
    ordinals: Counter = Counter()
    for f in facts:
        fr = f.frame
        measures.add(fr.measure)
        if fr.family == "duration":
            durations.add(fr.measure)
        elif fr.family == "ordinal" and fr.measure != "rank":
            ordinals[fr.measure] += 1
    keys = sorted(measures)
    canon = {k: ("duration" if k in durations else k) for k in keys}  # durations: compared on what lasted
    # A bare ordinal ("(63e)") counts what the other ordinals of these articles count ("63e minute").
    if ordinals:
        canon["rank"] = ordinals.most_common(1)[0][0]
    # A measure known only by its unit's dimension ("the 122-metre rocket") is the one
    # measure of that dimension the articles name, if there is one ("120 metres tall").
    named: dict[str, set[str]] = defaultdict(set)
    for f in facts:
        if f.frame.family == "quantity" and not f.frame.measure.startswith(DIMENSION):
            named[f.first.value.unit or ""].add(f.frame.measure)
    for k in keys:
        if k.startswith(DIMENSION) and len(named.get(k[len(DIMENSION):], ())) == 1:
            canon[k] = next(iter(named[k[len(DIMENSION):]]))
    # An open noun that a lexicon measure's sentences use, in another article, for one
    # measure of its family only: "the $3.1 billion mission" / "the mission, which cost
    # $2.8 billion" (blocked with cost).
    used: dict[tuple[str, str], set[str]] = defaultdict(set)
    docs_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in facts:
        fr = f.frame
        if not fr.measure.startswith(OPEN) and not fr.measure.startswith(DIMENSION):
            for w in fr.context:
                used[(fr.family, w)].add(fr.measure)
                docs_of[(fr.family, w)].add(f.doc)
    for f in facts:
        fr = f.frame
        if fr.measure.startswith(OPEN) and fr.how == "noun" and canon.get(fr.measure) == fr.measure:
            got = used.get((fr.family, fr.measure[1:]), set())
            if len(got) == 1 and docs_of[(fr.family, fr.measure[1:])] - {f.doc}:
                canon[fr.measure] = canon[next(iter(got))]
    opens: dict[str, list[str]] = defaultdict(list)  # by the first two letters, which must match
    for k in keys:
        if k.startswith(OPEN) and len(k) > 5:
            opens[k[1:3]].append(k)
    for alike in opens.values():
        for i, a in enumerate(alike):
            for b in alike[i + 1:]:
                if _alike_open(a, b):
                    canon[b] = canon[a]
    return canon


def _alike_open(a: str, b: str) -> bool:
    """Two open measure keys spelled alike across languages or inflections ("=contrat" /
    "=contract", "=explorer" / "=explore"): one measure, for blocking and for scoring."""
    return a[:1] == b[:1] == OPEN and len(a) > 5 and len(b) > 5 and a[1:3] == b[1:3] \
        and fuzz.ratio(a[1:], b[1:]) >= OPEN_KEY_RATIO


def standings(facts: list[Fact], uf: UnionFind) -> tuple[set, set, set, set, set]:
    """`discriminating`, `multi_valued`, `place_bound` (in one pass over the facts),
    `only_ones` and `group_only`."""
    anchors: dict[tuple[str, str], set[str]] = defaultdict(set)
    ungrouped: dict[tuple[str, str], bool] = {}
    scopes: dict[tuple[str, str], set[frozenset[str]]] = defaultdict(set)
    dated: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for f in facts:
        fr = f.frame
        if fr.possible:
            continue  # what could be is no figure the document states
        key = (f.doc, fr.measure)
        if fr.anchor:
            anchors[key].add(_root(uf, fr.anchor))
        if not fr.time and not f.group:  # an earlier figure, a dated one, a group: other scopes
            scopes[key].add(f.places(uf))
        if fr.time != "previous" and fr.family == "count":  # a part of a year is no population
            ungrouped[key] = ungrouped.get(key, False) or not f.group
        if fr.family in ("year", "date"):
            dated[(f.doc, fr.measure + (fr.event or ""), _root(uf, fr.anchor))].append(f.first)
    disc = {k for k, roots in anchors.items() if len(roots) >= 2}
    bound = {k for k, v in scopes.items() if len(v) >= 2 and any(v)}
    single = only_ones(facts)
    # "on Friday" and "from 5 January 2024" may be one day: several values only if they disagree
    multi = set()
    for k, cs in dated.items():
        distinct = [c for _i, c in _first_of_each_value(cs)]  # a repeated value is one value
        if any(not agree(x.kind, x.value, y.kind, y.value) for n, x in enumerate(distinct) for y in distinct[n + 1:]):
            multi.add(k)
    grouped = {k for k, any_ungrouped in ungrouped.items() if not any_ungrouped}
    return disc, multi, bound, single, grouped


def discriminating(facts: list[Fact], uf: UnionFind) -> set[tuple[str, str]]:
    """(document, measure) pairs where the document itself states the measure for two
    anchors: there, the anchor tells facts apart."""
    return standings(facts, uf)[0]


def place_bound(facts: list[Fact], uf: UnionFind) -> set[tuple[str, str]]:
    """(document, measure) pairs where the document states the measure for two places
    (or for one place and overall): there, a place tells facts apart."""
    return standings(facts, uf)[2]


def group_only(facts: list[Fact], uf: UnionFind) -> set[tuple[str, str]]:
    """(document, measure) pairs a document counts for a group only ("quatre pêcheurs
    portés disparus", and no other missing): there, the group is what the document
    counts, not a part it tells apart from a total."""
    return standings(facts, uf)[4]


def only_ones(facts: list[Fact]) -> set[tuple[str, str, bool]]:
    """(document, measure, part) a document states one current figure of, however many
    times (an earlier one, "jusqu'alors une dizaine", does not compete; a part and its
    total, "326 of the 600 seats", are two figures of their own)."""
    values: dict[tuple[str, str, bool], set] = defaultdict(set)
    for f in facts:
        if f.frame.time != "previous" and not f.frame.possible:
            values[(f.doc, f.frame.measure, f.frame.part)].add(f.first.value.point)  # a headline's figure again is no other
    return {k for k, points in values.items() if len(points) == 1}


def multi_valued(facts: list[Fact], uf: UnionFind) -> set[tuple[str, str, str]]:
    """(document, measure, anchor) of dates and years a document gives several values:
    two events of one kind, which the measure alone cannot tell apart."""
    return standings(facts, uf)[1]


def score(a: Fact, b: Fact, uf: UnionFind, disc: set[tuple[str, str]],
          multi: set[tuple[str, str, str]] = frozenset(), bound: set[tuple[str, str]] = frozenset(),
          single: set[tuple[str, str, bool]] = frozenset(), grouped: set[tuple[str, str]] = frozenset(),
          why_not: list[str] | None = None) -> Pair | None:
    """How surely two facts of different documents are the same fact; None if they
    cannot be."""
    fa, fb = a.frame, b.frame
    ca, cb = a.first, b.first
    if fa.measure in UNALIGNED or not comparable(ca.kind, ca.value, cb.kind, cb.value):
        return _no(why_not, "kinds not comparable")
    if fa.possible != fb.possible:
        return _no(why_not, "a possibility and a fact")  # "peut contaminer jusqu'à quinze personnes"
    if fa.part != fb.part or (fa.time == fb.time == "previous"):
        return _no(why_not, "part or earlier figure")
    why: list[str] = []
    strength = min(fa.strength, fb.strength)
    total = strength
    alike = fa.measure == fb.measure or _alike_open(fa.measure, fb.measure)
    if not alike:
        if _named_in_other(fa, fb) or _named_in_other(fb, fa):
            pass  # "the $3.1 billion mission" / "the mission, which cost $2.8 billion": one thing
        elif fa.measure.startswith(DIMENSION) or fb.measure.startswith(DIMENSION):
            total += GENERIC_OTHER / 2  # "a 41 km line": the story's one length (blocked together)
        elif fa.strength >= 0.9 and fb.strength >= 0.9:
            return _no(why_not, "different measures")  # a prison term and a contract
        else:
            total += GENERIC_OTHER  # a prison term and a time something lasted
    why.append(f"same measure: {ca.attribute}")
    same_noun = alike and fa.measure.startswith(OPEN) and fa.how == fb.how == "noun"
    if same_noun:
        total += OPEN_SAME  # "100 000 foyers" / "120 000 foyers": the same counted noun in both
    # Qualifiers that always tell facts apart when both sides state them.
    places_a, places_b = a.places(uf), b.places(uf)
    pa = next(iter(sorted(places_a)), "")
    located = fa.family in LOCATED
    if places_a and places_b:
        if not places_a & places_b and located:
            return _no(why_not, "different places")
        if places_a & places_b:
            total += 0.15
            why.append(f"same place: {fa.place_text or fb.place_text}")
    elif located and ((places_a and (a.doc, fa.measure) in bound) or (places_b and (b.doc, fb.measure) in bound)):
        return _no(why_not, "place-bound")  # an article gives this figure for a place and for another scope
    ga, gb = a.group, b.group
    if ga or gb:
        # a document that counts this measure for one group only counts that group as
        # its figure ("quatre pêcheurs portés disparus" / "trois disparus"), not a part of one
        lone_a, lone_b = (a.doc, fa.measure) in grouped, (b.doc, fb.measure) in grouped
        if "range" in (ga, gb) and ga != gb:
            return _no(why_not, "a range end")  # a period's end is not a date of its own
        if ga and gb and ga != gb:
            if not (lone_a and lone_b):
                return _no(why_not, "different groups")
            total += GROUP_ONE_SIDE
        elif ga != gb:
            if strength >= 1.2 and not ((ga and lone_a) or (gb and lone_b)):
                return _no(why_not, "a group within the toll")  # "5 firefighters" within "12 people"
            total += GROUP_ONE_SIDE
        else:
            why.append(f"same group: {ga}")
    if fa.time or fb.time:
        if fa.time and fb.time and fa.time != fb.time:
            return _no(why_not, "different times")
        if fa.time != fb.time:
            if "lifetime" in (fa.time, fb.time):
                return _no(why_not, "a lifetime total and one figure")  # "€75 million since its creation" / "raised €20 million"
            if "previous" in (fa.time, fb.time):
                total += PREVIOUS_ONE_SIDE
            elif strength >= 1.2 or fa.family == "duration":
                return _no(why_not, "dated to another time")  # "In February, 96 people died": another event
            else:
                total += TIME_ONE_SIDE
    if fa.more != fb.more:
        total += MORE_ONE_SIDE  # "quatre autres agences" / "une dizaine d'agences": an addition and a total
    if fa.rate or fb.rate:
        if fa.rate and fb.rate and fa.rate != fb.rate:
            return _no(why_not, "different rates")
        if fa.rate != fb.rate and fa.family == "count":
            # "60 voyageurs à bord" / "5 000 voyageurs chaque jour"
            return _no(why_not, "a count per period and a count")
        if fa.rate != fb.rate:
            total += RATE_ONE_SIDE  # "annual revenue" / "revenue in 2024": one figure
    # The entity the fact is about: the same, or named in the other's sentence.
    ra, rb = _root(uf, fa.anchor), _root(uf, fb.anchor)
    personal = fa.family in PERSONAL
    told_apart = (a.doc, fa.measure) in disc or (b.doc, fb.measure) in disc
    common_a, common_b = ra.startswith("~"), rb.startswith("~")  # "un jeune homme": no one in particular
    guessed = "main" in (fa.anchor_how, fb.anchor_how)  # the article's subject stood in
    if ra and rb and ("group" in (fa.anchor_how, fb.anchor_how)) and ra != rb:
        return _no(why_not, "a group and someone else")  # "his 44 co-defendants" / "Tai"
    if ra and rb and common_a != common_b:
        if fa.family == "age":
            return _no(why_not, "a named person and someone unnamed")  # "la lauréate, 34 ans" / "Paul Ricard, 61 ans"
    elif ra and rb and ra != rb and guessed:
        total += ANCHOR_OTHER
    elif ra and rb and ra == rb:
        if not common_a:
            total += (ANCHOR_SAME + (TOLD_APART_SAME if told_apart else 0.0)) if personal else ANCHOR_SAME / 2
            why.append(f"same subject: {fa.anchor_text or fb.anchor_text}")
    elif ra and rb:
        if fa.family in ("age", "duration") or (told_apart and fa.family in ("count", "year", "date", "ordinal")):
            return _no(why_not, "different subjects")
        if fa.family in ("year", "date") and fa.anchor_how == fb.anchor_how == "apposition":
            return _no(why_not, "events of different subjects")  # "Halden, fondé en 1962" / "Corvex, fondé en 1987"
        lone = (a.doc, fa.measure, fa.part) in single and (b.doc, fb.measure, fb.part) in single
        # a measure each article states once ("at a depth of 24 km, 9 miles from Lisk" /
        # "the institute put its depth at 15 km"): the nearest name is weak evidence
        # (not counts: "Roy a marqué deux essais" / "il a participé à trois essais")
        total += ANCHOR_OTHER / 2 if located and lone and fa.family != "count" else ANCHOR_OTHER
    elif (ra or rb) and (personal or fa.measure.startswith(OPEN)) and told_apart and not (common_a or common_b):
        # the article tells this measure apart by subject ("the Liberals won six seats",
        # "the Greens 11"): a figure of no one in particular is not this one's
        return _no(why_not, "subjects told apart")
    if (a.doc, fa.measure + (fa.event or ""), ra) in multi or (b.doc, fb.measure + (fb.event or ""), rb) in multi:
        if not agree(ca.kind, ca.value, cb.kind, cb.value):
            return _no(why_not, "several such dates in one article")
        total += MULTI_VALUED
    if fa.family in ("duration", "age") and (ca.value.hedge == "range") != (cb.value.hedge == "range"):
        total += RANGE_AND_POINT  # "sentences from 3 to 15 years" (a group) and "20 years" (one man)
    far = _magnitude(ca, cb)
    if far is None:
        return _no(why_not, "values far apart")
    total += far
    # What the value is of: its event, its predicate, the thing measured.
    if fa.family == "age" and fa.event and fb.event and fa.event != fb.event:
        return _no(why_not, "ages at different events")
    if fa.event or fb.event:
        if fa.event and fb.event:
            if fa.event == fb.event or (fa.event[:1] == fb.event[:1] == OPEN and
                                        fuzz.ratio(fa.event, fb.event) >= OPEN_KEY_RATIO):
                total += EVENT_SAME
                why.append(f"same event: {fa.event.lstrip(OPEN)}")
            elif fa.event.startswith(OPEN) != fb.event.startswith(OPEN) and fa.family in ("year", "date"):
                return _no(why_not, "different events")  # "sentenced in 2014" / "increased in 2017"
            elif fa.event.startswith(OPEN) or fb.event.startswith(OPEN):
                total += EVENT_OTHER / 3  # two verbs for one state ("left there", "stored")
            else:
                total += EVENT_OTHER
        elif fa.family == "age":
            total += EVENT_OTHER / 2
    if fa.predicate and fb.predicate:
        if fa.predicate == fb.predicate or fuzz.ratio(fa.predicate, fb.predicate) >= PREDICATE_RATIO:
            total += PREDICATE_SAME
            why.append(f"same predicate: {fa.predicate}")
        elif not same_noun:
            total += PREDICATE_OTHER  # "130 objets recensés" / "150 objets inventoriés": two verbs, one count
    if fa.noun2 or fb.noun2:
        if fa.noun2 and fb.noun2:
            if fuzz.ratio(fa.noun2, fb.noun2) >= OPEN_KEY_RATIO:
                total += NOUN_SAME
            elif fa.lang == fb.lang:  # "40 paires de skis" / "25 paires de chaussures": other things
                return _no(why_not, "different things counted")
            else:
                total += NOUN_OTHER
        else:
            total += NOUN_OTHER / 2
    if fa.noun and fb.noun and fa.family == "quantity":
        same = set(fa.noun.split()) & set(fb.noun.split()) or fuzz.token_set_ratio(fa.noun, fb.noun) >= 80
        if same:
            total += NOUN_SAME
        elif fa.lang == fb.lang:
            total += NOUN_OTHER  # not "fall rain" / "pluie": two languages' words never spell alike
    # What else the two sentences share.
    shared = len(fa.context & fb.context)
    if shared:
        total += min(MAX_LEMMAS, PER_SHARED_LEMMA * shared)
        why.append(f"{shared} shared words")
    names = {_root(uf, n) for n in fa.names} & {_root(uf, n) for n in fb.names}
    names -= {ra, rb}  # either fact's subject is no more evidence (the same either way round)
    if located:
        names -= {pa, next(iter(sorted(places_b)), "")}
    if names:
        total += min(MAX_NAMES, PER_SHARED_NAME * len(names))
        why.append(f"{len(names)} shared names")
    total += SALIENCE * min(a.salience, b.salience, 1.5)
    if (a.doc, fa.measure, fa.part) in single and (b.doc, fb.measure, fb.part) in single:
        total += ONLY_ONE
        why.append("the only such figure in each")
    total += _value_hint(ca, cb)
    return Pair(total, a, b, why)


def _named_in_other(a: Frame, b: Frame) -> bool:
    """Is a's measure an open noun ("the $3.1 billion mission") that b's sentence, in
    the same language, names ("the mission, which cost $2.8 billion")?"""
    return a.measure.startswith(OPEN) and a.how == "noun" and a.lang == b.lang \
        and (a.noun or a.measure[1:]) in b.context


def _no(why_not: list[str] | None, reason: str) -> None:
    if why_not is not None:
        why_not.append(reason)
    return None


def _magnitude(a: Claim, b: Claim) -> float | None:
    """Counts, amounts and durations twelve times apart are a part and a total more often than
    one figure misreported; fifty times apart, never the same fact (None)."""
    va, vb = a.value, b.value
    if va.type != "number" or a.kind not in ("count", "amount", "quantity", "duration") or not va.point or not vb.point:
        return 0.0
    hi, lo = max(abs(va.point), abs(vb.point)), min(abs(va.point), abs(vb.point))
    if not lo:
        return 0.0
    if hi / lo > 50:
        return None
    return FAR_APART if hi / lo > 12 else 0.0


def _value_hint(a: Claim, b: Claim) -> float:
    """A small bonus when two values are the same uncommon number: only a tie-break."""
    va, vb = a.value, b.value
    if va.type != vb.type or va.point is None or vb.point is None or va.point != vb.point or va.hedge or vb.hedge:
        return 0.0
    n = abs(va.point)
    if va.type == "year":
        return 0.02
    if n >= 100 and n % 10:
        return 0.2
    if n >= 20 and n % 10:
        return 0.1
    return 0.03


def align(claims: list[Claim]) -> tuple[list[Group], UnionFind]:
    """Groups of facts about one fact, best pairs first; and the name clusters (of all
    the stories: a name two stories share joins their clusters)."""
    groups, _story, clusters = align_stories(claims)
    if len(clusters) == 1:
        return groups, next(iter(clusters.values()))
    uf = UnionFind()
    for mine in clusters.values():
        for key in mine.parent:
            uf.union(key, mine.find(key))
    return groups, uf


def align_stories(claims: list[Claim]) -> tuple[list[Group], dict[str, int], dict[int, UnionFind]]:
    """`align`, one story at a time (facts of two stories never meet, and names are
    clustered within a story), groups in the order of their claims; each document's
    story; and each story's name clusters."""
    story = stories(claims)
    of_story: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        of_story[story[c.document]].append(c)
    groups = []
    clusters = {}
    for s in sorted(of_story):
        uf = clusters[s] = build_clusters(of_story[s])
        for g in align_story(of_story[s], uf):
            g.story = s
            groups.append(g)
    if len(of_story) > 1:
        position = {id(c): i for i, c in enumerate(claims)}
        groups.sort(key=lambda g: position[id(g.facts[0].first)])
    return groups, story, clusters or {0: build_clusters(claims)}


def align_story(claims: list[Claim], uf: UnionFind) -> list[Group]:
    """The groups of the claims of one story, in the order of their first fact."""
    facts = facts_of(claims, uf)
    canon = measure_keys(facts)
    disc, multi, bound, single, grouped = standings(facts, uf)
    classes = fact_classes(facts, canon, uf, disc, multi, bound, single, grouped)
    levels = class_pairs(classes, uf, disc, multi, bound, single, grouped)
    return join_classes(facts, classes, levels)


def story_marks(claims: list[Claim]) -> dict[str, set]:
    """Each document's marks: the names it states (folded; not "~" common nouns, not the
    subject a claim only took from the article) and its uncommon figures. Reader
    comments are left out: readers name anything."""
    marks: dict[str, set] = {}
    folded: dict[str, str] = {}
    for c in claims:
        mine = marks.setdefault(c.document, set())
        if c.zone == "comment":
            continue
        keys = [c.subject_key] if c.subject_key and c.subject_from != "main" else []
        if c.value.type == "name" and c.value.name:
            name = c.value.name
            key = folded.get(name)
            if key is None:
                key = folded[name] = fold(name)
            keys.append(key)
        f = c.frame
        if f is not None:
            keys += [k for k in (f.anchor, f.place) if k]
            keys += f.names
            figure = _figure(c)
            if figure is not None:
                mine.add(figure)
        mine.update(k for k in keys if k and not k.startswith("~"))
    return marks


def _figure(c: Claim) -> tuple | None:
    """A count, amount or quantity by its significant digits ("233 millions" -> 233),
    when they are not a small or round number."""
    v = c.value
    if c.kind not in FIGURE_KINDS or v.type != "number" or v.point is None or v.point != int(v.point):
        return None
    n = int(abs(v.point))
    while n and n % 10 == 0:
        n //= 10
    return (c.kind, v.unit, n) if n >= FIGURE_MIN else None


def _union_shared(groups, union) -> None:
    """Join every two items that STORY_SHARED of the `groups` (sequences) hold together."""
    shared: Counter = Counter()
    for items in groups:
        for i, a in enumerate(items):
            for b in items[i + 1:]:
                shared[(a, b)] += 1
    for (a, b), n in shared.items():
        if n >= STORY_SHARED:
            union(a, b)


def stories(claims: list[Claim]) -> dict[str, int]:
    """Each document -> its story (0, 1...). With one story or none, every document is of
    story 0 (a document sharing nothing with the others then meets them all); with
    several, a document that shares no mark with any other is a story of its own.

    Documents are of one story when they share STORY_SHARED marks (a name, an uncommon
    figure), directly or through other documents; two stories sharing that many marks
    are one; a document sharing fewer joins the story it shares most with. A single
    shared mark is as often a coincidence: two unrelated stories both naming a
    country, a stock exchange, a common surname, or stating the same figure. A mark of
    more than STORY_FEW documents counts only if its documents share at least two other
    marks in half of them (a story's place, firm and toll in every outlet): alone it
    joins them all; a country named in many unrelated stories joins none.
    The partition does not depend on the order of the documents."""
    marks = story_marks(claims)
    docs = sorted(marks)
    holders: dict[object, list[str]] = defaultdict(list)
    for d in docs:
        for m in marks[d]:
            holders[m].append(d)
    parent = {d: d for d in docs}
    apart = [len(docs)]  # the number of stories so far

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    def union(a: str, b: str) -> None:
        a, b = find(a), find(b)
        if a != b:
            a, b = min(a, b), max(a, b)
            parent[b] = a
            apart[0] -= 1

    for m in sorted((m for m, ds in holders.items() if len(ds) > STORY_FEW), key=repr):
        if apart[0] == 1:
            return {d: 0 for d in docs}  # one story
        ds = holders[m]
        if len({find(d) for d in ds}) == 1:
            continue  # one story already
        half = len(ds) / 2
        also = Counter(x for d in ds for x in marks[d] if x != m and len(holders[x]) >= half)
        if sum(1 for n in also.values() if n >= half) >= STORY_SHARED:
            for d in ds[1:]:
                union(ds[0], d)
    few = [ds for ds in holders.values() if 2 <= len(ds) <= STORY_FEW]
    _union_shared(few, union)  # at most 45 pairs a mark: linear in the marks
    # Stories that share as many marks between their documents are one story.
    size = Counter(find(d) for d in docs)
    _union_shared((sorted({find(d) for d in ds if size[find(d)] >= 2}) for ds in few), union)
    # A document alone joins the story it shares most marks with, else the documents
    # alone that share one with it.
    size = Counter(find(d) for d in docs)
    joins = []
    for d in docs:
        if size[find(d)] >= 2:
            continue
        votes: Counter = Counter()
        alone = set()
        for m in marks[d]:
            ds = holders[m]
            if len(ds) > STORY_FEW:
                continue
            roots = {find(e) for e in ds if e != d}
            votes.update(r for r in roots if size[r] >= 2)
            alone.update(r for r in roots if size[r] < 2)
        if votes:
            joins.append((d, min(votes, key=lambda r: (-votes[r], r))))
        else:
            joins.extend((d, r) for r in alone)
    for d, r in joins:
        union(d, r)
    size = Counter(find(d) for d in docs)
    if sum(1 for n in size.values() if n >= 2) <= 1:
        return {d: 0 for d in docs}
    label = {r: i for i, r in enumerate(sorted(size))}
    return {d: label[find(d)] for d in docs}


@dataclass(slots=True)
class FactClass:
    """Facts that `score` cannot tell apart: the same frame, value and qualifiers, and
    the same standing in their documents (told apart, place-bound, the only one). Any
    fact of one class scores as any other against a fact of another document."""

    index: int
    block: str
    members: list[Fact]  # in fact order

    @property
    def rep(self) -> Fact:
        return self.members[0]


def signature(f: Fact, canon: dict[str, str], uf: UnionFind, disc: set[tuple[str, str]],
              multi: set[tuple[str, str, str]], bound: set[tuple[str, str]], single: set[tuple[str, str, bool]],
              grouped: set[tuple[str, str]] = frozenset(), clusters: dict | None = None) -> tuple:
    """Everything `score` reads of a fact, so that facts of one signature score alike
    (`clusters` remembers the clusters of each sentence's names)."""
    fr, c = f.frame, f.first
    ra = _root(uf, fr.anchor)
    names = clusters.get(fr.names) if clusters is not None else None
    if names is None:
        names = frozenset(_root(uf, n) for n in fr.names)
        if clusters is not None:
            clusters[fr.names] = names
    return (canon[fr.measure], fr.part, fr.more, fr.possible, fr.family, fr.measure, fr.strength, ra,
            fr.anchor_text, fr.anchor_how, fr.place_text, fr.time, fr.rate, fr.predicate, fr.event, fr.noun, fr.noun2, fr.lang, fr.context,
            names, c.kind, c.value, c.attribute, f.places(uf), f.group, f.salience, (f.doc, fr.measure) in disc,
            (f.doc, fr.measure) in bound, (f.doc, fr.measure, fr.part) in single,
            (f.doc, fr.measure + (fr.event or ""), ra) in multi, (f.doc, fr.measure) in grouped)


def fact_classes(facts: list[Fact], canon: dict[str, str], uf: UnionFind, disc: set[tuple[str, str]],
                 multi: set[tuple[str, str, str]], bound: set[tuple[str, str]],
                 single: set[tuple[str, str, bool]], grouped: set[tuple[str, str]] = frozenset()) -> list[FactClass]:
    """The facts in classes of one signature, in the order of their first fact."""
    by_sig: dict[tuple, FactClass] = {}
    clusters: dict[frozenset[str], frozenset[str]] = {}  # the names of a sentence -> their clusters
    for f in facts:
        sig = signature(f, canon, uf, disc, multi, bound, single, grouped, clusters)
        cls = by_sig.get(sig)
        if cls is None:
            cls = by_sig[sig] = FactClass(len(by_sig), sig[0], [])
        cls.members.append(f)
    return list(by_sig.values())


def class_pairs(classes: list[FactClass], uf: UnionFind, disc: set[tuple[str, str]],
                multi: set[tuple[str, str, str]], bound: set[tuple[str, str]],
                single: set[tuple[str, str, bool]],
                grouped: set[tuple[str, str]] = frozenset()) -> dict[float, dict[int, list[tuple[int, list[str]]]]]:
    """Each score at or above THRESHOLD -> class -> the classes whose later facts pair
    with its facts at that score (with the pair's reasons). A class pair is scored once,
    in each order its facts come in (the earlier fact is `score`'s first)."""
    blocks: dict[str, list[FactClass]] = defaultdict(list)
    for cls in classes:
        blocks[cls.block].append(cls)
    levels: dict[float, dict[int, list[tuple[int, list[str]]]]] = defaultdict(lambda: defaultdict(list))
    for key in sorted(blocks):
        block = blocks[key]
        for i, x in enumerate(block):
            for y in block[i:]:
                for a, b in ((x, y), (y, x)) if x is not y else ((x, x),):
                    if a.members[0].order >= b.members[-1].order:
                        continue  # no fact of a comes before one of b
                    p = score(a.rep, b.rep, uf, disc, multi, bound, single, grouped)
                    if p is not None and p.score >= THRESHOLD:
                        levels[p.score][a.index].append((b.index, p.why))
    return levels


def join_classes(facts: list[Fact], classes: list[FactClass],
                 levels: dict[float, dict[int, list[tuple[int, list[str]]]]]) -> list[Group]:
    """`join` over every pair of facts the class pairs stand for, without listing them.

    The pairs are taken best first and, at one score, by the order of their facts, as
    `join` takes them; but a pair only changes anything when it unites two groups. For
    each fact, in order, only the groups of its partner classes are visited (not their
    facts), each once, at its first fact after this one. And once a fact of a group has
    visited a partner class at this score, no later fact of the group need visit it
    again: each of that class's later facts is then in the group or in a group that
    shares a document with it. A group keeps the pairs that united it, in the order
    `join` would list them, so that its best pair (the first of the best score) is the
    same."""
    n = len(facts)  # facts[i].order == i: groups and their state are indexed by their root fact
    cls_of = [0] * n
    for cls in classes:
        for f in cls.members:
            cls_of[f.order] = cls.index
    parent = list(range(n))
    # A fact alone is a group that keeps no state of its own: None below stands for its
    # fact, its document, its class and its order alone.
    members: list[list[Fact] | None] = [None] * n
    docs: list[set[str] | None] = [None] * n
    edges: list[list[Pair] | None] = [None] * n
    orders = [[f.order for f in cls.members] for cls in classes]
    # class -> group -> the orders of the class's facts in that group, ascending
    in_class: list[dict[int, list[int] | None]] = [dict.fromkeys(o) for o in orders]
    of_group: list[dict[int, list[int]] | None] = [None] * n  # group -> class -> the same lists

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def state(g: int) -> None:
        """A fact alone becomes a group with state."""
        if members[g] is None:
            members[g] = [facts[g]]
            docs[g] = {facts[g].doc}
            lst = in_class[cls_of[g]][g] = [g]
            of_group[g] = {cls_of[g]: lst}

    for s in sorted(levels, reverse=True):
        partners = levels[s]
        done: dict[int, set[int]] = {}
        firsts = sorted(o for c in partners for o in orders[c])
        for xo in firsts:
            todo = partners[cls_of[xo]]
            r = find(xo)
            seen = done.get(r)
            cands = []
            scanned = []
            for d, why in todo:
                if seen is not None and d in seen:
                    continue
                scanned.append(d)
                for g, lst in in_class[d].items():
                    if lst is None:
                        if g > xo:
                            cands.append((g, g, why))
                    elif lst[-1] > xo:
                        cands.append((lst[bisect_right(lst, xo)], g, why))
            if scanned:
                cands.sort(key=lambda t: t[0])
                for yo, g, why in cands:
                    ga, gb = find(xo), find(g)
                    if ga == gb:
                        continue
                    da, db = docs[ga], docs[gb]
                    if (facts[gb].doc in da if db is None else not db.isdisjoint(da)) if da is not None else (
                            facts[ga].doc == facts[gb].doc if db is None else facts[ga].doc in db):
                        continue
                    p = Pair(s, facts[xo], facts[yo], why)  # the pairs of two classes share their reasons
                    ma, mb = members[ga], members[gb]
                    if (1 if ma is None else len(ma)) < (1 if mb is None else len(mb)):
                        ga, gb = gb, ga
                    parent[gb] = ga
                    state(ga)
                    merged = edges[ga]
                    if merged is None:
                        merged = edges[ga] = []
                    mine = of_group[ga]
                    if members[gb] is None:  # a fact alone joins
                        members[ga].append(facts[gb])
                        docs[ga].add(facts[gb].doc)
                        c = cls_of[gb]
                        del in_class[c][gb]
                        big = mine.get(c)
                        if big is None:
                            mine[c] = in_class[c][ga] = [gb]
                        else:
                            insort(big, gb)
                    else:
                        members[ga].extend(members[gb])
                        members[gb] = None
                        docs[ga] |= docs[gb]
                        docs[gb] = None
                        if edges[gb] is not None:
                            merged.extend(edges[gb])
                            edges[gb] = None
                        for c, small in of_group[gb].items():
                            del in_class[c][gb]
                            big = mine.get(c)
                            if big is None:
                                mine[c] = small
                                in_class[c][ga] = small
                            else:
                                for o in small:
                                    insort(big, o)
                        of_group[gb] = None
                    merged.append(p)
                    seen_a, seen_b = done.pop(ga, None), done.pop(gb, None)
                    if seen_a is None or (seen_b is not None and len(seen_a) < len(seen_b)):
                        seen_a, seen_b = seen_b, seen_a
                    if seen_a is not None:
                        if seen_b:
                            seen_a |= seen_b
                        done[ga] = seen_a
                r = find(xo)
                done.setdefault(r, set()).update(scanned)
    groups = [Group(sorted(fs, key=lambda f: f.order), edges[g])
              for g, fs in enumerate(members) if fs is not None and len(fs) >= 2]
    groups.sort(key=lambda g: min(f.order for f in g.facts))
    return groups


def clashes(group: Group) -> list[tuple[Fact, Fact]]:
    """Pairs of facts of a group whose values cannot both hold."""
    return list(iter_clashes(group))


def first_clash(group: Group) -> tuple[Fact, Fact] | None:
    """The first pair `clashes` lists, without listing the others (the group remembers it)."""
    if group._clash is None:
        group._clash = (next(iter_clashes(group), None),)
    return group._clash[0]


def _clash_at(x: Fact, y: Fact) -> tuple[int, int] | None:
    """The first claim of x that some claim of y contradicts, and the first such claim."""
    ys = _first_of_each_value(y.claims)
    for i, cx in _first_of_each_value(x.claims):  # a value repeated in a fact is compared once
        for j, cy in ys:
            if comparable(cx.kind, cx.value, cy.kind, cy.value) and not agree(cx.kind, cx.value, cy.kind, cy.value):
                return i, j
    return None


def _first_of_each_value(claims: list[Claim]) -> list[tuple[int, Claim]]:
    """(index, claim) of the first claim of each distinct kind and value."""
    seen: dict[tuple, tuple[int, Claim]] = {}
    for i, c in enumerate(claims):
        seen.setdefault((c.kind, c.value), (i, c))
    return list(seen.values())


def iter_clashes(group: Group):
    """`clashes` in its order, comparing facts stating the same values once: facts are
    keyed by their claims' kinds and values, and each pair of keys is compared once."""
    facts = group.facts
    numbers: dict[tuple, int] = {}  # facts' kinds and values -> a number, the key used below
    keys = [numbers.setdefault(tuple((c.kind, c.value) for c in f.claims), len(numbers)) for f in facts]
    at: dict[int, list[int]] = {}
    for n, k in enumerate(keys):
        at.setdefault(k, []).append(n)
    rep = {k: facts[ns[0]] for k, ns in at.items()}
    against: dict[int, list[tuple[int, int, int]]] = {}  # key -> the keys it clashes with, and where
    for n, x in enumerate(facts):
        kx = keys[n]
        them = against.get(kx)
        if them is None:
            them = against[kx] = []
            for ky, ns in at.items():
                hit = _clash_at(rep[kx], rep[ky])
                if hit is not None:
                    them.append((ky, *hit))
        nexts = []
        for ky, i, j in them:
            ns = at[ky]
            if ns[-1] > n:
                nexts.append((ns[bisect_right(ns, n)], ky, i, j))
        if not nexts:
            continue
        heapify(nexts)
        while nexts:
            m, ky, i, j = nexts[0]
            y = facts[m]
            yield Fact(x.doc, [x.claims[i]], x.order), Fact(y.doc, [y.claims[j]], y.order)
            ns = at[ky]
            k = bisect_right(ns, m)
            if k < len(ns):
                heapreplace(nexts, (ns[k], ky, i, j))
            else:
                heappop(nexts)
