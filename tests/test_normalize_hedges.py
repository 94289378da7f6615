"""Spec tables for factcheck.normalize.hedges: hedge words, ranges and agreement."""
import re

import pytest

from factcheck.normalize.hedges import (Quantity, classify_hedge, hedge_pattern, parse_quantity,
                                        ranges_overlap, to_range, tolerance)

CLASSIFY = [
    ("fr", "vers", "approx"), ("fr", "environ", "approx"), ("fr", "près de", "approx"),
    ("fr", "Près de", "approx"), ("fr", "presque", "approx"), ("fr", "quelque", "approx"),
    ("fr", "approximativement", "approx"), ("fr", "autour de", "approx"),
    ("fr", "au moins", "min"), ("fr", "plus de", "min"), ("fr", "plus d'", "min"),
    ("fr", "au minimum", "min"), ("fr", "pas moins de", "min"), ("fr", "moins de", "max"),
    ("fr", "jusqu'à", "max"), ("fr", "jusqu\u2019à", "max"), ("fr", "au plus", "max"),
    ("fr", "au maximum", "max"), ("fr", "entre", "range"), ("fr", "bien au-delà de", "min"),
    ("fr", "le", None), ("fr", "plus", None),
    ("en", "about", "approx"), ("en", "around", "approx"), ("en", "nearly", "approx"),
    ("en", "almost", "approx"), ("en", "approximately", "approx"), ("en", "roughly", "approx"),
    ("en", "some", "approx"), ("en", "circa", "approx"), ("en", "c.", "approx"),
    ("en", "at least", "min"), ("en", "more than", "min"), ("en", "over", "min"),
    ("en", "upwards of", "min"), ("en", "no fewer than", "min"), ("en", "fewer than", "max"),
    ("en", "less than", "max"), ("en", "up to", "max"), ("en", "As many as", "max"),
    ("en", "at most", "max"), ("en", "under", "max"), ("en", "between", "range"),
    ("en", "the", None), ("en", "more", None),
]


@pytest.mark.parametrize("lang,words,expected", CLASSIFY)
def test_classify_hedge(lang, words, expected):
    assert classify_hedge(words, lang) == expected


QUANTITIES = [
    # (lang, text, is_year, (point, low, high, hedge) or None)
    ("fr", "au moins trois", False, (3, 3, 3.3, "min")),
    ("fr", "au moins trois morts", False, (3, 3, 3.3, "min")),
    ("fr", "plus de 12.000", False, (12000, 12000, 13000, "min")),
    ("fr", "plus de 12 000", False, (12000, 12000, 13000, "min")),
    ("fr", "vers 2007", True, (2007, 2005, 2009, "approx")),
    ("fr", "près de 2 000", False, (2000, 1800, 2200, "approx")),
    ("fr", "environ 150", False, (150, 140, 160, "approx")),
    ("fr", "entre 40 et 60", False, (40, 40, 60, "range")),
    ("fr", "de 20 à 40", False, (20, 20, 40, "range")),
    ("fr", "trois ou quatre", False, (3, 3, 4, "range")),
    ("fr", "entre 3 et 4 millions", False, (3e6, 3e6, 4e6, "range")),
    ("fr", "une dizaine", False, (10, 9, 11, "approx")),
    ("fr", "plus d'une dizaine", False, (10, 10, 11, "min")),
    ("fr", "plus d'un million", False, (1e6, 1e6, 1.1e6, "min")),
    ("fr", "jusqu\u2019à 400", False, (400, 360, 400, "max")),
    ("fr", "moins de 50", False, (50, 45, 50, "max")),
    ("fr", "pas moins de 12", False, (12, 12, 13, "min")),
    ("fr", "quelque 200", False, (200, 180, 220, "approx")),
    ("fr", "onze", False, (11, 11, 11, None)),
    ("fr", "quatre-vingt-dix", False, (90, 90, 90, None)),
    ("fr", "environ quatre-vingt-dix", False, (90, 81, 99, "approx")),
    ("fr", "des centaines", False, None),
    ("fr", "aucun", False, None),
    ("en", "nearly 100", False, (100, 90, 110, "approx")),
    ("en", "up to 400", False, (400, 360, 400, "max")),
    ("en", "as many as 750", False, (750, 740, 750, "max")),
    ("en", "between 300 and 650", False, (300, 300, 650, "range")),
    ("en", "from 2,000 to 3,000", False, (2000, 2000, 3000, "range")),
    ("en", "20- to 30", False, (20, 20, 30, "range")),
    ("en", "20-30", False, (20, 20, 30, "range")),
    ("en", "$10 to $15 billion", False, (10e9, 10e9, 15e9, "range")),
    ("en", "between 5 and 750", False, (5, 5, 750, "range")),
    ("en", "between 1.5 and 2 million", False, (1.5e6, 1.5e6, 2e6, "range")),
    ("en", "three or four", False, (3, 3, 4, "range")),
    ("en", "a dozen", False, (12, 11, 13, "approx")),
    ("en", "more than 150", False, (150, 150, 160, "min")),
    ("en", "at least 148", False, (148, 148, 149, "min")),
    ("en", "about 2007", True, (2007, 2005, 2009, "approx")),
    ("en", "after 2007", True, None),
    ("en", "more than 2010", True, (2010, 2010, 2012, "min")),
    ("en", "fewer than 2010", True, (2010, 2008, 2010, "max")),
    ("en", "some $300 million", False, (3e8, 2.7e8, 3.3e8, "approx")),
    ("en", "fifty-one", False, (51, 51, 51, None)),
    ("en", "hundreds", False, None),
    ("en", "between", False, None),
]


