"""The command line on the seeds: every format, --output, stdin, --fail-on, bad paths, progress.

The seeds disagree on Kiwi Farms' founding year (about 2007 vs 2013), so `check`
exits 1 on them by default.
"""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck import progress
from factcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
SEED_A = str(ROOT / "seeds" / "000_1e9aa604f06e6fd6.txt")
SARIF_SCHEMA = json.loads((ROOT / "tests" / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def invoke(*args: str, **kwargs):
    result = CliRunner().invoke(main, list(args), **kwargs)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def test_json_has_the_versioned_records():
    result = invoke("check", "--format", "json", SEEDS)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {"version", "documents", "claims", "findings", "summary"} <= set(data)
    assert data["version"] == 1
    assert len(data["documents"]) == 2
    assert data["summary"]["conflicts"] == 1
    conflict = next(f for f in data["findings"] if f["kind"] == "conflict")
    assert conflict["attribute"] == "founded"
    assert "2013" in conflict["message"] and "2007" in conflict["message"]


def test_sarif_validates_against_the_schema():
    result = invoke("check", "--format", "sarif", SEEDS)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(data)
    results = data["runs"][0]["results"]
    assert any(r["ruleId"].startswith("factcheck/conflict/founded") for r in results)


def test_markdown_contains_the_conflict():
    result = invoke("check", "--format", "markdown", SEEDS)
    assert result.exit_code == 1
    assert result.stdout.startswith("# factcheck report")
    conflicts = result.stdout.split("## Conflicts")[1].split("## Variants")[0]
    assert "founded" in conflicts and "**2013**" in conflicts and "vers 2007" in conflicts


def test_github_lines_are_workflow_commands():
    result = invoke("check", "--format", "github", SEEDS)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("::") for line in lines)
    assert any(line.startswith("::error file=") and "founded" in line for line in lines)


def test_html_is_one_page_with_the_conflict():
    result = invoke("check", "--format", "html", SEEDS)
    assert result.exit_code == 1
    page = result.stdout
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "founded" in page and "2013" in page
    assert "<script src=" not in page and '<link rel="stylesheet" href=' not in page


def test_rich_is_the_default():
    result = invoke("check", SEEDS)
    assert result.exit_code == 1
    assert "Conflicts" in result.stdout and "founded" in result.stdout
    assert "\x1b[" not in result.stdout  # not a terminal: no colour codes


def test_output_file(tmp_path):
    target = tmp_path / "report.json"
    result = invoke("check", "--format", "json", "--output", str(target), SEEDS)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["conflicts"] == 1


def test_unwritable_output_is_one_line(tmp_path):
    result = invoke("check", "--output", str(tmp_path / "no" / "dir" / "r.md"), SEEDS)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "cannot write" in result.stderr


def test_stdin_is_one_document():
    text = Path(SEED_A).read_text(encoding="utf-8")
    result = invoke("claims", "--format", "json", "-", input=text)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["-"]
    assert any(c["attribute"] == "founded" and c["text"] == "vers 2007" for c in data["claims"])


def test_stdin_with_a_file_is_compared():
    text = (ROOT / "seeds" / "003_e9c340a0aea209d4.txt").read_text(encoding="utf-8")
    result = invoke("check", "--format", "json", SEED_A, "-", input=text)
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    assert any(f["kind"] == "conflict" and "-" in f["values"] for f in findings)


@pytest.mark.parametrize("level, code", [("never", 0), ("conflict", 1), ("variant", 1)])
def test_fail_on(level, code):
    assert invoke("check", "--fail-on", level, "--format", "json", SEEDS).exit_code == code


def test_fail_on_variant_fails_without_conflicts(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Cloudflare a bloqué Kiwi Farms. Matthew Prince dirige Cloudflare.\n", encoding="utf-8")
    b.write_text("CloudFlare a bloqué Kiwi Farms. Matthew Prince dirige CloudFlare.\n", encoding="utf-8")
    data = json.loads(invoke("check", "--format", "json", str(a), str(b)).stdout)
    assert data["summary"]["conflicts"] == 0 and data["summary"]["variants"] >= 1
    assert invoke("check", "--format", "json", str(a), str(b)).exit_code == 0
    assert invoke("check", "--fail-on", "variant", "--format", "json", str(a), str(b)).exit_code == 1


def test_missing_path_is_named_and_the_rest_is_processed():
    result = invoke("check", "--format", "json", SEEDS, "missing/article.txt")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if "missing/article.txt" in line]
    assert len(errors) == 1 and errors[0].startswith("factcheck: error:")
    assert json.loads(result.stdout)["summary"]["documents"] == 2


def test_nothing_readable_is_exit_2():
    result = invoke("check", "missing/a.txt", "missing/b.txt")
    assert result.exit_code == 2
    assert "no document could be read" in result.stderr


def test_bad_date_option_is_a_usage_error():
    result = invoke("check", "--date", "seeds=2022", SEEDS)
    assert result.exit_code == 2
    assert "FILE=YYYY-MM-DD" in result.stderr


def test_claims_refuses_report_only_formats():
    result = invoke("claims", "--format", "sarif", SEEDS)
    assert result.exit_code == 2
    assert "'sarif' is not one of 'rich', 'json'" in result.stderr


def many_files(tmp_path: Path, count: int = 7) -> list[str]:
    paths = []
    for i in range(count):
        target = tmp_path / f"article{i}.txt"
        shutil.copy(SEED_A if i % 2 else ROOT / "seeds" / "003_e9c340a0aea209d4.txt", target)
        paths.append(str(target))
    return paths


def test_no_progress_when_not_a_terminal(tmp_path):
    result = invoke("check", *many_files(tmp_path))
    assert result.exit_code == 1
    assert "Checking" not in result.stderr and "━" not in result.stderr
    assert "\r" not in result.stderr and "\x1b[" not in result.stderr


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("total, fmt, tty, shown", [
    (7, "rich", True, True),
    (7, "markdown", True, True),
    (5, "rich", True, False),  # a handful of files: no bar
    (7, "json", True, False),
    (7, "sarif", True, False),
    (7, "github", True, False),
    (7, "rich", False, False),  # piped
])
def test_progress_only_on_a_terminal_for_many_files(total, fmt, tty, shown):
    stream = FakeTerminal() if tty else io.StringIO()
    assert progress.wanted(total, fmt, stream) is shown
    with progress.progress(total, fmt, stream) as on_document:
        assert (on_document is not None) is shown
        for i in range(total):
            if on_document:
                on_document(f"doc{i}.txt")
    assert ("Checking" in stream.getvalue() or "doc" in stream.getvalue()) is shown


def test_progress_counts_files_in_folders(tmp_path):
    many_files(tmp_path, 3)
    assert progress.count_files([str(tmp_path), SEED_A, "missing.txt"]) == 4
