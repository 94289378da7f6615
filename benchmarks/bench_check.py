"""Time of `factcheck check` on 1, 10, 100 and 1,000 generated articles, and start-up time.

    .venv/bin/python benchmarks/bench_check.py [--sizes 1,10,100,1000] [--runs 5]

The articles (benchmarks/corpus.py) share a small pool of names, places and firms, as
articles about one story do, so alignment meets large groups. Files are written to a
temporary folder and checked with factcheck.pipeline.check (reading included). Start-up
is the wall time of the `factcheck claims seeds/` command, best of `--runs`.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus import article  # noqa: E402

from factcheck.pipeline import check  # noqa: E402
from factcheck.ruleset import load_ruleset  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def write_articles(folder: Path, count: int, seed: int = 3) -> int:
    rng = random.Random(seed)
    size = 0
    for i in range(count):
        text = article(rng)
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def startup_time(runs: int) -> float:
    # The factcheck of this python's environment first: another one on PATH is another install.
    beside = Path(sys.executable).parent / "factcheck"
    exe = str(beside) if beside.exists() else shutil.which("factcheck") or "factcheck"
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([exe, "claims", "seeds/"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,10,100,1000")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)
    ruleset = load_ruleset()
    rows = []
    for count in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            size = write_articles(Path(tmp), count)
            t0 = time.perf_counter()
            report = check([tmp], ruleset)
            secs = time.perf_counter() - t0
        s = report.summary()
        rows.append((count, size, secs, s["claims"], s["conflicts"] + s["agreements"] + s["variants"]))
    print(f"{'articles':>8} {'KB':>8} {'total s':>8} {'ms/article':>10} {'claims':>8} {'findings':>8}")
    for count, size, secs, n_claims, n_findings in rows:
        print(f"{count:8} {size / 1000:8.0f} {secs:8.2f} {1000 * secs / count:10.1f} {n_claims:8} {n_findings:8}")
    print(f"start-up: 'factcheck claims seeds/' best of {args.runs}: {startup_time(args.runs):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
