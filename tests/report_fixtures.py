"""Hand-built Reports for the report-format tests.

Three invented articles about an invented factory fire (French, English, and a
hostile blog post), claims located by searching the text so offsets, lines and
columns are real, and findings of every kind. The hostile strings live in
HOSTILE so tests can check each one comes out literal.
"""
from __future__ import annotations

import re

from factcheck.model import AuditItem, Claim, Document, Finding, Problem, Report, Value, Zone

MARKUP = "[bold red]boom[/]"
LINK = "[link=http://x]y[/link]"
CSI = "\x1b[31m"
OSC = "\x1b]0;title\x07"
SCRIPT = "<script>alert(1)</script>"
HOSTILE = (MARKUP, LINK, CSI, OSC, SCRIPT, ":smile:", "[bold]x[/bold]")

LEMONDE = "articles/lemonde.txt"
REUTERS = "articles/reuters.txt"
BLOG = "articles/blog: notes, v2 [x].md"
DRAFT = "drafts/brouillon.txt"

LEMONDE_TEXT = (
    "Incendie à l'usine Sorvane de Roanne : 11 morts\n"
    "\n"
    "L'incendie s'est déclaré mardi vers 3 heures dans l'usine Sorvane, fondée en 1987 à "
    "Roanne. Selon la préfecture, 11 personnes sont mortes et 23 ont été blessées.\n"
    "\n"
    "Le directeur du site, Jean-Marc Dufresne, 54 ans, s'est dit « bouleversé ».\n"
    "\n"
    "Commentaires\n"
    "Pierre_42 : à la radio ils parlaient de 15 morts, pas 11.\n"
)
REUTERS_TEXT = (
    "Fire at Sorvane plant kills 14\n"
    "\n"
    "A fire broke out early on Tuesday at the Sorvane chemical plant in Roanne, founded in "
    "1987. Fourteen people were reportedly killed, officials said, and at least 20 were "
    "injured.\n"
    "\n"
    "Plant director Jean-Marc Dufrêne, 54, said the site met all safety standards.\n"
)
LONG_LINE = ("Selon nos sources, " + "vraiment " * 300
             + "le directeur Jean-Marc Dufresne, qui parle de 13 morts, "
             + "a tout vu " * 230 + "sur place.")
BLOG_TEXT = (
    f"# Sorvane : ce qu'on ne vous dit pas {MARKUP}\n"
    "\n"
    f"Un ancien ouvrier assure que l'usine a été fondée en 1989 {SCRIPT} {LINK} "
    f"{CSI}rouge{OSC} :smile: [bold]x[/bold] | *gras* _it_ `code` # titre & co.\n"
    "\n"
    f"{LONG_LINE}\n"
)
DRAFT_TEXT = (
    "L'incendie de l'usine Sorvane, fondée en 1989, a fait 12 morts. "
    "Son directeur a 54 ans. L'usine emploie 340 salariés.\n"
)


def document(doc_id: str, text: str, language: str,
             comment_from: str | None = None) -> Document:
    """A Document with sentences split on '. ' and newlines, and a comment zone."""
    sentences = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for part in re.split(r"(?<=\.) (?=[A-ZÀ-Ü])", line.group()):
            sentences.append((start, start + len(part)))
            start += len(part) + 1
    zones = []
    if comment_from is not None:
        zones.append(Zone(text.index(comment_from), len(text), "comment"))
    return Document(id=doc_id, path=doc_id, text=text, language=language, sentences=sentences,
                    zones=zones, fmt="md" if doc_id.endswith(".md") else "txt")


def claim(doc: Document, claim_id: str, text: str, attribute: str, subject: str,
          value: Value, *, after: str = "", kind: str = "count", hedged: bool = False) -> Claim:
    """A claim for the first `text` in `doc` found after the marker `after`."""
    start = doc.text.index(text, doc.text.index(after) if after else 0)
    end = start + len(text)
    line, column = doc.line_col(start)
    s_start, s_end = doc.sentence_at(start)
    return Claim(id=claim_id, document=doc.id, kind=kind, attribute=attribute, subject=subject,
                 subject_key=subject.lower(), value=value, text=text, start=start, end=end,
                 line=line, column=column, sentence=doc.text[s_start:s_end],
                 rule=f"{kind}-{attribute}", zone=doc.zone_at(start), hedged=hedged)


def number(n: int, display: str | None = None, hedge: str | None = None,
           low: float | None = None, high: float | None = None) -> Value:
    return Value("number", display or str(n), point=n, low=n if low is None else low,
                 high=n if high is None else high, hedge=hedge)


def year(n: int) -> Value:
    return Value("year", str(n), point=n, low=n, high=n, year=n)


def name(text: str) -> Value:
    return Value("name", text, name=text)


def build_documents() -> tuple[Document, Document, Document]:
    return (document(LEMONDE, LEMONDE_TEXT, "fr", comment_from="Commentaires"),
            document(REUTERS, REUTERS_TEXT, "en"),
            document(BLOG, BLOG_TEXT, "fr"))


