"""The frame the extractor reads for each value, in French and English.

For every shape of frame (counted noun, value predicated of a noun phrase, event
governing a date, anchor, place / group / time qualifiers, part of a total, reported
speech and hedges) a short invented article is read and the frame of one value is
checked. All texts, places, people and companies are invented.
"""
from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.frames import OPEN
from factcheck.readers import read_text
from articles import RULES, check_texts as run


def claims_of(text: str, lang: str) -> list:
    return extract(read_text(text, doc_id="t", lang=lang), RULES)


def value(text: str, lang: str, written: str):
    """The one value claim written `written` in `text`."""
    found = [c for c in claims_of(text, lang) if c.text == written and c.frame is not None]
    assert len(found) == 1, f"{written!r}: {[(c.text, c.attribute) for c in claims_of(text, lang)]}"
    return found[0]


# ---------------------------------------------------------------------------
# The counted noun's lemma as an open measure.

MARKET_FR = ("Incendie au marché couvert de Valmont\n"
             "Un incendie a ravagé dans la nuit le marché couvert de Valmont. "
             "{n} artisans ont perdu leur atelier, selon la mairie.\n")
MARKET_EN = ("Fire at Valmont covered market\n"
             "A fire gutted the covered market in Valmont overnight. "
             "{n} craftsmen lost their workshops, the town hall said.\n")


@pytest.mark.parametrize("lang,text,written,lemma", [
    ("fr", MARKET_FR.format(n="Douze"), "Douze", "artisan"),
    ("fr", MARKET_FR.format(n="12"), "12", "artisan"),
    ("en", MARKET_EN.format(n="Twelve"), "Twelve", "craftsman"),
    ("en", MARKET_EN.format(n="12"), "12", "craftsman"),
])
def test_counted_noun_is_an_open_measure(lang, text, written, lemma):
    c = value(text, lang, written)
    assert c.kind == "count" and c.value.point == 12
    assert c.attribute == lemma
    assert c.frame.measure == OPEN + lemma and c.frame.how == "noun"


@pytest.mark.parametrize("template,lang,attribute", [(MARKET_FR, "fr", "artisan"), (MARKET_EN, "en", "craftsman")])
def test_open_measure_in_digits_and_in_words_is_one_fact(tmp_path, template, lang, attribute):
    words = "Douze" if lang == "fr" else "Twelve"
    agree = run(tmp_path, template.format(n=words), template.format(n="12"))
    assert [f.kind for f in agree.findings if f.attribute == attribute] == ["agreement"]
    differ = run(tmp_path, template.format(n=words), template.format(n="14"))
    assert [f.kind for f in differ.findings if f.attribute == attribute] == ["conflict"]


# ---------------------------------------------------------------------------
# A value predicated of a noun phrase: the toll, the number of people killed.

@pytest.mark.parametrize("lang,text,written,measure", [
    ("en", "Storm batters Corvel coast\nThe storm hit the Corvel coast on Sunday night. "
           "The death toll rose to 14 on Monday, the coastguard said.\n", "14", "deaths"),
    ("en", "Bus crash near Brenn\nA bus left the road near Brenn on Friday. "
           "The number of people killed is 9, according to the regional authorities.\n", "9", "deaths"),
    ("en", "Floods in Halvik\nFlood waters are receding in Halvik. "
           "The toll now stands at 23, officials said.\n", "23", "deaths"),
    ("en", "Landslide in Ostra\nRescuers are still digging in Ostra. "
           "The number of missing is 40, the civil protection agency said.\n", "40", "missing"),
    ("fr", "Tempête sur la côte de Corvel\nLa tempête a frappé la côte de Corvel dimanche soir. "
           "Le bilan s'élève à 14 morts, selon la préfecture.\n", "14", "deaths"),
    ("fr", "Tempête sur la côte de Corvel\nLa tempête a frappé la côte de Corvel dimanche soir. "
           "Le bilan s'élève désormais à 14.\n", "14", "deaths"),
    ("fr", "Accident de car près de Brenn\nUn car a quitté la route vendredi près de Brenn. "
           "Neuf personnes ont péri dans l'accident.\n", "Neuf", "deaths"),
    ("fr", "Explosion dans une usine de Halvik\nUne explosion a soufflé un atelier de l'usine Sorel. "
           "L'explosion provoque la mort de 9 personnes, selon les pompiers.\n", "9", "deaths"),
    ("fr", "Crue à Ostra\nLa rivière est sortie de son lit dans la nuit. "
           "Dans les villages de la vallée, 23 personnes périssent noyées.\n", "23", "deaths"),
    ("fr", "Séisme à Ostra\nUn séisme a secoué la région d'Ostra. "
           "Le nombre de blessés s'élève à 25, selon les secours.\n", "25", "injured"),
])
def test_value_predicated_of_a_noun_phrase(lang, text, written, measure):
    c = value(text, lang, written)
    assert c.kind == "count"
    assert c.attribute == measure and c.frame.measure == measure
    assert c.frame.how in ("head", "predicate", "governor", "noun")


# ---------------------------------------------------------------------------
# An event governing a year or a date.

@pytest.mark.parametrize("lang,text,written,event,anchor", [
    ("fr", "Ferrand rachète un concurrent\nLa société Ferrand, fondée en 1998 à Valmont, emploie 40 salariés.\n",
     "1998", "founded", "Ferrand"),
    ("en", "Harlow Foods expands\nHarlow Foods, which was founded in 1998 in Valmont, employs 40 people.\n",
     "1998", "founded", "Harlow Foods"),
    ("en", "Estria mourns its queen\nQueen Maud ruled Estria for forty years. Her reign began in 1952.\n",
     "1952", "founded", "Maud"),
    ("fr", "L'Estrie pleure sa reine\nLa reine Maud a régné quarante ans sur l'Estrie. Son règne a commencé en 1952.\n",
     "1952", "founded", "Maud"),
    ("en", "Ex-mayor back in politics\nKarl Lenz was released from prison in 2019. He now runs a charity.\n",
     "2019", "released", "Karl Lenz"),
    ("fr", "Un ancien maire revient\nKarl Lenz a été libéré en 2019. Il dirige désormais une association.\n",
     "2019", "released", "Karl Lenz"),
])
def test_event_governs_a_year(lang, text, written, event, anchor):
    c = value(text, lang, written)
    assert c.kind in ("year", "start")
    assert c.frame.event == event and c.attribute == event
    assert anchor in (c.frame.anchor_text or "")


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Orvance revient\nLe groupe Orvance a sorti son album Marées en 2011, avant une longue pause.\n", "2011"),
    ("en", "Orvance returns\nThe band Orvance released its album Tides in 2011, before a long break.\n", "2011"),
])
def test_an_album_release_is_a_publication_in_both_languages(lang, text, written):
    # "sortir un album" and "release an album": a publication, not a release from prison.
    c = value(text, lang, written)
    assert c.frame.event == "published"


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Valmont : le musée rouvre\nLe musée des beaux-arts de Valmont a rouvert le 4 mai 2023 après des travaux.\n",
     "4 mai 2023"),
    ("en", "Valmont museum reopens\nThe Valmont fine arts museum reopened on 4 May 2023 after repairs.\n",
     "4 May 2023"),
])
def test_event_governs_a_date(lang, text, written):
    c = value(text, lang, written)
    assert c.kind == "date" and (c.value.year, c.value.month, c.value.day) == (2023, 5, 4)
    assert c.value.granularity == "day"
    assert c.frame.event == "reopened" and c.attribute == "reopened"


def test_a_law_is_dated_by_its_noun():
    text = ("Cantines : la règle contestée\n"
            "La loi du 3 mars 2004 interdit cette pratique dans les cantines scolaires.\n")
    c = value(text, "fr", "3 mars 2004")
    assert (c.value.year, c.value.month, c.value.day) == (2004, 3, 3)
    assert c.frame.event == OPEN + "loi" and c.frame.measure == OPEN + "loi"


def test_dates_of_two_events_are_two_measures():
    text = ("Valmont : le musée rouvre\n"
            "Fondé en 1911, le musée de Valmont a rouvert le 4 mai 2023 après deux ans de travaux.\n")
    assert value(text, "fr", "1911").frame.event == "founded"
    assert value(text, "fr", "4 mai 2023").frame.event == "reopened"


# ---------------------------------------------------------------------------
# The anchor: the person aged N, the person arrested.

@pytest.mark.parametrize("lang,text,written,anchor", [
    ("fr", "Trafic démantelé à Valmont\nUn Belge de 41 ans a été interpellé mardi à Valmont.\n", "41 ans", "Belge"),
    ("fr", "Valmont change de maire\nLe maire, Paul Ricard (47 ans), a démissionné lundi.\n", "47 ans", "Paul Ricard"),
    ("fr", "Une infirmière interpellée\nAnna Lind, 34 ans, a été interpellée vendredi à Valmont.\n", "34 ans",
     "Anna Lind"),
    ("en", "Nurse arrested in Valmont\nAnna Lind, 34, was arrested on Friday in Valmont.\n", "34", "Anna Lind"),
    ("en", "Valmont mayor quits\nThe mayor, Paul Ricard, 47, resigned on Monday.\n", "47", "Paul Ricard"),
    ("en", "Valmont mayor quits\nThe 47-year-old mayor, Paul Ricard, resigned on Monday.\n", "47-year-old",
     "Paul Ricard"),
])
def test_age_is_anchored_to_its_person(lang, text, written, anchor):
    c = value(text, lang, written)
    assert c.kind == "age" and c.attribute == "age"
    assert c.value.point == int(written.split()[0].split("-")[0])
    assert c.frame.anchor_text == anchor


