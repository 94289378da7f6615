"""Errors a user can cause, each rendered as one line, and the exit codes."""
from __future__ import annotations

EXIT_OK = 0  # no finding at or above --fail-on
EXIT_FINDINGS = 1  # at least one finding at or above --fail-on
EXIT_ERROR = 2  # usage, input, rule or config error


class FactcheckError(Exception):
    """A user-facing error: str(err) is the whole one-line message."""

    exit_code = EXIT_ERROR


class InputError(FactcheckError):
    """A document path that cannot be read (missing, binary, unreadable...)."""


class RuleFileError(FactcheckError):
    """A rule file that does not load or validate: 'rules/x.toml: unknown key ...'."""


class ConfigError(FactcheckError):
    """A configuration file or option that is invalid."""
