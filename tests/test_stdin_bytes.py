"""Issue 11, item 6: standard input is read as bytes through the same decoder as files,
whatever the locale (C.UTF-8 used to let invalid UTF-8 into the JSON, fr_FR.UTF-8 to
abort the run, and UTF-16 with a BOM was refused on stdin but read from a file)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from hostile import articles, run

TEXT = "Le café de Corvalis a ouvert en 1921. Il a fait 3 morts en 1987."


@pytest.mark.parametrize("env", [{"LC_ALL": "C.UTF-8"}, {"LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"},
                                 {"LC_ALL": "C"}], ids=["c-utf8", "strict-utf8", "c"])
def test_latin1_on_stdin_is_decoded_with_a_warning(env):
    proc = run("claims", "--format", "json", "-", input=TEXT.encode("latin-1"), env=env)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))  # valid UTF-8 out
    assert data["documents"][0]["chars"] == len(TEXT)
    assert data["documents"][0]["warnings"] == ["-: decoded as cp1252, not UTF-8"]
    assert b"-: decoded as cp1252, not UTF-8" in proc.stderr


@pytest.mark.parametrize("codec", ["utf-16", "utf-32", "utf-8-sig"])
def test_bom_on_stdin_is_read_like_a_file(codec):
    proc = run("claims", "--format", "json", "-", input=TEXT.encode(codec), env={"LC_ALL": "C.UTF-8"})
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout.decode("utf-8"))
    assert data["documents"][0]["chars"] == len(TEXT) and data["documents"][0]["warnings"] == []
    assert {c["text"] for c in data["claims"]} >= {"1921", "3"}


def test_stdin_through_cli_runner_is_bytes_too(tmp_path):
    _a, b = articles(tmp_path)
    result = CliRunner().invoke(main, ["check", "--format", "json", "-", str(b)],
                                input="L'accident de Corvalis a fait 9 morts.".encode("cp1252"))
    assert json.loads(result.stdout)["summary"]["documents"] == 2


def test_draft_on_stdin_is_bytes(tmp_path):
    a, b = articles(tmp_path)
    proc = run("check", "--format", "json", "--draft", "-", a, b,
               input="Le pont de Corvalis a fait 12 morts.".encode("utf-16"))
    data = json.loads(proc.stdout)
    assert data["draft"] == "-" and any(d["id"] == "-" for d in data["documents"])


def test_stdin_larger_than_the_limit_is_refused(tmp_path):
    _a, b = articles(tmp_path)
    proc = run("check", "--max-size", "1k", "-", b, input=((TEXT + "\n") * 100).encode("utf-8"))
    assert proc.returncode == 2
    assert b"-: too large (over 1 KB; the limit is 1 KB" in proc.stderr
