"""--jobs N: documents extracted by worker processes give the very report --jobs 1 gives."""
from __future__ import annotations

import concurrent.futures
import random
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck import parallel, pool, readers
from factcheck.cli import main
from factcheck.model import Document
from factcheck.pipeline import Options, claims, extract_all, read_documents
from factcheck.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import article  # noqa: E402


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """Fourteen articles in both languages, and the two seeds."""
    folder = tmp_path_factory.mktemp("jobs")
    rng = random.Random(4)
    for i in range(14):
        (folder / f"a{i:02d}.txt").write_text(article(rng, ("fr", "en")[i % 3 == 0]), encoding="utf-8")
    for seed in (ROOT / "seeds").glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    return folder


@pytest.fixture
def pools(monkeypatch) -> list[int]:
    """Run the process pool even for little text; record each pool's size."""
    sizes: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    class Spy(real):
        def __init__(self, max_workers=None, **kwargs):
            sizes.append(max_workers)
            super().__init__(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Spy)
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHARS", 0)
    monkeypatch.setattr(readers, "MIN_PARALLEL_BYTES", 0)
    return sizes


def run(desk: Path, *args: str) -> bytes:
    result = CliRunner().invoke(main, [*args, str(desk)])
    assert result.exit_code in (0, 1), result.output
    return result.stdout_bytes


@pytest.mark.parametrize("command", [["check", "--format", "json"], ["claims", "--format", "json"],
                                     ["claims", "--format", "rich"]])
def test_jobs_2_gives_the_bytes_of_jobs_1(desk, pools, command):
    one = run(desk, *command, "--jobs", "1")
    assert pools == [], "--jobs 1 stays in this process"
    two = run(desk, *command, "--jobs", "2")
    assert pools == [2, 2], "--jobs 2 read, then extracted, in two worker processes"
    assert two == one
    assert b" claims)" in one or b'"id": "C1",' in one, "a real report: every document's claims"


def test_claims_are_numbered_across_documents_as_in_process(desk, pools):
    ruleset = load_ruleset()
    docs, _problems = read_documents([str(desk)], Options())
    assert len({d.language for d in docs}) == 2, "both languages, so two warm-ups"
    seen: list[str] = []
    found = extract_all(docs, ruleset, seen.append, jobs=3)
    assert pools == [3]
    assert [c.id for c in found] == [f"C{i}" for i in range(1, len(found) + 1)]
    assert [c.record() for c in found] == [c.record() for c in extract_all(docs, ruleset)]
    assert seen == [d.id for d in docs], "on_document once per document, in order"


def test_spawned_workers_give_the_same_claims(desk, pools, monkeypatch):
    """Where fork is not used (macOS, Windows), workers get rules and documents pickled."""
    import multiprocessing

    monkeypatch.setattr(pool, "context", lambda: multiprocessing.get_context("spawn"))
    ruleset = load_ruleset()
    docs, _problems = read_documents([str(desk)], Options())
    docs = docs[:5]
    assert [c.record() for c in extract_all(docs, ruleset, jobs=2)] == \
        [c.record() for c in extract_all(docs, ruleset)]
    assert pools == [2]


def test_a_failing_document_fails_the_run(desk, pools, monkeypatch):
    real = parallel.iter_claims
    docs, _problems = read_documents([str(desk)], Options())
    victim = docs[-1].id

    def fragile(doc, *args, **kwargs):
        if doc.id == victim:
            raise ValueError(f"cannot read {doc.id}")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(parallel, "iter_claims", fragile)  # workers fork with it
    with pytest.raises(ValueError, match="cannot read"):
        extract_all(docs, load_ruleset(), jobs=2)
    assert pools == [2]


