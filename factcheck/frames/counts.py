"""Counts: the counted noun, what the clause says of it, the verb governing it, and
the items of a list a count opens ("11 morts : 6 à Corvel, 2 à Valmont")."""
from __future__ import annotations

from ..language import Measure
from .clauses import Clauses
from .model import LEXICON, OPEN, OPEN_STRENGTH, PUNCT, STORY, WEAK, Frame, Sentence


class Counts(Clauses):
    """The frames of counts."""

    def _count(self, s, m, i, j, e, a, b, spans, prev, prev_end, places, resolve) -> Frame | None:
        lang = self.lang
        if self._follows(s, self._past_fillers(s, i), "age_of") or self._bracketed_age(s, i, e):
            return self._bare_age_frame(s, i, e, a, b, places, resolve)  # "died at the age of 75", "Marc Roy (61)"
        f = Frame("count")
        if m.article and not self._article_counts(s, e, b):
            return None
        pa = lang.marks["part_after"].at(s.lemmas, e, s.lows)
        start = e
        if pa:
            f.part = True
            start = e + pa[0]
        # The counted noun: "huit autres grièvement blessées", "78 confirmed deaths".
        k = self.noun_after(s, start, b)
        noun_end = start
        measure: Measure | None = None
        if k is not None:
            more = lang.words("more_words")
            f.more = any(s.lows[x] in more for x in range(start, self._skip_modifiers(s, start, k))) or (
                not lang.data["adjectives_first"] and k + 1 < b and s.lows[k + 1] in more)
            found = lang.roles["nouns"].at(s.lemmas, k, s.lows)
            low, lem = s.lows[k], s.lemmas[k]
            f.noun = lem
            noun_end = k + (found[0] if found else 1)
            while noun_end < b and noun_end - k < 4 and self._content(s, noun_end) and lang.data["adjectives_first"] \
                    and not lang.roles["predicates"].at(s.lemmas, noun_end, s.lows):
                noun_end += 1  # "the injured people": the rest of the noun phrase
            f.noun2 = self._complement(s, noun_end, b)
            if found and f.noun2:
                what = lang.roles["heads"].at([f.noun2], 0, [f.noun2])
                if what and what[1].refines == found[1].key:
                    found = (found[0], what[1])  # "1 200 voix d'avance": a margin of votes
            if not f.part and any(self._share_of_total(s, x, b) for x in range(k + 1, noun_end + 1)):
                f.part = True  # "324 seats out of 600", "324 sièges sur 600": as "326 of the 600 seats"
            if found and found[1].family == "count":
                measure, f.how = found[1], "noun"
            elif low in self.subsets or lem in self.subsets:
                f.group = self.subsets.get(low) or self.subsets.get(lem)
            elif low in lang.generic_nouns or lem in lang.generic_nouns:
                pass
            else:
                f.measure, f.strength, f.how = self._open_key(lem), OPEN_STRENGTH, "noun"
        if k is None and self._follows(s, self._past_fillers(s, i), "age_at_verbs"):
            return self._bare_age_frame(s, i, e, a, b, places, resolve)  # "Margaret Roe dies at 82"
        direct = lang.roles["predicates"].at(s.lemmas, start, s.lows)
        # "ont été blessées", and a participle standing for its noun: "35,000 evacuated"
        if direct and direct[1].family == "count" and k is not None and (direct[0] > 1 or (
                k == start and measure is None and f.measure == self._open_key(s.lemmas[k]))):
            measure, f.how, noun_end = direct[1], "predicate", start + direct[0]
        # What the clause says of them ("ont été blessées"), else a verb governing the
        # value ("a tué 4 personnes"), else the noun the value is predicated of.
        _p, pm, popen = self.predicate_after(s, noun_end, b)
        gm, gverb = self.governor_before(s, i, a, "count", strict=True)
        if gm is not None:
            measure, f.how = gm, "governor"  # the value is the verb's object ("qui a tué 4 personnes")
        elif pm is not None and pm.family == "count" and not (
                measure is not None and measure.things and pm.refines != measure.key):
            # not "900 postes sont appelés à disparaître": jobs; but "1 200 voix d'avance": a margin
            measure, f.how = pm, "predicate"
        if gverb and k is not None:
            f.predicate = gverb  # "a écrit 1 300 chansons": the verb governing the counted noun
        elif popen:
            f.predicate = popen
        elif gverb:
            f.predicate = gverb
        if f.predicate:
            act = lang.acts.at([f.predicate], 0, [f.predicate])
            if act:
                f.predicate = OPEN + str(act[1])  # "auteur de" and "a écrit": one act
        if measure is None and (k is None or s.lows[k - 1:k] == [","]) and self._bare_age(s, i, a, e):
            return self._bare_age_frame(s, i, e, a, b, places, resolve)  # "his parents divorced when he was five"
        if measure is None and (k is None or f.noun in lang.generic_nouns or s.lows[k] in lang.generic_nouns):
            # "On board the vessel, there were at least 400 people": the predicate comes first
            # (but not past the value's own verb: "arrested 12 men and questioned 40 others").
            complements, articles = lang.words("noun_complements"), lang.words("articles")
            for x in range(i - 1, a - 1, -1):
                got = lang.roles["predicates"].at(s.lemmas, x, s.lows)
                if got and got[1].family == "count" and x + got[0] <= i \
                        and not (x > 0 and (s.lows[x - 1] in complements or s.lows[x - 1] in articles)):
                    # (not a noun: "41.6 percent of votes cast and 58 of the 120 seats")
                    measure, f.how = got[1], "predicate"
                    break
                if f.predicate and s.lemmas[x] == f.predicate.lstrip(OPEN):
                    break
        # A head noun's measure ("le bilan s'élève à 12 victimes": deaths) never replaces a
        # counted noun of its own ("le bilan de l'effondrement d'un immeuble de cinq étages").
        if measure is None and (not f.measure or f.how == "noun" and f.strength < STORY
                                and not f.measure.startswith(OPEN)):
            hm, hopen = self.head_before(s, i, a, "count")
            if hm is not None:
                measure, f.how = hm, "head"
            elif hopen and not f.measure:
                f.measure, f.strength, f.how = OPEN + hopen, OPEN_STRENGTH, "head"
        if measure is not None and f.how == "noun":
            hm, _ = self.head_before(s, i, a, "count")
            if hm is not None and hm.refines == measure.key:
                measure, f.how = hm, "head"  # "her margin of victory was 950 votes": a margin
        if measure is not None and measure.key == "victims":
            hm, _ = self.head_before(s, i, a, "count")
            if hm is not None and hm.key == "deaths":
                measure = hm
        if self._against(s, i, e, prev, prev_end):
            measure, f.how = lang.measure("votes_against"), "tally"
        if measure is not None:
            f.measure, f.strength = measure.key, STORY if measure.story else LEXICON
        if pa and f.how == "predicate" and measure is not None and s.lows[start - 1] not in lang.words("part_pronouns"):
            whole = lang.roles["nouns"].at(s.lemmas, k, s.lows) if k is not None else None
            if whole is None or whole[1].key != measure.key:
                f.part = False  # "37 of the injured were in serious condition": its own measure
        if not f.measure:
            if popen and k is None:
                f.measure, f.strength, f.how = OPEN + popen, OPEN_STRENGTH, "predicate"
                f.predicate = None
            elif prev is not None and self._continues(s, prev_end, i, e, b):
                f.measure, f.how = prev.measure, "inherited"
                f.strength = prev.strength if prev.how == "inherited" else prev.strength * 0.9
                f.group = f.group or prev.group
                f.part = f.part or prev.part
                f.noun2 = prev.noun2
            elif k is None and self.place_after(s, e, min(len(s.lows), e + 4)) and self._list_head(s, i):
                head = self._list_head(s, i)
                f.measure, f.strength, f.how = head.key, (STORY if head.story else LEXICON) * 0.9, "inherited"
            elif k is not None and f.group and not f.part and (s.lows[k] in self.subsets or s.lemmas[k] in self.subsets) \
                    and not lang.marks["part_before"].ending_at(s.lemmas, i, s.lows):
                # "400 pompiers étaient mobilisés": no toll they are part of ("dont 10 enfants"
                # is), they are what is counted, under the group's key that its words in
                # every language share ("sapeurs-pompiers": firefighters)
                f.measure, f.strength, f.how = OPEN + f.group, LEXICON, "noun"
                f.group = None
            elif k is not None:
                f.measure, f.strength, f.how = self._open_key(s.lemmas[k]), WEAK, "noun"
            elif popen:
                f.measure, f.strength, f.how = OPEN + popen, WEAK, "predicate"
            elif f.predicate and k is None:
                f.measure, f.strength, f.how = OPEN + f.predicate.lstrip(OPEN), WEAK, "predicate"  # "questioned 40 others"
            else:
                # "estimated up to 400, while officials declined to give a passenger count"
                for x in range(e, len(s.lows)):
                    got = lang.roles["heads"].at(s.lemmas, x, s.lows)
                    if got and got[1].family == "count":
                        f.measure, f.strength, f.how = got[1].key, LEXICON * 0.9, "head"
                        break
        if not f.measure:
            return None
        self._qualify(f, s, m, i, j, e, a, b, spans, places, after=max(noun_end, _p if pm is not None else noun_end))
        story = f.strength >= STORY and f.how != "inherited"
        self._anchor(f, s, i, e, a, b, places, resolve, nearest=not story)
        return f

    def _against(self, s: Sentence, i: int, e: int, prev: Frame | None, prev_end: int) -> bool:
        """The second figure of a tally of votes: "par 312 voix contre 198", "by 312
        votes to 198" (the votes' noun, then the word), "312 voix pour et 189 contre" (the
        word right after the figure)."""
        if prev is None or prev.measure != "votes" or prev_end < 0 or i < prev_end:
            return False
        against = self.lang.words("against_words")
        between = s.lows[prev_end:i]
        if between and between[-1] in against and len(between) <= 3 and not any(w in PUNCT for w in between):
            return True  # "312 voix contre 198"
        return e < len(s.lows) and s.lows[e] in against and len(between) <= 5 \
            and not any(w in (".", ";", "!", "?") for w in between)  # "312 voix pour et 189 contre"

    def _article_counts(self, s: Sentence, e: int, b: int) -> bool:
        """"une autre est portée disparue", "un à Ostra": a 'one' word used as a number."""
        if e >= len(s.lows):
            return False
        nxt = s.lows[e]
        lang = self.lang
        return nxt in (",", ")") or nxt in lang.words("one_counts_before") \
            or (nxt in lang.skip_after_number and nxt not in lang.words("article_adjectives"))

    def _share_of_total(self, s: Sentence, k: int, b: int) -> bool:
        """Do a share marker and a number start at k, after a counted noun ("324 sièges
        sur 600", "68 sièges sur les 115", "324 seats out of the 600")?"""
        for words in self._split_list("share_of_total"):
            x = k + len(words)
            if s.lows[k:x] != words:
                continue
            if x < b and x + 1 < b and s.lows[x] in self.lang.function_words and s.lows[x + 1].isdigit():
                x += 1  # "sur les 115"
            if x < b and s.lows[x].isdigit():
                return True
        return False

    def _continues(self, s: Sentence, prev_end: int, i: int, e: int, b: int) -> bool:
        """Is this bare number an item of the list the previous count opened ("11 morts :
        6 à Corvel, 2 à Valmont")?"""
        if prev_end < 0 or i < prev_end:
            return False
        between = s.lows[prev_end:i]
        if len(between) > 8:
            return False
        if any(w in (".", ";", "!", "?") for w in between):
            return False
        if self.place_after(s, e, min(len(s.lows), e + 6)) is not None:
            return True
        joiners = self.lang.words("list_joiners")
        return all(w in (",", ":", "(", ")", "-", "–") or w in joiners or w in self.lang.function_words or self._adverb(w) or s.name_at(prev_end + x) is not None
                   for x, w in enumerate(between))

    def _list_head(self, s: Sentence, i: int) -> Measure | None:
        """"De tous les cas observés, on dénombre 195 en Bretagne, 16 en Corse": the
        counted noun of a list of places, named earlier in the sentence."""
        for k in range(i - 1, -1, -1):
            found = self.lang.roles["nouns"].at(s.lemmas, k, s.lows)
            if found and found[1].family == "count":
                return found[1]
        return None
