"""The user's cache folder: files that only save time.

factcheck keeps data there that it derives from its own files and from its libraries,
each rebuilt when its source changes: simplemma's decoded dictionaries (`lemmacache`),
compiled regular expressions (`compiled`), the parsed language files and their
phrases' lemmas (`derived`). Nothing here is needed for correctness: a folder that cannot be read or
written means a slower run, never an error. Set FACTCHECK_CACHE_DIR to choose the
folder, or to an empty string to use none.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Where cached files are kept, or None for no cache."""
    chosen = os.environ.get("FACTCHECK_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home.startswith("~") or not os.path.isabs(home):
            return None  # no home folder: no cache, rather than a "~" folder where we run
        base = os.path.join(home, ".cache")
    return Path(base) / "factcheck"


def read(path: Path) -> object | None:
    """A marshal file's object, or None when it is missing or damaged. Reading it
    marks it as used, for `prune`."""
    try:
        got = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    try:
        os.utime(path)
    except OSError:
        pass
    return got


def write(path: Path, obj: object, family: str | None = None, keep: int = 0) -> None:
    """Write `obj` as a marshal file, atomically (a temporary file renamed), so a reader
    never sees half a file. With `family` (a glob), then keep only the `keep` files of
    that family used last (see `prune`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(marshal.dumps(obj))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return  # no cache this time; the next run tries again
    if family is not None:
        prune(path.parent, family, keep)


def prune(folder: Path, family: str, keep: int) -> None:
    """Delete all but the `keep` files matching `family` used last, so that a cache
    whose sources change (a new simplemma, edited rules) does not grow without end."""
    try:
        stamped = []
        for p in folder.glob(family):
            try:
                stamped.append((p.stat().st_mtime, p.name, p))
            except OSError:
                continue
        for _t, _n, p in sorted(stamped, reverse=True)[keep:]:
            p.unlink(missing_ok=True)
    except OSError:
        pass


def derived(family: str, source: bytes, build: Callable[[], T], keep: int = 4) -> T:
    """`build()`, read from the cache while `source` (the bytes it is derived from,
    such as a data file's) is unchanged. The result must be plain data marshal can
    write (dicts, lists, strings, numbers); anything else is simply not cached."""
    folder = cache_dir()
    if folder is None:
        return build()
    digest = hashlib.sha1(source).hexdigest()[:24]
    path = folder / f"{family}-m{marshal.version}-{digest}.marshal"
    got = read(path)
    if got is None:
        got = build()
        write(path, got, family=f"{family}-m*.marshal", keep=keep)
    return got
