"""The command line's errors: one line on stderr and exit code 2 for every user mistake
(`--debug` shows the traceback instead), shared by every command module.

`run_guarded` calls into the core and turns its errors into that line; `fail` says a
line and exits. Kept apart from cli.py so that cli_output.py and cli_rules.py use
them without importing the command line that imports them.
"""
from __future__ import annotations

import sys
import traceback

import click

from .errors import EXIT_ERROR, FactcheckError
from .safeio import printable


class Context:
    debug = False


def _debug(ctx, param, value: bool) -> None:
    if value:
        Context.debug = True


# On every command: `factcheck check --debug` as well as `factcheck --debug check`.
debug_option = click.option("--debug", is_flag=True, expose_value=False, is_eager=True,
                            callback=_debug, help="Show tracebacks for errors.")


class OneLineUsageError(click.UsageError):
    """A usage mistake said in one line, like every other factcheck error (exit 2)."""

    exit_code = EXIT_ERROR

    def show(self, file=None) -> None:
        click.echo(f"factcheck: error: {self.format_message()}", err=True)


def fail(message: str) -> None:
    click.echo(f"factcheck: error: {printable(message)}", err=True)
    sys.exit(EXIT_ERROR)


def run_guarded(func, *args, **kwargs):
    """Call into the core; turn user-facing errors into one line and exit 2."""
    try:
        return func(*args, **kwargs)
    except FactcheckError as err:
        if Context.debug:
            traceback.print_exc()
        fail(str(err))
    except KeyboardInterrupt:
        fail("interrupted")
    except (BrokenPipeError, OutputError, click.exceptions.Exit):
        raise  # the output's failure: handled by the writer (Guarded for standard output)
    except RecursionError as err:
        if Context.debug:
            raise
        fail(f"input nested too deeply to process ({err})")
    except Exception as err:  # a bug, not a user mistake: still one line unless --debug
        if Context.debug:
            raise
        fail(f"internal error: {type(err).__name__}: {err} (run with --debug for details)")


class OutputError(Exception):
    """Writing the report failed (disk full, closed pipe, unencodable text)."""

    def __init__(self, err: Exception):
        super().__init__(getattr(err, "strerror", None) or str(err))
        self.original = err
