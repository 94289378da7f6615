"""The frame reader: each value of a sentence, dispatched by kind to the mixin that reads it."""
from __future__ import annotations

import bisect

from ..scan import Mention
from .amounts import Amounts
from .anchors import Anchors
from .counts import Counts
from .durations import Durations
from .events import Events
from .model import LEXICON, OPEN, OPEN_STRENGTH, PUNCT, WEAK, Frame, Sentence
from .qualifiers import Qualifiers

# Values a sentence lists as one ruling ("trois ans de prison, 40 000 euros d'amende et dix
# ans d'inéligibilité"): each about whom the first is about.
ENUMERATED = frozenset({"duration", "amount"})


class Reader(Counts, Amounts, Durations, Events, Anchors, Qualifiers):
    """Reads the frames of the values of one document's sentences."""

    def _possible(self, s: Sentence, i: int) -> bool:
        """Does a modal of possibility or a projection govern the value at token i: one of the three
        words before it (the modal, its verb, a preposition), in its clause, written in
        lower case ("May" is a month)? Not "the toll could further rise as 37 of the
        injured": the value is another clause's; nor a copula after the modal ("could be
        over 2,000"): an estimate."""
        modals = self.lang.words("possibility_modals")
        projections = self.lang.words("projection_nouns")
        for k in range(i - 1, max(-1, i - 4), -1):
            low = s.lows[k]
            if low in PUNCT or low == ",":
                return False
            if low in projections:
                return True  # "its revenue guidance to between $9.1bn and $9.4bn": expected
            if low in modals and s.surface[k] == low:
                # "could be over 2,000", "pourrait atteindre 50": an estimate of what is
                return k + 1 >= i or s.lemmas[k + 1] not in self.lang.words("copula_lemmas")
        return False

    def read(self, s: Sentence, mentions: list[Mention], resolve=None,
             main: tuple[str, str] | None = None) -> list[tuple[Mention, Frame] | None]:
        """The frame of each mention of sentence `s` (None: not a claim, e.g. an article).

        `resolve(offset)` gives (name key, surface) for a pronoun-led sentence, when the
        caller can resolve one."""
        content = self._content_lemmas(s, 0, len(s.lows))
        names = frozenset(n[2] for n in s.names)
        lows = s.lows
        reported = not self.hedging.isdisjoint(lows) or any(
            " ".join(lows[k:k + 2]) in self.hedging for k in s.starts_of(self._hedge_firsts, 0, len(lows) - 1))
        spans = []
        for m in mentions:
            i = s.index(m.start)
            j = max(i + 1, bisect.bisect_left(s.starts, m.num_end))
            e = max(j, bisect.bisect_left(s.starts, m.end))
            spans.append((i, e, m))
        out: list[tuple[Mention, Frame] | None] = []
        prev: Frame | None = None
        prev_end = -1
        day: tuple[Frame, int] | None = None  # the last date's frame and end
        listed: tuple[Frame, int, int] | None = None  # the last penalty-like value: frame, end, start
        for (i, e, m) in spans:
            j = max(i + 1, bisect.bisect_left(s.starts, m.num_end))
            frame = self._frame(s, m, i, j, e, spans, prev, prev_end, resolve, main)
            if frame is None:
                out.append(None)
                continue
            if frame.family == "date":
                day = (frame, e)
            elif frame.family == "time" and day is not None and day[0].event and day[1] <= i <= day[1] + 2 \
                    and all(w in self.lang.function_words or w == "," for w in s.lows[day[1]:i]):
                # "le 14 octobre à 3h42", "on 14 October at 3:42": the time of the date's event
                d = day[0]
                frame.measure, frame.strength, frame.how, frame.event = d.measure, d.strength, d.how, d.event
            frame.context = content
            frame.names = names
            frame.lang = self.lang.code
            frame.reported = frame.reported or reported
            frame.possible = self._possible(s, i)
            out.append((m, frame))
            if frame.family == "count" and frame.measure:
                prev, prev_end = frame, e
            if frame.family in ENUMERATED:
                if listed is not None and self._listed(s, listed[1], i):
                    self._same_anchor(frame, listed[0], listed[2])
                listed = (frame, e, i)
            else:
                listed = None
        self._segment(s, spans, out)
        return out

    def _listed(self, s: Sentence, end: int, i: int) -> bool:
        """Do tokens end..i-1 only join two values of one list ("à trois ans de prison, 40 000
        euros d'amende et dix ans d'inéligibilité"): a few words, a comma or an "and",
        no name and no sentence break?"""
        gap = range(end, i)
        if not 0 < len(gap) <= 6 or any(s.lows[x] in PUNCT or s.name_at(x) is not None for x in gap):
            return False
        return any(s.lows[x] == "," or s.lows[x] in self.lang.words("and_words") for x in gap)

    @staticmethod
    def _same_anchor(frame: Frame, first: Frame, first_at: int) -> None:
        """A value listed after another is about the same one, unless its own clause names
        someone after the first value ("deux ans pour Paul Roy et trois pour Léa Morel")."""
        if first.anchor is None or frame.anchor == first.anchor or (frame.anchor is not None and frame.anchor_at > first_at):
            return
        frame.anchor, frame.anchor_text, frame.anchor_how, frame.anchor_at = \
            first.anchor, first.anchor_text, first.anchor_how, first.anchor_at

    def _segment(self, s: Sentence, spans, out) -> None:
        """"280 goals for his club in 435 games and 58 for his country in 84": when one
        sentence states a measure several times, each value's context is its own stretch
        of the sentence, and its subject must be named there."""
        by_measure: dict[str, list[int]] = {}
        for x, got in enumerate(out):
            if got is not None:
                by_measure.setdefault(got[1].measure, []).append(x)
        for xs in by_measure.values():
            if len(xs) < 2:
                continue
            for n, x in enumerate(xs):
                i, e, _m = spans[x]
                lo = spans[xs[n - 1]][1] if n > 0 else 0
                hi = spans[xs[n + 1]][0] if n + 1 < len(xs) else len(s.lows)
                f = out[x][1]
                f.context = self._content_lemmas(s, lo, hi)
                if f.anchor_at >= 0 and not lo <= f.anchor_at < hi and f.anchor_how != "pronoun":
                    f.anchor = f.anchor_text = None
                    f.anchor_how = ""

    def _content_lemmas(self, s: Sentence, lo: int, hi: int) -> frozenset[str]:
        """The content lemmas of tokens lo..hi-1 (their hyphenated parts of three letters
        or more): what a value's clause talks about."""
        parts, lows, lemmas, is_content, name_at = self._parts, s.lows, s.lemmas, self.lang.is_content, s.name_at
        out: set[str] = set()
        for k in range(lo, hi):
            if is_content(lows[k]) and name_at(k) is None:  # Clauses._content, unrolled: a hot loop
                lemma = lemmas[k]
                got = parts.get(lemma)
                if got is None:
                    got = parts[lemma] = tuple(part for part in lemma.split("-") if len(part) > 2)
                out.update(got)
        return frozenset(out)

    def _frame(self, s, m: Mention, i, j, e, spans, prev, prev_end, resolve, main=None) -> Frame | None:
        a, b = s.clause(i, e)
        places: set[int] = set()
        marks = self.lang.marks
        back = i - 1 if i > 0 and s.lows[i - 1] == "(" else i
        if marks["negations"].ending_at(s.lemmas, back, s.lows):
            return None  # "onze morts (et non 13)": denied, not stated
        if m.kind in ("date", "time") or (m.kind == "number" and m.yearish):
            if marks["bounds"].ending_at(s.lemmas, i, s.lows):
                return None  # "avant mardi", "by 2030": a bound, not when it happened
        if m.kind == "number":
            if i > 0 and 1 <= len(s.surface[i - 1]) <= 4 and s.surface[i - 1].isalpha() and s.surface[i - 1].isupper() \
                    and not m.value.hedge:
                return None  # "la RD 613", "the A7", "le G20", "the CAC 40": a name's number, no count
            if i > 1 and s.lows[i - 1] == "-" and s.surface[i - 2][:1].isupper() \
                    and s.starts[i] == s.ends[i - 1] and s.starts[i - 1] == s.ends[i - 2]:
                return None  # "the Corla-4 probe", "la pandémie de Covid-19": a name's number
            if m.yearish and self._is_year(s, i, e, b):
                return self._dated(s, m, i, e, a, b, "year", spans, resolve)
            if self._unitless_label(s, i, a, e):
                return self._quantity(s, m, i, j, e, a, b, spans, places, resolve)  # "une magnitude de 5,9"
            return self._count(s, m, i, j, e, a, b, spans, prev, prev_end, places, resolve)
        if m.kind == "date":
            return self._dated(s, m, i, e, a, b, "date", spans, resolve)
        if m.kind == "time":
            return self._dated(s, m, i, e, a, b, "time", spans, resolve)
        if m.kind == "amount":
            return self._amount(s, m, i, j, e, a, b, spans, places, resolve, main)
        if m.kind == "quantity":
            return self._quantity(s, m, i, j, e, a, b, spans, places, resolve)
        if m.kind == "duration":
            return self._duration(s, m, i, j, e, a, b, spans, places, resolve, main)
        if m.kind == "percent":
            return self._percent(s, m, i, j, e, a, b, spans, places, resolve)
        if m.kind == "score":
            return Frame("score", "score", LEXICON, "score")  # a match's score: both sides, no one subject
        if m.kind == "ordinal":
            k = self.noun_after(s, e, b)
            f = Frame("ordinal", OPEN + s.lemmas[k] if k is not None else "rank", OPEN_STRENGTH if k is not None else WEAK,
                      "noun")
            self._anchor(f, s, i, e, a, b, places, resolve)
            return f
        return None
