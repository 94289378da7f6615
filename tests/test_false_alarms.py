"""False alarms: two articles whose figures look alike but are not one fact.

Each class is tested in French and in English through the whole pipeline, asserting no
conflict; each has a companion in the same shape where a real disagreement must be
found, so that every test can fail both ways. All texts are invented.
"""
from __future__ import annotations

import pytest

from articles import check_texts as run

AGENCIES = ("afp", "reuters")


def conflicts(report, attribute: str | None = None) -> list:
    return [f for f in report.findings if f.kind == "conflict" and (attribute is None or f.attribute == attribute)]


def agreements(report, attribute: str) -> list:
    return [f for f in report.findings if f.kind == "agreement" and f.attribute == attribute]


def texts_of(report, finding) -> set[str]:
    index = report.claim_index()
    return {index[i].text for i in finding.claims}


def claim(report, text: str, doc: str):
    found = [c for c in report.claims if c.text == text and c.document.endswith(doc)]
    assert found, f"no claim {text!r} in {doc}"
    return found[0]


# ---------------------------------------------------------------------------
# 1. A subset (the last bodies found) compared with the total toll.

MINE_FR = ("Effondrement d'une mine à Valmont : {n} morts\n"
           "L'effondrement d'une galerie de la mine de Valmont a fait {n} morts mardi. "
           "Les secours ont travaillé toute la nuit pour dégager les victimes.\n")
MINE_FR_LAST = ("Mine de Valmont : fin des recherches\n"
                "Les secours ont achevé mercredi les recherches dans la mine de Valmont. "
                "Les trois derniers corps ont été remontés à l'aube, a indiqué la préfecture.\n")
MINE_EN = ("Mine collapse in Valmont kills {n}\n"
           "The collapse of a gallery at the Valmont mine killed {n} people on Tuesday. "
           "Rescuers worked through the night to reach the victims.\n")
MINE_EN_LAST = ("Valmont mine search ends\n"
                "Rescuers ended their search of the Valmont mine on Wednesday. "
                "The last three bodies were brought to the surface at dawn, the prefecture said.\n")


def test_fr_last_bodies_found_are_not_the_toll(tmp_path):
    report = run(tmp_path, MINE_FR.format(n=12), MINE_FR_LAST)
    assert conflicts(report, "deaths") == []


def test_en_last_bodies_found_are_not_the_toll(tmp_path):
    report = run(tmp_path, MINE_EN.format(n=12), MINE_EN_LAST)
    assert conflicts(report, "deaths") == []


def test_fr_two_tolls_of_the_mine_collapse_conflict(tmp_path):
    report = run(tmp_path, MINE_FR.format(n=12), MINE_FR.format(n=14))
    (found,) = conflicts(report, "deaths")
    assert texts_of(report, found) == {"12", "14"}


def test_en_two_tolls_of_the_mine_collapse_conflict(tmp_path):
    report = run(tmp_path, MINE_EN.format(n=12), MINE_EN.format(n=14))
    (found,) = conflicts(report, "deaths")
    assert texts_of(report, found) == {"12", "14"}


# ---------------------------------------------------------------------------
# 2. People rescued compared with people aboard.

FERRY_FR = ("Un ferry s'échoue près de l'île de Brenn\n"
            "Le ferry Aurore, qui transportait {n} passagers, s'est échoué jeudi soir près de l'île de Brenn. "
            "Aucun blessé n'est à déplorer.\n")
FERRY_FR_RESCUED = ("Ferry échoué : 180 passagers secourus\n"
                    "Cent quatre-vingts passagers du ferry Aurore ont été secourus dans la nuit, "
                    "près de l'île de Brenn. Les autres attendent à bord que la mer se calme.\n")
FERRY_EN = ("Ferry runs aground off Brenn island\n"
            "The ferry Aurore, which was carrying {n} passengers, ran aground off Brenn island on Thursday "
            "evening. No one was hurt.\n")
FERRY_EN_RESCUED = ("Ferry aground: 180 passengers rescued\n"
                    "A total of 180 passengers from the ferry Aurore were rescued overnight off Brenn island. "
                    "The others are waiting on board for the sea to calm down.\n")


def test_fr_passengers_rescued_are_not_passengers_aboard(tmp_path):
    report = run(tmp_path, FERRY_FR.format(n=240), FERRY_FR_RESCUED)
    assert conflicts(report) == []


