"""The per-language vocabulary files: same keys everywhere, sane shapes, regexes compile."""
import re

import pytest

from factcheck.normalize import dates, hedges, numbers
from factcheck.normalize.lang import LANGS, alternation, load

BUILDERS = [numbers.number_pattern, hedges.hedge_pattern, dates.date_pattern,
            dates.relative_pattern]


def test_every_language_has_the_same_keys():
    reference = set(load(LANGS[0]))
    for lang in LANGS[1:]:
        assert set(load(lang)) == reference, lang


def test_tables_have_the_same_subkeys_and_value_types():
    for key, value in load(LANGS[0]).items():
        for lang in LANGS[1:]:
            other = load(lang)[key]
            assert type(other) is type(value), (lang, key)
            if isinstance(value, dict) and key == "relative_words":
                assert set(other) == set(value), (lang, key)


@pytest.mark.parametrize("lang", LANGS)
def test_calendar_shapes(lang):
    data = load(lang)
    assert len(data["months"]) == 12 and all(data["months"])
    assert len(data["weekdays"]) == 7 and all(data["weekdays"])
    spellings = [s.lower() for m in data["months"] + data["weekdays"] for s in m]
    assert len(spellings) == len(set(spellings)), "a spelling names two months or days"
    assert data["numeric_date_order"] in ("dmy", "mdy")


@pytest.mark.parametrize("lang", LANGS)
def test_hedge_lists_do_not_overlap(lang):
    data = load(lang)
    kinds = [set(w.lower() for w in data[f"hedge_{k}"]) for k in hedges.HEDGES]
    for i, a in enumerate(kinds):
        for b in kinds[i + 1:]:
            assert not a & b


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("builder", BUILDERS, ids=lambda b: b.__name__)
def test_every_regex_builder_compiles_without_groups(lang, builder):
    compiled = re.compile(builder(lang))
    assert compiled.groups == 0  # embeddable in the extractor's scanning regex
    assert compiled.search("") is None  # and it never matches empty text


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="de"):
        load("de")


def test_load_is_cached():
    assert load("fr") is load("fr")


@pytest.mark.parametrize("words,text,expected", [
    (["une"], "brune une", ["une"]),
    (["près de"], "Près  de PRÈS DE", ["Près  de", "PRÈS DE"]),
    (["jusqu'à"], "jusqu\u2019à", ["jusqu\u2019à"]),
    (["c."], "etc. c. 1900", ["c."]),
    ([], "anything", []),
])
def test_alternation(words, text, expected):
    assert [m.group() for m in re.finditer(alternation(words), text)] == expected
