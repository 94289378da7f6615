"""The base of the frame reader: a clause's counted noun, its predicate, a governing
verb and the head noun a value is predicated of."""
from __future__ import annotations

from ..language import Language, Measure
from .model import OPEN, PUNCT, SOFT, Sentence


class Clauses:
    """Lookups over one clause, shared by every part of the reader."""

    def __init__(self, lang: Language):
        self.lang = lang
        d = lang.data
        self.subsets = {k.lower(): v for k, v in d["subsets"].items()}
        self.things = d["things"]
        self.hedging = frozenset(w.lower().replace("’", "'") for w in d["hedging_words"])
        self._hedge_firsts = frozenset(w.split(" ")[0] for w in self.hedging if w.count(" ") == 1)  # two-word hedges
        self.pronouns = frozenset(w.lower() for w in d["pronouns"])
        self.possessives = frozenset(w.lower() for w in d["possessives"])
        self.adverb_endings = tuple(d["adverb_endings"])
        self.modifier_endings = tuple(d["modifier_endings"])
        self._split: dict[str, list[list[str]]] = {}  # data phrases as word lists, by key
        self._refer: dict[bool, frozenset[str]] = {}  # see Anchors._referring
        self._adverbs: dict[str, bool] = {}  # words by whether their ending makes them adverbs
        self._parts: dict[str, tuple[str, ...]] = {}  # lemmas -> their parts of three letters or more
        self._starters: frozenset[str] | None = None  # the words Events.event_near may start at

    def _split_list(self, key: str) -> list[list[str]]:
        """The phrases listed under `key` in the data file, each as its words."""
        phrases = self._split.get(key)
        if phrases is None:
            phrases = self._split[key] = [w.split() for w in self.lang.data[key]]
        return phrases

    def _phrase_before(self, s: Sentence, i: int, key: str) -> list[str] | None:
        """The phrase listed under `key` that the words right before token i spell ("age of")."""
        return next((p for p in self._split_list(key) if s.lows[max(0, i - len(p)):i] == p), None)

    def _follows(self, s: Sentence, i: int, key: str) -> bool:
        """Do the words right before token i spell one of the phrases listed under `key`?"""
        return self._phrase_before(s, i, key) is not None

    def _content(self, s: Sentence, k: int) -> bool:
        low = s.lows[k]
        return self.lang.is_content(low) and s.name_at(k) is None

    def _numeral(self, s: Sentence, k: int) -> bool:
        """Is token k a number, in digits or words ("12", "douze", "twelve")?"""
        low = s.lows[k]
        return low[:1].isdigit() or low in self.lang.data["number_words"]

    def _adverb(self, low: str) -> bool:
        """"grièvement", "précisément", "reportedly": manner adverbs, by their ending."""
        got = self._adverbs.get(low)
        if got is None:
            got = self._adverbs[low] = any(low.endswith(x) and len(low) > len(x) + 2 for x in self.adverb_endings)
        return got

    def _skip_modifiers(self, s: Sentence, k: int, stop: int) -> int:
        """Past words that sit between a number and its noun ("autres", "more")."""
        lang = self.lang
        while k < stop:
            low = s.lows[k]
            if low in lang.skip_after_number or self._adverb(low):
                k += 1
                continue
            break
        return k

    def noun_after(self, s: Sentence, k: int, stop: int) -> int | None:
        """The token index of the counted noun after a value ending before token k."""
        lang = self.lang
        if 0 < k < stop - 1 and s.lows[k] == "-" and s.starts[k] == s.ends[k - 1] and s.starts[k + 1] == s.ends[k] \
                and self._content(s, k + 1):
            return k + 1  # "a 6.3-magnitude tremor", "a 40-page report": the word joined to the value
        k = self._skip_modifiers(s, k, stop)
        if k < stop and s.lows[k] in lang.words("complement_prepositions") and k + 1 < stop:
            k = self._skip_modifiers(s, k + 1, stop)  # "une cinquantaine d'albums", "dozens of"
        if k < stop and not self._content(s, k) and lang.roles["nouns"].at(s.lemmas, k, s.lows):
            n = s.name_at(k)
            if n is not None and n[1] == k + 1:
                return k  # "27 États": a counted noun of the lexicon, capitalised
        if k >= stop or not self._content(s, k):
            return None
        if not lang.data["adjectives_first"]:
            return k
        # Adjectives first (English): the head is the first plural-looking word.
        run = []
        while k < stop and len(run) < 5:
            if self._content(s, k):
                run.append(k)
            elif run and s.lows[k] in lang.words("adjective_joiners") and s.lows[run[-1]].endswith(self.modifier_endings) \
                    and k + 1 < stop:
                pass  # "50 confirmed and more suspected cases"
            elif not (run and s.lows[k] in lang.words("adjective_modifiers")):
                break
            k += 1
        nouns = lang.roles["nouns"]
        for n, x in enumerate(run):
            low, lem = s.lows[x], s.lemmas[x]
            if low.endswith(self.modifier_endings) and n + 1 < len(run) and not (
                    nouns.at(s.lemmas, x, s.lows) and not self._noun_like(s, run[n + 1])):
                continue  # "50 confirmed and more suspected cases": adjectives first
            # (but "the 154 deceased except one": a lexicon noun before no noun is the head)
            if nouns.at(s.lemmas, x, s.lows) or low in lang.generic_nouns or lem in lang.generic_nouns:
                return x
            if lem != low and not low.endswith(self.modifier_endings):
                return x
        return run[0] if len(run) == 1 or not s.lows[run[0]].endswith(self.modifier_endings) else run[-1]

    def _verb_like(self, s: Sentence, k: int) -> bool:
        """A participle by its ending ("commis", "exhibited") or after an auxiliary ("had
        been built"): a verb of its own, not the object of another."""
        low = s.lows[k]
        if any(low.endswith(x) and len(low) > len(x) + 2 for x in self.lang.data["participle_endings"]):
            return True
        return k >= 1 and self.lang.marks["auxiliaries"].ending_at(s.lemmas, k, s.lows) is not None

    def _noun_like(self, s: Sentence, x: int) -> bool:
        """A lexicon noun, a generic noun ("people") or a word the lemmatiser changes (a plural)."""
        low, lem = s.lows[x], s.lemmas[x]
        return bool(self.lang.roles["nouns"].at(s.lemmas, x, s.lows)) or low in self.lang.generic_nouns \
            or lem in self.lang.generic_nouns or lem != low

    def predicate_after(self, s: Sentence, k: int, stop: int) -> tuple[int, Measure | None, str | None]:
        """What the clause says of the counted things, from token k: (index, lexicon
        measure or None, open lemma or None)."""
        lang = self.lang
        depth = 0
        steps = 0
        if k + 1 < stop and s.lows[k] in lang.words("complement_openers"):
            # "six dirigeants de la société X ont été mis en examen": past the complement
            x = k + 1
            while x < stop and s.lows[x] in lang.function_words:
                x += 1
            if x < stop and (self._content(s, x) or s.name_at(x) is not None):
                n = s.name_at(x)
                x = n[1] if n is not None else x + 1
                n = s.name_at(x) if x < stop else None
                k = n[1] if n is not None else x
        while k < stop and steps < 8:
            low = s.lows[k]
            if low == "(":
                depth += 1
            elif low == ")":
                depth -= 1
            elif depth > 0:
                k += 1
                continue  # "vingt-deux (personnes atteintes) ont voyagé"
            elif self._adverb(low) and not lang.roles["predicates"].at(s.lemmas, k, s.lows):
                pass  # "ont été grièvement blessés": the adverb is part of the predicate
            else:
                found = lang.roles["predicates"].at(s.lemmas, k, s.lows)
                if found:
                    return k, found[1], None
                if low == "," or low in lang.words("clause_breaks") or low in PUNCT:
                    if low in lang.words("relative_pronouns"):
                        k += 1
                        steps += 1
                        continue
                    return k, None, None
                if self._content(s, k) and not self._reporting(s, k):
                    # "portée disparue", "reported missing": a lexicon word may follow.
                    for x in (k + 1, k + 2):
                        if x < stop and s.lows[x] not in PUNCT and s.lows[x] != ",":
                            ahead = lang.roles["predicates"].at(s.lemmas, x, s.lows)
                            if ahead:
                                return x, ahead[1], None
                    return k, None, s.lemmas[k]
            k += 1
            steps += 1
        return k, None, None

    def _reporting(self, s: Sentence, k: int) -> bool:
        return s.lows[k] in self.lang.words("predicate_hedges")

    def _open_key(self, lemma: str) -> str:
        """The open measure of a noun no lexicon measure names: its `[things]` key when
        it has one ("vol" and "flight": flight), else its lemma."""
        return OPEN + self.things.get(lemma, lemma)

    def _word_before(self, s: Sentence, i: int, a: int) -> int:
        """The last token before i that is no function word, back to a at most ("rose by
        12 %": rose; "a débuté lundi": débuté)."""
        k = i - 1
        while k > a and s.lows[k] in self.lang.function_words:
            k -= 1
        return k

    def governor_before(self, s: Sentence, i: int, a: int, family: str = "",
                        strict: bool = False) -> tuple[Measure | None, str | None]:
        """A lexicon verb governing the value ("a tué 4 personnes", "barred her from
        office for five years"): the nearest within six words of its clause, or, with
        `strict`, only past function words (the value is its object). With `strict`,
        also the lemma of the content word right before ("impliqué dans trois buts")."""
        lang = self.lang
        if strict:
            j = i
            while j > a and s.lows[j - 1] in lang.function_words and s.lows[j - 1] not in lang.words("clause_words"):
                j -= 1
            for end in range(i, j - 1, -1):  # "claimed the lives of 7": the phrase ends in "of"
                found = lang.roles["governors"].ending_at(s.lemmas, end, s.lows)
                if found and (not family or found[1].family == family):
                    return found[1], None
            verb = None
            if j > a and self._content(s, j - 1) and not lang.roles["nouns"].at(s.lemmas, j - 1, s.lows) \
                    and not (j >= 2 and self._numeral(s, j - 2)):
                verb = s.lemmas[j - 1]
            return None, verb
        for end in range(i, max(a, i - 6), -1):
            if end < i and (s.lows[end] in PUNCT or s.lows[end] in SOFT):
                break
            found = lang.roles["governors"].ending_at(s.lemmas, end, s.lows)
            det = s.lows[end - found[0] - 1] if found and end - found[0] >= 1 else ""
            if found and (not family or found[1].family == family) and det not in lang.words("articles"):
                return found[1], None  # not "the cost of the damage at": a noun, not the verb
        if i >= 3 and s.lows[i - 1] in lang.words("for_words"):
            # "a cédé son attaquant pour 8 millions", "sold the striker for £8m": the verb,
            # its object, then the preposition of its governor phrase
            for k in range(i - 2, max(a, i - 9) - 1, -1):
                if s.lows[k] in PUNCT or s.lows[k] in SOFT:
                    break
                lem, low = s.lemmas[:k + 1] + [s.lemmas[i - 1]], s.lows[:k + 1] + [s.lows[i - 1]]
                found = lang.roles["governors"].ending_at(lem, k + 2, low)
                if found and found[0] >= 2 and (not family or found[1].family == family):
                    return found[1], None
        return None, None

    def head_before(self, s: Sentence, i: int, a: int, family: str, want=None) -> tuple[Measure | None, str | None]:
        """A noun the value is predicated of, earlier in the clause ("le bilan ... à 12")."""
        lang = self.lang
        soft = s.clause(i, i + 1, soft=True)[0]
        if soft > 0 and s.lows[soft - 1] == ":" and soft - 1 <= 6:
            soft = 0  # "Montant du préjudice : 2,9 millions d'euros"
        if soft >= 2 and s.lows[soft] in lang.words("namely_words") and s.lows[soft - 1] == ",":
            soft = s.clause(soft - 2, soft - 1, soft=True)[0]  # "l'un des plus gros salaires, soit 35 millions"
        a = max(a, soft)
        best: tuple[int, Measure] | None = None
        for k in range(max(a, i - 12), i):
            found = lang.roles["heads"].at(s.lemmas, k, s.lows, want=want or (lambda v: v.family == family))
            if found:
                best = (k, found[1])
        if best is not None:
            return best[1], None
        # "the number of X ... is N", "le nombre de X s'élève à N"
        for k in range(max(a, i - 10), i - 1):
            if s.lemmas[k] in lang.words("count_heads") and s.lows[k + 1] in lang.words("count_head_prepositions"):
                n = self.noun_after(s, k + 2, i)
                if n is not None:
                    m = lang.roles["nouns"].at(s.lemmas, n, s.lows) or lang.roles["predicates"].at(s.lemmas, n, s.lows)
                    if m:
                        return m[1], None
                    return None, s.lemmas[n]
        return None, None

    def _complement(self, s: Sentence, k: int, b: int) -> str | None:
        """The noun completing a counted noun ("boutiques de centre-ville", "cas de
        rougeole"): what kind of thing is counted."""
        if k + 1 < b and s.lows[k] in self.lang.words("noun_complements"):
            x = k + 1
            while x < b and s.lows[x] in self.lang.function_words:
                x += 1
            if x < b and self._content(s, x) and not s.lows[x][0].isdigit():
                return s.lemmas[x]
        return None

    def _unitless_label(self, s: Sentence, i: int, a: int, e: int | None = None) -> bool:
        """A measure with no unit names the number right before it ("magnitude 5.9",
        "une magnitude de 5,9", "a magnitude of 5.9") or is joined to it ("a
        6.3-magnitude tremor")."""
        lang = self.lang
        unitless = lambda v: v.family == "measure" and v.dimension == "none"  # noqa: E731
        if e is not None and self.noun_after(s, e, len(s.lows)) == e + 1 and s.lows[e] == "-" \
                and lang.roles["heads"].at(s.lemmas, e + 1, s.lows, want=unitless):
            return True
        for k in range(i - 1, max(a, i - 4) - 1, -1):
            if lang.roles["heads"].at(s.lemmas, k, s.lows, want=unitless):
                return True
            if s.lows[k] not in lang.function_words:
                return False
        return False
