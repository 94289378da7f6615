"""Issue 11, items 3, 4, 8, 11, 13 and 9's deep folder: hostile file names and file kinds.

FIFOs and /dev/zero are read only through the bounded reader: every test that meets
one runs under a hang guard (a subprocess timeout or an alarm) so it can fail, never
hang the suite.
"""
from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from factcheck.errors import InputError
from factcheck.readers import iter_paths, read_all, read_path
from hostile import ARTICLE_A, articles, hang_guard, one_error_line, run

HAS_DEV_ZERO = os.path.exists("/dev/zero")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
needs_dev_zero = pytest.mark.skipif(not HAS_DEV_ZERO, reason="needs /dev/zero")


def invoke(*args, **kwargs):
    return CliRunner().invoke(main, [os.fsdecode(a) if isinstance(a, bytes) else str(a) for a in args],
                              **kwargs)


# -- item 3: control characters in names ---------------------------------------------------

INJECTING = ["y\n::warning::X.txt", "x\x1b]0;TITLE\x07.txt", "z\r::error::E.txt", "w\u2028::notice::N.txt"]


@pytest.mark.parametrize("name", INJECTING, ids=["newline", "osc-title", "carriage-return", "line-sep"])
def test_a_file_name_cannot_inject_a_line_on_stderr(tmp_path, name):
    _a, b = articles(tmp_path)
    bad = tmp_path / name
    bad.write_bytes(b"")  # empty: a problem line names it
    missing = str(tmp_path / ("gone" + name))
    result = invoke("check", "--format", "github", bad, missing, b)
    for line in result.stderr.splitlines():
        assert line.startswith("factcheck: "), repr(line)
        assert "\x1b" not in line and "\x07" not in line and "\r" not in line and "\u2028" not in line
    errors = [line for line in result.stderr.splitlines() if line.startswith("factcheck: error: ")]
    assert len(errors) == 2  # one line per bad file, however its name is written
    assert all(not line.startswith("::") or line.startswith(("::error file=", "::warning file=",
                                                             "::notice file="))
               for line in result.stdout.splitlines())


def test_printable_escapes_every_control_character():
    from factcheck.safeio import printable

    assert printable("a\nb\tc\x1b[2Jd\x07e\x85f\u202eg\udcffh") == "a\\x0ab\\x09c\\x1b[2Jd\\x07e\\x85f\\u202eg\\xffh"
    assert printable("Élodie’s café.txt") == "Élodie’s café.txt"


def test_progress_bar_shows_names_escaped():
    import io

    from factcheck import progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    with progress.progress(10, "rich", stream=stream) as on_document:
        on_document("a\x1b]0;pwned\x07.txt")
    assert "\x1b]0;pwned" not in stream.getvalue()


def test_rules_list_and_show_escape_user_rule_text(tmp_path):
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "count-zorg.toml").write_text(
        'id = "count-zorg"\nkind = "count"\n'
        'description = "Zorgs\\u001b]0;pwned\\u0007 counted\\n::warning::injected"\n'
        'rationale = "Why\\u001b[2J not."\n[keywords]\nen = ["zorg"]\n[patterns]\n'
        "en = ['''{QTY}\\s+zorgs\\u001b\\[31m''']\n"
        '[[examples]]\nlang = "en"\ntext = "3 zorgs\\u001b[31m\\nseen"\nexpect = []\n', encoding="utf-8")
    for args in (["rules", "list", "--rules", folder], ["rules", "show", "count-zorg", "--rules", folder]):
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout
        assert not any(line.startswith("::warning::") for line in result.stdout.splitlines())
        assert "\\x1b" in result.stdout


# -- item 4: FIFOs, devices, symbolic links -------------------------------------------------

@needs_fifo
def test_fifo_given_as_an_argument_is_refused_without_hanging(tmp_path):
    _a, b = articles(tmp_path)
    os.mkfifo(tmp_path / "pipe.txt")
    proc = run("check", tmp_path / "pipe.txt", b)
    assert proc.returncode == 2
    assert b"pipe.txt: not a regular file (a FIFO)" in proc.stderr


@needs_fifo
def test_fifo_in_a_folder_is_skipped_without_hanging(tmp_path):
    articles(tmp_path)
    os.mkfifo(tmp_path / "pipe.md")
    with hang_guard():
        docs, problems = read_all([str(tmp_path)])
    assert [Path(d.id).name for d in docs] == ["a.txt", "b.txt"]
    assert [(Path(p.path).name, p.level) for p in problems] == [("pipe.md", "warning")]
    assert "not a regular file (a FIFO)" in problems[0].message


