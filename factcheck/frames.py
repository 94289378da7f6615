"""Read the frame of every value from the local syntax of its clause.

Quantity extractors set the pattern (CQE reads value, unit, concept and bound;
grobid-quantities the quantified object). For each value the frame says:

- the **measure**: what is counted, measured or dated. The counted noun ("11 morts"),
  the clause's predicate when the noun says nothing ("trois personnes sont mortes",
  "133 were injured"), a governing verb ("a tué 4 personnes", "killed at least 78"),
  or the noun the value is predicated of ("le bilan s'élève à 12", "the death toll
  has soared to 11,300", "the number of missing is 40"). Phrasing -> shared key comes
  from the language's lexicon; a noun the lexicon does not list keeps its lemma as an
  open key ("=chanson"), so two articles' "chansons" align without anyone listing it.
  Years and dates are measured by the event that governs them ("fondé en 1998",
  "released on Friday"); durations by what lasted ("12 ans de prison", "44 days in office").
- the **anchor**: the entity the fact is about when the clause names one;
- **qualifiers**: a place ("à Valmont"), a group counted apart ("dont 5 enfants"),
  a time ("In February, 96 people died"), a rate ("par saison");
- whether the value is a **part** of a total ("dont 10 dans un état grave", "three of
  the victims"), an earlier figure ("le précédent bilan"), or reported speech.

No tagger or model is used: function words bound noun phrases, lemmas come from
simplemma, and the phrasing knowledge is data (factcheck/lang/<code>.toml).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .language import Language, Measure
from .scan import Mention

OPEN = "="  # prefix of an open key: a lemma no lexicon entry names
PUNCT = frozenset(".;:!?")
SOFT = frozenset(",()[]–—«»\"“”")
LINKS = frozenset({"à", "a", "de", "d'", "est", "sont", "était", "to", "at", "of", "is", "was", "were",
                   "are", "stands", "stood", "reached", "reach", "hit", "rose", "soared", "climbed",
                   "s'élève", "atteint", "passé", "porté", "now", "désormais", "be", "has", "have",
                   "had", "been", "increased", "jumped", "risen", "grew", "en", "par", "fait", "état"})
PARTICIPLE_SUFFIXES = ("ed", "ing")
THING_PRONOUNS = frozenset({"it", "its", "they", "their"})
# Words a governing verb cannot reach across to its object: a new clause starts there.
CLAUSE_WORDS = frozenset({"that", "which", "who", "there", "were", "was", "is", "are", "qui", "que", "qu'", "and", "et", "or", "ou",
                          "où", "sont", "est", "était", "étaient", "when", "while", "lorsque", "quand"})  # "it should be spread over five years": the sum
STOP_PLACE = frozenset({"avec", "with", "après", "after", "lors", "during", "dont", "including", "while", "tandis",
                        "whereas", "but", "mais", "contre", "against", "than", "que", "qu'", "and", "et", "or", "ou"})
WEAK = 0.35
OPEN_STRENGTH = 0.6
LEXICON = 0.9  # a lexicon measure: goals, a fine, an event
STORY = 1.2  # a lexicon measure a story states once: its toll
DURATION = 0.5  # how long something lasted, with nothing saying what: its subject decides
ARTICLES = {"en": frozenset({"the", "a", "an"}), "fr": frozenset({"le", "la", "l'", "un", "une"})}
AGE_MARKERS = frozenset({"âge", "âgé", "âgée", "âgés", "âgées", "aged", "age", "old", "ans", "an", "years", "year"})


@dataclass(slots=True)
class Frame:
    """What one value is about (see the module docstring)."""

    family: str  # count | amount | quantity | duration | age | percent | year | date | time | score | ordinal
    measure: str = ""  # shared lexicon key, OPEN + lemma, or "" when nothing says
    strength: float = 0.0  # how surely the measure was read: 1 lexicon, 0.6 open noun, 0.35 weak
    how: str = ""  # noun | predicate | governor | head | event | inherited | rule | dimension
    anchor: str | None = None  # folded name of the entity the fact is about
    anchor_text: str | None = None
    anchor_how: str = ""  # text | pronoun | apposition
    anchor_at: int = -1  # token index of the anchor in its sentence
    place: str | None = None  # folded place name
    place_text: str | None = None
    group: str | None = None  # subset key counted apart from a total
    time: str | None = None  # a year, a month or "previous"
    rate: str | None = None  # year | month | week | day | hour
    predicate: str | None = None  # open lemma of what the clause says of the counted things
    event: str | None = None  # for dates, years, ages: the event key or open lemma
    noun: str | None = None  # lemma of the counted noun as written
    noun2: str | None = None  # the noun completing it ("cas de rougeole": rougeole)
    part: bool = False
    reported: bool = False
    at_event: bool = False  # an age tied to its event ("à l'âge de 75 ans", "when he was five")
    lang: str = ""  # the language the frame was read in (its nouns compare only within it)
    context: frozenset[str] = frozenset()  # content lemmas of the sentence
    names: frozenset[str] = frozenset()  # folded names in the sentence
    salience: float = 0.0

    def record(self) -> dict:
        """The frame as plain data, for reports."""
        out = {"measure": self.measure.lstrip(OPEN), "open": self.measure.startswith(OPEN),
               "strength": round(self.strength, 2), "how": self.how}
        for key in ("anchor_text", "place_text", "group", "time", "rate", "predicate", "event", "noun"):
            val = getattr(self, key)
            if val is not None:
                out[key.replace("_text", "")] = val.lstrip(OPEN) if isinstance(val, str) else val
        if self.part:
            out["part"] = True
        if self.reported:
            out["reported"] = True
        return out


@dataclass
class Sentence:
    """One sentence, tokenised once for all its values."""

    lo: int
    hi: int
    starts: list[int]
    ends: list[int]
    lows: list[str]
    lemmas: list[str]
    surface: list[str]
    names: list[tuple[int, int, str, str]] = field(default_factory=list)  # token i, j, key, text

    def index(self, offset: int) -> int:
        """The index of the first token ending after `offset`."""
        return bisect.bisect_right(self.ends, offset)

    def clause(self, i: int, j: int, soft: bool = False) -> tuple[int, int]:
        """Token bounds of the clause holding tokens [i, j): up to ; : . and, with
        `soft`, commas and brackets. A short label before a colon belongs to the
        clause ("Date de naissance : 22 mai 1924")."""
        stop = PUNCT | SOFT if soft else PUNCT
        a = i
        while a > 0 and self.lows[a - 1] not in stop:
            a -= 1
        if not soft and a > 0 and self.lows[a - 1] == ":" and a - 1 <= 6:
            a = 0
        b = j
        while b < len(self.lows) and self.lows[b] not in stop:
            b += 1
        return a, b

    def name_at(self, k: int) -> tuple[int, int, str, str] | None:
        for n in self.names:
            if n[0] <= k < n[1]:
                return n
        return None


class Reader:
    """Reads the frames of the values of one document's sentences."""

    def __init__(self, lang: Language):
        self.lang = lang
        d = lang.data
        self.subsets = {k.lower(): v for k, v in d["subsets"].items()}
        self.hedging = frozenset(w.lower().replace("’", "'") for w in d["hedging_words"])
        self.pronouns = frozenset(w.lower() for w in d["pronouns"])
        self.possessives = frozenset(w.lower() for w in d["possessives"])

    # ---- helpers over a sentence ----
    def _content(self, s: Sentence, k: int) -> bool:
        low = s.lows[k]
        return self.lang.is_content(low) and s.name_at(k) is None

    def _adverb(self, low: str) -> bool:
        """"grièvement", "précisément", "reportedly": manner adverbs, by their ending."""
        if self.lang.code == "fr":
            return low.endswith("ment") and len(low) > 6
        return low.endswith("ly") and len(low) > 4

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
        k = self._skip_modifiers(s, k, stop)
        if k < stop and s.lows[k] in ("de", "d'", "of") and k + 1 < stop:
            k = self._skip_modifiers(s, k + 1, stop)  # "une cinquantaine d'albums", "dozens of"
        if k < stop and not self._content(s, k) and lang.roles["nouns"].at(s.lemmas, k, s.lows):
            n = s.name_at(k)
            if n is not None and n[1] == k + 1:
                return k  # "27 États": a counted noun of the lexicon, capitalised
        if k >= stop or not self._content(s, k):
            return None
        if lang.code != "en":
            return k
        # English puts adjectives first: the head is the first plural-looking word.
        run = []
        while k < stop and len(run) < 5:
            if self._content(s, k):
                run.append(k)
            elif run and s.lows[k] in ("and", "or") and s.lows[run[-1]].endswith(PARTICIPLE_SUFFIXES) and k + 1 < stop:
                pass  # "50 confirmed and more suspected cases"
            elif not (run and s.lows[k] in ("more", "other")):
                break
            k += 1
        for n, x in enumerate(run):
            low, lem = s.lows[x], s.lemmas[x]
            if low.endswith(PARTICIPLE_SUFFIXES) and n + 1 < len(run):
                continue  # "50 confirmed and more suspected cases": adjectives first
            if lang.roles["nouns"].at(s.lemmas, x, s.lows) or low in lang.generic_nouns or lem in lang.generic_nouns:
                return x
            if lem != low and not low.endswith(PARTICIPLE_SUFFIXES):
                return x
        return run[0] if len(run) == 1 or not s.lows[run[0]].endswith(PARTICIPLE_SUFFIXES) else run[-1]

    def predicate_after(self, s: Sentence, k: int, stop: int) -> tuple[int, Measure | None, str | None]:
        """What the clause says of the counted things, from token k: (index, lexicon
        measure or None, open lemma or None)."""
        lang = self.lang
        depth = 0
        steps = 0
        if k + 1 < stop and s.lows[k] in ("de", "d'", "du", "des", "of", "from"):
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
                if low in (",", "et", "and", "qui", "who", "that", "which", "dont", "whose", "while", "whereas",
                           "but", "mais", "tandis", "alors", "although", "bien", "as", "because", "car") or low in PUNCT:
                    if low in ("qui", "who", "that", "which"):
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
        return s.lows[k] in ("reported", "reportedly", "said", "believed", "feared", "thought", "estimated",
                             "presumed", "confirmed", "still", "toujours", "encore", "officially",
                             "officiellement", "désormais", "actuellement", "currently", "now")

    def governor_before(self, s: Sentence, i: int, a: int, family: str = "",
                        strict: bool = False) -> tuple[Measure | None, str | None]:
        """A lexicon verb governing the value ("a tué 4 personnes", "barred her from
        office for five years"): the nearest within six words of its clause, or, with
        `strict`, only past function words (the value is its object). With `strict`,
        also the lemma of the content word right before ("impliqué dans trois buts")."""
        lang = self.lang
        if strict:
            j = i
            while j > a and s.lows[j - 1] in lang.function_words and s.lows[j - 1] not in CLAUSE_WORDS:
                j -= 1
            for end in range(i, j - 1, -1):  # "claimed the lives of 7": the phrase ends in "of"
                found = lang.roles["governors"].ending_at(s.lemmas, end, s.lows)
                if found and (not family or found[1].family == family):
                    return found[1], None
            verb = None
            if j > a and self._content(s, j - 1) and not lang.roles["nouns"].at(s.lemmas, j - 1, s.lows) \
                    and not (j >= 2 and (s.lows[j - 2][0].isdigit() or s.lows[j - 2] in lang.data["number_words"])):
                verb = s.lemmas[j - 1]
            return None, verb
        for end in range(i, max(a, i - 6), -1):
            if end < i and (s.lows[end] in PUNCT or s.lows[end] in SOFT):
                break
            found = lang.roles["governors"].ending_at(s.lemmas, end, s.lows)
            det = s.lows[end - found[0] - 1] if found and end - found[0] >= 1 else ""
            if found and (not family or found[1].family == family) and det not in ARTICLES[lang.code]:
                return found[1], None  # not "the cost of the damage at": a noun, not the verb
        if i >= 3 and s.lows[i - 1] in ("pour", "for"):
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
        if soft >= 2 and s.lows[soft] in ("soit", "i.e.", "c'est-à-dire", "namely", "or") and s.lows[soft - 1] == ",":
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
            if s.lemmas[k] in ("nombre", "number", "total", "chiffre") and s.lows[k + 1] in ("de", "d'", "of", "des"):
                n = self.noun_after(s, k + 2, i)
                if n is not None:
                    m = lang.roles["nouns"].at(s.lemmas, n, s.lows) or lang.roles["predicates"].at(s.lemmas, n, s.lows)
                    if m:
                        return m[1], None
                    return None, s.lemmas[n]
        return None, None

    # ---- qualifiers ----
    def place_after(self, s: Sentence, k: int, b: int, strict: bool = False) -> tuple[str, str] | None:
        """A place in a locative phrase after token k ("à Trèbes", "in the city of Derna");
        with `strict`, the phrase must start within the first words after k."""
        marks = self.lang.marks
        x = k
        while x < min(len(s.lows), k + 14) and (not strict or x < b):
            found = marks["place_prepositions"].at(s.lemmas, x, s.lows)
            if found:
                y = x + found[0]
                steps = 0
                while y < len(s.lows) and steps < 5 and s.name_at(y) is None:
                    if s.lows[y] in PUNCT or s.lows[y] in (",", "(") or (steps and s.lows[y] in ("et", "and")) \
                            or s.lows[y][0].isdigit() or s.lows[y] in self.lang.data["number_words"]:
                        break
                    y += 1
                    steps += 1
                name = s.name_at(y) if y < len(s.lows) else None
                if name is not None:
                    # "in Libya's coastal city of Derna": the last name of the phrase.
                    z = name[1]
                    while z + 1 < b and s.lows[z] in ("'s", "’s") or (z < b and marks["place_nouns"].at(s.lemmas, z, s.lows)):
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
        for k in range(max(a, i - 4), i):
            found = marks["counting_verbs"].at(s.lemmas, k, s.lows)
            if found and k + found[0] < len(s.lows) and s.lows[k + found[0]] in ("that", "que", "qu'"):
                continue  # "AFP reported that 14 people died": a source, not a place
            if found:
                # the name is the verb's subject: right before it, or before an auxiliary
                name = next((n for n in reversed(s.names) if n[1] == k or
                             (n[1] == k - 1 and s.lows[k - 1] in self.lang.function_words)), None)
                if name is not None:
                    return name[2], name[3]
        # "The explosion in Derwick killed 12 people": a place in the subject before the verb.
        for k in range(a, i):
            if marks["place_prepositions"].at(s.lemmas, k, s.lows) and k > a and self._content(s, k - 1):
                got = self.place_after(s, k, min(i, k + 4), strict=True)
                if got is not None and any(self.lang.roles["governors"].ending_at(s.lemmas, x, s.lows)
                                           or self.lang.roles["predicates"].at(s.lemmas, x, s.lows)
                                           for x in range(k + 1, i + 1)):
                    return got
        heads = self.lang.roles["heads"]
        for k in range(max(a, i - 12), i):
            if heads.at(s.lemmas, k, s.lows):
                # "the death toll in the city of Derna has risen to 11,300"
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
        marks = self.lang.marks["place_prepositions"]
        for back in (1, 2, 3):
            x = k - back
            if x < 0 or s.name_at(x) is not None:
                break
            found = marks.at(s.lemmas, x, s.lows)
            if found and x + found[0] <= k and all(w in self.lang.function_words for w in s.lows[x + found[0]:k]):
                return True
        return False

    def _demonym(self, s: Sentence, n: tuple[int, int, str, str]) -> bool:
        """"the South African athlete", "Greek authorities": a capitalised adjective
        (its article always puts a noun after it; a person's name is also a subject)."""
        if self.lang.code != "en" or n[1] >= len(s.lows) or not s.surface[n[1]][:1].islower():
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
        usable = [n for n in s.names if a <= n[0] and n[1] <= i and n[0] not in places and not self._source(s, n)
                  and not self._locative(s, n[0]) and not self._demonym(s, n) and s.lows[n[0] - 1:n[0]] != ["("]
                  and s.lows[n[0] - 1:n[0]] not in (["par"], ["by"])]  # "nommé par X": the agent, not the subject
        soft_a = s.clause(i, j, soft=True)[0]
        near = [n for n in usable if n[0] >= soft_a]
        if near:
            self._at = near[-1][0]
            return near[-1][2], near[-1][3], "text"  # "and Joshua Wong to 56 months"
        if after and j < len(s.lows) - 1 and s.lows[j] in ("for", "pour") and s.name_at(j + 1) is not None:
            n = s.name_at(j + 1)
            self._at = n[0]
            return n[2], n[3], "text"  # "7 years for Andrew Chiu"
        if usable:
            n = usable[0] if subject else usable[-1]  # the clause's subject comes first
            if not subject and len(usable) > 1 and self._in_apposition(s, n, usable[0]) and \
                    all(w in self.lang.function_words for w in s.lows[a:usable[0][0]]):
                n = usable[0]  # "Anna Lind, trésorière du club de Valmont, a été arrêtée mardi"
            self._at = n[0]
            return n[2], n[3], "text"
        if j < len(s.lows) - 1 and s.lows[j] in ("for", "pour") and after:
            n = s.name_at(j + 1)
            if n is not None:
                self._at = n[0]
                return n[2], n[3], "text"  # "7 years for Andrew Chiu"
        if after:
            for n in s.names:
                if j <= n[0] <= j + 5 and n[0] < b + 3 and n[0] not in places and s.lows[n[0] - 1] != "(":
                    self._at = n[0]
                    return n[2], n[3], "text"
        return None

    def _as_of(self, s: Sentence, x: int) -> bool:
        """A day that opens the sentence as the day a figure holds ("Au 5 mars,", "As of Tuesday,")."""
        found = self.lang.marks["as_of"].ending_at(s.lemmas, x, s.lows)
        return found is not None and x - found[0] == 0

    def _in_apposition(self, s: Sentence, n, first) -> bool:
        """Is name n inside the commas that follow name `first` ("Anna Lind, trésorière
        du club de Valmont, a été arrêtée": Valmont is in Anna Lind's apposition)?"""
        if first[1] >= len(s.lows) or s.lows[first[1]] != ",":
            return False
        close = next((x for x in range(n[1], len(s.lows)) if s.lows[x] in (",",) or s.lows[x] in PUNCT), None)
        return close is not None and s.lows[close] == "," and "," not in s.lows[first[1] + 1:n[0]]

    def _named_after(self, s: Sentence, e: int, b: int):
        """The name a noun phrase after an age is apposed to: "the 61-year-old mayor of
        Valmont, Paul Ricard", "a 34-year-old novelist, Lea Morin"."""
        x = e
        while x < b and x < e + 8 and s.lows[x] != ",":
            if s.lows[x] in PUNCT or (s.name_at(x) is not None and s.lows[x - 1] not in ("of", "de", "du", "d'")):
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
        lo = s.clause(n[0], n[1], soft=True)[0]
        if any(w in ("selon", "according", "d'après") for w in s.lows[lo:n[0]]):
            return True
        if n[1] + 1 < len(s.lows) and s.lows[n[1] + 1] in ("that", "que", "qu'"):
            return self.lang.marks["reporting_verbs"].at(s.lemmas, n[1], s.lows) is not None
        return False

    def _complement_name(self, s: Sentence, j: int, b: int, places: set[int]):
        """The name completing a value: "the 12 employees of Acme", "les huit mois de
        son prédécesseur, Léa Roy" (a determiner or possessive, at most one noun and a
        comma may stand between)."""
        if j >= b or s.lows[j] not in ("de", "du", "d'", "des", "of"):
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

    def time_of(self, s: Sentence, i: int, a: int, b: int, others: list[tuple[int, int, Mention]],
                day_ok: bool = False) -> str | None:
        """A year or month the clause dates the value to ("In February, 96 people died");
        with `day_ok`, a day too ("Au 1er juin à 10h")."""
        months = self.lang.calendar
        for k in range(a, b - 1):
            if s.lows[k] in ("depuis", "since") and k + 1 != i and (s.lows[k + 1] in months or (
                    len(s.lows[k + 1]) == 4 and s.lows[k + 1].isdigit())):
                return "since " + s.lows[k + 1]  # "40 morts ... depuis janvier": a running count
        for x, y, m in others:
            if x == i or not (a <= x < b or self._as_of(s, x)):
                continue
            v = m.value
            if m.kind == "date" and self._as_of(s, x):
                return v.display  # "Au 5 mars, 40 personnes...", "As of Tuesday, 40 people..."
            if m.kind == "date" and v.month is not None and not v.resolved_from and \
                    (v.granularity == "month" or day_ok):
                return v.display
            if m.kind == "number" and m.yearish and x > 0 and s.lows[x - 1] in ("in", "en", "of", "au", "dès", "(") \
                    and x < i and not any(self.lang.events.at(s.lemmas, k, s.lows) for k in range(max(0, x - 4), x)):
                return str(int(v.point))  # not "fondé en 1987": that dates the founding
        return None

    def is_previous(self, s: Sentence, a: int, b: int) -> bool:
        marks = self.lang.marks["previous_markers"]
        return any(marks.at(s.lemmas, k, s.lows) for k in range(a, b))

    def rate_after(self, s: Sentence, k: int, b: int) -> str | None:
        for x in range(k, min(b, k + 4)):
            found = self.lang.rates.at(s.lemmas, x, s.lows)
            if found:
                return str(found[1])
        return None

    def event_near(self, s: Sentence, i: int, j: int, a: int, b: int,
                   skip: frozenset[str] = frozenset()) -> tuple[str | None, str | None]:
        """What a year or date dates: (lexicon event key, open lemma). The nearest event
        word of the clause, before the value first; else the nearest content word."""
        lang = self.lang
        subject = self._event_subject(s, i, a)
        if subject is not None:
            return subject  # "le verdict est tombé jeudi": the verdict's date
        change = None
        sa, sb = s.clause(i, j, soft=True)
        best: tuple[int, str] | None = None
        spans: list[tuple[int, int]] = []  # tokens of the event phrases seen
        openers = lang.marks["story_openers"]
        for k in range(a, b):
            if i <= k < j or s.lows[k] in skip or s.name_at(k) is not None:
                continue  # "the Kerval Foundation": a word of a name is no event
            if openers.at(s.lemmas, k, s.lows):
                return None, None  # "Tout commence le 5 août": the story's start, no event
            found = lang.events.at(s.lemmas, k, s.lows) or lang.event_prefix(s.lows[k])
            refl = k - 2 if k > 1 and s.lemmas[k - 1] == "être" else k - 1
            if found and found[1] == "said" and refl >= 0 and s.lows[refl] in ("s'", "se", "s’"):
                found = None  # "un incendie s'est déclaré": broke out, not said
            if not found and s.lows[k] in lang.data["first_words"] and s.name_at(k + 1) is not None:
                found = (1, "debut")  # "son premier Olympia"
            if found and found[1] == "released" and any(
                    s.lemmas[x] in lang.data["work_nouns"] for x in range(k + 1, min(len(s.lows), k + 5))):
                found = (found[0], "published")  # "released its album": a work is published, not freed
            if found:
                spans.append((k, k + found[0]))
                dist = (i - k) if k < i else (k - j + 2)
                if best is None or dist < best[0]:
                    best = (dist, str(found[1]))
        inside = lambda x: any(p <= x < q for p, q in spans)  # noqa: E731
        for k in range(sa, sb):
            if not i <= k < j and not inside(k) and lang.marks["change_verbs"].at(s.lemmas, k, s.lows):
                dist = (i - k) if k < i else (k - j + 2)
                if change is None or dist < change[0]:
                    change = (0, s.lemmas[k])  # in the value's own clause: the change wins
        if change is not None and (best is None or change[0] < best[0]):
            return None, change[1]  # "In 2017, his sentence was increased": a change of a figure
        if i >= 2 and s.lows[i - 1] in ("de", "du", "des", "of", "d'") and self._content(s, i - 2) \
                and not lang.events.at(s.lemmas, i - 2, s.lows) and s.lows[i - 2] not in skip:
            return None, s.lemmas[i - 2]  # "un rapport de 2012", "la crue de 1891": the noun's date
        # "Le bâtiment, construit en 1911, ... fondée en 1962": the word the value's
        # preposition hangs on governs it, before any event word farther away.
        head = self._governing_word(s, i, a)
        if best is not None and best[0] > 3 and head < i - 1 and self._content(s, head) and not inside(head) \
                and s.lows[head] not in skip \
                and not lang.events.at(s.lemmas, head, s.lows) and (self._verb_like(s, head) or not any(
                    lang.events.at(s.lemmas, k, s.lows) for k in range(sa, sb) if not i <= k < j)):
            return None, s.lemmas[head]  # "des faits commis en 2011", "first exhibited in X in 1985"
        if best is not None and best[0] <= 12:
            return best[1], None
        for k in range(i - 1, max(a, i - 6) - 1, -1):
            if self._content(s, k) and s.lows[k] not in skip and not self._adverb(s.lows[k]):
                return None, s.lemmas[k]
        for k in range(j, min(b, j + 4)):
            if self._content(s, k) and s.lows[k] not in skip:
                return None, s.lemmas[k]
        return None, None

    def _governing_word(self, s: Sentence, i: int, a: int) -> int:
        """The word a value's preposition hangs on: back past function words, adverbs and
        a place phrase ("exposé à Valmont en 1985": exposé)."""
        lang = self.lang
        head = i - 1
        while head > a:
            low = s.lows[head]
            if low in lang.function_words or self._adverb(low):
                head -= 1
                continue
            n = s.name_at(head)
            if n is not None and n[0] - 1 > a and lang.marks["place_prepositions"].ending_at(s.lemmas, n[0], s.lows):
                head = n[0] - 1  # the place's preposition, a function word: skipped next
                continue
            break
        return head

    def _verb_like(self, s: Sentence, k: int) -> bool:
        """A participle by its ending ("commis", "exhibited") or after an auxiliary ("had
        been built"): a verb of its own, not the object of another."""
        low = s.lows[k]
        if any(low.endswith(x) and len(low) > len(x) + 2 for x in self.lang.data["participle_endings"]):
            return True
        return k >= 1 and self.lang.marks["auxiliaries"].ending_at(s.lemmas, k, s.lows) is not None

    def _unitless_label(self, s: Sentence, i: int, a: int) -> bool:
        """A measure with no unit names the number right before it ("magnitude 5.9",
        "une magnitude de 5,9", "a magnitude of 5.9")."""
        lang = self.lang
        unitless = lambda v: v.family == "measure" and v.dimension == "none"  # noqa: E731
        for k in range(i - 1, max(a, i - 4) - 1, -1):
            if lang.roles["heads"].at(s.lemmas, k, s.lows, want=unitless):
                return True
            if s.lows[k] not in lang.function_words:
                return False
        return False

    def _event_subject(self, s: Sentence, i: int, a: int) -> tuple[str | None, str | None] | None:
        """What a support verb's subject names when the verb governs the value: a lexicon
        event ("le procès s'est clôturé le 3 mai": trial) or an open one ("l'explosion a
        eu lieu à 14 h": explosion)."""
        lang = self.lang
        head = i - 1
        while head > a and s.lows[head] in lang.function_words:
            head -= 1
        light = None
        for x in range(max(a, head - 2), head + 1):
            got = lang.marks["light_verbs"].at(s.lemmas, x, s.lows)
            if got and x + got[0] - 1 == head:
                light = x  # "a eu lieu": the support verb ends right before the value
        if light is None or light <= a:
            return None
        k = a
        while k < light and s.lows[k] in lang.function_words:
            k += 1
        if k >= light:
            return None
        found = lang.events.at(s.lemmas, k, s.lows)
        if found:
            return str(found[1]), None
        return (None, s.lemmas[k]) if self._content(s, k) else None

    # ---- the frame of each value of a sentence ----
    adjectival: frozenset[str] = frozenset()  # names the article only uses before a noun

    def read(self, s: Sentence, mentions: list[Mention], resolve=None,
             main: tuple[str, str] | None = None) -> list[tuple[Mention, Frame] | None]:
        """The frame of each mention of sentence `s` (None: not a claim, e.g. an article).

        `resolve(offset)` gives (name key, surface) for a pronoun-led sentence, when the
        caller can resolve one."""
        content = frozenset(part for k in range(len(s.lows)) if self._content(s, k)
                            for part in s.lemmas[k].split("-") if len(part) > 2)
        names = frozenset(n[2] for n in s.names)
        reported = any(w in self.hedging for w in s.lows) or any(
            " ".join(s.lows[k:k + 2]) in self.hedging for k in range(len(s.lows) - 1))
        spans = []
        for m in mentions:
            i = s.index(m.start)
            j = max(i + 1, bisect.bisect_left(s.starts, m.num_end))
            e = max(j, bisect.bisect_left(s.starts, m.end))
            spans.append((i, e, m))
        out: list[tuple[Mention, Frame] | None] = []
        prev: Frame | None = None
        prev_end = -1
        for (i, e, m) in spans:
            j = max(i + 1, bisect.bisect_left(s.starts, m.num_end))
            frame = self._frame(s, m, i, j, e, spans, prev, prev_end, resolve, main)
            if frame is None:
                out.append(None)
                continue
            frame.context = content
            frame.names = names
            frame.lang = self.lang.code
            frame.reported = frame.reported or reported
            out.append((m, frame))
            if frame.family == "count" and frame.measure:
                prev, prev_end = frame, e
        self._segment(s, spans, out)
        return out

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
                f.context = frozenset(part for k in range(lo, hi) if self._content(s, k)
                                      for part in s.lemmas[k].split("-") if len(part) > 2)
                if f.anchor_at >= 0 and not lo <= f.anchor_at < hi and f.anchor_how != "pronoun":
                    f.anchor = f.anchor_text = None
                    f.anchor_how = ""

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
            if m.yearish and self._is_year(s, i, e, b):
                return self._dated(s, m, i, e, a, b, "year", spans, resolve)
            if self._unitless_label(s, i, a):
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

    def _is_year(self, s: Sentence, i: int, e: int, b: int) -> bool:
        """A four-digit number is a year unless a counted noun follows ("2000 morts")."""
        if i > 0 and s.lows[i - 1] in ("en", "in", "since", "depuis", "of", "de", "dès", "from", "until",
                                       "jusqu'en", "by", "before", "after", "avant", "après", "l'an", "année",
                                       "year", "the", "around", "vers", "circa", "fin", "début", "mi", "early",
                                       "late", "mid", "au", "et", "and", "(", ","):
            return True
        k = self.noun_after(s, e, b)
        if k is None:
            return True
        return self.lang.data["months"] and any(s.lows[k] in (w.lower() for w in grp) for grp in self.lang.data["months"])

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
            # a possessive after a name of the sentence is that name's ("Doué ... son deuxième but")
            refer = (self.pronouns | (self.possessives if last < 0 else frozenset())) - THING_PRONOUNS
            pron = next((k for k in range(i - 1, max(last, a - 1), -1) if s.lows[k] in refer and not (
                s.lows[k] in self.possessives and k + 1 < len(s.lows) and
                (s.lows[k + 1][0].isdigit() or s.lows[k + 1] in self.lang.data["number_words"]))), None)
            if pron is None and (got is None or self._at >= e):
                # "En 1957, il réalise son premier Olympia": the subject after a fronted
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
                          and s.lows[n[0] - 1] not in ("par", "by")), None)
            if later is not None:
                f.anchor, f.anchor_text, f.anchor_how, f.anchor_at = later[2], later[3], "text", later[0]
            else:
                f.anchor, f.anchor_text, f.anchor_how = main[0], main[1], "main"

    def _place_reach(self, s: Sentence, k: int, b: int) -> int:
        """How far after token k a place can still belong to this value: up to a comma,
        another value, or a phrase that starts another noun ("avec la découverte d'une
        victime à Carcassonne")."""
        x = k
        while x < b and x < k + 16:
            low = s.lows[x]
            if low in SOFT or low in PUNCT or low in STOP_PLACE or low[0].isdigit() or low in self.lang.data["number_words"]:
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
        f.time = "previous" if (m.previous or self.is_previous(s, a, b)) else self.time_of(s, i, a, b, spans)
        f.rate = self.rate_after(s, e, b)
        if self.lang.marks["part_before"].ending_at(s.lemmas, i, s.lows):
            f.part = True
        marks = self.lang.marks["aggregates"]
        if not f.group and f.family in ("duration", "amount") and \
                any(marks.at(s.lemmas, k, s.lows) for k in range(max(a, s.clause(i, e, soft=True)[0] - 4), i)):
            f.group = "total"  # "en tout, ils ont été condamnés à 420 ans": a sum of several
            # (a count "au total" is the overall figure: the toll itself)

    def _count(self, s, m, i, j, e, a, b, spans, prev, prev_end, places, resolve) -> Frame | None:
        lang = self.lang
        if s.lows[max(0, i - 2):i] == ["age", "of"]:
            return self._bare_age_frame(s, i, e, a, b, places, resolve)  # "died at the age of 75"
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
            found = lang.roles["nouns"].at(s.lemmas, k, s.lows)
            low, lem = s.lows[k], s.lemmas[k]
            f.noun = lem
            noun_end = k + (found[0] if found else 1)
            while noun_end < b and noun_end - k < 4 and self._content(s, noun_end) and lang.code == "en" \
                    and not lang.roles["predicates"].at(s.lemmas, noun_end, s.lows):
                noun_end += 1  # "the injured people": the rest of the noun phrase
            f.noun2 = self._complement(s, noun_end, b)
            if found and found[1].family == "count":
                measure, f.how = found[1], "noun"
            elif low in self.subsets or lem in self.subsets:
                f.group = self.subsets.get(low) or self.subsets.get(lem)
            elif low in lang.generic_nouns or lem in lang.generic_nouns:
                pass
            else:
                f.measure, f.strength, f.how = OPEN + lem, OPEN_STRENGTH, "noun"
        direct = lang.roles["predicates"].at(s.lemmas, start, s.lows)
        if direct and direct[1].family == "count" and k is not None and direct[0] > 1:
            measure, f.how, noun_end = direct[1], "predicate", start + direct[0]
        # What the clause says of them ("ont été blessées"), else a verb governing the
        # value ("a tué 4 personnes"), else the noun the value is predicated of.
        _p, pm, popen = self.predicate_after(s, noun_end, b)
        gm, gverb = self.governor_before(s, i, a, "count", strict=True)
        if gm is not None:
            measure, f.how = gm, "governor"  # the value is the verb's object ("qui a tué 4 personnes")
        elif pm is not None and pm.family == "count":
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
            for x in range(i - 1, a - 1, -1):
                got = lang.roles["predicates"].at(s.lemmas, x, s.lows)
                if got and got[1].family == "count" and x + got[0] <= i:
                    measure, f.how = got[1], "predicate"
                    break
                if f.predicate and s.lemmas[x] == f.predicate.lstrip(OPEN):
                    break
        if measure is None and (not f.measure or f.how == "noun" and f.strength < STORY):
            hm, hopen = self.head_before(s, i, a, "count")
            if hm is not None:
                measure, f.how = hm, "head"
            elif hopen and not f.measure:
                f.measure, f.strength, f.how = OPEN + hopen, OPEN_STRENGTH, "head"
        if measure is not None and measure.key == "victims":
            hm, _ = self.head_before(s, i, a, "count")
            if hm is not None and hm.key == "deaths":
                measure = hm
        if measure is not None:
            f.measure, f.strength = measure.key, STORY if measure.story else LEXICON
        if pa and f.how == "predicate" and measure is not None and s.lows[start - 1] not in ("them", "eux", "elles", "whom"):
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
            elif k is not None:
                f.measure, f.strength, f.how = OPEN + s.lemmas[k], WEAK, "noun"
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

    def _complement(self, s: Sentence, k: int, b: int) -> str | None:
        """The noun completing a counted noun ("magasins d'ultraproximité", "cas de
        rougeole"): what kind of thing is counted."""
        if k + 1 < b and s.lows[k] in ("de", "d'", "of", "du", "des"):
            x = k + 1
            while x < b and s.lows[x] in self.lang.function_words:
                x += 1
            if x < b and self._content(s, x) and not s.lows[x][0].isdigit():
                return s.lemmas[x]
        return None

    def _bare_age_frame(self, s: Sentence, i: int, e: int, a: int, b: int, places, resolve) -> Frame:
        age = Frame("age", "age", STORY, "age")
        ev, op = self.event_near(s, i, e, a, b, skip=AGE_MARKERS)
        age.event = ev or (OPEN + op if op else None)
        age.at_event = self._when_clause(s, i, a)
        self._anchor(age, s, i, e, a, b, places, resolve, pronoun_first=True)
        return age

    def _bare_age(self, s: Sentence, i: int, a: int, e: int | None = None) -> bool:
        """"when he was five", "lorsqu'il avait 19": a number after a person and a copula;
        "The driver, aged 47,"; "Anna Lind, 34, said" (a full name, the number between commas)."""
        if i >= 1 and s.lows[i - 1] == "aged" or s.lows[max(0, i - 2):i] == ["age", "of"]:
            return True  # "aged 47", "at the age of 75"
        if e is not None and i >= 2 and s.lows[i - 1] == "," and e < len(s.lows) and s.lows[e] in (",", ")"):
            n = s.name_at(i - 2)
            if n is not None and n[1] == i - 1 and " " in n[2] and not self._locative(s, n[0]):
                return True
        if i < 2 or s.lows[i - 1] not in ("was", "is", "were", "était", "avait", "had", "turned"):
            return False
        who = s.lows[i - 2] in self.pronouns or s.name_at(i - 2) is not None
        when = any(w in ("when", "lorsque", "lorsqu'", "quand", "after", "after", "until", "since") for w in s.lows[max(a, i - 5):i])
        return who and when

    def _article_counts(self, s: Sentence, e: int, b: int) -> bool:
        """"une autre est portée disparue", "un à Carcassonne": a 'one' word used as a number."""
        if e >= len(s.lows):
            return False
        nxt = s.lows[e]
        return nxt in ("autre", "autres", "seul", "seule", "sur", "of", "en", "dans", "à", "au", ",", ")") \
            or (nxt in self.lang.skip_after_number and nxt not in ("new", "nouveau", "nouvelle"))

    def _continues(self, s: Sentence, prev_end: int, i: int, e: int, b: int) -> bool:
        """Is this bare number an item of the list the previous count opened ("11 morts :
        6 à Trèbes, 2 à Valmont")?"""
        if prev_end < 0 or i < prev_end:
            return False
        between = s.lows[prev_end:i]
        if len(between) > 8:
            return False
        if any(w in (".", ";", "!", "?") for w in between):
            return False
        if self.place_after(s, e, min(len(s.lows), e + 6)) is not None:
            return True
        return all(w in (",", "et", "and", ":", "dont", "soit", "including", "puis", "then", "or", "ou", "(", ")", "-", "–")
                   or w in self.lang.function_words or self._adverb(w) or s.name_at(prev_end + x) is not None
                   for x, w in enumerate(between))

    def _list_head(self, s: Sentence, i: int) -> Measure | None:
        """"De tous les cas observés, on dénombre 195 en Bretagne, 16 en Corse": the
        counted noun of a list of places, named earlier in the sentence."""
        for k in range(i - 1, -1, -1):
            found = self.lang.roles["nouns"].at(s.lemmas, k, s.lows)
            if found and found[1].family == "count":
                return found[1]
        return None

    def _amount(self, s, m, i, j, e, a, b, spans, places, resolve, main=None) -> Frame:
        lang = self.lang
        f = Frame("amount")
        measure = None
        # "300 000 € d'amende", "a €2 million fine", "$5 billion in damages"
        k = e
        if k < b and s.lows[k] in ("de", "d'", "of", "in", "en"):
            k += 1
        if k < b:
            found = lang.roles["nouns"].at(s.lemmas, k, s.lows) or lang.roles["heads"].at(s.lemmas, k, s.lows)
            if found and found[1].family == "money":
                measure, f.how = found[1], "noun"
        gm, _g = self.governor_before(s, i, a, "money")
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
            if i >= 2 and s.lows[i - 1] in ("de", "d'", "of") and self._content(s, i - 2):
                noun = s.lemmas[i - 2]
            elif k < b and self._content(s, k) and s.lows[e] in ("de", "d'", "of", "in"):
                noun = s.lemmas[k]
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
        k = e + 1 if e + 1 < b and s.lows[e] in ("de", "d'", "of") else None
        got = lang.roles["nouns"].at(s.lemmas, k, s.lows, want=fits) if k is not None else None
        if measure is None and got:
            measure, f.how = got[1], "noun"
        before = lang.roles["predicates"].ending_at(s.lemmas, i - 1, s.lows) \
            if i >= 2 and s.lows[i - 1] in ("de", "d'", "of") else None
        if measure is None and before and fits(before[1]):
            measure, f.how = before[1], "predicate"
        if measure is None:
            hm, _h = self.head_before(s, i, a, "measure", want=fits)
            if hm is not None:
                measure, f.how = hm, "head"
        gm, _g = self.governor_before(s, i, a, "measure")
        if measure is None and fits(gm):
            measure, f.how = gm, "governor"  # "the queue stretched 3 km"; not "winds reached 90 mph"
        k = e + 1 if e < b and s.lows[e] in ("de", "d'", "of") else e
        what = []
        while k < b and len(what) < 3 and (self._content(s, k) or s.lows[k] in ("d'", "de")):
            if self._content(s, k):
                what.extend(p for p in s.lemmas[k].split("-") if len(p) > 2)
            k += 1
        if what:
            f.noun = " ".join(sorted(set(what)))  # what is measured: "2 750 tonnes de nitrate d'ammonium"
        if measure is not None:
            f.measure, f.strength = measure.key, STORY if measure.story else LEXICON
        else:
            f.measure, f.how = "dim:" + (m.value.unit or "?"), "dimension"
            f.strength = LEXICON if what else OPEN_STRENGTH
        self._qualify(f, s, m, i, j, e, a, b, spans, places)
        self._anchor(f, s, i, e, a, b, places, resolve)
        return f

    def _duration(self, s, m, i, j, e, a, b, spans, places, resolve, main=None) -> Frame:
        lang = self.lang
        if self._is_age(s, m, i, e, a):
            if any(self.lang.marks["bounds"].ending_at(s.lemmas, x, s.lows) for x in range(max(a, i - 4), i)):
                return None  # "jusqu'à l'âge de cent ans": a wish, not an age
            f = Frame("age", "age", STORY, "age")
            ev, op = self.event_near(s, i, e, a, b, skip=AGE_MARKERS)
            f.event = ev or (OPEN + op if op and self._when_clause(s, i, a) else None)
            f.at_event = self._when_clause(s, i, a)
            named = self._named_after(s, e, len(s.lows))
            if named is not None:
                f.anchor, f.anchor_text, f.anchor_how, f.anchor_at = named[2], named[3], "apposition", named[0]
            else:
                self._anchor(f, s, i, e, a, b, places, resolve, after=True, pronoun_first=True, subject=True)
            fronted = all(w in lang.function_words or w in AGE_MARKERS for w in s.lows[a:i])
            if f.anchor is None and fronted and s.lows[e:e + 1] == [","]:
                x = e + 1
                while x < len(s.lows) and s.lows[x] in lang.function_words:
                    x += 1
                if x < len(s.lows) and self._content(s, x):
                    f.anchor, f.anchor_text, f.anchor_how = "~" + s.lemmas[x], s.surface[x], "noun"  # "Âgée de 34 ans, la lauréate"
            if f.anchor is None and main is not None and self._when_clause(s, i, a):
                f.anchor, f.anchor_text, f.anchor_how = main[0], main[1], "main"
            if f.anchor is None:
                for x in range(i - 1, max(a, i - 8) - 1, -1):
                    if self._content(s, x) and s.lows[x] not in AGE_MARKERS:
                        f.anchor, f.anchor_text, f.anchor_how = "~" + s.lemmas[x], s.surface[x], "noun"
                        break  # "deux mineurs de 14 ans", "onze hommes âgés de 25 à 60 ans"
            return f
        f = Frame("duration")
        measure = None
        k = self.noun_after(s, e, b)
        duration = lambda v: v.family == "duration"  # noqa: E731
        if k is not None and (k == e or (k == e + 1 and s.lows[e] in ("of", "de", "d'"))):
            # "a 13-year sentence", "un contrat de cinq ans" (below), "five years of contract"
            got = lang.roles["nouns"].at(s.lemmas, k, s.lows, duration) or \
                lang.roles["heads"].at(s.lemmas, k, s.lows, duration)
            gov = self.governor_before(s, i, a, "duration")[0]
            if got and (k == e or gov is None or got[1].refines == gov.key):
                measure, f.how = got[1], "noun"  # "condamné à cinq ans d'inéligibilité": a ban
        gm, _g = self.governor_before(s, i, a, "duration")
        if measure is None and gm is not None:
            measure, f.how = gm, "governor"  # "after serving 11 years of his sentence"
        if measure is None and e + 2 < b and s.lows[e] in ("of", "de", "d'") and \
                s.lows[e + 1] in ("the", "la", "le", "l'", "son", "sa", "his", "her", "its"):
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
        f.noun2 = self._complement(s, e if not found else e + found[0], b)
        ev, op = self.event_near(s, i, e, a, b)
        if measure is None and ev in ("took_office", "left_office"):
            measure = lang.measure("tenure")  # "89 jours plus tard, le gouvernement chute"
            f.how = "event"
        if measure is not None:
            f.measure, f.strength = measure.key, STORY if measure.story else LEXICON
        elif e < len(s.lows) and s.lows[e] in ("plus", "later", "après", "after", "avant", "before", "earlier", "auparavant"):
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
            if self._content(s, x) and s.lemmas[x] != s.lows[x] and not s.lows[x].endswith(PARTICIPLE_SUFFIXES) \
                    and x > 0 and (s.lows[x - 1][0].isdigit() or s.lows[x - 1] in self.lang.data["number_words"]
                                   or self.lang.roles["nouns"].at(s.lemmas, x, s.lows)):
                return x
        return None

    def _split_range(self, s: Sentence, m: Mention, i: int, spans) -> bool:
        """Is this duration an end of "de X ... à Y" / "from X ... to Y" (no change verb)?"""
        durations = [(x, y) for x, y, mm in spans if mm.kind == "duration"]
        opener = ("de", "d'", "from", "of")
        closer = ("à", "to", "au")
        me = next(((x, y) for x, y, mm in spans if mm is m), None)
        if me is None:
            return False
        before = s.lows[i - 1] if i > 0 else ""
        if before in closer:
            return any(x < i and x > 0 and s.lows[x - 1] in opener for x, _y in durations)
        if before in opener:
            return any(x > i and s.lows[x - 1] in closer for x, _y in durations)
        return False

    def _when_clause(self, s: Sentence, i: int, a: int) -> bool:
        return any(w in ("when", "lorsque", "lorsqu'", "quand", "after", "après", "at", "à") for w in s.lows[max(0, i - 6):i])

    def _is_age(self, s: Sentence, m: Mention, i: int, e: int, a: int) -> bool:
        """"âgé de 73 ans", "à l'âge de 94 ans", "the 30-year-old", "Marc Vidal, 58 ans",
        "un jeune homme de 22 ans", "when he was five", "aged 11"."""
        if m.unit == "year-old":
            return True
        unit = m.unit or ""
        if unit not in ("ans", "an", "years", "year"):
            return False
        before = s.lows[max(0, i - 4):i]
        lemmas = s.lemmas[max(0, i - 4):i]
        if any(w in ("âgé", "âgée", "âgés", "âgées", "aged", "âge", "age") for w in before) or "âgé" in lemmas:
            return True
        if before[-1:] == ["ses"]:
            return True
        if before[-1:] == ["à"] or (i >= 1 and s.surface[i - 1] == "A" and self.lang.code == "fr"):
            # "à 73 ans, il...", "mort à 94 ans" but not "de 3 ans ... à 20 ans de prison"
            after = self.lang.roles["predicates"].at(s.lemmas, e, s.lows) or self.lang.roles["nouns"].at(s.lemmas, e + 1, s.lows)
            ranged = any(w in ("de", "d'", "from", "entre") for w in s.lows[max(0, i - 12):i - 1]) and \
                any(x.isdigit() or x in self.lang.data["number_words"] for x in s.lows[max(0, i - 12):i - 1])
            return not ranged and not (after and after[1].family == "duration")
        if before[-1:] in (["("], [","]) and i >= 2 and s.name_at(i - 2) is not None:
            return True
        if before[-1:] == ["de"] and i >= 2 and (s.name_at(i - 2) is not None or
                                               s.lemmas[i - 2] in self.lang.generic_nouns or
                                               s.lows[i - 2] in self.subsets or s.lemmas[i - 2] in ("homme", "femme", "garçon", "fille", "enfant", "adolescent", "adolescente", "mineur", "jeune")):
            return True
        return False

    def _percent(self, s, m, i, j, e, a, b, spans, places, resolve) -> Frame:
        f = Frame("percent")
        k = e
        if k < b and s.lows[k] in ("of", "des", "de", "d'", "du"):
            f.part = True
            n = self.noun_after(s, k + 1, b)
            if n is not None:
                found = self.lang.roles["nouns"].at(s.lemmas, n, s.lows)
                f.measure = found[1].key if found else OPEN + s.lemmas[n]
                f.strength, f.how = (LEXICON if found else OPEN_STRENGTH), "noun"
        if not f.measure:
            for x in range(a, i):  # "Le chômage atteint 7,5 %": what the clause is about
                if self._content(s, x):
                    f.measure, f.strength, f.how = OPEN + s.lemmas[x], WEAK, "head"
                    break
        if not f.measure:
            f.measure, f.strength = "percent", WEAK
        self._qualify(f, s, m, i, j, e, a, b, spans, places)
        self._anchor(f, s, i, e, a, b, places, resolve)
        return f

    def _dated(self, s, m, i, e, a, b, family, spans, resolve) -> Frame:
        f = Frame(family)
        if family == "date" and self._as_of(s, i):
            f.measure, f.strength, f.how = "as_of", WEAK, "reference"  # when the figures hold: no event
            return f
        ev, op = self.event_near(s, i, e, a, b)
        since = i > 0 and s.lows[i - 1] in ("depuis", "since")
        if since and ev != "founded":
            f.measure, f.strength, f.how = "since", OPEN_STRENGTH, "event"
            f.event = OPEN + op if op else None
        elif ev:
            f.measure, f.strength, f.how, f.event = ev, LEXICON, "event", ev
        elif m.value.hedge == "range" and family == "year":
            f.measure, f.strength, f.how = "period", LEXICON * 0.9, "period"  # "entre 2009 et 2016"
        elif op:
            f.measure, f.strength, f.how, f.event = OPEN + op, WEAK, "event", OPEN + op
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
        self._anchor(f, s, i, e, a, b, places, resolve, after=True)
        n = s.name_at(f.anchor_at) if f.anchor is not None and f.anchor_at >= 0 and f.event else None
        comma = None if n is None else next((x for x in (n[1], n[1] + 1) if x < i and s.lows[x] == ","), None)
        if comma is not None and any(self.lang.events.at(s.lemmas, x, s.lows) for x in range(comma + 1, min(i, comma + 5))):
            f.anchor_how = "apposition"  # "le groupe Halden, fondé en 1962": the event is the name's
        return f
