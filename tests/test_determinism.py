"""Same input, same bytes; input order does not change what is found."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt"))


def run(monkeypatch, *args: str):
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def findings(out: str, *fields: str) -> set[tuple]:
    data = json.loads(out)
    return {(f["kind"], f["attribute"], tuple(sorted(f["values"].values())), *(f[k] for k in fields))
            for f in data["findings"]}


def test_json_of_seeds_is_byte_identical_twice(monkeypatch):
    first = run(monkeypatch, "seeds/")
    assert first == run(monkeypatch, "seeds/")
    assert json.loads(first)["findings"], "the seeds have findings to compare"


def test_seed_order_does_not_change_findings(monkeypatch):
    assert len(SEEDS) == 2
    forward = run(monkeypatch, *SEEDS)
    backward = run(monkeypatch, *reversed(SEEDS))
    assert [d["id"] for d in json.loads(backward)["documents"]] == list(reversed(SEEDS))
    assert findings(forward) == findings(backward)


def test_seed_order_does_not_change_subjects_or_fingerprints(monkeypatch):
    forward = run(monkeypatch, *SEEDS)
    backward = run(monkeypatch, *reversed(SEEDS))
    assert findings(forward, "subject", "fingerprint") == findings(backward, "subject", "fingerprint")
