"""A long text file read in slices (factcheck.slices): the whole reading's claims, a
slice's text and claims at a time. Slices are tiny here (`slice_bytes`); the real size
and the memory it saves are the benchmark's (benchmarks/bench_speed.py memory)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck import pipeline
from factcheck.errors import InputError
from factcheck.extract import iter_claims
from factcheck.pipeline import Options, iter_all
from factcheck.readers import read_all, read_path
from factcheck.ruleset import load_ruleset
from factcheck.slices import parts

RULES = load_ruleset()
SMALL = 440  # bytes a slice: one article below (and the blank line after it) a slice

FR = """Incendie à Valbrune : 40 pompiers mobilisés

Un incendie a détruit un entrepôt de 3 000 mètres carrés lundi à Valbrune, selon la préfecture. Quelque 40 pompiers ont été mobilisés.

L'entrepôt, construit en 1987, appartenait à la société Ferlac. Ses 25 salariés ont été évacués sans blessé.

Le maire de Valbrune, Paul Ricard, a annoncé une enquête. Le préjudice est estimé à 2,5 millions d'euros.
"""
EN = """Storm in Harwick leaves 12,000 homes without power

A storm cut power to about 12,000 homes in Harwick on Tuesday, the utility said. Winds reached 110 km/h.

The utility, founded in 1952, sent 80 crews to the area. Repairs could take three days.

