"""The speed figures of issue 9, each next to its target, on text written like real news.

    .venv/bin/python benchmarks/bench_speed.py [--only SECTIONS] [--mb 5] [--big-mb 100]

Sections (all by default; `--only startup,jobs` picks some):

- throughput: extraction MB/s on one core over `--mb` MB of generated French and English
  articles (benchmarks/newstext.py: long sentences, few figures, as real news), then the
  whole `factcheck claims DIR --format json` command on the same articles as files, each
  with its ratio to `re.findall(r"\\d+")` over the same text in the same run; and the
  JSON encoders' cost per claim record.
- startup: CPU time (user + sys) of `factcheck check seeds/`, rich and json, median of
  `--runs`, and where it goes (a child process timing each step once).
- align: in-process `compare_all` time at 100, 1,000 and 3,000 articles, for many stories
  (four outlets each, names coined per story) and for many outlets of one story, with the
  growth exponent; a size predicted (at n^2) to take over `--align-budget` s is skipped.
- memory: peak RSS of `factcheck claims BIG --format json` on one `--big-mb` MB file.
- jobs: wall and CPU time of `factcheck claims DIR --format json` on 1,000 files with
  --jobs 1 and --jobs N (N: the processors), and the speed-up.

Commands run with this interpreter's factcheck, bytecode caching on (a warm install).
Targets are printed beside the figures; nothing here fails on a figure.
"""
from __future__ import annotations

import argparse
import math
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import newstext  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SECTIONS = ("throughput", "startup", "align", "memory", "jobs")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def factcheck(*args: str) -> list[str]:
    return [sys.executable, "-c", "import sys; from factcheck.cli import main; sys.argv[0] = 'factcheck'; main()",
            *args]


# Runs one command and prints its wall time and the kernel's account of it. A small
# process in between: a child forked from this (large) process would count this
# process's memory in its own peak RSS, which Linux carries across exec.
MEASURE = r"""
import os, subprocess, sys, time
t0 = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_pid, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - t0, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024,
      os.waitstatus_to_exitcode(status))
"""


def run(cmd: list[str], cwd: Path = ROOT) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + sys, workers included) and peak RSS in MB of
    one command."""
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], cwd=cwd, env=ENV, capture_output=True,
                         text=True, check=True).stdout.split()
    wall, cpu, rss, code = float(out[0]), float(out[1]), float(out[2]), int(out[3])
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd[3:])}: exit {code}")
    return wall, cpu, rss


def digit_scan(texts: list[str]) -> float:
    """CPU seconds of the reference: one `re.findall(r"\\d+")` per text, best of 3."""
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for text in texts:
            re.findall(r"\d+", text)
        best = min(best, time.process_time() - t0)
    return best


def write_files(folder: Path, texts: list[str]) -> None:
    for i, text in enumerate(texts):
        (folder / f"a{i:05d}.txt").write_text(text, encoding="utf-8")


def mb_of(texts: list[str]) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def target(ok: bool, text: str) -> str:
    return f"target {text}: {'met' if ok else 'NOT met'}"


def throughput(args) -> None:
    from factcheck.pipeline import extract_all
    from factcheck.readers import read_text
    from factcheck.ruleset import load_ruleset

    texts = newstext.corpus(int(args.mb * 1e6))
    size = mb_of(texts)
    words, digits = newstext.stats(texts)
    print(f"corpus: {size:.2f} MB, {len(texts)} articles, fr + en; {words:.1f} words a sentence, "
          f"{digits:.1f} digit tokens per 100 words (real news: about 24 and 4)")
    ruleset = load_ruleset()
    docs = [read_text(t, doc_id=f"a{i}.txt") for i, t in enumerate(texts)]
    extract_all(docs[:20], ruleset)  # build both languages outside the timing
    t0 = time.process_time()
    claims = extract_all(docs, ruleset)
    secs = time.process_time() - t0
    scan = digit_scan(texts)
    print(f"digit scan re.findall(r'\\d+'): {size / scan:.0f} MB/s")
    print(f"extraction, in-process, 1 core: {size / secs:.2f} MB/s, {len(claims) / size:.0f} claims/MB, "
          f"{secs / scan:.0f}x the digit scan; {target(size / secs >= 3, '>= 3 MB/s')}")
    with tempfile.TemporaryDirectory() as tmp:
        write_files(Path(tmp), texts)
        out = str(Path(tmp) / "out.json")
        wall, cpu, _rss = run(factcheck("claims", tmp, "--format", "json", "-o", out, "--jobs", "1"))
    print(f"'factcheck claims DIR --format json --jobs 1': {size / cpu:.2f} MB/s of CPU "
          f"({wall:.1f} s wall), {cpu / scan:.0f}x the digit scan")
    json_costs(docs, claims)


def json_costs(docs, claims) -> None:
    """CPU per claim of writing `factcheck claims --format json` (records built included):
    the writer before this branch (json.dumps indent=2 per record), then jsontext."""
    import io
    import json

    from factcheck.model import Report
    from factcheck.report import json_report, jsontext

    report = Report(documents=docs, claims=claims)

    def before() -> None:  # the previous per-record writer, as it was
        out = io.StringIO()
        for c in claims:
            text = json.dumps(c.record(), ensure_ascii=False, indent=2)
            out.write("\n".join("    " + line for line in text.split("\n")))

    def now() -> None:
        json_report.write(report, io.StringIO(), claims_only=True)

    rows = [("json.dumps indent=2 (before)", before, None)]
    rows.append(("stdlib fallback", now, None))
    if jsontext.orjson is not None:
        rows.append(("orjson", now, jsontext.orjson))
    parts = []
    saved = jsontext.orjson
    try:
        for name, func, backend in rows:
            jsontext.orjson = backend
            best = float("inf")
            for _ in range(3):
                t0 = time.process_time()
                func()
                best = min(best, time.process_time() - t0)
            parts.append(f"{name} {1e6 * best / len(claims):.1f}")
    finally:
        jsontext.orjson = saved
    print("JSON writing per claim (record built included), µs: " + "; ".join(parts))


STEPS = r"""
import sys, time, io
t = [time.process_time()]
out = []
def lap(name):
    now = time.process_time(); out.append((name, now - t[0])); t[0] = now
