"""Generated news-like articles for benchmarks and limit tests (text written for this project).

Each article is a headline and a few paragraphs built from French or English sentence
templates about made-up events: tolls, dates, founding years, amounts, ages, people with
roles, aliases and quotes. Names and numbers vary with a seeded random generator, so the
same seed always gives the same corpus.
"""
from __future__ import annotations

import random

FIRST = ["Hélène", "Marc", "Sofia", "Yannick", "Agathe", "Bruno", "Clémence", "Idris", "Noémie",
         "Owen", "Priya", "Tomasz", "Ulla", "Victor", "Wen", "Zoé", "Gareth", "Linnea", "Rafael"]
LAST = ["Delacroix-Ferrand", "Ostrowski", "Mbeki", "Lindqvist", "Barbosa", "Kerhervé", "Nakamura",
        "Quintero", "Vasseur", "Okonkwo", "Halloran", "Ferreira", "Dubreuil", "Szabo", "Moreau"]
ORGS = ["Voltaire Réseaux", "Pinecrest Labs", "Hexaflux", "Nordvent Energie", "BlueHarbor",
        "Société des Eaux du Lac", "Cartagène Transports", "Lumen Forum", "Arbor Mutual"]
PLACES = ["Valmont", "Saint-Aubin-sur-Loire", "Kerbriac", "Port-Léandre", "Ashford Cross",
          "Millbrook", "Redwater", "Glenhollow", "Lac-Bréval", "Vieux-Moulin"]
