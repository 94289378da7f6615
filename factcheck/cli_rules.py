"""The `factcheck rules` commands: list, show and test claim rules."""
from __future__ import annotations

import sys

import click

from .cli_errors import debug_option, run_guarded
from .errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK
from .safeio import printable as p  # a user's rule file may hold escape sequences


def _load(rule_dirs: tuple[str, ...], builtin: bool = True):
    from .ruleset import load_ruleset

    return run_guarded(load_ruleset, list(rule_dirs), builtin=builtin)


@click.group()
def rules() -> None:
    """List, show and test claim rules."""


@rules.command("list")
@debug_option
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), help="Add a folder of rules.")
def list_rules(rule_dirs: tuple[str, ...]) -> None:
    """One line per rule: id, kind, languages, description."""
    for r in sorted(_load(rule_dirs).rules, key=lambda r: r.id):
        click.echo(f"{p(r.id):24} {r.kind:9} {','.join(r.languages()):6} {p(r.description)}")


@rules.command("show")
@debug_option
@click.argument("rule_id")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), help="Add a folder of rules.")
def show_rule(rule_id: str, rule_dirs: tuple[str, ...]) -> None:
    """Description, rationale, patterns and examples of one rule."""
    rule = _load(rule_dirs).get(rule_id)
    if rule is None:
        click.echo(f"factcheck: error: no rule '{p(rule_id)}' (see 'factcheck rules list')", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"{p(rule.id)} ({rule.kind}, attribute '{p(rule.attribute)}', severity {rule.severity})")
    click.echo(f"file: {p(rule.path)}\n")
    click.echo(f"What it does: {p(rule.description)}")
    click.echo(f"Why: {p(rule.rationale)}\n")
    for lang in rule.languages():
        click.echo(f"Patterns ({lang}):")
        for pattern in rule.patterns[lang]:
            click.echo(f"  {p(pattern)}")
    click.echo("\nExamples:")
    for ex in rule.examples:
        mark = "+" if ex.expect else "-"
        click.echo(f"  {mark} [{ex.lang}] {p(ex.text)}")


@rules.command("test")
@debug_option
@click.argument("folder", required=False, type=click.Path())
def test_rules(folder: str | None) -> None:
    """Run every rule's embedded examples (the built-in rules, or those in FOLDER)."""
    from .ruletest import run_all

    ruleset = _load((folder,), builtin=False) if folder else _load(())
    results = run_guarded(run_all, ruleset)
    failed = [r for r in results if not r.passed]
    for r in failed:
        click.echo(f"FAIL {p(r.rule)}[{r.index}] ({r.lang}) {p(repr(r.text))}: {p(r.detail)}")
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)