Jane Roe, the mayor of Harwick, said the town hall would open as a shelter for 200 people. Schools will stay closed until Friday, officials said.
"""


def write(tmp_path: Path, text: str, name: str = "big.txt", encoding: str = "utf-8") -> str:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return str(path)


def records(doc) -> list[dict]:
    return [c.record() for c in iter_claims(doc, RULES, first_id=1)]


def test_a_file_above_the_slice_size_is_planned_in_slices_ending_at_blank_lines(tmp_path):
    path = write(tmp_path, "\n".join([FR] * 6))
    doc = read_path(path, slice_bytes=SMALL)
    whole = read_path(path, slice_bytes=0)
    assert doc.plan is not None and doc.text == "" and len(doc.plan.slices) >= 4
    raw = Path(path).read_bytes()
    assert doc.plan.slices[0].start == 0 and doc.plan.slices[-1].end == len(raw)
    for before, after in zip(doc.plan.slices, doc.plan.slices[1:]):
        assert before.end == after.start and raw[before.end - 2:before.end] == b"\n\n"
    assert doc.record() == whole.record()  # chars, title, language: the whole file's


def test_a_file_at_most_the_slice_size_is_read_whole(tmp_path):
    path = write(tmp_path, FR)
    doc = read_path(path, slice_bytes=len(FR.encode()))
    assert doc.plan is None and doc.text == FR


def test_ids_offsets_lines_and_columns_continue_across_slices(tmp_path):
    path = write(tmp_path, "\n".join([FR] * 6))
    sliced = records(read_path(path, slice_bytes=SMALL))
    assert sliced == records(read_path(path, slice_bytes=0))
    assert [c["id"] for c in sliced] == [f"C{i}" for i in range(1, len(sliced) + 1)]
    assert sliced[-1]["line"] > 30  # numbered in the file, not in the last slice


@pytest.mark.parametrize("text", [
    "\n".join([FR] * 6),
    "\n".join([FR, EN] * 3).replace("\n\n", "\n"),  # no blank line: every line is a paragraph
    FR + ("Un paragraphe de 30 lignes dit 12 fois la même chose.\n" * 30) + "\n" + FR,  # longer than a slice
    FR + "\n" + "Une ligne sans fin compte 14 mots. " * 60 + "\n\n" + FR,  # one line longer than a slice
    FR + "\n" + ("Une ligne sans fin compte 14 mots. " * 60 + "\n") * 3 + FR,  # then more of them
])
def test_a_slice_boundary_never_splits_a_sentence_nor_moves_a_zone(tmp_path, text):
    path = write(tmp_path, text)
    whole = read_path(path, slice_bytes=0)
    doc = read_path(path, slice_bytes=SMALL)
    got = list(parts(doc))
    assert len(got) > 1
    for piece, part in zip(doc.plan.slices, got):  # longer than a slice only to end its one line
        assert piece.end - piece.start <= SMALL or part.text.count("\n") == 1
    assert "".join(p.text for p in got) == whole.text
    assert [(p.offset + a, p.offset + b) for p in got for a, b in p.sentences] == list(whole.sentences)
    for p in got:
        for start in p.line_starts:
            assert p.zone_at(start) == whole.zone_at(p.offset + start)
            assert p.line_col(start) == whole.line_col(p.offset + start)


def test_reader_comments_run_on_into_the_next_slice(tmp_path):
    comments = "3 commentaires\n\n" + "\n\n".join(f"Lecteur {i} : j'y étais en 1987 avec 40 amis." for i in range(30))
    path = write(tmp_path, FR + "\n" + comments + "\n")
    got = list(parts(read_path(path, slice_bytes=SMALL)))
    assert len(got) > 2
    assert all(p.zone_at(p.sentences[0][0]) == "comment" for p in got[2:])


def test_each_slice_is_read_in_its_own_language(tmp_path):
    path = write(tmp_path, "\n".join([FR] * 3 + [EN] * 2))
    doc = read_path(path, slice_bytes=SMALL)
    assert [s.language for s in doc.plan.slices] == ["fr"] * 3 + ["en"] * 2
    assert doc.language == "fr"  # most of the text
    assert doc.warnings == [f"{path}: read in 5 slices in different languages (fr 60 %, en 40 % of the text); "
                            "listed as fr"]
    homes = [c for c in iter_claims(doc, RULES, first_id=1) if c.text == "12,000"]
    assert homes and all(c.value.point == 12000 for c in homes)  # English numbers, not 12.0
    whole = read_path(path, slice_bytes=0)
    assert whole.language == "fr" and [c.value.point for c in iter_claims(whole, RULES) if c.text == "12,000"] \
        != [c.value.point for c in homes]


def test_lang_given_reads_every_slice_in_it(tmp_path):
    path = write(tmp_path, "\n".join([FR] * 3 + [EN] * 2))
    doc = read_path(path, slice_bytes=SMALL, lang="en")
    assert {s.language for s in doc.plan.slices} == {"en"} and doc.warnings == []
    values = [(c["text"], c["value"]) for c in records(doc)]
    assert values == [(c["text"], c["value"]) for c in records(read_path(path, slice_bytes=0, lang="en"))]


def test_claims_and_check_read_a_sliced_file_like_a_whole_one(tmp_path):
    big = write(tmp_path, "\n".join([EN] * 5))
    other = write(tmp_path, EN.replace("12,000", "13,000"), "other.txt")
    sliced = pipeline.check([big, other], RULES, Options(slice_bytes=SMALL))
    whole = pipeline.check([big, other], RULES, Options(slice_bytes=0))
    assert sliced.documents[0].plan is not None
    assert [c.record() for c in sliced.claims] == [c.record() for c in whole.claims]
    assert [f.record() for f in sliced.findings] == [f.record() for f in whole.findings]


def test_jobs_extract_a_sliced_file_in_this_process_in_its_turn(tmp_path):
    paths = [write(tmp_path, "\n".join([EN if i % 2 else FR] * 20), f"{i}.txt") for i in range(8)]
    paths.insert(3, write(tmp_path, "\n".join([FR] * 60), "big.txt"))
    docs, problems = read_all(paths, slice_bytes=20 * SMALL)
    assert not problems and [d.plan is not None for d in docs] == [False] * 3 + [True] + [False] * 5
    one = [c.record() for c in iter_all(docs, RULES, jobs=1)]
    assert [c.record() for c in iter_all(docs, RULES, jobs=2)] == one


def test_a_file_not_in_utf8_is_decoded_as_the_whole_reading_decodes_it(tmp_path):
    path = write(tmp_path, "\n".join([FR] * 6), encoding="cp1252")
    doc = read_path(path, slice_bytes=SMALL)
    assert doc.warnings == [f"{path}: decoded as cp1252, not UTF-8"]
    assert records(doc) == records(read_path(path, slice_bytes=0))


def test_a_utf8_bom_is_dropped_from_the_first_slice_only(tmp_path):
    path = write(tmp_path, "\ufeff" + "\n".join([FR] * 6))
    assert records(read_path(path, slice_bytes=SMALL)) == records(read_path(path, slice_bytes=0))


@pytest.mark.parametrize("data, message", [
    (b" \n" * 1000, "only whitespace"),
    (b"%PDF-1.7\n" + b"x\n\n" * 1000, "binary file, not text"),
    (b"\xef\xbb\xbf" + FR.encode() * 3 + b"\xff\n", "invalid utf-8-sig text"),
])
def test_bad_long_input_gets_the_whole_readings_error(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as err:
        read_path(str(path), slice_bytes=SMALL)
    with pytest.raises(InputError) as whole:
        read_path(str(path), slice_bytes=0)
    assert str(err.value) == str(whole.value)


@pytest.mark.parametrize("name, data", [
    ("big.txt", ("\n".join([FR] * 6)).encode("utf-16")),  # UTF-16: read whole
    ("big", ("<html><body>" + "<p>" + FR + "</p>" * 6 + "</body></html>").encode()),  # a page without .html
])
def test_what_slicing_cannot_read_is_read_whole(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    doc = read_path(str(path), slice_bytes=SMALL)
    assert doc.plan is None and "40 pompiers" in doc.text


def test_a_file_changed_after_planning_is_that_files_problem(tmp_path):
    path = write(tmp_path, "\n".join([FR] * 6))
    other = write(tmp_path, EN, "other.txt")
    docs, _problems = read_all([path, other], slice_bytes=SMALL)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(EN)
    os.utime(path, ns=(0, 0))
    problems = []
    claims = list(iter_all(docs, RULES, problems=problems))
    assert {c.document for c in claims} == {other}
    assert [(p.path, p.message, p.level) for p in problems] == [(path, "changed while it was read", "error")]
