"""Extract the claims of one document: every value with its frame, and the names.

    scan.py    every value as written (numbers, amounts, measures, dates, times...)
    frames/    what each value measures, about what, with which qualifiers
    rules/     rule files refine frames where they match, and add name, alias and
               role claims (rulematch.py)

Every value in the body becomes a claim, whether or not any rule knows its phrasing:
the frame decides what it can be compared with, alignment decides whether it is.
Page furniture gives no claims. A huge document is handled a chunk of sentences at a
time, so memory holds the claims, never all the matches; a file read in slices
(slices.py) is extracted one slice after another, so memory holds one slice's claims.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import replace

from .entities import Entities, fold
from .frames import DIMENSION, OPEN, Frame, Reader, Sentence
from .frames.model import Surface
from .kinds import KINDS
from .language import Language, language, tokens
from .model import Claim, Document, Value
from .rulematch import Candidate, Extractor, MentionMatch
from .ruleset import Rule, Ruleset
from .scan import Mention, scan, scanner_hits
from .values import build_value, number_display

CHUNK_SENTENCES = 2000
MAX_SENTENCE_TOKENS = 400  # a longer "sentence" is a table or a list: read its values alone
WINDOW = 50  # tokens either side of a value in such a sentence (about 300 characters of prose)
_READERS: dict[str, Reader] = {}


def reader(lang: Language) -> Reader:
    if lang.code not in _READERS:
        _READERS[lang.code] = Reader(lang)
    return _READERS[lang.code]


def extract(doc: Document, ruleset: Ruleset, extractor: Extractor | None = None) -> list[Claim]:
    """Claims of one document, in text order, with provisional ids."""
    return list(iter_claims(doc, ruleset, extractor))


def iter_claims(doc: Document, ruleset: Ruleset, extractor: Extractor | None = None,
                first_id: int | None = None) -> Iterator[Claim]:
    """Claims of one document in text order, a chunk of sentences at a time. With
    `first_id`, claims are numbered C<first_id>, C<first_id + 1>... as they are built.

    A file read in slices (`doc.plan`, see slices.py) is read and extracted one slice
    after another, numbering on: only one slice's text and claims are held at a time,
    and the document-level passes (main subject, salience) see one slice."""
    extractor = extractor or Extractor(ruleset)
    counter = [first_id]
    if doc.plan is None:
        yield from _claims_of(doc, extractor, counter)
        return
    from .slices import parts

    for part in parts(doc):
        yield from _claims_of(part, extractor, counter)


def _claims_of(doc: Document, extractor: Extractor, counter: list) -> list[Claim]:
    lang = language(doc.language)
    ents = Entities(doc)
    sentences = doc.sentences or [(0, len(doc.text))]
    claims: list[Claim] = []
    for first in range(0, len(sentences), CHUNK_SENTENCES):
        chunk = sentences[first:first + CHUNK_SENTENCES]
        claims.extend(_chunk(doc, lang, ents, extractor, first, chunk, counter))
    _salience(doc, claims)
    return claims


def _next_id(doc: Document, start: int, counter: list) -> str:
    if counter[0] is None:
        return f"{doc.id}#{doc.offset + start}"
    counter[0] += 1
    return f"C{counter[0] - 1}"


def _chunk(doc: Document, lang: Language, ents: Entities, extractor: Extractor, first: int,
           chunk: list[tuple[int, int]], counter: list) -> list[Claim]:
    text = doc.text
    lo, hi = chunk[0][0], chunk[-1][1]
    hits = scanner_hits(text, lang.code, lo, hi)  # one scanner pass for values and rules
    found = scan(text, lang.code, lo, hi, doc.date, hits)
    cands = extractor.candidates(doc, first, first + len(chunk), hits)
    rules_at = {}
    for c in cands:
        if c.rule.kind not in ("name", "alias", "person"):
            rules_at.setdefault((c.start, c.end), c)
    out: list[tuple[int, int, str, Claim]] = []
    starts = [s for s, _ in chunk]
    by_sentence: dict[int, list[Mention]] = {}
    for m in found:
        i = max(0, bisect.bisect_right(starts, m.start) - 1)
        by_sentence.setdefault(i, []).append(m)
    read = reader(lang)
    read.adjectival = ents.adjectival
    read.persons = ents.persons
    resolve = _resolver(doc, ents)
    main = (ents.main.key, ents.main.surface) if ents.main is not None and " " in ents.main.key else None
    used_rules: set[int] = set()
    said: dict[int, str] = {}  # sentence texts by start: one string per sentence, shared by its claims
    for i, mentions in sorted(by_sentence.items()):
        s_lo, s_hi = chunk[i]
        sent = _sentence(doc, lang, ents, s_lo, s_hi)
        if sent is not None:
            frames = read.read(sent, mentions, resolve, main)
        else:
            # A "sentence" of thousands of words (a table, a run-on list): each value is
            # read in a window of its own, so work stays bounded per value.
            # Tokens and lemmas are read once for the whole run, each window is a slice.
            toks = tokens(text, s_lo, s_hi)
            lows = [t for _s, _e, t in toks]
            lemmas = lang.lemmas(lows)
            at = [t[0] for t in toks]
            frames = [] if toks else [None] * len(mentions)
            for m in mentions if toks else ():
                x = max(0, bisect.bisect_right(at, m.start) - 1 - WINDOW)
                y = min(len(toks), bisect.bisect_left(at, m.end) + WINDOW)
                w = _built(doc, ents, toks[x:y], lows[x:y], lemmas[x:y])
                frames.extend(read.read(w, [m], resolve, main))
        sentence = said[s_lo] = text[s_lo:s_hi]
        for m, got in zip(mentions, frames):
            if got is None:
                continue
            _m, frame = got
            zone = doc.zone_at(m.start)
            if zone == "furniture":
                continue
            rule = _refine(frame, m, rules_at, used_rules)
            make = _claim(doc, ents, m, frame, zone, sentence, rule)
            if make is not None:
                out.append((m.start, m.end, rule.id if rule else "frame", make))
    for c in cands:
        if c.rule.kind in ("name", "alias", "person"):
            continue
        if id(c) in used_rules:
            continue
        make = _rule_claim(doc, ents, c, said)
        if make is not None:
            out.append((c.start, c.end, c.rule.id, make))
    out.extend(_name_claims(doc, ents, extractor, cands, lo, hi, said))
    out.sort(key=lambda x: (x[0], x[1], x[2]))
    claims = []
    for *_k, make in out:
        claims.append(make(_next_id(doc, _k[0], counter)))  # numbered in text order
    return claims


def _sentence(doc: Document, lang: Language, ents: Entities, lo: int, hi: int) -> Sentence | None:
    toks = tokens(doc.text, lo, hi)
    if not toks or len(toks) > MAX_SENTENCE_TOKENS:
        return None
    lows = [t for _s, _e, t in toks]
    return _built(doc, ents, toks, lows, lang.lemmas(lows))


def _built(doc: Document, ents: Entities, toks: list, lows: list[str], lemmas: list[str]) -> Sentence:
    """The Sentence of these tokens (at least one), with the names inside it."""
    lo, hi = toks[0][0], toks[-1][1]
    starts, ends = [s for s, _e, _t in toks], [e for _s, e, _t in toks]
    sent = Sentence(lo, hi, starts, ends, lows, lemmas, Surface(doc.text, starts, ends))
    k = bisect.bisect_left(ents.starts, lo)
    while k < len(ents.mentions) and ents.mentions[k].start < hi:
        m = ents.mentions[k]
        i = sent.index(m.start)
        j = bisect.bisect_left(sent.starts, m.end)
        if i < j:
            sent.names.append((i, j, m.key, m.surface))
        k += 1
    if ents.roles:
        _role_references(sent, ents)
    return sent


def _role_references(sent: Sentence, ents: Entities) -> None:
    """"La peintre Oriane Roy ... la peintre a signé 1 800 toiles": a role the article
    put before a full name stands for that person when written again after a reference
    determiner, with no name of its own after it."""
    named = {x for n in sent.names for x in range(n[0], n[1])}
    lows = sent.lows
    extra = [(k, k + 1, ents.roles[lows[k]], sent.surface[k]) for k in range(1, len(lows))
             if lows[k] in ents.roles and k not in named and k + 1 not in named and lows[k - 1] in ents.role_refs]
    if extra:
        sent.names = sorted(sent.names + extra)


def _resolver(doc: Document, ents: Entities):
    """Who a pronoun at an offset stands for: the first name of the nearest earlier
    sentence that has one (a person's full name first), within three sentences."""
    starts = [lo for lo, _hi in doc.sentences]

    def resolve(offset: int, want=None):
        """`want(key)`: only names it accepts (the people: `Entities.persons`)."""
        i = bisect.bisect_right(starts, offset) - 1
        for j in range(i - 1, max(-1, i - 4), -1):
            lo, hi = doc.sentences[j]
            k = bisect.bisect_left(ents.starts, lo)
            names = []
            while k < len(ents.mentions) and ents.mentions[k].start < hi:
                if want is None or want(ents.mentions[k].key):
                    names.append(ents.mentions[k])
                k += 1
            if names:
                best = next((m for m in names if " " in m.key), names[0])
                return best.key, best.surface
        return None
    return resolve


def _refine(frame: Frame, m: Mention, rules_at: dict, used: set[int]) -> Rule | None:
    """A rule whose value is this one sets the measure (and its named groups the anchor
    and place): rules map phrasing to measures."""
    for (s, e), cand in rules_at.items():
        if s < m.end and m.start < e:
            used.add(id(cand))
            rule = cand.rule
            frame.measure, frame.strength, frame.how = rule.attribute, 1.0, "rule"
            groups = cand.match.groupdict()
            if groups.get("where"):
                frame.place, frame.place_text = fold(groups["where"]), groups["where"]
            if groups.get("subject"):
                frame.anchor, frame.anchor_text, frame.anchor_how = fold(groups["subject"]), groups["subject"], "text"
            return rule
    return None


def _value(m: Mention, frame: Frame) -> Value:
    v = m.value
    if m.alts:
        v = replace(v, alts=tuple(m.alts))
    if frame.family == "year" and v.type == "number":
        year = int(v.point)
        v = Value("year", v.display, point=v.point, low=v.low, high=v.high, hedge=v.hedge, year=year,
                  granularity="year", resolved_from=v.resolved_from)
    elif frame.family == "age" and v.unit and v.unit.startswith("seconds"):
        years = 31556952.0
        v = Value("number", number_display(v.point / years, v.low / years, v.high / years, v.hedge, None),
                  point=v.point / years, low=v.low / years, high=v.high / years, hedge=v.hedge, unit="years")
    elif frame.family == "age":
        v = replace(v, unit="years")
    return v


def attribute_of(frame: Frame) -> str:
    """The measure as shown to people: "deaths", "chanson", "mass"."""
    measure = frame.measure.lstrip(OPEN)
    return measure[len(DIMENSION):] if measure.startswith(DIMENSION) else measure


def qualifier_of(frame: Frame) -> str | None:
    parts = []
    if frame.place_text and frame.family not in ("year", "date", "time"):
        parts.append(f"in {frame.place_text}")
    if frame.group:
        parts.append(frame.group)
    if frame.event and frame.family in ("age", "duration") and frame.event.lstrip(OPEN) != attribute_of(frame):
        parts.append(f"at {frame.event.lstrip(OPEN)}")
    if frame.time:
        parts.append(frame.time)
    if frame.rate:
        parts.append(f"per {frame.rate}")
    if frame.part:
        parts.append("part")
    return ", ".join(parts) or None


def _claim(doc: Document, ents: Entities, m: Mention, frame: Frame, zone: str, sentence: str,
           rule: Rule | None):
    """A maker of the claim of a framed value (it takes the claim's id), or None."""
    if not frame.measure:
        return None
    value = _value(m, frame)
    if frame.anchor_text:
        subject, key, how = frame.anchor_text, frame.anchor or "", "text" if frame.anchor_how != "pronoun" else "pronoun"
    else:
        subject = ents.main.surface if ents.main else "(document)"
        key, how = (ents.main.key if ents.main else ""), "main"
    line, col = doc.line_col(m.start)
    return lambda cid: Claim(id=cid, document=doc.id, kind=frame.family,
                             attribute=attribute_of(frame), subject=subject, subject_key=key, value=value,
                             text=doc.text[m.start:m.end], start=doc.offset + m.start, end=doc.offset + m.end,
                             line=line, column=col,
                             sentence=sentence, rule=rule.id if rule else "frame", zone=zone,
                             hedged=frame.reported, qualifier=qualifier_of(frame), subject_from=how, frame=frame)


def _rule_claim(doc: Document, ents: Entities, c: Candidate, said: dict[int, str]):
    """A rule match on a value the scanner did not find (a relative date, say)."""
    kind = KINDS[c.rule.kind]
    groups = c.match.groupdict()
    value = build_value(kind.value_type, c.match.group("value"), doc.language, groups.get("unit"), doc.date)
    if value is None or doc.zone_at(c.start) == "furniture":
        return None
    family = kind.family
    frame = Frame(family, c.rule.attribute, 1.0, "rule")
    m = Mention(c.start, c.end, family, value, c.end)
    return _claim(doc, ents, m, frame, doc.zone_at(c.start), _sentence_text(doc, c.start, said), c.rule)


def _name_claims(doc: Document, ents: Entities, extractor: Extractor, cands: list[Candidate],
                 lo: int, hi: int, said: dict[int, str]) -> list[tuple]:
    """Name mentions (from the entity scan), aliases and roles (from rules)."""
    lang = doc.language if doc.language in ("fr", "en") else "en"
    name_rule = next((r for r in extractor.ruleset.rules if r.kind == "name" and lang in r.patterns), None)
    out = []
    picked = [c for c in cands if c.rule.kind in ("alias", "person")]
    if name_rule is not None:
        i = bisect.bisect_left(ents.starts, lo)
        while i < len(ents.mentions) and ents.mentions[i].start < hi:
            mm = ents.mentions[i]
            picked.append(Candidate(name_rule, MentionMatch(doc.text, mm.start, mm.end), mm.start, mm.end))
            i += 1
    alias_spans = tuple((c.start, c.end) for c in picked if c.rule.kind == "alias")
    for c in picked:
        zone = doc.zone_at(c.start)
        if zone == "furniture":
            continue
        value = build_value("name", c.match.group("value"), lang, None, doc.date)
        if value is None:
            continue
        subject, how = _name_subject(doc, ents, c, alias_spans)
        line, col = doc.line_col(c.start)
        args = dict(document=doc.id, kind=c.rule.kind, attribute=c.rule.attribute, subject=subject,
                    subject_key=fold(subject), value=value, text=doc.text[c.start:c.end],
                    start=doc.offset + c.start, end=doc.offset + c.end, line=line, column=col,
                    sentence=_sentence_text(doc, c.start, said), rule=c.rule.id, zone=zone, subject_from=how)
        out.append((c.start, c.end, c.rule.id, lambda cid, args=args: Claim(id=cid, **args)))
    return out


def _sentence_text(doc: Document, offset: int, said: dict[int, str]) -> str:
    """The sentence holding `offset`, one string for all the claims it holds (`said`:
    the sentences' texts by start, filled as claims need them)."""
    s_lo, s_hi = doc.sentence_at(offset)
    text = said.get(s_lo)
    if text is None:
        text = said[s_lo] = doc.text[s_lo:s_hi]
    return text


def _name_subject(doc: Document, ents: Entities, c: Candidate, alias_spans) -> tuple[str, str]:
    if c.rule.kind == "name":
        return c.match.group("value"), "text"
    groups = c.match.groupdict()
    if groups.get("first") and groups.get("last"):
        return f"{groups['first']} {groups['last']}", "text"
    if groups.get("subject"):
        words = groups["subject"].split()
        return (" ".join(words[-2:]) if len(words) > 3 else " ".join(words)), "text"
    exclude = alias_spans + ((c.start, c.end),)
    found, how = ents.subject_at(c.start, exclude)
    if how == "main" and c.rule.kind == "alias":
        s_lo, s_hi = doc.sentence_at(c.start)
        after = ents.first_in(c.end, s_hi, exclude)
        if after is not None:
            return after.surface, "text"
    if found is None:
        return "(document)", "main"
    return found.surface, how


def _salience(doc: Document, claims: list[Claim]) -> None:
    """How central a value is to its article: stated in the headline or the lead, or
    stated more than once. Alignment pairs the central figures of two articles first."""
    seen: dict[tuple, int] = {}
    for c in claims:
        if c.frame is not None:
            k = (c.frame.measure, c.value.display)
            seen[k] = seen.get(k, 0) + 1
    lead_end = doc.sentences[1][1] if len(doc.sentences) > 1 else len(doc.text)
    if doc.offset:
        lead_end = 0  # a later slice of a long file (its claims' starts are the file's): no lead
    for c in claims:
        f = c.frame
        if f is None:
            continue
        score = 0.0
        if c.zone == "headline":
            score += 1.0
        elif c.start < lead_end:
            score += 0.5
        score += 0.5 * min(2, seen[(f.measure, c.value.display)] - 1)
        f.salience = score
