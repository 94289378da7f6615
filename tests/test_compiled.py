"""Compiled patterns kept in the user's cache (factcheck/compiled.py, diskcache.py)."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from factcheck import compiled, diskcache

# invented, long enough to be cached, with named groups, a lookbehind and inline flags
LONG = (r"(?<![\w.])(?P<n>\d+(?:[.,]\d+)?)[\s\u00a0]*(?P<u>"
        + "|".join(f"unit{i}s?" for i in range(60)) + r")(?![^\W\d_])|(?i:(?P<w>vers|about|environ))\s+(?P<y>\d{4})")
SAMPLES = ["12 unit7s, 3,5 unit42 et vers 2007", "ABOUT 1999; x12 unit3", "no value here", "7\u00a0unit59."]


def spans(rx: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    return tmp_path


def files(folder, prefix="re-"):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(prefix))


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.IGNORECASE | re.MULTILINE])
def test_a_cached_pattern_matches_as_re_compiles_it(cache, monkeypatch, flags):
    reference = re.compile(LONG, flags)
    first = compiled.compile(LONG, flags)
    assert len(files(cache)) == 1
    monkeypatch.setattr(compiled, "_code", lambda *a: pytest.fail("compiled again instead of read"))
    again = compiled.compile(LONG, flags)
    for rx in (first, again):
        assert rx.pattern == reference.pattern and rx.flags == reference.flags
        assert rx.groupindex == reference.groupindex and rx.groups == reference.groups
        assert [spans(rx, t) for t in SAMPLES] == [spans(reference, t) for t in SAMPLES]
    assert spans(again, SAMPLES[0])[0][1]["u"] == "unit7s"


def test_short_patterns_are_not_cached(cache):
    assert compiled.compile(r"\d+ ans").findall("3 ans, 40 ans") == ["3 ans", "40 ans"]
    assert files(cache) == []


def test_a_damaged_or_foreign_file_is_compiled_afresh(cache):
    compiled.compile(LONG)
    (name,) = files(cache)
    path = cache / name
    for damage in (path.read_bytes()[:200], b"not marshal at all", diskcache.marshal.dumps((LONG, 0, 0, [1, 2], 0, {}, ()))):
        path.write_bytes(damage)
        rx = compiled.compile(LONG)
        assert [spans(rx, t) for t in SAMPLES] == [spans(re.compile(LONG), t) for t in SAMPLES]


def test_a_bad_pattern_raises_re_error(cache):
    bad = "(?P<n>" + "a|" * 300
    with pytest.raises(re.error):
        compiled.compile(bad)
    assert files(cache) == []


def test_no_cache_folder_means_plain_compiling(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    monkeypatch.chdir(tmp_path)
    assert spans(compiled.compile(LONG), SAMPLES[0]) == spans(re.compile(LONG), SAMPLES[0])
    assert list(tmp_path.iterdir()) == []


def test_only_the_patterns_used_last_are_kept(cache, monkeypatch):
    monkeypatch.setattr(compiled, "KEEP", 3)
    made = []
    for i in range(5):
        before = set(files(cache))
        compiled.compile(LONG + f"|(?P<extra>x{i})")
        (new,) = set(files(cache)) - before
        os.utime(cache / new, (1000 + i, 1000 + i))  # used in this order
        made.append(new)
    assert files(cache) == sorted(made[2:])


def test_the_scanner_patterns_are_the_same_text_in_every_process():
    """A pattern built from a set must not depend on hash randomisation, or every run
    would miss the cache (and write one more file)."""
    code = ("import hashlib, factcheck.scan as s\n"
            "for lang in ('fr', 'en'):\n"
            "    sc = s.Scanner(s.language(lang))\n"
            "    src = [getattr(v, 'pattern') for v in vars(sc).values() if hasattr(v, 'pattern')]\n"
            "    print(hashlib.sha1(repr(src).encode()).hexdigest())\n")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed, "FACTCHECK_CACHE_DIR": ""}).stdout
            for seed in ("1", "2", "3")}
    assert len(outs) == 1 and len(next(iter(outs)).split()) == 2


def test_derived_data_is_rebuilt_when_its_source_changes(cache):
    calls = []

    def build(tag):
        def run():
            calls.append(tag)
            return {"words": [tag, tag.upper()]}
        return run

    assert diskcache.derived("demo", b"v1", build("a")) == {"words": ["a", "A"]}
    assert diskcache.derived("demo", b"v1", build("b")) == {"words": ["a", "A"]}  # read, not built
    assert diskcache.derived("demo", b"v2", build("c")) == {"words": ["c", "C"]}
    assert calls == ["a", "c"]


def test_derived_data_that_marshal_cannot_write_is_returned_uncached(cache):
    thing = object()
    assert diskcache.derived("obj", b"v1", lambda: [thing])[0] is thing
    assert files(cache, "obj-") == []
