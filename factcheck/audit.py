"""Audit a draft against its sources: each draft claim confirmed, contradicted or unsupported.

The draft is one more document. All claims (draft and sources) are aligned together,
so a draft claim lands in the group of the source claims about the same fact. Within
its group a draft claim is:

- contradicted when a source disagrees with it (both claims conflict-capable, as in
  `compare.may_conflict`): the disagreeing source claims are listed, with the majority
  value the sources state;
- confirmed when some source agrees and none disagrees;
- unsupported otherwise (no source states the fact, or only in ways that cannot
  conflict, such as a year mentioned in passing).

Reader comments are not a source's statement and are left out. The majority value is
the value display stated by the heaviest set of sources: each source document counts
once per value, weighted by `weights` (glob pattern on the document path -> weight,
the largest matching pattern wins, 1.0 when none matches).
"""
from __future__ import annotations

from collections import defaultdict
from fnmatch import fnmatch

from .align import align
from .compare import agree, main_keys, may_conflict
from .model import AuditItem, Claim, Document
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


def verdict(claim: Claim, sources: list[Claim], conflicting: set[str], paths: dict[str, str],
            weights: dict[str, float] | None) -> AuditItem:
    """The verdict on one draft claim given the source claims of its group."""
    label = _label(claim)
    said = f"draft says {claim.value.display} ({claim.document}:{claim.line})"
    can_conflict = may_conflict(claim, conflicting)
    agreeing = [s for s in sources if agree(claim, s)]
    disagreeing = [s for s in sources if can_conflict and may_conflict(s, conflicting)
                   and not agree(claim, s)]
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
    """One AuditItem per draft claim that is not a plain name mention, in draft order.

    `documents` and `claims` hold the draft and the sources together; `draft_id` is
    the draft document's id.
    """
    conflicting = ({r.id for r in ruleset.rules if r.conflicts} if ruleset is not None
                   else {c.rule for c in claims})
    groups, _uf = align(claims, main_keys(documents, claims))
    order = {d.id: i for i, d in enumerate(documents)}
    paths = {d.id: d.path for d in documents}
    items: list[tuple[int, AuditItem]] = []
    for members in groups.values():
        drafted = [c for c in members if c.document == draft_id]
        if not drafted:
            continue
        sources = sorted((c for c in members if c.document != draft_id and c.zone != "comment"),
                         key=lambda c: (order.get(c.document, 0), c.start))
        for claim in drafted:
            items.append((claim.start, verdict(claim, sources, conflicting, paths, weights)))
    return [item for _start, item in sorted(items, key=lambda x: x[0])]
