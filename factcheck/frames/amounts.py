"""Amounts of money, quantities with a unit, and percents."""
from __future__ import annotations

from .clauses import Clauses
from .model import DIMENSION, LEXICON, OPEN, OPEN_STRENGTH, STORY, WEAK, Frame, Sentence


class Amounts(Clauses):
    """The frames of amounts, quantities and percents."""

    def _amount(self, s, m, i, j, e, a, b, spans, places, resolve, main=None) -> Frame:
        lang = self.lang
        f = Frame("amount")
        measure = None
        # "300 000 € d'amende", "a €2 million fine", "$5 billion in damages"
        k = e
        if k < b and s.lows[k] in lang.words("amount_links"):
            k += 1
        if k < b:
            found = lang.roles["nouns"].at(s.lemmas, k, s.lows) or lang.roles["heads"].at(s.lemmas, k, s.lows)
            if found and found[1].family == "money":
                measure, f.how = found[1], "noun"
        if measure is None and e < b:
            # "$38.50 per share", "$36.50 in cash for each share": what the sum is said to be
            for x in (e, e + 2) if e + 2 < b and s.lows[e] in lang.words("amount_links") else (e,):
                found = lang.roles["predicates"].at(s.lemmas, x, s.lows)
                if found and found[1].family == "money":
                    measure, f.how = found[1], "predicate"
                    break
        gm, _g = self.governor_before(s, i, a, "money")
        if f.how == "predicate":
            gm = None  # "will receive $36.50 per share": the sum is said to be a share's price
        head = lang.roles["heads"].ending_at(s.lemmas, i, s.lows)
        if head is None and i >= 2 and s.lows[i - 1] in lang.words("complement_prepositions"):
            head = lang.roles["heads"].ending_at(s.lemmas, i - 1, s.lows)  # "percevra une indemnité de 38 000 euros"
        verb = lang.roles["governors"].ending_at(s.lemmas, i, s.lows)
        if head is not None and head[1].family == "money" and (verb is None or head[0] > verb[0]):
            gm = None  # "a deal worth £45m": the longer phrase right before the sum (a fee), not "worth"
            if measure is None:
                measure, f.how = head[1], "head"
        if gm is not None and gm.valuation and measure is None:
            # "the transfer fee, which reports put at €100m", "a fee estimated to be worth
            # €100m": what is valued is the sum the clause names before, past a relative
            heads, money = lang.roles["heads"], (lambda v: v.family == "money" and not v.valuation)
            named = [got for k in s.starts_of(heads, max(a, i - 16), i)
                     if (got := heads.at(s.lemmas, k, s.lows, want=money))]
            if named:
                gm, measure, f.how = None, named[-1][1], "head"
        if gm is None and measure is None and e < b and s.lows[e] in lang.words("for_words"):
            # "Lorvik will pay $6.9bn for Chirp": the verb, the sum, then its phrase's preposition
            x = i
            while x > a and s.lows[x - 1] in lang.function_words:
                x -= 1
            if x > a:
                found = lang.roles["governors"].ending_at([s.lemmas[x - 1], s.lemmas[e]], 2, [s.lows[x - 1], s.lows[e]])
                if found and found[0] == 2 and found[1].family == "money":
                    gm = found[1]
        if gm is not None:
            measure, f.how = gm, "governor"
        if measure is None:
            hm, _h = self.head_before(s, i, a, "money")
            if hm is not None:
                measure, f.how = hm, "head"
        if measure is not None:
            f.measure, f.strength = measure.key, STORY if measure.story else LEXICON
        else:
            noun = None
            if i >= 2 and s.lows[i - 1] in lang.words("complement_prepositions") and self._content(s, i - 2):
                x = i - 2
                if x >= 1 and s.lows[x].endswith(tuple(lang.data["participle_endings"])) and self._content(s, x - 1) \
                        and s.name_at(x - 1) is None:
                    x -= 1  # "un fonds doté de 90 millions": the fund, not "doter"
                noun = s.lemmas[x]
            elif k < b and self._content(s, k) and s.lows[e] in lang.words("amount_of"):
                noun = s.lemmas[k]
            elif k < b and lang.data["adjectives_first"] and self._content(s, k) and s.name_at(k) is None \
                    and i >= 1 and s.lows[i - 1] in lang.words("articles"):
                noun = s.lemmas[k]  # "a 80 million euro fund": the noun the sum qualifies
            f.measure, f.strength, f.how = (OPEN + noun, OPEN_STRENGTH, "noun") if noun else ("amount", WEAK, "")
        self._qualify(f, s, m, i, j, e, a, b, spans, places)
        self._anchor(f, s, i, e, a, b, places, resolve, main=main)
        return f

    def _quantity(self, s, m, i, j, e, a, b, spans, places, resolve) -> Frame:
        lang = self.lang
        f = Frame("quantity")
        dim = m.value.unit or "none"
        fits = lambda x: x is not None and x.family == "measure" and x.dimension in (None, dim)  # noqa: E731
        measure = None
        # What the value is said to be ("60 m de profondeur", "95 m long"), of ("120 mm
        # de pluie"), or said of ("profond de 60 m"); else the noun it is predicated of
        # ("le cumul ... a atteint 85 mm"), else the verb governing it ("stretched 3 km").
        found = lang.roles["predicates"].at(s.lemmas, e, s.lows) if e < b else None
        if found and fits(found[1]):
            measure, f.how = found[1], "predicate"
        k = e + 1 if e + 1 < b and s.lows[e] in lang.words("complement_prepositions") else None
        got = lang.roles["nouns"].at(s.lemmas, k, s.lows, want=fits) if k is not None else None
        if measure is None and got:
            measure, f.how = got[1], "noun"
        before = lang.roles["predicates"].ending_at(s.lemmas, i - 1, s.lows) \
            if i >= 2 and s.lows[i - 1] in lang.words("complement_prepositions") else None
        if measure is None and before and fits(before[1]):
            measure, f.how = before[1], "predicate"
        right_before = lang.roles["governors"].ending_at(s.lemmas, i, s.lows)  # a phrase ending at the value
        if measure is None and i > a and right_before and right_before[0] >= 2 and fits(right_before[1]):
            # "la vitesse est limitée à 80 km/h": a verb and its preposition right before the
            # value name it before the subject does (not a bare verb: "rainfall reached 85 mm")
            measure, f.how = right_before[1], "governor"
        if measure is None:
            hm, _h = self.head_before(s, i, a, "measure", want=fits)
            if hm is not None:
                measure, f.how = hm, "head"
        gm, _g = self.governor_before(s, i, a, "measure")
        if measure is None and fits(gm):
            measure, f.how = gm, "governor"  # "the queue stretched 3 km"; not "winds reached 90 mph"
        k = e + 1 if e < b and s.lows[e] in lang.words("complement_prepositions") else e
        if f.how == "predicate" and found:
            k = e + found[0]  # "3,5 mètres de long": "de long" names the measure, not what is measured
        if k == e and not (i >= 1 and s.lows[i - 1] in lang.words("articles")):
            k = b  # "a 41 km line" qualifies its noun; "of magnitude 6.4 struck" is followed by a verb
        what = []
        while k < b and len(what) < 3 and (self._content(s, k) or s.lows[k] in lang.words("compound_joiners")):
            if self._content(s, k):
                what.extend(p for p in s.lemmas[k].split("-") if len(p) > 2)
            k += 1
        if not what and f.how == "governor":
            # "une réplique de magnitude 4,9", "an aftershock of magnitude 4.9": the noun
            # before the measure's phrase is what is measured
            x = i - right_before[0] - 1 if right_before else -1
            if x > a and s.lows[x] == ",":
                x -= 1  # "La secousse, d'une magnitude de 6,4"
            if x >= a and self._content(s, x) and s.name_at(x) is None:
                what = [s.lemmas[x]]
        if what:
            f.noun = " ".join(sorted(set(what)))  # what is measured: "2 750 tonnes de sulfate de cuivre"
        if measure is None:
            measure = lang.only_measure(dim)  # "130 km/h": the only measure of speeds
            if measure is not None:
                f.how = "dimension"
        if measure is not None:
            f.measure, f.strength = measure.key, STORY if measure.story else LEXICON
        else:
            f.measure, f.how = DIMENSION + (m.value.unit or "?"), "dimension"
            f.strength = LEXICON if what else OPEN_STRENGTH
        self._qualify(f, s, m, i, j, e, a, b, spans, places)
        self._anchor(f, s, i, e, a, b, places, resolve)
        return f

    def _noun_measure(self, s: Sentence, k: int, heads: bool = True) -> tuple[str, bool]:
        """The measure a noun names: a lexicon key (with `heads`, a head's too: "revenue")
        and True, or its lemma as an open key and False."""
        roles = self.lang.roles
        found = (heads and roles["heads"].at(s.lemmas, k, s.lows)) or roles["nouns"].at(s.lemmas, k, s.lows)
        return (found[1].key, True) if found else (OPEN + s.lemmas[k], False)

    def _rate_of(self, s: Sentence, x: int, i: int) -> int:
        """The noun a rate noun is of ("le taux de chômage", "the rate of inflation",
        "la part des femmes"): the percent measures it; else x itself."""
        if s.lemmas[x] not in self.lang.words("rate_nouns"):
            return x
        k = x + 1
        if k < i and s.lows[k] in self.lang.words("noun_complements"):
            k += 1
            while k < i and s.lows[k] in self.lang.function_words:
                k += 1
            if k < i and self._content(s, k):
                return k
        return x

    def _stated_of(self, s: Sentence, x: int, i: int) -> bool:
        """Is the value at i the figure a copula states of the noun phrase at x
        ("Turnout was 61.2 %", "voter turnout stood at 48 %", "la participation aux
        municipales s'est établie à 61,2 %")? The words right before the value are a
        copula and function words only."""
        lang = self.lang
        copulas, reflexive, aux = lang.words("copula_lemmas"), lang.words("reflexive_pronouns"), \
            lang.words("auxiliaries")
        k, seen = i - 1, False
        while k > x:
            if s.lemmas[k] in copulas:
                seen = True
            elif not (s.lows[k] in lang.function_words or s.lows[k] in reflexive or s.lows[k] in aux):
                break
            k -= 1
        return seen

    def _changed_noun(self, s: Sentence, i: int, a: int) -> int | None:
        """The noun a change verb right before the value is said of ("its revenue rose
        12 %", "profits fell by 35 %", "le chiffre d'affaires a progressé de 12 %")."""
        lang = self.lang
        k = self._word_before(s, i, a)  # past "by", "de"
        got = lang.marks["change_verbs"].ending_at(s.lemmas, k + 1, s.lows)
        if not got or k - got[0] < a:
            return None
        k -= got[0]
        aux = lang.words("auxiliaries")
        while k >= a and (s.lows[k] in aux or self._adverb(s.lows[k])):
            k -= 1  # "a", "has", "sharply"
        n = s.name_at(k) if k >= a else None
        if n is not None and n[0] - 1 > a and s.lows[n[0] - 1] in lang.words("noun_complements"):
            k = n[0] - 2  # "le chiffre d'affaires de Valtex a progressé": the noun before its name
        if k < a or not self._content(s, k) or s.name_at(k) is not None:
            return None
        start = k  # the noun phrase's first content word: "chiffre" of "chiffre d'affaires"
        while start - 2 >= a and s.lows[start - 1] in lang.words("noun_complements") and self._content(s, start - 2) \
                and s.name_at(start - 2) is None:
            start -= 2
        return start

    def _percent(self, s, m, i, j, e, a, b, spans, places, resolve) -> Frame:
        f = Frame("percent")
        k = e
        if k < b and s.lows[k] in self.lang.words("noun_complements"):
            f.part = True
            x = k + 1
            while x < b and s.lows[x] in self.lang.function_words:
                x += 1  # "54 % of the vote", "32 % des voix"
            n = self.noun_after(s, x, b)
            if n is not None:
                f.measure, known = self._noun_measure(s, n, heads=False)
                f.strength, f.how = (LEXICON if known else OPEN_STRENGTH), "noun"
        if not f.measure:
            changed = self._changed_noun(s, i, a)
            if changed is not None:  # "its revenue rose 12 %": the change of revenue
                f.measure, known = self._noun_measure(s, changed)
                f.strength, f.how = (LEXICON if known else OPEN_STRENGTH), "head"
        if not f.measure and i >= 2 and s.lows[i - 1] in self.lang.words("noun_complements") \
                and self._content(s, i - 2) and s.name_at(i - 2) is None and i - 2 >= a:
            # "a premium of 27 %", "une hausse de 5 %": the noun the percent completes
            x = self._rate_of(s, i - 2, i)
            f.measure, known = self._noun_measure(s, x)
            f.strength, f.how = (LEXICON if known else OPEN_STRENGTH), "head"
        if not f.measure and e < b and self._content(s, e) and not self._adverb(s.lows[e]) \
                and s.lemmas[e] not in self.lang.words("copula_lemmas"):
            # "the fire was 15 % contained", "a 9 % pay rise": the word the percent qualifies
            f.measure, known = self._noun_measure(s, e, heads=False)
            f.strength, f.how = (LEXICON if known else OPEN_STRENGTH), "noun"
        if not f.measure:
            start = a
            soft = s.clause(i, i + 1, soft=True)[0]
            if a < soft < i and s.lows[a] in self.lang.function_words and s.lows[a] not in self.lang.words("articles"):
                start = soft  # "Depuis le début de l'année, le déficit atteint 40 %": past the fronted phrase
            for x in range(start, i):  # "Le chômage atteint 7,5 %": what the clause is about
                if self._content(s, x):
                    stated = self._stated_of(s, x, i)
                    x = self._rate_of(s, x, i)  # "le taux de chômage": unemployment
                    key, known = self._noun_measure(s, x)
                    if known and stated:  # "Turnout was 61.2 %": a lexicon noun and its figure
                        f.measure, f.strength, f.how = key, LEXICON, "head"
                    else:
                        f.measure, f.strength, f.how = OPEN + s.lemmas[x], OPEN_STRENGTH if stated else WEAK, "head"
                    break
        if not f.measure:
            f.measure, f.strength = "percent", WEAK
        elif f.part and f.how == "head" and f.strength == LEXICON:
            f.part = False  # "Turnout was 61.5 % of the 2.2 million voters": the rate itself, of its base
        self._qualify(f, s, m, i, j, e, a, b, spans, places)
        self._anchor(f, s, i, e, a, b, places, resolve)
        return f
