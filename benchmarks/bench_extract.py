"""Extraction throughput on a generated corpus, next to a one-pattern `re` digit scan.

    .venv/bin/python benchmarks/bench_extract.py [--mb 10] [--profile]

Builds at least `--mb` MB of French and English news-like articles (benchmarks/corpus.py),
then times on one core: reading + segmentation (readers.read_text per document), extraction
(pipeline.extract_all with the built-in ruleset) and `re.compile(r"\\d+").finditer` over the
same text. `--profile` prints the top cProfile costs of extraction.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from corpus import corpus  # noqa: E402

from factcheck.pipeline import extract_all  # noqa: E402
from factcheck.readers import read_text  # noqa: E402
from factcheck.ruleset import load_ruleset  # noqa: E402


def best_of(runs: int, func):
    best, result = float("inf"), None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    ap.add_argument("--profile", action="store_true", help="print the top cProfile costs")
    args = ap.parse_args(argv)

    texts = corpus(int(args.mb * 1_000_000))
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    ruleset = load_ruleset()

    t_read, docs = best_of(1, lambda: [read_text(t, doc_id=f"a{i}.txt") for i, t in enumerate(texts)])
    extract_all(docs[:20], ruleset)  # compile the rules' patterns outside the timing
    t_extract, claims = best_of(1, lambda: extract_all(docs, ruleset))
    digits = re.compile(r"\d+")
    t_scan, hits = best_of(3, lambda: sum(1 for t in texts for _ in digits.finditer(t)))

    rows = [
        ("read + segment (read_text)", t_read, f"{len(docs)} documents"),
        ("extract (extract_all)", t_extract, f"{len(claims)} claims"),
        ("read + extract", t_read + t_extract, ""),
        ("re digit scan (reference)", t_scan, f"{hits} matches"),
    ]
    print(f"corpus: {size_mb:.2f} MB, {len(texts)} articles (fr + en), {len(ruleset.rules)} rules")
    print(f"{'step':30} {'seconds':>8} {'MB/s':>8}  note")
    for name, secs, note in rows:
        print(f"{name:30} {secs:8.2f} {size_mb / secs:8.2f}  {note}")
    ratio = t_extract / t_scan
    print(f"extraction is {ratio:.0f}x slower than the digit scan "
          f"({size_mb / t_extract:.2f} vs {size_mb / t_scan:.1f} MB/s)")
    if args.profile:
        prof = cProfile.Profile()
        sample = docs[: max(1, len(docs) // 10)]
        prof.enable()
        extract_all(sample, ruleset)
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("tottime").print_stats(25)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
