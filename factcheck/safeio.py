"""Bounded reads, atomic writes and printable names: the I/O that hostile input meets.

Every file factcheck reads (articles, rule files, configuration, baselines) goes
through `read_regular`: only a regular file is read, and its size is checked against
a limit *before* reading, so a FIFO never hangs a run and /dev/zero never fills the
memory. Standard input goes through `read_stream`, which stops one byte past the
limit. Reports and baselines are written by `atomic_write`: into a temporary file in
the target's folder, renamed over the target only once complete, so an interrupted
or failed run leaves the old file as it was.

`printable()` makes a string safe to show on one line of a terminal or CI log (a
file name may hold an escape sequence or a newline); `display_path()` turns the
surrogate escapes of a non-UTF-8 file name into visible `\\xNN` text.
Errors are `ReadRefused` / `WriteFailed` with a message that does not name the path:
the caller knows how the file is called and which error kind to raise.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

MB = 1024 * 1024
DEFAULT_MAX_BYTES = 200 * MB  # articles; --max-size raises it
CHUNK = 1 << 16
_TEMP_TRIES = 100  # random temporary names tried before giving up (a clash is near impossible)

_KINDS = ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))
# Anything that can move a terminal's cursor, end a CI log line or reorder text:
# C0 and C1 controls (tab and newline included: a name is shown on one line), DEL,
# lone surrogates, the Unicode line separators and the bidi controls.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u2028\u2029"
                          "\u202a-\u202e\u2066-\u2069\ufeff]")


class ReadRefused(Exception):
    """A file that is not read: not a regular file, too large, unreadable."""


class Missing(ReadRefused):
    """The file does not exist."""


class WriteFailed(Exception):
    """An output that could not be written; the message is the reason."""


def size_text(n: int) -> str:
    if n >= MB:
        return f"{n / MB:.1f} MB".replace(".0 MB", " MB")
    return f"{n // 1024} KB" if n >= 1024 else f"{n} bytes"


def too_large(size: int | None, limit: int, hint: str) -> ReadRefused:
    got = f"over {size_text(limit)}" if size is None else size_text(size)
    return ReadRefused(f"too large ({got}; the limit is {size_text(limit)}{hint})")


def kind_of(mode: int) -> str | None:
    """What a non-regular file is ("a FIFO"...), or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: str | os.PathLike, limit: int, *, hint: str = "", head: int | None = None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; ReadRefused otherwise.

    The file is opened as `open_regular` opens it, and read at most one byte past
    `limit` in case it grows. `hint` ends the "too large" message. With `head`, only
    the first `head` bytes are read, whatever the size.
    """
    with open_regular(path, None if head is not None else limit, hint=hint) as (fh, info):
        if head is not None:
            raw = _read_upto(fh, head)
        else:  # one buffer of the announced size (chunks and a join would need two)
            raw = fh.read(info.st_size + 1) if info.st_size else _read_upto(fh, limit + 1)
            if info.st_size and len(raw) > info.st_size:  # it grew: the rest in chunks
                raw += _read_upto(fh, limit + 1 - len(raw))
    if len(raw) > limit:
        raise too_large(None, limit, hint)
    return raw


@contextmanager
def open_regular(path: str | os.PathLike, limit: int | None, *,
                 hint: str = "") -> Iterator[tuple[IO[bytes], os.stat_result]]:
    """A regular file of at most `limit` bytes (None: any size), open for reading
    unbuffered, with its fstat; ReadRefused otherwise.

    The file is opened without blocking (a FIFO would wait for a writer) and checked
    with fstat on the open descriptor (no race with a rename). An OSError while the
    caller reads it is ReadRefused too.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise Missing("no such file") from None
    except PermissionError:
        raise ReadRefused("permission denied") from None
    except OSError as err:
        if err.errno == getattr(os, "ELOOP", -1) or "loop" in str(err.strerror or "").lower():
            raise ReadRefused("symbolic link loop") from None
        raise ReadRefused(f"cannot read ({err.strerror or err})") from None
    try:
        info = os.fstat(fd)
        kind = kind_of(info.st_mode)
        if kind == "a directory":
            raise ReadRefused("is a directory, not a file")
        if kind is not None:
            raise ReadRefused(f"not a regular file ({kind})")
        if limit is not None and info.st_size > limit:
            raise too_large(info.st_size, limit, hint)
        fh = os.fdopen(fd, "rb", buffering=0)
        fd = -1  # closed by the file object from here on
    except OSError as err:
        raise ReadRefused(f"cannot read ({err.strerror or err})") from None
    finally:
        if fd >= 0:
            os.close(fd)
    try:
        with fh:
            yield fh, info
    except OSError as err:
        raise ReadRefused(f"cannot read ({err.strerror or err})") from None


