"""The closed menu of claim kinds: rules in data pick one, code gives it meaning.

Each kind says what type of value it carries (how its `value` group is normalised),
its default attribute, and whether two differing values about the same subject are a
conflict (`conflicts`) or merely worth listing when they agree. Generic mentions
(a year with no event, a name) are agreement-only: articles mention many years and
names in passing, and flagging them would bury the real disagreements.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    value_type: str  # number | year | date | name
    attribute: str  # default attribute when a rule does not give one
    conflicts: bool  # may two values of this kind conflict?
    description: str


KINDS: dict[str, Kind] = {k.name: k for k in (
    Kind("year", "year", "year", False, "a year an event happened ('en 2011')"),
    Kind("date", "date", "date", False, "a date or weekday, with its granularity"),
    Kind("start", "year", "founded", True, "when an entity was founded or started"),
    Kind("rename", "year", "renamed", True, "when an entity changed its name"),
    Kind("since", "year", "since", True, "since when a state has lasted ('since 1998')"),
    Kind("born", "year", "born", True, "a person's birth year or date"),
    Kind("count", "number", "count", True, "how many of something: dead, injured, arrests"),
    Kind("amount", "number", "amount", True, "an amount of money with its currency"),
    Kind("age", "number", "age", True, "a person's age"),
    Kind("percent", "number", "percent", False, "a percentage"),
    Kind("duration", "number", "duration", True, "how long something lasted"),
    Kind("quantity", "number", "quantity", True, "a measured quantity with a unit"),
    Kind("person", "name", "role", False, "a person named with a role"),
    Kind("alias", "name", "alias", False, "another name an entity is or was known by"),
    Kind("name", "name", "name", False, "a mention of a named entity"),
)}