@needs_fifo
@pytest.mark.parametrize("where", ["rules", "config", "baseline"])
def test_fifo_as_rule_file_config_or_baseline_is_refused(tmp_path, where):
    a, b = articles(tmp_path)
    (tmp_path / "rules").mkdir()
    fifo = tmp_path / ("rules/x.toml" if where == "rules" else "fifo.toml")
    os.mkfifo(fifo)
    option = {"rules": ["--rules", tmp_path / "rules"], "config": ["--config", fifo],
              "baseline": ["--baseline", fifo]}[where]
    proc = run("check", *option, a, b)
    assert proc.returncode == 2
    assert b"not a regular file (a FIFO)" in proc.stderr


@needs_dev_zero
@pytest.mark.parametrize("how", ["argument", "config", "baseline", "rules", "draft"])
def test_dev_zero_is_refused_before_reading(tmp_path, how):
    a, b = articles(tmp_path)
    (tmp_path / "rules").mkdir()
    os.symlink("/dev/zero", tmp_path / "rules" / "zero.toml")
    option = {"argument": ["/dev/zero"], "config": ["--config", "/dev/zero"],
              "baseline": ["--baseline", "/dev/zero"], "rules": ["--rules", tmp_path / "rules"],
              "draft": ["--draft", "/dev/zero"]}[how]
    proc = run("check", *option, a, b)
    assert proc.returncode == 2, proc.stderr
    assert b"not a regular file (a character device)" in proc.stderr
    assert b"Traceback" not in proc.stderr


@needs_dev_zero
def test_dev_zero_on_stdin_is_refused_after_its_first_chunk(tmp_path):
    _a, b = articles(tmp_path)
    with open("/dev/zero", "rb") as zero:
        proc = run("check", "-", b, stdin=zero)
    assert proc.returncode == 2
    assert b"-: binary file, not text" in proc.stderr
    assert proc.stdout.startswith(b"1 document, ")  # the other file is still checked


@needs_dev_zero
@pytest.mark.parametrize("follow", [False, True])
def test_dev_zero_symlinked_into_a_folder_is_never_read(tmp_path, follow):
    articles(tmp_path)
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    proc = run("check", "--format", "json", *(["--follow-links"] if follow else []), tmp_path)
    data = json.loads(proc.stdout)
    assert data["summary"]["documents"] == 2
    message = data["problems"][0]["message"]
    assert ("not a regular file (a character device)" if follow else "not followed") in message


def test_symlink_leaving_the_folder_is_not_followed_unless_asked(tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("Le mot de passe de Corvalis a 12 caractères.", encoding="utf-8")
    src = tmp_path / "src"
    articles(src)
    os.symlink(secret, src / "secret.txt")
    os.symlink(src / "a.txt", src / "inside.txt")  # stays in the folder: followed (read once)
    files, problems = iter_paths([str(src)])
    assert [Path(f).name for f in files] == ["a.txt", "b.txt"]
    assert [(Path(p.path).name, p.level) for p in problems] == [("secret.txt", "warning")]
    assert "--follow-links" in problems[0].message
    files, problems = iter_paths([str(src)], follow_links=True)
    assert [Path(f).name for f in files] == ["a.txt", "b.txt", "secret.txt"]
    result = invoke("check", "--format", "json", "--follow-links", src)
    assert "secret.txt" in result.stdout


def test_too_large_file_is_refused_before_reading_and_the_limit_can_be_raised(tmp_path):
    a, b = articles(tmp_path)
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE_A * 400, encoding="utf-8")  # ~105 KB
    result = invoke("check", "--max-size", "100k", big, a, b)
    assert result.exit_code == 2
    assert "big.txt: too large (" in result.stderr and "--max-size" in result.stderr
    assert "Corvalis" in result.stdout  # the others are checked
    assert invoke("check", "--max-size", "1M", big, a, b).exit_code == 1


def test_size_is_checked_before_reading(tmp_path, monkeypatch):
    from factcheck.safeio import ReadRefused, read_regular

    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    reads = []
    real = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real(fd, n))
    with pytest.raises(ReadRefused, match="too large"):
        read_regular(path, 1000)
    assert reads == []


def test_bad_max_size_is_one_line(tmp_path):
    a, _b = articles(tmp_path)
    result = invoke("check", "--max-size", "lots", a)
    assert result.exit_code == 2 and "--max-size 'lots'" in one_error_line(result.stderr)


# -- item 8: file names that are not UTF-8 --------------------------------------------------