@pytest.mark.parametrize("lang,text,written,measure", [
    # a lexicon noun written like a participle is the head when no noun follows it
    ("en", "Ferry disaster off Valmont\nAll of the 37 deceased except two have been identified.\n", "37", "deaths"),
    ("en", "Ferry disaster off Valmont\nThe 37 injured were taken to hospital on Monday.\n", "37", "injured"),
    ("fr", "Naufrage au large de Valmont\nLes 37 défunts, sauf deux, ont été identifiés.\n", "37", "deaths"),
    ("fr", "Naufrage au large de Valmont\nLes 37 blessés ont été emmenés à l'hôpital lundi.\n", "37", "injured"),
])
def test_a_participle_noun_before_no_noun_is_counted(lang, text, written, measure):
    assert value(text, lang, written).attribute == measure


@pytest.mark.parametrize("text,written,anchor", [
    # an age as an adjective describes the name right after it, not the clause's first name
    ("Acme signs a new keeper\nAcme Rovers said the 31-year-old Tomas Brandt signed until 2029.\n",
     "31-year-old", "Tomas Brandt"),
    ("Acme signs a new keeper\nAcme Rovers said the 31-year-old Brandt, who arrives from Valmont, signed.\n",
     "31-year-old", "Brandt"),
    # apposed to the name before it
    ("New chief at Orbel\nThe board named Lena Okafor, the 52-year-old founder of Orbel Labs, as chief.\n",
     "52-year-old", "Lena Okafor"),
    # "the 31-year-old" with no name: the person the article is about, not a club in the clause
    ("Tomas Brandt joins Acme Rovers\nTomas Brandt has joined Acme Rovers from Valmont United.\n"
     "Valmont United received a club record fee for the 31-year-old, who had a year left.\n",
     "31-year-old", "Tomas Brandt"),
])
def test_an_age_written_as_an_adjective_is_about_the_person_it_describes(text, written, anchor):
    c = value(text, "en", written)
    assert c.kind == "age" and c.frame.anchor_text == anchor


@pytest.mark.parametrize("lang,text,kind,display", [
    # hours, minutes and seconds together are a race time, not a time of day
    ("fr", "Marathon\nOrsen a gagné en 2 h 04 min 21 s, un record.\n", "duration", "2 h 4 min 21 s"),
    ("en", "Marathon\nOrsen won in 2 hours 4 minutes 12 seconds, a record.\n", "duration",
     "2 hours 4 minutes 12 seconds"),
    ("fr", "Déraillement\nLe train a déraillé à 17 h 40 près de Morvigny.\n", "time", "17:40"),
    ("fr", "Commerce\nLe magasin reste ouvert 24 h sur 24 à Morvigny.\n", "duration", "24 h"),
])
def test_a_race_time_is_a_duration_and_a_clock_time_a_time(lang, text, kind, display):
    from factcheck.scan import scan

    body = text.split("\n", 1)[1]
    (m,) = [m for m in scan(body, lang, 0, len(body)) if m.kind in ("duration", "time")]
    assert (m.kind, m.value.display) == (kind, display)


@pytest.mark.parametrize("lang,text,written,published", [
    ("fr", "Album\nLa sortie de son album « Les Quais » a eu lieu le 3 mai 1968.\n", "3 mai 1968", True),
    ("fr", "Album\nSon album « Les Quais » est sorti le 3 mai 1968.\n", "3 mai 1968", True),
    ("fr", "Accident\nLa voiture est sortie de la route le 3 mai 2024 près de Morvigny.\n", "3 mai 2024", False),
    ("fr", "Déraillement\nLe train est sorti des rails le 3 mai 2024 près de Morvigny.\n", "3 mai 2024", False),
    ("en", "Album\nThe band released its first album on 3 May 1968.\n", "3 May 1968", True),
    ("en", "Prison\nThe singer came out of prison on 3 May 2024.\n", "3 May 2024", False),
])
def test_coming_out_of_somewhere_is_no_publication(lang, text, written, published):
    assert (value(text, lang, written).attribute == "published") == published


@pytest.mark.parametrize("lang,text,written,measure", [
    # a unit whose dimension has one lexicon measure takes it, with or without its verb
    ("fr", "Déraillement à Morvigny\nSelon l'enquête, le train circulait à 130 km/h.\n", "130 km/h", "speed"),
    ("en", "Derailment at Morvigny\nThe train was doing 130 km/h when it left the track.\n", "130 km/h", "speed"),
    ("fr", "Crue à Morvigny\nEnviron 150 km² de terres agricoles ont été inondés.\n", "Environ 150 km²", "area"),
    ("en", "Storm\nWinds reached 110 kilometres per hour over Morvigny on Monday.\n", "110 kilometres per hour", "speed"),
    ("fr", "Tempête\nLe vent a atteint 130 kilomètres-heure à Morvigny lundi.\n", "130 kilomètres-heure", "speed"),
    # a length may be a depth, a height, a distance...: only its dimension
    ("fr", "Séisme à Morvigny\nL'épicentre se situait à 15 kilomètres au sud de Morvigny.\n", "15 kilomètres",
     "dim:length"),
    ("en", "Quake near Morvigny\nThe epicentre was 15 kilometres south of Morvigny.\n", "15 kilometres",
     "dim:length"),
])
def test_a_unit_with_one_measure_of_its_dimension_takes_it(lang, text, written, measure):
    assert value(text, lang, written).frame.measure == measure


@pytest.mark.parametrize("lang,text,written,point,unit", [
    # a collective number takes its unit after "de" / "of": a measure, not a count of hectares
    ("fr", "Incendie près de Morvigny\nLe feu a parcouru une cinquantaine d'hectares de garrigue.\n",
     "une cinquantaine d'hectares", 500_000, "area"),
    ("fr", "Crue\nUne dizaine de kilomètres de digue ont cédé près de Morvigny.\n",
     "Une dizaine de kilomètres", 10_000, "length"),
    ("en", "Flood\nA dozen miles of levee gave way near Morvigny.\n", "A dozen miles", 19_312, "length"),
    ("fr", "Barrage\nLa retenue de Morvigny contient 480 millions de mètres cubes d'eau.\n",
     "480 millions de mètres cubes", 480_000_000, "volume"),
    # a weight unit hyphened before a noun weighs that noun
    ("en", "Launch\nThe 4,500-pound spacecraft will land near Morvigny crater.\n", "4,500-pound", 2041, "mass"),
])
def test_collective_numbers_and_compound_adjectives_keep_their_unit(lang, text, written, point, unit):
    c = value(text, lang, written)
    assert c.kind == "quantity" and c.value.unit == unit
    assert c.value.point == pytest.approx(point, rel=0.01)


@pytest.mark.parametrize("lang,a,b", [
    ("en", "Drevna election\nMarta Solvik was elected mayor of Drevna with 54.2% of the vote.\n",
     "Solvik wins Drevna\nMarta Solvik won the race for mayor of Drevna, taking 52.4% of the ballots.\n"),
    ("fr", "Élection à Drevna\nMarta Solvik a été élue maire de Drevna avec 54,2 % des voix.\n",
     "Drevna : Solvik l'emporte\nMarta Solvik a remporté la mairie de Drevna avec 52,4 % des suffrages.\n"),
])
def test_a_share_of_the_votes_is_a_share_of_its_noun_past_the_article(tmp_path, lang, a, b):
    report = run(tmp_path, a, b)
    index = report.claim_index()
    (found,) = [f for f in report.findings if f.kind == "conflict"]
    assert {index[i].kind for i in found.claims} == {"percent"}
    assert {index[i].attribute for i in found.claims} == {"votes"}


@pytest.mark.parametrize("lang,text,written", [
    ("en", "Drevna election\nMarta Solvik won on Sunday. Solvik, 46, a former teacher, received 31,400 votes.\n", "46"),
    ("fr", "Élection à Drevna\nMarta Solvik a gagné dimanche. Solvik, 46 ans, ancienne enseignante, a obtenu "
           "31 400 voix.\n", "46 ans"),
])
def test_the_surname_of_a_named_person_takes_an_age_in_apposition(lang, text, written):
    c = value(text, lang, written)
    assert c.kind == "age" and c.frame.anchor_text == "Solvik"


def test_a_number_between_commas_after_a_place_is_no_age():
    text = "Drevna election\nMarta Solvik won in Drevna on Sunday. In Drevna, 46, the turnout was high.\n"
    assert [c for c in claims_of(text, "en") if c.kind == "age"] == []


