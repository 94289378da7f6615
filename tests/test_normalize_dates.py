"""Spec tables for factcheck.normalize.dates: explicit, relative and compared dates."""
import re
from datetime import date

import pytest

from factcheck.normalize.dates import (DateValue, compatible, date_pattern, parse_date,
                                       relative_pattern, resolve_relative)

PARSE = [
    # (lang, text, (year, month, day, weekday, granularity, approx) or None)
    ("fr", "3 septembre 2022", (2022, 9, 3, None, "day", False)),
    ("fr", "le 5 août", (None, 8, 5, None, "day", False)),
    ("fr", "1er mars", (None, 3, 1, None, "day", False)),
    ("fr", "le 1er mars 2021", (2021, 3, 1, None, "day", False)),
    ("fr", "mardi 25 juin", (None, 6, 25, 1, "day", False)),
    ("fr", "Mardi 25 juin 2019", (2019, 6, 25, 1, "day", False)),
    ("fr", "samedi", (None, None, None, 5, "weekday", False)),
    ("fr", "Dimanche", (None, None, None, 6, "weekday", False)),
    ("fr", "dimanche 14", (None, None, 14, 6, "weekday", False)),
    ("fr", "en septembre 2022", (2022, 9, None, None, "month", False)),
    ("fr", "septembre 2022", (2022, 9, None, None, "month", False)),
    ("fr", "en septembre", (None, 9, None, None, "month", False)),
    ("fr", "16/10/2018", (2018, 10, 16, None, "day", False)),
    ("fr", "05/06/2020", (2020, 6, 5, None, "day", False)),
    ("fr", "16.10.2018", (2018, 10, 16, None, "day", False)),
    ("fr", "2018-10-16", (2018, 10, 16, None, "day", False)),
    ("fr", "15 octobre", (None, 10, 15, None, "day", False)),
    ("fr", "31 janv. 2020", (2020, 1, 31, None, "day", False)),
    ("fr", "12 févr. 2020", (2020, 2, 12, None, "day", False)),
    ("fr", "sept. 2021", (2021, 9, None, None, "month", False)),
    ("fr", "2 déc.", (None, 12, 2, None, "day", False)),
    ("fr", "2019", (2019, None, None, None, "year", False)),
    ("fr", "en 2019", (2019, None, None, None, "year", False)),
    ("fr", "vers 2007", (2007, None, None, None, "year", True)),
    ("fr", "29 février 2020", (2020, 2, 29, None, "day", False)),
    ("fr", "29 février", (None, 2, 29, None, "day", False)),
    ("fr", "29 février 2021", None),
    ("fr", "31 février", None),
    ("fr", "31 avril 2020", None),
    ("fr", "32 mai", None),
    ("fr", "31/02/2020", None),
    ("fr", "le chat", None),
    ("fr", "", None),
    ("en", "September 3, 2022", (2022, 9, 3, None, "day", False)),
    ("en", "on September 3, 2022", (2022, 9, 3, None, "day", False)),
    ("en", "Sept. 3", (None, 9, 3, None, "day", False)),
    ("en", "Oct. 14", (None, 10, 14, None, "day", False)),
    ("en", "Nov. 19, 2013", (2013, 11, 19, None, "day", False)),
    ("en", "3 September 2022", (2022, 9, 3, None, "day", False)),
    ("en", "October 29", (None, 10, 29, None, "day", False)),
    ("en", "Saturday", (None, None, None, 5, "weekday", False)),
    ("en", "Sunday 14", (None, None, 14, 6, "weekday", False)),
    ("en", "Sunday, Oct. 14", (None, 10, 14, 6, "day", False)),
    ("en", "May 21st", (None, 5, 21, None, "day", False)),
    ("en", "the 3rd of March", (None, 3, 3, None, "day", False)),
    ("en", "in February 2018", (2018, 2, None, None, "month", False)),
    ("en", "February, 2018", (2018, 2, None, None, "month", False)),
    ("en", "16/10/2018", (2018, 10, 16, None, "day", False)),
    ("en", "10/16/2018", (2018, 10, 16, None, "day", False)),
    ("en", "05/06/2020", (2020, 5, 6, None, "day", False)),
    ("en", "in 2019", (2019, None, None, None, "year", False)),
    ("en", "about 2007", (2007, None, None, None, "year", True)),
    ("en", "Feb 28", (None, 2, 28, None, "day", False)),
    ("en", "30 February", None),
    ("en", "February 30, 2020", None),
    ("en", "April 31", None),
    ("en", "13/13/2020", None),
    ("en", "next week", None),
    ("en", "May 3 4", None),
    ("en", "0000", None),
]