@pytest.mark.parametrize("lang,text,is_year,expected", QUANTITIES)
def test_parse_quantity(lang, text, is_year, expected):
    got = parse_quantity(text, lang, is_year=is_year)
    if expected is None:
        assert got is None
    else:
        assert isinstance(got, Quantity)
        assert (got.point, got.low, got.high) == pytest.approx(expected[:3])
        assert got.hedge == expected[3]


AGREEMENT = [
    # An editor's reading: do two mentions of the same count agree?
    ("fr", "plus de 12 000", "12 051", True),
    ("en", "more than 150", "156", True),
    ("en", "at least 148", "156", False),
    ("fr", "au moins 100", "135", False),
    ("fr", "plus de 4000", "plus de 5000", False),
    ("fr", "au moins trois", "trois", True),
    ("fr", "environ 150", "148", True),
    ("fr", "environ 150", "170", False),
    ("fr", "entre 40 et 60", "55", True),
    ("fr", "entre 40 et 60", "70", False),
    ("en", "up to 400", "380", True),
    ("en", "up to 400", "450", False),
    ("en", "nearly 100", "95", True),
    ("en", "a dozen", "twelve", True),
    ("en", "eleven", "twelve", False),
]


@pytest.mark.parametrize("lang,a,b,agree", AGREEMENT)
def test_hedged_mentions_agree_as_an_editor_reads_them(lang, a, b, agree):
    qa, qb = parse_quantity(a, lang), parse_quantity(b, lang)
    assert ranges_overlap((qa.low, qa.high), (qb.low, qb.high)) is agree


@pytest.mark.parametrize("n,expected", [
    (150, 10), (12000, 1000), (148, 1), (100, 10), (3, 0.3), (4000, 400), (4.8, 0.1),
    (0, 0), (2_500_000, 100_000), (12, 1), (-150, 10),
])
def test_tolerance(n, expected):
    assert tolerance(n) == pytest.approx(expected)


@pytest.mark.parametrize("n,hedge,is_year,expected", [
    (150, None, False, (150, 150)), (150, "approx", False, (140, 160)),
    (150, "min", False, (150, 160)), (150, "max", False, (140, 150)),
    (2007, "approx", True, (2005, 2009)), (2007, "min", True, (2007, 2009)),
    (2007, "max", True, (2005, 2007)), (2007, None, True, (2007, 2007)),
])
def test_to_range(n, hedge, is_year, expected):
    assert to_range(n, hedge, is_year=is_year) == pytest.approx(expected)


@pytest.mark.parametrize("a,b,expected", [
    ((1, 2), (2, 3), True), ((1, 2), (2.0000001, 3), False), ((0.1 + 0.2, 1), (0, 0.3), True),
    ((5, 5), (5, 5), True), ((10, 20), (12, 13), True), ((10, 20), (21, 30), False),
])
def test_ranges_overlap(a, b, expected):
    assert ranges_overlap(a, b) is expected


SCAN = [
    ("fr", "Il y a près de 2 000 fans", ["près de"]),
    ("fr", "Près de mille", ["Près de"]),
    ("fr", "jusqu\u2019à 400 et jusqu'à 500", ["jusqu\u2019à", "jusqu'à"]),
    ("fr", "pas moins de 12", ["pas moins de"]),
    ("fr", "plus d'un million", ["plus d'"]),
    ("fr", "ils vivent à Vers-le-Bois", ["Vers"]),
    ("fr", "les universitaires", []),
    ("en", "at least 148 and more than 150", ["at least", "more than"]),
    ("en", "as many as 750", ["as many as"]),
    ("en", "the overall figure", []),
    ("en", "c. 1900, etc. 12", ["c."]),
    ("en", "Some 300 people", ["Some"]),
    ("en", "handsome", []),
]


@pytest.mark.parametrize("lang,sentence,expected", SCAN)
def test_hedge_pattern(lang, sentence, expected):
    assert [m.group() for m in re.finditer(hedge_pattern(lang), sentence)] == expected
