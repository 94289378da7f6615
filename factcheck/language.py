"""One `Language` per language, built once from its data file (factcheck/lang/<code>.toml).

The frame reader receives a `Language` and never spells a word list itself: function
words, the measure lexicon (phrasing -> shared measure key), event words (what a date
dates), rates, and the lemmatiser (simplemma, loaded on first use) all come from here.
Adding a language is adding a data file with the same keys.

Lexicon phrases are tokenised and lemmatised the same way as article text, so one
form of each word is enough in the data ("perdre la vie" matches "ont perdu la vie").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .normalize.lang import LANGS, load

ROLES = ("nouns", "predicates", "governors", "heads")
# Words (letters, with inner hyphens or apostrophes), French elided articles on their
# own ("l'", "qu'"), English possessives and contractions on their own, digits, and
# any other single character.
TOKEN = re.compile(
    r"(?i:(?<![^\W\d_])(?:[ldjnmstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=[^\W\d_]))"
    r"|['’]s\b|n['’]t\b"
    r"|[^\W\d_]+(?:[-‑'’][^\W\d_]+)*"
    r"|\d+"
    r"|\S")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, lowercased text with straight apostrophes) of each token."""
    stop = len(text) if end is None else end
    lo = max(0, start - 1)  # the character before: the pattern looks behind
    piece = text[lo:stop]
    low = piece.lower()
    if len(low) != len(piece):  # a letter that lowercases to two ("İ"): token by token
        return [(m.start(), m.end(), m.group().lower().replace("’", "'").replace("‑", "-"))
                for m in TOKEN.finditer(text, start, stop)]
    # Lowercasing keeps every character's class, so the lowered text has the same tokens.
    low = low.replace("’", "'").replace("‑", "-")
    return [(m.start() + lo, m.end() + lo, m.group()) for m in TOKEN.finditer(low, start - lo)]


