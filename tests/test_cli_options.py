"""Command-line edges a newcomer hits: --debug after the subcommand, a bad or unused
--date, the formats each command lists, colour in a pipe, one document alone."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import Context, main

A = "L'effondrement du pont de Corvalis a fait 7 morts, selon la préfecture.\n"
B = "L'effondrement du pont de Corvalis a fait 9 morts, selon les pompiers.\n"


@pytest.fixture
def desk(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(Context, "debug", False)
    return tmp_path


def invoke(*args: str, **kwargs):
    result = CliRunner().invoke(main, list(args), **kwargs)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


@pytest.mark.parametrize("args", [
    ("check", "--debug", "a.txt", "b.txt"),
    ("check", "a.txt", "b.txt", "--debug"),
    ("claims", "--debug", "a.txt"),
    ("baseline", "--debug", "-o", "x.json", "a.txt", "b.txt"),
    ("rules", "list", "--debug"),
    ("rules", "show", "--debug", "alias-formerly"),
    ("--debug", "check", "a.txt", "b.txt"),
])
def test_debug_is_accepted_after_the_subcommand(desk, args):
    result = invoke(*args)
    assert result.exit_code in (0, 1), result.stderr
    assert Context.debug is True


def test_debug_after_the_subcommand_shows_the_traceback(desk, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("factcheck.pipeline.check", broken)
    quiet = invoke("check", "a.txt", "b.txt")
    assert quiet.exit_code == 2 and "internal error: RuntimeError: boom" in quiet.stderr
    loud = CliRunner().invoke(main, ["check", "--debug", "a.txt", "b.txt"])
    assert isinstance(loud.exception, RuntimeError)


@pytest.mark.parametrize("value, why", [
    ("foo", ""), ("a.txt", ""), ("a.txt=", ""), ("=2024-03-05", ""),
    ("a.txt=2024-13-40", " (month must be in 1..12)"),  # a well-formed day that does not exist
])
def test_bad_date_is_a_one_line_usage_error_naming_the_option(desk, value, why):
    result = invoke("check", "--date", value, "a.txt", "b.txt")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"factcheck: error: option --date: {value!r} is not FILE=YYYY-MM-DD{why}"]
    assert "internal error" not in result.stderr and result.stdout == ""


def test_date_for_a_file_not_in_the_run_is_a_warning(desk):
    result = invoke("check", "--date", "c.txt=2024-03-05", "--date", "./a.txt=2024-03-05",
                    "a.txt", "b.txt")
    assert result.exit_code == 1
    assert "factcheck: warning: --date c.txt: not among the files checked" in result.stderr
    assert "a.txt:" not in result.stderr  # ./a.txt is a.txt


def test_date_for_the_draft_or_a_file_in_a_folder_is_no_warning(desk):
    (desk / "sub").mkdir()
    (desk / "sub" / "c.txt").write_text(A, encoding="utf-8")
    result = invoke("check", "--draft", "b.txt", "--date", "b.txt=2024-03-05",
                    "--date", "sub/c.txt=2024-03-05", "a.txt", "sub")
    assert "warning: --date" not in result.stderr


def test_claims_help_lists_only_the_formats_it_accepts():
    out = invoke("claims", "--help").stdout
    assert "[rich|json]" in out
    assert "markdown" not in out and "sarif" not in out


def test_claims_json_and_rich_still_work(desk):
    assert invoke("claims", "--format", "json", "a.txt").exit_code == 0
    assert invoke("claims", "--format", "rich", "a.txt").exit_code == 0


def test_baseline_refuses_format(desk):
    result = invoke("baseline", "--format", "json", "a.txt", "b.txt")
    assert result.exit_code == 2
    assert "No such option" in result.stderr and "--format" in result.stderr
    assert not (desk / "factcheck-baseline.json").exists()
    assert "--format" not in invoke("baseline", "--help").stdout


@pytest.mark.parametrize("env, coloured", [
    ({"FORCE_COLOR": "1"}, True),
    ({}, False),
    ({"FORCE_COLOR": ""}, False),
    ({"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
])
def test_force_color_is_honoured_in_a_pipe(desk, monkeypatch, env, coloured):
    for name in ("FORCE_COLOR", "NO_COLOR"):
        monkeypatch.delenv(name, raising=False)
    result = invoke("check", "a.txt", "b.txt", env=env)
    assert ("\x1b[" in result.stdout) is coloured


def test_force_color_never_colours_a_file(desk):
    invoke("check", "-o", "out.txt", "a.txt", "b.txt", env={"FORCE_COLOR": "1"})
    assert "\x1b" not in (desk / "out.txt").read_text(encoding="utf-8")