def test_en_passengers_rescued_are_not_passengers_aboard(tmp_path):
    report = run(tmp_path, FERRY_EN.format(n=240), FERRY_EN_RESCUED)
    assert conflicts(report) == []


def test_fr_two_counts_of_passengers_aboard_conflict(tmp_path):
    report = run(tmp_path, FERRY_FR.format(n=240), FERRY_FR.format(n=260))
    (found,) = conflicts(report, "aboard")
    assert texts_of(report, found) == {"240", "260"}


def test_en_two_counts_of_passengers_aboard_conflict(tmp_path):
    report = run(tmp_path, FERRY_EN.format(n=240), FERRY_EN.format(n=260))
    (found,) = conflicts(report, "aboard")
    assert texts_of(report, found) == {"240", "260"}


# ---------------------------------------------------------------------------
# 3. Two different sums about one company: a loss on a sale, the size of a portfolio.

SALE_FR = ("Veltane cède Domaris à perte\n"
           "Le groupe Veltane a vendu mardi sa filiale Domaris au fonds Kestrel. "
           "Veltane enregistre une perte de {m} millions d'euros sur cette vente.\n")
PORTFOLIO_FR = ("Veltane se sépare de Domaris\n"
                "Le groupe Veltane, qui gère un portefeuille de 300 millions d'euros, "
                "a cédé mardi Domaris au fonds Kestrel.\n")
SALE_EN = ("Veltane sells Domaris at a loss\n"
           "The Veltane group sold its subsidiary Domaris to the Kestrel fund on Tuesday. "
           "Veltane booked a {m} million euro loss on the sale.\n")
PORTFOLIO_EN = ("Veltane parts with Domaris\n"
                "The Veltane group, which manages a 300 million euro portfolio, "
                "sold Domaris to the Kestrel fund on Tuesday.\n")


def test_fr_a_loss_on_a_sale_is_not_the_size_of_a_portfolio(tmp_path):
    report = run(tmp_path, SALE_FR.format(m=45), PORTFOLIO_FR)
    assert conflicts(report) == []
    assert not any({"45 millions d'euros", "300 millions d'euros"} <= texts_of(report, f) for f in report.findings)


def test_en_a_loss_on_a_sale_is_not_the_size_of_a_portfolio(tmp_path):
    report = run(tmp_path, SALE_EN.format(m=45), PORTFOLIO_EN)
    assert conflicts(report) == []
    assert not any({"45 million euro", "300 million euro"} <= texts_of(report, f) for f in report.findings)


def test_fr_two_losses_on_the_same_sale_conflict(tmp_path):
    report = run(tmp_path, SALE_FR.format(m=45), SALE_FR.format(m=60))
    (found,) = conflicts(report, "loss")
    assert texts_of(report, found) == {"45 millions d'euros", "60 millions d'euros"}


def test_en_two_losses_on_the_same_sale_conflict(tmp_path):
    report = run(tmp_path, SALE_EN.format(m=45), SALE_EN.format(m=60))
    (found,) = conflicts(report, "loss")
    assert texts_of(report, found) == {"45 million euro", "60 million euro"}


# ---------------------------------------------------------------------------
# 4. A news agency is not the subject of a toll: the toll is the event's.

FIRE_FR = ("Incendie meurtrier à l'usine Corvex de Valmont\n"
           "Un incendie a ravagé dans la nuit l'usine chimique Corvex de Valmont. "
           "Selon l'AFP, le sinistre a fait {n} morts.\n")
FIRE_FR_REUTERS = ("Valmont : l'usine Corvex ravagée par les flammes\n"
                   "L'usine chimique Corvex de Valmont a été ravagée par un incendie dans la nuit. "
                   "L'agence Reuters rapporte que {n} personnes sont mortes dans l'incendie.\n")
FIRE_FR_TALLY = ("Valmont : l'usine Corvex ravagée par les flammes\n"
                 "L'usine chimique Corvex de Valmont a été ravagée par un incendie dans la nuit. "
                 "Selon un décompte de l'AFP, 40 personnes sont mortes dans des incendies d'usine "
                 "en France depuis janvier.\n")
FIRE_EN = ("Deadly fire at Corvex plant in Valmont\n"
           "A fire tore through the Corvex chemical plant in Valmont overnight. "
           "AFP reported that {n} people died in the blaze.\n")
FIRE_EN_REUTERS = ("Valmont: Corvex plant gutted by fire\n"
                   "The Corvex chemical plant in Valmont was gutted by fire overnight. "
                   "According to Reuters, the blaze killed {n} people.\n")
