"""Durations (what lasted, and who it is about) and ages (whose, at which event)."""
from __future__ import annotations

from ..scan import Mention
from .clauses import Clauses
from .model import DURATION, LEXICON, OPEN, OPEN_STRENGTH, PUNCT, STORY, Frame, Sentence

# A number in brackets after a full name is an age from 16 years on ("Marc Roy (61)");
# below that it is more often a score, a rank or a count ("Valmont United (3)").
MIN_BRACKETED_AGE = 16
MAX_AGE = 120
# "…, at 17.": a whole number set off after "at" is an age from 5 years on.
MIN_COMMA_AGE = 5


class Durations(Clauses):
    """The frames of durations and ages."""

    def _duration(self, s, m, i, j, e, a, b, spans, places, resolve, main=None) -> Frame:
        lang = self.lang
        if i > 0 and s.lows[i - 1] not in lang.function_words and lang.rates.at(s.lemmas, i, s.lows) \
                and any(p < i and i - q <= 3 for p, q, _m in spans):
            return None  # "12,000 vehicles a day", "£500 a week": the other value's rate (not "for a week")
        if m.unit in lang.words("ordinal_units") and s.lows[i] in lang.words("one_words") \
                and (i == 0 or s.lows[i - 1] not in lang.words("duration_openers")):
            return None  # "Morin added a second in the 81st", "une seconde fois": an ordinal
        if self._is_age(s, m, i, e, a):
            if any(self.lang.marks["bounds"].ending_at(s.lemmas, x, s.lows) for x in range(max(a, i - 4), i)):
                return None  # "jusqu'à l'âge de cent ans": a wish, not an age
            f = Frame("age", "age", STORY, "age")
            ev, op = self.event_near(s, i, e, a, b, skip=self.lang.words("age_markers"))
            f.event = ev or (OPEN + op if op and self._when_clause(s, i, a) else None)
            f.at_event = self._when_clause(s, i, a)
            if not f.at_event and i >= 2 and s.lows[i - 1] == "," and e < len(s.lows) and s.lows[e] in (",", ")") \
                    and (n := s.name_at(i - 2)) is not None and n[1] == i - 1:
                f.event = None  # "Alain Roy, 61, who ran Valtex": his age now, not at what the clause tells
            if any(w in lang.words("since_words") for w in s.lows[max(a, i - 4):i]):
                f.time = "since"  # "at the club since he was 12", "depuis l'âge de 12 ans": his age then, not now
            named = self._named_after(s, e, len(s.lows))
            if named is not None:
                f.anchor, f.anchor_text, f.anchor_how, f.anchor_at = named[2], named[3], "apposition", named[0]
            elif self._set_off_after_noun(s, i, e):  # "Son conducteur, 58 ans,": the driver, whoever "son" is
                f.anchor, f.anchor_text, f.anchor_how = "~" + s.lemmas[i - 2], s.surface[i - 2], "noun"
                self._the_main_person(f, s, i - 2, main)
            elif (person := self._person_before_pronoun(s, i)) is not None:
                f.anchor, f.anchor_text, f.anchor_how, f.anchor_at = person[2], person[3], "pronoun", person[0]
            elif not self._described(f, s, i, e, main, resolve):
                self._anchor(f, s, i, e, a, b, places, resolve, after=True, pronoun_first=True, subject=True)
            markers = lang.words("age_markers")
            fronted = all(w in lang.function_words or w in markers for w in s.lows[a:i])
            if f.anchor is None and fronted and s.lows[e:e + 1] == [","]:
                x = e + 1
                while x < len(s.lows) and s.lows[x] in lang.function_words:
                    x += 1
                if x < len(s.lows) and self._content(s, x):
                    f.anchor, f.anchor_text, f.anchor_how = "~" + s.lemmas[x], s.surface[x], "noun"  # "Âgée de 34 ans, la lauréate"
                    self._the_main_person(f, s, x, main)
            if f.anchor is None and main is not None and self._when_clause(s, i, a):
                f.anchor, f.anchor_text, f.anchor_how = main[0], main[1], "main"
            if f.anchor is None:
                for x in range(i - 1, max(a, i - 8) - 1, -1):
                    if self._content(s, x) and s.lows[x] not in markers and s.lows[x] not in lang.words("age_fillers"):
                        f.anchor, f.anchor_text, f.anchor_how = "~" + s.lemmas[x], s.surface[x], "noun"
                        if x + 1 < i and s.lows[x + 1] == ",":
                            self._the_main_person(f, s, x, main)  # "La chanteuse, âgée de 52 ans,"
                        break  # "deux mineurs de 14 ans", "onze hommes âgés de 25 à 60 ans"
            return f
        f = Frame("duration")
        measure = None
        k = self.noun_after(s, e, b)
        duration = lambda v: v.family == "duration"  # noqa: E731
        if k is not None and (k == e or (k == e + 1 and s.lows[e] in lang.words("complement_prepositions"))):
            # "a 13-year sentence", "un contrat de cinq ans" (below), "five years of contract"
            got = lang.roles["nouns"].at(s.lemmas, k, s.lows, duration) or \
                lang.roles["heads"].at(s.lemmas, k, s.lows, duration)
            gov = self.governor_before(s, i, a, "duration")[0]
            if got and (k == e or gov is None or got[1].refines == gov.key):
                measure, f.how = got[1], "noun"  # "condamné à cinq ans d'inéligibilité": a ban
        gm, _g = self.governor_before(s, i, a, "duration")
        if measure is None and gm is not None:
            measure, f.how = gm, "governor"  # "after serving 11 years of his sentence"
        if measure is None and e + 2 < b and s.lows[e] in lang.words("complement_prepositions") and \
                s.lows[e + 1] in lang.words("head_determiners"):
            got = lang.roles["heads"].at(s.lemmas, e + 2, s.lows, duration)
            if got:
                measure, f.how = got[1], "noun"  # "over the five years of the contract"
        found = lang.roles["predicates"].at(s.lemmas, e, s.lows) if e < b else None
        if measure is None and found and found[1].family == "duration":
            measure, f.how = found[1], "predicate"
        k = self.noun_after(s, e, b)
        if measure is None and k is not None:
            got = lang.roles["nouns"].at(s.lemmas, k, s.lows) or lang.roles["heads"].at(s.lemmas, k, s.lows)
            if got and got[1].family == "duration" and k <= e + 1:
                measure, f.how = got[1], "noun"
        if measure is None:
            hm, _h = self.head_before(s, i, a, "duration")
            if hm is not None:
                measure, f.how = hm, "head"
        # what completes the value, unless it is the noun that named the measure
        # ("onze ans de travaux" / "neuf années de chantier": both how long works lasted)
        f.noun2 = None if f.how == "noun" else self._complement(s, e if not found else e + found[0], b)
        ev, op = self.event_near(s, i, e, a, b, others=spans)
        interval = e < len(s.lows) and s.lows[e] in lang.words("interval_words")
        if measure is None and ev in ("took_office", "left_office"):
            measure = lang.measure("tenure")  # "89 jours plus tard, le gouvernement chute"
            f.how = "event"
        if measure is not None:
            f.measure, f.strength = measure.key, STORY if measure.story else LEXICON
        elif interval:
            f.measure, f.strength, f.how = "interval", OPEN_STRENGTH, "interval"
            f.event = ev or (OPEN + op if op else None)
        else:
            f.measure, f.strength, f.how = "duration", DURATION, "duration"
            f.event = ev or (OPEN + op if op else None)
        self._qualify(f, s, m, i, j, e, a, b, spans, places)
        group = self._group_subject(s, i, a)
        self._anchor(f, s, i, e, a, b, places, resolve, after=True, subject=True, main=None if group else main)
        if f.anchor is None and group is not None:
            f.anchor, f.anchor_text, f.anchor_how = "~~" + s.lemmas[group], s.surface[group], "group"
        return f

    def _group_subject(self, s: Sentence, i: int, a: int) -> int | None:
        """"His 44 co-defendants were sentenced to four years": a plural noun subject
        before the value, a group rather than the article's subject."""
        for x in range(a, i):
            if self._content(s, x) and s.lemmas[x] != s.lows[x] and not s.lows[x].endswith(self.modifier_endings) \
                    and x > 0 and (self._numeral(s, x - 1)
                                   or self.lang.roles["nouns"].at(s.lemmas, x, s.lows)):
                return x
        return None

    def _when_clause(self, s: Sentence, i: int, a: int) -> bool:
        when = self.lang.words("when_words")
        return any(w in when for w in s.lows[max(0, i - 6):i])

    def _is_age(self, s: Sentence, m: Mention, i: int, e: int, a: int) -> bool:
        """"âgé de 73 ans", "à l'âge de 94 ans", "the 30-year-old", "Marc Vidal, 58 ans",
        "un jeune homme de 22 ans", "when he was five", "aged 11"."""
        if m.unit == "year-old":
            return True
        unit = m.unit or ""
        lang = self.lang
        if unit not in lang.words("year_units"):
            return False
        before = s.lows[max(0, i - 4):i]
        lemmas = s.lemmas[max(0, i - 4):i]
        if any(w in lang.words("age_words") for w in before) or any(w in lang.words("age_lemmas") for w in lemmas):
            return True
        if i >= 1 and s.lows[i - 1] in lang.words("age_possessives"):
            return True
        if i >= 1 and (s.lows[i - 1] in lang.words("age_at") or s.surface[i - 1] in lang.words("age_at")):
            # "à 73 ans, il...", "mort à 94 ans" but not "de 3 ans ... à 20 ans de prison"
            after = lang.roles["predicates"].at(s.lemmas, e, s.lows) or lang.roles["nouns"].at(s.lemmas, e + 1, s.lows)
            ranged = any(w in lang.words("range_starters") for w in s.lows[max(0, i - 12):i - 1]) and \
                any(x.isdigit() or x in lang.data["number_words"] for x in s.lows[max(0, i - 12):i - 1])
            if ranged or (after and after[1].family == "duration"):
                return False
            # "condamné jeudi à deux ans avec sursis": a sentence, the verb governing it
            return self.governor_before(s, i, a, "duration")[0] is None
        if before[-1:] in (["("], [","]) and i >= 2 and s.name_at(self._past_aside(s, i - 2)) is not None:
            return True  # "Marc Vidal, 58 ans", "Théo Roy (Valtex), 24 ans"
        if self._set_off_after_noun(s, i, e):
            return True  # "Son conducteur, 58 ans, a été placé en garde à vue": set off like a name's age
        v = self._age_verb(s, i, a)
        if v >= 1 and s.lows[v] in lang.words("age_have_verbs") and self._age_subject(s, v) and not (
                e < len(s.lows) and s.lows[e] in lang.words("complement_prepositions")):
            return True  # "Il avait 79 ans", "qui n'avait alors que 26 ans", not "il a 20 ans de carrière"
        if i >= 2 and s.lows[i - 1] in lang.words("age_of_person") and (
                s.name_at(i - 2) is not None or s.lemmas[i - 2] in lang.generic_nouns
                or s.lows[i - 2] in self.subsets or s.lemmas[i - 2] in lang.words("age_nouns")
                or s.lows[i - 2] in lang.words("age_nouns") or self._person_noun(s, i - 2)):
            return True
        return False

    def _the_main_person(self, f: Frame, s: Sentence, x: int, main) -> None:
        """"La chanteuse, âgée de 52 ans,", "Âgé de 58 ans, l'ancien député": a role after a
        definite article, in an article about one person, is that person (not after a
        possessive: "son conducteur" is someone else's driver)."""
        if main is None or not (main[0] in self.persons or " " in main[1].strip()) or x < 1:
            return  # a person: not "Port-Varel", "Étoile-de-Lisk" (a hyphened name, a place or a ship)
        dets = self.lang.words("reference_determiners")
        if s.lows[x - 1] in dets or (x >= 2 and s.lows[x - 2] in dets and self._content(s, x - 1)):
            # "la nouvelle présidente": one adjective may stand between; the role names her, no guess
            f.anchor, f.anchor_text, f.anchor_how = main[0], main[1], "role"

    def _past_fillers(self, s: Sentence, i: int, floor: int = 0, most: int | None = None) -> int:
        """Token i, or the first of the words that may stand before an age right before it
        ("died at just 19", "aged only 16"): at most `most` of them, none at or before
        token `floor`."""
        fillers = self.lang.words("age_fillers")
        k = i
        while k - 1 > floor and (most is None or i - k < most) and s.lows[k - 1] in fillers:
            k -= 1
        return k

    def _age_verb(self, s: Sentence, i: int, a: int) -> int:
        """The token of the verb before an age, past up to three words that may stand
        between ("was only 19", "n'avait alors que 26 ans"); -1 if none."""
        return self._past_fillers(s, i, floor=a, most=3) - 1

    def _age_subject(self, s: Sentence, v: int) -> bool:
        """A person's pronoun, a relative pronoun after a name ("Léa Roy, qui avait"), or a
        name before the verb at v (a negation aside: "il n'avait")."""
        w = v - 1
        if w >= 1 and s.lows[w] in self.lang.words("negation_particles"):
            w -= 1
        if w < 0:
            return False
        if s.lows[w] in self.pronouns or s.name_at(w) is not None:
            return True
        return s.lows[w] in self.lang.words("relative_pronouns") and w >= 2 and s.lows[w - 1] == "," \
            and s.name_at(w - 2) is not None

    def _person_noun(self, s: Sentence, k: int) -> bool:
        """A noun of a person by its ending, after an article ("la conductrice", "un
        Lyonnais"): "eur", "trice", "iste"... (`person_endings`)."""
        if k < 1 or s.lows[k - 1] not in self.lang.words("articles") or len(s.lows[k]) < 5:
            return False
        return s.lows[k].endswith(tuple(self.lang.data["person_endings"])) if self.lang.data["person_endings"] else False

    @staticmethod
    def _past_aside(s: Sentence, k: int) -> int:
        """Token k, or the token before the bracketed aside that ends at k ("Théo Roy
        (Valtex), 24 ans": the name before "(Valtex)")."""
        if k < 2 or s.lows[k] != ")":
            return k
        x = k - 1
        while x > 0 and k - x <= 6 and s.lows[x] != "(":
            x -= 1
        return x - 1 if x > 0 and s.lows[x] == "(" else k

    def _set_off_after_noun(self, s: Sentence, i: int, e: int) -> bool:
        """Is the value set off by commas right after a noun with its article or
        possessive ("Le chauffeur, 57 ans,", "Son conducteur, 58 ans,")?"""
        lang = self.lang
        return i >= 3 and s.lows[i - 1] == "," and e < len(s.lows) and s.lows[e] in (",", ")") \
            and self._content(s, i - 2) and (s.lows[i - 3] in lang.words("articles") or s.lows[i - 3] in self.possessives)

    def _described(self, f: Frame, s: Sentence, i: int, e: int, main, resolve) -> bool:
        """An age written as an adjective after an article is about the person it
        describes: the full name right after it ("the 30-year-old Jane Roe"), else, after
        a definite article, the person the article has named ("the 30-year-old leaves
        the club": its main subject if the article also writes its surname alone, a
        person's name; else such a name of the sentences before; else the main subject
        all the same). Sets the anchor and says whether it did; a name that only
        describes the noun after the age ("the 30-year-old Acme striker") is not taken,
        and the answer is then yes."""
        if i < 1 or s.lows[i - 1] not in self.lang.words("age_name_articles"):
            return False
        n = s.name_at(e) if e < len(s.lows) else None
        attributive = False  # "the 30-year-old Acme striker": Acme describes the striker
        if n is not None and n[0] == e and not self._locative(s, n[0]):
            if " " in n[2] or n[1] >= len(s.lows) or not self._content(s, n[1]) or s.surface[n[1]][:1].isupper() \
                    or self._numeral(s, n[1]):
                # "the 30-year-old Jane Roe", "the 25-year-old Roe, who", "the 25-year-old Roe three times"
                f.anchor, f.anchor_text, f.anchor_how, f.anchor_at = n[2], n[3], "apposition", n[0]
                return True
            attributive = True
        n = s.name_at(i - 3) if i >= 3 and s.lows[i - 2] == "," else None
        if n is not None and n[1] == i - 2 and not self._locative(s, n[0]) and not self._source(s, n):
            # "Jane Roe, the 40-year-old co-founder": the name the description is apposed to
            f.anchor, f.anchor_text, f.anchor_how, f.anchor_at = n[2], n[3], "apposition", n[0]
            return True
        if s.lows[i - 1] not in self.lang.words("age_reference_articles"):
            return attributive
        if main is not None and (main[0] in self.persons or self._a_persons_surname(main[0])):
            f.anchor, f.anchor_text, f.anchor_how = main[0], main[1], "main"
            return True
        found = resolve(s.starts[i], self.persons.__contains__) if resolve is not None else None
        if found:  # a person, not a club or a place
            f.anchor, f.anchor_text, f.anchor_how = found[0], found[1], "pronoun"
            return True
        if main is not None:  # no one the article names as a person: its subject, a guess
            f.anchor, f.anchor_text, f.anchor_how = main[0], main[1], "main"
            return True
        return attributive  # with no one to refer to, no anchor rather than the describing name

    def _bare_age_frame(self, s: Sentence, i: int, e: int, a: int, b: int, places, resolve) -> Frame:
        age = Frame("age", "age", STORY, "age")
        ev, op = self.event_near(s, i, e, a, b, skip=self.lang.words("age_markers"))
        age.event = ev or (OPEN + op if op else None)
        age.at_event = self._when_clause(s, i, a)
        person = self._person_before_pronoun(s, i)
        if person is not None:
            age.anchor, age.anchor_text, age.anchor_how, age.anchor_at = person[2], person[3], "pronoun", person[0]
            return age
        self._anchor(age, s, i, e, a, b, places, resolve, pronoun_first=True)
        return age

    def _person_before_pronoun(self, s: Sentence, i: int):
        """"Ada Moor founded Quello in 2009, when she was 24": the pronoun before the
        copula stands for the person the sentence named first, not the nearest name (a
        thing she made, a place she went)."""
        if i < 2 or s.lows[i - 2] not in self._referring(False):
            return None
        return next((n for n in s.names if n[1] <= i - 2 and self._personal(n[2]) and not self._locative(s, n[0])
                     and not self._source(s, n)), None)

    def _personal(self, key: str) -> bool:
        """A full name, or the surname of a person the article names in full ("Marta
        Solvik ... Solvik, 46,")."""
        return " " in key or self._a_persons_surname(key)

    def _a_persons_surname(self, key: str) -> bool:
        """Is `key` the surname of a person the article names in full?"""
        return any(p.endswith(" " + key) for p in self.persons)

    def _bracketed_age(self, s: Sentence, i: int, e: int) -> bool:
        """"Governor Emil Strand (61) visited the site": a whole number of an adult's
        years in brackets right after a full name."""
        if i < 2 or s.lows[i - 1] != "(" or e >= len(s.lows) or s.lows[e] != ")" or not s.lows[i].isdecimal() \
                or not MIN_BRACKETED_AGE <= int(s.lows[i]) <= MAX_AGE:
            return False
        n = s.name_at(i - 2)
        return n is not None and n[1] == i - 1 and " " in n[2] and not self._locative(s, n[0])

    def _bare_age(self, s: Sentence, i: int, a: int, e: int | None = None) -> bool:
        """"when he was five", "lorsqu'il avait 19": a number after a person and a copula;
        "The driver, aged 47,"; "Anna Lind, 34, said" (a full name, the number between commas)."""
        before = self._past_fillers(s, i)
        if self._follows(s, before, "aged_words") or self._follows(s, before, "age_of"):
            return True  # "aged 47", "at the age of 75"
        if before >= 3 and s.lows[before - 1] in self.lang.words("comma_age_prepositions") and s.lows[before - 2] == "," \
                and e is not None and (e >= len(s.lows) or s.lows[e] in PUNCT or s.lows[e] == ",") \
                and s.lows[i].isdecimal() and MIN_COMMA_AGE <= int(s.lows[i]) <= MAX_AGE:
            return True  # "He came to the throne in 1602, at just 15."
        if e is not None and i >= 2 and s.lows[i - 1] == "," and e < len(s.lows) and s.lows[e] in (",", ")"):
            k = self._past_aside(s, i - 2)
            n = s.name_at(k)
            if n is not None and n[1] == k + 1 and self._personal(n[2]) and not self._locative(s, n[0]):
                return True  # "Anna Lind, 34, said", "Lena Roy (Valtex), 24, won"
        v = self._age_verb(s, i, a)
        if v < 1 or s.lows[v] not in self.lang.words("age_verbs"):
            return False
        if v - 1 == a and s.lows[a] in self.lang.words("age_pronouns") and e is not None and (
                e >= len(s.lows) or s.lows[e] in PUNCT or s.lows[e] == ","):
            return True  # "He was 79.": the clause says nothing else
        who = self._age_subject(s, v)
        openers = self.lang.words("age_clause_openers")
        when = any(w in openers for w in s.lows[max(a, i - 5):i])
        # "Ada Moor was 27 when she founded Quellio": the clause that dates the age follows it
        then = e is not None and e < len(s.lows) and s.lows[e] in openers and s.lows[e] in self.lang.words("when_words")
        return who and (when or then)
