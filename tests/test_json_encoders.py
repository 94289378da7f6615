"""The JSON report is the same bytes whichever encoder writes it: orjson (the `fast`
extra), the stdlib fallback, or `json.dumps(..., indent=2)` as before."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from factcheck.pipeline import check
from factcheck.report import jsontext
from factcheck.report.json_report import write
from factcheck.ruleset import load_ruleset
from report_fixtures import audit_report, sample_report

ROOT = Path(__file__).resolve().parent.parent


def reference(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


@pytest.fixture(scope="module")
def seeds_report():
    report = check([str(ROOT / "seeds")], load_ruleset())
    assert report.claims and report.findings, "the seeds give claims and findings"
    return report


def streamed(report, monkeypatch, backend) -> str:
    monkeypatch.setattr(jsontext, "orjson", backend)
    out = io.StringIO()
    write(report, out)
    return out.getvalue()


def test_stdlib_writer_is_json_dumps_on_the_seeds(seeds_report):
    records = seeds_report.to_records()
    assert jsontext.stdlib_dumps(records) == reference(records)
    claim = seeds_report.claims[0].record()
    assert jsontext.stdlib_dumps(claim, 2) == reference(claim).replace("\n", "\n    ")


def test_orjson_is_json_dumps_on_the_seeds(seeds_report):
    pytest.importorskip("orjson")
    records = seeds_report.to_records()
    assert jsontext._orjson([records], 0) == reference(records), "orjson itself, no fallback"
    assert jsontext.dumps(records) == reference(records)


def test_streamed_report_same_bytes_with_either_encoder(seeds_report, monkeypatch):
    orjson = pytest.importorskip("orjson")
    fast = streamed(seeds_report, monkeypatch, orjson)
    fallback = streamed(seeds_report, monkeypatch, None)
    assert fast == fallback
    assert fast == reference(seeds_report.to_records()) + "\n"


@pytest.mark.parametrize("make", [sample_report, audit_report])
def test_fixture_reports_same_bytes_with_either_encoder(make, monkeypatch):
    orjson = pytest.importorskip("orjson")
    report = make()
    assert streamed(report, monkeypatch, orjson) == streamed(report, monkeypatch, None)
    assert streamed(report, monkeypatch, None) == reference(report.to_records()) + "\n"


EDGES = [
    pytest.param({"f": [1e-05, 2.5e-05, 9.99e-05, 0.0001, 1.5e-06, 1e-07, 3e-09, 1e-10, 1e16, 1.5e17, 1e15,
                        0.1, -0.0, 0.0]},
                 id="floats orjson writes otherwise"),
    pytest.param({"f": [1.5e-06, 3e-09], "g": 2.5e-07}, id="exponents with one digit"),
    pytest.param({"t": "".join(map(chr, range(0x80))) + "\u2028\u2029\u00a0é😀\ufeff"},
                 id="control and non-ASCII characters"),
    pytest.param({"s": "lone \udc80 surrogate"}, id="surrogate"),
    pytest.param({"n": 2 ** 70, "m": -(2 ** 64)}, id="integers beyond 64 bits"),
    pytest.param({1: "a", 2.5: "b", None: "c", True: "d"}, id="keys that are not strings"),
    pytest.param({"e": [], "d": {}, "l": [[], {}, [1, [2, {"x": ()}]]], "t": (1, "2")},
                 id="empty and nested containers"),
    pytest.param([None, True, False, 0, -1, "", '"\\/'], id="scalars in a list"),
    pytest.param("top-level string", id="a scalar"),
]


@pytest.mark.parametrize("obj", EDGES)
@pytest.mark.parametrize("level", [0, 2])
def test_edge_values_same_text_as_json_dumps(obj, level, monkeypatch):
    want = reference(obj).replace("\n", "\n" + "  " * level)
    assert jsontext.stdlib_dumps(obj, level) == want
    orjson = pytest.importorskip("orjson")
    monkeypatch.setattr(jsontext, "orjson", orjson)
    assert jsontext.dumps(obj, level) == want


@pytest.mark.parametrize("backend", ["orjson", None])
def test_list_items_in_batches_same_text_with_a_fallback_among_them(backend, seeds_report, monkeypatch):
    """items() writes batches; one record the fallback must write does not change the
    others' text, and a list longer than a batch is written whole."""
    monkeypatch.setattr(jsontext, "orjson", pytest.importorskip("orjson") if backend else None)
    records = [c.record() for c in seeds_report.claims]
    records[5]["value"]["point"] = 2.5e-06  # orjson would write 2.5e-6
    records[7]["subject"] = "lone \udc80"  # orjson refuses it
    values = records * (1 + 2 * jsontext.BATCH // len(records))
    assert len(values) > 2 * jsontext.BATCH
    chunks = list(jsontext.items(values, 2))
    assert len(chunks) == -(-len(values) // jsontext.BATCH)
    want = "    " + ",\n    ".join(reference(v).replace("\n", "\n    ") for v in values)
    assert ",\n".join(chunks) == want


@pytest.mark.parametrize("backend", ["orjson", None])
def test_what_json_refuses_is_refused(backend, monkeypatch):
    from datetime import date

    monkeypatch.setattr(jsontext, "orjson", pytest.importorskip("orjson") if backend else None)
    with pytest.raises(TypeError):
        jsontext.dumps({"day": date(2024, 1, 2)})
    with pytest.raises(TypeError):
        jsontext.dumps({(1, 2): "tuple key"})


def test_backend_is_orjson_when_installed():
    try:
        import orjson  # noqa: F401
    except ImportError:
        assert jsontext.BACKEND == "stdlib"
    else:
        assert jsontext.BACKEND == "orjson"