FIRE_EN_TALLY = ("Valmont: Corvex plant gutted by fire\n"
                 "The Corvex chemical plant in Valmont was gutted by fire overnight. "
                 "According to an AFP tally, 40 people have died in factory fires in France since January.\n")


def _no_agency_holds_the_toll(report) -> None:
    for c in report.claims:
        if c.attribute == "deaths":
            f = c.frame
            assert (f.anchor_text or "").lower() not in AGENCIES, (c.text, f.anchor_text)
            assert (f.place_text or "").lower() not in AGENCIES, (c.text, f.place_text)
    for f in report.findings:
        if f.attribute == "deaths":
            assert f.subject.lower() not in AGENCIES, f.message


def test_fr_tolls_quoted_from_two_agencies_agree_about_the_fire(tmp_path):
    report = run(tmp_path, FIRE_FR.format(n=14), FIRE_FR_REUTERS.format(n=14))
    assert conflicts(report, "deaths") == []
    assert len(agreements(report, "deaths")) == 1
    _no_agency_holds_the_toll(report)


def test_en_tolls_quoted_from_two_agencies_agree_about_the_fire(tmp_path):
    report = run(tmp_path, FIRE_EN.format(n=14), FIRE_EN_REUTERS.format(n=14))
    assert conflicts(report, "deaths") == []
    assert len(agreements(report, "deaths")) == 1
    _no_agency_holds_the_toll(report)


def test_fr_an_agency_tally_of_other_fires_is_not_the_toll(tmp_path):
    report = run(tmp_path, FIRE_FR.format(n=14), FIRE_FR_TALLY)
    assert conflicts(report, "deaths") == []
    _no_agency_holds_the_toll(report)


def test_en_an_agency_tally_of_other_fires_is_not_the_toll(tmp_path):
    report = run(tmp_path, FIRE_EN.format(n=14), FIRE_EN_TALLY)
    assert conflicts(report, "deaths") == []
    _no_agency_holds_the_toll(report)


def test_fr_tolls_quoted_from_two_agencies_conflict_about_the_fire(tmp_path):
    report = run(tmp_path, FIRE_FR.format(n=14), FIRE_FR_REUTERS.format(n=16))
    (found,) = conflicts(report, "deaths")
    assert texts_of(report, found) == {"14", "16"}
    _no_agency_holds_the_toll(report)


def test_en_tolls_quoted_from_two_agencies_conflict_about_the_fire(tmp_path):
    report = run(tmp_path, FIRE_EN.format(n=14), FIRE_EN_REUTERS.format(n=16))
    (found,) = conflicts(report, "deaths")
    assert texts_of(report, found) == {"14", "16"}
    _no_agency_holds_the_toll(report)


# ---------------------------------------------------------------------------
# 5. An unrelated organisation's founding year against the story's.

CORVEX_FR = ("Corvex supprime 80 postes à Valmont\n"
             "Le fabricant de peintures Corvex, fondé en {y} à Valmont, va supprimer 80 postes. "
             "La direction invoque la hausse du prix des matières premières.\n")
HALDEN_FR = ("Plan social chez Corvex\n"
             "Corvex va supprimer 80 emplois dans son usine de Valmont. L'entreprise appartient depuis 2015 "
             "au groupe Halden, fondé en 1962 par l'industriel Marc Halden.\n")
CORVEX_EN = ("Corvex to cut 80 jobs in Valmont\n"
             "Paint maker Corvex, founded in {y} in Valmont, will cut 80 jobs. "
             "Management blamed rising raw material prices.\n")
HALDEN_EN = ("Job cuts at Corvex\n"
             "Corvex will cut 80 jobs at its Valmont plant. The company has been owned since 2015 by the "
             "Halden group, which was founded in 1962 by the industrialist Mark Halden.\n")


def test_fr_the_owner_founding_year_is_not_the_company_founding_year(tmp_path):
    report = run(tmp_path, CORVEX_FR.format(y=1987), HALDEN_FR)
    assert conflicts(report, "founded") == []
    assert agreements(report, "jobs")  # the story itself is aligned


def test_en_the_owner_founding_year_is_not_the_company_founding_year(tmp_path):
    report = run(tmp_path, CORVEX_EN.format(y=1987), HALDEN_EN)
    assert conflicts(report, "founded") == []
    assert agreements(report, "jobs")


