"""Load and strictly validate claim rules: one TOML file per rule, id == file stem.

A rule picks a kind from the closed menu in `kinds.py`, gives regex patterns per
language (with placeholders such as {QTY} or {YEAR} that expand to the value group),
the keywords that must appear in a sentence for the patterns to be tried, and its own
examples. Every problem is a `RuleFileError` naming the file and the key.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date
from dataclasses import dataclass, field
from pathlib import Path

from . import regexguard
from .compiled import compile as compile_cached
from .errors import RuleFileError
from .kinds import KINDS
from .model import SEVERITIES
from .patterns import expand
from .safeio import ReadRefused, printable, read_regular

ALLOWED_KEYS = {"id", "kind", "attribute", "description", "rationale", "severity",
                "conflicts", "priority", "keywords", "patterns", "examples"}
EXAMPLE_KEYS = {"lang", "text", "expect", "date"}
EXPECT_KEYS = {"text", "value", "attribute", "subject", "low", "high", "zone"}
MAX_RULE_BYTES = 256 * 1024


@dataclass(frozen=True)
class Example:
    lang: str
    text: str
    expect: tuple[dict, ...]
    date: str | None = None  # publication date, to resolve relative dates


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    attribute: str
    description: str
    rationale: str
    severity: str
    conflicts: bool
    priority: int
    keywords: dict[str, tuple[str, ...]]
    patterns: dict[str, tuple[str, ...]]  # as written in the file
    examples: tuple[Example, ...]
    path: str
    _compiled: dict = field(default_factory=dict, compare=False, repr=False)

    def value_first(self, lang: str) -> tuple[bool, ...]:
        """Which patterns start with their value (tried only where a number or date is)."""
        lead = ("{QTY}", "{YEAR}", "{PREPYEAR}", "{NUM}", "{DATE}")
        return tuple(p.lstrip().startswith(lead) for p in self.patterns.get(lang, ()))

    def compiled(self, lang: str) -> tuple[re.Pattern, ...]:
        """The rule's patterns for `lang`, expanded and compiled on first use."""
        if lang not in self._compiled:
            self._compiled[lang] = tuple(compile_cached(expand(p, lang)) for p in self.patterns.get(lang, ()))
        return self._compiled[lang]

    def languages(self) -> list[str]:
        return sorted(self.patterns)


@dataclass
class Ruleset:
    rules: list[Rule] = field(default_factory=list)

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def without(self, disabled: set[str]) -> "Ruleset":
        return Ruleset([r for r in self.rules if r.id not in disabled])


def builtin_rules_dir() -> Path:
    """The shipped rules: factcheck/rules when installed, ../rules in a source checkout."""
    installed = Path(__file__).resolve().parent / "rules"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "rules"


def load_ruleset(extra_dirs: list[str] | None = None, *, builtin: bool = True) -> Ruleset:
    """Built-in rules, then each extra folder; a later rule with the same id replaces.

    The built-in rules are trusted; a user's patterns are checked for catastrophic
    backtracking from their structure (regexguard) before use."""
    dirs = ([(builtin_rules_dir(), True)] if builtin else []) + [(Path(d), False) for d in extra_dirs or []]
    by_id: dict[str, Rule] = {}
    for folder, trusted in dirs:
        if not folder.is_dir():
            raise RuleFileError(f"{folder}: rule folder not found")
        for path in sorted(folder.glob("*.toml")):
            rule = load_rule(path, trusted=trusted)
            by_id[rule.id] = rule
    return Ruleset(list(by_id.values()))


def load_rule(path: Path, *, trusted: bool = False) -> Rule:
    """One rule file, validated; a user's (not `trusted`) patterns are also checked for
    catastrophic backtracking. Only a regular file of at most MAX_RULE_BYTES is read."""
    where = printable(path)
    try:
        raw = read_regular(path, MAX_RULE_BYTES)
    except ReadRefused as err:
        raise RuleFileError(f"{where}: cannot read the rule file ({err})") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise RuleFileError(f"{where}: not valid TOML ({err})") from None
    return validate(data, where, path.stem, guard=not trusted)


def _need(data: dict, key: str, typ: type, where: str):
    if key not in data:
        raise RuleFileError(f"{where}: missing key '{key}'")
    if not isinstance(data[key], typ):
        raise RuleFileError(f"{where}: key '{key}' must be a {typ.__name__}")
    return data[key]