@pytest.mark.parametrize("text,written,kind,subject", [
    ("Mort de Léon Varenne\nLéon Varenne est décédé le 14 mars à Lyon. Il avait 79 ans.\n", "79 ans", "age",
     "Léon Varenne"),
    ("Portrait\nLéa Roy a 34 ans et vit à Valmont.\n", "34 ans", "age", "Léa Roy"),
    # what someone has N years of is a duration; "il y a 20 ans" is an interval
    ("Portrait\nElle a 20 ans de carrière derrière elle.\n", "20 ans", "duration", None),
    ("Portrait\nIl y a 20 ans, le club de Valmont était champion.\n", "20 ans", "duration", None),
])
def test_fr_a_person_who_has_n_years_is_n_years_old(text, written, kind, subject):
    c = value(text, "fr", written)
    assert c.kind == kind
    if subject:
        assert c.subject == subject


def test_the_n_year_old_is_the_person_not_the_club_the_article_is_about():
    """The article's subject is a club; "the 24-year-old" is the player the sentences
    before name, whom the article also calls by his surname."""
    text = ("Acme Rovers sign Tomas Brandt\nAcme Rovers have signed striker Tomas Brandt from Valmont United.\n"
            "The 24-year-old has agreed a five-year contract with Acme Rovers.\n"
            "Brandt scored 27 goals last season.\n")
    assert value(text, "en", "24-year-old").frame.anchor_text == "Tomas Brandt"


@pytest.mark.parametrize("text,persons", [
    ("Transfer\nHarry Quenby joined Acme Rovers. On Sunday, Quenby scored twice.\n", {"harry quenby"}),
    ("Transfer\nAcme Rovers won. On Sunday, Acme fans cheered.\n", set()),
])
def test_a_full_name_also_written_by_its_surname_is_a_person(text, persons):
    from factcheck.entities import Entities
    assert set(Entities(read_text(text, doc_id="t", lang="en")).persons) == persons


def test_an_age_before_a_club_name_and_noun_is_not_the_clubs():
    """"the 31-year-old Acme striker": Acme describes the striker; it is not whom the age is about."""
    c = value("Striker moves\nThe club said the 31-year-old Acme striker signed on Monday.\n", "en", "31-year-old")
    assert c.frame.anchor_text != "Acme"


def test_a_new_person_introduced_by_an_indefinite_article_is_not_the_articles_subject():
    """"a 41-year-old man" is someone new: not the person the article is about."""
    text = ("Tomas Brandt joins Acme Rovers\nTomas Brandt has joined Acme Rovers from Valmont United.\n"
            "Separately, a 41-year-old man was arrested near the stadium on Sunday.\n")
    c = value(text, "en", "41-year-old")
    assert c.frame.anchor_text != "Tomas Brandt"


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Valmont : la trésorière du club arrêtée\n"
           "Anna Lind, trésorière du club de rugby de Valmont, a été arrêtée mardi.\n", "mardi"),
    ("en", "Valmont club treasurer arrested\n"
           "Anna Lind, treasurer of the Valmont rugby club, was arrested on Tuesday.\n", "Tuesday"),
])
def test_arrest_date_is_anchored_to_the_person_not_her_club_town(lang, text, written):
    c = value(text, lang, written)
    assert c.frame.event == "arrested"
    assert c.frame.anchor_text == "Anna Lind"


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Valmont : l'ancien patron de Valtex condamné\n"
           "Le tribunal a condamné jeudi Paul Roy, ancien directeur du groupe de transport Valtex, "
           "à trois ans de prison et à 200 000 euros d'amende.\n", "200 000 euros"),
    ("en", "Former Valtex boss sentenced\n"
           "The court on Thursday sentenced Paul Roy, former head of the Valtex transport group, "
           "to three years in prison and a fine of $200,000.\n", "$200,000"),
])
def test_a_name_inside_an_apposition_closed_before_the_value_is_not_its_anchor(lang, text, written):
    """The company named in the person's apposition qualifies the person."""
    c = value(text, lang, written)
    assert c.frame.anchor_text == "Paul Roy"


def test_a_list_of_single_names_is_no_apposition():
    """"la reine Léonie, un collier de Marie-Aude, ainsi que le diadème de Maud": a list."""
    text = ("Vol au musée de Valmont\nParmi les objets volés figurent le collier de la reine Léonie, "
            "une broche de Marie-Aude, ainsi que le diadème de la princesse Maud, composé de 300 perles.\n")
    assert value(text, "fr", "300").frame.anchor_text == "Maud"


# ---------------------------------------------------------------------------
# Qualifiers: place, group, reference time.

@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Intempéries\nDouze personnes sont mortes à Valmont dans les inondations.\n", "Douze"),
    ("en", "Storms\nEleven people died in Valmont in the floods.\n", "Eleven"),
])
def test_place_of_a_toll(lang, text, written):
    c = value(text, lang, written)
    assert c.attribute == "deaths"
    assert c.frame.place_text == "Valmont"
    assert c.frame.group is None and not c.frame.part


@pytest.mark.parametrize("lang,text,total,written,group", [
    ("fr", "Explosion à Halvik\nL'explosion a fait 25 blessés, dont 10 enfants, selon les pompiers.\n",
     "25", "10", "children"),
    ("en", "Blast in Halvik\nThe blast injured 25 people, including four firefighters, the fire service said.\n",
     "25", "four", "firefighters"),
])
def test_a_group_counted_apart_from_the_total(lang, text, total, written, group):
    whole = value(text, lang, total)
    assert whole.attribute == "injured" and whole.frame.group is None and not whole.frame.part
    c = value(text, lang, written)
    assert c.frame.group == group
    assert c.frame.part


@pytest.mark.parametrize("lang,text,written,rate,durations", [
    ("en", "Marlane bridge\nThe bridge carries 12,000 vehicles a day.\n", "12,000", "day", []),
    ("en", "Marlane pay\nThe mayor earns £500 a week, the council said.\n", "£500", "week", []),
    ("en", "Marlane shifts\nNurses worked 12 hours a day for a week.\n", "12 hours", "day", ["12 hours", "a week"]),
    ("fr", "Pont de Marlane\nLe pont voit passer 12 000 véhicules par jour.\n", "12 000", "day", []),
    ("fr", "Marlane\nLes infirmières ont travaillé 12 heures par jour pendant une semaine.\n", "12 heures", "day",
     ["12 heures", "une semaine"]),
])
def test_a_rate_after_a_value_is_its_rate_not_a_duration(lang, text, written, rate, durations):
    assert value(text, lang, written).frame.rate == rate
    assert [c.text for c in claims_of(text, lang) if c.kind == "duration"] == durations


def test_a_day_that_something_lasted_is_a_duration():
    (c,) = [c for c in claims_of("Marlane strike\nThe strike lasted a day.\n", "en") if c.kind == "duration"]
    assert c.text == "a day" and c.value.point == 86400


@pytest.mark.parametrize("lang,a,b,written_a,written_b", [
    ("en", "Marlane bridge\nThe bridge had been closed for three weeks in 2019 for repairs.\n",
     "Marlane bridge works\nThe bridge was shut for a month in 2019 for repairs.\n", "three weeks", "a month"),
    ("fr", "Pont de Marlane\nLe pont avait été fermé pendant trois semaines en 2019 pour des travaux.\n",
     "Travaux à Marlane\nLe pont a été fermé un mois en 2019 pour des travaux.\n", "trois semaines", "un mois"),
])
def test_how_long_something_was_closed_is_one_fact_in_other_words(tmp_path, lang, a, b, written_a, written_b):
    """A support verb that is itself an event ("was closed", "shut") names what lasted
    when its subject is no event noun: both durations are of the closure, and clash."""
    assert value(a, lang, written_a).frame.event == value(b, lang, written_b).frame.event == "closed"
    report = run(tmp_path, a, b)
    index = report.claim_index()
    (found,) = [f for f in report.findings if f.kind == "conflict"]
    assert {index[i].text for i in found.claims} == {written_a, written_b}


@pytest.mark.parametrize("lang,text", [
    ("en", "Trial in Marlane\nThe trial closed on 3 May in Marlane.\n"),
    ("fr", "Procès à Marlane\nLe procès s'est clôturé le 3 mai à Marlane.\n"),
])
def test_an_event_noun_as_subject_still_names_the_event(lang, text):
    assert value(text, lang, "3 May" if lang == "en" else "3 mai").frame.event == "trial"


@pytest.mark.parametrize("lang,text,written,measure", [
    # what a valuation verb ("worth", "put at", "estimée à") values is the sum named before it
    ("en", "Halvern sign Rieck\nRieck has joined Halvern in a deal worth £45m.\n", "£45m", "fee"),
    ("en", "Halvern sign Rieck\nThe club did not disclose the transfer fee, which reports have put at £42m.\n",
     "£42m", "fee"),
    ("fr", "Rieck à Halvern\nRieck a rejoint Halvern pour une indemnité de transfert estimée à 45 millions d'euros.\n",
     "45 millions d'euros", "fee"),
    # with no such sum, it is a value
    ("en", "Museum heist\nThe stolen jewels are worth £4m, police said.\n", "£4m", "value"),
    ("fr", "Vol au musée\nLe butin est estimé à 4 millions d'euros.\n", "4 millions d'euros", "value"),
])
def test_a_valuation_takes_the_measure_of_the_sum_it_values(lang, text, written, measure):
    assert value(text, lang, written).attribute == measure


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Banque de Sévrinac\nLa directrice Claire Mervent, arrivée à la tête de la banque en 2019, a indiqué "
           "que le plan serait prêt.\n", "2019"),
    ("en", "Severton bank\nThe chief executive, Claire Mervin, who took the helm in 2019, said the plan was ready.\n",
     "2019"),
])
def test_a_year_in_an_aside_is_dated_by_the_asides_event_not_the_reporting_verb(lang, text, written):
    assert value(text, lang, written).attribute == "took_office"


