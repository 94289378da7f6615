"""Tie the steps together: read, extract, align, compare, audit. Never prints.

`claims()` stops after extraction (the `factcheck claims` command); `check()` runs the
whole pipeline, and audits a draft against the sources when `Options.draft` is set.
Both return a `Report`; files that cannot be read become problems in it and the other
files are still processed. So does a document whose extraction fails: its problem
names it, and the other documents keep their claims.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from .baseline import document_key, stabilise
from .errors import InputError
from .model import Claim, Document, Problem, Report
from .parallel import iter_in_process, iter_parallel
from .pool import workers
from .paths import expand
from .readers import SLICE_BYTES, iter_paths, read_all, read_path
from .ruleset import Ruleset
from .safeio import DEFAULT_MAX_BYTES, ReadRefused, display_path, file_key, read_regular, same_file


@dataclass
class Options:
    """What a run needs besides paths and rules.

    `dates` maps a path (as given, or any path to the same file) to its publication
    date; `weights` maps a glob pattern on source paths to a weight for the draft
    audit's majority; `on_document` is called with each document id once its claims
    are extracted, and `on_stage` with the name of each later stage ("compare",
    "audit") as it starts (the CLI uses them for a progress bar; the core never
    prints). `ignore` names measures to leave out of the run; `min_confidence` drops
    conflicts and agreements whose alignment is less sure. `root` is the folder that
    documents' keys, and so the fingerprints of findings, are relative to (the config
    file's folder; None: the file's name). `max_bytes` is the largest input read;
    `follow_links` follows symbolic links that leave a folder; `debug` lets a
    per-document failure raise instead of becoming a problem. `stdin` stands in for
    standard input (bytes are decoded like a file). `jobs` is how many processes
    extract documents: 1 in this process, None one per processor, capped at the
    number of documents (the report is the same either way). A text file larger than
    `slice_bytes` is read and extracted a slice of that size at a time (slices.py).
    """

    lang: str | None = None
    dates: dict[str, date] = field(default_factory=dict)
    draft: str | None = None
    stdin: str | bytes | None = None
    weights: dict[str, float] = field(default_factory=dict)
    on_document: Callable[[str], None] | None = None
    on_stage: Callable[[str], None] | None = None
    root: str | None = None
    ignore: frozenset[str] = frozenset()  # measures whose claims are left out ("said", "age")
    min_confidence: float = 0.0  # conflicts and agreements aligned less surely are left out
    max_bytes: int = DEFAULT_MAX_BYTES
    follow_links: bool = False
    debug: bool = False
    jobs: int | None = 1
    slice_bytes: int = SLICE_BYTES

    def draft_id(self) -> str | None:
        """The id the draft's Document gets (its name as shown)."""
        return display_path(self.draft) if self.draft else None


def _real(path: str) -> str:
    return path if path == "-" else os.path.realpath(path)


def dates_for(paths: list[str], dates: dict[str, date], follow_links: bool = False) -> dict[str, date]:
    """`dates` keyed by the paths the reader will see ("./a.txt" matches "a.txt")."""
    if not dates:
        return {}
    by_real = {_real(k): v for k, v in dates.items()}
    files, _problems = iter_paths(paths, follow_links=follow_links)
    out = {f: by_real[_real(f)] for f in files if _real(f) in by_real}
    return {**dates, **out}


def unmatched_dates(paths: list[str], dates: dict[str, date], follow_links: bool = False) -> list[str]:
    """The keys of `dates` that name none of the files `paths` give."""
    files, _problems = iter_paths(paths, follow_links=follow_links)
    reals = {_real(f) for f in files}
    return [k for k in dates if _real(k) not in reals]


def output_clash(target: str, paths: list[str], options: Options) -> str | None:
    """The input that writing `target` would destroy, or None.

    An output path is compared with every input (the sources, folders expanded, and
    the draft) by resolved path and by device and inode, so `./a.txt`, a hard link
    or a symbolic link are caught too. A factcheck report found inside a source
    folder is no input (the reader skips it), so rewriting it is allowed."""
    if not target or target == "-" or file_key(target) is None:
        return None
    found = expand(paths + ([options.draft] if options.draft else []), follow_links=options.follow_links)
    for path in found.files:
        if path != "-" and same_file(target, path):
            if path in found.in_folder and _is_report_file(path, options.max_bytes):
                continue
            return path
    return None


def _is_report_file(path: str, max_bytes: int) -> bool:
    from .ownreport import is_factcheck_report
    from .readers import decode

    try:
        text, _warnings = decode(read_regular(path, max_bytes, head=8192), path)
    except (ReadRefused, InputError):
        return False
    return is_factcheck_report(text)


