"""The JSON report of the seeds validates against the published schema."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "factcheck" / "schema" / "report.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("command", ["check", "claims"])
def test_seed_report_matches_the_schema(command):
    result = CliRunner().invoke(main, [command, "--format", "json", str(ROOT / "seeds")])
    data = json.loads(result.output)
    jsonschema.Draft7Validator(SCHEMA).validate(data)
    assert data["claims"] and (command == "claims" or data["findings"])


def test_schema_rejects_a_claim_without_offsets():
    result = CliRunner().invoke(main, ["claims", "--format", "json", str(ROOT / "seeds")])
    data = json.loads(result.output)
    del data["claims"][0]["start"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(SCHEMA).validate(data)


def test_claims_reference_known_documents_and_findings_known_claims():
    data = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(ROOT / "seeds")]).output)
    docs = {d["id"] for d in data["documents"]}
    ids = {c["id"] for c in data["claims"]}
    assert all(c["document"] in docs for c in data["claims"])
    assert all(set(f["claims"]) <= ids for f in data["findings"])
