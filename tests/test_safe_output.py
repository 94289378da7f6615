"""Issue 11, items 1, 7 and 9: the report never destroys an input, is written atomically,
and a failing output (full disk, closed pipe, a locale that cannot show a character)
is one line and exit 2, or a quiet exit 0 for a closed pipe, never a traceback."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from hostile import ARTICLE_A, FACTCHECK, articles, one_error_line, run

FORMATS = ["rich", "json", "markdown", "html", "sarif", "github"]


def invoke(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def refused(result, needle: str = "is also an input") -> str:
    assert result.exit_code == 2, result.output
    line = one_error_line(result.stderr)
    assert needle in line, line
    return line


# -- item 1: an output path that is also an input ----------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_output_that_is_an_input_is_refused_in_every_format(tmp_path, fmt):
    a, b = articles(tmp_path)
    result = invoke("check", "--format", fmt, "-o", a, a, b)
    refused(result)
    assert a.read_text(encoding="utf-8") == ARTICLE_A


@pytest.mark.parametrize("spelling", ["./a.txt", "absolute", "hardlink", "symlink"])
def test_output_naming_an_input_another_way_is_refused(tmp_path, monkeypatch, spelling):
    a, b = articles(tmp_path)
    monkeypatch.chdir(tmp_path)
    target = {"./a.txt": "./a.txt", "absolute": str(a)}.get(spelling)
    if spelling == "hardlink":
        os.link(a, tmp_path / "same.txt")
        target = "same.txt"
    elif spelling == "symlink":
        os.symlink(a, tmp_path / "link.txt")
        target = "link.txt"
    refused(invoke("check", "-o", target, "a.txt", "b.txt"))
    assert a.read_text(encoding="utf-8") == ARTICLE_A


def test_output_inside_a_checked_folder_that_is_an_article_is_refused(tmp_path):
    a, _b = articles(tmp_path / "src")
    refused(invoke("claims", "-o", a, tmp_path / "src"))
    assert a.read_text(encoding="utf-8") == ARTICLE_A


def test_baseline_output_that_is_an_input_is_refused(tmp_path):
    a, b = articles(tmp_path)
    refused(invoke("baseline", "-o", b, a, b))
    assert "Corvalis" in b.read_text(encoding="utf-8")


def test_output_that_is_the_draft_is_refused(tmp_path):
    a, b = articles(tmp_path)
    draft = tmp_path / "draft.md"
    draft.write_text("Le pont de Corvalis a fait 12 morts.\n", encoding="utf-8")
    refused(invoke("check", "--draft", draft, "-o", draft, a, b))
    assert draft.read_text(encoding="utf-8") == "Le pont de Corvalis a fait 12 morts.\n"


def test_configured_baseline_that_is_an_input_is_refused(tmp_path, monkeypatch):
    articles(tmp_path)
    (tmp_path / "factcheck.toml").write_text('baseline = "a.txt"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    line = refused(invoke("baseline", "."))
    assert "baseline" in line
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == ARTICLE_A


@pytest.mark.parametrize("fmt", FORMATS)
def test_report_written_into_the_checked_folder_is_not_read_back(tmp_path, fmt):
    src = tmp_path / "src"
    articles(src)
    report = src / "report.txt"  # a supported suffix, so only the content can tell
    first = invoke("check", "--format", fmt, "-o", report, src)
    assert first.exit_code == 1, first.output
    again = invoke("check", "--format", "json", src)
    data = json.loads(again.stdout)
    assert [Path(d["id"]).name for d in data["documents"]] == ["a.txt", "b.txt"]
    assert "report.txt: a factcheck report, not an article: skipped" in again.stderr
    rewrite = invoke("check", "--format", fmt, "-o", report, src)  # overwriting it is fine
    assert rewrite.exit_code == 1, rewrite.stderr


def test_claims_listing_written_into_the_folder_is_not_read_back(tmp_path):
    src = tmp_path / "src"
    articles(src)
    assert invoke("claims", "-o", src / "claims.txt", src).exit_code == 0
    assert invoke("claims", "--format", "json", "-o", src / "claims-json.txt", src).exit_code == 0
    data = json.loads(invoke("check", "--format", "json", src).stdout)
    assert data["summary"]["documents"] == 2


def test_an_article_is_not_taken_for_a_report():
    from factcheck.ownreport import is_factcheck_report

    assert not is_factcheck_report(ARTICLE_A)
    assert not is_factcheck_report('{"name": "not ours", "version": 1}')
    assert not is_factcheck_report("# Le rapport de factcheck\n\nUn article sur un outil.")


# -- item 7: atomic output ----------------------------------------------------------------

def test_interrupted_json_output_leaves_the_previous_report(tmp_path, monkeypatch):
    a, b = articles(tmp_path)
    out = tmp_path / "out.json"
    out.write_text('{"previous": true}\n', encoding="utf-8")
    from factcheck.report import json_report

    real_write = json_report.write

    def interrupted(report, fh, **kwargs):
        fh.write('{\n  "version": 1,\n')  # half a report, then ^C
        raise KeyboardInterrupt

    monkeypatch.setattr(json_report, "write", interrupted)
    result = invoke("claims", "--format", "json", "-o", out, a, b)
    assert result.exit_code == 2 and "interrupted" in result.stderr
    assert out.read_text(encoding="utf-8") == '{"previous": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "out.json"]  # no temp file
    monkeypatch.setattr(json_report, "write", real_write)


def test_sigint_while_writing_leaves_the_previous_report(tmp_path):
    """A real ^C in the middle of a streamed JSON report (the temporary file exists)."""
    import signal
    import time

    big = tmp_path / "big.txt"
    big.write_text("\n\n".join(f"Le pont numéro {i} a fait {i % 9 + 2} morts en {1900 + i % 100}."
                                for i in range(100_000)), encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text('{"previous": true}\n', encoding="utf-8")
    proc = subprocess.Popen([FACTCHECK, "claims", "--format", "json", "-o", str(out), str(big)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(60_000):  # wait (at most ~10 minutes: a hang guard) for the write to start
            started = any(p.name.endswith(".tmp") for p in tmp_path.iterdir()) or \
                out.stat().st_size != len('{"previous": true}\n')  # written in place (the old way)
            if started or proc.poll() is not None:
                break
            time.sleep(0.01)
        if proc.poll() is not None:
            pytest.skip("the report was written before it could be interrupted")
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
    finally:
        proc.kill()
    # Never a truncated file: the previous report, or (when the signal came as the run
    # was ending, after the rename: a loaded machine delays this test's polling) the
    # complete new one.
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt", "out.json"]
    if proc.returncode == 0:
        assert json.loads(out.read_text(encoding="utf-8"))["claims"]
        pytest.skip("the report was complete before the interrupt reached the run")
    assert proc.returncode == 2 and b"interrupted" in err
    assert out.read_text(encoding="utf-8") == '{"previous": true}\n'


def test_ctrl_c_outside_the_core_is_one_line_and_exit_2(tmp_path, monkeypatch):
    """^C can land between the core's calls (the CLI's own work): still one line, exit 2,
    not click's "Aborted!" with exit 1 ("conflict found")."""
    import factcheck.cli as cli

    a, b = articles(tmp_path)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "report_problems", interrupted)
    result = invoke("check", "--format", "json", a, b)
    assert result.exit_code == 2
    assert one_error_line(result.stderr) == "factcheck: error: interrupted"


