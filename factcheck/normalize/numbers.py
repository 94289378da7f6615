"""Numbers as written in French and English news: digits with separators, scale words
("1,5 million", "3 billion") and number words ("quatre-vingt-dix", "one hundred and four").

`number_pattern(lang)` is regex source for one mention (no capturing groups, so it can be
embedded in the extractor's single scanning regex); `parse_number(text, lang)` turns an
isolated mention into a float. Separators follow the language: in French "," is the
decimal mark and "." or a space groups thousands ("12.051" is 12051, "4,8" is 4.8); in
English it is the other way round. A group separator must be followed by exactly three
digits, which is what keeps "1998, 1999" two numbers.
"""
from __future__ import annotations

import re
from functools import lru_cache

from factcheck.normalize.lang import alternation, case_variants, fold, load, longest_first, trie_regex

_GROUP_SPACES = " \u00a0\u202f"
_CURRENCY = r"(?:[$€£¥]|us\$|usd|eur|gbp|chf|€|dollars?|euros?)"
_STRIP_BEFORE = re.compile(rf"^(?:{_CURRENCY}\s*)+")
_STRIP_AFTER = re.compile(rf"(?:\s*(?:{_CURRENCY}|%|[.,;:!?)\]]))+$")
_DIGITS = re.compile(r"(?P<num>\d[\d ., ]*?)[ .,]*(?:\s*(?P<rest>[^\d\s.,].*))?")


@lru_cache(maxsize=None)
def number_pattern(lang: str) -> str:
    """Regex source matching one number mention of `lang`, digits or words.

    No capturing groups, no global flags: it can be embedded in a bigger regex. Words
    match in lower, Capitalised or UPPER case (see lang.alternation for why not (?i)).
    A mention is never glued to a letter or digit before it: "une" in "brune" and "19"
    in "A319" do not match.
    """
    data = load(lang)
    dec = re.escape(data["decimal_separator"])
    group = "[" + _GROUP_SPACES + ("." if dec == "," else ",") + "]"
    # Thousands groups need exactly 3 digits and no digit after; otherwise the number
    # is a plain integer. The lookbehind keeps "0199" out of "2,0199".
    integer = rf"\d(?<!\d[.,]\d)(?:\d{{0,2}}(?:{group}\d{{3}})+(?!\d)|\d*)"
    # French text sometimes carries English decimals ("2.5"); the parser sorts it out.
    decimal = r"(?:[,.]\d+)?" if dec == "," else r"(?:\.\d+)?"
    scales = list(data["scale_words"]) + list(data["scale_abbreviations"])
    scale = rf"(?:[ \u00a0\u202f]?{alternation(scales, whole=False)}(?!\w))?"

    def words(items, whole: bool = True) -> str:
        return trie_regex(_spellings(items), whole=whole)

    scale_names = list(data["scale_words"])
    collectives = list(data["collective_numbers"])
    cont = words(data["number_words"] + data["one_words"] + scale_names + collectives)
    before = words(data["connector_before"]) if data["connector_before"] else cont
    after = "|".join(f"(?<={re.escape(w)})" for w in data["connector_after"])
    conn = words(data["number_connectors"], whole=False)
    link = rf"(?:[\s\-]{cont}|(?:{after})(?:\s+|-){conn}(?:\s+|-){before})"
    # Words for 1 double as articles: alone they are 1, and only a scale or collective
    # word may follow them ("a thousand", "une dizaine"), never "a three".
    heads = words(scale_names + collectives)
    first = words(data["number_words"])
    ones = words(data["one_words"])
    # \b first: inside words, where most positions are, the pattern fails at once.
    return rf"\b(?:{integer}{decimal}{scale}|{first}{link}*|{ones}(?:[\s\-]{heads}{link}*)?)"


def _spellings(items) -> set[str]:
    return {v for w in items for v in case_variants(w)}


@lru_cache(maxsize=65536)  # a pure function of its text, and the same few numbers recur
def parse_number(text: str, lang: str) -> float | None:
    """The number written in `text` (one isolated mention), or None.

    Currency symbols and a trailing "%" are tolerated. Vague quantities ("hundreds",
    "des centaines") and anything else that is not one number give None.
    """
    data = load(lang)
    s = _STRIP_AFTER.sub("", _STRIP_BEFORE.sub("", fold(text)))
    if not s:
        return None
    if s[0].isdigit():
        m = _DIGITS.fullmatch(s)
        if not m:
            return None
        value = _parse_digits(m["num"].strip(), lang)
        if value is None or not m["rest"]:
            return value
        mult = _multiplier(m["rest"].strip(), data)
        return None if mult is None else value * mult
    return _parse_words(s, lang)