def test_files_read_by_workers_are_read_as_in_process(desk, tmp_path, pools):
    """Documents and problems (a binary file, an empty one, an earlier report in the
    folder, standard input among the files) in the same order, with the same fields."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for f in sorted(desk.iterdir()):
        (folder / f.name).write_bytes(f.read_bytes())
    (folder / "b_binary.txt").write_bytes(b"\x00\x01PK\x03\x04" * 50)
    (folder / "c_empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "d_latin1.txt").write_bytes("Le caf\xe9 a ferm\xe9 en 1998.\n".encode("latin-1"))
    report = CliRunner().invoke(main, ["check", "--jobs", "1", "--format", "markdown", "-o", str(tmp_path / "r.md"),
                                           str(desk)])
    assert report.exit_code == 1, report.output
    (folder / "r.md").write_bytes((tmp_path / "r.md").read_bytes())
    paths = [str(folder / "a03.txt"), "-", str(folder)]
    stdin = "Valmont\nThe bridge, built in 1968, reopened on 5 May 2024.\n"
    one = read_documents(paths, Options(stdin=stdin))
    two = read_documents(paths, Options(stdin=stdin, jobs=2))
    assert pools == [2], "the files were read by two workers"
    assert [d.record() for d in two[0]] == [d.record() for d in one[0]]
    assert [(d.sentences, d.zones, d.line_starts) for d in two[0]] == \
        [(d.sentences, d.zones, d.line_starts) for d in one[0]]
    assert two[1] == one[1]
    assert {p.path.rsplit("/", 1)[-1] for p in one[1]} >= {"b_binary.txt", "c_empty.txt", "d_latin1.txt", "r.md"}
    assert [d.id for d in one[0]][:2] == [str(folder / "a03.txt"), "-"]


def test_little_text_stays_in_process(desk, monkeypatch):
    sizes: list[int] = []
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor",
                        lambda *a, **k: sizes.append(1) or pytest.fail("a pool was started"))
    report = claims([str(desk / "a00.txt"), str(desk / "a01.txt"), str(desk / "a02.txt")],
                    load_ruleset(), Options(jobs=2))
    assert report.claims and sizes == []


@pytest.mark.parametrize("jobs, documents, cpus, expected", [
    (None, 100, 2, 2), (None, 1, 8, 1), (None, 3, 8, 3), (1, 100, 8, 1), (4, 2, 8, 2), (6, 100, 2, 6),
])
def test_how_many_workers(jobs, documents, cpus, expected, monkeypatch):
    monkeypatch.setattr(pool, "cpu_count", lambda: cpus)
    assert pool.workers(jobs, documents) == expected


def test_chunks_keep_document_order_and_cover_every_document():
    docs = [Document(id=str(i), path=str(i), text="x" * (1 + (i * 37) % 500)) for i in range(60)]
    indices = [i for i in range(60) if i % 7]
    chunks = parallel._chunks(docs, indices, jobs=2)
    assert [i for chunk in chunks for i in chunk] == indices
    assert 8 <= len(chunks) <= 2 * pool.CHUNKS_PER_WORKER + 1


def test_jobs_must_be_positive(desk):
    result = CliRunner().invoke(main, ["claims", "--jobs", "0", str(desk)])
    assert result.exit_code == 2 and "--jobs" in result.output


def test_the_collector_is_left_as_found(desk, pools):
    import gc

    docs, _problems = read_documents([str(desk)], Options())
    extract_all(docs, load_ruleset(), jobs=2)
    assert pools == [2]
    assert gc.get_freeze_count() == 0, "objects frozen for the workers are handed back to the collector"


def test_claims_come_back_from_a_pickle_equal_and_in_fewer_bytes():
    """Workers send claims pickled: each claim, value and frame is rebuilt from its
    fields (`model._as_args`), equal to what was sent, in fewer bytes than pickle's
    default of an empty object and a dict of its slots."""
    import pickle

    from factcheck.frames.model import Frame
    from factcheck.readers import read_text
    from factcheck.model import Claim, Value

    texts = ["Valmont\nAt least 14 people died and 30 were injured on 5 May 2024, officials said. "
             "The 240-metre bridge, built in 1968, carried 12,000 vehicles a day.\n",
             "Valmont\nAu moins 14 personnes sont mortes et 30 ont été blessées le 5 mai 2024. "
             "Le pont de 240 mètres, construit en 1968, voyait passer 12 000 véhicules par jour.\n"]
    docs = [read_text(t, doc_id=f"d{i}.txt", lang=("en", "fr")[i]) for i, t in enumerate(texts)]
    found = extract_all(docs, load_ruleset())
    assert any(c.frame is not None for c in found) and any(c.value.point for c in found)
    blob = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(blob)
    assert back == found
    assert [c.frame for c in back] == [c.frame for c in found]
    # pickle's default for slotted objects, for comparison
    saved = {cls: cls.__dict__["__reduce__"] for cls in (Claim, Value, Frame)}
    try:
        for cls in saved:
            delattr(cls, "__reduce__")
        default = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
        assert pickle.loads(default) == found
    finally:
        for cls, method in saved.items():
            setattr(cls, "__reduce__", method)
    assert len(blob) < len(default)