def test_fr_two_founding_years_of_the_company_conflict(tmp_path):
    report = run(tmp_path, CORVEX_FR.format(y=1987), CORVEX_FR.format(y=1989))
    (found,) = conflicts(report, "founded")
    assert texts_of(report, found) == {"1987", "1989"} and found.subject == "Corvex"


def test_en_two_founding_years_of_the_company_conflict(tmp_path):
    report = run(tmp_path, CORVEX_EN.format(y=1987), CORVEX_EN.format(y=1989))
    (found,) = conflicts(report, "founded")
    assert texts_of(report, found) == {"1987", "1989"} and found.subject == "Corvex"


# ---------------------------------------------------------------------------
# 6. A bare weekday does not confirm a full date.

ARREST_FR = ("Valmont : la trésorière du club arrêtée\n"
             "Anna Lind, trésorière du club de rugby de Valmont, a été arrêtée {day}. "
             "Elle est soupçonnée d'avoir détourné des fonds du club.\n")
ARREST_FR_DATE = ("Détournement au club de Valmont\n"
                  "Anna Lind a été arrêtée le 12 mars 2024 à son domicile. "
                  "La trésorière du club de rugby de Valmont est soupçonnée de détournement.\n")
ARREST_EN = ("Valmont club treasurer arrested\n"
             "Anna Lind, treasurer of the Valmont rugby club, was arrested on {day}. "
             "She is suspected of embezzling club funds.\n")
ARREST_EN_DATE = ("Embezzlement at Valmont rugby club\n"
                  "Anna Lind was arrested at her home on 12 March 2024. "
                  "The treasurer of the Valmont rugby club is suspected of embezzlement.\n")


def _no_agreement_on_a_date(report) -> None:
    index = report.claim_index()
    for f in report.findings:
        if f.kind == "agreement":
            assert not any(index[i].kind == "date" for i in f.claims), f.message


def test_fr_a_bare_weekday_does_not_agree_with_a_date(tmp_path):
    # 12 March 2024 was a Tuesday ("mardi"), yet a weekday alone confirms nothing.
    report = run(tmp_path, ARREST_FR.format(day="mardi"), ARREST_FR_DATE)
    assert conflicts(report) == []
    _no_agreement_on_a_date(report)


def test_en_a_bare_weekday_does_not_agree_with_a_date(tmp_path):
    report = run(tmp_path, ARREST_EN.format(day="Tuesday"), ARREST_EN_DATE)
    assert conflicts(report) == []
    _no_agreement_on_a_date(report)


@pytest.mark.parametrize("template,day,dated", [
    (ARREST_FR, "mardi", ARREST_FR_DATE),
    (ARREST_EN, "Tuesday", ARREST_EN_DATE),
])
def test_weekdays_agree_with_each_other_beside_a_date(tmp_path, template, day, dated):
    """Two articles say "Tuesday", a third the full date: the weekdays confirm each other
    (the date is not counted in their agreement)."""
    report = run(tmp_path, template.format(day=day), template.format(day=day), dated)
    assert conflicts(report) == []
    index = report.claim_index()
    dated_agreements = [f for f in report.findings if f.kind == "agreement"
                        and any(index[i].kind == "date" for i in f.claims)]
    (found,) = dated_agreements
    assert {index[i].text for i in found.claims} == {day}
    assert len({index[i].document for i in found.claims}) == 2


def test_fr_a_weekday_that_is_not_the_date_conflicts(tmp_path):
    report = run(tmp_path, ARREST_FR.format(day="mercredi"), ARREST_FR_DATE)
    (found,) = conflicts(report, "arrested")
    assert texts_of(report, found) == {"mercredi", "12 mars 2024"}


def test_en_a_weekday_that_is_not_the_date_conflicts(tmp_path):
    report = run(tmp_path, ARREST_EN.format(day="Wednesday"), ARREST_EN_DATE)
    (found,) = conflicts(report, "arrested")
    assert texts_of(report, found) == {"Wednesday", "12 March 2024"}


# ---------------------------------------------------------------------------
# 7. An age attached to the wrong person.

PRIZE_FR = ("Valmont : le prix Orvance remis à Léa Morin\n"
            "Le maire de Valmont, Paul Ricard, {age} ans, a remis samedi le prix Orvance à la romancière "
            "Léa Morin. Le jury a salué un premier roman très maîtrisé.\n")
PRIZE_FR_WINNER = ("La romancière Léa Morin distinguée à Valmont\n"
                   "Âgée de 34 ans, la lauréate a reçu le prix Orvance des mains de Paul Ricard, maire de Valmont. "
                   "Son premier roman s'est vendu à 20 000 exemplaires.\n")
