"""Find every value a text states, with what is glued to it.

One scanner regex (normalize.numbers + normalize.dates) finds candidate numbers, number
words and dates in a single pass; a little Python around each hit reads the hedge before
it ("au moins", "more than"), a currency symbol, a second number making a range ("entre
160 et 180", "18,000 to 20,000", "trois ou quatre"), a change ("passé de 10 à 12"), and
what follows: a scale word, a currency, a unit, a percent sign, a time unit (and the
rest of a compound duration: "deux mois et 29 jours"), a time of day ("9h34", "9:30
am"), an ordinal ("63e", "21st"), a score ("5-0"). A parenthetical conversion right after
an amount or a measure ("100 million euros ($110 million)", "50 miles (80 km)") is read
as the same value in another unit.

The result is a list of `Mention`s; the frame reader (frames.py) says what each one
measures. Nothing here decides that a value is a toll or an age.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from . import compiled
from .language import Language, language
from .model import Value
from .normalize.dates import DateValue, parse_date, relative_pattern, resolve_relative
from .normalize.hedges import classify_hedge, hedge_pattern, to_range
from .normalize.lang import longest_first
from .normalize.numbers import parse_number
from .patterns import compact_number, scanner
from .values import number_display

MAX_NUMBER = 1e15
_MINUTES = r"min|mn|minutes?"  # a duration's minutes after its hours ("2 h 04 min", "13 heures et 5 minutes")
_YEAR_END = re.compile(r"(?<![\d.,\u00a0\u202f ])\d{4}$|(?<=[^\d.,\s\u00a0\u202f])\d{4}$|(?<=\s)(?<!\d\s)\d{4}$")
KINDS = ("number", "amount", "quantity", "duration", "percent", "date", "time", "score", "ordinal")


@dataclass(slots=True)
class Mention:
    """One value as written: [start, end) covers hedge, currency, number(s) and unit."""

    start: int
    end: int
    kind: str  # one of KINDS; the frame reader may make a number a year, a count or an age
    value: Value
    num_end: int  # where the value's number part ends (a counted noun comes after it)
    unit: str | None = None  # the unit or currency as written, lowercased
    article: bool = False  # "a", "un" alone: a count only when the clause makes it one
    yearish: bool = False  # a plain four-digit number that may be a year
    previous: bool = False  # the old figure of a change ("passé de 10 à 12": 10)
    alts: list[Value] = field(default_factory=list)  # the same value in other units
    period: bool = False  # an end of a period ("de décembre 2016 à mai 2017")


def _words(items) -> str:
    parts = longest_first(w.lower() for w in items)
    return "|".join(re.escape(w).replace(r"\ ", r"[\s\u00a0]+").replace("'", "['’]") for w in parts)


class Scanner:
    """The compiled value patterns of one language."""

    def __init__(self, lang: Language):
        self.lang = lang
        d = lang.data
        self.rx = scanner(lang.code)
        num = compact_number(lang.code)
        self.num = compiled.compile(num)
        hedge = hedge_pattern(lang.code)
        self.hedge_before = compiled.compile(rf"(?P<h>{hedge})[\s\u00a0]*$")
        starters = _words(d["range_starters"])
        self.old_year_before = compiled.compile(rf"(?i:(?<!\w)(?:{_words(d['old_year_openers'])}))[\s\u00a0]+$")
        self.decade_before = compiled.compile(rf"(?i:(?<!\w)(?:{_words(d['decade_openers'])}))[\s\u00a0]+$") \
            if d["decade_openers"] else None
        self.decade_after = compiled.compile(rf"(?i:{_words(d['decade_suffixes'])})(?![^\W\d_])") \
            if d["decade_suffixes"] else None
        self.determiner = compiled.compile(rf"(?i:(?<!\w)(?:{_words(d['determiners'])})(?:(?<=['’])|(?!\w)))")
        self.starter_before = compiled.compile(rf"(?i:(?<!\w)(?:{starters}))[\s\u00a0]*$")
        self.cur_before = compiled.compile(r"(?:(?<![A-Za-z])(?:US|C|A|AU|NZ|HK|S))?[$€£¥][\s\u00a0]?$")
        seps = r"\s*[-–—]\s*|-?\s+(?i:à|a|to|et|and|ou|or)\s+|\s*/\s*"
        self.shared_unit = compiled.compile(rf"[\s\u00a0]+(?i:et|and|ou|or)[\s\u00a0]+(?:{num})(?=[\s\u00a0-])")
        self.range_tail = compiled.compile(rf"(?P<sep>{seps})(?P<cur>(?:US|C|A)?[$€£][\s\u00a0]?)?(?P<n>{num})")
        currencies = _words(d["currencies"])
        money_scales = _words(d["money_scales"])
        self.cur_after = compiled.compile(
            rf"[\s\u00a0]?(?:(?P<sc>{money_scales})(?![^\W\d_])[\s\u00a0]?)?(?:(?i:de[\s\u00a0]+|d['’]|of[\s\u00a0]+))?"
            rf"(?P<cur>(?i:{currencies})|[€$£¥])(?![^\W\d_])(?:[\s\u00a0]+(?P<cdn>(?i:cdn|us|usd|aud|cad)))?",
            re.IGNORECASE)
        self.money_scale = {k.lower(): v for k, v in d["money_scales"].items()}
        self.currency = {k.lower(): v for k, v in d["currencies"].items()}
        self.percent = compiled.compile(r"[\s\u00a0]?(?:%|(?i:pour[\s\u00a0]?cent|per[\s\u00a0]?cent|percent))(?!\w)")
        units = {k.lower(): v for k, v in d["units"].items()}
        self.units = units
        self.unit_after = compiled.compile(rf"(?:[\s\u00a0]|-)?(?P<u>{_words(units)})(?![^\W\d_²³])", re.IGNORECASE)
        # "une cinquantaine d'hectares", "480 millions de mètres cubes": a unit after "de" / "of"
        self.unit_of = compiled.compile(rf"[\s\u00a0]+(?:{_words(d['noun_complements'])})(?:[\s\u00a0]+|(?<=['’]))"
                                        rf"(?P<u>{_words(units)})(?![^\W\d_²³])", re.IGNORECASE)
        self.durations = {k.lower(): v for k, v in d["durations"].items()}
        dur = _words(self.durations)
        # "une vingtaine de minutes", "dozens of years": a collective number's duration unit after "de"
        self.dur_of = compiled.compile(rf"[\s\u00a0]+(?:{_words(d['noun_complements'])})(?:[\s\u00a0]+|(?<=['’]))"
                                       rf"(?P<u>{dur})(?![^\W\d_])", re.IGNORECASE)
        self.dur_after = compiled.compile(rf"(?:[\s\u00a0]+|-)(?P<u>{dur})(?![^\W\d_])(?P<old>[-\s]?(?i:old)(?![^\W\d_]))?",
                                    re.IGNORECASE)
        self.dur_more = compiled.compile(
            rf"(?:\s*,\s*|\s+(?i:et|and)\s+|\s+)(?P<n>{num})[\s\u00a0]+(?P<u>{dur})(?![^\W\d_])", re.IGNORECASE)
        self.time_fr = compiled.compile(r"(?P<h>[01]?\d|2[0-3])[\s\u00a0]?[hH](?:[\s\u00a0]?(?P<m>[0-5]\d)(?!\d))?(?![^\W\d_])")
        self.time_en = compiled.compile(r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?[\s\u00a0]?(?P<ap>[ap]\.m\.|[ap]m\b)?",
                                  re.IGNORECASE)
        self.race_time = compiled.compile(r"(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])")
        # "2h09min30s", "2h09'30''": hours, minutes and seconds written with units and no
        # spaces (spaced, "2 h 07 min 12 s", the duration units read them)
        self.race_time_units = compiled.compile(
            r"(?P<h>\d{1,2})h(?P<m>[0-5]\d)(?:min|mn|['’])(?P<s>[0-5]\d)(?:(?:s|sec|''|’’|\")(?![^\W\d_]))?")
        self.minutes_after = compiled.compile(rf"[\s\u00a0]*(?i:{_MINUTES})(?![^\W\d_])")
        self.hours_word = compiled.compile(r"[\s\u00a0]+(?i:heures?|h)\b(?:[\s\u00a0]*(?P<m>[0-5]\d))?")
        # "14 heures et 10 minutes", "14 h 10 min": the minutes of a duration follow
        self.then_minutes = compiled.compile(rf"[\s\u00a0]+(?i:(?:et|and)[\s\u00a0]+)?\d{{1,2}}[\s\u00a0]*"
                                             rf"(?i:{_MINUTES})(?![^\W\d_])")
        # "à 14 heures", "vers 21 h", and the hedges that end in a bound ("peu après 22
        # heures", "shortly after 9 hours"): before them "N heures" is a time of day
        bounds = {w.lower() for w in d["bounds"]}
        near = [h for h in d["hedge_approx"] if h.split()[-1].lower() in bounds]
        self.at_before = compiled.compile(rf"(?i:(?<!\w)(?:à|vers|dès|jusqu['’]à|at|by|around|until|from|de"
                                          rf"{'|' + _words(near) if near else ''}))[\s\u00a0]+$")
        self.ordinal = compiled.compile(r"(?:e|ème|eme|er|ère|re|st|nd|rd|th)(?![^\W\d_])")
        to = _words(d["score_separators"])
        self.score = compiled.compile(r"(?P<a>\d{1,2})(?:[\s\u00a0]?[-–][\s\u00a0]?|[\s\u00a0]+(?i:" + to + r")[\s\u00a0]+)"
                                r"(?P<b>\d{1,2})(?![\d,/-]|\.\d|[\s\u00a0]?%)(?:[\s\u00a0]*(?P<w>[^\W\d_]+))?")
        self.score_words = compiled.compile(rf"(?i:(?<!\w)(?:{_words(d['score_words'])}))")
        fractions = {k.lower(): v for k, v in d["fractions"].items()}
        self.fractions = fractions
        # a word every fraction phrase contains: without one, neither pattern below can match
        self._fraction_words = tuple(sorted({re.split(r"[\s-]", k)[-1].casefold() for k in fractions}))
        scales = {k.lower(): v for k, v in d["scale_words"].items()}
        self.scales = scales
        self.fraction = compiled.compile(
            rf"(?i:(?<!\w)(?P<f>{_words(fractions)})(?:[\s\u00a0-]+(?:of[\s\u00a0]+|d['’]|de[\s\u00a0]+)?(?:a[\s\u00a0]+|an[\s\u00a0]+|un[\s\u00a0]+)?|-)(?P<s>{_words(scales)})(?!\w))")
        # "two-thirds of the residents", "les deux tiers des votants": a share, as a percent
        self.share = compiled.compile(
            rf"(?i:(?<!\w)(?P<f>{_words(k for k in fractions if k.split()[0] not in ('a', 'un', 'une'))})"
            rf"(?=[\s\u00a0]+(?:of|des|du|de|d['’])(?!\w)))")
        self.period_before = compiled.compile(rf"(?i:(?<!\w)(?:{_words(d['period_ordinals'])}))[\s\u00a0]+$")
        self.collectives = frozenset(k.lower() for k in d["collective_numbers"])
        self.auxiliary = compiled.compile(rf"(?i:(?<!\w)(?:{_words(d['auxiliaries'])})(?!\w))")
        self.weight_units = {k.lower(): v for k, v in d["weight_units"].items()}
        self.hedge_at = compiled.compile(rf"(?i:{hedge_pattern(lang.code)})(?=[\s\u00a0]*[$€£¥\d])")
        # "-5 °C", "−7 °C", "moins 3 degrés": a temperature below zero
        self.below_zero = compiled.compile(
            rf"(?:(?<![\w\d.,)-])[-−]|(?<!\w)(?i:{_words(d['minus_words'])})[\s\u00a0]+)$" if d["minus_words"]
            else r"(?<![\w\d.,)-])[-−]$")
        attached = d["attached_temperature_units"]
        self.attached_unit = {k: v.lower() for k, v in attached.items()}
        self.attached_after = compiled.compile(
            rf"(?P<u>{'|'.join(map(re.escape, sorted(attached)))})(?![^\W\d_])") if attached else None
        self.weighing = compiled.compile(rf"(?i:(?<!\w)(?:{_words(d['weight_words'])})(?!\w))[^.;!?]{{0,40}}$")
        self.weight_after = compiled.compile(rf"[\s\u00a0]+(?i:de[\s\u00a0]+|d['’]|of[\s\u00a0]+)?(?P<u>(?i:{_words(self.weight_units)}))(?![^\W\d_])")
        # "a 4,500-pound spacecraft": a compound adjective weighs what it qualifies
        self.weight_hyphen = compiled.compile(rf"-(?P<u>(?i:{_words(self.weight_units)}))(?=[\s\u00a0]+[^\W\d_])")
        self.and_half = compiled.compile(r"[\s\u00a0]+(?i:and[\s\u00a0]+a[\s\u00a0]+half)(?=[\s\u00a0]+[^\W\d_])")
        self.et_demi = compiled.compile(r"[\s\u00a0]+(?i:et[\s\u00a0]+demie?|and[\s\u00a0]+a[\s\u00a0]+half)(?![^\W\d_])")
        self.change = lang.marks["change_verbs"]
        one = {w.lower() for w in d["one_words"]}
        self.one_words = one
        self.one_before = compiled.compile(rf"(?i:(?<!\w)(?:{_words(one)}))[\s\u00a0]+$")
        self.relative = compiled.compile(relative_pattern(lang.code))
        self.lead_words = compiled.compile(r"(?i:le|la|les|l['’]|du|on|en|in|the|ce|cette|at|of|depuis|since|dès)[\s\u00a0]+"
                                     r"(?!(?i:mois|semaine|année|an|month|week|year|dernier|dernière|last|this)\b)")

    # ---- the scan ----
    def hits(self, text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """(start, end, group) of each candidate of the one-pass scanner in text[lo:hi]:
        computed once per slice, for the value scan and the rules' leads."""
        return [(m.start(), m.end(), m.lastgroup) for m in self.rx.finditer(text, lo, hi)]

    def mentions(self, text: str, lo: int = 0, hi: int | None = None, ref: date | None = None,
                 hits: list[tuple[int, int, str]] | None = None) -> list[Mention]:
        """Every value in text[lo:hi], in text order, none overlapping. `hits`: the
        scanner's candidates in that slice (`hits(text, lo, hi)`), when already known."""
        hi = len(text) if hi is None else hi
        if hits is None:
            hits = self.hits(text, lo, hi)
        out: list[Mention] = []
        folded = text[lo:hi].casefold()
        fractions = any(w in folded for w in self._fraction_words)
        for m in self.fraction.finditer(text, lo, hi) if fractions else ():
            v = self.fractions[_fold(m["f"])] * self.scales[_fold(m["s"])]
            begin = m.start()
            one = self.one_before.search(text, max(lo, begin - 8), begin)
            if one is not None:
                begin = one.start()  # "près d'un demi-milliard": the article is the fraction's
            start, hedge = self._hedge(text, begin, lo)
            low, high = to_range(v, hedge)
            out.append(self._finish_number(text, start, m.end(), v, low, high, hedge, lo, hi))
        taken = _Covered(out)
        for m in self.share.finditer(text, lo, hi) if fractions else ():
            if not taken.hit(m.start(), m.end()) and not (self.fraction.match(text, m.start())) \
                    and not self.period_before.search(text, max(lo, m.start() - 20), m.start()):  # "the first half of"
                pct = round(self.fractions[_fold(m["f"])] * 100, 1)
                start, hedge = self._hedge(text, m.start(), lo)
                low, high = to_range(pct, hedge)
                v = Value("number", number_display(pct, low, high, hedge, "%"), point=pct, low=low, high=high,
                          hedge=hedge, unit="%")
                out.append(Mention(start, m.end(), "percent", v, m.end(), unit="%"))
        if ref is not None:
            out.extend(self._relatives(text, lo, hi, ref))
        taken = _Covered(out)
        pos = lo
        for h0, h1, group in _searched(self.rx, text, hi, hits, lambda: pos):
            pos = h1
            if taken.hit(h0, h1):
                continue
            if group == "d":
                found = self._date(text, h0, h1, lo, hi)
                if found is None:
                    continue
                mention, resume = found
                if resume is not None:
                    pos = resume
            else:
                mention = self._number(text, h0, h1, lo, hi)
                if mention is None:
                    continue
            for item in mention if isinstance(mention, list) else [mention]:
                if not taken.hit(item.start, item.end):
                    out.append(item)
                    taken.add(item.start, item.end)
            pos = max(pos, max(i.end for i in (mention if isinstance(mention, list) else [mention])))
        out.sort(key=lambda x: (x.start, x.end))
        return self._merge_split_ranges(text, lo, _merge_date_spans(text, _merge_conversions(text, out)))

    def _merge_split_ranges(self, text: str, lo: int, mentions: list[Mention]) -> list[Mention]:
        """"des peines de 3 ans de prison, dont 2 avec sursis, à 15 ans": one range, written
        with its unit at both ends (a change, "passé de 5 à 13 ans", stays two values)."""
        out: list[Mention] = []
        skip: set[int] = set()
        for x, m in enumerate(mentions):
            if x in skip:
                continue
            if m.kind in ("duration", "amount", "quantity") and re.search(r"(?i:(?<!\w)(?:de|d['’]|from))[\s\u00a0]+$",
                                                                      text[max(lo, m.start - 6):m.start]):
                for y in range(x + 1, min(len(mentions), x + 4)):
                    n = mentions[y]
                    gap = text[m.end:n.start]
                    if n.kind != m.kind or n.value.unit != m.value.unit or re.search(r"[.;!?]", gap) or len(gap) > 80:
                        continue
                    if self.auxiliary.search(gap) or self.determiner.search(gap):
                        # "une femme de 29 ans a été condamnée à cinq ans": another clause;
                        # "un vent de 70 km/h, avec des rafales à 100 km/h": another noun's
                        out.append(m)
                        break
                    if re.search(r"(?i:(?<!\w)(?:à|au|to))[\s\u00a0]+$", gap) and not self._changed(text, m.start, lo):
                        v = m.value
                        lo_v, hi_v = min(v.low, n.value.low), max(v.high, n.value.high)
                        shown = f"{v.display}-{n.value.display}"
                        from dataclasses import replace as _replace
                        merged = _replace(v, low=lo_v, high=hi_v, hedge="range", display=shown)
                        out.append(Mention(m.start, n.end, m.kind, merged, m.num_end, unit=m.unit))
                        skip.add(y)
                        break
                else:
                    out.append(m)
                continue
            out.append(m)
        return out

    def _relatives(self, text: str, lo: int, hi: int, ref: date) -> list[Mention]:
        out = []
        for m in self.relative.finditer(text, lo, hi):
            raw = m.group()
            whole = self.rx.match(text, m.start(), hi)
            if whole is not None and whole.lastgroup == "d" and whole.end() > m.end():
                continue  # "vendredi 4 janvier", "Friday, January 4": a date, not a weekday alone
            d = resolve_relative(raw, self.lang.code, ref)
            if d is None:
                continue
            value = _date_value(d, raw)
            if d.granularity == "year":
                value = Value("year", value.display, point=float(d.year), low=d.year - (2.0 if d.approx else 0.0),
                              high=d.year + (2.0 if d.approx else 0.0), hedge="approx" if d.approx else None,
                              year=d.year, granularity="year", resolved_from=raw)
                out.append(Mention(m.start(), m.end(), "number", value, m.end(), yearish=True))
            else:
                out.append(Mention(m.start(), m.end(), "date", value, m.end()))
        return out

    def _date(self, text: str, s: int, e: int, lo: int, hi: int):
        start = s
        lead = self.lead_words.match(text, s, e)
        if lead and lead.end() < e:
            start = lead.end()
        raw = text[start:e]
        d = parse_date(raw, self.lang.code)
        if d is None:
            return None
        resume = None
        if d.granularity in ("weekday",) and d.day is not None and d.month is None:
            # "Tuesday, 5 million": a day number needs a month next to it.
            wd = re.match(r"[^\W\d_]+\.?", raw)
            e = start + wd.end()
            raw = text[start:e]
            d = parse_date(raw, self.lang.code)
            if d is None:
                return None
            resume = e
        hedge = self.hedge_before.search(text, max(lo, start - 30), start)
        if hedge and classify_hedge(hedge["h"], self.lang.code) == "approx":
            start = hedge.start()
            d = DateValue(d.year, d.month, d.day, d.weekday, d.granularity, approx=True)
        return Mention(start, e, "date", _date_value(d, None), e), resume

    def _number(self, text: str, s: int, e: int, lo: int, hi: int) -> Mention | list[Mention] | None:
        raw = text[s:e]
        low_raw = _fold(raw)
        # A time of day: "9h34", "à 14 heures", "9:30 am".
        t = self._time(text, s, e, lo, hi)
        if t is not None:
            start, hedge = self._hedge(text, s, lo)
            if hedge == "approx":  # "vers 21 h", "at around 9 pm": within half an hour
                v = t.value
                t.start, t.value = start, _replace_value(v, hedge="approx", low=v.point - 30, high=v.point + 30,
                                                          display=f"about {v.display}")
            return t
        if low_raw.isdigit() and len(low_raw) <= 4:
            o = self.ordinal.match(text, e)
            if o and not text[e:o.end()].isdigit() and (o.end() == hi or not text[o.end()].isdigit()):
                n = float(low_raw)
                v = Value("number", f"{int(n)}th", point=n, low=n, high=n, unit="ordinal")
                return Mention(s, o.end(), "ordinal", v, o.end(), unit="ordinal")
            sc = self.score.match(text, s)
            if sc and sc["w"] and (_fold(sc["w"]) in self.units or _fold(sc["w"]) in self.durations):
                sc = None  # "4-10 years", "20-30 km": a range
            worded = sc is not None and not re.match(r"\d+[\s\u00a0]?[-–]", text[s:sc.end("b")])
            if sc and worded and not self.score_words.search(_fold(text[max(lo, s - 60):min(hi, sc.end("b") + 30)])):
                sc = None  # "de 2 à 1": a range or a change unless the clause speaks of a match
            if sc and self._score_context(text, s, sc.end("b"), lo, hi):
                a, b = int(sc["a"]), int(sc["b"])
                v = Value("number", f"{a}-{b}", point=float(a), low=float(a), high=float(a), unit=f"score:{a}-{b}")
                return Mention(s, sc.end("b"), "score", v, sc.end("b"), unit="score")
        if low_raw in self.one_words:
            if re.match(r"[\s\u00a0]*[$€£¥][\s\u00a0]?\d", text[e:e + 4]):
                return None  # "a €500m deal": the article, then the amount
            if self.hedge_at.match(text, s, hi):
                return None  # "an estimated 300 people": the article opens a hedge
            n = 1.0
            return self._finish_number(text, s, e, n, n, n, None, lo, hi, article=True)
        n = parse_number(raw, self.lang.code)
        if n is None or abs(n) >= MAX_NUMBER:
            return None
        cur = self.cur_before.search(text, max(lo, s - 4), s)
        start, hedge = self._hedge(text, cur.start() if cur else s, lo)
        collective = any(w in self.collectives for w in low_raw.split())
        if hedge is None and collective:
            hedge = "approx"  # "une dizaine", "a dozen": about ten, about twelve
        # A range or a change: "entre 160 et 180", "de 5 à 13 ans", "18,000 to 20,000".
        r = self.range_tail.match(text, e, hi)
        if r is not None:
            found = self._range(text, s, e, start, n, hedge, cur, r, lo, hi)
            if found is not None:
                return found
        if hedge == "range":
            hedge = None
        low, high = to_range(n, hedge)
        return self._finish_number(text, start, e, n, low, high, hedge, lo, hi, cur_before=cur, collective=collective)

    def _hedge(self, text: str, start: int, lo: int) -> tuple[int, str | None]:
        """Where a value starts once the hedge before it is included, and the hedge."""
        h = self.hedge_before.search(text, max(lo, start - 40), start)
        if h:
            return h.start(), classify_hedge(h["h"], self.lang.code)
        return start, None

    def _range(self, text, s, e, start, n, hedge, cur, r, lo, hi):
        sep = _fold(r["sep"]).strip(" -–—") or "-"
        n2 = parse_number(r["n"], self.lang.code)
        if n2 is None or abs(n2) >= MAX_NUMBER:
            return None
        starter = self.starter_before.search(text, max(lo, (cur.start() if cur else s) - 12), cur.start() if cur else s)
        word = sep.split()[-1] if sep.split() else sep
        if word in ("et", "and") and not (hedge == "range" or (starter and _fold(starter.group()).strip() in ("entre", "between"))):
            return None  # "18 morts et 147 disparus": two values, not a range
        if word in ("-", "/") and not (text[s:e].isdigit() or _fold(text[s:e]).replace(",", "").replace(".", "").isdigit()):
            return None
        season = self._season(text, s, e, start, n, n2, word, r)
        if season is not None:
            return season
        if word == "/":
            return None
        first = s if not starter else starter.start()
        if word in ("à", "a", "to") and starter and _fold(starter.group()).strip() in ("de", "d'", "from") \
                and self._changed(text, starter.start(), lo):
            # "passé de 10 à 12": the old figure, then the new one.
            old = self._finish_number(text, cur.start() if cur else s, e, n, n, n, None, lo, hi, cur_before=cur)
            old.previous = True
            n2s = r.start("n") if not r["cur"] else r.start("cur")
            new = self._finish_number(text, n2s, r.end(), n2, n2, n2, None, lo, hi,
                                      cur_before=self.cur_before.search(text, max(lo, r.start("n") - 4), r.start("n")))
            return [old, new]
        # "$10 to $15 billion": the scale of the second end applies to the first.
        if n < n2 / 100 and n2 >= 1000 and re.search(r"[^\d\W]", r["n"]):
            n = n * (n2 / parse_number(re.match(r"[\d.,\s\u00a0]+", r["n"]).group().strip(), self.lang.code)) \
                if re.match(r"\d", r["n"]) else n
        lo_v, hi_v = min(n, n2), max(n, n2)
        begin = min(start, first)
        return self._finish_number(text, begin, r.end(), n, lo_v, hi_v, "range", lo, hi, cur_before=cur)

    def _season(self, text, s, e, start, n, n2, word, r) -> Mention | None:
        """"2022/23", "2022-23", "2023/2024": a season or a financial year, the years it
        spans (not a range of seasons, nor a count of 23): the next year, written in
        two or four digits, after a four-digit year."""
        if word not in ("-", "/") or r["cur"] or not (text[s:e].isdigit() and len(text[s:e]) == 4):
            return None
        tail = r["n"]
        if not (tail.isdigit() and len(tail) in (2, 4)) or not 1500 <= n <= 2098:
            return None
        following = n2 if len(tail) == 4 else (n // 100) * 100 + n2
        if following != n + 1:
            return None
        v = Value("number", number_display(n, n, following, "range", None), point=n, low=n, high=following,
                  hedge="range")
        return Mention(start, r.end(), "number", v, r.end(), yearish=True)

    def _changed(self, text: str, pos: int, lo: int) -> bool:
        """Does a change verb stand in the few words before `pos`?"""
        from .language import tokens

        toks = tokens(text, max(lo, pos - 60), pos)[-5:]
        lows = [t for _s, _e, t in toks]
        lemmas = self.lang.lemmas(lows)
        return any(self.change.at(lemmas, i, lows) for i in range(len(lemmas)))

    def _finish_number(self, text, start, e, n, low, high, hedge, lo, hi, *, article=False, cur_before=None,
                       collective=False):
        """Read what follows a number (scale, currency, percent, unit, time unit) and build the mention;
        a `collective` number ("une cinquantaine") or one ending in a word ("480 millions")
        takes its unit after "de" / "of"."""
        code = self.lang.code
        w = self.weight_after.match(text, e, hi)
        if w is None or not self.weighing.search(text, max(lo, start - 60), start):
            w = self.weight_hyphen.match(text, e, hi)
        if w is not None:
            factor = self.weight_units[_fold(w["u"])]  # "weighed 5 million pounds": a mass
            v = Value("number", number_display(n, low, high, hedge, w["u"]), point=n * factor, low=low * factor,
                      high=high * factor, hedge=hedge, unit="mass")
            return Mention(start, w.end(), "quantity", v, e, unit=_fold(w["u"]))
        half = self.and_half.match(text, e, hi)
        if half is not None and self.dur_after.match(text, half.end(), hi):
            n, low, high, e = n + 0.5, low + 0.5, high + 0.5, half.end()  # "two and a half years"
        c = self.cur_after.match(text, e, hi)
        if c is not None and (cur_before or c["cur"]):
            mult = self.money_scale.get(_fold(c["sc"]), 1.0) if c["sc"] else 1.0
            symbol = _fold(c["cur"])
            cur_code = self.currency.get(symbol) or self.currency.get(symbol.rstrip("s"), symbol.upper())
            if c["cdn"] and symbol == "$":
                cur_code = {"cdn": "CAD", "cad": "CAD", "aud": "AUD"}.get(_fold(c["cdn"]), "USD")
            if cur_before is not None and not c["cur"]:
                cur_code = self.currency.get(_fold(cur_before.group()).strip(), "USD")
            return self._money(start, c.end(), e, n * mult, low * mult, high * mult, hedge, cur_code, symbol)
        if cur_before is not None:
            tail = re.match(rf"(?P<sc>{_words(self.money_scales_all())})(?![^\W\d_])", text[e:hi], re.IGNORECASE)
            mult, end = 1.0, e
            if tail:
                mult, end = self.money_scale.get(_fold(tail["sc"]), 1.0), e + tail.end()
            symbol = _fold(cur_before.group()).strip()
            cur_code = self.currency.get(symbol, "USD")
            return self._money(start, end, e, n * mult, low * mult, high * mult, hedge, cur_code, symbol)
        p = self.percent.match(text, e, hi)
        if p is not None:
            v = Value("number", number_display(n, low, high, hedge, "%"), point=n, low=low, high=high,
                      hedge=hedge, unit="%")
            return Mention(start, p.end(), "percent", v, e, unit="%")
        d = self.dur_after.match(text, e, hi) or (self.dur_of.match(text, e, hi) if collective else None)
        if d is not None:
            return self._duration(text, start, e, n, low, high, hedge, d, hi)
        u = self.unit_after.match(text, e, hi) or (
            self.unit_of.match(text, e, hi) if collective or text[e - 1:e].isalpha() else None)
        if u is not None and u.start("u") == e and len(u["u"]) == 1 and u["u"].isupper() and text[e - 1:e].isdigit():
            u = None  # "3M", "the 5G network": a name, not metres or grams
        written = u["u"] if u is not None else None
        if u is None and self.attached_after is not None and text[e - 1:e].isdigit():
            u = self.attached_after.match(text, e, hi)  # "46.2C (115.2F)"
            written = self.attached_unit[u["u"]] if u is not None else None
        if u is not None:
            unit = _fold(written)
            dim, factor = self.units[unit]
            if dim.startswith("temperature") and hedge is None:
                sign = self.below_zero.search(text, max(lo, start - 8), start)
                if sign is not None:  # "-5 °C", "moins 3 degrés"
                    start, n, low, high = sign.start(), -n, -high, -low
            v = Value("number", number_display(n, low, high, hedge, u["u"]), point=n * factor, low=low * factor,
                      high=high * factor, hedge=hedge, unit=dim)
            end = u.end()
            long = re.match(r"-(?:long|wide|high|tall|deep)\b", text[end:hi])
            if long:
                end += long.end()
            return Mention(start, end, "quantity", v, e, unit=unit)
        shared = self.shared_unit.match(text, e, hi)
        if shared is not None and hedge is None and not article:
            # "âgés de 19 et 21 ans", "entre 3 et 5 km" aside: each number has the unit written once
            d2 = self.dur_after.match(text, shared.end(), hi)
            if d2 is not None:
                m2 = self._duration(text, start, e, n, low, high, hedge, d2, hi)
                return Mention(start, e, m2.kind, m2.value, e, unit=m2.unit)
            u2 = self.unit_after.match(text, shared.end(), hi)
            if u2 is not None:
                unit = _fold(u2["u"])
                dim, factor = self.units[unit]
                v = Value("number", number_display(n, low, high, hedge, u2["u"]), point=n * factor,
                          low=low * factor, high=high * factor, hedge=hedge, unit=dim)
                return Mention(start, e, "quantity", v, e, unit=unit)
        decade = self._decade(text, start, e, n, hedge, lo, hi)
        if decade is not None:
            return decade
        if text[e:e + 1].isalpha() or (text[e:e + 1] == "-" and text[e + 1:e + 2].isupper()):
            return None  # "9lives", "a 3D printer", "a 4-Ever store": a number inside a name
        # a year from 1500 to 2099; from 1000 on after a year opener ("à partir de 1163")
        old = 1000 <= n < 1500 and self.old_year_before.search(text, max(lo, e - 20), e - 4)
        yearish = (1500 <= n <= 2099 or bool(old)) and float(n).is_integer() \
            and _YEAR_END.search(text, max(lo, e - 5), e) is not None
        if yearish and hedge == "approx":
            low, high = n - 2, n + 2
        display = number_display(n, low, high, hedge, None)
        v = Value("number", display, point=n, low=low, high=high, hedge=hedge)
        return Mention(start, e, "number", v, e, article=article, yearish=yearish)

    def _decade(self, text, start, e, n, hedge, lo, hi) -> Mention | None:
        """"the 1970s", "les années 1990": the ten years from a year ending in 0."""
        if hedge is not None or not (1500 <= n <= 2090) or not float(n).is_integer() or n % 10 \
                or not text[start:e].isdigit():
            return None
        after = self.decade_after.match(text, e, hi) if self.decade_after is not None else None
        before = self.decade_before.search(text, max(lo, start - 20), start) if self.decade_before is not None else None
        if after is None and before is None:
            return None
        end = after.end() if after is not None else e
        v = Value("number", text[before.start() if before else start:end], point=n, low=n, high=n + 9, hedge="approx")
        return Mention(start, end, "number", v, e, yearish=True)

    def money_scales_all(self):
        return list(self.money_scale)

    def _money(self, start, end, num_end, n, low, high, hedge, code, symbol) -> Mention:
        v = Value("number", number_display(n, low, high, hedge, code), point=n, low=low, high=high,
                  hedge=hedge, unit=code)
        return Mention(start, end, "amount", v, num_end, unit=symbol)

    def _duration(self, text, start, e, n, low, high, hedge, d, hi) -> Mention:
        unit = _fold(d["u"])
        secs = self.durations[unit]
        parts = [(n, unit)]
        end = d.end()
        if d.groupdict().get("old"):
            v = Value("number", number_display(n, low, high, hedge, None), point=n, low=low, high=high,
                      hedge=hedge, unit="age")
            return Mention(start, end, "duration", v, e, unit="year-old")
        if hedge in ("min", "max", "approx") and float(n).is_integer():
            # "more than three years": up to the next year, not a tenth of one.
            low, high = {"min": (n, n + 1), "max": (n - 1, n), "approx": (n - 0.5, n + 0.5)}[hedge]
        total_lo, total_hi = low * secs, high * secs
        half = self.et_demi.match(text, end, hi)
        if half is not None:
            n, total_lo, total_hi, end = n + 0.5, total_lo + secs / 2, total_hi + secs / 2, half.end()
            parts = [(n, unit)]  # "deux ans et demi"
        while True:
            more = self.dur_more.match(text, end, hi)
            if more is None:
                break
            n2 = parse_number(more["n"], self.lang.code)
            u2 = _fold(more["u"])
            if n2 is None or self.durations[u2] >= self.durations[parts[-1][1]]:
                break
            parts.append((n2, u2))
            total_lo += n2 * self.durations[u2]
            total_hi += n2 * self.durations[u2]
            end = more.end()
        label = " ".join(f"{_num(x)} {u}" for x, u in parts) if len(parts) > 1 else \
            number_display(n, low, high, hedge, d["u"])
        shape = "+".join(_base_unit(u, self.durations) for _x, u in parts)
        v = Value("number", label, point=total_lo if hedge != "range" else n * secs, low=total_lo, high=total_hi,
                  hedge=hedge, unit=f"seconds:{shape}")
        return Mention(start, end, "duration", v, e, unit=unit)

    def _time(self, text, s, e, lo, hi) -> Mention | None:
        race = self.race_time.match(text, s, hi) or self.race_time_units.match(text, s, hi)
        if race:  # "finished in 4:32:40": hours, minutes and seconds are a duration, not a clock time
            secs = int(race["h"]) * 3600 + int(race["m"]) * 60 + int(race["s"])
            v = Value("number", race.group(), point=secs, low=secs, high=secs, unit="seconds:hour+minute+second")
            return Mention(s, race.end(), "duration", v, race.end())
        if self.lang.code == "fr" or True:
            m = self.time_fr.match(text, s, hi)
            if m and m["m"] and self.minutes_after.match(text, m.end(), hi):
                m = None  # "2 h 04 min 21 s": a duration, not a time of day
            if m and not m["m"] and self.then_minutes.match(text, m.end(), hi):
                m = None  # "13 h et 5 min": a duration
            if m and (m["m"] or self.at_before.search(text, max(lo, s - 12), s)) and text[m.end() - 1:m.end()] != " ":
                return _time_mention(s, m.end(), int(m["h"]), int(m["m"] or 0))
        m = self.time_en.match(text, s, hi)
        if m and (m["ap"] or (m["m"] and text[m.start("m") - 1] == ":")):
            h = int(m["h"])
            ap = _fold(m["ap"] or "").replace(".", "")
            if ap == "pm" and h < 12:
                h += 12
            if ap == "am" and h == 12:
                h = 0
            return _time_mention(s, m.end(), h, int(m["m"] or 0))
        w = self.hours_word.match(text, e, hi)
        if w and (self.then_minutes.match(text, w.end(), hi) or (w["m"] and self.minutes_after.match(text, w.end(), hi))):
            return None  # "la marque de 14 heures et 10 minutes": a duration, not a time of day
        if w and self.at_before.search(text, max(lo, s - 12), s) and text[s:e].isdigit() and int(text[s:e]) < 24:
            return _time_mention(s, w.end(), int(text[s:e]), int(w["m"] or 0))
        return None

    def _score_context(self, text: str, s: int, e: int, lo: int, hi: int) -> bool:
        """A "5-0" is a score after a name, in brackets, or near a word of winning."""
        before = text[max(lo, s - 40):s]
        if before.endswith("("):
            return True
        words = re.findall(r"[^\W\d_]+", before)
        if words and words[-1][:1].isupper():
            return True
        return bool(self.score_words.search(_fold(text[max(lo, s - 60):min(hi, e + 30)])))


def _replace_value(v: Value, **changes) -> Value:
    from dataclasses import replace

    return replace(v, **changes)


def _time_mention(s: int, e: int, h: int, m: int) -> Mention:
    minutes = float(h * 60 + m)
    v = Value("number", f"{h:02d}:{m:02d}", point=minutes, low=minutes, high=minutes, unit="time")
    return Mention(s, e, "time", v, e, unit="time")


def _base_unit(unit: str, durations: dict[str, float]) -> str:
    secs = durations[unit]
    for name, size in (("century", 3155695200.0), ("decade", 315569520.0), ("year", 31556952.0),
                       ("month", 2629746.0), ("week", 604800.0), ("day", 86400.0), ("hour", 3600.0),
                       ("minute", 60.0), ("second", 1.0)):
        if secs >= size * 0.999:
            return name
    return "second"


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _fold(text: str | None) -> str:
    return " ".join((text or "").lower().replace("’", "'").split())


def _date_value(d: DateValue, resolved_from: str | None) -> Value:
    return Value("date", d.display(), year=d.year, month=d.month, day=d.day, weekday=d.weekday,
                 granularity=d.granularity, hedge="approx" if d.approx else None, resolved_from=resolved_from)


class _Covered:
    """Offsets already taken by a mention (values are short: a set of offsets is enough)."""

    def __init__(self, mentions: list[Mention]):
        self.offsets: set[int] = set()
        for m in mentions:
            self.add(m.start, m.end)

    def add(self, start: int, end: int) -> None:
        self.offsets.update(range(start, max(end, start + 1)))

    def hit(self, start: int, end: int) -> bool:
        return not self.offsets.isdisjoint(range(start, max(end, start + 1)))


_CONVERSION = re.compile(r"[\s\u00a0]*[(\[][\s\u00a0]*(?:=|≈|~|soit|about|environ|or|ou)?[\s\u00a0]*$")


def _merge_conversions(text: str, mentions: list[Mention]) -> list[Mention]:
    """"100 million euros ($110 million)", "50 miles (80 km)", "15 M€ (13 M£/16 M$)": the
    values in brackets are the first one in other units, not values of their own."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        j = i + 1
        if m.kind in ("amount", "quantity"):
            close = m.end
            while j < len(mentions):
                nxt = mentions[j]
                gap = text[close:nxt.start]
                if nxt.kind != m.kind or not (_CONVERSION.fullmatch(gap) if j == i + 1 else re.fullmatch(r"[\s\u00a0]*[/;,][\s\u00a0]*", gap)):
                    break
                m.alts.append(nxt.value)
                close = nxt.end
                j += 1
            if j > i + 1:
                tail = re.match(r"[\s\u00a0]*[)\]]", text[close:close + 3])
                if tail is None:
                    m.alts.clear()
                    j = i + 1
                else:
                    m.end = close + tail.end()  # the value as written holds its conversions
        out.append(m)
        i = j
    return out


_SPAN_SEP = re.compile(r"[\s\u00a0]+(?:to|au|à|and|et|until|jusqu['’]au)[\s\u00a0]+|[\s\u00a0]*[-–][\s\u00a0]*$")


def _merge_date_spans(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the night from Sunday 14 to Monday 15 October", "du 4 au 6 juin": one span of
    days, read as the later date give or take the span."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        first = m
        j = i + 1
        if m.kind == "date" and m.value.granularity == "weekday" and j < len(mentions) and \
                mentions[j].kind == "number" and re.fullmatch(r"[\s\u00a0,]*", text[m.end:mentions[j].start]):
            j += 1  # "Sunday 14": the weekday and its day number
        day_like = first.kind == "date" or (first.kind == "number" and first.value.point and first.value.point <= 31)
        if day_like and j < len(mentions) and mentions[j].kind == "date" and mentions[j].value.month \
                and mentions[j].value.day and _SPAN_SEP.fullmatch(text[mentions[j - 1].end:mentions[j].start] + " "):
            last = mentions[j]
            lo_day = first.value.day if first.kind == "date" and first.value.day else (
                int(mentions[j - 1].value.point) if mentions[j - 1].kind == "number" else None)
            v = last.value
            if lo_day and v.day and 0 < v.day - lo_day <= 6:
                from dataclasses import replace as _replace
                span = "day" if v.day - lo_day <= 2 else "week"
                mon = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")[v.month - 1]
                shown = f"{v.year:04d}-{v.month:02d}-{lo_day:02d}/{v.day:02d}" if v.year else f"{lo_day}-{v.day} {mon}"
                v = _replace(v, day=lo_day if span == "week" else v.day, granularity=span, hedge="approx",
                             display=shown, weekday=None)
                out.append(Mention(first.start, last.end, "date", v, last.end))
                i = j + 1
                continue
        if m.kind == "date" and j < len(mentions) and mentions[j].kind == "date" and m.value.month and \
                mentions[j].value.month and _SPAN_SEP.fullmatch(text[m.end:mentions[j].start] + " "):
            # "de décembre 2016 à mai 2017": a period, both ends marked as such
            m.period = mentions[j].period = True
        out.append(m)
        i += 1
    return out


def _searched(rx: re.Pattern, text: str, hi: int, hits: list[tuple[int, int, str]], where):
    """`rx.search(text, where(), hi)` again and again, answered from `hits` (its finditer
    over the slice) whenever the search would find the same: `where()` lies between the
    end of one hit and the start of the next, so no match can start before that next hit.
    A search from inside a hit (a scan that resumes mid-match) runs the pattern again."""
    starts = [h[0] for h in hits]
    while True:
        pos = where()
        k = bisect.bisect_left(starts, pos)
        if k == 0 or hits[k - 1][1] <= pos:
            if k == len(hits):
                return
            yield hits[k]
            continue
        m = rx.search(text, pos, hi)
        if m is None:
            return
        yield m.start(), m.end(), m.lastgroup


@lru_cache(maxsize=None)
def _scanner(code: str) -> Scanner:
    return Scanner(language(code))


def scan(text: str, lang: str, lo: int = 0, hi: int | None = None, ref: date | None = None,
         hits: list[tuple[int, int, str]] | None = None) -> list[Mention]:
    """Every value in text[lo:hi] of a `lang` text (see the module docstring)."""
    return _scanner(lang).mentions(text, lo, hi, ref, hits)


def scanner_hits(text: str, lang: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """The one-pass scanner's candidates in text[lo:hi] (see `Scanner.hits`)."""
    return _scanner(lang).hits(text, lo, hi)
