"""Refuse user rule patterns that can backtrack catastrophically, from their structure.

Python's `re` backtracks: a pattern that can match the same text in many ways takes
exponential time (`(b+)+$`, `(?:a|a)*$`, `(a|aa)*b`) or a high polynomial time
(`\\w*\\w*\\w*x`) on a line that almost matches. A timing probe is no safety check:
its verdict depends on the machine's load. This one depends on the pattern alone:

- **exponential**: the pattern, as a nondeterministic automaton over character sets,
  has a state with two different paths back to itself over the same text (the
  classic test for exponential ambiguity: a strongly connected component of the
  automaton's square that holds a pair (q, q) and a pair (p, p'), p != p'). Nested
  quantifiers over overlapping sets and alternatives that can match the same text
  inside a loop are such patterns, however many parentheses wrap them;
- **polynomial**: unbounded quantifiers that can follow each other (through parts
  that can match the same run, or nothing) and can all consume a run of the same
  character, three of them, or two where the search can start inside the run (n**3);
- a loop whose body can match the empty string in more than one way (`(a*)*`).

Character sets are bit masks (charsets.py); the exponential test is ambiguity.py;
this module holds the polynomial and empty-loop tests and the entry point.
Placeholders ({QTY}, {NAME}...) are trusted code: each counts as one opaque
character of its own. Possessive quantifiers and atomic groups do not give back what
they took (their content is checked on its own). The check is conservative, not a
proof: on random nestings of small quantified atoms, about one accepted pattern in
1,500 is still slow on a 400-character probe, each one built from counted
repetitions of optional parts (`(?:x(?:\\S?\\S?){3}){3}`); sentences are at most
segment.MAX_SENTENCE characters, which bounds what such a pattern can cost.
Cost: linear in the pattern plus the automaton's square, capped; 6,000 patterns
load in seconds.
"""
from __future__ import annotations

import re

from .ambiguity import TooComplex, exponential
from .charsets import _OPAQUE, CHAR_OPS, FULL, REPEATS, C, P, charset
from .patterns import PLACEHOLDER

BIG = 100  # a counted quantifier with more room than this is "unbounded" for adjacency


class Unsafe(Exception):
    """str(err) says why the pattern is refused."""


Chain = tuple[int, int, bool, int]  # chars an unbounded quantifier can take in a run; how
# many such quantifiers follow each other there; whether the first can start the match;
# every character it can take


class Summary:
    """What a piece of pattern can do, for the adjacency and empty-match checks."""

    __slots__ = ("nullable", "variable", "chars", "uniform", "first", "heads", "tails", "loop",
                 "twice_empty")

    def __init__(self, nullable=True, variable=False, chars=0, uniform=0, heads=(), tails=(),
                 loop=False, twice_empty=False, first=0):
        self.nullable, self.variable, self.chars, self.first = nullable, variable, chars, first
        self.uniform = uniform  # chars c such that it can match a run made of c alone
        self.heads: tuple[Chain, ...] = heads  # unbounded quantifiers at its start
        self.tails: tuple[Chain, ...] = tails  # unbounded quantifiers at its end
        self.loop = loop  # it is one unbounded quantifier
        self.twice_empty = twice_empty  # it can match the empty string in two ways


class Polynomial(Exception):
    pass


class Nested(Exception):
    pass


def _overlap(tails, heads) -> bool:
    return any(tail[0] & head[0] for tail in tails for head in heads)


def summary(items, flags: int, at_start: bool = False, search: int | None = None) -> Summary:
    """Summary of a sequence; raises Polynomial or Nested on a bad construct inside.

    Two unbounded quantifiers over a common character, with only parts that can match
    that character (or nothing) between them, cost n**2 on a run of n such characters
    for one start of the match, n**3 when the search can also start inside the run
    (`search`, the characters a match can start with, holds that character) or when a
    third one follows. Runs are as long as a sentence: the n**3 cases are refused.
    With `search` None nothing is checked (the pass that finds `search`)."""
    parts = []
    lead = at_start
    for op, av in items:
        part = _summary_item(op, av, flags, lead, search)
        parts.append(part)
        lead = lead and part.nullable
    open_: list[Chain] = []
    for part in parts:
        if search is not None:
            for tm, tl, tst, tc in open_:
                for hm, hl, _, hc in part.heads:
                    if tm & hm and (tl + hl >= 3 or tl + hl >= 2 and (tst or (tc | hc) & search)):
                        raise Polynomial()
        ends: list[Chain] = []
        for tm, tl, tst, tc in part.tails:
            longer = [(ln, st, c) for m, ln, st, c in open_ if m & tm] if part.loop else []
            if longer:
                ln, st, c = max(longer)
                ends.append((tm, ln + 1, st, tc | c))
            else:
                ends.append((tm, tl, tst, tc))
        if part.nullable:
            kept = open_
        else:  # a run goes on through a part that can match a run of one of its characters
            kept = [(tm, tl, tst, tc) for tm, tl, tst, tc in open_ if tc & part.uniform]
        open_ = ends + kept
    out = Summary(nullable=all(p.nullable for p in parts), variable=any(p.variable for p in parts),
                  twice_empty=any(p.twice_empty for p in parts), tails=tuple(open_))
    for p in parts:
        out.chars |= p.chars
    needed = [p for p in parts if not p.nullable]
    if needed:
        uniform = FULL
        for p in needed:
            uniform &= p.uniform
        out.uniform = uniform
    else:
        for p in parts:
            out.uniform |= p.uniform
    heads: list[Chain] = []
    through = FULL
    for p in parts:
        heads += [(hm, hl, hst, hc) for hm, hl, hst, hc in p.heads if hc & through]
        if not p.nullable:
            through &= p.uniform
            if not through:
                break
    out.heads = tuple(heads)
    for p in parts:
        out.first |= p.first
        if not p.nullable:
            break
    return out