def build_claims(lm: Document, rt: Document, bl: Document) -> list[Claim]:
    factory, director = "usine Sorvane", "Jean-Marc Dufresne"
    return [
        claim(lm, "c1", "1987", "founded", factory, year(1987), kind="year"),
        claim(lm, "c2", "11", "deaths", factory, number(11), after="Selon"),
        claim(lm, "c3", "23", "injured", factory, number(23)),
        claim(lm, "c4", "Jean-Marc Dufresne", "director", factory, name(director), kind="name"),
        claim(lm, "c5", "54", "age", director, number(54), kind="age"),
        claim(lm, "c6", "15", "deaths", factory, number(15), after="Pierre_42"),
        claim(rt, "c7", "1987", "founded", factory, year(1987), kind="year"),
        claim(rt, "c8", "Fourteen", "deaths", factory, number(14), hedged=True),
        claim(rt, "c9", "at least 20", "injured", factory,
              number(20, ">= 20", "min", 20, 30)),
        claim(rt, "c10", "Jean-Marc Dufrêne", "director", factory, name("Jean-Marc Dufrêne"),
              kind="name"),
        claim(rt, "c11", "54", "age", director, number(54), kind="age"),
        claim(bl, "c12", "1989", "founded", factory, year(1989), kind="year"),
        claim(bl, "c13", "Jean-Marc Dufresne", "director", factory, name(director),
              kind="name"),
        claim(bl, "c14", "13", "deaths", factory, number(13), after="qui parle"),
    ]


def finding(fid: str, kind: str, severity: str, attribute: str, subject: str,
            claims: list[Claim], message: str, likely: str | None = None) -> Finding:
    values: dict[str, str] = {}
    for c in claims:
        values[c.document] = ", ".join(filter(None, [values.get(c.document), c.text]))
    return Finding(id=fid, kind=kind, severity=severity, attribute=attribute, subject=subject,
                   claims=tuple(c.id for c in claims), values=values, message=message,
                   fingerprint=f"fp-{fid}-{attribute}", likely=likely)


def build_findings(c: dict[str, Claim]) -> list[Finding]:
    return [
        finding("f1", "conflict", "error", "deaths", "usine Sorvane",
                [c["c2"], c["c8"], c["c6"], c["c14"]],
                f"deaths of usine Sorvane: 11 ({LEMONDE}:3) vs Fourteen ({REUTERS}:3) "
                f"vs 15 ({LEMONDE}:8) vs 13 ({BLOG}:5)"),
        finding("f2", "conflict", "warning", "founded", "usine Sorvane",
                [c["c12"], c["c1"], c["c7"]],
                f"founded of usine Sorvane: 1987 ({LEMONDE}:3, {REUTERS}:3) vs 1989 ({BLOG}:3)"),
        finding("f3", "variant", "info", "director", "usine Sorvane",
                [c["c4"], c["c10"], c["c13"]],
                "director of usine Sorvane: Jean-Marc Dufrêne is likely Jean-Marc Dufresne",
                likely="Jean-Marc Dufresne"),
        finding("f4", "agreement", "info", "age", "Jean-Marc Dufresne", [c["c5"], c["c11"]],
                "age of Jean-Marc Dufresne: 54 in 2 sources"),
        finding("f5", "agreement", "info", "injured", "usine Sorvane", [c["c3"], c["c9"]],
                "injured of usine Sorvane: 23 agrees with at least 20"),
    ]


PROBLEMS = [
    Problem("articles/scan.pdf", "unsupported format 'pdf'; skipped"),
    Problem(BLOG, f"encoding guessed as cp1252 {MARKUP} {CSI}", "warning"),
]


def sample_report() -> Report:
    """Three articles: two conflicts, a variant, two agreements, two problems."""
    docs = build_documents()
    claims = build_claims(*docs)
    return Report(documents=list(docs), claims=claims,
                  findings=build_findings({x.id: x for x in claims}), problems=list(PROBLEMS))


def audit_report() -> Report:
    """A draft audited against two articles: contradicted, unsupported, confirmed items."""
    lm, rt, _ = build_documents()
    draft = document(DRAFT, DRAFT_TEXT, "fr")
    claims = [x for x in build_claims(lm, rt, document(BLOG, BLOG_TEXT, "fr"))
              if x.document != BLOG]
    factory = "usine Sorvane"
    claims += [
        claim(draft, "d1", "1989", "founded", factory, year(1989), kind="year"),
        claim(draft, "d2", "12", "deaths", factory, number(12)),
        claim(draft, "d3", "54", "age", "Jean-Marc Dufresne", number(54), kind="age"),
        claim(draft, "d4", "340", "employees", factory, number(340)),
    ]
    audit = [
        AuditItem("d3", "confirmed", ("c5", "c11"), "54", "age confirmed by 2 sources"),
        AuditItem("d4", "unsupported", (), None, "no source gives employees"),
        AuditItem("d1", "contradicted", ("c1", "c7"), "1987",
                  f"founded: draft says 1989, sources say 1987 ({LEMONDE}:3, {REUTERS}:3)"),
        AuditItem("d2", "contradicted", ("c2", "c8"), "11",
                  "deaths: draft says 12, sources say 11 or Fourteen"),
    ]
    return Report(documents=[lm, rt, draft], claims=claims, findings=[], problems=[],
                  audit=audit, draft=DRAFT)


def empty_report() -> Report:
    return Report(documents=[], claims=[])
