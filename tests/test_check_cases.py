"""End-to-end cases written for the check: agree, disagree, hedges, names, one source."""
from __future__ import annotations

import pytest

from articles import check_texts


def run(tmp_path, *texts: str):
    return check_texts(tmp_path, *texts, prefix="src_")


def kinds(report, attribute: str) -> list[str]:
    return [f.kind for f in report.findings if f.attribute == attribute]


def test_same_toll_in_digits_and_words_agrees(tmp_path):
    report = run(tmp_path, "Les avalanches ont fait sept morts dans le massif.\n",
                 "Les avalanches ont fait 7 morts dans le massif.\n")
    assert kinds(report, "deaths") == ["agreement"]


def test_different_tolls_conflict_and_name_both_sides(tmp_path):
    report = run(tmp_path, "Les avalanches ont fait sept morts dans le massif.\n",
                 "Les avalanches ont fait neuf morts dans le massif.\n")
    (finding,) = [f for f in report.findings if f.kind == "conflict"]
    assert finding.attribute == "deaths"
    assert "7" in finding.message and "9" in finding.message and "src_a.txt:1" in finding.message
    assert set(finding.values.values()) == {"sept", "neuf"}


def test_french_and_english_tolls_align(tmp_path):
    report = run(tmp_path, "La tempête a fait au moins 14 morts et 30 blessés.\n",
                 "The storm killed at least 14 people and injured 45.\n")
    assert kinds(report, "deaths") == ["agreement"]
    assert kinds(report, "injured") == ["conflict"]


def test_hedge_that_covers_the_value_agrees(tmp_path):
    report = run(tmp_path, "More than 150 people died in the crush.\n", "Officials said 156 people died in the crush.\n")
    assert kinds(report, "deaths") == ["agreement"]


def test_precise_lower_bound_below_the_value_conflicts(tmp_path):
    report = run(tmp_path, "At least 148 people died in the crush.\n", "Officials said 156 people died in the crush.\n")
    assert kinds(report, "deaths") == ["conflict"]


def test_about_a_year_conflicts_with_a_far_year(tmp_path):
    report = run(tmp_path, "Le collectif Ardoise a commencé vers 1996 à publier.\n",
                 "Le collectif Ardoise est actif depuis 2003.\n")
    assert kinds(report, "founded") == ["conflict"]


def test_about_a_year_agrees_with_a_near_year(tmp_path):
    report = run(tmp_path, "Le collectif Ardoise a commencé vers 1996 à publier.\n",
                 "Le collectif Ardoise a été fondé en 1997.\n")
    assert kinds(report, "founded") == ["agreement"]


def test_a_claim_in_one_source_only_is_no_finding(tmp_path):
    report = run(tmp_path, "Trois personnes ont été interpellées lundi.\n", "La police enquête toujours.\n")
    assert kinds(report, "arrests") == []


def test_names_differing_by_accents_only_are_one_person_and_a_variant(tmp_path):
    report = run(tmp_path, "Le ministre Hélène Marchetti, 52 ans, a visité le site.\n",
                 "Le ministre Helene Marchetti, 52 ans, a visité le site.\n")
    assert kinds(report, "age") == ["agreement"]
    (variant,) = [f for f in report.findings if f.kind == "variant"]
    assert {variant.likely} | set(variant.message.split()) >= {"Hélène"} or "Helene" in variant.message


def test_two_people_sharing_a_surname_are_not_merged(tmp_path):
    report = run(tmp_path, "Paul Lambert, 41 ans, a témoigné au procès.\n",
                 "Claire Lambert, 29 ans, a témoigné au procès.\n")
    assert [f for f in report.findings if f.attribute == "age"] == []
    assert [f for f in report.findings if f.kind == "variant"] == []


def test_different_ages_of_one_person_conflict(tmp_path):
    report = run(tmp_path, "Paul Lambert, 41 ans, a témoigné au procès.\n",
                 "Paul Lambert, 44 ans, a témoigné au procès.\n")
    assert kinds(report, "age") == ["conflict"]


def test_a_comment_never_weighs_like_the_body(tmp_path):
    body = ("Le forum Ardoise, fondé en 2004, compte des milliers de membres.\n\n"
            "Il a été racheté par un groupe de presse.\n\nLe site reste très actif.\n\n"
            "3 commentaires\n\n  1. Faux, le forum a été fondé en 2009.\n")
    report = run(tmp_path, body, "Le forum Ardoise a été fondé en 2004.\n")
    (finding,) = [f for f in report.findings if f.attribute == "founded" and f.kind == "conflict"]
    assert finding.severity == "info"
    assert "reader comment" in finding.message
    # The two articles themselves still agree, and the report says so.
    (agreement,) = [f for f in report.findings if f.attribute == "founded" and f.kind == "agreement"]
    assert "2 sources agree on 2004" in agreement.message