def _summary_item(op, av, flags: int, at_start: bool, search: int | None) -> Summary:
    if op in CHAR_OPS:
        mask = charset(op, av, flags)
        return Summary(nullable=False, chars=mask, uniform=mask, first=mask)
    if op is C.SUBPATTERN:
        return summary(av[3], (flags | av[1]) & ~av[2], at_start, search)
    if op in (C.BRANCH, C.GROUPREF_EXISTS):
        alts = [summary(alt or [], flags, at_start, search) for alt in (av[1] if op is C.BRANCH else av[1:])]
        out = Summary(nullable=any(a.nullable for a in alts),
                      twice_empty=sum(a.nullable for a in alts) > 1 or any(a.twice_empty for a in alts),
                      heads=tuple(h for a in alts for h in a.heads),
                      tails=tuple(t for a in alts for t in a.tails))
        for a in alts:
            out.chars |= a.chars
            out.uniform |= a.uniform
            out.first |= a.first
        out.variable = len({(a.nullable, a.variable) for a in alts}) > 1 or any(a.variable for a in alts)
        return out
    if op in REPEATS:
        lo, hi, body = av
        inner = summary(body, flags, at_start, search)
        loops = hi >= 2 and hi > lo
        if loops and (inner.nullable and inner.variable or inner.twice_empty):
            raise Nested("a repeated group can match the empty string in more than one way")
        out = Summary(nullable=lo == 0 or inner.nullable, variable=hi > lo or inner.variable,
                      chars=inner.chars, uniform=inner.uniform if hi else 0,
                      heads=inner.heads, tails=inner.tails, first=inner.first if hi else 0,
                      twice_empty=inner.twice_empty or lo == 0 and hi >= 1 and inner.nullable)
        if hi >= 2 and _overlap(inner.tails, inner.heads):  # the end of one turn, the start of the next
            if loops:
                raise Nested("a quantifier inside a quantifier over the same characters")
            raise Polynomial()  # (x*){3} is x*x*x*
        if hi == C.MAXREPEAT or hi - lo > BIG:
            own = (inner.uniform, 1, at_start, inner.chars)
            out.heads, out.tails, out.loop = (own, *inner.heads), (own, *inner.tails), True
        return out
    if op in (C.POSSESSIVE_REPEAT, C.ATOMIC_GROUP):
        body = av[2] if op is C.POSSESSIVE_REPEAT else av
        inner = summary(body, flags, at_start, search)
        out = Summary(nullable=inner.nullable or op is C.POSSESSIVE_REPEAT and av[0] == 0,
                      variable=True, chars=inner.chars, uniform=inner.uniform, first=inner.first)
        if op is C.POSSESSIVE_REPEAT and (av[1] == C.MAXREPEAT or av[1] - av[0] > BIG):
            # It never gives back what it took, but it still takes a run, each time again.
            out.heads, out.loop = ((inner.uniform, 1, at_start, inner.chars), *inner.heads), True
        return out
    if op in (C.ASSERT, C.ASSERT_NOT):
        summary(av[1], flags, True, search if search is None else FULL)  # the checks inside
    return Summary()  # AT, GROUPREF and assertions: zero width


def opaque(pattern: str) -> str:
    """The pattern with each placeholder as one private-use character (its value or
    unit group kept), {W} as its own small regex."""
    names = ("QTY", "NUM", "YEAR", "PREPYEAR", "DATE", "RELDATE", "NAME", "NAMEX", "PERSONS",
             "CURRENCY", "UNIT", "DURATION", "HEDGE")

    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name == "W":
            return r"[^\s.;:!?]+"
        if name not in names:
            raise KeyError(f"unknown placeholder {{{name}}}")
        atom = chr(_OPAQUE + names.index(name))
        if name in ("CURRENCY", "UNIT", "DURATION"):
            return f"(?P<unit>{atom})"
        if name in ("NUM", "NAMEX", "PERSONS", "HEDGE"):
            return atom
        return f"(?P<value>{atom})"

    return PLACEHOLDER.sub(sub, pattern)


def check(pattern: str) -> None:
    """Raise Unsafe (saying why) if `pattern`, a rule pattern with placeholders, can
    backtrack catastrophically; re.error or KeyError if it does not parse."""
    parsed = P.parse(opaque(pattern))
    flags = parsed.state.flags
    try:
        starts = summary(parsed, flags, True).first | (FULL if summary(parsed, flags, True).nullable else 0)
        summary(parsed, flags, True, starts)
    except Nested as err:
        raise Unsafe(f"nested quantifier may hang: {err}") from None
    except Polynomial:
        raise Unsafe("adjacent quantifiers over overlapping characters may backtrack for minutes "
                     "(make one possessive, e.g. \\s++, or their characters disjoint)") from None
    try:
        ambiguous = exponential(parsed, flags)
    except TooComplex:
        raise Unsafe("pattern too complex to check for catastrophic backtracking") from None
    if ambiguous:
        raise Unsafe("nested quantifier may hang: the pattern can match the same text in many ways "
                     "(a quantifier inside a quantifier, or alternatives that overlap, inside a loop)")
