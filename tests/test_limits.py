"""Limits: work grows linearly with input size, memory stays bounded, many files are fine.

No test measures time (CI runs on a loaded 2-core machine): work is counted as the
Python function calls extraction makes, memory as peak RSS. The heavy cases (a 100 MB
wire dump, 10/20/40 MB, 5,000 files) are marked slow. The default run keeps one small
linearity check (a 30 KB and a 300 KB document) that a quadratic step in extraction fails.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from corpus import article, big_text  # noqa: E402

from factcheck.cli import main  # noqa: E402
from factcheck.pipeline import extract_all  # noqa: E402
from factcheck.readers import read_text  # noqa: E402
from factcheck.ruleset import load_ruleset  # noqa: E402

RULESET = load_ruleset()
FACTCHECK = shutil.which("factcheck") or str(Path(sys.executable).parent / "factcheck")
TIME = "/usr/bin/time"


def calls_per_kb(size: int) -> float:
    """Python function calls made reading and extracting a document of `size` bytes, per KB.

    A deterministic count, unlike time: a step that is quadratic in Python shows up
    as calls per KB growing with the document's size."""
    text = big_text(size, distinct=10)
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        if event == "call":
            calls += 1

    sys.setprofile(count)
    try:
        extract_all([read_text(text, doc_id="big.txt")], RULESET)
    finally:
        sys.setprofile(None)
    return calls / (len(text.encode("utf-8")) / 1000)


def test_big_text_is_what_it_says():
    text = big_text(300_000)
    assert 300_000 <= len(text.encode("utf-8")) < 2_000_000 and text.count("\n\n") > 100


def test_extraction_work_per_kb_does_not_grow_with_document_size():
    calls_per_kb(5_000)  # warm the caches (compiled patterns, vocabularies)
    small, large = calls_per_kb(30_000), calls_per_kb(300_000)
    print(f"{small:.0f} calls/KB at 30 KB, {large:.0f} calls/KB at 300 KB")
    assert large < 1.4 * small, f"{small:.0f} calls/KB at 30 KB, {large:.0f} calls/KB at 300 KB"


def measure(path: Path) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of `factcheck claims PATH --format json -o /dev/null`."""
    out = subprocess.run([TIME, "-v", FACTCHECK, "claims", str(path), "--format", "json", "-o", os.devnull],
                         capture_output=True, text=True, timeout=4 * 3600)
    assert out.returncode == 0, out.stderr[-2000:]
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", out.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", out.stderr)
    h, m, s = wall.groups()
    return int(h or 0) * 3600 + int(m) * 60 + float(s), int(rss.group(1))


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists(TIME), reason="needs /usr/bin/time (apt-get install time)")
@pytest.mark.xfail(strict=True, reason="fails on main too (peak RSS 1,084 MB for 100 MB; 9xx MB on this "
                   "branch): the text alone is 2 bytes a character once it holds a curly quote, and "
                   "entities.py keeps a per-sentence index and every name mention of the whole "
                   "document; entities.py is off limits during the extraction rewrite")
@pytest.mark.parametrize("mb", [100])
def test_hundred_mb_file_is_read_with_bounded_memory(tmp_path, mb):
    path = tmp_path / "big.txt"
    path.write_text(big_text(mb * 1_000_000), encoding="utf-8")
    size_kb = path.stat().st_size / 1000
    wall, rss_kb = measure(path)
    print(f"{mb} MB: {wall:.1f} s, peak RSS {rss_kb / 1000:.0f} MB")
    assert rss_kb < 3 * size_kb, f"peak RSS {rss_kb} KB for a {size_kb:.0f} KB file"


@pytest.mark.slow
@pytest.mark.skipif(not os.path.exists(TIME), reason="needs /usr/bin/time (apt-get install time)")
def test_memory_grows_linearly_from_ten_to_forty_mb(tmp_path):
    rss = {}
    for mb in (10, 20, 40):
        path = tmp_path / f"big{mb}.txt"
        path.write_text(big_text(mb * 1_000_000), encoding="utf-8")
        wall, rss[mb] = measure(path)
        print(f"{mb} MB: {wall:.1f} s (printed, not checked), peak RSS {rss[mb] / 1000:.0f} MB")
        path.unlink()
    # Linear: each MB from 20 to 40 costs no more than each MB from 10 to 20 (50% slack).
    assert (rss[40] - rss[20]) / 20 < 1.5 * (rss[20] - rss[10]) / 10 + 1_000, rss


@pytest.mark.slow
def test_folder_of_five_thousand_small_files(tmp_path):
    rng = random.Random(5)
    for i in range(5000):
        sub = tmp_path / f"d{i // 500:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:04d}.txt").write_text(article(rng, paragraphs=1), encoding="utf-8")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["check", "--format", "json", "-o", str(out), str(tmp_path)])
    assert result.exit_code in (0, 1), result.output[-2000:]
    assert "error" not in result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["summary"]["documents"] == 5000 and data["summary"]["problems"] == 0
    assert data["summary"]["claims"] > 5000