def test_report_that_cannot_be_encoded_leaves_the_previous_file(tmp_path, monkeypatch):
    a, b = articles(tmp_path)
    out = tmp_path / "out.md"
    out.write_text("previous\n", encoding="utf-8")
    import factcheck.report as report_pkg

    monkeypatch.setattr(report_pkg, "render", lambda *args, **kwargs: "half\udcff")
    result = invoke("check", "--format", "markdown", "-o", out, a, b)
    assert result.exit_code == 2
    assert "cannot write" in one_error_line(result.stderr)
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "out.md"]


def test_atomic_write_replaces_only_on_success(tmp_path):
    from factcheck.safeio import atomic_write

    target = tmp_path / "r.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(str(target)) as fh:
            fh.write("new but unfinished")
            raise RuntimeError("boom")
    assert target.read_text(encoding="utf-8") == "old" and len(list(tmp_path.iterdir())) == 1
    with atomic_write(str(target)) as fh:
        fh.write("new")
    assert target.read_text(encoding="utf-8") == "new" and len(list(tmp_path.iterdir())) == 1


def test_atomic_write_into_a_missing_folder_is_a_write_failure(tmp_path):
    from factcheck.safeio import WriteFailed, atomic_write

    with pytest.raises(WriteFailed):
        with atomic_write(str(tmp_path / "nope" / "r.txt")) as fh:
            fh.write("x")