@pytest.mark.parametrize("lang,text", [
    ("en", "Orvane results\nProfit fell in the first half of the year.\n"),
    ("en", "Orvane results\nSales rose in the third quarter of 2023.\n"),
    ("fr", "Résultats d'Orvane\nLe bénéfice a reculé au cours de la première moitié de l'année.\n"),
])
def test_an_ordinal_fraction_is_a_period_not_a_share(lang, text):
    assert [c.text for c in claims_of(text, lang) if c.kind == "percent"] == []


@pytest.mark.parametrize("lang,text,written", [
    ("en", "Orvane vote\nHalf of the workers voted for the strike.\n", "Half"),
    ("fr", "Vote chez Orvane\nLa moitié des salariés a voté la grève.\n", "moitié"),
])
def test_a_fraction_of_a_group_is_still_a_share(lang, text, written):
    c = value(text, lang, written)
    assert c.kind == "percent" and c.value.point == 50


@pytest.mark.parametrize("lang,text,event", [
    ("fr", "Pont de Marlane\nLe pont a été fermé pendant trois semaines en 2019 pour des travaux.\n", "closed"),
    ("en", "Marlane bridge\nThe bridge was closed for three weeks in 2019 for repairs.\n", "closed"),
])
def test_a_year_after_a_duration_dates_the_verb_not_the_durations_unit(lang, text, event):
    assert value(text, lang, "2019").attribute == event


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Pont de Marlane\nLe pont, construit en 1968, voit passer 12 000 véhicules par jour.\n", "12 000"),
    ("fr", "Pont de Marlane\nLe pont, qui a ouvert en 1966, voit passer 12 000 véhicules par jour.\n", "12 000"),
    ("en", "Marlane bridge\nThe bridge, built in 1968, carries 12,000 vehicles a day.\n", "12,000"),
    ("en", "Marlane bridge\nThe bridge, which opened in 1966, carries 12,000 vehicles a day.\n", "12,000"),
])
def test_a_year_in_an_aside_dates_the_aside_not_the_count(lang, text, written):
    assert value(text, lang, written).frame.time is None


@pytest.mark.parametrize("lang,text,written", [
    ("en", "Trial in Marlane\nOrsen pleaded not guilty, but in 2014, he was sentenced to five years in prison.\n",
     "five years"),
    ("fr", "Procès à Marlane\nOrsen a plaidé non coupable, mais en 2014, il a été condamné à cinq ans de prison.\n",
     "cinq ans"),
])
def test_a_year_after_a_conjunction_still_dates_its_clause(lang, text, written):
    assert value(text, lang, written).frame.time == "2014"


@pytest.mark.parametrize("lang,text,written,since", [
    ("fr", "Épidémie à Valmont\nLe virus a fait 40 morts depuis janvier dans la région.\n", "40", "since janvier"),
    ("fr", "Épidémie à Valmont\nDepuis janvier, 40 personnes sont mortes dans la région.\n", "40", "since janvier"),
    ("en", "Outbreak in Valmont\nMore than 1,200 cases have been recorded in Valmont since March.\n", "More than 1,200",
     "since march"),
    # "since" in another clause of the sentence dates something else
    ("fr", "Crue à Valmont\nLe fleuve, jamais aussi haut depuis 1910, a fait six morts à Valmont.\n", "six", None),
    ("en", "Flood in Valmont\nThe river reached a level not seen since 1910, and six people died in Valmont.\n",
     "six", None),
])
def test_a_running_count_since_a_date_is_dated_only_by_its_own_clause(lang, text, written, since):
    c = value(text, lang, written)
    assert c.attribute in ("deaths", "cases")
    assert c.frame.time == since


@pytest.mark.parametrize("lang,text,written,time", [
    ("fr", "Routes meurtrières\nEn 2014, 96 personnes sont mortes sur les routes de la région de Valmont.\n",
     "96", "2014"),
    ("en", "Deadly roads\nIn 2014 alone, 96 people died on the roads of the Valmont region.\n", "96", "2014"),
])
def test_a_year_dates_the_count(lang, text, written, time):
    c = value(text, lang, written)
    assert c.attribute == "deaths"
    assert c.frame.time == time


@pytest.mark.parametrize("lang,text,written,time", [
    ("fr", "Le buteur de Valmont\nLéa Roy a inscrit 30 buts lors de la saison 2022-2023 avec le FC Valmont.\n",
     "30", "2022"),
    ("fr", "Résultats de Corvex\nLors de l'exercice 2023, Corvex a vendu 4 000 tracteurs.\n", "4 000", "2023"),
    ("en", "Valmont striker\nMarc Vidal scored 30 goals in the 2022/23 Northern League season.\n", "30", "2022"),
    ("en", "Valmont striker\nMarc Vidal scored 30 goals in 2022, his best season so far.\n", "30", None),
])
def test_a_season_or_period_dates_the_count(lang, text, written, time):
    # a figure of "the 2022/23 season" is that season's, not a career total
    assert value(text, lang, written).frame.time == time


@pytest.mark.parametrize("lang,text,written,when", [
    ("fr", "Glissement de terrain à Ostra\nLes recherches se poursuivent à Ostra. "
           "Au 5 mars, 40 personnes étaient toujours portées disparues.\n", "40", "5 mars"),
    ("en", "Landslide in Ostra\nThe search goes on in Ostra. As of Tuesday, 40 people were still missing.\n",
     "40", "Tuesday"),
])
def test_a_reference_day_dates_the_count(lang, text, written, when):
    c = value(text, lang, written)
    assert c.attribute == "missing"
    assert c.frame.time is not None
    # the reference day is when the count holds, not an event of its own
    day = value(text, lang, when)
    assert day.frame.event != OPEN + ("personne" if lang == "fr" else "people")


# ---------------------------------------------------------------------------
# Part of a total.

@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Mine de Valmont : fin des recherches\nLes secours ont achevé mercredi les recherches. "
           "Les trois derniers corps ont été remontés à l'aube.\n", "trois"),
    ("en", "Valmont mine search ends\nRescuers ended their search on Wednesday. "
           "The last three bodies were brought to the surface at dawn.\n", "three"),
])
def test_the_last_bodies_are_part_of_the_toll(lang, text, written):
    c = value(text, lang, written)
    assert c.attribute == "deaths"
    assert c.frame.part


def test_serious_injuries_are_part_of_the_injured():
    text = "Incendie à Halvik\nL'incendie a fait 25 blessés, dont 10 dans un état grave.\n"
    c = value(text, "fr", "10")
    assert c.attribute == "injured_serious"
    assert c.frame.part
    assert not value(text, "fr", "25").frame.part


def test_en_seriously_injured_among_the_injured_are_a_part():
    text = "Fire in Halvik\nThe fire injured 25 people, 10 of them seriously.\n"
    c = value(text, "en", "10")
    assert c.frame.part
    assert not value(text, "en", "25").frame.part


# ---------------------------------------------------------------------------
# Reported speech and hedges.

@pytest.mark.parametrize("lang,text,written,low,high", [
    ("fr", "Incendie à Halvik\nSelon la préfecture, l'incendie aurait fait environ 30 morts.\n",
     "environ 30", 27, 33),
    ("en", "Fire in Halvik\nThe fire reportedly killed about 30 people, the prefecture said.\n",
     "about 30", 27, 33),
])
def test_reported_and_approximate_toll(lang, text, written, low, high):
    c = value(text, lang, written)
    assert c.attribute == "deaths"
    assert c.frame.reported and c.hedged
    assert c.value.hedge == "approx"
    assert c.value.low <= low and c.value.high >= high and c.value.low < 30 < c.value.high


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Incendie à Halvik\nL'incendie a fait au moins 14 morts.\n", "au moins 14"),
    ("en", "Fire in Halvik\nThe fire killed at least 14 people.\n", "at least 14"),
])
def test_a_lower_bound(lang, text, written):
    c = value(text, lang, written)
    assert c.attribute == "deaths"
    assert c.value.hedge == "min" and c.value.low == 14 and c.value.high > 14
    assert not c.frame.reported and not c.hedged


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Collision à Brenn\nEntre 20 et 30 personnes ont été blessées dans la collision.\n", "Entre 20 et 30"),
    ("en", "Crash in Brenn\nBetween 20 and 30 people were hurt in the crash.\n", "Between 20 and 30"),
])
def test_a_range(lang, text, written):
    c = value(text, lang, written)
    assert c.attribute == "injured"
    assert c.value.hedge == "range" and (c.value.low, c.value.high) == (20, 30)


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Incendie à Halvik\nL'incendie a fait 14 morts dans la nuit.\n", "14"),
    ("en", "Fire in Halvik\nThe fire killed 14 people overnight.\n", "14"),
])
def test_a_plain_toll_is_neither_hedged_nor_a_range(lang, text, written):
    c = value(text, lang, written)
    assert c.attribute == "deaths"
    assert c.value.hedge is None and c.value.low == c.value.high == 14
    assert not c.hedged


