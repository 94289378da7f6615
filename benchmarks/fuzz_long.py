"""A long fuzz run: many generated hostile documents through read, extract and compare.

    .venv/bin/python benchmarks/fuzz_long.py [--count 10000] [--seed 1]

Each document mixes French and English number words, huge numbers, impossible dates
("31 février", "30 February"), hedges, claim keywords, names, stray quotes, control
characters and other scripts. For every document: reading and extraction never raise
(except InputError for text that is not an article, e.g. only whitespace); every claim's
offsets are inside the text and `text` is the slice at them; line and column map back
to the offset. Every 10th document is also checked twice for identical JSON, and paired
with the previous one in both orders for the same findings. Prints the count, the time
and every failure (with the seed of the document, to replay it). tests/test_fuzz.py
reuses FRAGMENTS and `check_text`, and runs `run()` as a slow test.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback

from factcheck.compare import compare_all
from factcheck.errors import InputError
from factcheck.model import Document, Report
from factcheck.pipeline import extract_all
from factcheck.readers import read_text
from factcheck.report import render
from factcheck.ruleset import Ruleset, load_ruleset

NUMBER_WORDS = ["trois", "onze", "vingt et un", "cinquante et un", "quatre-vingt-dix", "soixante-dix-sept",
                "mille", "deux milliards", "1,5 million", "cent", "zéro", "une", "un", "quelques",
                "eleven", "fifty-one", "a hundred", "three billion", "a dozen", "one", "zero", "ninety-nine",
                "dix mille", "two thousand and five", "un million", "half a million", "thousands"]
NUMBERS = ["0", "007", "1 500", "1\u202f500", "1\u00a0500", "1,500", "1.500", "4,8", "4.8", "10**40",
           str(10 ** 40), str(10 ** 18 + 1), "1e9", "99999999999999999999", "-5", "+3", "½", "3/4",
           "1 000 000 000 000 000 000 000", "2019", "1499", "2100", "9999", "٣", "١٢", "１２", "²",
           "12,345.67", "12.345,67", "0,0001", "3.", ".5", "1,2,3", "1..2", "2019-2020", "1990s", "80s"]
# Numbers past float range (1e308): kept apart so the quick property tests stay on other
# bugs while tests/test_fuzz.py pins this one; the long run uses them.
OVERFLOW = ["9" * 400, "1" + "0" * 310]
DATES = ["31 février", "30 February", "29 février 2023", "le 0 août", "32 décembre 2022",
         "September 31, 2022", "samedi", "1er janvier 1500", "le 5 août", "3 septembre 2022",
         "Sept. 3", "Feb 30, 2021", "31/02/2022", "2022-02-30", "hier", "two years ago",
         "il y a deux ans", "la semaine dernière", "lundi 31 avril", "dimanche 2 février 2099"]
HEDGES = ["au moins", "plus de", "environ", "vers", "près de", "moins de", "jusqu'à", "entre",
          "at least", "more than", "about", "around", "nearly", "up to", "between", "et", "and",
          "ou", "or", "à", "to", "seraient", "reportedly", "selon"]
KEYWORDS = ["morts", "tués", "blessés", "disparus", "décès", "victimes", "personnes", "killed", "dead",
            "people", "injured", "missing", "ans", "âgé de", "year-old", "years old", "fondé en",
            "founded in", "créé en", "depuis", "since", "actif depuis", "anciennement connu sous le nom de",
            "formerly known as", "also known as", "PDG de", "chief executive of", "€", "$", "US$", "%",
            "millions d'euros", "million dollars", "pour cent", "percent", "évacués", "arrested",
            "a changé son nom pour", "renamed", "tonnes", "km", "heures", "minutes", "commentaires"]
NAMES = ["Matthew Prince", "Zoé Ferreira", "Jean-Marc Dufresne", "O'Neill", "McDonald", "van der Berg",
         "ÉLODIE", "iPhone", "Kiwi", "X", "A.", "Dr. Smith", "M. Durand", "Il", "Elle", "Le forum",
         "the site", "Valmont", "Saint-Aubin", "ابن سينا", "Иван Петров", "李小龍", "Ωmega"]
PUNCT = [".", ",", ";", ":", "!", "?", "(", ")", "[", "]", "«", "»", "“", "”", "\"", "'", "’", "-",
         "—", "–", "…", "\n", "\n\n", "# ", "* ", "> ", "|", "[bold]", "[/]", "<b>", "&amp;", "http://x.y/z"]
CONTROL = ["\x00", "\x01", "\x07", "\x08", "\x0b", "\x0c", "\x1b[31m", "\x7f", "\x85", "\u200b",
           "\ufeff", "\u2028", "\u2029", "\r", "\r\n", "\t", "\u0301", "\ud7ff", "\U0001f600", "\u202e"]
FRAGMENTS = {"number_words": NUMBER_WORDS, "numbers": NUMBERS, "dates": DATES, "hedges": HEDGES,
             "keywords": KEYWORDS, "names": NAMES, "punct": PUNCT, "control": CONTROL}
WEIGHTS = {"number_words": 3, "numbers": 4, "dates": 2, "hedges": 3, "keywords": 5, "names": 3,
           "punct": 4, "control": 1}


def phrase(rng: random.Random) -> str:
    """hedge + number + keyword, a name with a role or age, a keyword with a date..."""
    num = rng.choice(NUMBERS + NUMBER_WORDS + OVERFLOW)
    return rng.choice([
        f"{rng.choice(HEDGES)} {num} {rng.choice(KEYWORDS)}",
        f"{num} {rng.choice(KEYWORDS)}",
        f"{rng.choice(NAMES)}, {num} ans",
        f"{rng.choice(NAMES)}, {rng.choice(KEYWORDS)} {rng.choice(NAMES)}",
        f"{rng.choice(KEYWORDS)} {rng.choice(DATES)}",
        f"{rng.choice(KEYWORDS)} {rng.choice(HEDGES)} {num}",
        f"entre {num} et {rng.choice(NUMBERS)} {rng.choice(KEYWORDS)}",
        f"le {rng.choice(DATES)}, {rng.choice(NAMES)} a {rng.choice(KEYWORDS)} {num}",
    ])


def random_text(rng: random.Random, size: int | None = None) -> str:
    """A document of up to ~`size` tokens drawn from FRAGMENTS and random code points."""
    size = size or rng.randint(1, 120)
    kinds = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in kinds]
    out = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.3:  # a phrase shaped like a claim, so the rules' patterns fire
            out.append(phrase(rng))
        elif roll < 0.37:
            out.append("".join(chr(rng.choice([rng.randint(0x20, 0x7e), rng.randint(0xa0, 0x2fff),
                                               rng.randint(0x3000, 0xd7ff), rng.randint(0xe000, 0x10ffff)]))
                               for _ in range(rng.randint(1, 6))))
        else:
            out.append(rng.choice(FRAGMENTS[rng.choices(kinds, weights)[0]]))
        out.append(rng.choice([" ", " ", " ", "", "\n", ", "]))
    return "".join(out)


def read(text: str, doc_id: str, lang: str | None = None) -> Document | None:
    try:
        return read_text(text, doc_id=doc_id, lang=lang)
    except InputError:
        return None  # not an article (whitespace only, binary-looking): a clean refusal


def claim_problems(doc: Document, claims) -> list[str]:
    """What is wrong with the claims of `doc` (empty when all is well)."""
    bad = []
    n = len(doc.text)
    for c in claims:
        if not (0 <= c.start < c.end <= n):
            bad.append(f"{c.id}: offsets {c.start}:{c.end} outside 0:{n}")
        elif doc.text[c.start:c.end] != c.text:
            bad.append(f"{c.id}: text {c.text!r} != slice {doc.text[c.start:c.end]!r}")
        elif doc.line_starts[c.line - 1] + c.column - 1 != c.start:
            bad.append(f"{c.id}: line {c.line} column {c.column} does not map back to {c.start}")
    return bad


def report_of(docs: list[Document], ruleset: Ruleset) -> Report:
    """What pipeline.check does after reading."""
    claims = extract_all(docs, ruleset)
    return Report(documents=docs, claims=claims, findings=compare_all(docs, claims, ruleset))


def finding_set(report: Report) -> set[tuple]:
    """Findings without their ids (renumbered with the order): kind, claims' texts and values."""
    by_id = report.claim_index()
    return {(f.kind, f.attribute, tuple(sorted(by_id[c].text for c in f.claims)),
             tuple(sorted(f.values.values()))) for f in report.findings}


