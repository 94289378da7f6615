"""Indented JSON text from a C encoder, byte for byte what `json.dumps(obj,
ensure_ascii=False, indent=2)` writes.

`json.dumps` with `indent` always runs the standard library's pure-Python encoder (its C
encoder knows no indentation): about 17 µs per claim record. So:

- with orjson installed (the `fast` extra), orjson writes the text (about 1 µs a record).
  Its text differs from the standard library's in one place, floats under 1e-4 (orjson
  writes `0.00001` and `1.5e-6` where Python writes `1e-05` and `1.5e-06`), and it
  refuses what Python writes otherwise (an integer beyond 64 bits, a lone surrogate, a
  key that is not a string): such text is written by the fallback instead. The check
  is two substring searches (`.0000`, then `e-5`...`e-9` where `e-` occurs), run once
  over a batch of records: a regex over each record cost more than orjson itself.
  Non-finite floats are the one case not caught (orjson writes null, Python NaN): no
  record holds one, since values are bounded (values.MAX_NUMBER) and scores are rounded
  finite numbers.
- without it, a small indenting writer walks the records and leaves each string to the
  standard library's C escaper (`json.encoder.encode_basestring`): about 7 µs a record.

`BACKEND` says which one runs; tests pin both to `json.dumps` on real reports.
"""
from __future__ import annotations

import json
import re
from json.encoder import encode_basestring
from collections.abc import Iterable, Iterator
from typing import Any

try:
    import orjson
except ImportError:  # the `fast` extra is not installed
    orjson = None

BACKEND = "orjson" if orjson is not None else "stdlib"
BATCH = 256  # records encoded, checked and written together
_INF = float("inf")
_SMALL_EXPONENT = re.compile(rb"e-[5-9]")  # orjson's 1.5e-6; Python writes 1.5e-06
if orjson is not None:
    _OPTIONS = (orjson.OPT_INDENT_2 | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
                | orjson.OPT_PASSTHROUGH_SUBCLASS)  # what json refuses, orjson must refuse too


def dumps(obj: Any, level: int = 0) -> str:
    """`json.dumps(obj, ensure_ascii=False, indent=2)`, every line after the first
    indented by `level` more steps of two spaces (a record inside a list inside the
    report's object is written at level 2)."""
    if orjson is not None:
        text = _orjson([obj], level)
        if text is not None:
            return text
    return stdlib_dumps(obj, level)


def items(values: Iterable[Any], level: int) -> Iterator[str]:
    """The text of list items at `level`, each line indented, items separated by
    ",\n": chunks of BATCH items, so a long list is written without being held."""
    pad = "  " * level
    batch: list[Any] = []
    for value in values:
        batch.append(value)
        if len(batch) == BATCH:
            yield _chunk(batch, level, pad)
            batch = []
    if batch:
        yield _chunk(batch, level, pad)


def _chunk(batch: list[Any], level: int, pad: str) -> str:
    text = _orjson(batch, level) if orjson is not None else None
    if text is None:  # one record needs the fallback: find it, keep orjson for the rest
        text = (",\n" + pad).join(dumps(v, level) for v in batch)
    return pad + text


def _orjson(values: list[Any], level: int) -> str | None:
    """orjson's text of `values` joined by ",\n" and indented to `level`, or None where
    it may differ from the standard library's."""
    try:
        raw = b",\n".join([orjson.dumps(v, option=_OPTIONS) for v in values])
    except (TypeError, orjson.JSONEncodeError):
        return None
    if b".0000" in raw or (b"e-" in raw and _SMALL_EXPONENT.search(raw)):
        return None
    if level:  # raw newlines are structure: strings escape their own
        raw = raw.replace(b"\n", b"\n" + b"  " * level)
    return raw.decode("utf-8")


def stdlib_dumps(obj: Any, level: int = 0) -> str:
    """The same text without orjson (see the module docstring)."""
    out: list[str] = []
    _write(obj, "\n" + "  " * level, out)
    return "".join(out)


def _float(value: float) -> str:
    if value != value:
        return "NaN"
    if value == _INF:
        return "Infinity"
    if value == -_INF:
        return "-Infinity"
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as `json` turns it into a string (same order of checks)."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")


def _write(obj: Any, nl: str, out: list[str]) -> None:
    """Append the text of `obj` to `out`; `nl` is a newline and the current indent."""
    kind = type(obj)
    if kind is str:
        out.append(encode_basestring(obj))
    elif obj is None:
        out.append("null")
    elif obj is True:
        out.append("true")
    elif obj is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(obj))
    elif kind is float:
        out.append(_float(obj))
    elif kind is dict:
        if not obj:
            out.append("{}")
            return
        inner = nl + "  "
        sep = "{" + inner
        for key, value in obj.items():
            out.append(sep)
            sep = "," + inner
            out.append(encode_basestring(key if type(key) is str else _key(key)))
            out.append(": ")
            if type(value) is str:  # most values: skip a call
                out.append(encode_basestring(value))
            else:
                _write(value, inner, out)
        out.append(nl + "}")
    elif kind is list or kind is tuple:
        if not obj:
            out.append("[]")
            return
        inner = nl + "  "
        sep = "[" + inner
        for value in obj:
            out.append(sep)
            sep = "," + inner
            _write(value, inner, out)
        out.append(nl + "]")
    else:  # subclasses and other types: the standard library's own rules and errors
        out.append(json.dumps(obj, ensure_ascii=False, indent=2).replace("\n", nl))