@pytest.mark.parametrize("lang,text,written", [
    # the subject is the person the noun phrase names, not the noun's complement
    ("fr", "Un ancien maire condamné\nL'ancien maire de Valmont, Paul Roy, a été condamné mardi à cinq ans de prison.\n",
     "cinq ans"),
    ("en", "Former mayor sentenced\nThe former mayor of Valmont, Paul Roy, was sentenced on Tuesday to five years in prison.\n",
     "five years"),
    ("fr", "Une dirigeante condamnée\nLa directrice de Valtex, Anna Lind, a été condamnée à deux ans de prison.\n", "deux ans"),
])
def test_a_name_apposed_to_a_noun_and_its_complement_is_the_subject(lang, text, written):
    c = value(text, lang, written)
    assert c.attribute == "sentence"
    assert c.frame.anchor_text in ("Paul Roy", "Anna Lind")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Procès à Valmont\nPaul Roy, maire de Valmont de 2008 à 2020, a été condamné mardi à quatre ans de prison.\n"),
    ("en", "Trial in Valmont\nPaul Roy, mayor of Valmont from 2008 to 2020, was sentenced on Tuesday to four years.\n"),
])
def test_a_period_in_an_apposition_is_not_dated_by_the_main_verb(lang, text):
    period = next(c for c in claims_of(text, lang) if c.kind == "year")
    assert (period.value.low, period.value.high) == (2008, 2020)
    assert period.attribute != "verdict" and period.frame.event != "verdict"
    assert any(c.attribute == "verdict" and c.kind == "date" for c in claims_of(text, lang))


def test_two_prison_terms_of_one_person_named_two_ways_conflict(tmp_path):
    a = "Un ancien maire condamné\nL'ancien maire de Valmont, Paul Roy, a été condamné mardi à cinq ans de prison.\n"
    b = "Valmont : Paul Roy condamné\nPaul Roy, 58 ans, a été condamné mardi à quatre ans de prison.\n"
    report = run(tmp_path, a, b)
    (found,) = [f for f in report.findings if f.kind == "conflict" and f.attribute == "sentence"]
    assert found.subject == "Paul Roy"


@pytest.mark.parametrize("lang,text,written,measure", [
    ("en", "Valsora votes\nTurnout was 61.2% in Sunday's election in Valsora.\n", "61.2%", "turnout"),
    ("en", "Valsora votes\nVoter turnout stood at 48% in the Valsora by-election.\n", "48%", "turnout"),
    ("fr", "Valsora vote\nLa participation s'est établie à 61,2 % dimanche à Valsora.\n", "61,2 %", "turnout"),
    ("fr", "Valsora vote\nLe taux de participation était de 48 % à Valsora.\n", "48 %", "turnout"),
    ("en", "Valsora economy\nUnemployment stood at 7.5% in Valsora in March.\n", "7.5%", OPEN + "unemployment"),
    ("fr", "Économie de Valsora\nLe chômage s'est établi à 7,5 % en mars à Valsora.\n", "7,5 %", OPEN + "chômage"),
])
def test_a_percent_stated_of_its_subject_by_a_copula_measures_that_subject(lang, text, written, measure):
    c = value(text, lang, written)
    assert c.kind == "percent" and c.frame.measure == measure and c.frame.how == "head"
    assert c.frame.strength >= 0.6  # a copula's subject: no weak guess


def test_a_percent_with_no_copula_keeps_a_weak_guess():
    c = value("Valsora economy\nThe council said 7.5% would be enough in Valsora.\n", "en", "7.5%")
    assert c.frame.strength < 0.6


@pytest.mark.parametrize("a,b", [
    ("Valsora votes\nTurnout was 61.2% in Sunday's election, the commission said.\n",
     "Valsora election\nTurnout stood at 62.1% on Sunday, official results showed.\n"),
    ("Élection à Valsora\nLa participation s'est établie à 61,2 % dimanche, selon la commission.\n",
     "Valsora a voté\nLe taux de participation était de 62,1 % dimanche, selon les résultats.\n"),
])
def test_two_turnouts_conflict(tmp_path, a, b):
    report = run(tmp_path, a, b)
    (found,) = [f for f in report.findings if f.kind == "conflict"]
    assert found.attribute == "turnout"


@pytest.mark.parametrize("lang,text,written,measure,group", [
    ("fr", "Incendie à Valmont\nQuelque 400 pompiers étaient mobilisés mercredi à Valmont.\n", "Quelque 400",
     OPEN + "firefighters", None),
    ("fr", "Incendie à Valmont\nPlus de 500 sapeurs-pompiers luttaient mercredi à Valmont.\n", "Plus de 500",
     OPEN + "firefighters", None),
    ("en", "Fire in Valmont\nSome 400 firefighters were deployed on Wednesday in Valmont.\n", "Some 400",
     OPEN + "firefighters", None),
    ("fr", "Incendie à Valmont\nTrois pompiers ont été légèrement blessés mercredi à Valmont.\n", "Trois",
     "injured", "firefighters"),
    ("en", "Fire in Valmont\nThree firefighters were slightly injured on Wednesday in Valmont.\n", "Three",
     "injured", "firefighters"),
])
def test_a_group_noun_counted_for_itself_is_the_measure(lang, text, written, measure, group):
    c = value(text, lang, written)
    assert (c.frame.measure, c.frame.group) == (measure, group)
    assert c.frame.strength >= 0.6


def names_in(text: str, lang: str) -> set[str]:
    return {c.text for c in claims_of(text, lang) if c.kind == "name"}


def test_a_compound_adjective_on_a_name_is_no_name():
    text = ("Pump maker results\nFounded in 1999, the Valsora-based company has 13,000 employees, "
            "and its UK-born chief executive Anna Lind said so on Monday.\n")
    names = names_in(text, "en")
    assert not any(n.endswith(("-based", "-born")) for n in names)
    assert "Anna Lind" in names


def test_a_romanised_given_name_keeps_its_lowercase_syllable():
    names = names_in("Court ruling\nFormer lawmaker Au Nok-hin was sentenced on Tuesday to six years.\n", "en")
    assert "Au Nok-hin" in names


def test_two_founding_years_conflict_when_one_article_writes_a_compound_adjective(tmp_path):
    a = ("Valtex results\nValtex said on Thursday that its revenue rose.\n"
         "The company, founded in 1998 in Valsora, employs 12,000 people.\n"
         "Chief executive Anna Lind said a new plant would open in 2026.\n")
    b = ("Valtex posts record year\nPump maker Valtex reported on Thursday that revenue rose.\n"
         "Founded in 1999, the Valsora-based company has 13,000 employees.\n"
         "Chief executive Anna Lind said a new plant would open in 2026.\n")
    report = run(tmp_path, a, b)
    found = {f.attribute for f in report.findings if f.kind == "conflict"}
    assert "founded" in found


@pytest.mark.parametrize("lang,text,written,measure", [
    ("en", "Valtex results\nValtex said on Thursday that its revenue rose 12% to $4.2bn.\n", "12%", "revenue"),
    ("en", "Valtex results\nProfits fell by 35% in the first half, Valtex said.\n", "35%", "profit"),
    ("fr", "Résultats de Valtex\nLe chiffre d'affaires de Valtex a progressé de 12 % l'an dernier.\n", "12 %",
     "revenue"),
    ("fr", "Résultats de Valtex\nLes bénéfices ont chuté de 35 % au premier semestre.\n", "35 %", "profit"),
    ("en", "Valtex results\nValtex said its workforce grew 8% in Valsora last year.\n", "8%", "employees"),
])
def test_a_percent_after_a_change_verb_measures_the_noun_that_changed(lang, text, written, measure):
    c = value(text, lang, written)
    assert c.frame.measure == measure and c.frame.how == "head"


@pytest.mark.parametrize("a,b", [
    ("Valtex results\nValtex said on Thursday that its revenue rose 12% last year.\n",
     "Valtex record\nPump maker Valtex reported on Thursday that revenue rose 14% in 2024.\n"),
    ("Résultats de Valtex\nLe chiffre d'affaires de Valtex a progressé de 12 % l'an dernier, selon le groupe.\n",
     "Valtex en forme\nLe chiffre d'affaires de Valtex a augmenté de 14 % en 2024, a annoncé le groupe.\n"),
])
def test_two_rises_of_one_figure_conflict(tmp_path, a, b):
    report = run(tmp_path, a, b)
    (found,) = [f for f in report.findings if f.kind == "conflict"]
    assert found.attribute == "revenue"


@pytest.mark.parametrize("lang,text,written", [
    ("en", "Valsora election\nThe Liberal party won 324 seats out of 600 on Sunday.\n", "324"),
    ("fr", "Élection à Valsora\nLe parti libéral a obtenu 324 sièges sur 600 dimanche.\n", "324"),
    ("en", "Valsora election\nThe Liberal party won 326 of the 600 seats on Sunday.\n", "326"),
])
def test_a_count_out_of_a_stated_total_is_a_share_of_it(lang, text, written):
    assert value(text, lang, written).frame.part


def test_a_count_followed_by_sur_and_no_number_is_no_share():
    c = value("Accident à Valsora\nDouze véhicules se sont percutés sur la route de Valsora.\n", "fr", "Douze")
    assert not c.frame.part