def check_text(text: str, ruleset: Ruleset, lang: str | None = None) -> list[str]:
    doc = read(text, "fuzz.txt", lang)
    if doc is None:
        return []
    return claim_problems(doc, extract_all([doc], ruleset))


def check_deterministic(text: str, ruleset: Ruleset) -> list[str]:
    outs = []
    for _ in range(2):
        doc = read(text, "fuzz.txt")
        if doc is None:
            return []
        outs.append(render(report_of([doc], ruleset), "json"))
    return [] if outs[0] == outs[1] else ["same input gave different JSON"]


def check_order(a: str, b: str, ruleset: Ruleset) -> list[str]:
    docs = [read(a, "a.txt"), read(b, "b.txt")]
    if None in docs:
        return []
    forward = finding_set(report_of(docs, ruleset))
    backward = finding_set(report_of([read(b, "b.txt"), read(a, "a.txt")], ruleset))
    if forward == backward:
        return []
    return [f"order changes findings: only forward {sorted(forward - backward)[:3]}, "
            f"only backward {sorted(backward - forward)[:3]}"]


def run(count: int = 10_000, seed: int = 1, out=sys.stdout) -> tuple[int, list[str]]:
    """Check `count` documents; returns (documents checked, failures)."""
    ruleset = load_ruleset()
    failures: list[str] = []
    previous = ""
    for i in range(count):
        doc_seed = seed * 1_000_003 + i
        text = random_text(random.Random(doc_seed))
        try:
            problems = check_text(text, ruleset)
            if i % 10 == 0:
                problems += check_deterministic(text, ruleset) + check_order(previous, text, ruleset)
        except Exception:  # noqa: BLE001 - a crash is what we are looking for
            problems = ["raised " + traceback.format_exc(limit=-3).strip().replace("\n", " | ")]
        for p in problems:
            failures.append(f"doc seed {doc_seed}: {p} :: text {text[:200]!r}")
            print(failures[-1], file=out)
        previous = text
    return count, failures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    count, failures = run(args.count, args.seed)
    secs = time.perf_counter() - t0
    print(f"fuzz: {count} documents in {secs:.1f} s ({count / secs:.0f}/s), {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
