"""Command line: parse options, call the pipeline, pick a reporter, map the exit code.

No logic lives here beyond that. Every user mistake becomes one line on stderr and
exit code 2 (`--debug` shows the traceback instead). Every line that names a path
goes through `printable()`: a file name holding an escape sequence or a newline
followed by "::warning::" must not drive the terminal or the CI log. Writing the
report (atomically, and what a closed pipe or a full disk do) is `cli_output.py`.
"""
from __future__ import annotations

import os
import shutil
import sys
from datetime import date

import click

from . import __version__
from .cli_errors import Context, OneLineUsageError, debug_option, fail, run_guarded
from .cli_output import Guarded, emit, stream_json
from .errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from .safeio import printable

FORMATS = ("rich", "json", "markdown", "html", "sarif", "github")
CLAIM_FORMATS = ("rich", "json")


def parse_dates(values: tuple[str, ...]) -> dict[str, date]:
    """--date FILE=YYYY-MM-DD options; a one-line usage error naming --date if one is bad
    (the day must be real: "2020-13-45" is not)."""
    from .config import parse_date_option
    from .errors import ConfigError

    try:
        return dict(parse_date_option(item) for item in values)
    except ConfigError as err:
        raise OneLineUsageError(str(err)) from None


def _dates_option(ctx, param, values: tuple[str, ...]) -> dict[str, date]:
    return parse_dates(values)


def use_color(output: str | None) -> bool:
    """Colour for the rich report: on a terminal, or when FORCE_COLOR asks (a pipe to
    `less -R`, a CI log); never in a file or with NO_COLOR."""
    if output or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


def term_width(output: str | None) -> int:
    """The terminal's width for the rich report (COLUMNS wins); 100 in a file or a pipe."""
    if output:
        return 100
    return max(60, shutil.get_terminal_size((100, 24)).columns)


def report_problems(report, start: int = 0) -> None:
    for p in report.problems[start:]:
        click.echo(f"factcheck: {p.level}: {printable(p)}", err=True)


def refuse_clash(target: str | None, paths, options, what: str = "-o") -> None:
    """Exit 2 if writing `target` would overwrite one of the inputs."""
    from .pipeline import output_clash

    clash = run_guarded(output_clash, target, list(paths), options) if target else None
    if clash is not None:
        fail(f"{what} {target}: is also an input ({clash}); refusing to overwrite it")


def input_errors(report) -> bool:
    """Did an input fail to read (missing, binary, empty...)? Exit 2 after the report."""
    return any(p.level == "error" for p in report.problems)


@click.group(cls=Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
def main(debug: bool) -> None:
    """Check whether several articles about the same story agree on their facts."""
    Context.debug = debug


def common_options(formats: tuple[str, ...] | None = FORMATS):
    """The options `check`, `claims` and `baseline` share; `formats` None: no --format."""

    def decorate(func):
        for opt in reversed(_options(formats)):
            func = opt(func)
        return func

    return decorate


def _options(formats: tuple[str, ...] | None) -> list:
    fmt = [click.option("--format", "fmt", type=click.Choice(formats), default=None,
                        help="Output format (default: rich).")] if formats else []
    return fmt + [
        click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to FILE."),
        click.option("--lang", type=click.Choice(["fr", "en"]), help="Language of every document."),
        click.option("--rules", "rule_dirs", multiple=True, type=click.Path(),
                     help="Add a folder of rule files (repeatable)."),
        click.option("--date", "dates", multiple=True, metavar="FILE=YYYY-MM-DD",
                     callback=_dates_option,
                     help="Publication date of FILE, to resolve 'samedi' or 'two years ago'."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False),
                     help="Configuration file (default: factcheck.toml or pyproject.toml found upwards)."),
        click.option("--max-size", "max_size", metavar="SIZE", default=None,
                     help="Largest input file read, e.g. 500M or 2G (default: 200M)."),
        click.option("--follow-links", is_flag=True,
                     help="In folders, follow symbolic links that lead out of the folder."),
        debug_option,
        click.argument("paths", nargs=-1, required=True),
    ]


jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
    help="Processes extracting documents (default: one per CPU, at most one per file; "
         "1: this process only). The report is the same whatever N.")


def warn_unmatched_dates(paths, dates: dict[str, date], draft: str | None = None,
                        follow_links: bool = False) -> None:
    """A --date for a file that is not in the run is most likely a typo: say so."""
    import os

    from .pipeline import unmatched_dates

    if not dates:
        return  # nothing to match: no folder is walked for it
    drafts = [draft] if draft and not os.path.isdir(draft) else []  # a folder as draft is refused later
    for name in unmatched_dates(list(paths) + drafts, dates, follow_links):
        click.echo(f"factcheck: warning: --date {printable(name)}: not among the files checked", err=True)


def _setup(paths, lang, rule_dirs, dates, config_file, fmt, draft=None, max_size=None, follow_links=False):
    """Config (command line > --config > discovered > defaults), rules and Options.

    `dates` are parsed already (the --date callback). Standard input ("-") is not read
    here: the reader reads it as bytes, bounded by --max-size, and decodes it like a file."""
    from .config import load_config, parse_size
    from .errors import ConfigError
    from .pipeline import Options
    from .ruleset import load_ruleset

    max_bytes = parse_size(max_size) if max_size is not None else None
    config = load_config(config_file)
    ruleset = load_ruleset(list(config.rule_dirs) + list(rule_dirs))
    # 'disable' takes rule ids (kebab-case) and measure names ("said", "age")
    rule_ids = {r.id for r in ruleset.rules}
    unknown = sorted(d for d in config.disabled if "-" in d and d not in rule_ids)
    if unknown:
        raise ConfigError(f"{config.path}: key 'disable' names an unknown rule '{unknown[0]}'")
    ruleset = ruleset.without(set(config.disabled))
    warn_unmatched_dates(paths, dates, draft, follow_links)
    options = Options(lang=lang or config.lang, dates={**config.dates, **dates},
                      weights=dict(config.weights), root=config.root,
                      ignore=frozenset(d for d in config.disabled if d not in rule_ids),
                      follow_links=follow_links, debug=Context.debug)
    if max_bytes is not None:
        options.max_bytes = max_bytes
    return config, ruleset, options


def run_with_progress(func, paths, ruleset, options, fmt: str):
    """Run a pipeline function with a progress bar on stderr when one is wanted."""
    from .progress import count_files, progress

    total = run_guarded(count_files, paths, options.follow_links) + (1 if options.draft else 0)
    with progress(total, fmt) as tracker:
        options.on_document = tracker
        options.on_stage = tracker.stage if tracker else None
        return run_guarded(func, list(paths), ruleset, options)


@main.command()
@common_options()
@click.option("-v", "--verbose", is_flag=True, help="Show every agreement in full.")
@click.option("--fail-on", type=click.Choice(["conflict", "variant", "never"]), default=None,
              help="Lowest finding kind that makes the exit code 1 (default: conflict).")
@click.option("--draft", type=click.Path(), help="Audit this draft against the sources.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False),
              help="Accepted findings (from 'factcheck baseline') that no longer fail the run.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Leave out conflicts and agreements aligned less surely than this (0.5 to 1).")
