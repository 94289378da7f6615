"""JSON output: exactly Report.to_records(), deterministic, and rich-free."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from factcheck.report import render, render_claims
from report_fixtures import audit_report, empty_report, sample_report


def test_json_is_the_records():
    report = sample_report()
    assert json.loads(render(report, "json")) == report.to_records()


def test_json_keeps_key_order_and_non_ascii():
    out = render(sample_report(), "json")
    assert out.endswith("}\n")
    assert list(json.loads(out)) == ["version", "documents", "claims", "findings", "summary",
                                     "problems"]
    assert "Dufrêne" in out and "préfecture" in out


def test_json_audit_mode_has_draft_and_audit():
    data = json.loads(render(audit_report(), "json"))
    assert data["draft"] == "drafts/brouillon.txt"
    assert [a["verdict"] for a in data["audit"]].count("contradicted") == 2


def test_json_ignores_display_options():
    report = sample_report()
    assert render(report, "json") == render(report, "json", verbose=True, color=True, width=40)


def test_claims_json_has_documents_and_claims_only():
    data = json.loads(render_claims(sample_report(), "json"))
    assert list(data) == ["version", "documents", "claims"]
    assert data["version"] == 1 and len(data["claims"]) == 14
    assert data["claims"][0]["sentence"].startswith("L'incendie")


def test_empty_report():
    assert json.loads(render(empty_report(), "json"))["summary"]["claims"] == 0


def test_json_path_never_imports_rich():
    tests = Path(__file__).parent
    code = (f"import sys; sys.path.insert(0, {str(tests)!r})\n"
            "from report_fixtures import sample_report\n"
            "from factcheck.report import render, render_claims\n"
            "render(sample_report(), 'json'); render_claims(sample_report(), 'json')\n"
            "assert not [m for m in sys.modules if m.split('.')[0] == 'rich'], 'rich imported'\n")
    subprocess.run([sys.executable, "-c", code], check=True)