def _multiplier(word: str, data: dict) -> float | None:
    for table in ("scale_words", "scale_abbreviations", "collective_numbers"):
        if word in data[table]:
            return float(data[table][word])
    return None


def _parse_digits(num: str, lang: str) -> float | None:
    """"1 500", "12.051", "4,8", "1,234.5" -> float, by the rules in the module docstring."""
    s = "".join(ch for ch in num if ch not in _GROUP_SPACES)
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    dec = load(lang)["decimal_separator"]
    seps = {ch for ch in s if ch in ".,"}
    if len(seps) == 2:
        # Both marks: the last one is the decimal mark, the other groups thousands.
        last = max(s.rfind("."), s.rfind(","))
        head, tail = s[:last], s[last + 1:]
        if s[last] in head or not _grouped(head.replace("." if s[last] == "," else ",", " ")):
            return None
        return float(re.sub(r"[.,]", "", head) + "." + tail)
    if not seps:
        return float(s)
    sep = seps.pop()
    parts = s.split(sep)
    looks_grouped = _grouped(s.replace(sep, " "))
    if len(parts) > 2:
        return float("".join(parts)) if looks_grouped else None
    if sep != dec and looks_grouped:
        return float("".join(parts))
    return float(parts[0] + "." + parts[1])


def _grouped(spaced: str) -> bool:
    return re.fullmatch(r"\d{1,3}(?: \d{3})+", spaced) is not None


def _parse_words(s: str, lang: str) -> float | None:
    from text_to_num import text2num  # 15 ms import, only paid when words show up

    data = load(lang)
    tokens = re.split(r"[\s\-]+", s)
    ones = data["one_words"]
    last = tokens[-1]
    if last in data["collective_numbers"]:
        # "une dizaine" is 10, "deux douzaines" 24, but "des centaines" has no number.
        if len(tokens) == 1:
            return None
        head = parse_number(" ".join(tokens[:-1]), lang)
        return None if head is None else head * data["collective_numbers"][last]
    if tokens[0] not in data["number_words"] and tokens[0] not in ones:
        return None  # "hundreds", "thousand" alone, "millions": vague or not a number
    if len(tokens) == 1 and tokens[0] in ones:
        return 1.0
    if tokens[0] in ones:
        tokens[0] = ones[0]  # "a thousand" -> "one thousand", which text2num knows
    try:
        return float(text2num(" ".join(tokens), lang))
    except Exception:  # text2num raises ValueError and friends on anything odd
        pass
    if last in data["scale_words"] and len(tokens) > 1:
        head = _parse_words(" ".join(tokens[:-1]), lang)
        return None if head is None else head * data["scale_words"][last]
    return None


def is_round(n: float) -> bool:
    """True for a non-zero whole multiple of ten: the kind of figure writers round to."""
    return n != 0 and float(n).is_integer() and int(n) % 10 == 0


def _escaped(words) -> str:
    return "|".join(re.escape(w).replace("\\ ", r"\s+") for w in longest_first(words))


@lru_cache(maxsize=None)
def compact_number(lang: str) -> str:
    """A small number pattern for rule patterns (which only run on a few sentences).

    The scanner's pattern (normalize.numbers.number_pattern) is tuned for speed over
    megabytes and is large; embedded in every rule it would make start-up slow, since
    Python compiles each regex anew. This one is case-insensitive and compact.
    """
    data = load(lang)
    dec = data["decimal_separator"]
    group = "[ \u00a0\u202f" + ("." if dec == "," else ",") + "]"
    decimal = r"(?:[,.]\d+)?" if dec == "," else r"(?:\.\d+)?"
    scales = _escaped(list(data["scale_words"]) + list(data["scale_abbreviations"]))
    digits = rf"\d(?<!\d[.,]\d)(?:\d{{0,2}}(?:{group}\d{{3}})+(?!\d)|\d*){decimal}(?:[ \u00a0\u202f]?(?i:{scales})(?!\w))?"
    plain = list(data["number_words"]) + list(data["scale_words"]) + list(data["collective_numbers"])
    ones = [w for w in data["one_words"] if w not in ("a", "an")]  # articles, mostly
    word = f"(?:{_escaped(plain + ones)})"
    conn = _escaped(data["number_connectors"])
    # "a dozen", "a hundred": the article counts as one only before a scale or collective.
    heads = _escaped(list(data["scale_words"]) + list(data["collective_numbers"]))
    article = rf"(?:(?:a|an)\s+(?=(?:{heads})(?!\w)))?" if lang == "en" else ""
    words = rf"(?i:{article}{word}(?:(?:[\s-]+(?:{conn})[\s-]+|[\s-]){word})*)(?!\w)"
    return rf"(?<![\w.,])(?:{digits}|{words})"
