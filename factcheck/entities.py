"""Named-entity mentions of one document, the document's main subject, and subjects of claims.

No tagger is used: a name is a run of capitalised words (found with one regex), minus
the sentence-initial words that are capitalised only because they start a sentence.
A claim's subject is the nearest name before its value in the same sentence; a
sentence that opens with a pronoun ("Il", "It") or an anaphor ("le site", "the company")
points back to the first name of the sentence before, and when nothing fits, the
document's main subject (most mentioned, headline counts triple) stands in.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .model import Document
from .patterns import NAMEX, vocab

NAME_RX = re.compile(NAMEX)
ELIDED = re.compile(r"^(?:[LlDdJjSsNnMmCc]|Qu|qu|Lorsqu|Puisqu|Jusqu)[’']")
LOWER_WORD = re.compile(r"[ \u00a0]([a-zà-ÿ][\w-]*)")
FOLD_DROP = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, keep letters and digits separated by single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return FOLD_DROP.sub(" ", bare).strip()


@dataclass(slots=True, unsafe_hash=True)
class Mention:
    """A name as written; not changed once built (not frozen, for the reason
    model.Value gives)."""

    start: int
    end: int
    surface: str
    key: str
    sentence_initial: bool


@lru_cache(maxsize=65536)
def _known(word: str, lang: str) -> bool:
    """Is this a word of the language's dictionary (simplemma), rather than a name?"""
    from .lemmacache import is_known

    return is_known(word, lang) or is_known(word.lower(), lang)


def _adverb(key: str, lang: str) -> bool:
    """"Anciennement", "Reportedly": a manner adverb by its ending, not a name."""
    return key.endswith("ment" if lang == "fr" else "ly") and len(key) > 6


@lru_cache(maxsize=4)
def _stopwords(lang: str) -> frozenset[str]:
    words = set(vocab(lang)["capital_stopwords"])
    try:
        from .normalize.lang import load

        data = load(lang)
        for group in list(data.get("months", [])) + list(data.get("weekdays", [])):
            words.update(fold(w) for w in (group if isinstance(group, list) else [group]))
        words.update(data.get("number_words", ()))  # "Quatorze personnes ont été blessées": a count, no name
        for key in ("hedge_approx", "hedge_min", "hedge_max", "hedge_range"):
            # "Près de 150 millimètres sont tombés", "Nearly 40 homes": a hedge opens the sentence
            words.update(h.split()[0] for h in data.get(key, ()) if h.split())
    except (ImportError, FileNotFoundError, KeyError):
        pass
    return frozenset(fold(w) for w in words)


_POSSESSIVE = re.compile(r"['’]s$")
_LINK = re.compile(r" (?:of|de|du|des) ")  # a link word inside a name ("Bank of England", "Daniel Roy of Valmont")
_OPENERS = "\"“«‘'("  # what may stand between a sentence's start and its first word
_INNER_POSSESSIVE = re.compile(r"['’]s[ \u00a0]+")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _title_line(line: str, small: frozenset[str]) -> bool:
    """Whether every word of the line is capitalised or small, with at least four words,
    60 % of them capitalised, and a small word capitalised ("The Fall Of The House")."""
    words = []
    for m in _TITLE_WORD.finditer(line):
        w = m.group()
        if not (w[0].isupper() or w.lower() in small):
            return False  # a lowercase word: prose (most lines stop at their first words)
        words.append(w)
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and caps >= 0.6 * len(words) and any(w[0].isupper() and w.lower() in small for w in words)


def _title_case_filtered(text: str, mentions: list[Mention], small: frozenset[str]) -> list[Mention]:
    """A headline in Title Case Capitalises Every Word but the small ones (`small`, the
    language's function words): there, keep only the names the rest of the text also
    writes with capitals."""
    lines: dict[int, bool] = {}
    out_keys = set()
    titled = []
    for m in mentions:
        lo = text.rfind("\n", 0, m.start) + 1
        if lo not in lines:
            hi = text.find("\n", lo)
            lines[lo] = _title_line(text[lo:hi if hi >= 0 else len(text)], small)
        titled.append(lines[lo])
        if not lines[lo]:
            out_keys.update(m.key.split())
    return [m for m, t in zip(mentions, titled) if not t or all(part in out_keys for part in m.key.split())]