ROLES_FR = ["PDG", "porte-parole", "maire", "directrice générale", "co-fondateur", "préfet"]
ROLES_EN = ["chief executive", "spokeswoman", "mayor", "co-founder", "police chief", "director"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WORDS_FR = ["trois", "onze", "douze", "vingt", "cinquante et un", "quatre-vingt-dix"]
WORDS_EN = ["three", "eleven", "twelve", "twenty", "fifty-one", "ninety"]
HEDGE_FR = ["", "au moins ", "environ ", "plus de ", "près de ", "moins de "]
HEDGE_EN = ["", "at least ", "about ", "more than ", "nearly ", "fewer than "]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FR = [
    "Les inondations ont fait {hedge}{n} morts à {place}, selon le dernier bilan de la préfecture.",
    "{word} personnes ont été blessées dans l'accident survenu {day} soir près de {place}.",
    "{org} a été fondée en {year} par {first} {last}, alors âgé de {age} ans.",
    "Le forum, anciennement connu sous le nom de {alias}, est actif depuis {year}.",
    "{first} {last}, {role} de {org}, a déclaré le {d} {month} {year} que l'entreprise « ne reculerait pas ».",
    "La rénovation du pont a coûté {amount} millions d'euros, soit {pct} % de plus que prévu.",
    "Vers {year}, la société a changé son nom pour {org}, d'après son site.",
    "« Nous avons compté {n} disparus », a affirmé {first} {last} au micro d'une radio locale.",
    "Le suspect, âgé de {age} ans, a été interpellé {day} matin ; {word} complices seraient recherchés.",
    "Entre {n} et {n2} personnes ont été évacuées, et {hedge}{n3} sont toujours sans abri.",
    "Plus connue sous le pseudo de {alias}, {first} {last} anime l'émission depuis {year}.",
    "Le chantier a duré {age} mois et a mobilisé {amount} 000 ouvriers, selon la mairie de {place}.",
]
EN = [
    "The floods killed {hedgeen}{n} people in {place}, officials said on {dayen}.",
    "{word} people were injured when a bus overturned near {place} on {monthen} {d}, {year}.",
    "{org} was founded in {year} by {first} {last}, then {age} years old.",
    "The site, formerly known as {alias}, has been online since {year}.",
    "{first} {last}, the {roleen} of {org}, said on {monthen} {d} that the firm \u201cwill not back down\u201d.",
    "Repairs to the bridge cost ${amount} million, {pct}% more than planned.",
    "Around {year}, the company changed its name to {org}, according to its website.",
    "\u201cWe have counted {n} missing,\u201d {first} {last} told a local radio station.",
    "The {age}-year-old suspect was arrested on {dayen} morning; {word} accomplices are being sought.",
    "Between {n} and {n2} people were evacuated, and {hedgeen}{n3} remain homeless.",
    "Also known as {alias}, {first} {last} has hosted the show since {year}.",
    "The works lasted {age} months and employed {amount},000 workers, the {place} council said.",
]

# Sentences with no fact in them: real articles are mostly context, reaction and colour.
FILLER_FR = [
    "Les habitants du quartier disent avoir entendu un grand fracas au milieu de la nuit.",
    "La circulation reste perturbée sur la départementale, où des déviations ont été mises en place.",
    "L'enquête devra déterminer les circonstances exactes du drame, a précisé le parquet.",
    "Sur les réseaux sociaux, de nombreux messages de soutien ont afflué dans la soirée.",
    "Le gouvernement a promis une aide rapide aux familles touchées.",
    "Les secours, mobilisés toute la nuit, ont dû faire face à des conditions difficiles.",
]
FILLER_EN = [
    "Residents said they heard a loud crash in the middle of the night.",
    "Traffic remains disrupted on the main road, where diversions have been set up.",
    "The inquiry will have to establish exactly what happened, prosecutors said.",
    "Messages of support poured in on social media during the evening.",
    "The government has promised swift help to the families affected.",
    "Rescue teams, who worked through the night, faced difficult conditions.",
]


def _fill(template: str, rng: random.Random, lang: str) -> str:
    n = rng.choice([rng.randint(1, 40), rng.randint(40, 900), rng.randint(1000, 60000)])
    return template.format(
        hedge=rng.choice(HEDGE_FR), hedgeen=rng.choice(HEDGE_EN),
        n=f"{n:,}".replace(",", "\u202f") if rng.random() < 0.3 else n,
        n2=n + rng.randint(1, 50), n3=rng.randint(2, 300),
        word=_word(rng, lang, capital=template.startswith("{word}")),
        place=rng.choice(PLACES), org=rng.choice(ORGS), first=rng.choice(FIRST),
        last=rng.choice(LAST), alias=rng.choice(["le Kiosque", "Red Lantern", "NordBoard", "Papyrus"]),
        year=rng.randint(1950, 2024), age=rng.randint(16, 90), d=rng.randint(1, 28),
        month=rng.choice(MONTHS_FR), monthen=rng.choice(MONTHS_EN), day=rng.choice(DAYS_FR),
        dayen=rng.choice(DAYS_EN), role=rng.choice(ROLES_FR), roleen=rng.choice(ROLES_EN),
        amount=rng.randint(2, 950), pct=rng.choice(["3", "12", "27", "60", "4,5" if lang == "fr" else "4.5"]),
    )


def _word(rng: random.Random, lang: str, capital: bool) -> str:
    word = rng.choice(WORDS_FR if lang == "fr" else WORDS_EN)
    return word.capitalize() if capital else word


def article(rng: random.Random, lang: str | None = None, paragraphs: int = 5) -> str:
    """One article: a headline line, then `paragraphs` paragraphs of 2-4 sentences."""
    lang = lang or rng.choice(("fr", "en"))
    templates = FR if lang == "fr" else EN
    filler = FILLER_FR if lang == "fr" else FILLER_EN
    head = (f"{rng.choice(PLACES)} : {rng.choice(['le bilan s’alourdit', 'enquête ouverte', 'la colère monte'])}"
            if lang == "fr" else f"{rng.choice(PLACES)}: {rng.choice(['toll rises', 'inquiry opened', 'anger grows'])}")
    paras = [" ".join(rng.choice(filler) if rng.random() < 0.4 else _fill(rng.choice(templates), rng, lang)
                      for _ in range(rng.randint(2, 5)))
             for _ in range(paragraphs)]
    return head + "\n\n" + "\n\n".join(paras) + "\n"


def corpus(min_bytes: int, seed: int = 7, lang: str | None = None) -> list[str]:
    """Articles until their UTF-8 size reaches `min_bytes`."""
    rng = random.Random(seed)
    out, size = [], 0
    while size < min_bytes:
        text = article(rng, lang)
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def big_text(min_bytes: int, seed: int = 11, distinct: int = 400) -> str:
    """One long wire dump: `distinct` generated articles' paragraphs repeated until
    the UTF-8 size reaches `min_bytes` (what a newsroom's archive export looks like)."""
    rng = random.Random(seed)
    paras = [p for _ in range(distinct) for p in article(rng).split("\n\n")]
    block = "\n\n".join(p.strip() for p in paras) + "\n\n"
    reps = -(-min_bytes // len(block.encode("utf-8")))
    return block * reps
