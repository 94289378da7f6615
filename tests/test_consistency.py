"""Internal consistency: what one article says that cannot be true on its own terms.

A weekday that does not fall on its date, an age that contradicts a stated birth date
and the date the age is stated at. These are findings of kind "inconsistency", found
even with one document; consistent texts must give none. Every calendar fact the
tests rely on is checked with `datetime` first. All texts are invented.
"""
from __future__ import annotations

from datetime import date

import pytest

from articles import check_texts as run

TUESDAY, WEDNESDAY, THURSDAY, FRIDAY = 1, 2, 3, 4


def inconsistencies(report, attribute: str) -> list:
    return [f for f in report.findings if f.kind == "inconsistency" and f.attribute == attribute]


def test_calendar_facts_used_below():
    assert date(2024, 3, 5).weekday() == TUESDAY
    assert date(2024, 1, 4).weekday() == THURSDAY
    assert date(2023, 1, 4).weekday() == WEDNESDAY
    assert date(2024, 1, 5).weekday() == FRIDAY


# ---------------------------------------------------------------------------
# A weekday beside its date.

BRIDGE_FR = ("Valmont : réouverture du pont\n"
             "Le pont de Valmont rouvrira à la circulation le {day} 5 mars 2024, a annoncé la mairie. "
             "Les travaux auront duré huit mois.\n")
BRIDGE_EN = ("Valmont bridge to reopen\n"
             "The Valmont bridge will reopen to traffic on {day} 5 March 2024, the town hall announced. "
             "The works will have lasted eight months.\n")


@pytest.mark.parametrize("template,day", [(BRIDGE_FR, "mercredi"), (BRIDGE_EN, "Wednesday")])
def test_a_weekday_that_is_not_its_date_is_an_inconsistency(tmp_path, template, day):
    report = run(tmp_path, template.format(day=day))
    (found,) = inconsistencies(report, "weekday")
    (cid,) = found.claims
    assert report.claim_index()[cid].text == f"{day} 5 {'mars' if template is BRIDGE_FR else 'March'} 2024"
    assert "Tuesday" in found.message


@pytest.mark.parametrize("template,day", [(BRIDGE_FR, "mardi"), (BRIDGE_EN, "Tuesday")])
def test_a_weekday_that_is_its_date_is_consistent(tmp_path, template, day):
    report = run(tmp_path, template.format(day=day))
    assert inconsistencies(report, "weekday") == []
    assert any(c.kind == "date" and (c.value.year, c.value.month, c.value.day) == (2024, 3, 5)
               and c.value.weekday == TUESDAY for c in report.claims)


MARKET_FR = ("Publié le 10 janvier 2024\n"
             "Valmont : le marché de Noël a fermé\n"
             "Le marché de Noël de Valmont a fermé ses portes le {day} 4 janvier, a indiqué la mairie. "
             "Il a accueilli 80 000 visiteurs.\n")
MARKET_EN = ("Published on 10 January 2024\n"
             "Valmont Christmas market has closed\n"
             "The Valmont Christmas market closed on {day}, January 4, the town hall said. "
             "It welcomed 80,000 visitors.\n")


@pytest.mark.parametrize("template,day", [(MARKET_FR, "vendredi"), (MARKET_EN, "Friday")])
def test_a_weekday_wrong_in_the_publication_year_is_an_inconsistency(tmp_path, template, day):
    # 4 January 2024 was a Thursday; the year comes from the dateline.
    report = run(tmp_path, template.format(day=day))
    assert report.documents[0].date == date(2024, 1, 10)
    (found,) = inconsistencies(report, "weekday")
    assert "Thursday" in found.message


OBITUARY_FR = ("Mort du peintre Lucien Arbey\n"
               "Le peintre Lucien Arbey est mort le {day} 14 mars à Sévrinac. "
               "Né le 2 juin 1945 à Lorvin, il avait exposé pour la première fois en 1968.\n")
OBITUARY_EN = ("Painter Lucian Arbey dies\n"
               "The painter Lucian Arbey died on {day}, March 14, in Severton. "
               "Born on June 2, 1945, in Lorvin, he first exhibited in 1968.\n")


MARKET_UNDATED_FR = ("Valmont : le marché de Noël a fermé\n"
                     "Ouvert le 29 novembre 2023, le marché de Noël de Valmont a fermé le {day} 4 janvier.\n")
MARKET_UNDATED_EN = ("Valmont Christmas market has closed\n"
                     "Opened on November 29, 2023, the Valmont Christmas market closed on {day}, January 4.\n")


