"""A read-only view of `Report.to_records()` with the lookups every format needs.

Formats read records, not model objects, so that they all show the same facts as
the JSON output. The view adds indexes (claims by id, document order), sorted
groups of findings, and one derived fact the records cannot give: where each
value sits in its sentence, computed exactly from the documents' text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from factcheck.model import Report
from factcheck.report.text import clip, excerpt, flat, value_span
from factcheck.variants import surface_form

Record = dict[str, Any]

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
VERDICT_ORDER = ("contradicted", "unsupported", "confirmed")


@dataclass
class View:
    """Records of one report plus indexes; build it with `View.of(report)`."""

    records: Record
    claims: dict[str, Record] = field(default_factory=dict)
    documents: dict[str, Record] = field(default_factory=dict)
    doc_order: dict[str, int] = field(default_factory=dict)
    spans: dict[str, tuple[int, int] | None] = field(default_factory=dict)

    @classmethod
    def of(cls, report: Report) -> View:
        records = report.to_records()
        view = cls(records)
        texts = {d.id: d.text for d in report.documents if d.plan is None}  # a sliced file: no text held
        for i, doc in enumerate(records["documents"]):
            view.documents[doc["id"]] = doc
            view.doc_order[doc["id"]] = i
        for claim in records["claims"]:
            view.claims[claim["id"]] = claim
            view.spans[claim["id"]] = value_span(claim, texts.get(claim["document"]))
        return view

    @property
    def summary(self) -> Record:
        return self.records["summary"]

    @property
    def problems(self) -> list[Record]:
        return self.records["problems"]

    def findings(self, kind: str) -> list[Record]:
        """Findings of one kind, most severe first, report order otherwise."""
        found = [f for f in self.records["findings"] if f["kind"] == kind]
        return sorted(found, key=lambda f: SEVERITY_RANK.get(f["severity"], 9))

    def claim_order(self, claim: Record) -> tuple[int, int, str]:
        return (self.doc_order.get(claim["document"], len(self.doc_order)), claim["start"],
                claim["id"])

    def claims_of(self, finding: Record) -> list[Record]:
        """The finding's claims (unknown ids skipped), in document order."""
        found = [self.claims[c] for c in finding["claims"] if c in self.claims]
        return sorted(found, key=self.claim_order)

    def agreement_row(self, finding: Record) -> list[str]:
        """Attribute, subject, value shown and number of sources, for compact tables."""
        claims = self.claims_of(finding)
        value = claims[0]["value"]["display"] if claims else ""
        docs = {c["document"] for c in claims} or set(finding["values"])
        return [finding["attribute"], finding["subject"], value, str(len(docs))]

    def path(self, document_id: str) -> str:
        """The path of a document, its id when the report does not know it."""
        doc = self.documents.get(document_id)
        return doc["path"] if doc and doc.get("path") else document_id

    def key(self, document_id: str) -> str:
        """A document's stable key (path relative to the config, else its name), its path
        when the report has none."""
        doc = self.documents.get(document_id)
        return doc["key"] if doc and doc.get("key") else self.path(document_id)

    def audit(self) -> list[Record] | None:
        """The draft audit items, contradicted first, then unsupported, then confirmed."""
        items = self.records.get("audit")
        if items is None:
            return None
        rank = {v: i for i, v in enumerate(VERDICT_ORDER)}
        return sorted(items, key=lambda a: rank.get(a["verdict"], len(rank)))

    def audit_claims(self, item: Record) -> tuple[Record | None, list[Record]]:
        """An audit item's draft claim (None if unknown) and its source claims in order."""
        sources = [self.claims[s] for s in item["sources"] if s in self.claims]
        return self.claims.get(item["claim"]), sorted(sources, key=self.claim_order)

    def where(self, claim: Record) -> str:
        """"path:line:col" of a claim, with its document's path rather than its id."""
        return f"{self.path(claim['document'])}:{claim['line']}:{claim['column']}"

    def contradiction(self, item: Record) -> str:
        """What a contradicted draft claim is about, in one line from the records.

        Names the draft's value as written (and its normal form), the majority value
        of the sources and each disagreeing source with path:line:col; falls back on
        the audit's own message when the claims are unknown.
        """
        claim, sources = self.audit_claims(item)
        if claim is None or not sources:
            return item["message"]
        display = claim["value"]["display"]
        value = claim["text"] if claim["text"] == display else f"{claim['text']} ({display})"
        text = f"{label(claim)}: draft says {value}"
        if item.get("majority") is not None:
            text += f", most sources say {item['majority']}"
        others = ", ".join(f"{s['text']} ({self.where(s)})" for s in sources)
        return f"{text}; disagreeing: {others}"

    def minority(self, finding: Record) -> list[Record]:
        """For a variant: the claims whose form is not the likely (majority) one.

        Forms are compared as `variants.surface_form` makes them, so "Valdoria’s" is
        the likely "Valdoria" and not one of its minority spellings.
        """
        likely = surface_form(finding.get("likely") or "")
        return [c for c in self.claims_of(finding) if surface_form(c["text"]) != likely]

    def quote(self, claim: Record, width: int = 160) -> tuple[str, str, str]:
        """(before, value, after) of the claim's sentence, trimmed to `width`.

        Each part is already `safe()` and on one line. When the value cannot be
        found in the sentence, the whole (trimmed) sentence comes back as `before`.
        """
        sentence = claim["sentence"] or ""
        span = self.spans.get(claim["id"])
        if span is None:
            return flat(clip(sentence, width)), "", ""
        before, value, after = excerpt(sentence, span[0], span[1], width)
        return flat(before), flat(value), flat(after)


def label(claim: Record) -> str:
    """"attribute (qualifier) of subject": how the audit names the fact of a claim."""
    what = claim["attribute"]
    if claim.get("qualifier"):
        what = f"{what} ({claim['qualifier']})"
    return f"{what} of {claim['subject']}" if claim.get("subject") else what
