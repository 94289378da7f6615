"""Spec tables for factcheck.normalize.numbers: parse_number and number_pattern."""
import re

import pytest

from factcheck.normalize.numbers import is_round, number_pattern, parse_number

NNBSP, NBSP = "\u202f", "\u00a0"

PARSE = [
    # French: "," is the decimal mark, "." or a space groups thousands.
    ("fr", "1 500", 1500),
    ("fr", f"1{NBSP}500", 1500),
    ("fr", f"1{NNBSP}500", 1500),
    ("fr", f"2{NNBSP}300{NNBSP}000", 2_300_000),
    ("fr", "1.500", 1500),
    ("fr", "12.051", 12051),
    ("fr", "1.500.000", 1_500_000),
    ("fr", "4,8", 4.8),
    ("fr", "7,95", 7.95),
    ("fr", "1,500", 1.5),
    ("fr", "2.5", 2.5),
    ("fr", "1 500,5", 1500.5),
    ("fr", "1,5 million", 1_500_000),
    ("fr", "88 millions", 88_000_000),
    ("fr", "2 milliards", 2e9),
    ("fr", "2 billions", 2e12),
    ("fr", "3 Mds", 3e9),
    ("fr", "12 €", 12),
    ("fr", "2019", 2019),
    ("fr", "trois", 3),
    ("fr", "Onze", 11),
    ("fr", "Huit", 8),
    ("fr", "Treize", 13),
    ("fr", "cinquante et un", 51),
    ("fr", "soixante et onze", 71),
    ("fr", "trente-et-un", 31),
    ("fr", "quatre-vingt-dix", 90),
    ("fr", "quatre-vingts", 80),
    ("fr", "vingt et une", 21),
    ("fr", "mille cinq cents", 1500),
    ("fr", "deux milliards", 2e9),
    ("fr", "deux billions", 2e12),
    ("fr", "un million", 1e6),
    ("fr", "une", 1),
    ("fr", "un", 1),
    ("fr", "une dizaine", 10),
    ("fr", "une douzaine", 12),
    ("fr", "une centaine", 100),
    ("fr", "un millier", 1000),
    ("fr", "deux douzaines", 24),
    ("fr", "des centaines", None),
    ("fr", "centaines", None),
    ("fr", "milliers", None),
    ("fr", "brune", None),
    ("fr", "", None),
    ("fr", "1,2,3", None),
    # English: "," groups thousands when followed by exactly three digits.
    ("en", "1,500", 1500),
    ("en", "4,800", 4800),
    ("en", "1,500,000", 1_500_000),
    ("en", "1,234.5", 1234.5),
    ("en", "1.500", 1.5),
    ("en", "4,8", 4.8),
    ("en", f"1{NNBSP}500", 1500),
    ("en", "0.75", 0.75),
    ("en", "$10", 10),
    ("en", "US$ 250", 250),
    ("en", "3 billion", 3e9),
    ("en", "$3 billion", 3e9),
    ("en", "2.5bn", 2.5e9),
    ("en", "10k", 10_000),
    ("en", "4 million", 4e6),
    ("en", "12%", 12),
    ("en", "eleven", 11),
    ("en", "Eleven", 11),
    ("en", "fifty-one", 51),
    ("en", "ninety-nine", 99),
    ("en", "twenty two", 22),
    ("en", "one hundred and four", 104),
    ("en", "a hundred and four", 104),
    ("en", "a thousand", 1000),
    ("en", "a thousand and one", 1001),
    ("en", "two million", 2e6),
    ("en", "three billion", 3e9),
    ("en", "one", 1),
    ("en", "a", 1),
    ("en", "an", 1),
    ("en", "a dozen", 12),
    ("en", "two dozen", 24),
    ("en", "hundreds", None),
    ("en", "thousands", None),
    ("en", "dozens", None),
    ("en", "thousand", None),
    ("en", "someone", None),
    ("en", "the", None),
    ("en", "1,2,3", None),
]


@pytest.mark.parametrize("lang,text,expected", PARSE)
def test_parse_number(lang, text, expected):
    got = parse_number(text, lang)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


