"""Shared report helpers: neutralising control characters, excerpts, locations."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.report.text import excerpt, location, safe, summary_line, value_span
from report_fixtures import sample_report


@pytest.mark.parametrize("raw, shown", [
    ("plain text", "plain text"),
    ("\x1b[31mred", "\\x1b[31mred"),
    ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),
    ("a\rb", "a\\x0db"),
    ("keep\nnewline\tand tab", "keep\nnewline\tand tab"),
    ("c1 \x9b control", "c1 \\x9b control"),
    ("del\x7f", "del\\x7f"),
    ("bidi \u202eevil", "bidi \\u202eevil"),
    ("accents é ü « »", "accents é ü « »"),
    (None, ""),
])
def test_safe_makes_controls_visible(raw, shown):
    assert safe(raw) == shown


@given(st.text())
def test_safe_leaves_no_control_character(text):
    out = safe(text)
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in out)
    assert not any(0x7f <= ord(ch) <= 0x9f for ch in out)


def test_excerpt_keeps_short_sentences_whole():
    assert excerpt("Il y a eu 11 morts.", 10, 12) == ("Il y a eu ", "11", " morts.")


def test_excerpt_trims_long_sentences_around_the_value():
    sentence = "a" * 3000 + "VALUE" + "b" * 2000
    before, value, after = excerpt(sentence, 3000, 3005, width=160)
    assert value == "VALUE"
    assert len(before) + len(value) + len(after) <= 160
    assert before.startswith("…") and after.endswith("…")
    assert abs(len(before) - len(after)) <= 2


def test_excerpt_gives_unused_room_to_the_other_side():
    sentence = "x" * 500 + " 42."
    before, value, after = excerpt(sentence, 501, 503, width=100)
    assert value == "42" and after == "." and len(before) == 100 - 3


@given(st.text(min_size=0, max_size=400), st.integers(0, 400), st.integers(0, 60),
       st.integers(10, 200))
def test_excerpt_never_exceeds_width(sentence, start, length, width):
    joined = "".join(excerpt(sentence, start, start + length, width))
    if len(sentence) <= width:
        assert joined == sentence
    else:
        assert len(joined) <= width


def test_location_of_claims_and_records():
    claim = sample_report().claims[1]
    assert location(claim) == "articles/lemonde.txt:3:114"
    assert location(claim.record(), column=False) == "articles/lemonde.txt:3"


def test_value_span_is_exact_with_the_document_text():
    report = sample_report()
    for claim in report.claims:
        doc = report.document_index()[claim.document]
        start, end = value_span(claim, doc.text)
        assert claim.sentence[start:end] == claim.text


@pytest.mark.parametrize("sentence, text, column, expected", [
    ("Il avait 30 ans et 30 salariés.", "30", 20, 19),  # sentence starts its line
    ("Il avait 30 ans et 30 salariés.", "30", 10, 9),
    ("Il avait 30 ans et 30 salariés.", "30", 3, 9),  # column too small: first one
    ("Rien ici.", "30", 5, None),
])
def test_value_span_guesses_from_the_column(sentence, text, column, expected):
    record = {"text": text, "sentence": sentence, "column": column, "start": 0}
    span = value_span(record)
    assert (span[0] if span else None) == expected


def test_summary_line():
    assert summary_line(sample_report().summary()) == (
        "3 documents, 14 claims: 2 conflicts, 2 agreements, 1 variant; 2 problems")
