"""The per-sentence indexes the frame reader and the scanner lean on give what a plain
token-by-token walk gives: phrase starts, clause bounds, names by token, tokens, and
the scanner's reuse of its own hits."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.frames.model import PUNCT, SOFT, Sentence, Surface
from factcheck.language import TOKEN, language, tokens
from factcheck.scan import _scanner, _searched

WORDS = ["le", "bilan", "s'élève", "à", "12", "morts", ",", ".", ";", ":", "(", ")", "selon", "la",
         "préfecture", "fondée", "en", "1962", "the", "toll", "rose", "to", "killed", "in", "«", "»",
         "au", "moins", "Valmont", "Derwick", "premier", "first", "depuis", "since", "lundi", "trois"]


def sentence(words: list[str], names: list[tuple[int, int]]) -> Sentence:
    lang = language("fr")
    text = " ".join(words)
    toks = tokens(text)
    lows = [t for _s, _e, t in toks]
    starts, ends = [s for s, _e, _t in toks], [e for _s, e, _t in toks]
    s = Sentence(0, len(text), starts, ends, lows, lang.lemmas(lows), Surface(text, starts, ends))
    for a, b in names:
        if a < b <= len(lows):
            s.names.append((a, b, f"n{a}", f"N{a}"))
    return s


def walk_clause(s: Sentence, i: int, j: int, soft: bool) -> tuple[int, int]:
    stop = PUNCT | SOFT if soft else PUNCT
    a = i
    while a > 0 and s.lows[a - 1] not in stop:
        a -= 1
    if not soft and a > 0 and s.lows[a - 1] == ":" and a - 1 <= 6:
        a = 0
    b = j
    while b < len(s.lows) and s.lows[b] not in stop:
        b += 1
    return a, b


texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30)
spans = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), max_size=4)


@settings(max_examples=150, deadline=None)
@given(texts, spans, st.integers(0, 32), st.integers(0, 32))
def test_clause_bounds_match_a_walk_over_the_tokens(words, names, i, j):
    s = sentence(words, names)
    i, j = min(i, len(s.lows)), max(min(i, len(s.lows)), min(j, len(s.lows) + 2))
    for soft in (False, True):
        assert s.clause(i, j, soft) == walk_clause(s, i, j, soft)


@settings(max_examples=150, deadline=None)
@given(texts, spans, st.integers(-2, 32))
def test_name_at_is_the_first_name_covering_the_token(words, names, k):
    s = sentence(words, names)
    expected = next((n for n in s.names if n[0] <= k < n[1]), None)
    assert s.name_at(k) == expected


@settings(max_examples=150, deadline=None)
@given(texts, st.integers(0, 30), st.integers(0, 32))
def test_phrases_are_found_only_where_starts_of_points(words, a, b):
    s = sentence(words, [])
    lang = language("fr")
    for phrases in [lang.events, lang.roles["heads"], lang.marks["place_prepositions"], *lang.roles.values()]:
        where = s.starts_of(phrases, a, b)
        assert where == sorted(where) and all(a <= k < b for k in where)
        for k in range(a, min(b, len(s.lows))):
            if k not in where:
                assert phrases.at(s.lemmas, k, s.lows) is None


def test_starts_of_finds_a_phrase_written_in_the_sentence():
    s = sentence(["le", "bilan", "s'élève", "à", "12", "morts"], [])
    heads = language("fr").roles["heads"]
    assert 1 in s.starts_of(heads) and heads.at(s.lemmas, 1, s.lows) is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAéÉİßǅ’'‑- .,0123456789lqu\n", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_tokens_of_the_lowered_slice_are_those_of_the_text(text, start, end):
    start, end = min(start, len(text)), max(min(start, len(text)), min(end, len(text)))
    slow = [(m.start(), m.end(), m.group().lower().replace("’", "'").replace("‑", "-"))
            for m in TOKEN.finditer(text, start, end)]
    assert tokens(text, start, end) == slow


PIECES = ["le 3 mars 2021", "lundi", "12", "trois", "1 500", "vers 2007", "de 5 à 13 ans", "12,5 %",
          "2022/23", "14 h 30", "la moitié des", "un tiers", "au moins trois", " ", ", ", ". ", "morts",
          "mardi 4", "Tuesday, 5 million", "$4.5m", "5-2"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14), st.sampled_from(["fr", "en"]),
       st.lists(st.integers(-6, 6), min_size=1, max_size=20))
def test_shared_hits_answer_as_a_search_would(pieces, code, moves):
    """Wherever the scan resumes (past a hit, at its end, or back inside it), the next
    candidate read from the shared hits is what searching the pattern again finds."""
    text = " ".join(pieces)
    scanner = _scanner(code)
    hits = scanner.hits(text, 0, len(text))
    state = {"pos": 0}
    seen = []
    for n, got in enumerate(_searched(scanner.rx, text, len(text), hits, lambda: state["pos"])):
        m = scanner.rx.search(text, state["pos"], len(text))
        assert m is not None and got == (m.start(), m.end(), m.lastgroup)
        seen.append(got)
        if n >= len(moves):
            break
        # resume at the hit's end, a little after it, or inside it (never before its start)
        state["pos"] = max(got[0] + 1, min(len(text), got[1] + moves[n]))
    else:
        assert scanner.rx.search(text, state["pos"], len(text)) is None
    assert len(seen) <= len(moves) + 1


KINDS = ["furniture", "comment", "headline", "quotation"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30), st.sampled_from(KINDS)), max_size=6))
def test_zone_at_matches_the_walk_over_zone_kinds(raw):
    """A zone of each kind never overlaps another of its kind; kinds keep their order."""
    from factcheck.model import Document, Zone

    zones, taken = [], {k: [] for k in KINDS}
    for start, width, kind in raw:
        if all(start + width <= a or b <= start for a, b in taken[kind]):
            taken[kind].append((start, start + width))
            zones.append(Zone(start, start + width, kind))
    doc = Document("d", "d.txt", "x" * 100, zones=zones)
    for offset in range(-1, 102):
        assert doc.zone_at(offset) == doc._zone_walk(offset)
        expected = next((k for k in dict.fromkeys(z.kind for z in zones)
                         if any(z.kind == k and z.start <= offset < z.end for z in zones)), "body")
        assert doc.zone_at(offset) == expected