SCAN = [
    ("fr", "Il a vu cinquante et un chats.", ["cinquante et un"]),
    ("fr", "La brune et la une du journal.", ["une"]),
    ("fr", "Une femme brune", ["Une"]),
    ("fr", "en 2019, 2020 et 2021", ["2019", "2020", "2021"]),
    ("fr", "quatre-vingt-dix euros", ["quatre-vingt-dix"]),
    ("fr", f"soit 1{NNBSP}500 personnes", [f"1{NNBSP}500"]),
    ("fr", "un budget de 4,8 millions", ["un", "4,8 millions"]),
    ("fr", "12.051 spectateurs", ["12.051"]),
    ("fr", "une dizaine de blessés", ["une dizaine"]),
    ("fr", "entre trois et quatre jours", ["trois", "quatre"]),
    ("fr", "vingt et une communes", ["vingt et une"]),
    ("fr", "Onze joueurs et SEPT remplaçants", ["Onze", "SEPT"]),
    ("fr", "l'Airbus A320 décolle", []),
    ("fr", "des centaines de personnes", []),
    ("fr", "1,5 milliard d'euros", ["1,5 milliard"]),
    ("fr", "mille cinq cents votants", ["mille cinq cents"]),
    ("fr", "septante-deux ans", ["septante-deux"]),
    ("fr", "un million deux cent mille", ["un million deux cent mille"]),
    ("en", "In 2019, 2020 and 2021", ["2019", "2020", "2021"]),
    ("en", "one hundred and four people", ["one hundred and four"]),
    ("en", "between three and four days", ["three", "four"]),
    ("en", "a thousand and one nights", ["a thousand and one"]),
    ("en", "hundreds of people", []),
    ("en", "someone saw it", []),
    ("en", "fifty-one votes", ["fifty-one"]),
    ("en", "a twenty-two-year-old man", ["a", "twenty-two"]),
    ("en", "worth 1,234.5 tons", ["1,234.5"]),
    ("en", "1,500,000 and 2,0199", ["1,500,000", "2"]),
    ("en", "a dozen eggs", ["a dozen"]),
    ("en", "$3 billion deal", ["3 billion"]),
    ("en", "it raised 10k", ["10k"]),
    ("en", "Eleven players", ["Eleven"]),
    ("en", "the F16 jets", []),
    ("en", "5km away", ["5"]),  # a unit glued after is the caller's business
    ("en", "ratio 4.25 overall", ["4.25"]),
    ("en", "ONE HUNDRED", ["ONE HUNDRED"]),
    ("en", "an hour", ["an"]),
]


@pytest.mark.parametrize("lang,sentence,expected", SCAN)
def test_number_pattern_finds_whole_mentions(lang, sentence, expected):
    found = [m.group() for m in re.finditer(number_pattern(lang), sentence)]
    assert found == expected


@pytest.mark.parametrize("lang,sentence,expected", [s for s in SCAN if s[2]])
def test_every_scanned_mention_parses(lang, sentence, expected):
    for mention in expected:
        assert parse_number(mention, lang) is not None, mention


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_number_pattern_embeds_without_groups(lang):
    combined = re.compile(rf"(?P<before>\w+) (?P<num>{number_pattern(lang)})")
    assert combined.groups == 2


@pytest.mark.parametrize("n,expected", [(150, True), (12000, True), (148, False),
                                        (0, False), (2.5, False), (1000.0, True)])
def test_is_round(n, expected):
    assert is_round(n) is expected


@pytest.mark.parametrize("point, hedge, unit, shown", [
    (300_000_000, None, "USD", "300,000,000 USD"),
    (12_000, "approx", "ha", "about 12,000 ha"),
    (2019, None, None, "2019"),
    (4.5, "min", None, ">= 4.5"),
    (1_234_567.5, None, None, "1,234,567.5"),
])
def test_values_display_with_thousands_grouped_from_five_digits(point, hedge, unit, shown):
    from factcheck.values import number_display

    assert number_display(point, point, point, hedge, unit) == shown
