"""Match rule files against a document: one keyword pass, then rule patterns sentence by sentence.

Running every rule's regex over the whole text is slow (dozens of passes). Instead one
combined regex finds the rules' keywords; only the sentences holding a keyword are
handed to the rules that keyword belongs to. A match is located at its `value` group;
when two rules match the same value, the most specific one (priority, then the
tighter match) wins. extract.py turns matches into claims or uses them to refine the
frame of a value the scanner found.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from . import compiled
from .kinds import KINDS
from .model import Document
from .patterns import expand
from .ruleset import Rule, Ruleset

DATE_LEADS = {"{DATE}"}
NUMBER_LEADS = {"{QTY}", "{NUM}"}
YEAR_LEADS = {"{QTY}", "{NUM}", "{YEAR}", "{PREPYEAR}"}
GROUP_NAME = re.compile(r"\(\?P<(\w+)>")  # a tail's groups, read without compiling it
YEARISH = re.compile(r"1[5-9]\d\d|20\d\d")


def _kw_key(found: str) -> str:
    return " ".join(found.lower().replace("\u2019", "'").split()) or found


def _keyword_regex(keywords: list[str]) -> re.Pattern | None:
    """One scan for every rule keyword. Word keywords start a word; others ("%", "“")
    may follow anything. Built as a case-variant trie: a case-insensitive alternation
    with a lookbehind per keyword scans at well under 1 MB/s."""
    from .normalize.lang import alternation, longest_first

    words = [k for k in keywords if k[:1].isalnum()]
    other = [k for k in keywords if not k[:1].isalnum()]
    parts = []
    if words:
        parts.append(r"\b" + alternation(words, whole=False))
    if other:
        parts.append("|".join(re.escape(k) for k in longest_first(other)))
    return compiled.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


class MentionMatch:
    """Stands in for a regex match over a name the entity scan found."""

    def __init__(self, text: str, start: int, end: int):
        self._text, self._start, self._end = text, start, end

    def group(self, name: str = "value") -> str:
        return self._text[self._start:self._end]

    def groupdict(self) -> dict:
        return {"value": self.group()}

    def start(self, name: str = "value") -> int:
        return self._start

    def end(self, name: str = "value") -> int:
        return self._end


class LeadMatch:
    """A value matched by its lead placeholder plus the rest of one rule's pattern,
    seen as that rule's own match."""

    def __init__(self, lead: re.Match, tail: re.Match, names: dict[str, str]):
        self._lead, self._tail, self._names = lead, tail, names  # rule group -> combined group

    def group(self, name: str = "value"):
        if name == "value":
            return self._lead.group("value")
        return self._tail.group(self._names[name]) if name in self._names else None

    def groupdict(self) -> dict:
        out = {k: self._tail.group(v) for k, v in self._names.items()}
        out["value"] = self._lead.group("value")
        return out

    def start(self, name: str | None = None) -> int:
        return self._lead.start("value") if name == "value" else self._lead.start()

    def end(self, name: str | None = None) -> int:
        return self._lead.end("value") if name == "value" else self._tail.end()


@dataclass(slots=True, unsafe_hash=True)
class Candidate:
    """A rule's match; not changed once built (not frozen, for the reason model.Value
    gives)."""

    rule: Rule
    match: re.Match
    start: int
    end: int


def _candidate(rule: Rule, m: re.Match, text: str) -> Candidate:
    start, end = m.start("value"), m.end("value")
    if rule.kind == "date":
        start = _trim_lead(text, start, end)
    return Candidate(rule, m, start, end)