def _lang_lists(data: dict, key: str, where: str, required: bool) -> dict[str, tuple[str, ...]]:
    table = data.get(key, {})
    if required and not table:
        raise RuleFileError(f"{where}: missing key '{key}'")
    if not isinstance(table, dict):
        raise RuleFileError(f"{where}: key '{key}' must be a table of languages")
    out = {}
    for lang, items in table.items():
        if lang not in ("fr", "en"):
            raise RuleFileError(f"{where}: key '{key}.{lang}': unknown language (fr, en)")
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise RuleFileError(f"{where}: key '{key}.{lang}' must be a list of strings")
        out[lang] = tuple(items)
    return out


def validate(data: dict, where: str, stem: str, guard: bool = False) -> Rule:
    unknown = sorted(set(data) - ALLOWED_KEYS)
    if unknown:
        raise RuleFileError(f"{where}: unknown key '{unknown[0]}'")
    rule_id = _need(data, "id", str, where)
    if rule_id != stem:
        raise RuleFileError(f"{where}: key 'id' is '{rule_id}' but the file is named '{stem}'")
    kind = _need(data, "kind", str, where)
    if kind not in KINDS:
        raise RuleFileError(f"{where}: key 'kind': unknown kind '{kind}' ({', '.join(KINDS)})")
    severity = data.get("severity", "error")
    if severity not in SEVERITIES:
        raise RuleFileError(f"{where}: key 'severity' must be one of {', '.join(SEVERITIES)}")
    conflicts = data.get("conflicts", KINDS[kind].conflicts)
    if not isinstance(conflicts, bool):
        raise RuleFileError(f"{where}: key 'conflicts' must be true or false")
    priority = data.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise RuleFileError(f"{where}: key 'priority' must be an integer")
    patterns = _lang_lists(data, "patterns", where, required=True)
    keywords = _lang_lists(data, "keywords", where, required=False)
    for lang, pats in patterns.items():
        for i, pat in enumerate(pats):
            key = f"patterns.{lang}[{i}]"
            if guard:
                try:
                    regexguard.check(pat)
                except regexguard.Unsafe as err:
                    raise RuleFileError(f"{where}: key '{key}': {err}") from None
                except (re.error, KeyError, ValueError, RecursionError, OverflowError) as err:
                    raise RuleFileError(f"{where}: key '{key}': regex does not compile ({err})") from None
            try:
                rx = compile_cached(expand(pat, lang, stub=True))
            except (re.error, KeyError, ValueError, RecursionError, OverflowError) as err:
                raise RuleFileError(f"{where}: key '{key}': regex does not compile ({err})") from None
            if "value" not in rx.groupindex:
                raise RuleFileError(f"{where}: key '{key}': missing value group (?P<value>...) or placeholder")
    examples = []
    for i, ex in enumerate(data.get("examples", [])):
        key = f"examples[{i}]"
        if not isinstance(ex, dict) or set(ex) - EXAMPLE_KEYS or "text" not in ex:
            raise RuleFileError(f"{where}: key '{key}' needs lang, text, expect (and date) and nothing else")
        expect = ex.get("expect", [])
        if not isinstance(expect, list) or any(not isinstance(e, dict) or set(e) - EXPECT_KEYS for e in expect):
            raise RuleFileError(f"{where}: key '{key}.expect' must list tables of {sorted(EXPECT_KEYS)}")
        if ex.get("lang") not in patterns:
            raise RuleFileError(f"{where}: key '{key}.lang' must be a language the rule has patterns for")
        day = ex.get("date")
        if day is not None:
            try:
                date.fromisoformat(str(day))
            except ValueError:
                raise RuleFileError(f"{where}: key '{key}.date' must be YYYY-MM-DD") from None
        examples.append(Example(ex["lang"], ex["text"], tuple(expect), str(day) if day else None))
    return Rule(
        id=rule_id, kind=kind, attribute=data.get("attribute", KINDS[kind].attribute),
        description=_need(data, "description", str, where),
        rationale=_need(data, "rationale", str, where),
        severity=severity, conflicts=conflicts, priority=priority, keywords=keywords, patterns=patterns,
        examples=tuple(examples), path=where,
    )