@pytest.mark.parametrize("template,day", [(MARKET_UNDATED_FR, "vendredi"), (MARKET_UNDATED_EN, "Friday")])
def test_a_full_date_weeks_before_dates_a_weekday(tmp_path, template, day):
    # no dateline: "4 January" five weeks after 29 November 2023 is in 2024, a Thursday
    (found,) = inconsistencies(run(tmp_path, template.format(day=day)), "weekday")
    assert "Thursday" in found.message and "other dates" in found.message


@pytest.mark.parametrize("template,day", [(OBITUARY_FR, "jeudi"), (OBITUARY_EN, "Thursday")])
def test_a_birth_date_decades_back_does_not_date_a_weekday(tmp_path, template, day):
    # 14 March 1945 was a Wednesday: but nothing says the death was in 1945.
    assert date(1945, 3, 14).weekday() == WEDNESDAY
    assert inconsistencies(run(tmp_path, template.format(day=day)), "weekday") == []


@pytest.mark.parametrize("template,day", [(MARKET_FR, "jeudi"), (MARKET_EN, "Thursday")])
def test_a_weekday_right_in_the_publication_year_is_consistent(tmp_path, template, day):
    report = run(tmp_path, template.format(day=day))
    assert inconsistencies(report, "weekday") == []


SEASON_FR = ("Marché de Noël de Valmont : bilan\n"
             "Ouvert le 29 novembre 2023, le marché de Noël de Valmont a fermé ses portes le {day} 4 janvier. "
             "Les exposants se disent satisfaits.\n")
SEASON_EN = ("Valmont Christmas market: a review\n"
             "Opened on 29 November 2023, the Valmont Christmas market closed on {day}, January 4. "
             "Stallholders say they are satisfied.\n")


@pytest.mark.parametrize("template,day", [(SEASON_FR, "jeudi"), (SEASON_EN, "Thursday")])
def test_a_january_day_after_a_november_date_falls_in_the_next_year(tmp_path, template, day):
    # Opened in November 2023, closed on Thursday 4 January: 2024, a Thursday, consistent.
    report = run(tmp_path, template.format(day=day))
    assert inconsistencies(report, "weekday") == []


@pytest.mark.parametrize("template,day", [(SEASON_FR, "vendredi"), (SEASON_EN, "Friday")])
def test_a_january_day_after_a_november_date_can_still_be_wrong(tmp_path, template, day):
    report = run(tmp_path, template.format(day=day))
    (found,) = inconsistencies(report, "weekday")
    assert "Thursday" in found.message


def test_a_weekday_resolved_from_the_publication_date_is_not_checked(tmp_path):
    # "vendredi" alone, resolved against the dateline: nothing to contradict.
    text = ("Publié le 10 janvier 2024\n"
            "Valmont : le marché de Noël a fermé\n"
            "Le marché de Noël de Valmont a fermé vendredi, a indiqué la mairie.\n")
    report = run(tmp_path, text)
    assert inconsistencies(report, "weekday") == []


# ---------------------------------------------------------------------------
# An age beside a birth date.

MAYOR_FR = ("Publié le 4 juin 2024\n"
            "Valmont : le maire démissionne\n"
            "Le maire de Valmont, Paul Ricard, né le {born} à Corvel, a présenté sa démission. "
            "Paul Ricard, {age} ans, invoque des raisons de santé.\n")
MAYOR_EN = ("Published on 4 June 2024\n"
            "Valmont mayor resigns\n"
            "The mayor of Valmont, Paul Ricard, who was born on {born} in Corvel, has resigned. "
            "Paul Ricard, a {age}-year-old former teacher, cited health reasons.\n")
BORN = {"fr": ("12 mai 1980", "20 septembre 1980"), "en": ("12 May 1980", "20 September 1980")}


def _age(born: date, at: date) -> int:
    return at.year - born.year - ((at.month, at.day) < (born.month, born.day))


@pytest.mark.parametrize("template,lang", [(MAYOR_FR, "fr"), (MAYOR_EN, "en")])
def test_an_age_contradicting_the_birth_date_is_an_inconsistency(tmp_path, template, lang):
    assert _age(date(1980, 5, 12), date(2024, 6, 4)) == 44
    report = run(tmp_path, template.format(born=BORN[lang][0], age=41))
    (found,) = inconsistencies(report, "age")
    assert "Ricard" in found.subject and "44" in found.message


@pytest.mark.parametrize("template,lang", [(MAYOR_FR, "fr"), (MAYOR_EN, "en")])
def test_an_age_matching_the_birth_date_is_consistent(tmp_path, template, lang):
    report = run(tmp_path, template.format(born=BORN[lang][0], age=44))
    assert inconsistencies(report, "age") == []
    assert any(c.kind == "age" and c.value.point == 44 for c in report.claims)


