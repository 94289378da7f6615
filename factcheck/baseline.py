"""Baselines: fingerprints that do not depend on how a path was typed, and accepted findings.

A finding's fingerprint names its documents by their *key*: the path relative to the
configuration file's folder when a configuration is in use, else the file's name. So
`sources/a.txt`, `./sources/a.txt` and `/home/desk/sources/a.txt` are one file, and a
baseline written from one folder is read the same from another. A baseline file lists
the fingerprints of accepted findings and says which keys they were made with
(`"keys": "config"` or `"names"`); a run marks those findings `accepted` (every
format shows it) and they no longer fail the run. A baseline made by file names
still matches once a configuration file is added. Never prints.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, replace

from .errors import ConfigError
from .model import Finding, Report
from .safeio import (DEFAULT_MAX_BYTES, Missing, ReadRefused, WriteFailed, atomic_write, display_path, printable,
                     read_regular)

VERSION = 2  # 1: fingerprints named documents by the path as typed
KINDS = ("conflict", "variant")  # what a baseline can accept
ANCHORS = ("config", "names")  # documents' keys relative to a config's folder, or file names


@dataclass(frozen=True)
class Baseline:
    """The accepted fingerprints of a baseline file and the keys they were made with."""

    fingerprints: frozenset[str] = frozenset()
    keys: str = "names"


def document_key(path: str, root: str | None = None) -> str:
    """The stable name of a document: relative to `root` (a config's folder), else its name.

    A non-UTF-8 name's bytes are shown as `\\xNN` (display_path), as in the document's id,
    so the key can be hashed and written to JSON."""
    if path == "-":
        return "-"
    real = os.path.realpath(path)
    if root:
        try:
            return display_path(os.path.relpath(real, os.path.realpath(root)).replace(os.sep, "/"))
        except ValueError:  # another drive (Windows): no relative path
            pass
    return display_path(os.path.basename(real))


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def fingerprint(finding: Finding, report: Report, keys: dict[str, str]) -> str:
    """A fingerprint from what the finding says (kind, fact, values) and its documents' keys.

    Variants keep theirs: it hashes the spellings alone, no path in it.
    """
    if finding.kind == "variant":
        return finding.fingerprint
    claims = report.claim_index()
    shown = sorted({claims[c].value.display for c in finding.claims if c in claims})
    documents = sorted(keys.get(d, d) for d in finding.values)
    return _digest(finding.kind, finding.attribute, finding.subject, documents, shown)


def stabilise(report: Report) -> Report:
    """Give every finding a fingerprint from its documents' keys (set by the reader step)."""
    keys = {d.id: d.key or document_key(d.path) for d in report.documents}
    report.findings = [replace(f, fingerprint=fingerprint(f, report, keys)) for f in report.findings]
    return report


def load(target: str, *, required: bool = True, max_bytes: int = DEFAULT_MAX_BYTES) -> Baseline:
    """The accepted fingerprints of a baseline file; ConfigError (one line) when it is not one.

    A missing file is an error when named on the command line (`required`), and an
    empty baseline when only the configuration names it (not written yet). Anything
    else wrong with it (a folder, a FIFO, too large, not UTF-8 or JSON, nested too
    deeply, not the expected shape) is a ConfigError naming it.
    """
    name = printable(target)
    try:
        raw = read_regular(target, max_bytes, hint=", raise it with --max-size")
    except Missing:
        if required:
            raise ConfigError(f"{name}: baseline file not found") from None
        return Baseline()
    except ReadRefused as err:
        raise ConfigError(f"{name}: cannot read the baseline ({err})") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise ConfigError(f"{name}: not a factcheck baseline (JSON nested too deeply)") from None
    except UnicodeDecodeError as err:
        raise ConfigError(f"{name}: not a factcheck baseline (not UTF-8: {err})") from None
    except ValueError as err:
        raise ConfigError(f"{name}: not a factcheck baseline (not valid JSON: {err})") from None
    if not isinstance(data, dict) or not isinstance(data.get("accepted"), list):
        raise ConfigError(f"{name}: not a factcheck baseline (no 'accepted' list; "
                          "write one with 'factcheck baseline')")
    if data.get("version") != VERSION:
        raise ConfigError(f"{name}: baseline version {data.get('version')!r} is not {VERSION} "
                          "(older fingerprints depended on how paths were typed); "
                          "run 'factcheck baseline' again")
    if data.get("keys") not in ANCHORS:
        raise ConfigError(f"{name}: not a factcheck baseline ('keys' must be config or names)")
    prints = set()
    for i, item in enumerate(data["accepted"], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str):
            raise ConfigError(f"{name}: not a factcheck baseline (entry {i} has no 'fingerprint')")
        prints.add(item["fingerprint"])
    return Baseline(frozenset(prints), data["keys"])


def mark_accepted(report: Report, baseline: Baseline, root: str | None = None,
                  target: str = "baseline") -> Report:
    """Flag the conflicts and variants whose fingerprint the baseline accepts.

    `root` is the run's config folder (None: no config). A baseline made by file names
    is also matched by file names; one made relative to a config cannot be matched
    without one (ConfigError).
    """
    if baseline.keys == "config" and root is None and baseline.fingerprints:
        raise ConfigError(f"{printable(target)}: made with a configuration file, and this run has none "
                          "(run from the project, or name it with --config)")
    names = None
    if baseline.keys == "names" and root is not None:
        names = {d.id: document_key(d.path) for d in report.documents}

    def accepted(f: Finding) -> bool:
        if f.kind not in KINDS:
            return False
        if f.fingerprint in baseline.fingerprints:
            return True
        return names is not None and fingerprint(f, report, names) in baseline.fingerprints

    report.findings = [replace(f, accepted=True) if accepted(f) else f for f in report.findings]
    return report


def write(report: Report, target: str, root: str | None = None) -> int:
    """Write today's conflicts and variants as accepted (atomically); the number written."""
    items = [{"fingerprint": f.fingerprint, "kind": f.kind, "message": f.message}
             for f in report.findings if f.kind in KINDS]
    data = {"version": VERSION, "keys": "names" if root is None else "config", "accepted": items}
    try:
        with atomic_write(target) as fh:  # an interrupted run leaves the old baseline
            fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except WriteFailed as err:
        raise ConfigError(f"{printable(target)}: cannot write the baseline ({err})") from None
    return len(items)
