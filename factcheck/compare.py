"""Compare aligned claims: conflicts, agreements, and spelling variants of names.

Values are ranges (see normalize/hedges.py); two claims from different documents
conflict when their ranges cannot overlap, and agree when every pair overlaps. Only
kinds and rules that may conflict are flagged. Reader comments never count as a
source's statement: a disagreement that needs a comment to exist is reported at info
severity. One fact gives one finding, holding every claim of its group.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace

from .align import STORY, align
from .entities import fold
from .kinds import KINDS
from .model import Claim, Document, Finding
from .normalize.dates import DateValue, compatible
from .variants import variant_findings

EPS = 1e-9


def _date(c: Claim) -> DateValue:
    v = c.value
    return DateValue(year=v.year, month=v.month, day=v.day, weekday=v.weekday,
                     granularity=v.granularity or "day", approx=v.hedge == "approx")


def agree(a: Claim, b: Claim) -> bool:
    """Can both values be true at once?"""
    va, vb = a.value, b.value
    if va.type == "date" and vb.type == "date":
        return compatible(_date(a), _date(b))
    if va.type == "name" or vb.type == "name":
        return fold(va.name or "") == fold(vb.name or "") or fold(va.name or "") in fold(vb.name or "") \
            or fold(vb.name or "") in fold(va.name or "")
    if None in (va.low, va.high, vb.low, vb.high):
        return True
    return va.low <= vb.high + EPS and vb.low <= va.high + EPS


def may_conflict(c: Claim, conflicting_rules: set[str]) -> bool:
    if c.rule not in conflicting_rules or not KINDS[c.kind].conflicts:
        return False
    if c.kind == "age":
        return c.subject_from == "text" or bool(c.qualifier)
    if c.kind == "quantity":
        return bool(c.qualifier)
    return True


def _first_clash(claims: list[Claim]) -> tuple[Claim, Claim] | None:
    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.document != b.document and not agree(a, b):
                return a, b
    return None


def _values(claims: list[Claim]) -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for c in claims:
        texts = out.setdefault(c.document, [])
        if c.text not in texts:
            texts.append(c.text)
    return {d: " | ".join(t) for d, t in out.items()}


def _fingerprint(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def _side(c: Claim) -> str:
    hedge = " (hedged)" if c.hedged else ""
    where = " (reader comment)" if c.zone == "comment" else ""
    words = f" ('{c.value.resolved_from}')" if c.value.resolved_from else ""
    return f"{c.value.display}{words}{hedge}{where} ({c.document}:{c.line})"


def compare_group(key: tuple, claims: list[Claim], subject: str, conflicting_rules: set[str],
                  severity_of: dict[str, str]) -> Finding | None:
    attribute, _unit, qualifier, _subject = key
    if len({c.document for c in claims}) < 2:
        return None
    label = f"{attribute} ({qualifier})" if qualifier else attribute
    body = [c for c in claims if c.zone != "comment"]
    values = _values(claims)
    ids = tuple(c.id for c in claims)
    base = _fingerprint(label, subject, sorted(values))
    if all(may_conflict(c, conflicting_rules) for c in claims):
        clash = _first_clash(body)
        severity = max((severity_of.get(c.rule, "warning") for c in claims),
                       key=("info", "warning", "error").index)
        if clash is None:
            clash = _first_clash(claims)
            severity = "info"
        if clash is not None:
            a, b = clash
            msg = f"{label} of {subject}: {_side(a)} vs {_side(b)}"
            return Finding("", "conflict", severity, label, subject, ids, values, msg,
                           _fingerprint("conflict", base, sorted(c.value.display for c in claims)))
    if len({c.document for c in body}) < 2:
        return None
    if _first_clash(body) is None:
        shown = _most_common(c.value.display for c in body)
        msg = f"{label} of {subject}: {len({c.document for c in body})} sources agree on {shown}"
        return Finding("", "agreement", "info", label, subject, ids, values, msg,
                       _fingerprint("agreement", base))
    return None


def agreements_by_value(key: tuple, claims: list[Claim], subject: str) -> list[Finding]:
    """In a group whose values differ but may not conflict (dates, years mentioned in
    passing), each value stated by two or more sources is an agreement of its own."""
    attribute, _unit, qualifier, _subject = key
    label = f"{attribute} ({qualifier})" if qualifier else attribute
    # Greedy buckets of mutually compatible values, most specific values first, so that
    # "12 mars 2021" gathers "mars 2021" and "vendredi" but not "13 mars".
    specific = {"day": 0, "week": 1, "month": 2, "year": 3, "weekday": 4}
    ordered = sorted((c for c in claims if c.zone != "comment"),
                     key=lambda c: (specific.get(c.value.granularity or "", 0),
                                    (c.value.high or 0) - (c.value.low or 0), c.value.display, c.id))
    buckets: list[list[Claim]] = []
    for c in ordered:
        home = next((b for b in buckets if all(agree(c, m) for m in b)), None)
        if home is None:
            buckets.append([c])
        else:
            home.append(c)
    out = []
    for members in buckets:
        docs = {c.document for c in members}
        if len(docs) < 2:
            continue
        shown = members[0].value.display
        words = {c.value.resolved_from for c in members if c.value.resolved_from}
        said = f" (written {', '.join(sorted(words))})" if words else ""
        msg = f"{label} of {subject}: {len(docs)} sources agree on {shown}{said}"
        values = _values(members)
        out.append(Finding("", "agreement", "info", label, subject, tuple(c.id for c in members), values,
                           msg, _fingerprint("agreement", label, subject, shown, sorted(values))))
    return out


# Kinds whose exact value, stated by two sources, is worth an agreement even when the
# claims were aligned to different subjects: a full date, a year of record, a sum of
# money, a measure, a sizeable toll.
SHARED_KINDS = frozenset({"date", "since", "start", "rename", "amount", "quantity", "count"})
SHARED_MIN_COUNT = 10  # smaller counts recur by chance ("deux", "trois")


def _shared_key(c: Claim) -> tuple | None:
    """What two claims must share, exactly, to be one value stated twice; None if the
    value is too common or too loose for that."""
    v = c.value
    if c.kind not in SHARED_KINDS or c.zone == "comment":
        return None
    if v.type == "date":
        if v.granularity != "day" or v.month is None or v.day is None or v.hedge:
            return None
        return (c.kind, "date", v.month, v.day)  # years are checked per bucket
    if v.low is None or v.high is None:
        return None
    if c.kind == "count" and (v.hedge or v.low < SHARED_MIN_COUNT):
        return None
    return (c.kind, c.attribute, v.unit, v.low, v.high)


def shared_values(claims: list[Claim], findings: list[Finding], story: str) -> list[Finding]:
    """Agreements on the same exact value across documents that alignment put under
    different subjects ("le 12 mars" after a person's name in one article and after the
    place in another). Values already agreed on together in a finding are skipped."""
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
    for k in sorted(buckets, key=str):
        members = buckets[k]
        docs = {c.document for c in members}
        if len(docs) < 2 or len({c.value.year for c in members if c.value.type == "date"} - {None}) > 1:
            continue
        label = members[0].attribute
        shown = _most_common(c.value.display for c in members)
        values = _values(members)
        msg = f"{label}: {len(docs)} sources state {shown}"
        out.append(Finding("", "agreement", "info", label, story, tuple(c.id for c in members),
                           values, msg, _fingerprint("shared", label, shown, sorted(values))))
    return out


def _most_common(items) -> str | None:
    """The most frequent item; ties go to the smallest, so file order never matters."""
    counts = Counter(items)
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else None


def main_keys(documents: list[Document], claims: list[Claim]) -> list[str]:
    keys = []
    for doc in documents:
        key = next((c.subject_key for c in claims if c.document == doc.id and c.subject_from == "main"), "")
        if not key:
            names = Counter(c.subject_key for c in claims if c.document == doc.id and c.kind == "name")
            key = names.most_common(1)[0][0] if names else ""
        keys.append(key)
    return keys


def compare_all(documents: list[Document], claims: list[Claim], ruleset=None) -> list[Finding]:
    """Every finding, conflicts first, numbered F1, F2... deterministically."""
    conflicting = {r.id for r in ruleset.rules if r.conflicts} if ruleset else {c.rule for c in claims}
    severity_of = {r.id: r.severity for r in ruleset.rules} if ruleset else {}
    keys = main_keys(documents, claims)
    groups, uf = align(claims, keys)
    story = _most_common(c.subject for c in claims if c.subject_from == "main") or "the story"
    order = {d.id: i for i, d in enumerate(documents)}
    findings = []
    for key in sorted(groups, key=str):
        members = sorted(groups[key], key=lambda c: (order.get(c.document, 0), c.start))
        subject = story if key[3] == STORY else _most_common(c.subject for c in members)
        f = compare_group(key, members, subject, conflicting, severity_of)
        if f is not None:
            findings.append(f)
            if f.kind == "conflict":
                # The sources that do agree inside a disagreement: "11" in two sources
                # against "13" in a third is also an agreement on 11.
                findings.extend(agreements_by_value(key, members, subject))
        elif not all(may_conflict(c, conflicting) for c in members):
            findings.extend(agreements_by_value(key, members, subject))
    findings += shared_values(claims, findings, story)
    findings += variant_findings(claims, uf, order)
    rank = {"conflict": 0, "variant": 1, "agreement": 2}
    findings.sort(key=lambda f: (rank[f.kind], ("error", "warning", "info").index(f.severity),
                                 min((int(c[1:]) for c in f.claims if c[1:].isdigit()), default=0),
                                 f.attribute, f.subject, f.fingerprint))
    return [replace(f, id=f"F{i + 1}") for i, f in enumerate(findings)]
