"""Extract documents in worker processes; the claims come back as `--jobs 1` makes them.

Extraction is per document and pure, so documents are shared out in chunks of
consecutive documents and each worker numbers its claims from 1 per document. The
parent takes the results back in document order and renumbers: a document's claims
start right after the claims of the documents before it, which is what the
in-process run (iter_in_process, `--jobs 1`) gives, so ids, order and report bytes are the same.
A file read in slices (slices.py) is extracted by the parent when its turn comes, a
slice at a time, its claims passed on as they come.

Warm start: before the workers exist, the parent extracts the shortest document of each
language itself. That builds the language's lexicon (simplemma's dictionary), scanner
and frame reader, about 0.3 s a language; with the fork start method (Linux) every
worker inherits them instead of building its own. Elsewhere each worker builds its own.
A run with little text left after that stays in-process: starting processes would cost
more than they save.
"""
from __future__ import annotations

from collections.abc import Callable, Generator, Iterator

from . import pool
from .errors import InputError
from .extract import iter_claims
from .model import Claim, Document, Problem
from .rulematch import Extractor
from .ruleset import Ruleset

MIN_PARALLEL_CHARS = 20_000  # text left after the warm-up below which processes do not pay

_WORKER: tuple[Ruleset, Extractor, bool] | None = None


def numbered(claims: list[Claim], before: int) -> list[Claim]:
    """Claims numbered C1, C2... moved after `before` claims of earlier documents.

    The claims were just unpickled (or built) and nothing else holds them, so their id
    is set in place: `dataclasses.replace` would copy every claim, about 6 µs each."""
    if before:
        for c in claims:
            c.id = f"C{int(c.id[1:]) + before}"
    return claims


def iter_in_process(docs: list[Document], ruleset: Ruleset, on_document: Callable[[str], None] | None = None,
                    problems: list[Problem] | None = None, debug: bool = False) -> Iterator[Claim]:
    """The claims of `docs` extracted in this process, one document after another,
    numbered and with failures handled as the workers do (`--jobs 1`). Each claim is
    passed on as it comes: a file read in slices is never held whole."""
    extractor = Extractor(ruleset)
    keep = debug or problems is None
    before = 0
    for doc in docs:
        before += yield from streamed(doc, ruleset, extractor, before, problems, keep)
        if on_document is not None:
            on_document(doc.id)


def streamed(doc: Document, ruleset: Ruleset, extractor: Extractor, before: int,
             problems: list[Problem] | None, raise_errors: bool) -> Generator[Claim, None, int]:
    """A document's claims as they are extracted, numbered after `before` claims of
    earlier documents; returns how many. A failure keeps the claims given before it
    and goes to `problems` (raised with `raise_errors`)."""
    n = 0
    try:  # the consumer's own exceptions are not thrown in at the yield
        for claim in iter_claims(doc, ruleset, extractor, first_id=before + 1):
            n += 1
            yield claim
    except Exception as err:  # noqa: BLE001 - one document, not the run
        if raise_errors:
            raise
        if isinstance(err, InputError):  # a file read in slices that changed meanwhile
            problems.append(Problem(doc.id, str(err).removeprefix(f"{doc.path}: ")))
        else:
            problems.append(Problem(doc.id, _failed(err)))
    return n


