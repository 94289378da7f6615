"""A progress bar on stderr for long runs, fed by the pipeline's `on_document` callback.

The core never imports rich: it calls `Options.on_document(doc_id)` after each
document and `Options.on_stage(name)` when comparison (or a draft's audit) starts,
and this module (used only by the CLI) turns those calls into a rich progress bar:
documents counted N/total, then the comparison as a stage of its own. The bar appears only on a terminal, for more than a handful of files,
and never with machine-read formats (json, sarif, github), so pipes and CI logs stay
clean.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

from factcheck.safeio import printable

MIN_FILES = 6  # "more than a handful": five files or fewer finish before a bar helps
QUIET_FORMATS = frozenset({"json", "sarif", "github"})


def wanted(total: int, fmt: str, stream: TextIO | None = None) -> bool:
    """Should a run over `total` files in format `fmt` show a bar on `stream`?"""
    stream = stream if stream is not None else sys.stderr
    if total < MIN_FILES or fmt in QUIET_FORMATS:
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):  # a closed or odd stream is not a terminal
        return False


STAGES = {"compare": "Comparing", "audit": "Auditing the draft"}


class Tracker:
    """The pipeline's callbacks, drawn on one bar: call it with each document id, then
    `stage(name)` when a later stage starts (comparison has no count: the bar pulses)."""

    def __init__(self, bar, task, total: int) -> None:
        self.bar, self.task, self.total, self.done = bar, task, total, 0

    def __call__(self, doc_id: str) -> None:
        self.done += 1
        self.bar.update(self.task, advance=1, doc=printable(doc_id)[-40:],  # a name may hold escapes
                        count=f"{self.done}/{self.total}")

    def stage(self, name: str) -> None:
        self.bar.update(self.task, visible=False)
        self.task = self.bar.add_task(STAGES.get(name, name.capitalize()), total=None, doc="",
                                      count="")
        self.bar.refresh()


@contextmanager
def progress(total: int, fmt: str, stream: TextIO | None = None,
             label: str = "Checking") -> Iterator[Tracker | None]:
    """Yield a Tracker driving a bar (an `on_document` callback with a `stage` method),
    or None when no bar is wanted.

    The bar is transient: it disappears when the run ends, leaving only the report.
    """
    stream = stream if stream is not None else sys.stderr
    if not wanted(total, fmt, stream):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(file=stream, stderr=True)
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(),
               TextColumn("{task.fields[count]}"), TimeElapsedColumn(),
               TextColumn("{task.fields[doc]}", markup=False))
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=total, doc="", count=f"0/{total}")
        yield Tracker(bar, task, total)


def count_files(paths: list[str], follow_links: bool = False) -> int:
    """How many documents `paths` will give (folders expanded), for the bar's total."""
    from factcheck.readers import iter_paths

    files, _problems = iter_paths(list(paths), follow_links=follow_links)
    return len(files)