@jobs_option
def check(paths, fmt, output, lang, rule_dirs, dates, config_file, max_size, follow_links, verbose, fail_on,
          draft, baseline_file, min_confidence, jobs):
    """Compare the facts of several articles: conflicts, agreements, variants."""
    from . import baseline as baselines
    from .pipeline import check as run_check
    from .report import render

    if draft == "-" and "-" in paths:
        fail("standard input can be the draft or a source, not both")
    config, ruleset, options = run_guarded(_setup, paths, lang, rule_dirs, dates, config_file, fmt,
                                           draft=draft, max_size=max_size, follow_links=follow_links)
    accepted_file = baseline_file or config.baseline
    accepted = run_guarded(baselines.load, accepted_file, required=bool(baseline_file),
                           max_bytes=options.max_bytes) if accepted_file else baselines.Baseline()
    options.draft = draft  # a CMS can pipe the draft in ("-")
    options.min_confidence = min_confidence
    options.jobs = jobs
    refuse_clash(output, paths, options)
    fmt = fmt or config.format or "rich"
    report = run_with_progress(run_check, paths, ruleset, options, fmt)
    report_problems(report)
    if not report.documents:
        fail("no document could be read")
    if draft and all(d.id != options.draft_id() for d in report.documents):
        sys.exit(EXIT_ERROR)  # the reader's problem line already names the draft
    if len(report.documents) == 1 and not draft:
        # One article staged alone passes: say why, rather than pass silently.
        click.echo("factcheck: 1 document: nothing to compare", err=True)
    run_guarded(baselines.mark_accepted, report, accepted, config.root, accepted_file or "")
    if fmt == "json":
        stream_json(report, output)
    else:
        emit(run_guarded(render, report, fmt, verbose=verbose, color=use_color(output) and fmt == "rich",
                     width=term_width(output)), output, fmt)
    if input_errors(report):
        sys.exit(EXIT_ERROR)
    from .config import failing_findings

    level = fail_on or config.fail_on or "conflict"
    if failing_findings(report, level):
        sys.exit(EXIT_FINDINGS)
    sys.exit(EXIT_OK)


@main.command()
@common_options(CLAIM_FORMATS)
@jobs_option
def claims(paths, fmt, output, lang, rule_dirs, dates, config_file, max_size, follow_links, jobs):
    """List the claims extracted from each article."""
    from .pipeline import claims as run_claims
    from .report import render_claims

    config, ruleset, options = run_guarded(_setup, paths, lang, rule_dirs, dates, config_file, fmt,
                                           max_size=max_size, follow_links=follow_links)
    options.jobs = jobs
    refuse_clash(output, paths, options)
    # A configured report format (markdown...) does not apply to claims unless it can.
    fmt = fmt or (config.format if config.format in CLAIM_FORMATS else None) or "rich"
    if fmt == "json":
        # Streamed: claims are written as they are found, so a 100 MB wire dump never
        # holds all of its claims in memory.
        from .model import Report
        from .pipeline import iter_all, read_documents
        from .progress import progress

        docs, problems = run_guarded(read_documents, list(paths), options)
        report = Report(documents=docs, claims=[], problems=problems)
        report_problems(report)
        if not docs:
            fail("no document could be read")
        seen = len(problems)
        with progress(len(docs), fmt) as on_document:
            stream_json(report, output, claims_only=True,
                        claims=iter_all(docs, ruleset, on_document, problems, options.debug, jobs))
        report_problems(report, seen)  # documents whose extraction failed
        sys.exit(EXIT_ERROR if input_errors(report) else EXIT_OK)
    report = run_with_progress(run_claims, paths, ruleset, options, fmt)
    report_problems(report)
    if not report.documents:
        fail("no document could be read")
    emit(run_guarded(render_claims, report, fmt, color=use_color(output) and fmt == "rich",
                     width=term_width(output)), output, fmt)
    sys.exit(EXIT_ERROR if input_errors(report) else EXIT_OK)


@main.command()
@common_options(formats=None)
def baseline(paths, output, lang, rule_dirs, dates, config_file, max_size, follow_links):
    """Write the fingerprints of today's findings: accepted discrepancies."""
    from .baseline import write as write_baseline
    from .pipeline import check as run_check

    config, ruleset, options = run_guarded(_setup, paths, lang, rule_dirs, dates, config_file, None,
                                           max_size=max_size, follow_links=follow_links)
    target = output or config.baseline or "factcheck-baseline.json"
    refuse_clash(target, paths, options, "-o" if output else "baseline")
    report = run_with_progress(run_check, paths, ruleset, options, "rich")
    report_problems(report)
    if not report.documents:
        fail("no document could be read")
    count = run_guarded(write_baseline, report, target, config.root)
    click.echo(f"factcheck: wrote {count} accepted findings to {printable(target)}", err=True)


from .cli_rules import rules  # noqa: E402  (the 'rules' command group)

main.add_command(rules)
