"""Bad inputs, one test each, named after what they feed the readers."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.errors import InputError
from factcheck.readers import iter_paths, read_all, read_path, read_text

TEXT = "Le café a ouvert en 1921. Il compte 42 tables."
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_utf8_bom(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "a.txt", b"\xef\xbb\xbf" + TEXT.encode()))
    assert doc.text == TEXT and doc.warnings == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_bom(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[codec]
    doc = read_path(write(tmp_path, "a.txt", bom + TEXT.encode(codec)))
    assert doc.text == TEXT and doc.warnings == []


def test_cp1252_bytes_decode_with_a_warning_naming_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Le café coûte 2 €. C’est cher.".encode("cp1252"))
    doc = read_path(path)
    assert doc.text == "Le café coûte 2 €. C’est cher."
    assert doc.warnings == [f"{path}: decoded as cp1252, not UTF-8"]


def test_cp1252_warning_becomes_a_warning_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Le café est ouvert.".encode("cp1252"))
    docs, problems = read_all([path])
    assert len(docs) == 1
    assert [(p.path, p.level, p.message) for p in problems] == [
        (path, "warning", "decoded as cp1252, not UTF-8")]


def test_invalid_utf8_falls_back_to_latin1_when_cp1252_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"Caf\xc3( ouvert \x81 le matin.")
    doc = read_path(path)
    assert "ouvert" in doc.text and "latin-1" in doc.warnings[0]


def test_pdf_renamed_txt(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00<<>>stream")
    with pytest.raises(InputError, match=r"a\.txt: binary file"):
        read_path(path)


def test_nul_bytes(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        read_path(write(tmp_path, "a.txt", b"Texte\x00\x00\x00 suite"))


def test_mostly_control_characters(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        read_path(write(tmp_path, "a.txt", bytes(range(1, 9)) * 50 + b"abc"))


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"a\.txt: empty file"):
        read_path(write(tmp_path, "a.txt", b""))


@pytest.mark.parametrize("data", [b"  \n\t\r\n  ", "\ufeff \n".encode("utf-16"), b"\xef\xbb\xbf\n\n"])
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="a.txt: (only whitespace|empty file)"):
        read_path(write(tmp_path, "a.txt", data))


def test_missing_path_raises_when_read_directly(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope.txt: no such file"):
        read_path(str(tmp_path / "nope.txt"))


def test_missing_path_is_a_problem_and_others_are_read(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", TEXT.encode())
    missing = str(tmp_path / "nope.txt")
    docs, problems = read_all([missing, good])
    assert [d.id for d in docs] == [good]
    assert [(p.path, p.level) for p in problems] == [(missing, "error")]
    assert "no such file" in problems[0].message


def test_directory_given_where_a_file_is_expected(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_path(str(tmp_path))


def test_binary_file_among_good_ones_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", TEXT.encode())
    write(tmp_path, "b.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    docs, problems = read_all([str(tmp_path)])
    assert [Path(d.id).name for d in docs] == ["a.txt"]
    assert [(Path(p.path).name, p.level) for p in problems] == [("b.txt", "error")]
    assert str(problems[0]).count("\n") == 0


@pytest.mark.skipif(AS_ROOT, reason="running as root: permissions do not bite")
def test_directory_without_read_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(TEXT)
    locked.chmod(0)
    try:
        files, problems = iter_paths([str(tmp_path)])
    finally:
        locked.chmod(0o755)
    assert files == [] and "permission denied" in problems[0].message


@pytest.mark.skipif(AS_ROOT, reason="running as root: permissions do not bite")
def test_file_without_read_permission(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", TEXT.encode())
    os.chmod(path, 0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read_path(path)
    finally:
        os.chmod(path, 0o644)


def test_symlink_loop_to_parent_does_not_hang(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(TEXT)
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    files, problems = iter_paths([str(tmp_path)])
    assert [Path(f).name for f in files] == ["a.txt"]
    assert [("loop" in p.path, "symlink loop" in p.message) for p in problems] == [(True, True)]


def test_symlink_to_itself(tmp_path: Path) -> None:
    os.symlink(tmp_path / "self", tmp_path / "self")
    write(tmp_path, "a.txt", TEXT.encode())
    files, problems = iter_paths([str(tmp_path)])
    assert [Path(f).name for f in files] == ["a.txt"]
    assert all(p.level == "error" for p in problems)


def test_symlinked_directory_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text(TEXT)
    os.symlink(tmp_path / "real", tmp_path / "alias")
    files, problems = iter_paths([str(tmp_path), str(tmp_path / "real")])
    assert len(files) == 1 and problems == []


def test_broken_symlink_given_explicitly(tmp_path: Path) -> None:
    os.symlink(tmp_path / "gone.txt", tmp_path / "link.txt")
    files, problems = iter_paths([str(tmp_path / "link.txt")])
    assert files == [] and problems[0].message == "broken symbolic link"


def test_html_page_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "a.html", b"<html><body><script>x=1</script></body></html>")
    with pytest.raises(InputError, match="no text found"):
        read_path(path)


def test_empty_stdin() -> None:
    docs, problems = read_all(["-"], stdin="  \n")
    assert docs == [] and problems[0].path == "-" and problems[0].level == "error"


def test_lone_carriage_returns(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "a.txt", b"Titre\r\rLe texte. Suite.\r"))
    assert doc.text == "Titre\n\nLe texte. Suite.\n"
    assert [doc.text[a:b] for a, b in doc.sentences] == ["Titre", "Le texte.", "Suite."]


def test_folder_of_5000_small_files(tmp_path: Path) -> None:
    for i in range(5000):
        (tmp_path / f"{i:05d}.txt").write_text(f"Article {i}. Le pont a rouvert le {i % 28 + 1} mai.")
    docs, problems = read_all([str(tmp_path)])  # no time limit: speed lives in benchmarks/
    assert len(docs) == 5000 and problems == []
    assert Path(docs[0].id).name == "00000.txt" and Path(docs[-1].id).name == "04999.txt"


@pytest.mark.slow
def test_100_mb_file(tmp_path: Path) -> None:
    unit = "Le pont a rouvert mardi. Il a coûté 4,2 millions d’euros, selon M. Renard.\n\n"
    path = tmp_path / "big.txt"
    path.write_text(unit * (100_000_000 // len(unit.encode())), encoding="utf-8")
    doc = read_path(str(path))
    assert len(doc.sentences) > 2_000_000


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aB .?!\n\r\t«»“”\"#*1-:’\u00a0\ufeff\x00é")), max_size=120))
def test_arbitrary_text_never_crashes(text: str) -> None:
    try:
        doc = read_text(text, doc_id="h")
    except InputError:
        return
    for zone in doc.zones:
        assert 0 <= zone.start < zone.end <= len(doc.text)