# -- item 9 (and 10's -o /dev/full): failing outputs -------------------------------------

needs_dev_full = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")


@needs_dev_full
@pytest.mark.parametrize("fmt", ["rich", "json"])
def test_full_disk_on_stdout_is_one_line_and_exit_2(tmp_path, fmt):
    a, b = articles(tmp_path)
    with open("/dev/full", "wb") as full:
        proc = run("check", "--format", fmt, a, b, stdout=full)
    assert proc.returncode == 2
    line = one_error_line(proc.stderr)
    assert "No space left on device" in line and "internal error" not in line


@needs_dev_full
@pytest.mark.parametrize("fmt", ["json", "markdown"])
def test_output_file_on_a_full_disk_is_one_line_and_exit_2(tmp_path, fmt):
    a, b = articles(tmp_path)
    result = invoke("check", "--format", fmt, "-o", "/dev/full", a, b)
    assert result.exit_code == 2
    assert "/dev/full: cannot write the report" in one_error_line(result.stderr)


def test_closed_pipe_ends_quietly_with_exit_0(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join(f"Le pont numéro {i} a fait {i % 9 + 2} morts en {1900 + i % 100}."
                               for i in range(3000)), encoding="utf-8")
    proc = subprocess.Popen([FACTCHECK, "claims", "--format", "json", str(big)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = proc.stdout.readline()  # like `| head -1`
    proc.stdout.close()
    try:
        err = proc.stderr.read()
        code = proc.wait(timeout=120)
    finally:
        proc.kill()
    assert first == b"{\n"
    assert code == 0, err
    assert err == b"", err


@pytest.mark.parametrize("encoding", ["iso8859-9", "ascii"])
def test_report_in_a_locale_that_cannot_show_every_character(tmp_path, encoding):
    a, b = articles(tmp_path)
    proc = run("check", a, b, env={"PYTHONIOENCODING": encoding, "LC_ALL": "C"})
    assert proc.returncode == 1, proc.stderr  # the conflict, not a crash
    assert b"Traceback" not in proc.stderr and b"Corvalis" in proc.stdout
    proc = run("check", "--format", "json", a, b, env={"PYTHONIOENCODING": encoding, "LC_ALL": "C"})
    assert json.loads(proc.stdout.decode("utf-8"))["summary"]["conflicts"] == 1  # JSON stays UTF-8


def test_non_utf8_locale_from_the_system(tmp_path):
    """LC_ALL=tr_TR.ISO-8859-9, built with localedef when the system has it."""
    import shutil

    if not shutil.which("localedef"):
        pytest.skip("no localedef")
    loc = tmp_path / "locales"
    loc.mkdir()
    made = subprocess.run(["localedef", "-i", "tr_TR", "-f", "ISO-8859-9", str(loc / "tr_TR.ISO-8859-9")],
                          capture_output=True, timeout=120)
    if not (loc / "tr_TR.ISO-8859-9").exists():
        pytest.skip(f"localedef failed: {made.stderr[-200:]!r}")
    a, b = articles(tmp_path)
    proc = run("check", a, b, env={"LOCPATH": str(loc), "LC_ALL": "tr_TR.ISO-8859-9",
                                   "PYTHONIOENCODING": ""})
    assert proc.returncode == 1, proc.stderr
    assert b"Traceback" not in proc.stderr


def test_a_ctrl_c_as_the_temporary_file_is_created_leaves_nothing_behind(tmp_path, monkeypatch):
    """The ^C lands right after the temporary file exists, before its descriptor is
    handed back: the file is still removed (it had been left when mkstemp created it)."""
    import factcheck.safeio as safeio

    out = tmp_path / "out.json"
    out.write_text("previous\n", encoding="utf-8")
    real_open = os.open

    def open_then_interrupt(path, flags, mode=0o777):
        real_open(path, flags, mode)
        raise KeyboardInterrupt

    monkeypatch.setattr(safeio.os, "open", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        with safeio.atomic_write(str(out)) as fh:
            fh.write("new\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
    assert out.read_text(encoding="utf-8") == "previous\n"
