"""Limits: time grows linearly with input size, memory stays bounded, many files are fine.

The heavy cases (a 100 MB wire dump, 10/20/40 MB linearity, 5,000 files) are marked
slow, and so is the small linearity check (a 50 KB and a 700 KB document) that a
quadratic step in extraction fails: it compares timings, and no timed test runs by
default (a loaded 2-core CI machine makes them fail; speed lives in benchmarks/).
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
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


def seconds_per_mb(size: int, runs: int) -> float:
    """Reading and extraction time of one document of `size` bytes, per MB (best of `runs`)."""
    text = big_text(size, distinct=10)
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()  # CPU time: other jobs on the machine add less noise
        extract_all([read_text(text, doc_id="big.txt")], RULESET)
        best = min(best, time.process_time() - t0)
    return best / (len(text.encode("utf-8")) / 1e6)


def test_big_text_is_what_it_says():
    text = big_text(300_000)
    assert 300_000 <= len(text.encode("utf-8")) < 2_000_000 and text.count("\n\n") > 100


@pytest.mark.slow
def test_extraction_time_per_mb_does_not_grow_with_document_size():
    small, large = seconds_per_mb(50_000, 3), seconds_per_mb(700_000, 1)
    print(f"{small:.2f} s/MB at 0.05 MB, {large:.2f} s/MB at 0.7 MB")
    assert large < 1.4 * small, f"{small:.2f} s/MB at 0.05 MB, {large:.2f} s/MB at 0.7 MB"


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
def test_time_grows_linearly_from_ten_to_forty_mb(tmp_path):
    per_mb = {}
    for mb in (10, 20, 40):
        path = tmp_path / f"big{mb}.txt"
        path.write_text(big_text(mb * 1_000_000), encoding="utf-8")
        wall, rss_kb = measure(path)
        per_mb[mb] = wall / mb
        print(f"{mb} MB: {wall:.1f} s ({per_mb[mb]:.2f} s/MB), peak RSS {rss_kb / 1000:.0f} MB")
        path.unlink()
    assert per_mb[40] < 1.5 * per_mb[10], per_mb


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
