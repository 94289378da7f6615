"""Qualifiers of a value: the place, the time or day it holds at, a rate, an earlier figure."""
from __future__ import annotations

from ..scan import Mention
from .clauses import Clauses
from .model import PUNCT, SOFT, Frame, Sentence


class Qualifiers(Clauses):
    """Places, times, rates and the other qualifiers that keep facts apart."""

    def place_after(self, s: Sentence, k: int, b: int, strict: bool = False) -> tuple[str, str] | None:
        """A place in a locative phrase after token k ("à Corvel", "in the city of Halden");
        with `strict`, the phrase must start within the first words after k."""
        marks = self.lang.marks
        x = k
        while x < min(len(s.lows), k + 14) and (not strict or x < b):
            found = marks["place_prepositions"].at(s.lemmas, x, s.lows)
            if found:
                y = x + found[0]
                steps = 0
                while y < len(s.lows) and steps < 5 and s.name_at(y) is None:
                    if s.lows[y] in PUNCT or s.lows[y] in (",", "(") or (steps and s.lows[y] in self.lang.words("and_words")) \
                            or self._numeral(s, y):
                        break
                    y += 1
                    steps += 1
                name = s.name_at(y) if y < len(s.lows) else None
                if name is not None:
                    # "in Norland's coastal city of Halden": the last name of the phrase.
                    z = name[1]
                    while z + 1 < b and s.lows[z] in self.lang.words("possessive_marks") or (z < b and marks["place_nouns"].at(s.lemmas, z, s.lows)):
                        nxt = next((n for n in s.names if z < n[0] <= z + 5), None)
                        if nxt is None:
                            break
                        name, z = nxt, nxt[1]
                    return name[2], name[3]
                x = y
                continue
            if s.lows[x] in PUNCT:
                break
            x += 1
        return None

    def place_before(self, s: Sentence, i: int, a: int) -> tuple[str, str] | None:
        """"Valmont déplore six morts", "À Valmont, six personnes...": a place before the value."""
        marks = self.lang.marks
        for k in s.starts_of(marks["counting_verbs"], max(a, i - 4), i):
            found = marks["counting_verbs"].at(s.lemmas, k, s.lows)
            if found and k + found[0] < len(s.lows) and s.lows[k + found[0]] in self.lang.words("that_words"):
                continue  # "AFP reported that 14 people died": a source, not a place
            if found:
                # the name is the verb's subject: right before it, or before an auxiliary
                name = next((n for n in reversed(s.names) if n[1] == k or
                             (n[1] == k - 1 and s.lows[k - 1] in self.lang.function_words)), None)
                if name is not None:
                    return name[2], name[3]
        # "The explosion in Derwick killed 12 people": a place in the subject before the verb.
        for k in s.starts_of(marks["place_prepositions"], a, i):
            if marks["place_prepositions"].at(s.lemmas, k, s.lows) and k > a and self._content(s, k - 1):
                got = self.place_after(s, k, min(i, k + 4), strict=True)
                if got is not None and any(self.lang.roles["governors"].ending_at(s.lemmas, x, s.lows)
                                           or self.lang.roles["predicates"].at(s.lemmas, x, s.lows)
                                           for x in range(k + 1, i + 1)):
                    return got
        heads = self.lang.roles["heads"]
        for k in s.starts_of(heads, max(a, i - 12), i):
            if heads.at(s.lemmas, k, s.lows):
                # "the death toll in the city of Halden has risen to 1,130"
                got = self.place_after(s, k + 1, min(i, k + 4), strict=True)
                if got is not None:
                    return got
        found = marks["place_prepositions"].at(s.lemmas, a, s.lows) if a < i else None
        if found:
            name = s.name_at(a + found[0]) or (s.name_at(a + found[0] + 1) if a + found[0] + 1 < i else None)
            if name is not None and name[1] < i and (name[1] >= len(s.lows) or s.lows[name[1]] == ","):
                return name[2], name[3]
        return None

    def _locative(self, s: Sentence, k: int) -> bool:
        """Is the name at token k the object of a place preposition ("en Bretagne")?"""
        key = ("locative", k)
        got = s.memo.get(key)
        if got is None:
            got = s.memo[key] = self._is_locative(s, k)
        return got

    def _is_locative(self, s: Sentence, k: int) -> bool:
        marks = self.lang.marks["place_prepositions"]
        for back in (1, 2, 3):
            x = k - back
            if x < 0 or s.name_at(x) is not None:
                break
            found = marks.at(s.lemmas, x, s.lows)
            if found and x + found[0] <= k and all(w in self.lang.function_words for w in s.lows[x + found[0]:k]):
                return True
        return False

    def _lifetime_after(self, s: Sentence, e: int, b: int) -> bool:
        """Does a phrase of an entity's whole life follow the value within a few words
        ("€75 million since its creation", "1 200 salariés depuis sa fondation")?"""
        for k in range(e, min(b, e + 3)):
            for p in self._split_list("lifetime_phrases"):
                if s.lows[k:k + len(p)] == p:
                    return True
        return False

    def _as_of(self, s: Sentence, x: int) -> bool:
        """A day that opens the sentence as the day a figure holds ("Au 5 mars,", "As of Tuesday,")."""
        found = self.lang.marks["as_of"].ending_at(s.lemmas, x, s.lows)
        return found is not None and x - found[0] == 0

    def time_of(self, s: Sentence, i: int, a: int, b: int, others: list[tuple[int, int, Mention]],
                day_ok: bool = False) -> str | None:
        """A year or month the clause dates the value to ("In February, 96 people died");
        with `day_ok`, a day too ("Au 1er juin à 10h")."""
        months = self.lang.calendar
        since = self.lang.words("since_words")
        sa, sb = s.clause(i, next((y for x, y, _m in others if x == i), i + 1), soft=True)  # past "22,800"
        for k in range(a, b - 1):
            if s.lows[k] in since and k + 1 != i and (s.lows[k + 1] in months or (
                    len(s.lows[k + 1]) == 4 and s.lows[k + 1].isdigit())) and (sa <= k < sb or k == a):
                # "40 morts depuis janvier", "Depuis janvier, 40 morts": a running count;
                # not "la crue, jamais vue depuis 1891, a fait 11 morts" (another clause's)
                return "since " + s.lows[k + 1]
        for x, y, m in others:
            if x == i or not (a <= x < b or self._as_of(s, x)):
                continue
            v = m.value
            if m.kind == "date" and self._as_of(s, x):
                return v.display  # "Au 5 mars, 40 personnes...", "As of Tuesday, 40 people..."
            if m.kind == "date" and v.month is not None and not v.resolved_from and \
                    (v.granularity == "month" or day_ok):
                return v.display
            if m.kind == "number" and m.yearish and x > 0 and (s.lows[x - 1] == "(" or s.lows[x - 1] in self.lang.words("year_prepositions")) \
                    and x < i and not any(self.lang.events.at(s.lemmas, k, s.lows)
                                          for k in s.starts_of(self.lang.events, max(0, x - 4), x)) \
                    and not self._in_participle_aside(s, x, i):
                return str(int(v.point))  # not "fondé en 1987": that dates the founding, nor
                # "The bridge, built in 1968, carries 12,000 cars": another clause's year
            if m.kind == "number" and m.yearish and self._period_of(s, x, y, a, b):
                return str(int(v.point))  # "30 goals in the 2022/23 season", "la saison 2022-2023"
        return None

    def _in_participle_aside(self, s: Sentence, x: int, i: int) -> bool:
        """Is token x inside a short aside between commas, closed before token i, that
        opens with a participle or a relative pronoun ("The bridge, built in 1968,
        carries 12,000 cars", "Le pont, qui a ouvert en 1966, voit passer 12 000
        voitures")? The aside dates its own verb. Not "..., but in 2014, he was sentenced
        to five years": that opens with a conjunction."""
        lo, hi = s.clause(x, x + 1, soft=True)
        if not (0 < lo < x and s.lows[lo - 1] == "," and hi < i and s.lows[hi] == "," and hi - lo <= 12):
            return False
        return s.lows[lo] in self.lang.words("relative_pronouns") or (
            self._content(s, lo) and (self._verb_like(s, lo) or s.lemmas[lo] != s.lows[lo]))

    def _period_of(self, s: Sentence, x: int, y: int, a: int, b: int) -> bool:
        """Is the year at tokens x..y-1 the name of a period ("the 2022/23 Northern League
        season", "l'exercice 2023")? The period noun stands right before it, or a few
        words after it, with no punctuation between but a season's "/23" or "-23"."""
        periods = self.lang.words("period_nouns")
        if x > a and s.lemmas[x - 1] in periods:
            return True
        for k in range(y, min(b, y + 6)):
            if s.lemmas[k] in periods:
                return True
            if s.lows[k] in PUNCT or s.lows[k] in (",", "(", ")"):
                return False  # "in 2022, his best season": another clause's period
        return False

    def is_previous(self, s: Sentence, a: int, b: int, i: int | None = None, spans=()) -> bool:
        """Does a marker of an earlier figure date this one ("an earlier toll of 11",
        "le précédent bilan faisait état de 9 morts")? With the value's first token i, a
        marker dates the first figure after it in the clause, else the last one before it
        ("9 morts initialement"): in "At least 14 people have died, up from an earlier toll
        of 11", the 14 is the current toll."""
        marks = self.lang.marks["previous_markers"]
        found = [k for k in s.starts_of(marks, a, b) if marks.at(s.lemmas, k, s.lows)]
        if i is None or not found:
            return bool(found)
        # the figures a marker can lead to: not the dates of the earlier figure ("Le
        # précédent bilan, vendredi, faisait état de 51 cas")
        starts = sorted(p for p, _q, m in spans if a <= p < b and (p == i or m.kind not in ("date", "time")))
        for k in found:
            after = [p for p in starts if p > k]
            before = [p for p in starts if p < k]
            dated = after[0] if after else (before[-1] if before else None)  # the value the marker leads to
            if dated == i:
                return True
        return False

    def rate_after(self, s: Sentence, k: int, b: int) -> str | None:
        for x in range(k, min(b, k + 4)):
            found = self.lang.rates.at(s.lemmas, x, s.lows)
            if found:
                return str(found[1])
        return None

    def rate_before(self, s: Sentence, i: int, a: int) -> str | None:
        """A rate ending within the three words before the value, in its clause ("la
        ligne, empruntée chaque jour par 5 000 voyageurs")."""
        for x in range(max(a, i - 5), i):
            found = self.lang.rates.at(s.lemmas, x, s.lows)
            if found and i - 3 <= x + found[0] <= i:
                return str(found[1])
        return None

    def _place_reach(self, s: Sentence, k: int, b: int) -> int:
        """How far after token k a place can still belong to this value: up to a comma,
        another value, or a phrase that starts another noun ("avec la découverte d'une
        victime à Ostra")."""
        x = k
        while x < b and x < k + 16:
            low = s.lows[x]
            if low in SOFT or low in PUNCT or low in self.lang.words("place_stops") or low[0].isdigit() or low in self.lang.data["number_words"]:
                break
            x += 1
        return x

    def _qualify(self, f: Frame, s, m: Mention, i, j, e, a, b, spans, places, after: int | None = None) -> None:
        near = after if after is not None else e
        place = self.place_after(s, near, self._place_reach(s, near, b), strict=True) or self.place_before(s, i, a)
        if place:
            f.place, f.place_text = place
            for n in s.names:
                if n[2] == place[0]:
                    places.add(n[0])
        f.time = "previous" if (m.previous or self.is_previous(s, a, b, i, spans)) else self.time_of(s, i, a, b, spans)
        if f.time is None and self._lifetime_after(s, e, b):
            f.time = "lifetime"  # "the total raised to €75 million since its creation": all rounds, not one
        f.rate = self.rate_after(s, e, b) or self.rate_before(s, i, a)
        if self.lang.marks["part_before"].ending_at(s.lemmas, i, s.lows):
            f.part = True
        marks = self.lang.marks["aggregates"]
        if not f.group and f.family in ("duration", "amount") and \
                any(marks.at(s.lemmas, k, s.lows) for k in s.starts_of(marks, max(a, s.clause(i, e, soft=True)[0] - 4), i)):
            f.group = "total"  # "en tout, ils ont été condamnés à 420 ans": a sum of several
            # (a count "au total" is the overall figure: the toll itself)
