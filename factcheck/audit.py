"""Audit a draft against its sources: each draft claim confirmed, contradicted or unsupported.

The draft is one more document. Each draft fact is scored against the source facts
of its measure exactly as two sources are (align.score); in each source the best
pair above the threshold is the source's statement of that fact. A draft claim is:

- contradicted when such a source value disagrees with it: the disagreeing source
  claims are listed, with the majority value the sources state;
- confirmed when some source agrees and none disagrees;
- unsupported otherwise (no source states the fact).

Reader comments are not a source's statement and are left out. The majority value is
the value display stated by the heaviest set of sources: each source document counts
once per value, weighted by `weights` (glob pattern on the document path -> weight,
the largest matching pattern wins, 1.0 when none matches).
"""
from __future__ import annotations

from collections import defaultdict
from fnmatch import fnmatch

from .align import THRESHOLD, UNALIGNED, discriminating, facts_of, measure_keys, score
from .kinds import agree as values_agree
from .model import AuditItem, Claim, Document
from .names import build_clusters
from .ruleset import Ruleset


def source_weight(path: str, weights: dict[str, float] | None) -> float:
    """The weight of a source document: the largest weight whose pattern matches."""
    matched = [w for pattern, w in (weights or {}).items()
               if fnmatch(path, pattern) or fnmatch(path.replace("\\", "/"), pattern)]
    return max(matched) if matched else 1.0


def majority(sources: list[Claim], paths: dict[str, str],
             weights: dict[str, float] | None) -> str | None:
    """The value display stated by the most (weighted) source documents.

    Ties go to the value stated first (sources are in document then text order), so
    the result is deterministic.
    """
    score: dict[str, float] = defaultdict(float)
    counted: set[tuple[str, str]] = set()
    for c in sources:
        if (c.document, c.value.display) in counted:
            continue
        counted.add((c.document, c.value.display))
        score[c.value.display] += source_weight(paths.get(c.document, c.document), weights)
    if not score:
        return None
    best = max(score.values())
    return next(d for d in score if score[d] == best)


def _where(c: Claim) -> str:
    return f"{c.value.display} ({c.document}:{c.line})"


def _label(c: Claim) -> str:
    label = f"{c.attribute} ({c.qualifier})" if c.qualifier else c.attribute
    return f"{label} of {c.subject}" if c.subject else label


def agree(a: Claim, b: Claim) -> bool:
    return values_agree(a.kind, a.value, b.kind, b.value)


def verdict(claim: Claim, sources: list[Claim], paths: dict[str, str],
            weights: dict[str, float] | None) -> AuditItem:
    """The verdict on one draft claim given the source claims aligned with it."""
    label = _label(claim)
    said = f"draft says {claim.value.display} ({claim.document}:{claim.line})"
    agreeing = [s for s in sources if agree(claim, s)]
    disagreeing = [s for s in sources if not agree(claim, s)]
    if disagreeing:
        likely = majority(sources, paths, weights)
        others = ", ".join(_where(s) for s in disagreeing)
        msg = f"{label}: {said}, sources say {others}"
        if likely is not None:
            msg += f"; most sources: {likely}"
        return AuditItem(claim.id, "contradicted", tuple(s.id for s in disagreeing), likely, msg)
    if agreeing:
        docs = len({s.document for s in agreeing})
        plural = "source" if docs == 1 else "sources"
        msg = f"{label}: {said}, confirmed by {docs} {plural}: " + ", ".join(map(_where, agreeing))
        return AuditItem(claim.id, "confirmed", tuple(s.id for s in agreeing),
                         majority(agreeing, paths, weights), msg)
    msg = f"{label}: {said}, no source states it"
    if sources:
        msg = f"{label}: {said}; sources mention " + ", ".join(map(_where, sources)) \
            + " but not as a fact that can be checked against it"
    return AuditItem(claim.id, "unsupported", (), majority(sources, paths, weights), msg)


def audit(draft_id: str, documents: list[Document], claims: list[Claim], ruleset: Ruleset | None,
          weights: dict[str, float] | None = None) -> list[AuditItem]:
    """One AuditItem per draft value claim, in draft order (not the dates of what was
    said, or of when figures held: alignment never compares them either).

    `documents` and `claims` hold the draft and the sources together; `draft_id` is
    the draft document's id."""
    uf = build_clusters(claims)
    usable = [c for c in claims if c.zone != "comment" or c.document == draft_id]
    facts = facts_of(usable, uf)
    canon = measure_keys(facts)
    disc = discriminating(facts, uf)
    order = {d.id: i for i, d in enumerate(documents)}
    paths = {d.id: d.path for d in documents}
    by_measure: dict[str, list] = defaultdict(list)
    for f in facts:
        if f.doc != draft_id:
            by_measure[canon[f.frame.measure]].append(f)
    items: list[tuple[int, AuditItem]] = []
    for fact in facts:
        if fact.doc != draft_id or fact.frame.measure in UNALIGNED:
            continue  # when something was said is no fact to check ("a-t-il déclaré lundi")
        best: dict[str, tuple[float, object]] = {}
        for other in by_measure.get(canon[fact.frame.measure], ()):
            p = score(fact, other, uf, disc)
            if p is not None and p.score >= THRESHOLD and p.score > best.get(other.doc, (0.0, None))[0]:
                best[other.doc] = (p.score, other)
        sources = sorted((c for _s, f in best.values() for c in f.claims),
                         key=lambda c: (order.get(c.document, 0), c.start))
        for claim in fact.claims:
            items.append((claim.start, verdict(claim, sources, paths, weights)))
    return [item for _start, item in sorted(items, key=lambda x: x[0])]