@pytest.mark.parametrize("a,b", [
    ("Valsora election\nThe Liberal party won 326 of the 600 seats in Sunday's election.\n",
     "Liberals win in Valsora\nThe Liberal party won 324 seats out of 600 in Sunday's election.\n"),
    ("Élection à Valsora\nLe parti de Marta Solberg a remporté 326 des 600 sièges lors de l'élection de dimanche.\n",
     "Victoire à Valsora\nLe parti de Marta Solberg a remporté 324 sièges sur 600 lors de l'élection de dimanche.\n"),
])
def test_two_shares_of_one_total_conflict(tmp_path, a, b):
    report = run(tmp_path, a, b)
    found = [f for f in report.findings if f.kind == "conflict"]
    assert len(found) == 1 and {"326", "324"} <= set(" ".join(found[0].values.values()).split())


@pytest.mark.parametrize("text,written", [
    ("Singer Margaret Roe dies at 82\nMargaret Roe, the soul singer, has died, her family said.\n", "82"),
    ("Valmont mayor retires\nPaul Roy, who retired at 65 in 2019, was mayor for 20 years.\n", "65"),
])
def test_a_bare_number_after_dying_or_retiring_at_is_an_age(text, written):
    c = value(text, "en", written)
    assert c.kind == "age" and c.attribute == "age"


def test_a_count_after_died_at_a_place_is_no_age():
    c = value("Clinic deaths\nThree patients died at the Valmont clinic on Monday.\n", "en", "Three")
    assert c.kind == "count" and c.attribute == "deaths"


@pytest.mark.parametrize("a,b,conflict", [
    ("A ferry capsized off Palmera island at 3am on Tuesday, the coastguard said.",
     "The ferry overturned off Palmera at around 4am on Tuesday, the coastguard said.", True),
    ("A ferry capsized off Palmera island at 4.15am on Tuesday, the coastguard said.",
     "The ferry overturned off Palmera at around 4am on Tuesday, the coastguard said.", False),
    ("Un ferry a chaviré au large de Palmera vers 4 heures mardi, selon les garde-côtes.",
     "Le ferry a coulé au large de Palmera à 3 h mardi, selon les garde-côtes.", True),
])
def test_an_approximate_time_of_day_covers_half_an_hour_either_side(tmp_path, a, b, conflict):
    report = run(tmp_path, "Ferry disaster off Palmera\n" + a + "\n", "Palmera ferry\n" + b + "\n")
    found = [f for f in report.findings if f.kind == "conflict" and f.attribute == "sank"]
    agreed = [f for f in report.findings if f.kind == "agreement" and f.attribute == "sank"
              and f.message.split("agree on ")[-1][:2].isdigit()]  # the time, not the day
    assert (len(found), len(agreed)) == ((1, 0) if conflict else (0, 1))


@pytest.mark.parametrize("lang,text,written", [
    ("en", "Bank chief jailed\nFormer Valtex chief executive Paul Roy was jailed on Friday after a trial that lasted "
           "six weeks.\n", "six weeks"),
    ("en", "Bank chief jailed\nValtex chief executive Paul Roy was jailed on Friday after a six-week trial.\n",
     "six-week"),
    ("fr", "Un patron condamné\nL'ancien PDG de Valtex, Paul Roy, a été condamné vendredi au terme d'un procès de "
           "six semaines.\n", "six semaines"),
])
def test_a_role_between_a_company_and_a_person_leaves_the_person_as_subject(lang, text, written):
    c = value(text, lang, written)
    assert c.frame.anchor_text == "Paul Roy"
    assert not any(n.startswith(("Former", "Ancien")) for n in names_in(text, lang))


@pytest.mark.parametrize("lang,text,other,toll", [
    ("fr", "Effondrement à Valmont\nLe bilan de l'effondrement d'un immeuble de cinq étages à Valmont s'élève à six "
           "morts.\n", "cinq", "six"),
    ("en", "Collapse in Valmont\nThe death toll has risen to six after the collapse of a building with five floors "
           "in Valmont.\n", "five", "six"),
])
def test_a_toll_head_does_not_take_a_count_of_its_own_noun(lang, text, other, toll):
    assert value(text, lang, toll).attribute == "deaths"
    own = value(text, lang, other)
    assert own.attribute != "deaths" and own.frame.measure.startswith(OPEN)


@pytest.mark.parametrize("lang,text,written,measure", [
    ("en", "Carvel fire: 35,000 evacuated as blaze grows\nThe fire grew on Thursday.\n", "35,000", "evacuated"),
    ("en", "Carvel fire\nTwelve arrested after riot in Carvel on Friday.\n", "Twelve", "arrests"),
    ("fr", "Incendie à Carvel\n3 000 évacués jeudi à Carvel.\n", "3 000", "evacuated"),
    ("en", "Carvel fire\nThree firefighters have suffered injuries since Monday in Carvel.\n", "Three", "injured"),
])
def test_a_participle_or_a_verb_phrase_after_a_count_gives_its_measure(lang, text, written, measure):
    assert value(text, lang, written).attribute == measure


@pytest.mark.parametrize("text,written,measure", [
    ("Carvel fire\nThe blaze was 15% contained on Thursday, officials said.\n", "15%", OPEN + "contain"),
    ("Carvel fire\nFirefighters had the fire 20% contained by Thursday.\n", "20%", OPEN + "contain"),
    ("Skyra deal\nPilots will receive a 9% pay rise over two years.\n", "9%", "salary"),
])
def test_a_percent_qualifying_the_word_after_it_measures_that_word(text, written, measure):
    c = value(text, "en", written)
    assert c.frame.measure == measure


@pytest.mark.parametrize("lang,text,written,event", [
    ("fr", "Interdiction à Dorran\nL'interdiction de fumer à Dorran s'appliquera à partir du 1er octobre 2026.\n",
     "1er octobre 2026", "in_force"),
    ("fr", "Réforme à Dorran\nLa réforme, adoptée en mars, entrera en vigueur à compter du 1er juin.\n", "1er juin",
     "in_force"),
    ("en", "Ban in Dorran\nThe Dorran smoking ban will come into force on 1 October 2026.\n", "1 October 2026",
     "in_force"),
    ("en", "Reform in Dorran\nThe reform, adopted in March, takes effect with effect from 1 June.\n", "March", "adopted"),
])
def test_a_date_after_a_compound_preposition_is_dated_by_the_verb_before_it(lang, text, written, event):
    assert value(text, lang, written).attribute == event


@pytest.mark.parametrize("a,b,conflict", [
    ("Valmont gagne\nL'attaquant Sami Benali a ouvert le score à la 34e minute, avant que Théo Morin ne double la "
     "mise à la 81e.\n",
     "Victoire de Valmont\nSami Benali a marqué à la 38e minute, puis Théo Morin a scellé la victoire à la 81e minute.\n",
     True),
    ("Valmont win\nStriker Sami Benali opened the scoring in the 34th minute before Theo Morin added a second in "
     "the 81st.\n",
     "Victoire de Valmont\nL'attaquant Sami Benali a marqué à la 38e minute, puis Theo Morin a scellé la victoire à "
     "la 81e minute.\n", True),
    ("Valmont gagne\nSami Benali a marqué à la 34e minute.\n",
     "Victoire de Valmont\nThéo Morin a marqué à la 38e minute.\n", False),
])
def test_the_minute_of_one_scorer_is_compared_across_articles(tmp_path, a, b, conflict):
    report = run(tmp_path, a, b)
    found = [f for f in report.findings if f.kind == "conflict" and f.attribute == "minute"]
    assert len(found) == (1 if conflict else 0)
    if conflict:
        assert "Benali" in found[0].subject


def test_a_role_noun_after_an_elided_article_leaves_the_name():
    names = names_in("Victoire de Valmont\nL'attaquant Sami Benali a marqué à la 38e minute.\n", "fr")
    assert "Sami Benali" in names and not any("attaquant" in n for n in names)


@pytest.mark.parametrize("text,adjective", [
    ("Valmont win\nSami Benali scored in the 34th minute.\n", False),
    ("Valmont clashes\nOn Monday, Israeli officials said 34 people were hurt.\n", True),
])
def test_a_name_before_a_lowercase_word_is_an_adjective_only_if_a_dictionary_word(text, adjective):
    from factcheck.entities import Entities

    ents = Entities(read_text(text, doc_id="t", lang="en"))
    assert bool(ents.adjectival) is adjective


@pytest.mark.parametrize("lang,text,duration", [
    ("en", "Valmont win\nTheo Morin added a second in the 81st minute.\n", False),
    ("en", "Valmont vote\nThe mayor paused for a second before answering.\n", True),
    ("fr", "Victoire de Valmont\nThéo Morin a marqué une seconde fois à la 81e minute.\n", False),
    ("fr", "Vote à Valmont\nLe maire a hésité pendant une seconde avant de répondre.\n", True),
])
def test_a_second_with_an_article_is_a_duration_only_after_a_preposition_of_time(lang, text, duration):
    found = [c for c in claims_of(text, lang) if c.kind == "duration"]
    assert bool(found) is duration