PRIZE_EN = ("Valmont: Orvance prize goes to Lea Morin\n"
            "The {age}-year-old mayor of Valmont, Paul Ricard, presented the Orvance prize to the novelist "
            "Lea Morin on Saturday. The jury praised a very assured first novel.\n")
PRIZE_EN_WINNER = ("Novelist Lea Morin honoured in Valmont\n"
                   "The prize was presented by Paul Ricard, the mayor of Valmont, to a 34-year-old novelist, "
                   "Lea Morin. Her first novel has sold 20,000 copies.\n")


def test_fr_the_winner_age_is_not_the_mayor_age(tmp_path):
    report = run(tmp_path, PRIZE_FR.format(age=61), PRIZE_FR_WINNER)
    assert conflicts(report, "age") == []
    assert "Ricard" not in (claim(report, "34 ans", "b.txt").frame.anchor_text or "")


def test_en_the_winner_age_is_not_the_mayor_age(tmp_path):
    report = run(tmp_path, PRIZE_EN.format(age=61), PRIZE_EN_WINNER)
    assert conflicts(report, "age") == []
    assert "Ricard" not in (claim(report, "34-year-old", "b.txt").frame.anchor_text or "")


def test_fr_two_ages_of_the_mayor_conflict(tmp_path):
    report = run(tmp_path, PRIZE_FR.format(age=61), PRIZE_FR.format(age=63))
    (found,) = conflicts(report, "age")
    assert texts_of(report, found) == {"61 ans", "63 ans"} and "Ricard" in found.subject


def test_en_two_ages_of_the_mayor_conflict(tmp_path):
    report = run(tmp_path, PRIZE_EN.format(age=61), PRIZE_EN.format(age=63))
    (found,) = conflicts(report, "age")
    assert texts_of(report, found) == {"61-year-old", "63-year-old"} and "Ricard" in found.subject


# ---------------------------------------------------------------------------
# 8. Two different pairs of things counted as one fact.

SKIS_FR = ("Cambriolage dans un magasin de sport à Valmont\n"
           "Des cambrioleurs ont pénétré dans la nuit dans le magasin Altisport de Valmont. "
           "Ils ont emporté {n} paires de skis, selon le gérant.\n")
BOOTS_FR = ("Valmont : le magasin Altisport cambriolé\n"
            "Le magasin Altisport de Valmont a été cambriolé dans la nuit. "
            "Les voleurs ont emporté 25 paires de chaussures de randonnée, a indiqué la gendarmerie.\n")
SKIS_EN = ("Sports shop burgled in Valmont\n"
           "Burglars broke into the Altisport shop in Valmont overnight. "
           "They took {n} pairs of skis, the manager said.\n")
BOOTS_EN = ("Valmont: Altisport shop burgled\n"
            "The Altisport shop in Valmont was burgled overnight. "
            "The thieves took 25 pairs of hiking boots, police said.\n")


def test_fr_pairs_of_skis_are_not_pairs_of_boots(tmp_path):
    report = run(tmp_path, SKIS_FR.format(n=40), BOOTS_FR)
    assert conflicts(report) == []


def test_en_pairs_of_skis_are_not_pairs_of_boots(tmp_path):
    report = run(tmp_path, SKIS_EN.format(n=40), BOOTS_EN)
    assert conflicts(report) == []


def test_fr_two_counts_of_stolen_skis_conflict(tmp_path):
    report = run(tmp_path, SKIS_FR.format(n=40), SKIS_FR.format(n=45))
    (found,) = conflicts(report)
    assert texts_of(report, found) == {"40", "45"}


def test_en_two_counts_of_stolen_skis_conflict(tmp_path):
    report = run(tmp_path, SKIS_EN.format(n=40), SKIS_EN.format(n=45))
    (found,) = conflicts(report)
    assert texts_of(report, found) == {"40", "45"}


# ---------------------------------------------------------------------------
# A measure with no unit ("magnitude 6.8") stated to one decimal in both sources is
# compared as written: the rounding slack is for values converted between two units.

QUAKE_FR = ("Séisme dans la vallée de l'Orvain\n"
            "Un séisme de magnitude {m} a frappé la vallée de l'Orvain lundi matin, selon l'institut de géophysique.\n")
QUAKE_EN = ("Earthquake hits Orvain valley\n"
            "A magnitude {m} earthquake struck the Orvain valley on Monday morning, the geophysics institute said.\n")
