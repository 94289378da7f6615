"""Writing the report: atomically to a file, or to standard output, and what a
failing output does.

A file is written to a temporary file in its folder and renamed (safeio.atomic_write):
an interrupted run leaves the previous report. JSON, SARIF and HTML go to standard
output as UTF-8 whatever the locale (they declare it); the other formats follow the
locale, with `\\u` escapes for what it cannot show. A closed pipe (`factcheck claims
... | head`) ends the run quietly with exit 0; a full disk is one line and exit 2.
"""
from __future__ import annotations

import errno
import io
import os
import sys

import click

from .cli_errors import OutputError, fail, run_guarded
from .errors import EXIT_OK
from .safeio import WriteFailed, atomic_write


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null so the interpreter's last flush cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # not a real file (tests, odd streams)
        pass


class Guarded(click.Group):
    """The command group, with standard output's failures handled like any other:
    a closed pipe is a quiet exit 0, a full disk one line and exit 2; Ctrl-C is one
    line and exit 2 wherever it lands."""

    def invoke(self, ctx: click.Context):
        _tolerant_streams()
        try:
            try:
                return super().invoke(ctx)
            finally:
                sys.stdout.flush()
        except KeyboardInterrupt:  # outside the core's calls (click would say "Aborted!", exit 1)
            fail("interrupted")
        except BrokenPipeError:
            _silence_stdout()
            sys.exit(EXIT_OK)
        except OSError as err:
            if err.errno == errno.EPIPE:
                _silence_stdout()
                sys.exit(EXIT_OK)
            _silence_stdout()
            fail(f"cannot write to standard output ({err.strerror or err})")


def _tolerant_streams() -> None:
    """A terminal whose encoding cannot show a character (ISO-8859-9...) gets it as
    \\u escapes instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream.errors == "strict":
                stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _writing(write, *args, **kwargs) -> None:
    """Call a report writer; its OSError is the output's failure, not a bug."""
    try:
        write(*args, **kwargs)
    except (OSError, UnicodeEncodeError) as err:
        raise OutputError(err) from None


def _utf8_stdout():
    """Standard output for a machine format: UTF-8 whatever the locale says, since
    JSON, SARIF and HTML declare it (a text stream over the same buffer)."""
    encoding = (getattr(sys.stdout, "encoding", "") or "").lower().replace("-", "")
    buffer = getattr(sys.stdout, "buffer", None)
    if encoding == "utf8" or buffer is None:
        return sys.stdout, None
    sys.stdout.flush()
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8", newline="", write_through=True)
    return wrapper, wrapper


def stream_json(report, output: str | None, *, claims_only: bool = False, claims=None) -> None:
    """JSON written record by record (same bytes as the json reporter's string).

    A file is written atomically: an interrupted run leaves the previous file."""
    from .report.json_report import write

    if not output:
        out, wrapper = _utf8_stdout()
        try:
            run_guarded(_writing, write, report, out, claims_only=claims_only, claims=claims)
            if wrapper is not None:
                wrapper.flush()
        except OutputError as err:
            raise err.original from None  # Guarded: a closed pipe or a full disk
        finally:
            if wrapper is not None:
                wrapper.detach()
        return
    try:
        with atomic_write(output) as fh:
            run_guarded(_writing, write, report, fh, claims_only=claims_only, claims=claims)
    except (WriteFailed, OutputError) as err:
        fail(f"{output}: cannot write the report ({err})")


def emit(text: str, output: str | None, fmt: str = "rich") -> None:
    """The report to FILE (atomically) or to standard output."""
    if output:
        try:
            with atomic_write(output) as fh:
                fh.write(text)
        except WriteFailed as err:
            fail(f"{output}: cannot write the report ({err})")
    elif fmt in ("json", "sarif", "html"):
        out, wrapper = _utf8_stdout()
        out.write(text)
        out.flush()
        if wrapper is not None:
            wrapper.detach()
    else:
        # color=True: click must not strip the rich report's colours in a pipe (FORCE_COLOR);
        # reporters escape every ESC of article text, so the only codes are their own.
        click.echo(text, nl=not text.endswith("\n"), color=True)
