"""Work shared out to worker processes, the results taken back in order.

Reading files and extracting their claims are both per document and pure: the
documents are grouped into chunks of consecutive documents, each chunk goes to one
worker, and the results come back chunk by chunk in their original order, so the
caller sees what one process doing the same work in order would have produced.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Sequence

CHUNKS_PER_WORKER = 8  # chunks small enough to balance uneven documents, few enough to batch


def cpu_count() -> int:
    """Processors this process may run on (its affinity mask, where the system has one)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def workers(jobs: int | None, documents: int) -> int:
    """How many processes to use: `jobs`, or the processors (None), capped at the documents."""
    wanted = cpu_count() if jobs is None else jobs
    return max(1, min(wanted, documents))


def context():
    """fork where it is safe and the default (Linux): workers inherit what the parent
    has built (warm caches, imported modules); elsewhere the platform's default."""
    import multiprocessing

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def chunks(sizes: Sequence[int], jobs: int) -> list[list[int]]:
    """The indices of `sizes` grouped into about CHUNKS_PER_WORKER consecutive runs per
    worker, of about equal total size."""
    target = max(1, sum(sizes) // (jobs * CHUNKS_PER_WORKER))
    out: list[list[int]] = []
    size = 0
    for i, n in enumerate(sizes):
        if not out or size >= target:
            out.append([])
            size = 0
        out[-1].append(i)
        size += n
    return out


def ordered(func: Callable, work: list, jobs: int, initializer: Callable | None = None,
            initargs: tuple = ()) -> Iterator:
    """`func(chunk)` for each chunk of `work`, computed by up to `jobs` processes and
    yielded in the order of `work`. The pool is shut down when the caller stops, work
    not yet started dropped."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=min(jobs, len(work)), mp_context=context(),
                               initializer=initializer, initargs=initargs)
    try:
        yield from pool.map(func, work)
    finally:  # an error or a consumer that stops early: drop the work not started
        pool.shutdown(wait=True, cancel_futures=True)