class Phrases:
    """Phrases (tuples of lemmas) mapped to a value, matched at a token position."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self._lasts: set[str] = set()  # the last words of the phrases

    @property
    def firsts(self):
        """The words a phrase starts with (lemmas and forms as written)."""
        return self._by_first.keys()

    def add(self, lemmas: tuple[str, ...], value: object) -> None:
        if lemmas:
            entries = self._by_first.setdefault(lemmas[0], [])
            if (lemmas, value) not in entries:
                entries.append((lemmas, value))
                entries.sort(key=lambda e: -len(e[0]))
                self._lasts.add(lemmas[-1])

    def at(self, lemmas: list[str], i: int, lows: list[str] | None = None, want=None) -> tuple[int, object] | None:
        """The longest phrase starting at token i: (its length, its value); with `want`,
        only values it accepts ("contrat" is a fee and a contract's length)."""
        size = len(lemmas)
        if i < 0 or i >= size:
            return None
        get = self._by_first.get
        lemma = lemmas[i]
        entries = get(lemma) if lemma else None
        low = lows[i] if lows else None
        more = get(low) if low and low != lemma else None  # the same word: the same answer
        if entries is None:
            if more is None:
                return None  # most tokens start no phrase
            entries, more = more, None
        while entries is not None:
            for phrase, value in entries:
                if want is not None and not want(value):
                    continue
                n = len(phrase)
                if n == 1:
                    return 1, value
                if i + n > size:
                    continue
                for k in range(1, n):  # each further word, as a lemma or as written
                    word = phrase[k]
                    if lemmas[i + k] != word and (lows is None or lows[i + k] != word):
                        break
                else:
                    return n, value
            entries, more = more, None
        return None

    def ending_at(self, lemmas: list[str], j: int, lows: list[str] | None = None) -> tuple[int, object] | None:
        """The longest phrase whose last token is j - 1: (its length, its value)."""
        if not 0 < j <= len(lemmas) or (lemmas[j - 1] not in self._lasts
                                         and (lows is None or lows[j - 1] not in self._lasts)):
            return None  # no phrase ends with this word
        best = None
        for i in range(max(0, j - 5), j):
            found = self.at(lemmas, i, lows)
            if found and i + found[0] == j and (best is None or found[0] > best[0]):
                best = found
        return best


@dataclass(frozen=True)
class Measure:
    """A shared measure key and the family of values it applies to."""

    key: str
    family: str  # count | money | measure | duration
    story: bool = False  # a figure a story states once (its toll)
    dimension: str | None = None  # what a measure's unit measures: length, mass... ("none": no unit)
    refines: str | None = None  # the broader measure this one is a kind of (a ban is a sentence)
    valuation: bool = False  # what a money noun is worth ("worth", "put at"): that noun's measure wins
    things: bool = False  # counts things, never people: a predicate of people does not replace it

    @classmethod
    def of(cls, key: str, table: dict) -> "Measure":
        """The measure of a lexicon table (`scope`: "story" for a toll, "valuation", "things")."""
        scope = table.get("scope")
        return cls(key, table["family"], scope == "story", table.get("dimension"),
                   table.get("refines"), scope == "valuation", scope == "things")


@dataclass
class Language:
    """What factcheck knows of one language; build it with `language(code)`."""

    code: str
    data: dict
    function_words: frozenset[str] = frozenset()
    generic_nouns: frozenset[str] = frozenset()
    skip_after_number: frozenset[str] = frozenset()
    calendar: frozenset[str] = frozenset()  # month and weekday names
    roles: dict[str, Phrases] = field(default_factory=dict)
    events: Phrases = field(default_factory=Phrases)
    rates: Phrases = field(default_factory=Phrases)
    acts: Phrases = field(default_factory=Phrases)  # predicate words -> a shared act ("write")
    marks: dict[str, Phrases] = field(default_factory=dict)
    _lemmas: dict[str, str] = field(default_factory=dict, repr=False)
    _prefixes: dict | None = field(default=None, repr=False)
    _prefix_memo: dict[str, tuple[int, str] | None] = field(default_factory=dict, repr=False)
    _content_memo: dict[str, bool] = field(default_factory=dict, repr=False)
    _only_memo: dict[str, Measure | None] = field(default_factory=dict, repr=False)
    _words: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def words(self, key: str) -> frozenset[str]:
        """A word list of the data file as a set, built on first use ("clause_words")."""
        got = self._words.get(key)
        if got is None:
            got = self._words[key] = frozenset(self.data[key])
        return got

    def event_prefix(self, low: str) -> tuple[int, str] | None:
        """A word that starts with a one-word event of the lexicon ("parolee": parole)."""
        if len(low) < 6:
            return None
        memo = self._prefix_memo
        if low in memo:
            return memo[low]
        got = memo[low] = self._event_prefix(low)
        return got

    def _event_prefix(self, low: str) -> tuple[int, str] | None:
        if self._prefixes is None:
            ordered = sorted(((w, key) for key, table in self.data["events"].items()
                              for w in table["words"] if " " not in w and len(w) >= 5),
                             key=lambda wk: -len(wk[0]))
            self._prefixes = {}  # by their first five letters, longest first
            for w, key in ordered:
                self._prefixes.setdefault(w[:5], []).append((w, key))
        for w, key in self._prefixes.get(low[:5], ()):
            if low.startswith(w):
                return 1, key
        return None

    def measure(self, key: str) -> Measure:
        """A lexicon measure by its key."""
        return Measure.of(key, self.data["measures"][key])

    def lemma(self, word: str) -> str:
        """The lemma of a lowercased word (simplemma; the word itself if unknown)."""
        got = self._lemmas.get(word)
        if got is None:
            if word.isalpha() or "-" in word or "'" in word:
                from .lemmacache import lemmatize  # simplemma's dictionaries load on first use

                got = lemmatize(word, self.code).lower()
            else:
                got = word
            self._lemmas[word] = got
        return got

    def lemmas(self, lows: list[str]) -> list[str]:
        known = self._lemmas.get
        got = [known(w) for w in lows]  # most words were seen before
        if None in got:
            lemma = self.lemma
            got = [g if g is not None else lemma(w) for g, w in zip(got, lows)]
        return got

    def phrase(self, text: str) -> tuple[str, ...]:
        """A lexicon phrase as the lemmas it is matched on."""
        return tuple(self.lemma(t) for _s, _e, t in tokens(text))

    def add(self, phrases: "Phrases", text: str, value: object, as_written: bool = False) -> None:
        """Index a data phrase by its lemmas and by its words as written, since the
        lemmatiser leaves some participles alone ("passé", "péri"); with `as_written`,
        only as written (a verb form that is also a noun: "recorded", not "record")."""
        words = tuple(t for _s, _e, t in tokens(text))
        if not as_written:
            phrases.add(self.phrase(text), value)
        if as_written or words != self.phrase(text):
            phrases.add(words, value)

    def is_content(self, low: str) -> bool:
        """A word that says something (not a function word, a calendar word, a number
        or punctuation); worked out once per word."""
        got = self._content_memo.get(low)
        if got is None:
            got = self._content_memo[low] = len(low) > 1 and low[0].isalpha() and low not in self.function_words \
                and low not in self.calendar
        return got

    def only_measure(self, dimension: str) -> Measure | None:
        """The lexicon measure of a unit's dimension when there is one only (speed, area,
        mass, temperature; not length: a depth, a height, a distance...)."""
        if dimension not in self._only_memo:
            keys = [k for k, t in self.data["measures"].items() if t.get("dimension") == dimension]
            self._only_memo[dimension] = self.measure(keys[0]) if len(keys) == 1 else None
        return self._only_memo[dimension]


MARKS = ("change_verbs", "reporting_verbs", "counting_verbs", "part_before", "part_after", "previous_markers",
         "place_prepositions", "place_nouns", "negations", "bounds", "aggregates", "story_openers", "light_verbs",
         "auxiliaries", "as_of")


def _build(code: str) -> Language:
    data = load(code)
    lang = Language(code, data,
                    function_words=frozenset(data["function_words"]),
                    generic_nouns=frozenset(data["generic_nouns"]),
                    skip_after_number=frozenset(data["skip_after_number"]),
                    calendar=frozenset(w.lower().rstrip(".") for grp in data["months"] + data["weekdays"] for w in grp))
    for role in ROLES:
        lang.roles[role] = Phrases()
    for name in MARKS:
        lang.marks[name] = Phrases()
    lang._lemmas.update(_lexicon_lemmas(lang))
    for phrases, text, value, as_written in _entries(lang):
        lang.add(phrases, text, value, as_written)
    return lang


def _entries(lang: Language):
    """(phrases, text, value, as_written) of every phrase of the data file, in order."""
    data = lang.data
    for key, table in data["measures"].items():
        measure = Measure.of(key, table)
        for role in ROLES:
            for text in table.get(role, ()):
                yield lang.roles[role], text, measure, False
    for key, table in data["events"].items():
        for text in table["words"]:
            yield lang.events, text, key, False
    for text, period in data["rates"].items():
        yield lang.rates, text, period, False
    for key, words in data["predicates"].items():
        for text in words:
            yield lang.acts, text, key, False
    for name in MARKS:
        for text in data[name]:
            yield lang.marks[name], text, name, name == "counting_verbs"


def _lexicon_lemmas(lang: Language) -> dict[str, str]:
    """The lemma of every word of the data file's phrases. Lemmatising them is most of
    building a Language, so the table is kept in the cache (`diskcache.derived`) while
    the data file and simplemma are unchanged; without the cache, the words are
    lemmatised here (and simplemma loaded) as they would be on first use."""
    from . import diskcache
    from .lemmacache import stamp
    from .normalize.lang import source

    def build() -> dict[str, str]:
        for _phrases, text, _value, _written in _entries(lang):
            lang.phrase(text)
        return dict(lang._lemmas)

    depends = stamp(lang.code)
    if depends is None:
        return build()
    return diskcache.derived(f"lemmas-{lang.code}", source(lang.code) + depends, build)


@lru_cache(maxsize=None)
def language(code: str) -> Language:
    """The `Language` of a code ("fr", "en"), built once; English for anything else."""
    return _build(code if code in LANGS else "en")