import click; lap("import click")
import factcheck.cli, factcheck.pipeline, factcheck.compare; lap("import factcheck")
from factcheck.config import load_config
from factcheck.ruleset import load_ruleset
from factcheck.pipeline import Options, read_documents, extract_all
ruleset = load_ruleset(list(load_config(None).rule_dirs)); lap("config and rules")
docs, _ = read_documents(["seeds/"], Options()); lap("read and segment (zones: both languages' TOML)")
from factcheck.lemmacache import lemmatize
lemmatize("maisons", "fr"); lap("lemmas of words met before (factcheck's cache: no simplemma import)")
print("    simplemma imported:", "simplemma" in sys.modules)
from factcheck.language import language
language("fr"); lap("lexicon of French (lemmas of its phrases)")
from factcheck.scan import scan
scan("1", "fr"); lap("scanner of French (regex compile)")
claims = extract_all(docs, ruleset); lap("extraction (frame reader, rules)")
from factcheck.compare import compare_all
compare_all(docs, claims, ruleset); lap("comparison")
from factcheck.model import Report
from factcheck.report import render
report = Report(documents=docs, claims=claims)
render(report, "json"); lap("JSON report")
render(report, "rich", width=100); lap("rich report (import rich, render)")
for name, secs in out:
    print(f"  {1000 * secs:6.1f} ms  {name}")