@lru_cache(maxsize=None)
def _openers(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pronouns and anaphors a sentence may open with, as tuples for str.startswith."""
    voc = vocab(lang)
    return tuple(voc["pronouns"]), tuple(voc["anaphors"])


class Entities:
    """The name mentions of one document, with lookups used to find claim subjects."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.mentions = self._split_linked(self._scan(doc))
        self.starts = [m.start for m in self.mentions]
        self.main = self._main_subject()
        self.sentence_starts = [s for s, _ in doc.sentences]
        self.adjectival = self._adjectival()
        alone = {m.key for m in self.mentions if " " not in m.key}
        # "Jane Roe ... Roe scored": a full name whose last word the article also
        # writes alone is a person's (news refer to people by surname); "Acme United ...
        # Acme" is not
        self.persons = frozenset(m.key for m in self.mentions if " " in m.key and m.key.rsplit(" ", 1)[1] in alone)
        self.roles, self.role_refs = self._roles()

    def _roles(self) -> tuple[dict[str, str], frozenset[str]]:
        """The role or class words the article puts before a name ("la peintre Oriane
        Roy", "son mari, le sculpteur Paul Roy", "the veteran striker Tom Roe", "la sonde
        Corla-4") -> that name's key, and the determiners a later mention of the word
        takes ("la peintre a signé", "la sonde pesait"). A word written before two names
        is nobody's."""
        from .language import language, tokens

        lang = language(self.doc.language)
        dets, refs = lang.words("role_determiners"), lang.words("reference_determiners")
        found: dict[str, set[str]] = {}
        main = self.main.key if self.main is not None else None
        text = self.doc.text
        for m in self.mentions:
            if m.key not in self.persons and m.key != main:
                continue  # people, and the thing the article is about ("la sonde Corla-4")
            spans = tokens(text, max(0, m.start - 60), m.start)
            toks = [w for _s, _e, w in spans]
            if toks[-1:] == [","]:
                toks.pop()  # "sa fille, Clémence Roy" (after a possessive only: not "de l'estuaire, Paul Roy")
                if len(toks) < 2 or toks[-2] in refs:
                    continue
            if len(toks) < 2 or not toks[-1][:1].isalpha() or len(toks[-1]) < 3 or toks[-1] in lang.function_words:
                continue
            role_at = len(toks) - 1
            if not text[spans[role_at][0]:spans[role_at][0] + 1].islower():
                continue  # "à Valmont Paul Roy": a capitalised word is no role
            words = [toks[-1]]
            det = toks[role_at - 1]
            if det not in dets and len(toks) >= 3 and toks[role_at - 2] in dets and toks[role_at - 1][:1].isalpha() \
                    and toks[role_at - 1] not in lang.function_words:
                # "le célèbre peintre Paul Roy", "la sonde lisienne Corla-4": either may be the noun
                det, words = toks[role_at - 2], [toks[-1], toks[role_at - 1]]
            if det in dets:
                for w in words:
                    found.setdefault(w, set()).add(m.key)
        roles = {w: next(iter(keys)) for w, keys in found.items() if len(keys) == 1}
        return roles, refs

    @staticmethod
    def _split_linked(mentions: list[Mention]) -> list[Mention]:
        """"Daniel Moru of Velland ... Moru": a full name before a link word whose last
        word the article also writes alone is a person, and what follows the link word
        another name (a place, a club); "Bank of England" stays one name."""
        alone = {m.key for m in mentions if " " not in m.key}
        out = []
        for m in mentions:
            link = _LINK.search(m.surface) if " " in m.key else None
            head = m.surface[:link.start()] if link else ""
            if link and " " in head.strip() and fold(head).rsplit(" ", 1)[-1] in alone and m.surface[link.end():][:1].isupper():
                rest = m.surface[link.end():]
                out.append(Mention(m.start, m.start + len(head), head, fold(head), m.sentence_initial))
                at = m.start + link.end()
                out.append(Mention(at, at + len(rest), rest, fold(rest), False))
            else:
                out.append(m)
        return out

    _NEXT_WORD = re.compile(r"[\s\u00a0]+([^\W\d_][\w'’-]*)")

    def _adjectival(self) -> frozenset[str]:
        """Names every mention of which is followed by a lowercase content word, ending
        like a demonym and known to the language's dictionary ("South African athlete",
        "Danish authorities"): adjectives. "Sami Benali scored" is a person."""
        from .language import language

        lang = language(self.doc.language)
        seen: dict[str, bool] = {}
        for m in self.mentions:
            nxt = self._NEXT_WORD.match(self.doc.text, m.end)
            word = nxt.group(1) if nxt else ""
            before_noun = bool(word) and word[0].islower() and word.lower() not in lang.function_words
            seen[m.key] = seen.get(m.key, True) and before_noun
        from .lemmacache import is_known

        # the last word also a word of the language's dictionary: "Israeli", not "Benali"
        return frozenset(k for k, v in seen.items() if v and k.split()[-1].endswith(("an", "ian", "ese", "ish", "i", "ch"))
                         and is_known(k.split()[-1], lang.code))

    @staticmethod
    def _scan(doc: Document) -> list[Mention]:
        lang = doc.language if doc.language in ("fr", "en") else "en"
        stop = _stopwords(lang)
        suffixes = frozenset(vocab(lang)["adjective_suffixes"])
        sentence_starts = {s for s, _ in doc.sentences}
        text = doc.text
        raw = []
        for m in NAME_RX.finditer(text):
            start, surface = m.start(), m.group()
            # An elided article is not part of the name ("L’Orne" -> "Orne", "Qu’est-ce" -> none).
            elided = ELIDED.match(surface)
            if elided:
                start += elided.end()
                surface = surface[elided.end():]
                while surface and not surface[:1].isupper():
                    head, _, rest = surface.partition(" ")  # "L'attaquant Sami Benali": the name after
                    start += len(head) + 1
                    surface = rest
                if not surface or surface.split()[0].isupper():
                    continue  # "L'ancien PDG de Valtex": a role in capitals, no name of its own
            # Peel capitalised function words off the front ("Selon Reuters" -> "Reuters").
            while True:
                head, _, rest = surface.partition(" ")
                pre, dash, post = head.partition("-")
                if fold(_POSSESSIVE.sub("", head)) in stop or head.isdigit() or (dash and fold(pre) in stop and post[:1].islower()):
                    # "Selon Reuters", "Ex-mayor Trelawn": a capital stopword, or one hyphened to a role
                    if not rest:
                        surface = ""
                        break
                    start += len(head) + 1
                    surface = rest.lstrip()
                    continue
                break
            surface = _POSSESSIVE.sub("", surface).rstrip(".’'-")  # "Ricard’s": the name
            if len(surface) < 2 or doc.zone_at(start) == "furniture":
                continue
            head = surface.split()[0]
            if head.isupper() and len(head) > 3 and _known(head.lower(), lang):
                continue  # "L'ESSENTIEL", "BREAKING": a label in capitals, not a name
            last = surface.rsplit("-", 1)[-1] if "-" in surface.rsplit(" ", 1)[-1] else ""
            if last and last in suffixes:
                continue  # "the Gothenburg-based company", "a UK-born striker": an adjective
            at = start
            while at > 0 and text[at - 1] in _OPENERS:
                at -= 1  # '"Within nine minutes we were...': a quotation opens the sentence
            initial = start in sentence_starts or at in sentence_starts or at == 0 \
                or text[max(0, at - 2):at] in ("\n", ". ")
            inner = _INNER_POSSESSIVE.search(surface)
            if inner is not None:  # "France's Lucas Vernet", "Estmark's Liberal party": two names
                owner, rest = surface[:inner.start()], surface[inner.end():]
                if len(owner) >= 2:
                    raw.append(Mention(start, start + len(owner), owner, fold(owner), initial))
                if len(rest) >= 2 and rest[:1].isupper():
                    at = start + inner.end()
                    raw.append(Mention(at, at + len(rest), rest, fold(rest), False))
                continue
            raw.append(Mention(start, start + len(surface), surface, fold(surface), initial))
        # A single word seen only at sentence starts is an ordinary word if the
        # language knows it ("Selon", "Hier"); "Valmont compte six morts" keeps its name.
        mid_tokens = {t for m in raw if not m.sentence_initial for t in m.key.split()}
        lang = doc.language if doc.language in ("fr", "en") else "en"
        kept = [m for m in raw if not (m.sentence_initial and " " not in m.surface and m.key not in mid_tokens
                                       and (_known(m.surface, lang) or _adverb(m.key, lang)))]
        from .language import language

        small = language(lang).function_words
        return Entities._extend_lowercase(text, _title_case_filtered(text, kept, small))

    @staticmethod
    def _extend_lowercase(text: str, mentions: list[Mention]) -> list[Mention]:
        """'Blue wave' written without its capital is still the known name 'Blue Wave'."""
        multi = {m.key for m in mentions if " " in m.key}
        out = []
        for m in mentions:
            if " " not in m.key:
                nxt = LOWER_WORD.match(text, m.end)
                if nxt and f"{m.key} {fold(nxt.group(1))}" in multi:
                    end = nxt.end()
                    surface = text[m.start:end]
                    m = Mention(m.start, end, surface, fold(surface), m.sentence_initial)
            out.append(m)
        return out

    def _main_subject(self) -> Mention | None:
        score: dict[str, float] = {}
        first: dict[str, Mention] = {}
        for m in self.mentions:
            zone = self.doc.zone_at(m.start)
            if zone == "comment":
                continue
            weight = 3.0 if zone == "headline" or self.doc.offset + m.start < 300 else 1.0  # the file's start
            score[m.key] = score.get(m.key, 0.0) + weight
            first.setdefault(m.key, m)
        if not score:
            return None
        best = max(score, key=lambda k: (score[k], -first[k].start))
        return first[best]

    def before(self, pos: int, lo: int, exclude: tuple[tuple[int, int], ...] = ()) -> Mention | None:
        """The nearest mention ending at or before `pos` and starting at or after `lo`."""
        i = bisect.bisect_right(self.starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= lo:
            m = self.mentions[i]
            if m.end <= pos and not any(s <= m.start < e for s, e in exclude):
                return m
            i -= 1
        return None

    def first_in(self, lo: int, hi: int, exclude: tuple[tuple[int, int], ...] = ()) -> Mention | None:
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.mentions) and self.mentions[i].start < hi:
            m = self.mentions[i]
            if not any(s <= m.start < e for s, e in exclude):
                return m
            i += 1
        return None

    def opens_with_reference(self, sent_start: int, pos: int) -> str | None:
        """'pronoun' or 'anaphor' when the sentence opens with one before `pos`."""
        lang = self.doc.language if self.doc.language in ("fr", "en") else "en"
        voc = vocab(lang)
        head = self.doc.text[sent_start:pos].lstrip(" “”\"«»'").lower()
        pronouns, anaphors = _openers(lang)
        if head.startswith(pronouns):  # then the word must end there ("il", not "ils")
            for word in pronouns:
                if head.startswith(word) and (len(head) == len(word) or not head[len(word)].isalpha()):
                    return "pronoun"
        return "anaphor" if head.startswith(anaphors) else None

    def subject_at(self, pos: int, exclude: tuple[tuple[int, int], ...] = ()) -> tuple[Mention | None, str]:
        """The subject of a claim whose value starts at `pos`, and how it was found."""
        s_start, _ = self.doc.sentence_at(pos)
        ref = self.opens_with_reference(s_start, pos)
        if ref is None:
            near = self.before(pos, s_start, exclude)
            if near is not None:
                return near, "text"
            return self.main, "main"
        if ref == "anaphor":
            # "la société Velto, fondée en..." names it; "le site" alone is the article's subject.
            near = self.before(pos, s_start, exclude)
            if near is not None:
                return near, "text"
            if self.main is not None:
                return self.main, "pronoun"
        # Pronoun: the first name of the nearest earlier sentence that has one.
        idx = self._sentence_index(s_start)
        for j in range(idx - 1, max(-1, idx - 4), -1):
            lo, hi = self.doc.sentences[j]
            found = self.first_in(lo, hi, exclude)
            if found is not None:
                return found, "pronoun"
        return self.main, "main"

    def _sentence_index(self, start: int) -> int:
        return max(0, bisect.bisect_left(self.sentence_starts, start))