def extract_all(docs: list[Document], ruleset: Ruleset,
                on_document: Callable[[str], None] | None = None, jobs: int | None = 1) -> list[Claim]:
    """Claims of every document, numbered C1, C2... in document then text order."""
    return list(iter_all(docs, ruleset, on_document, jobs=jobs))


def iter_all(docs: list[Document], ruleset: Ruleset,
             on_document: Callable[[str], None] | None = None,
             problems: list[Problem] | None = None, debug: bool = False, jobs: int | None = 1) -> Iterator[Claim]:
    """The same claims one at a time, for output that need not hold them all; with
    `jobs` (see Options), extracted by several processes, the same claims in the same order.

    A document whose extraction fails (a bug met on hostile text) keeps the claims
    found before the failure; the failure is appended to `problems` naming the
    document, and the next document is extracted. With `debug` it raises instead.
    """
    n_jobs = workers(jobs, len(docs))
    if n_jobs > 1:
        yield from iter_parallel(docs, ruleset, n_jobs, on_document, problems, debug)
    else:
        yield from iter_in_process(docs, ruleset, on_document, problems, debug)


def read_documents(paths: list[str], options: Options | None = None) -> tuple[list[Document], list]:
    """The documents and the problems met reading them."""
    return _read(paths, options or Options())


def _read(paths: list[str], options: Options) -> tuple[list[Document], list[Problem]]:
    dates = dates_for(paths + ([options.draft] if options.draft else []), options.dates,
                      options.follow_links)
    # A draft inside a source folder is not its own source.
    docs, problems = read_all(paths, lang=options.lang, dates=dates, stdin=options.stdin,
                              max_bytes=options.max_bytes, follow_links=options.follow_links,
                              exclude=[options.draft] if options.draft else [], jobs=options.jobs,
                              slice_bytes=options.slice_bytes)
    if options.draft:
        draft, problem = read_draft(options.draft, options, dates)
        docs += [draft] if draft else []
        problems += [problem] if problem else []
    for doc in docs:
        doc.key = document_key(doc.path, options.root)
    return docs, problems


def read_draft(path: str, options: Options, dates: dict[str, date]) -> tuple[Document | None, Problem | None]:
    """The draft: one file or "-", never a folder (a folder is a problem naming it)."""
    if path == "-":
        docs, problems = read_all(["-"], lang=options.lang, dates=dates, stdin=options.stdin,
                                  max_bytes=options.max_bytes, slice_bytes=options.slice_bytes)
        return (docs[0] if docs else None), (problems[0] if problems else None)
    name = display_path(path)
    try:
        if os.path.isdir(path):
            raise InputError(f"{name}: is a directory; the draft must be one file")
        return read_path(path, lang=options.lang, pub_date=dates.get(path), max_bytes=options.max_bytes,
                         slice_bytes=options.slice_bytes), None
    except InputError as err:
        return None, Problem(name, str(err).removeprefix(f"{name}: "))
    except Exception as err:  # noqa: BLE001 - as for the sources
        if options.debug:
            raise
        return None, Problem(name, f"could not be read ({type(err).__name__}: {err})")


def claims(paths: list[str], ruleset: Ruleset, options: Options | None = None) -> Report:
    options = options or Options()
    docs, problems = _read(paths, options)
    found = iter_all(docs, ruleset, options.on_document, problems, options.debug, options.jobs)
    found = [c for c in found if c.attribute not in options.ignore] if options.ignore else list(found)
    return Report(documents=docs, claims=found, problems=problems)


def _sure(findings: list, options: Options) -> list:
    """Findings without the conflicts and agreements below `options.min_confidence`."""
    floor = options.min_confidence
    return [f for f in findings if f.kind not in ("conflict", "agreement") or f.confidence is None
            or f.confidence >= floor]


def check(paths: list[str], ruleset: Ruleset, options: Options | None = None) -> Report:
    """Findings among the sources; with `options.draft`, also the draft's audit.

    The draft's document and claims are in the report (so reporters can show where
    the draft says what), but the findings are computed among the sources alone.
    """
    from .compare import compare_all

    options = options or Options()
    report = claims(paths, ruleset, options)
    stage = options.on_stage or (lambda _name: None)
    draft = next((d for d in report.documents if options.draft and d.id == options.draft_id()), None)
    stage("compare")
    if draft is None:
        report.findings = _sure(compare_all(report.documents, report.claims, ruleset), options)
        if options.draft:
            report.audit, report.draft = [], options.draft_id()
        return stabilise(report)
    sources = [d for d in report.documents if d.id != draft.id]
    source_claims = [c for c in report.claims if c.document != draft.id]
    report.findings = _sure(compare_all(sources, source_claims, ruleset), options)
    stage("audit")
    from .audit import audit  # only a draft needs it

    report.audit = audit(draft.id, report.documents, report.claims, ruleset, options.weights)
    report.draft = draft.id
    return stabilise(report)
