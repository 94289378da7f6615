"""The data model shared by every step: documents, values, claims, findings, reports.

Everything here is a plain dataclass with no behaviour beyond small lookups and
serialisation to records (plain dicts and lists), which every report format reads.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date

FINDING_KINDS = ("conflict", "agreement", "variant", "inconsistency")
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class Zone:
    """A stretch of a document's text with one role (headline, body, comment...)."""

    start: int
    end: int
    kind: str


@dataclass
class Document:
    """One article: its text and what reading found out about its layout.

    `id` is the path as given on the command line; offsets index `text`. `key` names
    the file however its path was typed (relative to the config's folder, else the
    file's name; see baseline.document_key): fingerprints use it.

    A long plain-text file is read in slices (slices.py): its Document has no text and
    a `plan` of its slices, and each slice is a Document of its own whose text starts
    `offset` characters and `line_offset` lines into the file; its claims' offsets and
    lines are the file's.
    """

    id: str
    path: str
    text: str
    language: str = "en"
    title: str | None = None
    date: date | None = None
    fmt: str = "txt"
    line_starts: list[int] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    key: str = ""
    offset: int = 0
    line_offset: int = 0
    plan: object | None = None  # slices.Plan of a file read in slices

    def __post_init__(self) -> None:
        if not self.line_starts:
            starts = [0]
            find = self.text.find
            pos = find("\n")
            while pos >= 0:
                starts.append(pos + 1)
                pos = find("\n", pos + 1)
            self.line_starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line (in the file: see `line_offset`) and column of an offset of `text`."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1 + self.line_offset, offset - self.line_starts[i] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1 - self.line_offset]
        end = self.text.find("\n", start)
        return self.text[start:] if end < 0 else self.text[start:end]

    def _zone_index(self) -> list[tuple[str, list[int], list[Zone]]]:
        # Zones of one kind do not overlap; kinds are checked in the order given
        # (furniture, comment, headline, quotation), so sorted starts per kind suffice.
        key = (id(self.zones), len(self.zones))
        if getattr(self, "_zkey", None) != key:
            kinds: dict[str, list[Zone]] = {}
            for z in self.zones:
                kinds.setdefault(z.kind, []).append(z)
            index = []
            for kind, zs in kinds.items():
                zs.sort(key=lambda z: z.start)
                index.append((kind, [z.start for z in zs], zs))
            self._zidx, self._zkey = index, key
        return self._zidx

    def zone_at(self, offset: int) -> str:
        """The zone kind holding `offset`; body when no zone says otherwise."""
        zones = self.zones
        if not zones:
            return "body"
        flat = self.__dict__.get("_flat")
        if flat is None or flat[2] is not zones or flat[3] != len(zones):
            # Zones start and end at a few offsets; between two of them the answer is
            # the same, so it is worked out once per stretch and then found by bisection.
            points = sorted({x for z in zones for x in (z.start, z.end)})
            flat = self._flat = (points, [self._zone_walk(p) for p in points], zones, len(zones))
        i = bisect.bisect_right(flat[0], offset) - 1
        return flat[1][i] if i >= 0 else "body"

    def _zone_walk(self, offset: int) -> str:
        for kind, starts, zs in self._zone_index():
            i = bisect.bisect_right(starts, offset) - 1
            if i >= 0 and zs[i].start <= offset < zs[i].end:
                return kind
        return "body"

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """Bounds of the sentence holding `offset` (the whole text if unknown)."""
        if not self.sentences:
            return 0, len(self.text)
        if getattr(self, "_skey", None) != len(self.sentences):
            self._starts, self._skey = [s for s, _ in self.sentences], len(self.sentences)
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.sentences[i]

    def record(self) -> dict:
        return {
            "id": self.id,
            "path": self.path,
            "key": self.key or None,
            "language": self.language,
            "chars": self.plan.chars if self.plan is not None else len(self.text),
            "title": self.title,
            "date": self.date.isoformat() if self.date else None,
            "format": self.fmt,
            "warnings": list(self.warnings),
        }


def _as_args(obj) -> tuple:
    """`__reduce__` for a slotted dataclass: rebuilt from its fields in order, one call,
    rather than pickle's default of a new object and a dict of its slots (claims cross
    from the `--jobs` workers this way: a third fewer bytes, faster to read back)."""
    return type(obj), tuple([getattr(obj, name) for name in obj.__slots__])


@dataclass(slots=True, unsafe_hash=True)
class Value:
    """A typed, normalised value.

    Numbers and years carry a closed range [low, high] (hedges widen it) and the
    number as written (`point`). Dates carry their parts and granularity. Names and
    aliases carry `name`. `display` is a short human form ("about 1996", ">= 3").

    Values are not changed once built (`dataclasses.replace` makes a changed copy), but
    the class is not frozen: a frozen dataclass sets each field through
    `object.__setattr__`, which cost 6 % of extraction for values and claims.
    """

    type: str  # "number" | "year" | "date" | "name"
    display: str
    point: float | None = None
    low: float | None = None
    high: float | None = None
    hedge: str | None = None  # approx | min | max | range | None
    unit: str | None = None  # currency code, "t", "min", "%", "years"...
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    granularity: str | None = None  # year | month | day | weekday
    name: str | None = None
    resolved_from: str | None = None  # relative words a date was resolved from
    alts: tuple["Value", ...] = ()  # the same value in other units, as the text converts it

    __reduce__ = _as_args

    def record(self) -> dict:
        out = {"type": self.type, "display": self.display}
        for key in ("point", "low", "high", "hedge", "unit", "year", "month", "day",
                    "weekday", "granularity", "name", "resolved_from"):
            val = getattr(self, key)
            if val is not None:
                if isinstance(val, float) and val.is_integer():
                    val = int(val)
                out[key] = val
        if self.alts:
            out["alts"] = [a.record() for a in self.alts]
        return out