def iter_parallel(docs: list[Document], ruleset: Ruleset, jobs: int,
                  on_document: Callable[[str], None] | None = None,
                  problems: list[Problem] | None = None, debug: bool = False) -> Iterator[Claim]:
    """The claims of `docs`, numbered and ordered as iter_in_process's, extracted by
    up to `jobs` processes. A document whose extraction fails keeps the claims found
    before the failure, and the failure goes to `problems` (raised with `debug`, or
    without `problems`), as in iter_in_process."""
    keep = debug or problems is None
    extractor = Extractor(ruleset)

    # A file read in slices is extracted here, a slice at a time, when its turn comes:
    # a worker would send all its claims back at once.
    def here(doc: Document, before: int) -> Generator[Claim, None, int]:
        return streamed(doc, ruleset, extractor, before, problems, keep)

    whole = [i for i, doc in enumerate(docs) if doc.plan is None]
    smallest: dict[str, int] = {}  # the shortest document of each language: least serial work
    for i in whole:
        doc = docs[i]
        if doc.language not in smallest or len(doc.text) < len(docs[smallest[doc.language]].text):
            smallest[doc.language] = i
    warm = {i: extract_one(docs[i], ruleset, extractor, keep) for i in sorted(smallest.values())}
    rest = [i for i in whole if i not in warm]
    chunks = _chunks(docs, rest, jobs)
    left = sum(len(docs[i].text) for i in rest)
    if len(chunks) < 2 or left < MIN_PARALLEL_CHARS:
        results = iter((i, extract_one(docs[i], ruleset, extractor, keep)) for i in rest)
        yield from _in_order(docs, warm, results, on_document, problems, here)
        return
    import gc

    # What exists now (lexicons, dictionaries, documents) outlives the pool: frozen, the
    # collector no longer walks it, in the parent as claims pile up, nor in the workers,
    # whose pages stay shared instead of being copied as the collector touches them.
    gc.freeze()
    try:
        chunk_results = pool.ordered(_extract, [[(i, docs[i]) for i in chunk] for chunk in chunks], jobs,
                                     initializer=_start, initargs=(ruleset, extractor, keep))
        results = (pair for chunk in chunk_results for pair in chunk)
        yield from _in_order(docs, warm, results, on_document, problems, here)
    finally:
        gc.unfreeze()


def extract_one(doc: Document, ruleset: Ruleset, extractor: Extractor,
                raise_errors: bool) -> tuple[list[Claim], str | None]:
    """A document's claims numbered from C1, and why its extraction failed (None: it did
    not); the claims found before a failure are kept."""
    found: list[Claim] = []
    try:
        for claim in iter_claims(doc, ruleset, extractor, first_id=1):
            found.append(claim)
    except Exception as err:  # noqa: BLE001 - one document, not the run
        if raise_errors:
            raise
        return found, _failed(err)
    return found, None


def _failed(err: Exception) -> str:
    return f"claims could not be extracted ({type(err).__name__}: {err})"


def _in_order(docs, warm, results, on_document, problems, here) -> Iterator[Claim]:
    """Claims document by document; `results` gives (index, (claims, failure)) for the
    documents not in `warm` and not read in slices, in index order; `here(doc, before)`
    streams those read in slices."""
    before = 0
    for i, doc in enumerate(docs):
        if doc.plan is not None:
            before += yield from here(doc, before)
            if on_document is not None:
                on_document(doc.id)
            continue
        claims, failure = warm.pop(i) if i in warm else _take(results, i)
        if failure is not None and problems is not None:
            problems.append(Problem(doc.id, failure))
        yield from numbered(claims, before)
        before += len(claims)
        if on_document is not None:
            on_document(doc.id)


def _take(results, i: int) -> tuple[list[Claim], str | None]:
    index, found = next(results)
    if index != i:
        raise RuntimeError(f"worker results out of order: document {index} for {i}")
    return found


def _chunks(docs: list[Document], indices: list[int], jobs: int) -> list[list[int]]:
    """Consecutive documents of `indices` grouped into chunks of about equal text size."""
    return [[indices[j] for j in chunk] for chunk in pool.chunks([len(docs[i].text) for i in indices], jobs)]


def _start(ruleset: Ruleset, extractor: Extractor, raise_errors: bool) -> None:
    """A worker's set-up. Ctrl-C is the parent's to handle: it stops the pool, and a
    worker interrupted mid-chunk would only print a traceback."""
    import signal

    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = (ruleset, extractor, raise_errors)


def _extract(chunk: list[tuple[int, Document]]) -> list[tuple[int, tuple[list[Claim], str | None]]]:
    ruleset, extractor, raise_errors = _WORKER
    return [(i, extract_one(doc, ruleset, extractor, raise_errors)) for i, doc in chunk]
