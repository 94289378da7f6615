"""Baselines: fingerprints that survive how a path is typed, accepted findings in every
format, and one-line errors for a file that is not a baseline.

Invented articles: two reports of a bridge collapse in Corvalis that disagree on the toll.
"""
from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.baseline import Baseline, document_key, mark_accepted
from factcheck.cli import main
from factcheck.report import FORMATS, render
from report_fixtures import sample_report

ROOT = Path(__file__).resolve().parent.parent
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
A = "L'effondrement du pont de Corvalis a fait 7 morts, selon la préfecture.\n"
B = "L'effondrement du pont de Corvalis a fait 9 morts, selon les pompiers.\n"


@pytest.fixture
def desk(tmp_path: Path, monkeypatch) -> Path:
    """A newsroom folder: sources/ holds two disagreeing articles; the cwd is the folder."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "sources" / "b.txt").write_text(B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def fingerprints(*args: str) -> list[str]:
    data = json.loads(invoke("check", "--format", "json", *args).stdout)
    return [f["fingerprint"] for f in data["findings"]]


@pytest.mark.parametrize("config", [False, True])
def test_fingerprints_do_not_depend_on_how_the_path_is_typed(desk, config):
    if config:
        (desk / "factcheck.toml").write_text('lang = "fr"\n', encoding="utf-8")
    typed = ["sources", "sources/", "./sources", str(desk / "sources"), "sources/../sources"]
    prints = [fingerprints(t) for t in typed]
    assert prints[0] and all(p == prints[0] for p in prints)
    # and from a subfolder, the config found upwards
    if config:
        (desk / "desk").mkdir()
        os.chdir(desk / "desk")
        assert fingerprints("../sources") == prints[0]


def test_a_baseline_made_one_way_accepts_the_findings_typed_another_way(desk):
    (desk / "factcheck.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
    assert invoke("check", "./sources/").exit_code == 1
    assert invoke("baseline", "./sources/").exit_code == 0
    assert json.loads((desk / "accepted.json").read_text(encoding="utf-8"))["keys"] == "config"
    assert invoke("check", str(desk / "sources")).exit_code == 0
    assert invoke("check", "sources/a.txt", "sources/b.txt").exit_code == 0


def test_a_baseline_without_config_uses_file_names(desk):
    invoke("baseline", "-o", "accepted.json", "sources")
    data = json.loads((desk / "accepted.json").read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["keys"] == "names"
    assert invoke("check", "--baseline", "accepted.json", str(desk / "sources")).exit_code == 0


@pytest.mark.parametrize("path, key", [
    ("sources/a.txt", "sources/a.txt"),
    ("./sources/a.txt", "sources/a.txt"),
    ("sources/../sources/a.txt", "sources/a.txt"),
    ("-", "-"),
])
def test_document_key_is_relative_to_the_config_folder(desk, path, key):
    assert document_key(path, str(desk)) == key
    assert document_key(str(desk / "sources" / "a.txt"), str(desk)) == "sources/a.txt"


def test_document_key_without_config_is_the_file_name(desk):
    assert document_key("./sources/a.txt") == "a.txt"
    assert document_key(str(desk / "sources" / "a.txt")) == "a.txt"


@pytest.mark.parametrize("text, message", [
    ("{}", "no 'accepted' list"),
    ("{not json", "not valid JSON"),
    ("", "not valid JSON"),
    ("[1, 2]", "no 'accepted' list"),
    ('{"version": 2, "keys": "names", "accepted": [{"kind": "conflict"}]}', "entry 1 has no 'fingerprint'"),
    ('{"version": 1, "accepted": []}', "run 'factcheck baseline' again"),
    ('{"version": 2, "keys": "elsewhere", "accepted": []}', "'keys' must be config or names"),
])
@pytest.mark.parametrize("named", [True, False])
def test_a_file_that_is_not_a_baseline_is_one_line_exit_2(desk, text, message, named):
    (desk / "accepted.json").write_text(text, encoding="utf-8")
    if named:
        result = invoke("check", "--baseline", "accepted.json", "sources")
    else:
        (desk / "factcheck.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
        result = invoke("check", "sources")
    assert result.exit_code == 2
    assert result.stdout == ""  # refused before any report is written
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "accepted.json" in lines[0] and message in lines[0], result.stderr


def test_a_config_baseline_needs_its_config(desk):
    (desk / "factcheck.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
    invoke("baseline", "sources")
    (desk / "factcheck.toml").unlink()
    result = invoke("check", "--baseline", "accepted.json", "sources")
    assert result.exit_code == 2 and "made with a configuration file" in result.stderr


def accepted_report():
    """The sample report with its deaths conflict and its variant accepted."""
    report = sample_report()
    prints = {f.fingerprint for f in report.findings if f.id in ("f1", "f3")}
    return mark_accepted(report, Baseline(frozenset(prints), "names"))


def test_marking_accepts_conflicts_and_variants_only():
    report = sample_report()
    report = mark_accepted(report, Baseline(frozenset(f.fingerprint for f in report.findings), "names"))
    assert {f.id for f in report.findings if f.accepted} == {"f1", "f2", "f3"}
    assert report.summary()["accepted"] == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_accepted_findings_show_in_every_format_with_a_count(fmt):
    out = render(accepted_report(), fmt)
    if fmt in ("json", "sarif"):
        data = json.loads(out)
    if fmt == "json":
        flags = {f["id"]: f["accepted"] for f in data["findings"]}
        assert flags == {"f1": True, "f2": False, "f3": True, "f4": False, "f5": False}
        assert data["summary"]["accepted"] == 2
    elif fmt == "sarif":
        jsonschema.validate(data, SARIF_SCHEMA)
        results = data["runs"][0]["results"]
        suppressed = {r["properties"]["findingId"] for r in results if r.get("suppressions")}
        assert suppressed == {"f1", "f3"}
        assert all(r["suppressions"][0]["status"] == "accepted" for r in results if r.get("suppressions"))
    elif fmt == "github":
        lines = out.splitlines()
        deaths = [line for line in lines if "title=factcheck deaths" in line]
        assert deaths and all(line.startswith("::notice ") and "(accepted)" in line for line in deaths)
        founded = [line for line in lines if "title=factcheck founded" in line]
        assert founded and all(line.startswith("::warning ") for line in founded)
        assert any("title=factcheck director (accepted)" in line for line in lines)
    else:
        assert "; 2 accepted" in out
        assert out.count("accepted") >= 3  # the summary, then each accepted finding


def test_rich_marks_the_accepted_conflict_and_not_the_other():
    out = render(accepted_report(), "rich", width=100)
    assert "deaths — usine Sorvane  [error] [accepted]" in out
    assert "founded — usine Sorvane  [warning]\n" in out


def test_accepted_count_is_left_out_when_nothing_is_accepted():
    out = render(sample_report(), "markdown")
    assert "accepted" not in out.split("\n")[2]


def test_accepted_flag_survives_replace_and_is_in_the_record():
    finding = replace(sample_report().findings[0], accepted=True)
    assert finding.record()["accepted"] is True


def test_draft_fingerprint_in_sarif_does_not_depend_on_how_the_draft_is_typed(desk):
    (desk / "draft.txt").write_text("L'effondrement du pont de Corvalis a fait 12 morts.\n", encoding="utf-8")

    def prints(draft: str) -> list[str]:
        out = invoke("check", "--format", "sarif", "--draft", draft, "sources").stdout
        return [r["partialFingerprints"] for r in json.loads(out)["runs"][0]["results"]]

    assert prints("draft.txt") == prints("./draft.txt") == prints(str(desk / "draft.txt"))
