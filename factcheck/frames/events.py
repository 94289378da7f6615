"""What a year or a date dates (an event word, a governing verb, a support verb's
subject), and the frames of years, dates and times."""
from __future__ import annotations

from .clauses import Clauses
from .model import LEXICON, OPEN, OPEN_STRENGTH, PUNCT, WEAK, Frame, Sentence


class Events(Clauses):
    """Events and the values they date."""

    _by_subject = False  # the last event_near's event is its support verb's subject

    def event_near(self, s: Sentence, i: int, j: int, a: int, b: int,
                   skip: frozenset[str] = frozenset(), others=()) -> tuple[str | None, str | None]:
        """What a year or date dates: (lexicon event key, open lemma). The nearest event
        word of the clause, before the value first; else the nearest content word.
        `others`: the (start, end, mention) token spans of the sentence's values, whose
        words are no event of this one ("fermé trois semaines en 2019": not "semaine")."""
        lang = self.lang
        owned = self._owned_by_date(s, j, b)
        if owned is not None:
            self._by_subject = False
            return owned  # "after Tuesday's bank raid": the raid's day, not the arrests'
        subject = self._event_subject(s, i, a) or self._works_begun(s, i, a)
        self._by_subject = subject is not None
        if subject is not None:
            return subject  # "le verdict est tombé jeudi": the verdict's date
        taken = frozenset(x for p, q, _m in others if p != i for x in range(p, q))
        change = None
        sa, sb = s.clause(i, j, soft=True)
        best: tuple[int, str] | None = None
        own: tuple[int, str] | None = None  # the nearest event of the value's comma-bounded clause
        spans: list[tuple[int, int]] = []  # tokens of the event phrases seen
        openers = lang.marks["story_openers"]
        for k in self._event_starts(s, a, b):
            if i <= k < j or s.lows[k] in skip or s.name_at(k) is not None or k in taken:
                continue  # "the Kerval Foundation": a word of a name is no event
            if openers.at(s.lemmas, k, s.lows):
                return None, None  # "Tout commence le 5 août": the story's start, no event
            found = lang.events.at(s.lemmas, k, s.lows) or lang.event_prefix(s.lows[k])
            refl = k - 2 if k > 1 and s.lemmas[k - 1] == "être" else k - 1
            if found and found[1] == "said" and refl >= 0 and s.lows[refl] in lang.words("reflexive_pronouns"):
                found = (found[0], "founded")  # "un incendie s'est déclaré": broke out, not said
            if found and found[1] == "said" and k > j and "," in s.lows[j:k] and k >= len(s.lows) - 4 and i > a + 2:
                # "made landfall at about 3am, officials said": an attribution closing the
                # sentence does not date what it reports ("Samedi, Léa Roy a déclaré" does)
                found = None
            if not found and s.lows[k] in lang.data["first_words"] and s.name_at(k + 1) is not None:
                found = (1, "debut")  # "son premier Grand Prix"
            if found and found[1] == "released" and any(
                    s.lemmas[x] in lang.data["work_nouns"] for x in range(k + 1, min(len(s.lows), k + 5))):
                found = (found[0], "published")  # "released its album": a work is published, not freed
            if found and found[1] == "published" and self._out_of(s, k + found[0]):
                found = None  # "est sorti des rails", "sortie de l'hôpital": out of somewhere, no work
            if found:
                spans.append((k, k + found[0]))
                dist = (i - k) if k < i else (k - j + 2)
                if best is None or dist < best[0]:
                    best = (dist, str(found[1]))
                if sa <= k < sb and (own is None or dist < own[0]):
                    own = (dist, str(found[1]))
        aside = 0 < sa and s.lows[sa - 1] == "," and sb < len(s.lows) and s.lows[sb] == ","
        if aside and own is not None:
            best = own  # "Lea Roy, arrivée à la tête du groupe en 2020, a indiqué": the aside's own event
        elif aside:
            noun = next((k for k in range(i - 1, sa - 1, -1) if self._content(s, k) and s.name_at(k) is None
                         and k not in taken and not self._adverb(s.lows[k])), None)
            if noun is not None:
                return None, s.lemmas[noun]  # "Paul Roy, maire de Valmont de 2008 à 2020, a été condamné"
        inside = lambda x: any(p <= x < q for p, q in spans)  # noqa: E731
        joins = lang.words("conjunctions")
        for k in s.starts_of(lang.marks["change_verbs"], sa, sb):
            if k >= j and best is not None and any(s.lows[x] in joins for x in range(j, k)):
                continue  # "born in 1952 and grew up": another clause's verb
            if not i <= k < j and not inside(k) and lang.marks["change_verbs"].at(s.lemmas, k, s.lows):
                dist = (i - k) if k < i else (k - j + 2)
                if change is None or dist < change[0]:
                    change = (dist, s.lemmas[k])
        # in the value's own clause a change wins, unless an event word stands nearer ("a
        # striking climb for a party launched in 2009": launched)
        if change is not None and (best is None or change[0] <= best[0] or best[0] > 2):
            return None, change[1]  # "In 2017, his sentence was increased": a change of a figure
        if i >= 2 and s.lows[i - 1] in lang.words("noun_complements") and self._content(s, i - 2) \
                and not lang.events.at(s.lemmas, i - 2, s.lows) and s.lows[i - 2] not in skip \
                and s.lemmas[i - 2] not in lang.words("time_of_day_nouns") \
                and not self._follows(s, i, "compound_prepositions"):
            return None, s.lemmas[i - 2]  # "un rapport de 2012", "la crue de 1891": the noun's date
        # "Le bâtiment, construit en 1911, ... fondée en 1962": the word the value's
        # preposition hangs on governs it, before any event word farther away.
        head = self._governing_word(s, i, a, frozenset(
            x for p, q, m in others if p != i and m.kind == "duration" for x in range(p, q)))
        if best is not None and best[0] > 3 and head < i - 1 and self._content(s, head) and not inside(head) \
                and s.lows[head] not in skip \
                and not lang.events.at(s.lemmas, head, s.lows) and (self._verb_like(s, head) or not any(
                    lang.events.at(s.lemmas, k, s.lows) for k in range(sa, sb) if not i <= k < j)):
            return None, s.lemmas[head]  # "des faits commis en 2011", "first exhibited in X in 1985"
        if best is not None and best[0] <= 12:
            return best[1], None
        day_parts = lang.words("time_of_day_nouns")
        fillers = lang.words("event_fillers")
        for k in range(i - 1, max(a, i - 6) - 1, -1):
            if self._content(s, k) and s.lows[k] not in skip and not self._adverb(s.lows[k]) and k not in taken \
                    and s.lemmas[k] not in day_parts and s.lows[k] not in day_parts and s.lows[k] not in fillers:
                return None, s.lemmas[k]  # "struck in the early hours of Sunday": struck
        for k in range(j, min(b, j + 4)):
            if self._content(s, k) and s.lows[k] not in skip and k not in taken:
                return None, s.lemmas[k]
        return None, None

    def _owned_by_date(self, s: Sentence, j: int, b: int) -> tuple[str | None, str | None] | None:
        """A date written as a possessive before a noun ("Tuesday's bank raid",
        "Friday's storm") dates that noun: its lexicon event, else its lemma."""
        if j < 1 or j >= b or not s.lows[j - 1].endswith("'s"):
            return None
        run = []
        for k in range(j, min(b, j + 3)):
            if not self._content(s, k):
                break
            found = self.lang.events.at(s.lemmas, k, s.lows)
            if found:
                return str(found[1]), None
            run.append(k)
        return (None, s.lemmas[run[-1]]) if run else None

    def _out_of(self, s: Sentence, k: int) -> bool:
        """Does token k open a "de"/"of" complement with no work after it ("sorti des
        rails", not "la sortie de son album")?"""
        return k < len(s.lows) and s.lows[k] in self.lang.words("complement_openers") and not any(
            s.lemmas[x] in self.lang.data["work_nouns"] for x in range(k + 1, min(len(s.lows), k + 4)))

    def _event_starts(self, s: Sentence, a: int, b: int) -> list[int]:
        """The tokens in [a, b) where `event_near` can find something: a story opener, an
        event phrase, a word starting with an event word, or a "first" word."""
        lang = self.lang
        starters = self._starters
        if starters is None:
            starters = self._starters = frozenset(lang.events.firsts) | frozenset(lang.marks["story_openers"].firsts) \
                | lang.words("first_words")
        got = s.starts_of(starters, a, b)
        prefixed = [k for k in s.marked("event_prefix", lang.event_prefix) if a <= k < b]
        return sorted(set(got).union(prefixed)) if prefixed else got

    def _governing_word(self, s: Sentence, i: int, a: int, lasted: frozenset[int] = frozenset()) -> int:
        """The word a value's preposition hangs on: back past function words, adverbs,
        a place phrase ("exposé à Valmont en 1985": exposé) and the tokens of durations
        (`lasted`: "closed for three weeks in 2019": closed; a time is a noun's
        complement, "le journal de 13h du 16 octobre")."""
        lang = self.lang
        head = i - 1
        words = self._phrase_before(s, i, "compound_prepositions")
        if words is not None and len(words) < i - a:
            head = i - len(words) - 1  # "s'appliquera à partir du 1er octobre": past "à partir du"
        fillers = lang.words("event_fillers")
        while head > a:
            low = s.lows[head]
            if low in lang.function_words or self._adverb(low) or head in lasted or low in fillers:
                head -= 1
                continue
            n = s.name_at(head)
            if n is not None and n[0] - 1 > a and lang.marks["place_prepositions"].ending_at(s.lemmas, n[0], s.lows):
                head = n[0] - 1  # the place's preposition, a function word: skipped next
                continue
            break
        return head

    def _event_subject(self, s: Sentence, i: int, a: int) -> tuple[str | None, str | None] | None:
        """What a support verb's subject names when the verb governs the value: a lexicon
        event ("le procès s'est clôturé le 3 mai": trial) or an open one ("l'explosion a
        eu lieu à 14 h": explosion)."""
        lang = self.lang
        head = self._word_before(s, i, a)
        light = None
        for x in range(max(a, head - 2), head + 1):
            got = lang.marks["light_verbs"].at(s.lemmas, x, s.lows)
            if got and x + got[0] - 1 == head:
                light = x  # "a eu lieu": the support verb ends right before the value
        if light is None or light <= a:
            return None
        that = lang.words("that_words")
        k = next((x + 1 for x in range(light - 1, a - 1, -1) if s.lows[x] in that), a)  # "heard that the offence"
        while k < light and s.lows[k] in lang.function_words:
            k += 1
        if k >= light:
            return None
        found = lang.events.at(s.lemmas, k, s.lows)
        if found:
            return str(found[1]), None
        verb = lang.events.at(s.lemmas, light, s.lows)
        if verb:
            return str(verb[1]), None  # "the bridge was closed for a month": no event noun, an event verb
        if not self._content(s, k):
            return None
        if s.name_at(k) is None and k + 1 < light and self._content(s, k + 1) and s.name_at(k + 1) is None \
                and self.lang.data["adjectives_first"]:
            k += 1  # "the tragic incident occurred on": the noun after its adjective
        return None, s.lemmas[k]

    def _works_begun(self, s: Sentence, i: int, a: int) -> tuple[str, None] | None:
        """"Les travaux ont débuté en 2023", "construction began in 2023": a beginning verb
        right before the value whose subject is a noun of works dates the works' start,
        not a founding; one whose subject is an event's noun dates that event ("le procès
        a débuté lundi": the trial)."""
        lang = self.lang
        head = self._word_before(s, i, a)
        begin = lang.words("begin_verbs")
        if head <= a or (s.lemmas[head] not in begin and s.lows[head] not in begin):
            return None
        works = lang.words("works_nouns")
        k = a
        while k < head and (s.lows[k] in lang.function_words or s.lows[k] in PUNCT or s.lows[k] == ","):
            k += 1  # the clause's subject: its first word
        stops = lang.words("noun_complements")
        while k < head and s.lows[k] not in stops and s.lows[k] not in PUNCT and s.lows[k] != ",":
            # the words of the subject's noun phrase ("the opening ceremony of the bridge")
            if s.lows[k] in works or s.lemmas[k] in works:
                return "works_started", None
            event = lang.events.at(s.lemmas, k, s.lows)
            if event and str(event[1]) != "founded" and event[0] == 1 and s.name_at(k) is None:
                return str(event[1]), None  # "le procès a débuté lundi": the trial's date, not a founding
            k += 1
        return None

    def _part_of_year(self, s: Sentence, i: int, a: int) -> str | None:
        """"the third quarter of 2026", "au troisième trimestre 2026": the part of the
        year an ordinal and a period noun name before it ("third quarter"), else None."""
        lang = self.lang
        k = self._word_before(s, i, a)
        if k <= a or s.lows[k] not in lang.words("year_parts") or s.lows[k - 1] not in lang.words("period_ordinals"):
            return None
        return f"{s.lows[k - 1]} {s.lows[k]}"

    def _is_year(self, s: Sentence, i: int, e: int, b: int) -> bool:
        """A four-digit number is a year unless a counted noun follows ("2000 morts")."""
        if i > 0 and (s.lows[i - 1] in ("(", ",") or s.lows[i - 1] in self.lang.words("year_openers")):
            return True
        k = self.noun_after(s, e, b)
        if k is None:
            return True
        return self.lang.data["months"] and any(s.lows[k] in (w.lower() for w in grp) for grp in self.lang.data["months"])

    def _dated(self, s, m, i, e, a, b, family, spans, resolve) -> Frame:
        f = Frame(family)
        if family == "date" and self._as_of(s, i):
            f.measure, f.strength, f.how = "as_of", WEAK, "reference"  # when the figures hold: no event
            return f
        ev, op = self.event_near(s, i, e, a, b, others=spans)
        since = i > 0 and s.lows[i - 1] in self.lang.words("since_words")
        if since and ev != "founded":
            f.measure, f.strength, f.how = "since", OPEN_STRENGTH, "event"
            f.event = OPEN + op if op else None
        elif ev:
            f.measure, f.strength, f.how, f.event = ev, LEXICON, "event", ev
        elif m.value.hedge == "range" and family == "year":
            f.measure, f.strength, f.how = "period", LEXICON * 0.9, "period"  # "entre 2009 et 2016"
        elif op:
            # "le séisme s'est produit le 14 octobre": a support verb's subject names the
            # event surely; another word near the date only may
            strength = OPEN_STRENGTH if self._by_subject else WEAK
            f.measure, f.strength, f.how, f.event = OPEN + op, strength, "event", OPEN + op
        else:
            f.measure, f.strength, f.how = family, WEAK * 0.5, ""
        places: set[int] = set()
        place = self.place_after(s, e, b) or self.place_before(s, i, a)
        if place:
            f.place, f.place_text = place
            places.update(n[0] for n in s.names if n[2] == place[0])
        if family == "time":
            f.time = self.time_of(s, i, a, b, spans, day_ok=True)  # "Au 1er juin à 10h": the day
        if m.period or m.value.hedge == "range":
            f.group = "range"  # an end of a period, not a date of its own
        part = self._part_of_year(s, i, a) if family == "year" else None
        if part is not None:
            f.group = part  # "in the third quarter of 2026": that quarter, not the year
        self._anchor(f, s, i, e, a, b, places, resolve, after=True)
        n = s.name_at(f.anchor_at) if f.anchor is not None and f.anchor_at >= 0 and f.event else None
        comma = None if n is None else next((x for x in (n[1], n[1] + 1) if x < i and s.lows[x] == ","), None)
        if comma is not None and any(self.lang.events.at(s.lemmas, x, s.lows)
                                     for x in s.starts_of(self.lang.events, comma + 1, min(i, comma + 5))):
            f.anchor_how = "apposition"  # "le groupe Halden, fondé en 1962": the event is the name's
        return f
