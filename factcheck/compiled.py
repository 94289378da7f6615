"""Regular expressions compiled once per machine.

Python's `re` compiles a pattern by parsing it in Python code. factcheck's value
scanner and rule patterns run to tens of thousands of characters, and compiling them
took a third of a short run's start-up. `re` cannot save a compiled pattern, but its
compiler's output is plain data: the SRE code (a list of integers), the flags and the
group names. This module keeps that data in the user's cache folder (`diskcache`) and
rebuilds the pattern from it with the call `re` itself ends with (`_sre.compile`),
which checks the code it is given.

The file's name carries the exact Python build and SRE version, and a hash of the
pattern and flags; the file holds the pattern itself, compared on reading. Any failure
on the way (another Python, a damaged file, no cache folder) falls back to
`re.compile`, so the cache can save time and never change a match.
"""
from __future__ import annotations

import hashlib
import re
import sys

from . import diskcache

SMALL = 200     # characters: below this, compiling costs about what reading the file does
KEEP = 400      # cached patterns kept (a language's patterns come to about 30)
FORMAT = 1      # bump when the files' layout changes

try:
    import _sre
    from re import _compiler, _parser

    _BUILD = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # another implementation of `re`: no cache
    _sre = None
    _BUILD = ""


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, from the cache when the pattern is long."""
    if len(pattern) < SMALL or _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    folder = diskcache.cache_dir()
    if folder is None:
        return re.compile(pattern, flags)
    flags = int(flags)
    digest = hashlib.sha1(f"{flags}:{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:24]
    path = folder / f"re-{_BUILD}-v{FORMAT}-{digest}.marshal"
    entry = diskcache.read(path)
    if isinstance(entry, tuple) and len(entry) == 7 and entry[0] == pattern and entry[1] == flags:
        try:
            return _sre.compile(pattern, *entry[2:])
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # not code this Python accepts: compile it afresh below
    try:
        code = _code(pattern, flags)
        rx = _sre.compile(pattern, *code)
    except (AttributeError, TypeError, ValueError, RuntimeError, OverflowError, RecursionError, re.error):
        # `re`'s internals are not the ones this module knows, or the pattern is bad:
        # `re.compile` compiles it, or raises its usual error
        return re.compile(pattern, flags)
    diskcache.write(path, (pattern, flags) + code, family="re-*.marshal", keep=KEEP)
    return rx


def _code(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` passes to `_sre.compile` after the pattern:
    (flags, code, groups, groupindex, indexgroup), as plain marshal-able data."""
    p = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | p.state.flags), code, p.state.groups - 1, groupindex, tuple(indexgroup))
