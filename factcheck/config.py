"""Configuration: `factcheck.toml` or `[tool.factcheck]` in `pyproject.toml`, found upwards.

Also the baseline of accepted findings (fingerprints) and the fail-on threshold.
"""
from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import ConfigError
from .model import Report

KEYS = {"rules", "lang", "fail-on", "disable", "weights", "baseline", "format", "dates"}
FAIL_ON = ("conflict", "variant", "never")


@dataclass
class Config:
    path: str | None = None
    rule_dirs: tuple[str, ...] = ()
    lang: str | None = None
    fail_on: str | None = None
    disabled: tuple[str, ...] = ()
    weights: dict[str, float] = field(default_factory=dict)
    baseline: str | None = None
    format: str | None = None
    dates: dict[str, date] = field(default_factory=dict)

    def accepted(self, override: str | None = None) -> set[str]:
        target = override or self.baseline
        if not target:
            return set()
        try:
            data = json.loads(Path(target).read_text(encoding="utf-8"))
            return {f["fingerprint"] for f in data.get("accepted", [])}
        except FileNotFoundError:
            if override:
                raise ConfigError(f"{target}: baseline file not found") from None
            return set()
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise ConfigError(f"{target}: not a factcheck baseline ({err})") from None


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        own = folder / "factcheck.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                if "factcheck" in tomllib.loads(py.read_text(encoding="utf-8")).get("tool", {}):
                    return py
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                continue
    return None


def load_config(path: str | None = None) -> Config:
    target = Path(path) if path else find_config()
    if target is None:
        return Config()
    try:
        data = tomllib.loads(target.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{target}: config file not found") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{target}: not valid TOML ({err})") from None
    if target.name == "pyproject.toml":
        data = data.get("tool", {}).get("factcheck", {})
    return parse_config(data, target)


def parse_config(data: dict, target: Path) -> Config:
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(f"{target}: unknown key '{unknown[0]}'")
    base = target.parent
    fail_on = data.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_ON:
        raise ConfigError(f"{target}: key 'fail-on' must be one of {', '.join(FAIL_ON)}")
    lang = data.get("lang")
    if lang is not None and lang not in ("fr", "en"):
        raise ConfigError(f"{target}: key 'lang' must be fr or en")
    try:
        dates = {k: date.fromisoformat(str(v)) for k, v in data.get("dates", {}).items()}
        weights = {str(k): float(v) for k, v in data.get("weights", {}).items()}
    except (ValueError, TypeError, AttributeError) as err:
        raise ConfigError(f"{target}: bad 'dates' or 'weights' ({err})") from None
    baseline = data.get("baseline")
    return Config(
        path=str(target),
        rule_dirs=tuple(str(base / d) for d in data.get("rules", [])),
        lang=lang, fail_on=fail_on, disabled=tuple(data.get("disable", [])), weights=weights,
        baseline=str(base / baseline) if baseline else None, format=data.get("format"), dates=dates,
    )


def failing_findings(report: Report, level: str, accepted: set[str]) -> list:
    """Findings that make the run fail at this --fail-on level."""
    if level == "never":
        return []
    kinds = {"conflict"} if level == "conflict" else {"conflict", "variant"}
    bad = [f for f in report.findings if f.kind in kinds and f.severity != "info"
           and f.fingerprint not in accepted]
    if report.audit is not None:
        bad += [a for a in report.audit if a.verdict == "contradicted"]
    return bad


def write_baseline(report: Report, target: str) -> int:
    items = [{"fingerprint": f.fingerprint, "kind": f.kind, "message": f.message}
             for f in report.findings if f.kind in ("conflict", "variant")]
    Path(target).write_text(json.dumps({"version": 1, "accepted": items}, ensure_ascii=False, indent=2)
                            + "\n", encoding="utf-8")
    return len(items)
