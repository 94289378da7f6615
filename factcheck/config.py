"""Configuration: `factcheck.toml` or `[tool.factcheck]` in `pyproject.toml`, found upwards.

Precedence, highest first: a command-line option, the file named by `--config`, the
file discovered by walking up from the current directory, the defaults. Paths in a
file (rule folders, baseline, dated files) are relative to that file's folder.
Also the fail-on threshold; the baseline of accepted findings is read by baseline.py.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from .errors import ConfigError
from .model import Report
from .safeio import Missing, ReadRefused, printable, read_regular

KEYS = {"rules", "lang", "fail-on", "disable", "weights", "baseline", "format", "dates"}
FAIL_ON = ("conflict", "variant", "never")
FORMATS = ("rich", "json", "markdown", "html", "sarif", "github")
# Config field for each file key, so a --config file overrides only what it sets.
FIELDS = {"rules": "rule_dirs", "lang": "lang", "fail-on": "fail_on", "disable": "disabled",
          "weights": "weights", "baseline": "baseline", "format": "format", "dates": "dates"}
MAX_CONFIG_BYTES = 1024 * 1024  # a configuration file is a few lines
# Publication dates that relative dates ("il y a 1000 ans", "demain") can be computed from.
FIRST_DAY, LAST_DAY = date(1000, 1, 1), date(9998, 12, 31)


@dataclass
class Config:
    """Settings read from configuration files; None or empty means "not set"."""

    path: str | None = None
    rule_dirs: tuple[str, ...] = ()
    lang: str | None = None
    fail_on: str | None = None
    disabled: tuple[str, ...] = ()
    weights: dict[str, float] = field(default_factory=dict)
    baseline: str | None = None
    format: str | None = None
    dates: dict[str, date] = field(default_factory=dict)
    keys: frozenset[str] = frozenset()  # the file keys that were set
    root: str | None = None  # the folder of the file in use: documents' keys are relative to it

    def over(self, base: "Config") -> "Config":
        """This config's keys on top of `base` (this one wins where it sets a key)."""
        merged = {FIELDS[k]: getattr(self if k in self.keys else base, FIELDS[k]) for k in FIELDS}
        paths = ", ".join(p for p in (base.path, self.path) if p) or None
        return Config(path=paths, keys=self.keys | base.keys, root=self.root or base.root, **merged)


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / "factcheck.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                tool = tomllib.loads(read_regular(py, MAX_CONFIG_BYTES).decode("utf-8")).get("tool")
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, ReadRefused):
                continue  # someone else's broken pyproject.toml is not ours to judge
            if isinstance(tool, dict) and "factcheck" in tool:
                return py
    return None


def load_config(path: str | None = None, start: Path | None = None) -> Config:
    """The discovered config (from `start`, default the current directory) with the
    file named by `path` on top of it."""
    found = find_config(start)
    discovered = read_config(found) if found is not None else Config()
    if path is None:
        return discovered
    named = read_config(Path(path))
    if found is not None and found.resolve() == Path(path).resolve():
        return named
    return named.over(discovered)


def read_config(target: Path) -> Config:
    """One configuration file; ConfigError (one line naming the file) if it is invalid."""
    name = printable(target)
    if target.is_dir():
        raise ConfigError(f"{name}: is a directory, not a config file")
    try:
        data = tomllib.loads(read_regular(target, MAX_CONFIG_BYTES).decode("utf-8"))
    except ReadRefused as err:
        if isinstance(err, Missing):
            raise ConfigError(f"{name}: config file not found") from None
        raise ConfigError(f"{name}: cannot read the config file ({err})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{name}: not valid TOML ({err})") from None
    if target.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{name}: 'tool' must be a table")
        data = tool.get("factcheck", {})
    if not isinstance(data, dict):
        raise ConfigError(f"{name}: [tool.factcheck] must be a table")
    return parse_config(data, target)


def _day(value: object) -> date:
    """A TOML date (2021-03-12), datetime or quoted ISO string as a date."""
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        day = date.fromisoformat(value)  # TypeError for numbers, ValueError for bad text
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValueError(f"{day.isoformat()} is not between {FIRST_DAY} and {LAST_DAY}")
    return day


_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*", re.IGNORECASE)


def parse_size(text: str, option: str = "--max-size") -> int:
    """A size such as "500M", "2G", "750k" or a number of bytes; ConfigError otherwise."""
    m = _SIZE.fullmatch(text or "")
    if m is None:
        raise ConfigError(f"{option} {printable(text)!r}: expected a size such as 500M or 2G")
    scale = 1024 ** " kmgt".index((m.group(2) or " ").lower())
    size = int(float(m.group(1)) * scale)
    if size < 1:
        raise ConfigError(f"{option} {printable(text)!r}: the size must be at least one byte")
    return size


def parse_date_option(item: str, option: str = "--date") -> tuple[str, date]:
    """`FILE=YYYY-MM-DD` from the command line as (FILE, date); ConfigError naming the option.

    The date must be a real day ("2020-13-45" is not) between FIRST_DAY and LAST_DAY,
    so that "il y a mille ans" or "demain" can be computed from it."""
    name, sep, day = item.rpartition("=")
    wrong = f"option {option}: {printable(item)!r} is not FILE=YYYY-MM-DD"
    if not sep or not name or not day.strip():
        raise ConfigError(wrong)
    try:
        return name, _day(day.strip())
    except (ValueError, TypeError) as err:
        raise ConfigError(f"{wrong} ({printable(err)})") from None


def _strings(data: dict, key: str, target: Path) -> list[str]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{target}: key '{key}' must be a list of strings")
    return value


def parse_config(data: dict, target: Path) -> Config:
    """Validate one file's keys strictly; relative paths are made relative to its folder."""
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(f"{target}: unknown key '{unknown[0]}' (known: {', '.join(sorted(KEYS))})")
    base = target.parent
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"{target}: key 'fail-on' must be one of {', '.join(FAIL_ON)}")
    lang = data.get("lang")
    if lang is not None and lang not in ("fr", "en"):
        raise ConfigError(f"{target}: key 'lang' must be fr or en")
    fmt = data.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"{target}: key 'format' must be one of {', '.join(FORMATS)}")
    try:
        # TOML reads 2021-03-12 as a date already; a quoted string is parsed here.
        dates = {("-" if k == "-" else str(base / k)): _day(v) for k, v in data.get("dates", {}).items()}
        weights = {str(k): float(v) for k, v in data.get("weights", {}).items()}
    except (ValueError, TypeError, AttributeError) as err:
        raise ConfigError(f"{target}: bad 'dates' or 'weights' ({err})") from None
    baseline = data.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError(f"{target}: key 'baseline' must be a file name")
    return Config(
        path=str(target),
        rule_dirs=tuple(str(base / d) for d in _strings(data, "rules", target)),
        lang=lang, fail_on=fail_on, disabled=tuple(_strings(data, "disable", target)), weights=weights,
        baseline=str(base / baseline) if baseline else None, format=fmt, dates=dates,
        keys=frozenset(data), root=str(base.resolve()),
    )


def failing_findings(report: Report, level: str) -> list:
    """Findings that make the run fail at this --fail-on level (accepted ones never do).

    When a draft is audited the run is about the draft: only its contradicted claims
    fail it, and conflicts among the sources alone are listed without failing.
    """
    if level == "never":
        return []
    if report.audit is not None:
        return [a for a in report.audit if a.verdict == "contradicted"]
    kinds = {"conflict"} if level == "conflict" else {"conflict", "variant"}
    return [f for f in report.findings if f.kind in kinds and f.severity != "info"
            and not f.accepted]