def _read_upto(fh: IO[bytes], n: int, first: Callable[[bytes], None] | None = None) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < n:
        part = fh.read(min(CHUNK, n - got))
        if not part:
            break
        if first is not None and not parts:
            first(part)
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def read_stream(fh: IO[bytes], limit: int, *, hint: str = "",
                check_head: Callable[[bytes], None] | None = None) -> bytes:
    """At most `limit` bytes of a binary stream (standard input); ReadRefused past it.

    A regular file redirected to the stream is checked by size first. `check_head`
    sees the first chunk and may raise: /dev/zero on stdin is refused as binary after
    64 KB, not after `limit` bytes.
    """
    try:
        info = os.fstat(fh.fileno())
    except (OSError, AttributeError, ValueError):
        info = None
    if info is not None and stat.S_ISREG(info.st_mode) and info.st_size > limit:
        raise too_large(info.st_size, limit, hint)
    try:
        raw = _read_upto(fh, limit + 1, check_head)
    except OSError as err:
        raise ReadRefused(f"cannot read ({err.strerror or err})") from None
    if len(raw) > limit:
        raise too_large(None, limit, hint)
    return raw


def file_key(path: str) -> tuple[int, int] | None:
    """(device, inode) of what `path` points to, or None if it cannot be stat'ed."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def same_file(a: str, b: str) -> bool:
    """Do two paths name the same file (resolved path, or device and inode)?"""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    key = file_key(a)
    return key is not None and key == file_key(b)


@contextmanager
def atomic_write(path: str, *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text file that replaces `path` only when the block ends without an error.

    The data goes to a temporary file in the same folder (so the rename is atomic),
    flushed and renamed over the target; on any exception, KeyboardInterrupt
    included, the temporary file is removed and the target is untouched. A target
    that exists and is not a regular file (/dev/null, /dev/full, a FIFO) is written
    in place, since a device cannot be replaced. Errors are WriteFailed.
    """
    target = os.path.realpath(path)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as err:
        raise WriteFailed(err.strerror or str(err)) from None
    if info is not None and kind_of(info.st_mode) is not None:
        if stat.S_ISDIR(info.st_mode):
            raise WriteFailed("is a directory")
        with _direct(target, encoding) as fh:
            yield fh
        return
    folder = os.path.dirname(target) or "."
    tmp = ""
    try:
        # The temporary file's name is known before it is created, inside the block that
        # removes it: a ^C landing as it is created leaves nothing behind.
        for _ in range(_TEMP_TRIES):
            tmp = os.path.join(folder, f".{os.path.basename(target)}.{os.urandom(6).hex()}.tmp")
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
                break
            except FileExistsError:
                tmp = ""  # another file's name: never ours to remove
        else:
            raise FileExistsError(errno.EEXIST, "no free temporary file name")
        with os.fdopen(fd, "w", encoding=encoding, newline="") as fh:
            yield fh
            fh.flush()
        mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as err:
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        if isinstance(err, OSError):
            raise WriteFailed(err.strerror or str(err)) from None
        if isinstance(err, UnicodeEncodeError):
            raise WriteFailed(f"cannot encode the report ({err.reason})") from None
        raise


@contextmanager
def _direct(target: str, encoding: str) -> Iterator[IO[str]]:
    try:
        with open(target, "w", encoding=encoding, newline="") as fh:
            yield fh
    except OSError as err:
        raise WriteFailed(err.strerror or str(err)) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (os.fsdecode's surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """`text` on one line with every control character visible: "\\x1b", "\\n", "\\xff"."""
    return _UNPRINTABLE.sub(_escape, str(text))


def display_path(path: str) -> str:
    """A file name as shown in reports: undecodable bytes as `\\xNN`, the rest as is.

    Control characters stay (each format escapes them its own way); only the lone
    surrogates that stand for non-UTF-8 bytes go, so the name encodes to UTF-8.
    """
    if not _SURROGATE.search(path):
        return path
    return _SURROGATE.sub(_escape, path)


_SURROGATE = re.compile("[\ud800-\udfff]")
