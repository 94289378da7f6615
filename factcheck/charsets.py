"""Character sets of a parsed regex as bit masks, for regexguard's overlap tests.

Sets are compared on a sample alphabet (ASCII, Latin-1 and Latin Extended,
punctuation, samples of other scripts, the private-use characters that stand for
placeholders) plus 64 buckets for every other character (code point mod 64), so an
overlap is never missed, at worst imagined.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+ (P, the parser, is for regexguard)
    from re import _constants as C
    from re import _parser as P  # noqa: F401
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]  # noqa: F401

_OPAQUE = 0xE000  # placeholders become private-use characters U+E000...

_SAMPLE = (list(range(0x0000, 0x0250)) + list(range(0x0370, 0x0400, 3)) + list(range(0x0400, 0x0460, 2))
           + list(range(0x0590, 0x0700, 7)) + list(range(0x0660, 0x066A)) + list(range(0x0900, 0x0980, 5))
           + list(range(0x0966, 0x0970)) + list(range(0x1E00, 0x1F00, 9)) + list(range(0x2000, 0x2070))
           + list(range(0x20A0, 0x20C0)) + list(range(0x2100, 0x2200, 5)) + list(range(0x2460, 0x2500, 11))
           + [0x3000, 0x3001, 0x3002] + list(range(0x3041, 0x3050)) + list(range(0x4E00, 0x4E10))
           + list(range(0xAC00, 0xAC08)) + list(range(_OPAQUE, _OPAQUE + 32)) + [0xFEFF, 0xFFFD]
           + list(range(0xFF01, 0xFF20)) + list(range(0xFF21, 0xFF3B)) + [0x1F600, 0x1F4A9, 0x10400, 0x20000])
ALPHABET = sorted(set(_SAMPLE))
_INDEX = {code: i for i, code in enumerate(ALPHABET)}
_BUCKETS = 64  # one bit per (code point mod 64) for the characters outside the sample
_OTHER = ((1 << _BUCKETS) - 1) << len(ALPHABET)
FULL = (1 << len(ALPHABET)) - 1 | _OTHER


def _bit(code: int) -> int:
    i = _INDEX.get(code)
    return 1 << i if i is not None else 1 << (len(ALPHABET) + code % _BUCKETS)


def _cased(code: int, ignore_case: bool) -> list[int]:
    if not ignore_case:
        return [code]
    ch = chr(code)
    return sorted({code, *(ord(c) for c in (ch.lower(), ch.upper(), ch.swapcase()) if len(c) == 1)})


@lru_cache(maxsize=None)
def _category(name: str) -> int:
    test = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
            "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W",
            "CATEGORY_LINEBREAK": r"\n", "CATEGORY_NOT_LINEBREAK": r"[^\n]"}.get(name, r"[\s\S]")
    rx = re.compile(test)
    mask = 0
    for i, code in enumerate(ALPHABET):
        if rx.match(chr(code)):
            mask |= 1 << i
    if name not in ("CATEGORY_DIGIT", "CATEGORY_SPACE", "CATEGORY_LINEBREAK"):
        mask |= _OTHER  # letters of every script are \w; the rest is \W, \D, \S
    return mask


@lru_cache(maxsize=4096)
def _range(lo: int, hi: int, ignore_case: bool) -> int:
    mask = 0
    for i, code in enumerate(ALPHABET):
        if any(lo <= c <= hi for c in _cased(code, ignore_case)):
            mask |= 1 << i
    outside = [c for c in range(lo, min(hi, lo + _BUCKETS) + 1) if c not in _INDEX]
    if hi - lo >= _BUCKETS:
        mask |= _OTHER
    for c in outside:
        mask |= _bit(c)
    return mask


def _literal(code: int, ignore_case: bool) -> int:
    mask = 0
    for c in _cased(code, ignore_case):
        mask |= _bit(c)
    return mask


def charset(op, av, flags: int) -> int:
    """The mask of one character-consuming item (LITERAL, IN, ANY...)."""
    ic = bool(flags & re.IGNORECASE)
    if op is C.LITERAL:
        return _literal(av, ic)
    if op is C.NOT_LITERAL:
        return FULL & ~_literal(av, ic) | (_OTHER if av >= 0x80 else 0)
    if op is C.ANY:
        return FULL if flags & re.DOTALL else FULL & ~_bit(10)
    if op is C.IN:
        mask, negate = 0, False
        for sub_op, sub_av in av:
            if sub_op is C.NEGATE:
                negate = True
            elif sub_op is C.LITERAL:
                mask |= _literal(sub_av, ic)
            elif sub_op is C.RANGE:
                mask |= _range(sub_av[0], sub_av[1], ic)
            elif sub_op is C.CATEGORY:
                mask |= _category(str(sub_av))
            else:  # RANGE_UNI_IGNORE and friends: assume anything
                mask |= FULL
        return FULL & ~mask | _OTHER if negate else mask
    raise ValueError(op)


CHAR_OPS = (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)
REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
