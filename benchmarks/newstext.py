"""Generated articles that read like real news, for speed figures that hold on real text.

corpus.py's articles are short template sentences dense with facts (14 words a sentence,
7 digit tokens per 100 words); real news runs longer sentences and states fewer numbers
(about 24 words a sentence, 4 digit tokens per 100 words), and extraction speed depends
on both. These articles are built the way a wire story is: a headline, a lead with the
main facts, then paragraphs mixing figures, reported speech, background and colour, in
French or English, on one of several kinds of story (an accident, a trial, a company, a
match, a policy). All the text is written for this project.

`story(rng, lang)` draws the facts of one story (coined names with `unique`); `article(rng, facts)` writes one
outlet's article about it (an outlet may state a toll or an amount otherwise, as real
coverage does), so many articles about one story give alignment large groups.
`stats(texts)` measures words per sentence and digit tokens per 100 words.
"""
from __future__ import annotations

import random
import re

from corpus import FIRST, LAST, ORGS, PLACES

MONTHS = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"],
          "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"]}
DAYS = {"fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]}
WORDS = {"fr": ["deux", "trois", "quatre", "cinq", "six", "sept", "huit", "dix", "douze", "quinze", "vingt"],
         "en": ["two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve", "fifteen", "twenty"]}
ROLES = {  # who speaks, by kind of story
    "fr": {"accident": ["le maire", "la préfète", "le commandant des pompiers"],
           "trial": ["le procureur", "l'avocate des parties civiles", "le président du tribunal"],
           "company": ["la directrice générale", "le porte-parole du groupe", "le délégué syndical"],
           "match": ["l'entraîneur", "le président du club", "le capitaine"],
           "policy": ["la ministre", "le rapporteur du texte", "le président de la région"]},
    "en": {"accident": ["the mayor", "the regional governor", "the fire chief"],
           "trial": ["the prosecutor", "the victims' lawyer", "the presiding judge"],
           "company": ["the chief executive", "a company spokeswoman", "the union leader"],
           "match": ["the coach", "the club chairman", "the captain"],
           "policy": ["the minister", "the bill's sponsor", "the regional president"]},
}
KINDS = ("accident", "trial", "company", "match", "policy")

# Sentences by kind of story, then shared context. {n} a toll or count, {n2} a second
# count, {amount} millions, {pct} a percentage, {year} a past year, {age} an age,
# {d} {month} a date, {day} a weekday, {word} a number in words.
TEXT = {
    "fr": {
        "headline": {
            "accident": "{place} : {n} morts dans l'effondrement d'un immeuble, l'enquête s'oriente vers un défaut de construction",
            "trial": "Procès de {person} : le parquet requiert {age} ans de prison contre l'ancien dirigeant",
            "company": "{org} annonce la suppression de {n} postes et la fermeture de son site de {place}",
            "match": "Football : {org} s'impose face à {place} et reprend la tête du championnat",
            "policy": "Logement : le gouvernement débloque {amount} millions d'euros pour rénover les quartiers anciens",
        },
        "lead": {
            "accident": "Au moins {n} personnes ont perdu la vie et {n2} autres ont été blessées {day} soir à {place}, où un immeuble de quatre étages s'est effondré peu après 21 heures, selon un bilan communiqué dans la nuit par la préfecture.",
            "trial": "Le parquet a requis {age} ans de prison ferme, {day}, contre {person}, jugé depuis le {d} {month} devant le tribunal correctionnel de {place} pour abus de biens sociaux et blanchiment.",
            "company": "Le groupe {org}, fondé en {year} et qui emploie environ {n2} salariés en France, a annoncé {day} la suppression de {n} postes, une décision que les syndicats jugent « brutale et injustifiée ».",
            "match": "Menés au score jusqu'à la {age}e minute, les joueurs de {org} ont finalement battu {place} sur le score de 3-1, {day} soir, devant {n2} spectateurs réunis dans un stade comble.",
            "policy": "Le gouvernement a présenté {day} un plan de {amount} millions d'euros destiné à rénover près de {n2} logements anciens d'ici à {year2}, une enveloppe jugée insuffisante par plusieurs associations.",
        },
        "facts": {
            "accident": [
                "Les secours, qui ont mobilisé plus de {n3} pompiers et une vingtaine d'engins, ont travaillé toute la nuit pour dégager les victimes coincées sous les décombres.",
                "Parmi les blessés, {word} se trouvaient toujours dans un état grave {day2} matin, a précisé l'agence régionale de santé, qui a déclenché son plan blanc.",
                "Le bâtiment, construit en {year} et racheté il y a {word} ans par un bailleur privé, avait fait l'objet d'un signalement pour des fissures en {year2}.",
                "Selon les premiers éléments de l'enquête, confiée à la police judiciaire, l'effondrement serait dû à l'affaissement d'un mur porteur fragilisé par des travaux.",
                "Le bilan pourrait encore s'alourdir, a prévenu {rolefr}, en rappelant que {word} habitants n'avaient pas encore été localisés en fin de matinée.",
                "Un précédent bilan, publié vers 23 heures, faisait état de {n4} morts et d'une trentaine de blessés, dont {word} enfants.",
                "Une cellule d'aide psychologique a été ouverte dans un gymnase voisin, où {n3} personnes ont été relogées pour la nuit.",
            ],
            "trial": [
                "L'ancien patron, âgé de {age2} ans, est soupçonné d'avoir détourné près de {amount} millions d'euros entre {year} et {year2}, au détriment de la société qu'il dirigeait.",
                "À la barre, il a reconnu « des erreurs de gestion » mais a nié tout enrichissement personnel, assurant avoir « toujours agi dans l'intérêt de l'entreprise ».",
                "Son avocat, qui plaidera la relaxe, a dénoncé une enquête « menée à charge » et rappelé que son client n'avait jamais été condamné auparavant.",
                "Le tribunal, qui a entendu {word} témoins en cinq jours d'audience, rendra sa décision le {d2} {month2}.",
                "Une amende de {n3} 000 euros a également été requise contre la société, poursuivie en tant que personne morale.",
                "Selon l'accusation, plus de {n2} virements suspects ont été effectués vers {word} sociétés écrans domiciliées à l'étranger.",
                "Le prévenu avait été placé en garde à vue en {year2}, puis remis en liberté sous contrôle judiciaire après {n4} jours de détention.",
            ],
            "company": [
                "Le chiffre d'affaires du groupe a reculé de {pct} % l'an dernier, à {amount} millions d'euros, et la direction prévoit un retour à l'équilibre d'ici deux ans.",
                "Le site de {place}, qui compte {n3} salariés, doit fermer ses portes au printemps, la production étant transférée vers une usine plus récente.",
                "{rolefrcap} a assuré que des reclassements seraient proposés à chacun des salariés concernés, sans pouvoir avancer de chiffre précis à ce stade.",
                "L'intersyndicale a appelé à une journée de grève le {d2} {month2} et demande l'ouverture immédiate de négociations sur les conditions de départ.",
                "Créée en {year} par {first} {last}, l'entreprise avait déjà supprimé plusieurs centaines d'emplois lors d'un premier plan social, il y a {word} ans.",
                "Le titre a perdu {pct2} % à la Bourse de Paris à l'annonce du plan, avant de se reprendre légèrement en fin de séance.",
                "En {year2}, le groupe visait encore un résultat de {amount2} millions d'euros et promettait d'embaucher {n4} personnes.",
            ],
            "match": [
                "Le capitaine, auteur d'un doublé, a ouvert le score dès la 12e minute avant de voir son équipe encaisser un but sur un penalty contesté.",
                "L'entraîneur, arrivé en {year} après un passage remarqué à l'étranger, a salué « un groupe qui ne lâche jamais rien, même dans les moments difficiles ».",
                "La rencontre a été interrompue pendant une dizaine de minutes en seconde période après des jets de fumigènes dans la tribune nord.",
                "Le prochain match aura lieu le {d2} {month2} à domicile, face à une équipe qui n'a perdu que {word} rencontres depuis le début du championnat.",
                "Avec ce succès, le {n4}e de la saison, le club compte désormais {n3} points.",
                "Le club, fondé en {year}, n'avait plus occupé la première place depuis {year2}, il y a {word} saisons.",
            ],
            "policy": [
                "Le dispositif, financé à hauteur de {pct} % par l'État, doit permettre aux propriétaires modestes de bénéficier d'une aide pouvant atteindre {n3} 000 euros par logement.",
                "{rolefrcap} a défendu un plan « ambitieux et réaliste », en rappelant que près d'un logement sur cinq reste mal isolé dans le pays.",
                "L'opposition a dénoncé une mesure « de communication », estimant que les besoins réels dépassent largement les montants annoncés.",
                "Le texte sera examiné par les députés à partir du {d2} {month2}, avant une adoption définitive espérée avant la fin de l'année.",
                "Un premier programme, lancé en {year}, avait permis de rénover environ {n2} logements, un résultat très inférieur aux objectifs fixés à l'époque.",
                "Selon le ministère, {pct2} % des ménages concernés vivent dans des communes de moins de {n3} 000 habitants.",
                "Le coût moyen d'une rénovation complète est estimé à {n4} 000 euros, soit près de {word} fois le montant de l'aide actuelle.",
            ],
        },
        "quotes": [
            "« Nous avons tout de suite compris que la situation était sérieuse », a raconté une habitante, qui dit suivre l'affaire depuis le début avec inquiétude.",
            "« Il faudra du temps pour comprendre ce qui s'est passé, et nous devons cette vérité aux familles », a déclaré {rolefr} lors d'un point presse organisé en fin d'après-midi.",
            "« Ce n'est pas une surprise, cela fait des mois que nous alertons sans être entendus », a réagi un représentant local, visiblement ému.",
        ],
        "context": [
            "Dans la soirée, de nombreux habitants se sont rassemblés en silence devant la mairie, où un registre de condoléances a été ouvert.",
            "Sur les réseaux sociaux, les réactions se sont multipliées tout au long de la journée, entre colère, incompréhension et appels à la solidarité.",
            "L'affaire relance le débat sur les contrôles, que de nombreux spécialistes jugent trop rares et trop tardifs pour prévenir ce type de situation.",
            "Contactée par notre rédaction, la direction n'a pas souhaité faire de commentaire supplémentaire, renvoyant à son communiqué publié dans la matinée.",
            "Les élus locaux réclament désormais des mesures rapides et une meilleure information des habitants, qui disent se sentir abandonnés.",
            "Plusieurs associations ont annoncé leur intention de se constituer partie civile afin d'avoir accès au dossier et de peser sur la suite de la procédure.",
        ],
    },
    "en": {
        "headline": {
            "accident": "{n} dead after apartment block collapses in {place}, investigators examine building work",
            "trial": "Prosecutors seek {age}-year sentence for former executive {person} in fraud trial",
            "company": "{org} to cut {n} jobs and close its {place} plant",
            "match": "{org} come from behind to beat {place} and go top of the league",
            "policy": "Government pledges ${amount} million to refurbish ageing housing",
        },
        "lead": {
            "accident": "At least {n} people were killed and {n2} others injured on {day} evening in {place} when a four-storey apartment building collapsed shortly after 9 pm, according to figures released overnight by local officials.",
            "trial": "Prosecutors on {day} asked for a {age}-year prison sentence for {person}, who has been on trial since {month} {d} in {place} on charges of embezzlement and money laundering.",
            "company": "{org}, which was founded in {year} and employs about {n2} people in the country, said on {day} it would cut {n} jobs, a decision unions described as \u201cbrutal and unjustified\u201d.",
            "match": "Trailing until the {age}th minute, {org} beat {place} 3-1 on {day} night in front of a crowd of {n2}, climbing back to the top of the table.",
            "policy": "The government on {day} unveiled a ${amount} million plan to refurbish nearly {n2} older homes by {year2}, a sum several housing charities said fell well short of what is needed.",
        },
        "facts": {
            "accident": [
                "More than {n3} firefighters and some twenty vehicles were deployed through the night to free victims trapped under the rubble, the fire service said.",
                "Of the injured, {word} were still in a critical condition on {day2} morning, the regional health authority said, after triggering its emergency plan.",
                "The building, which was built in {year} and bought {word} years ago by a private landlord, had been reported for cracks in its walls in {year2}.",
                "Early findings suggest the collapse was caused by the failure of a load-bearing wall weakened by renovation work, a source close to the investigation said.",
                "The toll could still rise, {roleen} warned, adding that {word} residents had not been accounted for by late morning.",
                "An earlier toll released around 11 pm had put the number of dead at {n4}, with about thirty injured, {word} of them children.",
                "A support centre has been opened in a nearby sports hall, where {n3} people were given shelter for the night.",
            ],
            "trial": [
                "The {age2}-year-old former chief executive is accused of diverting nearly ${amount} million between {year} and {year2} from the company he ran.",
                "Giving evidence, he admitted to \u201cmistakes in management\u201d but denied enriching himself, insisting he had \u201calways acted in the interest of the business\u201d.",
                "His lawyer, who will ask for an acquittal, said the investigation had been one-sided and noted that his client had no previous convictions.",
                "The court, which heard from {word} witnesses over five days of hearings, is due to deliver its verdict on {month2} {d2}.",
                "A fine of ${n3},000 was also sought against the company itself, which is being prosecuted as a legal entity.",
                "According to the prosecution, more than {n2} suspicious transfers were made to {word} shell companies registered abroad.",
                "He was first detained in {year2} and released under judicial supervision after {n4} days in custody.",
            ],
            "company": [
                "Group revenue fell {pct}% last year to ${amount} million, and management expects to break even again within two years.",
                "The {place} site, which has {n3} workers, is due to close in the spring, with production moving to a newer factory.",
                "{roleencap} said every affected employee would be offered another position, without giving a precise figure at this stage.",
                "Unions have called a strike for {month2} {d2} and are demanding immediate talks on severance terms.",
                "Founded in {year} by {first} {last}, the company had already shed several hundred jobs in an earlier round of cuts {word} years ago.",
                "Its shares fell {pct2}% after the announcement before recovering slightly by the close.",
                "As recently as {year2}, the group was targeting profits of ${amount2} million and promising to hire {n4} people.",
            ],
            "match": [
                "The captain, who scored twice, opened the scoring as early as the 12th minute before his side conceded from a disputed penalty.",
                "The coach, who arrived in {year} after a successful spell abroad, praised \u201ca group that never gives up, even when things get difficult\u201d.",
                "Play was halted for around ten minutes in the second half after flares were thrown from the north stand.",
                "Their next match is at home on {month2} {d2}, against a side that has lost only {word} games since the start of the season.",
                "It was their {n4}th win of the season and takes them to {n3} points.",
                "The club, founded in {year}, had not been top of the table since {year2}, {word} seasons ago.",
            ],
            "policy": [
                "The scheme, {pct}% of which is funded by central government, will give low-income owners grants of up to ${n3},000 per home.",
                "{roleencap} defended a plan that was \u201cambitious and realistic\u201d, pointing out that nearly one home in five is still poorly insulated.",
                "The opposition dismissed the measure as a public relations exercise, arguing that real needs far exceed the sums announced.",
                "Lawmakers will begin debating the bill on {month2} {d2}, with final approval hoped for before the end of the year.",
                "An earlier programme launched in {year} refurbished about {n2} homes, far fewer than the targets set at the time.",
                "According to the ministry, {pct2}% of the households concerned live in towns of fewer than {n3},000 people.",
                "A full refurbishment costs ${n4},000 on average, nearly {word} times the current grant.",
            ],
        },
        "quotes": [
            "\u201cWe knew straight away that it was serious,\u201d said a woman who lives nearby and says she has followed the affair with growing concern.",
            "\u201cIt will take time to understand what happened, and we owe the families the truth,\u201d {roleen} told reporters at a briefing late in the afternoon.",
            "\u201cThis is no surprise, we have been raising the alarm for months without being heard,\u201d a local representative said, visibly moved.",
        ],
        "context": [
            "In the evening, dozens of residents gathered in silence outside the town hall, where a book of condolence has been opened.",
            "Reactions poured in on social media throughout the day, ranging from anger and disbelief to calls for solidarity.",
            "The case has revived the debate over inspections, which many experts say are too rare and come too late to prevent such situations.",
            "Asked for comment, the management declined to add anything further, referring instead to a statement it issued in the morning.",
            "Local councillors are now calling for swift action and better information for residents, who say they feel abandoned.",
            "Several associations said they intended to join the case as civil parties in order to gain access to the file and weigh on the proceedings.",
        ],
    },
}


SYLLABLES = ("bar", "ven", "lo", "mar", "ti", "sel", "dor", "ka", "ril", "mon", "tes", "gau", "bri",
             "lan", "nor", "vi", "quel", "fa", "ros", "dun", "pel", "cor", "am", "sto", "ver", "hal")
FIRM_WORDS = ("Industries", "Transports", "Logistique", "Energy", "Holding", "Foods", "Labs", "Textiles")


def coined(rng: random.Random, syllables: int = 3) -> str:
    """A made-up proper name ("Venlomar"): 26^3 of them, so stories rarely share names."""
    return "".join(rng.choice(SYLLABLES) for _ in range(syllables)).capitalize()


def story(rng: random.Random, lang: str | None = None, kind: str | None = None,
          unique: bool = False) -> dict:
    """The facts of one story: its language, kind, names and figures. With `unique`, its
    place, firm and person have coined names (real coverage of many stories rarely
    shares them); otherwise they come from corpus.py's small pools."""
    lang = lang or rng.choice(("fr", "en"))
    year = rng.randint(1962, 2015)
    place = coined(rng) if unique else rng.choice(PLACES)
    org = f"{coined(rng)} {rng.choice(FIRM_WORDS)}" if unique else rng.choice(ORGS)
    last = coined(rng, 2) if unique else rng.choice(LAST)
    return {
        "lang": lang, "kind": kind or rng.choice(KINDS), "place": place, "org": org,
        "first": rng.choice(FIRST), "last": last, "n": rng.choice([rng.randint(3, 40), rng.randint(40, 400)]),
        "n2": rng.randint(12, 9000), "n3": rng.randint(15, 300), "amount": rng.randint(2, 900),
        "pct": rng.randint(2, 45), "year": year, "year2": rng.randint(year + 1, 2030), "age": rng.randint(2, 88),
        "age2": rng.randint(35, 79), "n4": rng.randint(2, 30), "pct2": rng.randint(2, 19),
        "amount2": rng.randint(10, 400), "d": rng.randint(2, 28), "d2": rng.randint(2, 28),
        "month": rng.randrange(12), "month2": rng.randrange(12), "day": rng.randrange(7),
        "word": rng.randrange(len(WORDS["fr"])),
    }


def article(rng: random.Random, facts: dict | None = None, paragraphs: int | None = None) -> str:
    """One outlet's article about `facts` (a new story when None)."""
    facts = dict(facts or story(rng))
    if rng.random() < 0.25:  # this outlet states the main figure otherwise
        facts["n"] = max(1, facts["n"] + rng.choice((-2, -1, 1, 3)))
    lang, kind = facts["lang"], facts["kind"]
    text = TEXT[lang]
    fill = _filler(facts, lang, rng)
    body = [text["lead"][kind]]
    pool = list(text["facts"][kind])
    rng.shuffle(pool)
    colour = text["quotes"] + text["context"]
    rng.shuffle(colour)
    for _ in range(paragraphs or rng.randint(3, 5)):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            source = pool if pool and (not colour or rng.random() < 0.55) else colour
            if source:
                sentences.append(source.pop())
        body.append(" ".join(sentences))
    paras = [text["headline"][kind]] + body
    return "\n\n".join(p.format(**fill) for p in paras) + "\n"


def _filler(facts: dict, lang: str, rng: random.Random) -> dict:
    out = dict(facts)
    out["person"] = f"{facts['first']} {facts['last']}"
    out["month"] = MONTHS[lang][facts["month"]]
    out["month2"] = MONTHS[lang][facts["month2"]]
    out["day"] = DAYS[lang][facts["day"]]
    out["day2"] = DAYS[lang][(facts["day"] + 1) % 7]
    out["word"] = WORDS[lang][facts["word"]]
    role = rng.choice(ROLES[lang][facts["kind"]])
    out["rolefr"] = out["roleen"] = role
    out["rolefrcap"] = out["roleencap"] = role[:1].upper() + role[1:]
    if lang == "fr" and facts["n2"] >= 1000:
        out["n2"] = f"{facts['n2']:,}".replace(",", "\u202f")
    elif facts["n2"] >= 1000:
        out["n2"] = f"{facts['n2']:,}"
    return out


def corpus(min_bytes: int, seed: int = 7) -> list[str]:
    """Articles about distinct stories, both languages, until `min_bytes` of UTF-8."""
    rng = random.Random(seed)
    out, size = [], 0
    while size < min_bytes:
        text = article(rng, story(rng, unique=True))
        out.append(text)
        size += len(text.encode("utf-8"))
    return out


def stats(texts: list[str]) -> tuple[float, float]:
    """Words per sentence and digit tokens per 100 words."""
    joined = "\n".join(texts)
    words = len(joined.split())
    sentences = len(re.findall(r"[.!?](?:\s|$)", joined)) or 1
    return words / sentences, 100 * len(re.findall(r"\d+", joined)) / max(1, words)