@dataclass(slots=True)
class Claim:
    """One fact stated by one document, located at the value as written. Not changed
    once built, and not frozen, for the reason `Value` gives."""

    id: str
    document: str
    kind: str  # closed menu: see factcheck.kinds
    attribute: str  # what about the subject: founded, deaths, age, role...
    subject: str  # as written (or as resolved from a pronoun)
    subject_key: str  # folded key used for alignment
    value: Value
    text: str  # the value as written: text[start:end] of the document
    start: int
    end: int
    line: int
    column: int
    sentence: str
    rule: str
    zone: str = "body"
    hedged: bool = False  # hedging verb or attribution ("seraient", "reportedly")
    qualifier: str | None = None  # e.g. a place the count is about ("in Valmont")
    subject_from: str = "text"  # text | pronoun | main: how the subject was found
    frame: object | None = None  # frames.Frame: measure, anchor, qualifiers (value claims)

    __reduce__ = _as_args

    def record(self) -> dict:
        return {
            "id": self.id,
            "document": self.document,
            "kind": self.kind,
            "attribute": self.attribute,
            "subject": self.subject,
            "subject_key": self.subject_key,
            "subject_from": self.subject_from,
            "qualifier": self.qualifier,
            "value": self.value.record(),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "sentence": self.sentence,
            "rule": self.rule,
            "zone": self.zone,
            "hedged": self.hedged,
            **({"frame": self.frame.record()} if self.frame is not None else {}),
        }


@dataclass(frozen=True, slots=True)
class Finding:
    """A conclusion about a group of claims: conflict, agreement or variant."""

    id: str
    kind: str  # conflict | agreement | variant
    severity: str  # error | warning | info
    attribute: str
    subject: str
    claims: tuple[str, ...]
    values: dict[str, str]  # document id -> value(s) as written
    message: str
    fingerprint: str
    likely: str | None = None  # variants: the majority form; audits: majority value
    confidence: float | None = None  # how surely the claims are about one fact (0..1)
    why: str | None = None  # why the claims were aligned ("same measure: deaths; same place")
    note: str | None = None  # e.g. an evolving toll: which source is the most recent
    accepted: bool = False  # its fingerprint is in the baseline: shown, but does not fail the run

    def record(self) -> dict:
        out = {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "attribute": self.attribute,
            "subject": self.subject,
            "claims": list(self.claims),
            "values": dict(self.values),
            "message": self.message,
            "fingerprint": self.fingerprint,
            "accepted": self.accepted,
        }
        if self.likely is not None:
            out["likely"] = self.likely
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 2)
        if self.why is not None:
            out["why"] = self.why
        if self.note is not None:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class Problem:
    """A file that could not be read, or was read with a caveat."""

    path: str
    message: str
    level: str = "error"  # error: skipped; warning: read anyway

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    def record(self) -> dict:
        return {"path": self.path, "message": self.message, "level": self.level}


@dataclass(frozen=True, slots=True)
class AuditItem:
    """The verdict on one claim of a draft: confirmed, contradicted or unsupported."""

    claim: str
    verdict: str  # confirmed | contradicted | unsupported
    sources: tuple[str, ...]  # claim ids of the sources compared with
    majority: str | None
    message: str

    def record(self) -> dict:
        return {"claim": self.claim, "verdict": self.verdict, "sources": list(self.sources),
                "majority": self.majority, "message": self.message}


@dataclass
class Report:
    """Everything one run found; every output format is built from `to_records()`."""

    documents: list[Document]
    claims: list[Claim]
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    audit: list[AuditItem] | None = None
    draft: str | None = None

    def summary(self) -> dict:
        count = {k: 0 for k in FINDING_KINDS}
        for f in self.findings:
            count[f.kind] = count.get(f.kind, 0) + 1
        out = {
            "documents": len(self.documents),
            "claims": len(self.claims),
            "conflicts": count["conflict"],
            "agreements": count["agreement"],
            "variants": count["variant"],
            "inconsistencies": count["inconsistency"],
            "accepted": sum(1 for f in self.findings if f.accepted),
            "problems": len(self.problems),
        }
        if self.audit is not None:
            for verdict in ("confirmed", "contradicted", "unsupported"):
                out[verdict] = sum(1 for a in self.audit if a.verdict == verdict)
        return out

    def claim_index(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    def document_index(self) -> dict[str, Document]:
        return {d.id: d for d in self.documents}

    def to_records(self) -> dict:
        out = {
            "version": 1,
            "documents": [d.record() for d in self.documents],
            "claims": [c.record() for c in self.claims],
            "findings": [f.record() for f in self.findings],
            "summary": self.summary(),
            "problems": [p.record() for p in self.problems],
        }
        if self.audit is not None:
            out["draft"] = self.draft
            out["audit"] = [a.record() for a in self.audit]
        return out