@pytest.mark.parametrize("lang,text,written,measure", [
    ("fr", "Emploi à Valsora\nLe taux de chômage s'est établi à 7,4 % au troisième trimestre à Valsora.\n", "7,4 %",
     OPEN + "chômage"),
    ("en", "Valsora prices\nThe rate of inflation was 3.1% in Valsora in March.\n", "3.1%", OPEN + "inflation"),
    ("fr", "Valsora\nLa part des femmes atteint 38 % au conseil municipal de Valsora.\n", "38 %", OPEN + "femme"),
])
def test_a_rate_noun_gives_its_complement_as_the_measure(lang, text, written, measure):
    assert value(text, lang, written).frame.measure == measure


@pytest.mark.parametrize("lang,text,written,measure", [
    ("en", "Deal\nLorvik will pay $6.9 billion for Chirp, the two firms said.\n", "$6.9 billion", "fee"),
    ("fr", "Rachat\nLorvik va payer 6,9 milliards de dollars pour Chirp, ont annoncé les deux groupes.\n",
     "6,9 milliards de dollars", "fee"),
    ("en", "Trial\nHale will have to pay a fine of $2.5m, the court said.\n", "$2.5m", "fine"),
])
def test_a_sum_paid_for_something_is_its_price(lang, text, written, measure):
    assert value(text, lang, written).attribute == measure


@pytest.mark.parametrize("lang,text,written,seconds", [
    ("en", "Marathon\nLena Roy won the Valmont marathon in 2:21:40 on Sunday.\n", "2:21:40", 8500),
    ("fr", "Marathon\nLéna Roy a remporté le marathon de Valmont en 2:21:40 dimanche.\n", "2:21:40", 8500),
])
def test_hours_minutes_and_seconds_are_a_duration(lang, text, written, seconds):
    c = value(text, lang, written)
    assert c.kind == "duration" and c.value.point == seconds


def test_two_race_times_in_hms_conflict(tmp_path):
    report = run(tmp_path, "Marathon\nLena Roy won the Valmont marathon in 2:21:40 on Sunday.\n",
                 "Valmont marathon\nLena Roy won the marathon in Valmont on Sunday in 2:21:04.\n")
    assert any(f.kind == "conflict" and f.attribute == "duration" for f in report.findings)


@pytest.mark.parametrize("text,written,anchor", [
    ("Marathon\nLena Roy won the Valmont marathon in 2:21:40 on Sunday.\n", "2:21:40", "Lena Roy"),
    ("Transfer\nAnna Lind joined the Valmont academy in 2004, the club said.\n", "2004", "Anna Lind"),
    ("Football\nAnna Lind has won the Golden Boot three times, the club said.\n", "three", "Golden Boot"),
])
def test_a_name_modifying_a_noun_after_an_article_is_not_the_subject(text, written, anchor):
    assert value(text, "en", written).frame.anchor_text == anchor


def test_a_name_qualifying_a_word_right_before_the_value_is_not_its_subject():
    text = ("Anna Lind joins Valmont\nAnna Lind has signed for Valmont. The two clubs agreed on a fee worth a "
            "Valsora League record 90 million euros.\n")
    c = value(text, "en", "90 million euros")
    assert c.attribute == "fee" and c.frame.anchor_text != "Valsora League"


def test_a_possessive_inside_a_capitalised_run_parts_two_names():
    names = names_in("Tour stage\nFrance's Lucas Vernet won the 12th stage on Thursday, ahead of Belgium's "
                     "Pieter Janssens.\n", "en")
    assert {"Lucas Vernet", "Pieter Janssens"} <= names
    assert not any("'s" in n for n in names)


@pytest.mark.parametrize("text,written,anchor", [
    ("Accident à Valmont\nSon conducteur, 58 ans, a été placé en garde à vue mardi à Valmont.\n", "58 ans", "conducteur"),
    ("Accident à Valmont\nLe chauffeur, 57 ans, a été placé en garde à vue mardi à Valmont.\n", "57 ans", "chauffeur"),
])
def test_an_age_set_off_after_a_noun_is_that_person_s(text, written, anchor):
    c = value(text, "fr", written)
    assert c.kind == "age" and c.frame.anchor_text == anchor


@pytest.mark.parametrize("lang,text,word", [
    ("fr", "Orages à Valmont\nPrès de 150 millimètres de pluie sont tombés sur Valmont.\n", "Près"),
    ("fr", "Orages à Valmont\nEnviron 40 maisons ont été évacuées à Valmont.\n", "Environ"),
    ("en", "Storms in Valmont\nNearly 40 homes were evacuated in Valmont.\n", "Nearly"),
])
def test_a_hedge_opening_a_sentence_is_no_name(lang, text, word):
    assert word not in names_in(text, lang)
    assert "Valmont" in names_in(text, lang)


@pytest.mark.parametrize("lang,text,word", [
    ("en", "Launch\nThe probe left Valmont. \"Within nine minutes we were in orbit,\" said Lena Roy.\n", "Within"),
    ("en", "Launch\nThe probe left Valmont. \u201cIt was perfect,\u201d said Lena Roy.\n", "It"),
    ("fr", "Lancement\nLa sonde a quitté Valmont. \u00abSite idéal pour observer\u00bb, a dit Léa Roy.\n", "Site"),
])
def test_a_word_opening_a_quoted_sentence_is_no_name(lang, text, word):
    assert word not in names_in(text, lang)
    assert "Lena Roy" in names_in(text, lang) or "Léa Roy" in names_in(text, lang)


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Ex-mayor Penwarden jailed\nFormer mayor Aldric Penwarden, 61, was jailed in Valmont.\n", "Penwarden"),
    ("fr", "Ex-maire Penwarden condamné\nL'ancien maire Aldric Penwarden a été condamné à Valmont.\n", "Penwarden"),
])
def test_a_capital_stopword_hyphened_to_a_role_is_peeled_off_a_name(lang, text, name):
    names = names_in(text, lang)
    assert name in names and not any(n.lower().startswith("ex-") for n in names)


def test_a_number_word_opening_a_sentence_is_no_name():
    names = names_in("Accident à Valmont\nQuatorze personnes ont été blessées mardi à Valmont.\n", "fr")
    assert "Quatorze" not in names


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Accident\nLe car s'est couché sur la RD 613 mardi, faisant 14 blessés.\n", "613"),
    ("en", "Crash\nThe lorry overturned on the A7 near Valmont, injuring 14 people.\n", "7"),
    ("en", "Summit\nLeaders of the G20 met in Valmont, where 14 protesters were arrested.\n", "20"),
    ("en", "Launch\nThe Kestrel-9 rocket lifted off from Valmont with 14 satellites aboard.\n", "9"),
    ("fr", "Lancement\nLa fusée Vesta-6 a décollé de Valmont avec 14 satellites à bord.\n", "6"),
])
def test_a_number_after_a_capital_abbreviation_is_part_of_a_name(lang, text, written):
    got = [c for c in claims_of(text, lang) if c.frame is not None]
    assert not any(c.text == written for c in got)
    assert any(c.value.point == 14 for c in got)


@pytest.mark.parametrize("lang,text,written,kind", [
    # "NOUN de N ans": a person's noun (by its ending, or listed) makes it an age
    ("fr", "Accident à Morvigny\nLa conductrice de 58 ans a été hospitalisée.\n", "58 ans", "age"),
    ("fr", "Élection à Morvigny\nLa députée de 41 ans a annoncé sa démission lundi.\n", "41 ans", "age"),
    ("fr", "Marathon de Morvigny\nUn Lyonnais de 52 ans a remporté la course.\n", "52 ans", "age"),
    ("fr", "Transfert\nLe club a signé un contrat de 5 ans avec la ville de Morvigny.\n", "5 ans", "duration"),
    # "condamné à deux ans": a sentence, not an age, even without "de prison"
    ("fr", "Procès à Morvigny\nLe prévenu a été condamné jeudi à deux ans avec sursis.\n", "deux ans", "duration"),
    ("fr", "Décès\nLa chanteuse Léa Morvan est morte à 90 ans à Morvigny.\n", "90 ans", "age"),
    # a full name's age in brackets
    ("en", "Flood\nGovernor Emil Radasch (61) visited Morvigny on Monday.\n", "61", "age"),
    ("en", "Cup\nMorvigny United (3) beat Valmont Rovers on Monday.\n", "3", "count"),
])
def test_ages_written_after_a_person_noun_or_in_brackets(lang, text, written, kind):
    assert value(text, lang, written).kind == kind


@pytest.mark.parametrize("lang,text,written,measure", [
    # a participle between a noun and its sum: the noun is what the sum is of
    ("fr", "Budget\nLa région crée un fonds doté de 90 millions d'euros pour Morvigny.\n", "90 millions d'euros", "fonds"),
    ("fr", "Budget\nLa région crée un fonds de 80 millions d'euros pour Morvigny.\n", "80 millions d'euros", "fonds"),
    # where adjectives come first, the noun right after the sum
    ("en", "Budget\nThe region set up a 80 million euro fund for Morvigny.\n", "80 million euro", "fund"),
])
def test_the_noun_a_sum_is_of(lang, text, written, measure):
    assert value(text, lang, written).frame.measure == OPEN + measure