ROAD_EN = ("Storm closes the coast road\n"
           "The storm closed {d} of the coast road near Orvain on Monday, the county said.\n")


@pytest.mark.parametrize("text", [QUAKE_FR, QUAKE_EN])
def test_magnitudes_a_tenth_apart_conflict(tmp_path, text):
    report = run(tmp_path, text.format(m="6,1" if text is QUAKE_FR else "6.1"),
                 text.format(m="6,2" if text is QUAKE_FR else "6.2"))
    (found,) = conflicts(report, "magnitude")
    assert agreements(report, "magnitude") == []
    assert len(found.claims) == 2


@pytest.mark.parametrize("text", [QUAKE_FR, QUAKE_EN])
def test_one_magnitude_in_both_agrees(tmp_path, text):
    m = "6,1" if text is QUAKE_FR else "6.1"
    report = run(tmp_path, text.format(m=m), text.format(m=m))
    assert conflicts(report) == [] and len(agreements(report, "magnitude")) == 1


def test_a_length_converted_by_its_writer_still_agrees(tmp_path):
    report = run(tmp_path, ROAD_EN.format(d="50 miles"), ROAD_EN.format(d="80 km"))
    assert conflicts(report) == [] and len(agreements(report, "length")) == 1


@pytest.mark.parametrize("a,b", [
    # one unit written two ways is no conversion: 41 and 42 km differ
    ("Le tramway de Valmorel\nLa future ligne de tramway de Valmorel, longue de 42 kilomètres, desservira 35 stations.\n",
     "Valmorel : le tramway\nLa métropole de Valmorel a présenté sa future ligne de tramway de 41 km, qui comptera 35 stations.\n"),
    ("Valmorel tramway\nThe new Valmorel tram line, 42 kilometres long, will serve 35 stops.\n",
     "Valmorel tram\nValmorel unveiled its new 41 km tram line, which will have 35 stops.\n"),
])
def test_a_length_written_in_km_and_in_kilometres_is_compared_as_written(tmp_path, a, b):
    report = run(tmp_path, a, b)
    found = [f for f in report.findings if f.kind == "conflict" and f.attribute == "length"]
    assert len(found) == 1


def test_a_bare_length_is_no_fact_when_the_story_names_two_lengths(tmp_path):
    """"A 45-metre shaft" is some length; with a length and a depth named in the story,
    it is compared with neither."""
    a = "Valmorel tunnel\nThe Valmorel tunnel is 12 km long and lies 40 metres deep, the builder said.\n"
    b = "Valmorel tunnel works\nWorkers on the Valmorel tunnel have dug a 45-metre shaft, the builder said.\n"
    report = run(tmp_path, a, b)
    assert [f for f in report.findings if f.kind == "conflict"] == []


@pytest.mark.parametrize("a,b", [
    ("Procès Verdier : quatre ans de prison requis\nLe parquet a requis mardi quatre ans de prison contre Marc "
     "Olivari, propriétaire de l'immeuble.\n",
     "Procès Verdier : le parquet requiert cinq ans\nCinq ans de prison ont été requis mardi contre Marc Olivari, "
     "propriétaire de l'immeuble.\n"),
    ("Verdier trial: four years in prison sought\nProsecutors on Tuesday sought four years in prison for the "
     "landlord, Marc Olivari.\n",
     "Verdier trial: five years in prison sought\nProsecutors on Tuesday sought five years in prison for the "
     "landlord, Marc Olivari.\n"),
])
def test_a_disagreement_restated_by_headline_and_body_is_one_conflict(tmp_path, a, b):
    report = run(tmp_path, a, b)
    found = conflicts(report)
    assert len(found) == 1
    assert len(found[0].claims) >= 3  # the headlines' figures and the bodies'


@pytest.mark.parametrize("a,b", [
    ("Chirp sold\nChirp, the messaging app, has 310 million monthly users and employs 1,800 people.\n",
     "Chirp deal\nThe messaging service Chirp counts 290 million users a month and has a staff of 1,800.\n"),
    ("Incendie à Valsora\nLe feu a détruit 45 ateliers dans la nuit, a indiqué la mairie de Valsora.\n",
     "Valsora : nuit d'incendie\nQuelque 52 ateliers sont partis en fumée à Valsora, selon la mairie.\n"),
])
def test_one_counted_noun_with_two_figures_conflicts(tmp_path, a, b):
    report = run(tmp_path, a, b)
    assert len(conflicts(report)) == 1