@pytest.mark.parametrize("template,lang", [(MAYOR_FR, "fr"), (MAYOR_EN, "en")])
def test_a_birthday_later_in_the_year_counts(tmp_path, template, lang):
    # Born 20 September 1980: 43 on 4 June 2024, not 44.
    assert _age(date(1980, 9, 20), date(2024, 6, 4)) == 43
    consistent = run(tmp_path, template.format(born=BORN[lang][1], age=43))
    assert inconsistencies(consistent, "age") == []
    wrong = run(tmp_path, template.format(born=BORN[lang][1], age=44))
    (found,) = inconsistencies(wrong, "age")
    assert "43" in found.message


@pytest.mark.parametrize("lang,text", [
    ("fr", "Publié le 4 juin 2024\nValmont : le maire démissionne\n"
           "Le maire de Valmont, Paul Ricard, 41 ans, a annoncé lundi sa démission. "
           "Paul Ricard est né le 12 mai 1980 à Corvel.\n"),
    ("en", "Published on 4 June 2024\nValmont mayor resigns\n"
           "Paul Ricard, the 41-year-old mayor of Valmont, is stepping down for health reasons. "
           "Paul Ricard was born on 12 May 1980 in Corvel.\n"),
])
def test_an_age_in_the_news_sentence_is_checked_at_the_publication_date(tmp_path, lang, text):
    # The age is stated as of the resignation, in the week of publication: 44, not 41.
    report = run(tmp_path, text)
    (found,) = inconsistencies(report, "age")
    assert "Ricard" in found.subject


@pytest.mark.parametrize("lang,text", [
    ("fr", "La peintre Léna Vox est morte\n"
           "Léna Vox, née le 2 avril 1950 à Valmont, est morte le 3 février 2021 à l'âge de {age} ans. "
           "Ses toiles sont exposées à Corvel.\n"),
    ("en", "Painter Lena Vox dies\n"
           "Lena Vox, who was born on 2 April 1950 in Valmont, died on 3 February 2021 at the age of {age}. "
           "Her paintings hang in Corvel.\n"),
])
def test_an_age_at_death_is_checked_against_the_date_of_death(tmp_path, lang, text):
    assert _age(date(1950, 4, 2), date(2021, 2, 3)) == 70
    wrong = run(tmp_path, text.format(age=75))
    (found,) = inconsistencies(wrong, "age")
    assert "Vox" in found.subject and "70" in found.message
    right = run(tmp_path, text.format(age=70))
    assert inconsistencies(right, "age") == []


@pytest.mark.parametrize("lang,text", [
    ("fr", "Publié le 4 juin 2024\nValmont : le maire démissionne\n"
           "Paul Ricard, {age} ans, est né le 12 mai 1980 à Corvel.\n"),
    ("en", "Published on 4 June 2024\nValmont mayor resigns\n"
           "Paul Ricard, {age}, was born on 12 May 1980 in Corvel.\n"),
])
def test_an_age_beside_the_birth_is_held_at_publication_not_at_birth(tmp_path, lang, text):
    # the birth is the sentence's event, but no one is 44 on the day they are born
    assert inconsistencies(run(tmp_path, text.format(age=44)), "age") == []
    (found,) = inconsistencies(run(tmp_path, text.format(age=41)), "age")
    assert "44 on 2024-06-04" in found.message


def test_an_age_is_checked_with_a_publication_date_given_as_an_option(tmp_path):
    text = ("Valmont : le maire démissionne\n"
            "Le maire de Valmont, Paul Ricard, né le 12 mai 1980 à Corvel, a présenté sa démission. "
            "Paul Ricard, 41 ans, invoque des raisons de santé.\n")
    assert inconsistencies(run(tmp_path, text), "age") == []  # no date to state the age at
    report = run(tmp_path, text, dates={0: date(2024, 6, 4)})
    (found,) = inconsistencies(report, "age")
    assert "44" in found.message


def test_someone_else_born_in_the_article_is_not_checked(tmp_path):
    # The birth date is the daughter's; the age is the mayor's.
    text = ("Publié le 4 juin 2024\n"
            "Valmont : le maire démissionne\n"
            "Le maire de Valmont, Paul Ricard, 61 ans, a présenté sa démission. "
            "Sa fille Claire Ricard, née le 12 mai 1990, lui succède à la tête de la liste.\n")
    report = run(tmp_path, text)
    assert inconsistencies(report, "age") == []


def test_inconsistencies_are_found_in_each_of_two_documents(tmp_path):
    report = run(tmp_path, BRIDGE_FR.format(day="mercredi"), BRIDGE_EN.format(day="Wednesday"))
    found = inconsistencies(report, "weekday")
    assert len(found) == 2
    assert {next(iter(f.values)) for f in found} == {d.id for d in report.documents}
