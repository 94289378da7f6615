"""The frame of a value (`Frame`), the tokenised sentence it is read in (`Sentence`),
and the strengths a measure is read with."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..model import _as_args

OPEN = "="  # prefix of an open key: a lemma no lexicon entry names
DIMENSION = "dim:"  # prefix of a measure known only by its unit's dimension ("a 41 km line")
PUNCT = frozenset(".;:!?")
SOFT = frozenset(",()[]–—«»\"“”")
WEAK = 0.35
OPEN_STRENGTH = 0.6
LEXICON = 0.9  # a lexicon measure: goals, a fine, an event
STORY = 1.2  # a lexicon measure a story states once: its toll
DURATION = 0.5  # how long something lasted, with nothing saying what: its subject decides


@dataclass(slots=True)
class Frame:
    """What one value is about (see the package docstring)."""

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
    more: bool = False  # more or other ones than those already told ("quatre autres agences", "two more bodies")
    reported: bool = False
    possible: bool = False  # governed by a modal of possibility ("un malade peut contaminer jusqu'à quinze personnes")
    at_event: bool = False  # an age tied to its event ("à l'âge de 75 ans", "when he was five")
    lang: str = ""  # the language the frame was read in (its nouns compare only within it)
    context: frozenset[str] = frozenset()  # content lemmas of the sentence
    names: frozenset[str] = frozenset()  # folded names in the sentence
    salience: float = 0.0

    __reduce__ = _as_args

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
        if self.more:
            out["more"] = True
        if self.reported:
            out["reported"] = True
        if self.possible:
            out["possible"] = True
        return out


class Surface:
    """The tokens of a sentence as written, sliced from the text when asked for (the
    reader needs a few of them, not all)."""

    __slots__ = ("text", "starts", "ends")

    def __init__(self, text: str, starts: list[int], ends: list[int]):
        self.text, self.starts, self.ends = text, starts, ends

    def __getitem__(self, k: int) -> str:
        return self.text[self.starts[k]:self.ends[k]]

    def __len__(self) -> int:
        return len(self.starts)


@dataclass
class Sentence:
    """One sentence, tokenised once for all its values."""

    lo: int
    hi: int
    starts: list[int]
    ends: list[int]
    lows: list[str]
    lemmas: list[str]
    surface: Surface | list[str]  # the tokens as written
    names: list[tuple[int, int, str, str]] = field(default_factory=list)  # token i, j, key, text
    _words: set[str] | None = field(default=None, repr=False)  # its lemmas and words as written
    _name_of: list | None = field(default=None, repr=False)  # token -> the name covering it
    _stops: dict[bool, list[int]] = field(default_factory=dict, repr=False)  # clause ends, hard and soft
    memo: dict = field(default_factory=dict, repr=False)  # what the reader found of the sentence's names
    _starts_of: dict[int | str, list[int]] = field(default_factory=dict, repr=False)

    def starts_of(self, phrases, a: int = 0, b: int | None = None) -> list[int]:
        """The token indices in [a, b) where a phrase of `phrases` (a language.Phrases, or
        a set of words) may start: its first word is there, as a lemma or as written.
        Loops that try phrases at every token try them only there; a phrase matched at
        any other index would be None."""
        got = self._starts_of.get(id(phrases))
        if got is None:
            words = self._words
            if words is None:
                words = self._words = set(self.lemmas)
                words.update(self.lows)
            common = getattr(phrases, "firsts", phrases) & words
            got = [k for k, (lemma, low) in enumerate(zip(self.lemmas, self.lows))
                   if lemma in common or low in common] if common else []
            self._starts_of[id(phrases)] = got
        if not got:
            return got
        end = len(self.lows) if b is None else b
        if a <= got[0] and got[-1] < end:
            return got
        return got[bisect.bisect_left(got, a):bisect.bisect_left(got, end)]

    def marked(self, key: str, test) -> list[int]:
        """The token indices whose word, of six letters or more, passes `test` (a function
        of the lowercased word), computed once per sentence under `key`."""
        got = self._starts_of.get(key)
        if got is None:
            got = self._starts_of[key] = [k for k, low in enumerate(self.lows) if len(low) > 5 and test(low)]
        return got

    def index(self, offset: int) -> int:
        """The index of the first token ending after `offset`."""
        return bisect.bisect_right(self.ends, offset)

    def clause(self, i: int, j: int, soft: bool = False) -> tuple[int, int]:
        """Token bounds of the clause holding tokens [i, j): up to ; : . and, with
        `soft`, commas and brackets. A short label before a colon belongs to the
        clause ("Date de naissance : 22 mai 1924")."""
        stops = self._stops.get(soft)
        if stops is None:
            stop = PUNCT | SOFT if soft else PUNCT
            stops = self._stops[soft] = [k for k, low in enumerate(self.lows) if low in stop]
        x = bisect.bisect_left(stops, i)  # the stops before token i
        a = stops[x - 1] + 1 if x > 0 else 0
        if not soft and a > 0 and self.lows[a - 1] == ":" and a - 1 <= 6:
            a = 0
        y = bisect.bisect_left(stops, j)
        b = stops[y] if y < len(stops) else max(j, len(self.lows))
        return a, b

    def name_at(self, k: int) -> tuple[int, int, str, str] | None:
        """The (first) name covering token k."""
        of = self._name_of
        if of is None:
            of = self._name_of = [None] * len(self.lows)  # built on first use, once names are known
            for n in reversed(self.names):
                lo, hi = max(0, n[0]), min(len(of), n[1])
                if lo < hi:
                    of[lo:hi] = [n] * (hi - lo)
        return of[k] if 0 <= k < len(of) else None
