"""Compare aligned facts: conflicts, agreements, spelling variants, inconsistencies.

A group of aligned facts (align.py) whose values cannot all hold is one conflict; the
sources that do agree inside it (two say 11, one says 13) are also an agreement. A
group whose values all hold is an agreement. Reader comments never count as a
source's statement: a disagreement that needs a comment to exist is reported at info
severity. Each finding says why its claims were aligned and how confident the
alignment is; a toll that differs between sources with publication dates notes which
source is the most recent ("evolving"). One fact gives one finding.
"""
from __future__ import annotations

import gc
import hashlib
from collections import Counter
from contextlib import contextmanager
from dataclasses import replace

from .align import Fact, Group, align_stories, first_clash
from .consistency import inconsistencies
from .frames import LEXICON
from .kinds import agree
from .model import Claim, Document, Finding
from .variants import variant_findings

TOLLS = frozenset({"deaths", "injured", "injured_serious", "missing", "victims", "cases", "arrests",
                   "rescued", "evacuated", "displaced", "homeless"})
RANK = {"conflict": 0, "inconsistency": 1, "variant": 2, "agreement": 3}
SEVERITIES = ("error", "warning", "info")
SURE_ENOUGH = 0.75  # the confidence an error needs


def _values(claims: list[Claim]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for c in claims:
        texts = out.setdefault(c.document, [])
        if c.text not in texts:
            texts.append(c.text)
    return {d: " | ".join(t) for d, t in out.items()}


def fingerprint(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _side(c: Claim) -> str:
    hedge = " (hedged)" if c.hedged else ""
    where = " (reader comment)" if c.zone == "comment" else ""
    words = f" ('{c.value.resolved_from}')" if c.value.resolved_from else ""
    return f"{c.value.display}{words}{hedge}{where} ({c.document}:{c.line})"


def most_common(items) -> str | None:
    """The most frequent item; ties go to the smallest, so file order never matters."""
    return _most(Counter(items))


def _most(counts: Counter) -> str | None:
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else None


def _attribute(claims: list[Claim]) -> str:
    """The measure most claims state (ties to the smallest, so order never matters)."""
    return most_common(c.attribute for c in claims)


def _severity(group: Group) -> str:
    """An error when every value's frame is known and the alignment is sure; else a warning."""
    known = all(f.frame.strength >= LEXICON for f in group.facts)
    return "error" if known and group.confidence >= SURE_ENOUGH else "warning"


def _pair_score(group: Group, x: Fact, y: Fact) -> float:
    for p in group.pairs:
        if {id(p.a), id(p.b)} == {id(x), id(y)}:
            return p.confidence
    return group.confidence


def _why(group: Group) -> str:
    best = max(group.pairs, key=lambda p: p.score)
    return "; ".join(best.why)


def _evolving(claims: list[Claim], dates: dict[str, object]) -> str | None:
    """For a toll stated by dated sources: the most recent source's figure."""
    if claims[0].attribute not in TOLLS:
        return None
    dated = [(dates[c.document], c) for c in claims if dates.get(c.document)]
    if len({d for d, _c in dated}) < 2:
        return None
    latest, c = max(dated, key=lambda dc: (dc[0], dc[1].document))
    return f"evolving: the most recent source ({c.document}, {latest.isoformat()}) says {c.value.display}"


def story_key(group: Group) -> tuple | None:
    """A story's toll with its qualifiers: a story states it once, so a second group
    of it is the narrative of earlier figures, not another disagreement."""
    f = group.facts[0].frame
    if any(x.frame.strength < 1.2 or x.frame.how == "inherited" for x in group.facts):
        return None
    places = None
    for fact in group.facts:
        mine = frozenset(c.frame.place for c in fact.claims if c.frame.place)
        places = mine if places is None else places & mine
    return (f.measure, places, f.group, f.rate, f.part)


def _narrative(group: Group, first: Group) -> bool:
    """Is this group the earlier figures of a toll already in conflict (an earlier
    figure, or values of the same size), rather than another fact of the measure?"""
    if any(c.frame.time == "previous" for c in group.claims):
        return True
    points = [c.value.point for c in first.claims if c.value.point]
    mine = [c.value.point for c in group.claims if c.value.point]
    if not points or not mine:
        return True
    return min(points) / 2 <= max(mine) and min(mine) <= 2 * max(points)


def _summary(claims: list[Claim], story: str) -> tuple[str, str, str, dict[str, str], tuple[str, ...], list[str]]:
    """What a group's claims say, in one pass: its label (the measure most claims state,
    with the qualifier most state), its subject (the one most claims name, else the
    story's), the measure, each document's values (`_values`), the claims' ids and the
    values they show. Ties go to the smallest, so order never matters."""
    attributes: Counter = Counter()
    qualifiers: Counter = Counter()
    named: Counter = Counter()
    texts: dict[str, list[str]] = {}
    ids, shown = [], []
    for c in claims:
        attributes[c.attribute] += 1
        if c.qualifier:
            qualifiers[c.qualifier] += 1
        if c.subject_from != "main":
            named[c.subject] += 1
        mine = texts.setdefault(c.document, [])
        if c.text not in mine:
            mine.append(c.text)
        ids.append(c.id)
        shown.append(c.value.display)
    attribute, qualifier = _most(attributes), _most(qualifiers)
    label = f"{attribute} ({qualifier})" if qualifier else attribute
    subject = _most(named) if named else story
    return label, subject, attribute, {d: " | ".join(t) for d, t in texts.items()}, tuple(ids), shown


def group_findings(group: Group, story: str, dates: dict[str, object], may_conflict: bool = True) -> list[Finding]:
    """The conflict or agreement of one group (and the agreements inside a conflict)."""
    claims = group.claims
    body = [f for f in group.facts if f.first.zone != "comment"]
    label, subject, attribute, values, ids, shown = _summary(claims, story)
    base = fingerprint(label, subject, sorted(values))
    found = first_clash(group if len(body) == len(group.facts) else Group(body, group.pairs))
    severity = _severity(group)
    if found is None:
        found = first_clash(group)
        severity = "info"
    why, note = _why(group), _evolving(claims, dates)
    if found is not None and not may_conflict:
        return _agreements_inside(group, body, label, subject)
    if found is not None:
        x, y = found
        msg = f"{label} of {subject}: {_side(x.first)} vs {_side(y.first)}"
        conflict = Finding("", "conflict", severity, attribute, subject, ids, values, msg,
                           fingerprint("conflict", base, sorted(shown)),
                           confidence=_pair_score(group, x, y), why=why, note=note)
        return [conflict] + _agreements_inside(group, body, label, subject)
    if not _confirms(body):  # "Thursday" in four articles, "29 December" in one
        body = _one_precision(body)
        label, subject, attribute, values, ids, shown = _summary([c for f in body for c in f.claims], story)
        base = fingerprint(label, subject, sorted(values))
    if len({f.doc for f in body}) < 2:
        return []
    msg = f"{label} of {subject}: {len({f.doc for f in body})} sources agree on " \
          f"{most_common(f.first.value.display for f in body)}"
    return [Finding("", "agreement", "info", attribute, subject, ids, values, msg,
                    fingerprint("agreement", base), confidence=group.confidence, why=why)]


def _confirms(facts: list[Fact]) -> bool:
    """Agreement needs values of one precision: a bare weekday does not confirm a date."""
    grans = {f.first.value.granularity for f in facts if f.first.value.type == "date"}
    return len(grans) <= 1


def _one_precision(facts: list[Fact]) -> list[Fact]:
    """The facts of one precision that the most sources state: the dates of one
    granularity (weekdays confirm weekdays, full dates full dates) and the values that
    are not dates. Ties go to the granularity first in alphabetical order."""
    dated: dict[str, list[Fact]] = {}
    others = []
    for f in facts:
        v = f.first.value
        if v.type == "date":
            dated.setdefault(v.granularity, []).append(f)
        else:
            others.append(f)
    options = [others + dated[g] for g in sorted(dated, key=str)]
    chosen = {id(f) for f in max(options, key=lambda fs: len({f.doc for f in fs}))}
    return [f for f in facts if id(f) in chosen]


def _agreements_inside(group: Group, body: list[Fact], label: str, subject: str) -> list[Finding]:
    """In a conflict, the values that two or more sources do share."""
    buckets: list[list[Fact]] = []
    kept: list[set[int]] = []  # each bucket's distinct (kind, value): a value is compared with each once
    numbers: dict[tuple, int] = {}  # (kind, value) -> its number, an index in `stated`
    stated: list[tuple] = []
    agrees: dict[tuple[int, int], bool] = {}
    for f in sorted(body, key=lambda f: (f.first.value.display, f.order)):
        kind_value = (f.first.kind, f.first.value)
        mine = numbers.get(kind_value)
        if mine is None:
            mine = numbers[kind_value] = len(stated)
            stated.append(kind_value)
        home = None
        for b, vs in zip(buckets, kept):
            if all(_agrees(agrees, stated, mine, v) for v in vs):
                home = b
                vs.add(mine)
                break
        if home is None:
            buckets.append([f])
            kept.append({mine})
        else:
            home.append(f)
    confidence, why = group.confidence, _why(group)
    out = []
    for members in buckets:
        if len({f.doc for f in members}) < 2 or not _confirms(members):
            continue
        claims = [c for f in members for c in f.claims]
        shown = members[0].first.value.display
        values = _values(claims)
        msg = f"{label} of {subject}: {len({f.doc for f in members})} sources agree on {shown}"
        out.append(Finding("", "agreement", "info", _attribute(claims), subject, tuple(c.id for c in claims), values, msg,
                           fingerprint("agreement", label, subject, shown, sorted(values)),
                           confidence=confidence, why=why))
    return out


def _agrees(memo: dict[tuple[int, int], bool], stated: list[tuple], a: int, b: int) -> bool:
    """agree() of two numbered (kind, value), remembered."""
    got = memo.get((a, b))
    if got is None:
        (kind_a, value_a), (kind_b, value_b) = stated[a], stated[b]
        got = memo[(a, b)] = agree(kind_a, value_a, kind_b, value_b)
    return got


# Values precise enough that two articles stating them exactly is worth an agreement
# even when alignment tied them to different facts: a full date, a sum, a measure, a
# count of ten or more.
SHARED_KINDS = frozenset({"date", "amount", "quantity", "count"})
SHARED_MIN_COUNT = 10


def _shared_key(c: Claim) -> tuple | None:
    v = c.value
    if c.kind not in SHARED_KINDS or c.zone == "comment" or v.hedge:
        return None
    if v.type == "date":
        if v.granularity != "day" or v.month is None or v.day is None:
            return None
        return ("date", v.month, v.day)  # years are checked per bucket
    if v.low is None or (c.kind == "count" and v.low < SHARED_MIN_COUNT):
        return None
    return (c.kind, v.unit, v.low, v.high)


def shared_values(claims: list[Claim], findings: list[Finding], story: str) -> list[Finding]:
    """Agreements on one exact value across documents that alignment kept apart ("le
    12 mars" about a person in one article, about a factory in another)."""
    key_of = {c.id: (_shared_key(c), c.document) for c in claims}
    together: set[tuple] = set()
    for f in findings:
        docs_of: dict[tuple, set[str]] = {}
        for i in f.claims:
            k, doc = key_of.get(i, (None, None))
            if k is not None:
                docs_of.setdefault(k, set()).add(doc)
        together.update(k for k, docs in docs_of.items() if len(docs) >= 2)
    buckets: dict[tuple, list[Claim]] = {}
    for c in claims:
        k = key_of[c.id][0]
        if k is not None and k not in together:
            buckets.setdefault(k, []).append(c)
    out = []
    shared = [k for k, members in buckets.items() if len({c.document for c in members}) >= 2]
    for k in sorted(shared, key=str):
        members = buckets[k]
        docs = {c.document for c in members}
        if len({c.value.year for c in members if c.value.type == "date"} - {None}) > 1:
            continue
        shown = most_common(c.value.display for c in members)
        values = _values(members)
        msg = f"{_attribute(members)}: {len(docs)} sources state {shown}"
        out.append(Finding("", "agreement", "info", _attribute(members), story, tuple(c.id for c in members),
                           values, msg, fingerprint("shared", shown, sorted(values)), confidence=0.5,
                           why="the same exact value in each"))
    return out


def story_of(claims: list[Claim]) -> str:
    return most_common(c.subject for c in claims if c.subject_from == "main" and c.subject != "(document)") \
        or "the story"


@contextmanager
def collector_paused():
    """Comparing builds hundreds of thousands of small objects that live until the
    report (facts, classes, pairs, groups), none of them garbage cycles: the cyclic
    collector would scan every claim of the run again each time they piled up."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def compare_all(documents: list[Document], claims: list[Claim], ruleset=None) -> list[Finding]:
    """Every finding, conflicts first, numbered F1, F2... deterministically."""
    with collector_paused():
        return _compare_all(documents, claims)


def _compare_all(documents: list[Document], claims: list[Claim]) -> list[Finding]:
    order = {d.id: i for i, d in enumerate(documents)}
    dates = {d.id: d.date for d in documents}
    languages = {d.id: d.language for d in documents}
    groups, stories, clusters = align_stories(claims)
    of_story: dict[int, list[Claim]] = {}
    for c in claims:
        of_story.setdefault(stories[c.document], []).append(c)
    groups_of: dict[int, list[Group]] = {}
    for g in groups:
        groups_of.setdefault(g.story, []).append(g)
    findings: list[Finding] = []
    for s in sorted(of_story):  # story by story: its groups, shared values and names
        mine = of_story[s]
        story = story_of(mine)
        found = story_findings(groups_of.get(s, []), story, dates)
        found += shared_values(mine, found, story)
        found += variant_findings(mine, clusters[s], order, languages)
        findings += found
    findings += inconsistencies(documents, claims)
    findings.sort(key=lambda f: (RANK[f.kind], SEVERITIES.index(f.severity),
                                 min((int(c[1:]) for c in f.claims if c[1:].isdigit()), default=0),
                                 f.attribute, f.subject, f.fingerprint))
    return [replace(f, id=f"F{i + 1}") for i, f in enumerate(findings)]


def story_findings(groups: list[Group], story: str, dates: dict[str, object]) -> list[Finding]:
    """The findings of one story's groups, best groups first: a second group of the
    story's toll in conflict is the narrative of earlier figures (`story_key`)."""
    findings: list[Finding] = []
    stated: dict[tuple, Group] = {}
    for g in sorted(groups, key=lambda g: -max(p.score for p in g.pairs)):
        key = story_key(g)
        first = stated.get(key) if key is not None else None
        findings.extend(group_findings(g, story, dates, may_conflict=first is None or not _narrative(g, first)))
        if key is not None and first is None and first_clash(g) is not None:
            stated[key] = g
    headline = {c.id for g in groups for fact in g.facts for c in fact.claims if c.zone == "headline"}
    return _restated(findings, headline)


def _restated(findings: list[Finding], headline: set[str]) -> list[Finding]:
    """One finding for a disagreement stated twice in each source (a headline's figures,
    then the body's): findings of one kind and measure with the same values in every
    document are one, with all their claims, when they have one subject or one of them
    is of headlines (which name the story, not the subject)."""
    out: list[Finding] = []
    seen: dict[tuple, list[int]] = {}
    for f in findings:
        if f.kind not in ("conflict", "agreement"):
            out.append(f)
            continue
        key = (f.kind, f.attribute, tuple(sorted((d, v.casefold()) for d, v in f.values.items())))
        mine = any(c in headline for c in f.claims)
        at = next((x for x in seen.get(key, ()) if out[x].subject == f.subject or mine
                   or any(c in headline for c in out[x].claims)), None)
        if at is None:
            seen.setdefault(key, []).append(len(out))
            out.append(f)
        else:
            first = out[at]
            out[at] = replace(first, claims=first.claims + tuple(c for c in f.claims if c not in first.claims))
    return out