@pytest.mark.parametrize("fmt", ["rich", "markdown", "html", "github", "sarif", "json"])
def test_non_utf8_file_name_is_shown_escaped_in_valid_utf8(tmp_path, fmt):
    _a, b = articles(tmp_path)
    raw = os.fsencode(tmp_path) + b"/\xff\xfeart.txt"
    try:
        with open(raw, "wb") as fh:
            fh.write(ARTICLE_A.encode("utf-8"))
    except OSError:
        pytest.skip("the file system refuses non-UTF-8 names")
    proc = run("check", "--format", fmt, raw, b)
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout.decode("utf-8")  # valid UTF-8
    if fmt in ("json", "sarif"):
        out = json.dumps(json.loads(out), ensure_ascii=False).replace("\\\\", "\\")
    assert re.search(r"xff\W{0,6}xfeart\.txt", out), out[:500]


def test_display_path_escapes_undecodable_bytes_only():
    from factcheck.safeio import display_path

    name = os.fsdecode(b"\xff\xfeart\x1b.txt")
    assert display_path(name) == "\\xff\\xfeart\x1b.txt"
    assert display_path("café.txt") == "café.txt"


# -- item 11: one file under several names --------------------------------------------------

def test_the_same_file_under_three_paths_is_read_once_and_said(tmp_path, monkeypatch):
    articles(tmp_path)
    monkeypatch.chdir(tmp_path)
    os.link("a.txt", "hard.txt")
    result = invoke("check", "--format", "json", "a.txt", "./a.txt", str(tmp_path / "a.txt"), "hard.txt",
                    "b.txt")
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["a.txt", "b.txt"]
    warnings = [line for line in result.stderr.splitlines() if "read once" in line]
    assert len(warnings) == 3 and all("same file as a.txt" in w for w in warnings)
    assert result.exit_code == 1  # warnings do not make it an input error


def test_a_file_also_inside_a_given_folder_is_read_once(tmp_path):
    a, _b = articles(tmp_path / "src")
    files, problems = iter_paths([str(tmp_path / "src"), str(a)])
    assert len(files) == 2 and "same file as" in problems[0].message


def test_stdin_named_twice_is_one_document():
    docs, problems = read_all(["-", "-"], stdin="Le pont a fait 3 morts.")
    assert [d.id for d in docs] == ["-"] and problems == []


# -- item 13: loops, empty folders -----------------------------------------------------------

def test_symlink_loop_given_as_argument_is_called_a_loop(tmp_path):
    os.symlink(tmp_path / "l2", tmp_path / "l1")
    os.symlink(tmp_path / "l1", tmp_path / "l2")
    os.symlink(tmp_path / "gone", tmp_path / "broken")
    _files, problems = iter_paths([str(tmp_path / "l1"), str(tmp_path / "broken")])
    assert [p.message for p in problems] == ["symbolic link loop", "broken symbolic link"]


def test_empty_folder_argument_gets_a_message(tmp_path):
    a, _b = articles(tmp_path / "src")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF")
    result = invoke("claims", tmp_path / "empty", a)
    assert result.exit_code == 0
    assert "empty: no .txt, .md or .html file in this folder" in result.stderr
    only = invoke("check", tmp_path / "empty")
    assert only.exit_code == 2 and "no document could be read" in only.stderr


# -- item 9: a folder nested 1,100 levels deep ---------------------------------------------

def _nest(root: Path, depth: int) -> None:
    here = os.getcwd()
    os.chdir(root)
    try:
        for _ in range(depth):
            os.mkdir("d")
            os.chdir("d")
        Path("a.txt").write_text(ARTICLE_A, encoding="utf-8")
    finally:
        os.chdir(here)


def _unnest(root: Path, depth: int) -> None:
    """Remove the nest bottom up (shutil.rmtree recurses, and would fail at this depth)."""
    here = os.getcwd()
    os.chdir(root)
    try:
        for _ in range(depth):
            os.chdir("d")
        os.remove("a.txt")
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def test_folder_nested_1100_levels_deep(tmp_path):
    _nest(tmp_path, 1100)
    try:
        _a, b = articles(tmp_path / "other")
        result = invoke("check", "--format", "json", tmp_path / "d", b)
    finally:
        _unnest(tmp_path, 1100)
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["summary"]["documents"] == 2


def test_read_path_refuses_a_directory(tmp_path):
    with pytest.raises(InputError, match="is a directory"):
        read_path(str(tmp_path))


def test_regular_file_check_uses_the_open_descriptor(tmp_path):
    from factcheck.safeio import read_regular

    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    assert stat.S_ISREG(os.stat(path).st_mode) and read_regular(path, 10) == b"x"