@pytest.mark.parametrize("lang,text,expected", PARSE)
def test_parse_date(lang, text, expected):
    got = parse_date(text, lang)
    if expected is None:
        assert got is None
    else:
        assert (got.year, got.month, got.day, got.weekday, got.granularity, got.approx) == expected


SCAN = [
    ("fr", "Le 5 août, il pleuvait.", ["Le 5 août"]),
    ("fr", "mardi 25 juin à midi", ["mardi 25 juin"]),
    ("fr", "Dimanche, puis samedi", ["Dimanche", "samedi"]),
    ("fr", "né le 1er mars 1990", ["le 1er mars 1990"]),
    ("fr", "en septembre 2022 et en octobre", ["en septembre 2022", "en octobre"]),
    ("fr", "le 16/10/2018 à Paris", ["le 16/10/2018"]),
    ("fr", "fin janv. 2020", ["fin janv. 2020"]),
    ("fr", "sept personnes", []),
    ("fr", "la planète Mars", []),
    ("fr", "un samedisme", []),
    ("fr", "les 12.051 fans", []),
    ("en", "On September 3, 2022, it rained.", ["On September 3, 2022"]),
    ("en", "Sept. 3 and Oct. 14", ["Sept. 3", "Oct. 14"]),
    ("en", "since Nov. 19, 2013", ["since Nov. 19, 2013"]),
    ("en", "She may 3 times", []),
    ("en", "it may rain in May", ["in May"]),
    ("en", "May 21st", ["May 21st"]),
    ("en", "from Saturday to Sunday 14", ["Saturday", "Sunday 14"]),
    ("en", "in February 2018", ["in February 2018"]),
    ("en", "the 3rd of March", ["the 3rd of March"]),
    ("en", "saturday lowercase", []),
    ("en", "Marchers", []),
]


@pytest.mark.parametrize("lang,sentence,expected", SCAN)
def test_date_pattern(lang, sentence, expected):
    found = [m.group() for m in re.finditer(date_pattern(lang), sentence)]
    assert found == expected
    for mention in found:
        assert parse_date(mention, lang) is not None, mention


REF = date(2023, 5, 17)  # a Wednesday
RELATIVE = [
    # (lang, text, (year, month, day, granularity, approx) or None), resolved against REF
    ("fr", "samedi", (2023, 5, 13, "day", False)),
    ("fr", "samedi dernier", (2023, 5, 13, "day", False)),
    ("fr", "mercredi", (2023, 5, 17, "day", False)),
    ("fr", "mercredi dernier", (2023, 5, 10, "day", False)),
    ("fr", "jeudi", (2023, 5, 11, "day", False)),
    ("fr", "hier", (2023, 5, 16, "day", False)),
    ("fr", "Hier", (2023, 5, 16, "day", False)),
    ("fr", "aujourd\u2019hui", (2023, 5, 17, "day", False)),
    ("fr", "avant-hier", (2023, 5, 15, "day", False)),
    ("fr", "le mois dernier", (2023, 4, None, "month", False)),
    ("fr", "cette semaine", (2023, 5, 15, "week", False)),
    ("fr", "l'année dernière", (2022, None, None, "year", False)),
    ("fr", "l\u2019an dernier", (2022, None, None, "year", False)),
    ("fr", "cette année", (2023, None, None, "year", False)),
    ("fr", "il y a trois ans", (2020, None, None, "year", True)),
    ("fr", "il y a 20 ans", (2003, None, None, "year", True)),
    ("fr", "il y a un an", (2022, None, None, "year", True)),
    ("fr", "il y a deux mois", (2023, 3, None, "month", True)),
    ("fr", "il y a six mois", (2022, 11, None, "month", True)),
    ("fr", "il y a trois jours", (2023, 5, 14, "day", False)),
    ("fr", "il y a des années", None),
    ("fr", "demain matin", None),
    ("en", "Saturday", (2023, 5, 13, "day", False)),
    ("en", "last Saturday", (2023, 5, 13, "day", False)),
    ("en", "Wednesday", (2023, 5, 17, "day", False)),
    ("en", "last Wednesday", (2023, 5, 10, "day", False)),
    ("en", "yesterday", (2023, 5, 16, "day", False)),
    ("en", "today", (2023, 5, 17, "day", False)),
    ("en", "last month", (2023, 4, None, "month", False)),
    ("en", "this week", (2023, 5, 15, "week", False)),
    ("en", "last week", (2023, 5, 8, "week", False)),
    ("en", "last year", (2022, None, None, "year", False)),
    ("en", "this year", (2023, None, None, "year", False)),
    ("en", "three years ago", (2020, None, None, "year", True)),
    ("en", "two years ago", (2021, None, None, "year", True)),
    ("en", "a year ago", (2022, None, None, "year", True)),
    ("en", "20 years ago", (2003, None, None, "year", True)),
    ("en", "five months ago", (2022, 12, None, "month", True)),
    ("en", "years ago", None),
    ("en", "blue moon", None),
    ("en", "99999 years ago", None),
]


