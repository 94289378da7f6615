"""The frame of a value (`Frame`), the tokenised sentence it is read in (`Sentence`),
and the strengths a measure is read with."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

OPEN = "="  # prefix of an open key: a lemma no lexicon entry names
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