@pytest.mark.parametrize("lang,text,written,part", [
    ("en", "Heist\nThieves struck the Valmont museum in the early hours of Sunday, 12 October.\n",
     "Sunday, 12 October", "hour"),
    ("fr", "Cambriolage\nLes voleurs ont frappé le musée de Valmont dans la nuit de dimanche 12 octobre.\n",
     "dimanche 12 octobre", "nuit"),
])
def test_a_part_of_the_day_is_not_what_a_date_dates(lang, text, written, part):
    c = value(text, lang, written)
    assert OPEN + part not in (c.frame.event, c.frame.measure)


def test_a_support_verb_after_that_takes_its_own_clauses_subject():
    text = "Trial\nThe court heard that the assault took place on 14 March 2019 in Valmont.\n"
    assert value(text, "en", "14 March 2019").frame.event == OPEN + "assault"


@pytest.mark.parametrize("lang,text,written,point", [
    # below zero: a sign, a minus word
    ("fr", "Gel\nLe thermomètre est descendu à -5 °C à Morvigny.\n", "-5 °C", -5),
    ("fr", "Gel\nIl a fait moins 3 degrés à Morvigny dans la nuit.\n", "moins 3 degrés", -3),
    ("en", "Frost\nTemperatures fell to minus 7 degrees in Morvigny.\n", "minus 7 degrees", -7),
    ("en", "Frost\nTemperatures fell to −7 °C in Morvigny.\n", "−7 °C", -7),
    # units written against the number, in English
    ("en", "Heat\nMorvigny recorded 46.2C on Tuesday, a national record.\n", "46.2C", 46.2),
    # a range of temperatures keeps its dash as a range, not a sign
    ("fr", "Chaleur\nLes températures atteindront 38 °C à Morvigny.\n", "38 °C", 38),
])
def test_temperatures_keep_their_sign_and_their_unit(lang, text, written, point):
    c = value(text, lang, written)
    assert c.kind == "quantity" and c.value.unit == "temperature"
    assert c.value.point == pytest.approx(point)


@pytest.mark.parametrize("lang,text,written,kind", [
    # "an estimated", "un peu plus de": an article opening a hedge is no number of its own
    ("en", "Heist\nThe haul was worth an estimated €23 million, Morvigny police said.\n",
     "an estimated €23 million", "amount"),
    ("en", "Flood\nAn estimated 300 people fled Morvigny on Monday.\n", "An estimated 300", "count"),
    ("fr", "Épidémie\nIl y avait un peu plus de 200 cas à Morvigny la semaine dernière.\n",
     "un peu plus de 200", "count"),
    # a harvest in hectolitres is a volume
    ("fr", "Vendanges\nLa récolte de Morvigny atteint 95 000 hectolitres cette année.\n",
     "95 000 hectolitres", "quantity"),
    # an age after a bracketed team or party
    ("fr", "Cyclisme\nThéo Roy (Valtex), 24 ans, a remporté l'étape de Morvigny.\n", "24 ans", "age"),
    ("en", "Cycling\nLena Roy (Valtex), 24, won the Morvigny stage on Sunday.\n", "24", "age"),
])
def test_values_behind_an_article_a_bracket_or_a_rare_unit(lang, text, written, kind):
    assert value(text, lang, written).kind == kind


@pytest.mark.parametrize("lang,text,current,earlier", [
    ("en", "Storm\nAt least 14 people have died in Morvigny, up from an earlier toll of 11, officials said.\n",
     "At least 14", "11"),
    ("fr", "Tempête\nAu moins 14 personnes sont mortes à Morvigny, selon un bilan qui faisait auparavant état de 11 morts.\n",
     "Au moins 14", "11"),
    ("fr", "Épidémie\nLe précédent bilan, vendredi, faisait état de 51 cas, contre 66 désormais à Morvigny.\n",
     "66", "51"),
])
def test_a_marker_of_an_earlier_figure_dates_the_figure_it_leads_to(lang, text, current, earlier):
    assert value(text, lang, earlier).frame.time == "previous"
    assert value(text, lang, current).frame.time != "previous"


@pytest.mark.parametrize("lang,text,written,noun", [
    ("fr", "Séisme\nUne réplique de magnitude 4,9 a été ressentie à Morvigny.\n", "4,9", "réplique"),
    ("fr", "Séisme\nLa secousse, d'une magnitude de 6,4, a frappé Morvigny.\n", "6,4", "secousse"),
    ("en", "Quake\nAn aftershock of magnitude 4.9 was felt in Morvigny.\n", "4.9", "aftershock"),
    # a verb after the value is not what is measured
    ("en", "Quake\nAn earthquake of magnitude 6.4 struck Morvigny on Tuesday.\n", "6.4", "earthquake"),
])
def test_the_noun_before_a_measures_phrase_is_what_is_measured(lang, text, written, noun):
    assert value(text, lang, written).frame.noun == noun


@pytest.mark.parametrize("lang,text,written,hour", [
    ("fr", "Incendie\nLe feu s'est déclaré peu après 4h10 dans l'usine de Morvigny.\n", "peu après 4h10", 4),
    ("en", "Fire\nThe fire broke out shortly after 5 p.m. at the Morvigny plant.\n", "shortly after 5 p.m.", 17),
    ("fr", "Centrale\nLe réacteur de Morvigny a été arrêté peu après 22 heures.\n", "peu après 22 heures", 22),
])
def test_shortly_after_a_time_is_about_that_time(lang, text, written, hour):
    c = value(text, lang, written)
    assert c.kind == "time" and c.value.hedge == "approx"
    assert int(c.value.point // 60) == hour  # minutes after midnight


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Obuya wins in Varne\nDaniel Obuya of Tessaly won the Varne marathon, ahead of Marek Lindqvist. "
           "The 27-year-old crossed the line first. Obuya said he was happy.\n", "Daniel Obuya"),
])
def test_a_full_name_before_a_link_word_is_a_person(lang, text, name):
    """"Daniel Obuya of Tessaly ... Obuya": the person, then where he is from; "the
    27-year-old" is then the article's subject, not the last person named."""
    names = names_in(text, lang)
    assert name in names and "Tessaly" in names
    assert value(text, lang, "27-year-old").frame.anchor_text == name


def test_a_name_with_a_link_word_and_no_surname_alone_stays_whole():
    text = "Rates\nThe Bank of England raised rates to 5.25% on Thursday, the Bank of England said.\n"
    assert "Bank of England" in names_in(text, "en")


@pytest.mark.parametrize("lang,text,written,measure", [
    ("fr", "Sécheresse\nDepuis le début de l'année, la participation atteint 40 % à Morvigny.\n", "40 %", "turnout"),
    ("en", "Drought\nSince the start of the year, turnout has reached 40% in Morvigny.\n", "40%", "turnout"),
])
def test_a_percents_subject_is_past_a_fronted_phrase(lang, text, written, measure):
    assert value(text, lang, written).frame.measure == measure


@pytest.mark.parametrize("lang,text,written,measure", [
    ("en", "Deal\nValtex offered $38.50 per share, a premium of 27% to Morvigny's closing price.\n", "27%", OPEN + "premium"),
    ("fr", "Rachat\nValtex propose 38,50 euros par action, soit une prime de 27 % sur le dernier cours.\n", "27 %", "bonus"),  # "prime" is the lexicon's bonus
])
def test_a_percent_completing_a_noun_is_of_that_noun(lang, text, written, measure):
    assert value(text, lang, written).frame.measure == measure


@pytest.mark.parametrize("lang,text,written", [
    ("fr", "Élection\nLa liste de Léa Roy obtient 68 sièges sur les 115 du conseil de Morvigny.\n", "68"),
    ("fr", "Élection\nLa liste de Léa Roy obtient 71 sièges sur 115 au conseil de Morvigny.\n", "71"),
])
def test_a_share_of_a_total_past_its_article(lang, text, written):
    assert value(text, lang, written).frame.part


def test_a_demonstrative_pronoun_opening_a_sentence_is_no_name():
    text = "Centrale de Morvigny\nLes travaux ont été votés. Celles-ci coûteront 2,3 milliards d'euros à Morvigny.\n"
    assert "Celles-ci" not in names_in(text, "fr")


def test_a_compound_power_unit_is_a_power():
    c = value("Plant\nThe 900-megawatt reactor at Morvigny shut down on Monday.\n", "en", "900-megawatt")
    assert c.kind == "quantity" and c.value.unit == "power"


@pytest.mark.parametrize("lang,text,written,event", [
    ("fr", "Procès\nLe procès a débuté lundi 3 mars à Morvigny.\n", "lundi 3 mars", "trial"),
    ("fr", "Entreprise\nLa société a démarré en 1998 dans un garage de Morvigny.\n", "1998", "founded"),
])
def test_a_beginning_verb_dates_its_subjects_event(lang, text, written, event):
    assert value(text, lang, written).frame.event == event


@pytest.mark.parametrize("lang,text,written,said", [
    ("en", "Cyclone\nThe cyclone made landfall on the island of Morvigny at about 3am, officials said.\n", "about 3am", False),
    ("fr", "Déclaration\nSamedi, Léa Roy a déclaré que Morvigny resterait fermée.\n", "Samedi", True),
])
def test_an_attribution_closing_the_sentence_does_not_date_what_it_reports(lang, text, written, said):
    assert (value(text, lang, written).frame.event == "said") == said