@pytest.mark.parametrize("lang,text,expected", RELATIVE)
def test_resolve_relative(lang, text, expected):
    got = resolve_relative(text, lang, REF)
    if expected is None:
        assert got is None
    else:
        assert (got.year, got.month, got.day, got.granularity, got.approx) == expected


@pytest.mark.parametrize("lang,sentence,expected", [
    ("fr", "Hier, il y a trois ans et samedi dernier", ["Hier", "il y a trois ans", "samedi dernier"]),
    ("fr", "l\u2019an dernier puis le mois dernier", ["l\u2019an dernier", "le mois dernier"]),
    ("fr", "les hiers", []),
    ("en", "Yesterday, three years ago and last Saturday", ["Yesterday", "three years ago",
                                                           "last Saturday"]),
    ("en", "last year, this week and 20 years ago", ["last year", "this week", "20 years ago"]),
    ("en", "todays", []),
])
def test_relative_pattern(lang, sentence, expected):
    found = [m.group() for m in re.finditer(relative_pattern(lang), sentence)]
    assert found == expected
    for mention in found:
        assert resolve_relative(mention, lang, REF) is not None, mention


D = DateValue
COMPATIBLE = [
    (D(2022, 9, 3), D(2022, 9, granularity="month"), True),
    (D(2022, 9, 3), D(2022, 10, granularity="month"), False),
    (D(2007, granularity="year", approx=True), D(2008, granularity="year"), True),
    (D(2007, granularity="year", approx=True), D(2010, granularity="year"), False),
    (D(2007, granularity="year"), D(2008, granularity="year"), False),
    (D(None, 8, 5), D(2022, 8, 5), True),
    (D(None, 8, 5), D(2022, 8, 6), False),
    (D(weekday=5, granularity="weekday"), D(weekday=5, granularity="weekday"), True),
    (D(weekday=5, granularity="weekday"), D(weekday=6, granularity="weekday"), False),
    (D(weekday=5, granularity="weekday"), D(2022, 9, 3), True),  # a Saturday
    (D(weekday=6, granularity="weekday"), D(2022, 9, 3), False),
    (D(weekday=6, granularity="weekday"), D(None, 9, 3), True),
    (D(None, 6, 25, 1), D(2019, 6, 25), True),
    (D(2022, granularity="year"), D(None, 9, 3), True),
    (D(2023, 5, 15, granularity="week"), D(2023, 5, 19), True),
    (D(2023, 5, 15, granularity="week"), D(2023, 5, 22), False),
    (D(2023, 3, granularity="month", approx=True), D(2023, 4, 2), True),
    (D(2023, 3, granularity="month", approx=True), D(2023, 6, 2), False),
    (D(), D(2020, 1, 1), True),
]


@pytest.mark.parametrize("a,b,expected", COMPATIBLE)
def test_compatible_is_symmetric(a, b, expected):
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


@pytest.mark.parametrize("value,text", [
    (D(2022, 9, 3), "2022-09-03"), (D(2022, 9, granularity="month"), "2022-09"),
    (D(2007, granularity="year"), "2007"), (D(2007, granularity="year", approx=True), "about 2007"),
    (D(weekday=5, granularity="weekday"), "Saturday"), (D(None, 8, 5), "5 Aug"),
    (D(2023, 5, 15, granularity="week"), "week of 2023-05-15"),
])
def test_display(value, text):
    assert value.display() == text


@pytest.mark.parametrize("value,expected", [
    (D(2022, 9, 3), (date(2022, 9, 3), date(2022, 9, 3))),
    (D(2024, 2, granularity="month"), (date(2024, 2, 1), date(2024, 2, 29))),
    (D(2007, granularity="year", approx=True), (date(2005, 1, 1), date(2009, 12, 31))),
    (D(None, 8, 5), None),
])
def test_ordinal_range(value, expected):
    assert value.ordinal_range() == expected