# ---------------------------------------------------------------------------
# A date written without its year says nothing about a year.

STADIUM = {
    "fr": ("Le nouveau stade de Valmont inauguré\n"
           "Le nouveau stade de Valmont a été inauguré {when}, en présence du maire.\n"),
    "en": ("Valmont's new stadium opens\n"
           "Valmont's new stadium was inaugurated {when}, in the presence of the mayor.\n"),
}
WHEN = {"fr": ("samedi 8 juin", "en 1935", "le 8 juin 1937"),
        "en": ("on Saturday, June 8", "in 1935", "on June 8, 1937")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_date_without_a_year_neither_agrees_nor_conflicts_with_a_year(tmp_path, lang):
    no_year, year, other_year = WHEN[lang]
    report = run(tmp_path, STADIUM[lang].format(when=no_year), STADIUM[lang].format(when=year))
    shared = [f for f in report.findings if f.kind in ("agreement", "conflict")
              and {"8", "1935"} & {w.strip(",") for t in texts_of(report, f) for w in t.split()}]
    assert shared == [], [f.message for f in shared]
    dated = run(tmp_path, STADIUM[lang].format(when=other_year), STADIUM[lang].format(when=year))
    assert conflicts(dated), "a date with its year still conflicts with another year"


# ---------------------------------------------------------------------------
# Two approximations agree when each falls within the other's range, not when their
# ranges merely touch.

CUTS = {
    "en": "Valtex cuts jobs\nValtex will cut {n} of its staff in Valmont, the company said on Monday.\n",
    "fr": "Valtex supprime des postes\nValtex va supprimer {n} de ses effectifs à Valmont, a annoncé lundi l'entreprise.\n",
}
SHARES = {"en": ("roughly 12%", "about 13 percent", "about 12.4%"),
          "fr": ("environ 12 %", "près de 13 %", "environ 12,4 %")}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_neighbouring_approximations_are_not_one_figure(tmp_path, lang):
    twelve, thirteen, close_by = SHARES[lang]
    report = run(tmp_path, CUTS[lang].format(n=twelve), CUTS[lang].format(n=thirteen))
    assert conflicts(report), "about 12 % against about 13 %: a whole rounding step apart, two figures"
    close = run(tmp_path, CUTS[lang].format(n=twelve), CUTS[lang].format(n=close_by))
    assert not conflicts(close), "about 12 % and about 12.4 % may be one figure"


# ---------------------------------------------------------------------------
# A sum qualifying a noun ("the $3.1 billion mission") is blocked with the one lexicon
# measure whose sentences in another article use that noun ("the mission, which cost").

MISSION = {
    "en": ("Probe reaches Valdor\nThe Meridian mission, which cost $2.8 billion, reached Valdor on Tuesday.\n",
           "Meridian in orbit\nThe $3.1 billion mission slipped into orbit around Valdor on Tuesday.\n",
           "Meridian in orbit\nThe agency won a $3.1 billion grant as the probe reached Valdor on Tuesday.\n"),
}


def test_a_sum_qualifying_a_noun_meets_the_measure_said_of_that_noun(tmp_path):
    cost, mission, grant = MISSION["en"]
    report = run(tmp_path, cost, mission)
    assert [f for f in conflicts(report) if "2,800,000,000" in f.message and "3,100,000,000" in f.message]
    other = run(tmp_path, cost, grant)
    assert not [f for f in conflicts(other) if "3,100,000,000" in f.message], "a grant is not the mission's cost"


# ---------------------------------------------------------------------------
# A support verb's subject names the event surely ("le séisme s'est produit le 14
# octobre", "the earthquake occurred on 14 October"): its date and time align.

QUAKE = {
    "fr": "Séisme à Valdor\nLe séisme s'est produit le 14 octobre à {t}, selon l'institut de Valdor.\n",
    "en": "Quake in Valdor\nThe earthquake occurred on 14 October at {t}, the Valdor institute said.\n",
}
TIMES = {"fr": ("3h42", "3h47"), "en": ("3:42 a.m.", "3:47 a.m.")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_time_of_an_event_named_by_a_support_verbs_subject_is_compared(tmp_path, lang):
    early, late = TIMES[lang]
    report = run(tmp_path, QUAKE[lang].format(t=early), QUAKE[lang].format(t=late))
    assert [f for f in conflicts(report) if {early, late} <= texts_of(report, f)], \
        [f.message for f in report.findings]
    same = run(tmp_path, QUAKE[lang].format(t=early), QUAKE[lang].format(t=early))
    assert not conflicts(same)


# ---------------------------------------------------------------------------
# The noun a measure's phrase follows is what is measured: an aftershock's magnitude is
# not the main shock's.

SHOCKS = {
    "fr": ("Séisme à Valdor\nUn séisme de magnitude 6,4 a frappé mardi la province de Varnésie. "
           "Une réplique de magnitude 4,9 a été ressentie deux heures plus tard à Dormak.\n",
           "Séisme à Valdor\nLa secousse, d'une magnitude de {m}, a semé la panique à Dormak.\n"),
    "en": ("Quake hits Valdor\nAn earthquake of magnitude 6.4 struck the province of Varnesia on Tuesday. "
           "An aftershock of magnitude 4.9 was felt two hours later in Dormak.\n",
           "Quake hits Valdor\nThe tremor, of magnitude {m}, caused panic in Dormak.\n"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_aftershocks_magnitude_is_not_the_main_shocks(tmp_path, lang):
    first, other = SHOCKS[lang]
    same = "6,4" if lang == "fr" else "6.4"
    report = run(tmp_path, first, other.format(m=same))
    assert not conflicts(report, "magnitude"), [f.message for f in conflicts(report)]
    stronger = run(tmp_path, first, other.format(m="6,6" if lang == "fr" else "6.6"))
    assert not [f for f in conflicts(stronger, "magnitude") if "4.9" in f.message], "the aftershock pairs with nothing"


# ---------------------------------------------------------------------------
# Seats are not votes, and where an article tells a figure apart by party, a figure of no
# party in particular is not another party's.

ELECTION = {
    "en": ("Valdor election\nThe Alliance took 41.6 percent of votes cast and 58 of the 120 seats. "
           "The Green Left won 11 seats, and the Liberal Party won 6 seats.\n",
           "Valdor election\nThe Alliance took 41.6 percent of votes cast and 58 of the 120 seats. "
           "Coalition talks with the Liberal Party, which won 6 seats, start next week.\n"),
}


def test_seats_are_not_votes_and_parties_are_told_apart(tmp_path):
    first, second = ELECTION["en"]
    report = run(tmp_path, first, second)
    assert not [c for c in report.claims if c.text == "58" and c.attribute == "votes"]
    assert not conflicts(report), [f.message for f in conflicts(report)]


# ---------------------------------------------------------------------------
# A year an ordinal part qualifies ("the third quarter of 2026") is that part of it.

@pytest.mark.parametrize("lang,text,parts", [
    ("en", "Valtex merger\nThe Valtex deal is expected to close in the {} quarter of 2026, the banks said.\n",
     ("third", "fourth")),
    ("fr", "Fusion de Valtex\nL'opération Valtex devrait être finalisée au {} trimestre 2026, selon les banques.\n",
     ("troisième", "quatrième")),
])
def test_two_quarters_of_one_year_do_not_agree(tmp_path, lang, text, parts):
    report = run(tmp_path, text.format(parts[0]), text.format(parts[1]))
    assert not [f for f in report.findings if f.kind == "agreement" and "2026" in str(f.values)]
    same = run(tmp_path, text.format(parts[0]), text.format(parts[0]))
    assert [f for f in same.findings if f.kind == "agreement" and "2026" in str(f.values)]


# ---------------------------------------------------------------------------
# A group counted for itself ("120 sapeurs-pompiers mobilisés") is as sure a measure as
# a lexicon noun: two articles' numbers of firefighters are compared.

FIRE = {
    "fr": ("Incendie à Valmont\nQuelque {n} sapeurs-pompiers ont été mobilisés pour combattre les flammes à Valmont.\n",
           "Incendie à Valmont\nEnviron {m} pompiers venus de tout le département ont lutté contre le feu à Valmont.\n"),
    "en": ("Fire in Valmont\nSome {n} firefighters were deployed to fight the blaze in Valmont.\n",
           "Fire in Valmont\nAbout {m} firemen from across the county battled the fire in Valmont.\n"),
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_two_articles_numbers_of_firefighters_are_compared(tmp_path, lang):
    first, second = FIRE[lang]
    report = run(tmp_path, first.format(n=120), second.format(m=150))
    assert [f for f in conflicts(report) if f.attribute == "firefighters"], [f.message for f in report.findings]
    same = run(tmp_path, first.format(n=120), second.format(m=120))
    assert not conflicts(same)

