"""The entity a value is about: a name in apposition, the nearest name of its clause,
a pronoun's antecedent, or the article's subject."""
from __future__ import annotations

from .clauses import Clauses
from .model import PUNCT, Frame, Sentence


class Anchors(Clauses):
    """Who or what each value is about."""

    adjectival: frozenset[str] = frozenset()  # names the article only uses before a noun
    persons: frozenset[str] = frozenset()  # full names the article also refers to by surname

    def _demonym(self, s: Sentence, n: tuple[int, int, str, str]) -> bool:
        """"the South African athlete", "Greek authorities": a capitalised adjective
        (its article always puts a noun after it; a person's name is also a subject)."""
        if not self.lang.data["capitalised_demonyms"] or n[1] >= len(s.lows) or not s.surface[n[1]][:1].islower():
            return False
        return n[2] in self.adjectival

    def anchor(self, s: Sentence, i: int, j: int, a: int, b: int, places: set[int],
               after: bool = False, subject: bool = False) -> tuple[str, str, str] | None:
        """The entity a value is about: a name in apposition ("Marc Vidal (58 ans)",
        "Léa Roy – 90 jours"), else the nearest name before it in the clause, else (for
        ages and durations) a name right after it."""
        if i >= 2 and s.lows[i - 1] in ("(", "–", "—", "-", ",", ":"):
            k = i - 2
            if s.lows[i - 1] == ":" and s.lows[k] == ")":
                while k > a and s.lows[k] != "(":
                    k -= 1
                k -= 1
            name = s.name_at(k)
            if name is not None and (name[1] == i - 1 or name[1] == k + 1) and not self._locative(s, name[0]) \
                    and not self._source(s, name):
                self._at = name[0]
                return name[2], name[3], "apposition"
        own = self._complement_name(s, j, b, places)
        if own is not None:
            self._at = own[0]
            return own[2], own[3], "text"  # "les huit mois de son prédécesseur, Léa Roy"
        agents = self.lang.words("agent_prepositions")
        usable = [n for n in s.names if a <= n[0] and n[1] <= i and n[0] not in places and not self._source(s, n)
                  and not self._locative(s, n[0]) and not self._demonym(s, n) and s.lows[n[0] - 1:n[0]] != ["("]
                  and not (n[0] > 0 and s.lows[n[0] - 1] in agents)]  # "nommé par X": the agent, not the subject
        heads = [n for n in usable if not self._modifier(s, n) and not self._completes_noun(s, n)]
        if heads:
            usable = heads  # "Lena Roy won the Valmont marathon": not Valmont; "the Halden group, founded": Halden
        else:  # "a Valsora League record 90 million euros": the name qualifies a word of the value's own phrase
            usable = [n for n in usable if not (n[1] + 1 == i and self._modifier(s, n))]
        soft_a = s.clause(i, j, soft=True)[0]
        near = [n for n in usable if n[0] >= soft_a]
        if near:
            self._at = near[-1][0]
            return near[-1][2], near[-1][3], "text"  # "and Anna Lind to 56 months"
        if after and j < len(s.lows) - 1 and s.lows[j] in self.lang.words("for_words") and s.name_at(j + 1) is not None:
            n = s.name_at(j + 1)
            self._at = n[0]
            return n[2], n[3], "text"  # "7 years for Andrew Chiu"
        if usable:
            n = usable[0] if subject else usable[-1]  # the clause's subject comes first
            if subject and len(usable) > 1 and self._person_of_phrase(s, usable[0], usable[1]):
                n = usable[1]  # "L'ancien maire de Valbourg, Gérard Tessier, a été condamné"
            if not subject and len(usable) > 1 and self._in_apposition(s, n, usable[0]) and \
                    all(w in self.lang.function_words for w in s.lows[a:usable[0][0]]):
                n = usable[0]  # "Anna Lind, trésorière du club de Valmont, a été arrêtée mardi"
            elif not subject and len(usable) > 1:
                # "a condamné Paul Roy, ancien patron du groupe Valtex, à 5 ans et à 300 000
                # euros d'amende": a name inside an apposition closed before the value
                # qualifies the name the apposition follows
                k = len(usable) - 1
                while k > 0 and usable[k] is n:
                    m = next((x for x in reversed(usable[:k]) if x[1] < len(s.lows) and s.lows[x[1]] == ","), None)
                    if m is None or " " not in m[3] or not self._in_apposition(s, n, m, before=i):
                        break
                    n = m
                    k = usable.index(m)
            self._at = n[0]
            return n[2], n[3], "text"
        if j < len(s.lows) - 1 and s.lows[j] in self.lang.words("for_words") and after:
            n = s.name_at(j + 1)
            if n is not None:
                self._at = n[0]
                return n[2], n[3], "text"  # "7 years for Andrew Chiu"
        if after:
            for n in s.names:
                if j <= n[0] <= j + 5 and n[0] < b + 3 and n[0] not in places and s.lows[n[0] - 1] != "(" \
                        and not self._locative(s, n[0]):  # "À 34 ans, l'artiste originaire de Lanvic": a place
                    self._at = n[0]
                    return n[2], n[3], "text"
        return None

    def _modifier(self, s: Sentence, n) -> bool:
        """A name between an article and a lowercase noun modifies that noun ("won the
        Valmont marathon in 2:21:40"): where the language puts modifiers first, it is not
        who the clause is about."""
        return bool(self.lang.data["adjectives_first"]) and n[0] > 0 and n[1] < len(s.lows) \
            and s.lows[n[0] - 1] in self.lang.words("articles") and s.surface[n[1]][:1].islower() \
            and self._content(s, n[1]) and s.lows[n[1]] not in self.lang.words("number_words")

    def _completes_noun(self, s: Sentence, n) -> bool:
        """A name completing a common noun ("la cour d'appel de Corbel", "the mayor of
        Lisk"): the noun's, not a participant of the clause (taken only if no other is);
        "la ville de Lisk" is Lisk itself."""
        if n[1] + 1 < len(s.lows) and s.lows[n[1]] == "," and s.lows[n[1] + 1] in self.lang.words("relative_pronouns"):
            return False  # "the death of Lea Roy, who died in 2013": the relative clause's subject
        return n[0] >= 2 and s.lows[n[0] - 1] in self.lang.words("noun_complements") and self._content(s, n[0] - 2) \
            and s.name_at(n[0] - 2) is None and s.lemmas[n[0] - 2] not in self.lang.words("place_nouns")

    def _person_of_phrase(self, s: Sentence, first, second) -> bool:
        """Is `second` a full name for the person a noun phrase around `first` names: set
        off by commas after a noun's complement ("le maire de Valbourg, Gérard Tessier,"),
        or right after a role that `first` qualifies ("Sellbank chief executive Richard
        Hale")?"""
        if " " not in second[2]:
            return False
        if first[0] > 0 and s.lows[first[0] - 1] in self.lang.words("noun_complements") \
                and first[1] < len(s.lows) and s.lows[first[1]] == "," and second[0] == first[1] + 1 \
                and second[1] < len(s.lows) and s.lows[second[1]] == ",":
            return True
        # "Sellbank chief executive Richard Hale was jailed": a name, a role, the person
        between = range(first[1], second[0])
        return 0 < len(between) <= 3 and all(s.surface[k][:1].islower() and self._content(s, k) for k in between)

    def _in_apposition(self, s: Sentence, n, first, before: int | None = None) -> bool:
        """Is name n inside the commas that follow name `first` ("Anna Lind, trésorière
        du club de Valmont, a été arrêtée": Valmont is in Anna Lind's apposition), with
        the closing comma before token `before` if given?"""
        if first[1] >= len(s.lows) or s.lows[first[1]] != ",":
            return False
        close = next((x for x in range(n[1], len(s.lows)) if s.lows[x] in (",",) or s.lows[x] in PUNCT), None)
        return close is not None and s.lows[close] == "," and "," not in s.lows[first[1] + 1:n[0]] \
            and (before is None or close < before)

    def _named_after(self, s: Sentence, e: int, b: int):
        """The name a noun phrase after an age is apposed to: "the 61-year-old mayor of
        Valmont, Paul Ricard", "a 34-year-old novelist, Lea Morin"."""
        x = e
        while x < b and x < e + 8 and s.lows[x] != ",":
            if s.lows[x] in PUNCT or (s.name_at(x) is not None and s.lows[x - 1] not in self.lang.words("name_complements")):
                return None  # a name of its own before any comma: not an apposition
            n = s.name_at(x)
            x = n[1] if n is not None else x + 1
        if x + 1 >= b or s.lows[x] != "," or x == e:
            return None
        n = s.name_at(x + 1)
        return n if n is not None and " " in n[2] and not self._locative(s, n[0]) else None

    def _source(self, s: Sentence, n) -> bool:
        """A name that gives the figure rather than having it: "selon (un décompte de)
        l'AFP", "according to Reuters", "AFP reported that"."""
        key = ("source", n[0], n[1])
        got = s.memo.get(key)
        if got is None:
            got = s.memo[key] = self._is_source(s, n)
        return got

    def _is_source(self, s: Sentence, n) -> bool:
        lo = s.clause(n[0], n[1], soft=True)[0]
        if any(w in self.lang.words("source_markers") for w in s.lows[lo:n[0]]):
            return True
        if n[1] + 1 < len(s.lows) and s.lows[n[1] + 1] in self.lang.words("that_words"):
            return self.lang.marks["reporting_verbs"].at(s.lemmas, n[1], s.lows) is not None
        return False

    def _complement_name(self, s: Sentence, j: int, b: int, places: set[int]):
        """The name completing a value: "the 12 employees of Acme", "les huit mois de
        son prédécesseur, Léa Roy" (a determiner or possessive, at most one noun and a
        comma may stand between)."""
        if j >= b or s.lows[j] not in self.lang.words("noun_complements"):
            return None
        k = j + 1
        if k < b and (s.lows[k] in self.lang.function_words or s.lows[k] in self.possessives):
            k += 1
        if k < b and s.name_at(k) is None and self._content(s, k) and k + 1 < b and s.lows[k + 1] == ",":
            k += 2  # "de son prédécesseur, Léa Roy"
        n = s.name_at(k) if k < b else None
        if n is None or n[0] != k or n[0] in places or self._locative(s, n[0]) or self._demonym(s, n):
            return None
        return n

    def _referring(self, possessives: bool) -> frozenset[str]:
        """The pronouns (with `possessives`, and the possessives) that stand for a person
        or a group, not a thing."""
        got = self._refer.get(possessives)
        if got is None:
            got = self._refer[possessives] = (self.pronouns | (self.possessives if possessives else frozenset())) \
                - self.lang.words("thing_pronouns")
        return got

    def _anchor(self, f: Frame, s, i, e, a, b, places, resolve, after=False, pronoun_first=False,
                nearest=True, subject=False, main=None) -> None:
        """Who or what the value is about. A story's toll is about the story unless a
        name stands in apposition ("Valmont (6 morts)"); other values take the nearest
        name of their clause, or a pronoun's antecedent."""
        if pronoun_first and i >= 2 and s.lows[i - 2] in self.pronouns and resolve is not None:
            got = resolve(s.starts[i - 2])
            if got:
                f.anchor, f.anchor_text, f.anchor_how = got[0], got[1], "pronoun"
                return
        self._at = -1
        got = self.anchor(s, i, e, a, b, places, after=after, subject=subject)
        if resolve is not None and (got is None or got[2] != "apposition"):
            # "Il s'appelait X lorsqu'il a commencé vers 2007": the pronoun is the subject;
            # "his release on Friday" its possessive; "En 1957, il réalise...": after.
            last = max((n[1] for n in s.names if a <= n[0] and n[1] <= i), default=-1)
            # a possessive after a name of the sentence is that name's ("Léa Roy ... son deuxième but")
            refer = self._referring(last < 0)
            pron = next((k for k in range(i - 1, max(last, a - 1), -1) if s.lows[k] in refer and not (
                s.lows[k] in self.possessives and k + 1 < len(s.lows) and
                self._numeral(s, k + 1))), None)
            if pron is None and (got is None or self._at >= e):
                # "En 1957, il remporte son premier Grand Prix": the subject after a fronted
                # date is a pronoun, before the name that follows
                pron = next((k for k in range(e, min(len(s.lows), e + 3)) if s.lows[k] in refer
                             and (got is None or k < self._at)), None)
            if pron is not None:
                found = resolve(s.starts[pron])
                if found:
                    f.anchor, f.anchor_text, f.anchor_how, f.anchor_at = found[0], found[1], "pronoun", pron
                    return
        if got is not None and (nearest or got[2] == "apposition"):
            f.anchor, f.anchor_text, f.anchor_how = got
            f.anchor_at = self._at
            return
        if got is None and nearest and resolve is not None and any(w in self.pronouns for w in s.lows[a:i]):
            found = resolve(s.starts[a])
            if found:
                f.anchor, f.anchor_text, f.anchor_how = found[0], found[1], "pronoun"
                return
        if f.anchor is None and main is not None:
            # "le gouvernement ... de Léa Roy" later in the sentence, else the article's subject
            later = next((n for n in s.names if n[0] >= e and " " in n[2] and not self._locative(s, n[0])
                          and s.lows[n[0] - 1] not in self.lang.words("agent_prepositions")), None)
            if later is not None:
                f.anchor, f.anchor_text, f.anchor_how, f.anchor_at = later[2], later[3], "text", later[0]
            else:
                f.anchor, f.anchor_text, f.anchor_how = main[0], main[1], "main"
