"""Read the frame of every value from the local syntax of its clause.

Quantity extractors set the pattern (CQE reads value, unit, concept and bound;
grobid-quantities the quantified object). For each value the frame says:

- the **measure**: what is counted, measured or dated. The counted noun ("11 morts"),
  the clause's predicate when the noun says nothing ("trois personnes sont mortes",
  "133 were injured"), a governing verb ("a tué 4 personnes", "killed at least 78"),
  or the noun the value is predicated of ("le bilan s'élève à 12", "the death toll
  has soared to 1,130", "the number of missing is 40"). Phrasing -> shared key comes
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

The reader is one class composed of one mixin per job, each in its own module:

    model.py       Frame, Sentence and the strengths a measure is read with
    clauses.py     the base: counted nouns, predicates, governors and heads of a clause
    qualifiers.py  places, times, rates, earlier figures
    anchors.py     the entity a value is about (apposition, nearest name, pronoun)
    events.py      what a year or a date dates; years and dates themselves
    counts.py      counts, and the lists they open
    amounts.py     amounts of money, quantities, percents
    durations.py   durations and ages
    reader.py      Reader: the frame of each value of a sentence
"""
from .model import DIMENSION, LEXICON, OPEN, STORY, WEAK, Frame, Sentence
from .reader import Reader

__all__ = ["DIMENSION", "LEXICON", "OPEN", "STORY", "WEAK", "Frame", "Reader", "Sentence"]