def test_hedged_claims_are_marked_in_the_finding(tmp_path):
    report = run(tmp_path, "Au moins deux suicides seraient liés aux menaces.\n",
                 "Cinq suicides sont liés aux menaces.\n")
    (finding,) = [f for f in report.findings if f.attribute == "suicides"]
    assert finding.kind == "conflict" and "(hedged)" in finding.message


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_findings_do_not_depend_on_file_order(tmp_path, order):
    texts = ["Le bilan est de 7 morts et cinq disparus.\n", "Le bilan est de 8 morts et quatre disparus.\n",
             "Le bilan est de 7 morts et quatre disparus.\n"]
    report = run(tmp_path, *[texts[i] for i in order])
    found = sorted((f.kind, f.attribute, tuple(sorted(f.values.values()))) for f in report.findings)
    assert found == [("agreement", "deaths", ("7", "7")), ("agreement", "missing", ("quatre", "quatre")),
                     ("conflict", "deaths", ("7", "7", "8")),
                     ("conflict", "missing", ("cinq", "quatre", "quatre"))]


def test_sources_that_agree_inside_a_conflict_are_an_agreement_too(tmp_path):
    report = run(tmp_path, "Les crues ont fait onze morts dans la vallée.\n",
                 "Les crues ont fait 13 morts dans la vallée.\n",
                 "Les crues ont fait 11 morts dans la vallée.\n")
    assert sorted(kinds(report, "deaths")) == ["agreement", "conflict"]
    (agreement,) = [f for f in report.findings if f.kind == "agreement" and f.attribute == "deaths"]
    assert set(agreement.values) == {str(tmp_path / "src_a.txt"), str(tmp_path / "src_c.txt")}
    assert "11" in agreement.message


def test_same_sum_under_different_subjects_is_a_shared_value(tmp_path):
    report = run(tmp_path, "Selon Marc Dubreuil, le butin atteint 42 millions d'euros.\n",
                 "La collection Verlaine, estimée à 42 millions d'euros, a disparu.\n")
    shared = [f for f in report.findings if f.kind == "agreement" and "42" in f.message]
    assert len(shared) == 1 and len(shared[0].values) == 2


def test_small_counts_under_different_subjects_are_not_a_shared_value(tmp_path):
    report = run(tmp_path, "Marc Dubreuil a vu deux morts sur la route.\n",
                 "À Verlaine, l'incendie a fait deux morts.\n")
    assert [f for f in report.findings if "sources state" in f.message] == []


def test_same_day_with_and_without_year_under_different_subjects_agrees(tmp_path):
    report = run(tmp_path, "Le 12 mars 2021, l'usine Sorvane a fermé ses portes.\n",
                 "Marc Dubreuil a appris ce 12 mars la fermeture de l'usine.\n")
    dates = [f for f in report.findings if f.kind == "agreement" and "12 Mar" in f.message]
    assert len(dates) == 1 and len(dates[0].values) == 2


def test_same_day_of_different_years_is_not_a_shared_value(tmp_path):
    report = run(tmp_path, "Le 12 mars 2021, l'usine Sorvane a fermé ses portes.\n",
                 "Marc Dubreuil est né le 12 mars 1990 à Verlaine.\n")
    assert [f for f in report.findings if f.kind == "agreement" and "12 Mar" in f.message] == []


def test_a_name_in_capitals_in_a_dateline_is_not_a_variant(tmp_path):
    report = run(tmp_path, "VERLAINE — Le séisme a fait neuf morts à Verlaine, selon la mairie.\n",
                 "Le séisme a fait neuf morts à Verlaine.\n")
    assert [f for f in report.findings if f.kind == "variant"] == []


def test_a_name_with_a_different_inner_capital_is_a_variant(tmp_path):
    report = run(tmp_path, "La société DataVent a publié ses comptes. DataVent emploie 40 personnes.\n",
                 "La société Datavent a publié ses comptes.\n")
    (variant,) = [f for f in report.findings if f.kind == "variant"]
    assert variant.likely == "DataVent"


def test_a_group_within_the_toll_is_not_another_toll(tmp_path):
    report = run(tmp_path, "The explosion in Derwick killed 12 people on Tuesday.\n",
                 "Twelve people died in Derwick. Five firefighters were killed fighting the flames.\n")
    assert kinds(report, "deaths") == ["agreement"]
    parts = [c for c in report.claims if c.attribute == "deaths" and c.qualifier == "firefighters"]
    assert [c.text for c in parts] == ["Five"]


def test_groups_align_across_languages(tmp_path):
    report = run(tmp_path, "Five firefighters were killed in Derwick.\n",
                 "Cinq pompiers ont été tués à Derwick.\n")
    assert [c.frame.group for c in report.claims if c.attribute == "deaths"] == ["firefighters", "firefighters"]


def test_a_year_after_a_preposition_is_not_a_toll(tmp_path):
    report = run(tmp_path, "The blast in Derwick killed 12 people.\n",
                 "Twelve people died in Derwick. An accident in 2015 killed four workers.\n")
    assert "2015" not in [c.text for c in report.claims if c.kind == "count"]
    assert kinds(report, "deaths") == ["agreement"]


def test_staff_numbers_of_one_company_conflict(tmp_path):
    report = run(tmp_path, "Velto employs 9,000 people in twelve countries.\n",
                 "Velto, created in 1996, has 9,500 employees.\n")
    assert kinds(report, "employees") == ["conflict"]


def test_a_founding_year_before_a_toll_does_not_date_it(tmp_path):
    report = run(tmp_path, "The Velto plant, founded in 1987, was hit by a blast that killed 4 people.\n",
                 "The blast at the Velto plant killed 6 people.\n")
    assert kinds(report, "deaths") == ["conflict"]
