"""Exponential ambiguity of a parsed regex: can a state of its automaton return to
itself along two different paths over the same text?

That is the classic test for exponential backtracking: build the Thompson automaton
over character-set masks (charsets.py), drop its epsilon moves, and look in the
automaton's square for a strongly connected component holding a pair (q, q) and a
pair (p, p'), p != p'. Possessive quantifiers and atomic groups never give back what
they took: outside, they are one opaque step; inside, they are checked on their own.
"""
from __future__ import annotations

from .charsets import CHAR_OPS, FULL, REPEATS, C, charset

MAX_PAIRS = 200_000  # the automaton's square explored at most this far


class TooComplex(Exception):
    pass


def chars_of(items, flags: int) -> int:
    """Every character a piece of pattern can consume."""
    mask = 0
    for op, av in items:
        if op in CHAR_OPS:
            mask |= charset(op, av, flags)
        elif op is C.SUBPATTERN:
            mask |= chars_of(av[3], (flags | av[1]) & ~av[2])
        elif op is C.BRANCH:
            for alt in av[1]:
                mask |= chars_of(alt, flags)
        elif op is C.GROUPREF_EXISTS:
            for alt in av[1:]:
                mask |= chars_of(alt or [], flags)
        elif op in REPEATS or op is C.POSSESSIVE_REPEAT:
            mask |= chars_of(av[2], flags)
        elif op is C.ATOMIC_GROUP:
            mask |= chars_of(av, flags)
    return mask


class Automaton:
    """A Thompson automaton: char nodes (mask, next) and epsilon nodes (a list of nexts)."""

    def __init__(self) -> None:
        self.mask: list[int] = []  # -1 for an epsilon node
        self.out: list[list[int]] = []

    def node(self, mask: int = -1) -> int:
        self.mask.append(mask)
        self.out.append([])
        return len(self.mask) - 1

    def build(self, items, flags: int) -> tuple[int, int]:
        """Entry and exit nodes of a sequence of parsed items."""
        entry = cur = self.node()
        for op, av in items:
            a, b = self.item(op, av, flags)
            self.out[cur].append(a)
            cur = b
        return entry, cur

    def item(self, op, av, flags: int) -> tuple[int, int]:
        if op in CHAR_OPS:
            return self.char(charset(op, av, flags))
        if op is C.SUBPATTERN:
            _group, add, remove, sub = av
            return self.build(sub, (flags | add) & ~remove)
        if op is C.BRANCH:
            entry, exit_ = self.node(), self.node()
            for alt in av[1]:
                a, b = self.build(alt, flags)
                self.out[entry].append(a)
                self.out[b].append(exit_)
            return entry, exit_
        if op in REPEATS:
            return self.repeat(av[0], av[1], av[2], flags)
        if op is C.GROUPREF_EXISTS:
            entry, exit_ = self.node(), self.node()
            for alt in av[1:]:
                a, b = self.build(alt or [], flags)
                self.out[entry].append(a)
                self.out[b].append(exit_)
            return entry, exit_
        if op in (C.POSSESSIVE_REPEAT, C.ATOMIC_GROUP):
            # No backtracking into it: one opaque step for the outside; its content is
            # still checked, as a component of its own.
            sub = av[2] if op is C.POSSESSIVE_REPEAT else av
            self.build(sub, flags)
            node, after = self.char(chars_of(sub, flags) or FULL)
            if op is C.POSSESSIVE_REPEAT and av[0] == 0:
                entry = self.node()
                self.out[entry] += [node, after]
                return entry, after
            return node, after
        if op in (C.ASSERT, C.ASSERT_NOT):
            self.build(av[1], flags)  # checked on its own; zero width here
        node = self.node()  # AT, GROUPREF, assertions: zero width
        return node, node

    def char(self, mask: int) -> tuple[int, int]:
        node, exit_ = self.node(mask), self.node()
        self.out[node].append(exit_)
        return node, exit_

    def repeat(self, lo: int, hi: int, body, flags: int) -> tuple[int, int]:
        entry = cur = self.node()
        if hi == 0:
            return entry, entry
        copies = min(lo, 3) if hi == lo else min(lo, 2)
        for _ in range(copies):
            a, b = self.build(body, flags)
            self.out[cur].append(a)
            cur = b
        if hi > lo and hi >= 2:  # a loop: the cycle that ambiguity needs
            loop = self.node()
            self.out[cur].append(loop)
            a, b = self.build(body, flags)
            self.out[loop].append(a)
            self.out[b].append(loop)
            cur = loop
        elif hi > lo:  # optional
            a, b = self.build(body, flags)
            end = self.node()
            self.out[cur] += [a, end]
            self.out[b].append(end)
            cur = end
        return entry, cur

    def char_steps(self) -> tuple[list[int], list[tuple[int, ...]]]:
        """The epsilon-free automaton: char nodes and the char nodes each can go to next."""
        closures: dict[int, tuple[int, ...]] = {}

        def closure(start: int) -> tuple[int, ...]:
            if start in closures:
                return closures[start]
            seen, stack, found = {start}, [start], []
            while stack:
                n = stack.pop()
                if self.mask[n] >= 0:
                    found.append(n)
                    continue
                for m in self.out[n]:
                    if m not in seen:
                        seen.add(m)
                        stack.append(m)
            closures[start] = tuple(sorted(found))
            return closures[start]

        chars = [n for n, m in enumerate(self.mask) if m >= 0]
        nexts = {n: closure(self.out[n][0]) for n in chars}
        return chars, [nexts.get(n, ()) for n in range(len(self.mask))]


def exponential(items, flags: int) -> bool:
    """Can some state return to itself along two different paths over the same text?"""
    auto = Automaton()
    auto.build(items, flags)
    chars, nexts = auto.char_steps()
    mask = auto.mask
    edges: dict[tuple[int, int], list[tuple[int, int]]] = {}
    stack = [(c, c) for c in chars]
    seen = set(stack)
    while stack:
        pair = stack.pop()
        p, q = pair
        out: list[tuple[int, int]] = []
        if mask[p] & mask[q]:
            for p2 in nexts[p]:
                for q2 in nexts[q]:
                    nxt = (p2, q2) if p2 <= q2 else (q2, p2)
                    out.append(nxt)
                    if nxt not in seen:
                        if len(seen) >= MAX_PAIRS:
                            raise TooComplex()
                        seen.add(nxt)
                        stack.append(nxt)
        edges[pair] = out
    return any(any(p == q for p, q in comp) and any(p != q for p, q in comp)
               for comp in _components(edges) if len(comp) > 1)


def _components(edges: dict) -> list[list]:
    """Strongly connected components (iterative Tarjan)."""
    index: dict = {}
    low: dict = {}
    on: set = set()
    stack: list = []
    comps: list[list] = []
    counter = 0
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(edges[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on.add(nxt)
                    work.append((nxt, iter(edges.get(nxt, ()))))
                    advanced = True
                    break
                if nxt in on:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    n = stack.pop()
                    on.discard(n)
                    comp.append(n)
                    if n == node:
                        break
                comps.append(comp)
    return comps