"""


def startup(args) -> None:
    base = run([sys.executable, "-c", "pass"])[1]
    for fmt in ("rich", "json"):
        cmd = factcheck("check", "seeds/", "--format", fmt)
        run(cmd)  # warm: bytecode caches, file cache
        cpus = [run(cmd)[1] for _ in range(args.runs)]
        med = statistics.median(cpus)
        print(f"start-up 'factcheck check seeds/ --format {fmt}': {med:.3f} s CPU (median of {args.runs}; "
              f"min {min(cpus):.3f}); {target(med <= 0.25, '<= 0.25 s')}")
    print(f"where it goes (one run, CPU; a bare interpreter takes {1000 * base:.0f} ms):")
    proc = subprocess.run([sys.executable, "-c", STEPS], cwd=ROOT, env=ENV, capture_output=True, text=True,
                          check=True)
    print(proc.stdout, end="")


def align_times(args) -> None:
    from factcheck.compare import compare_all
    from factcheck.pipeline import extract_all
    from factcheck.readers import read_text
    from factcheck.ruleset import load_ruleset

    ruleset = load_ruleset()
    sizes = [int(s) for s in args.align.split(",")]
    rng = random.Random(5)
    many = [newstext.article(rng, facts) for facts in (newstext.story(rng, unique=True)
                                                       for _ in range(0, max(sizes), 4)) for _ in range(4)]
    rng = random.Random(6)
    one_story = newstext.story(rng, "fr", "accident")
    one = [newstext.article(rng, one_story) for _ in range(max(sizes))]
    for name, texts in (("many stories, 4 outlets each", many), ("one story, every outlet", one)):
        docs = [read_text(t, doc_id=f"a{i:05d}.txt") for i, t in enumerate(texts[:max(sizes)])]
        claims = extract_all(docs, ruleset, jobs=None)
        times: list[tuple[int, float]] = []
        for n in sizes:
            if times and times[-1][1] * (n / times[-1][0]) ** 2 > args.align_budget:
                print(f"  {name}: {n} articles skipped: at n^2 from {times[-1][0]} they would take "
                      f"about {times[-1][1] * (n / times[-1][0]) ** 2:.0f} s (over --align-budget)")
                break
            ids = {d.id for d in docs[:n]}
            sub_claims = [c for c in claims if c.document in ids]
            t0 = time.process_time()
            compare_all(docs[:n], sub_claims, ruleset)
            times.append((n, time.process_time() - t0))
        row = ", ".join(f"{n}: {s:.2f} s" for n, s in times)
        (n0, t0), (n1, t1) = times[0], times[-1]
        growth = math.log(t1 / t0) / math.log(n1 / n0) if len(times) > 1 and t0 > 0 else float("nan")
        ratio = t1 / t0 if t0 else float("inf")
        reached = f"{n1}/{n0} = {ratio:.0f}x, growth n^{growth:.1f}"
        met = n1 == sizes[-1] and ratio <= 35
        print(f"compare_all, {name}: {row}; {reached}; "
              f"{target(met, f'{sizes[-1]} articles <= 35x {sizes[0]} (linear: {sizes[-1] // sizes[0]}x)')}")


def memory(args) -> None:
    rng = random.Random(8)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        with open(big, "w", encoding="utf-8") as fh:
            size = 0
            while size < args.big_mb * 1e6:
                text = "\n\n".join(newstext.article(rng) for _ in range(200)) + "\n\n"
                fh.write(text)
                size += len(text.encode("utf-8"))
        mb = size / 1e6
        wall, cpu, rss = run(factcheck("claims", str(big), "--format", "json", "-o", str(Path(tmp) / "out.json")))
    print(f"peak RSS, 'factcheck claims BIG --format json' on {mb:.0f} MB: {rss:.0f} MB = {rss / mb:.1f}x the file "
          f"({wall:.0f} s); {target(rss / mb <= 3, '<= 3x')}")


def jobs(args) -> None:
    rng = random.Random(9)
    texts = [newstext.article(rng) for _ in range(args.files)]
    n = max(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_files(folder, texts)
        out = str(Path(tmp) / "out.json")
        results = {}
        for j in (1, n):
            cmd = factcheck("claims", str(folder), "--format", "json", "-o", out, "--jobs", str(j))
            run(cmd)
            results[j] = [run(cmd) for _ in range(args.runs_jobs)]
    walls = {j: statistics.median(r[0] for r in rs) for j, rs in results.items()}
    cpus = {j: statistics.median(r[1] for r in rs) for j, rs in results.items()}
    speed = walls[1] / walls[n]
    print(f"--jobs on {args.files} files ({mb_of(texts):.1f} MB), medians of {args.runs_jobs}: "
          f"--jobs 1 {walls[1]:.2f} s wall ({cpus[1]:.2f} s CPU), --jobs {n} {walls[n]:.2f} s wall "
          f"({cpus[n]:.2f} s CPU); speed-up {speed:.2f}x; {target(speed >= 1.6, '>= 1.6x on 2 cores')}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=",".join(SECTIONS), help=f"sections, comma-separated ({', '.join(SECTIONS)})")
    ap.add_argument("--mb", type=float, default=5.0, help="throughput corpus size in MB (default 5)")
    ap.add_argument("--runs", type=int, default=7, help="start-up runs (default 7)")
    ap.add_argument("--align", default="100,1000,3000", help="article counts for compare_all")
    ap.add_argument("--align-budget", type=float, default=120.0,
                    help="skip a compare_all size predicted (at n^2) to take more seconds (default 120)")
    ap.add_argument("--big-mb", type=float, default=100.0,
                    help="the large file's size in MB (default 100, the target's size; 20 is quicker)")
    ap.add_argument("--files", type=int, default=1000, help="files for the --jobs figure (default 1000)")
    ap.add_argument("--runs-jobs", type=int, default=3, help="runs of each --jobs command (default 3)")
    args = ap.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SECTIONS))
    if unknown:
        ap.error(f"unknown section {unknown[0]!r}")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; JSON encoder: {_backend()}")
    funcs = {"throughput": throughput, "startup": startup, "align": align_times, "memory": memory, "jobs": jobs}
    for name in SECTIONS:
        if name in chosen:
            print(f"== {name}")
            funcs[name](args)
    return 0


def _backend() -> str:
    from factcheck.report.jsontext import BACKEND

    return BACKEND


if __name__ == "__main__":
    sys.exit(main())