class Extractor:
    """Compiled keyword index for one ruleset, reusable over many documents."""

    def __init__(self, ruleset: Ruleset):
        self.ruleset = ruleset
        self._index: dict[str, tuple[re.Pattern | None, dict[str, list[Rule]], list[Rule]]] = {}
        self._pats: dict[tuple[str, str], list[re.Pattern]] = {}
        self._comb: dict[str, tuple] = {}

    def _lang_index(self, lang: str):
        if lang not in self._index:
            by_kw: dict[str, list[Rule]] = {}
            always: list[Rule] = []
            for rule in self.ruleset.rules:
                if lang not in rule.patterns:
                    continue
                kws = rule.keywords.get(lang, ())
                if not kws:
                    always.append(rule)
                for kw in kws:
                    by_kw.setdefault(_kw_key(kw), []).append(rule)
            rx = _keyword_regex(list(by_kw))
            self._index[lang] = (rx, by_kw, always)
        return self._index[lang]

    def candidates(self, doc: Document, first: int = 0, last: int | None = None,
                   hits: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
        """Every rule match in sentences first..last-1 of the document, overlaps resolved.

        Patterns that start with their value ({QTY}, {YEAR}, {DATE}) are only tried where
        the one-pass scanner found a number or a date; the others run over the sentences
        holding one of their keywords; keyword-less rules run at every scanner hit.
        `hits`: the scanner's candidates over those sentences, when the caller has them.
        """
        from .patterns import scanner

        lang = doc.language if doc.language in ("fr", "en") else "en"
        rx, by_kw, always = self._lang_index(lang)
        text = doc.text
        sentences = (doc.sentences or [(0, len(text))])[first:last]
        if not sentences:
            return []
        starts = [s for s, _ in sentences]
        begin, stop = sentences[0][0], sentences[-1][1]
        if hits is None:  # the one-pass scanner's candidates, unless the caller has them
            hits = [(m.start(), m.end(), m.lastgroup) for m in scanner(lang).finditer(text, begin, stop)]
        todo: dict[int, dict[str, Rule]] = {}
        if rx is not None:
            for m in rx.finditer(text, begin, stop):
                i = max(0, bisect.bisect_right(starts, m.start()) - 1)
                rules = todo.setdefault(i, {})
                for rule in by_kw.get(_kw_key(m.group()), ()):
                    rules[rule.id] = rule
        found: list[Candidate] = []
        leads = self._combined(lang)
        j = 0
        for h0, h1, what in hits if leads else ():  # no value-first rule: nothing to try at hits
            while j + 1 < len(starts) and starts[j + 1] <= h0:
                j += 1
            lo, hi = sentences[j]
            # Only the leads that can start here: dates at date hits, years at 4-digit hits.
            kinds = DATE_LEADS if what == "d" else (YEAR_LEADS if YEARISH.fullmatch(text, h0, h1) else NUMBER_LEADS)
            points = None
            for lead, lead_rx, tails, meta in leads:
                if lead not in kinds:
                    continue
                if points is None:
                    points = anchors(text, h0, lo, lang)
                for a in points:
                    lm = lead_rx.match(text, a, hi)
                    if lm is None or not (lm.start("value") < h1 and h0 < lm.end("value")):
                        continue
                    tm = tails.match(text, lm.end(), hi)
                    if tm is not None:
                        rule, names = meta[tm.lastgroup]
                        found.append(_candidate(rule, LeadMatch(lm, tm, names), text))
                        break
        for i in sorted(todo):
            lo, hi = sentences[i]
            for rule in todo[i].values():
                for pat in self._scanned(rule, lang):
                    for m in pat.finditer(text, lo, hi):
                        if m.end("value") > m.start("value"):
                            found.append(_candidate(rule, m, text))
        for rule in always:
            if rule.kind == "name":
                continue  # names come from the entity scan (entities.py)
            for pat in self._scanned(rule, lang):
                for m in pat.finditer(text, begin, stop):
                    if m.end("value") > m.start("value"):
                        found.append(_candidate(rule, m, text))
        return resolve_overlaps(found)

    def _combined(self, lang: str) -> list[tuple[re.Pattern, re.Pattern, dict]]:
        """Value-first patterns, split into their lead ({QTY}, {YEAR}, {DATE}...) and the
        rest. At each scanner hit the lead is matched once and the rests of every rule,
        most specific first, are tried as one alternation: one C call instead of dozens
        of Python-level matches that each re-parse the number."""
        if lang in self._comb:
            return self._comb[lang]
        by_lead: dict[str, tuple[list[str], dict]] = {}
        rules = sorted((r for r in self.ruleset.rules if lang in r.patterns),
                       key=lambda r: (-r.priority, not r.conflicts, r.id))
        k = 0
        for rule in rules:
            for raw, leads in zip(rule.patterns[lang], rule.value_first(lang)):
                if not leads:
                    continue
                raw = raw.lstrip()
                lead = raw[:raw.index("}") + 1]
                tail = expand(raw[len(lead):], lang)
                names = {g: f"g{k}_{g}" for g in GROUP_NAME.findall(tail)}
                for g, new in names.items():
                    tail = tail.replace(f"(?P<{g}>", f"(?P<{new}>")
                parts, meta = by_lead.setdefault(lead, ([], {}))
                parts.append(f"(?P<alt{k}>{tail})")
                meta[f"alt{k}"] = (rule, names)
                k += 1
        out = []
        for lead, (parts, meta) in by_lead.items():
            lead_src = expand(lead, lang)
            if "(?P<value>" not in lead_src:
                lead_src = f"(?P<value>{lead_src})"
            out.append((lead, compiled.compile(lead_src), compiled.compile("|".join(parts)), meta))
        self._comb[lang] = out
        return out

    def _scanned(self, rule: Rule, lang: str) -> list[re.Pattern]:
        """The rule's patterns that do not start with their value, compiled once. The
        others live only in `_combined`: compiling them whole too would double start-up."""
        key = (rule.id, lang)
        if key not in self._pats:
            self._pats[key] = [compiled.compile(expand(raw, lang))
                               for raw, leads in zip(rule.patterns[lang], rule.value_first(lang))
                               if not leads]
        return self._pats[key]


LEAD_WORDS = re.compile(r"(?i:le|la|l['’]|les|du|on|en|in|the|ce|cette|at|of|depuis|since)\s+"
                        r"(?!(?i:mois|semaine|année|an|month|week|year|dernier|dernière|last|this)\b)")


def _trim_lead(text: str, start: int, end: int) -> int:
    """A date's value starts after a leading article or preposition ('le 4 juin')."""
    m = LEAD_WORDS.match(text, start, end)
    return m.end() if m and m.end() < end else start


@lru_cache(maxsize=4)
def _prefix_phrases(lang: str) -> frozenset[str]:
    """Words that may stand right before a value: hedges, prepositions, currencies."""
    from .normalize.lang import load

    data = load(lang)
    words = {w for key in ("hedge_approx", "hedge_min", "hedge_max", "hedge_range") for w in data[key]}
    words |= {"en", "in", "de", "d'", "of", "depuis", "since", "dès", "vers", "le", "la", "les", "l'",
              "on", "the", "au", "à", "at", "by", "from", "to", "ce", "cette", "$", "€", "£", "us$"}
    return frozenset(" ".join(w.lower().replace("’", "'").split()) for w in words)


@lru_cache(maxsize=4)
def _last_words(lang: str) -> frozenset[str]:
    return frozenset(p.split()[-1] for p in _prefix_phrases(lang))


def _word_before(text: str, i: int, lo: int) -> tuple[int, str]:
    """Start and lowercased text of the word ending before offset `i` (spaces skipped);
    a currency symbol is a word of its own ('$4,500')."""
    while i > lo and text[i - 1].isspace():
        i -= 1
    if i > lo and text[i - 1] in "$€£":
        j = i - 1
        if text[max(lo, j - 2):j] == "US":
            j -= 2
        return j, text[j:i].lower()
    m = _WORD_END.search(text, max(lo, i - 40), i)  # the word's last 40 characters at most:
    j = m.start()  # longer, it is no hedge or preposition anyway
    return j, text[j:i].lower().replace("’", "'")


_WORD_END = re.compile(r"[^\s$€£(\"“«]*+\Z")


def anchors(text: str, start: int, lo: int, lang: str) -> list[int]:
    """Where a rule may start for a value at `start`: the value itself, or the start of
    the hedges, prepositions and currency symbols just before it ('au moins', '$')."""
    phrases, last = _prefix_phrases(lang), _last_words(lang)
    best = pos = start
    while pos > lo:
        j, word = _word_before(text, pos, lo)
        if not word or word not in last:
            break
        # The longest known phrase ending with this word ("au moins", "no fewer than").
        words, starts, k = [word], [j], j
        for _ in range(2):
            k2, w2 = _word_before(text, k, lo)
            if not w2:
                break
            words.insert(0, w2)
            starts.insert(0, k2)
            k = k2
        for n in range(len(words), 0, -1):
            if " ".join(words[-n:]) in phrases:
                best = pos = starts[-n]
                break
        else:
            break
    return [best, start] if best < start else [start]


def resolve_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep, for each stretch of text, the most specific candidate."""
    def rank(c: Candidate):
        extra = sum(1 for g in ("subject", "where", "what") if c.match.groupdict().get(g))
        # The widest value ("Between 160 and 180" over "180"), then the tightest context.
        width = c.start - c.end if KINDS[c.rule.kind].value_type in ("number", "year") else 0
        return (-c.rule.priority, not c.rule.conflicts, -extra, width,
                c.match.end() - c.match.start(), c.rule.id)

    names = {(c.start, c.end): c for c in sorted(found, key=rank, reverse=True) if c.rule.kind == "name"}
    taken: set[int] = set()  # offsets covered by kept values: values are short
    kept: list[Candidate] = []
    for c in sorted((c for c in found if c.rule.kind != "name"), key=rank):
        span = range(c.start, max(c.end, c.start + 1))
        if any(i in taken for i in span):
            continue
        taken.update(span)
        kept.append(c)
    return sorted(kept + list(names.values()), key=lambda c: (c.start, c.end, c.rule.id))
