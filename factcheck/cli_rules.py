"""The `factcheck rules` commands: list, show and test claim rules."""
from __future__ import annotations

import sys

import click

from .errors import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK


def _load(rule_dirs: tuple[str, ...], builtin: bool = True):
    from .cli import run_guarded
    from .ruleset import load_ruleset

    return run_guarded(load_ruleset, list(rule_dirs), builtin=builtin)


def _debug(ctx, param, value: bool) -> None:
    if value:
        from .cli import Context

        Context.debug = True


# As on every command: `factcheck rules test --debug` as well as `factcheck --debug rules test`.
debug_option = click.option("--debug", is_flag=True, expose_value=False, is_eager=True,
                            callback=_debug, help="Show tracebacks for errors.")


@click.group()
def rules() -> None:
    """List, show and test claim rules."""


@rules.command("list")
@debug_option
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), help="Add a folder of rules.")
def list_rules(rule_dirs: tuple[str, ...]) -> None:
    """One line per rule: id, kind, languages, description."""
    for r in sorted(_load(rule_dirs).rules, key=lambda r: r.id):
        click.echo(f"{r.id:24} {r.kind:9} {','.join(r.languages()):6} {r.description}")


@rules.command("show")
@debug_option
@click.argument("rule_id")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(), help="Add a folder of rules.")
def show_rule(rule_id: str, rule_dirs: tuple[str, ...]) -> None:
    """Description, rationale, patterns and examples of one rule."""
    rule = _load(rule_dirs).get(rule_id)
    if rule is None:
        click.echo(f"factcheck: error: no rule '{rule_id}' (see 'factcheck rules list')", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"{rule.id} ({rule.kind}, attribute '{rule.attribute}', severity {rule.severity})")
    click.echo(f"file: {rule.path}\n")
    click.echo(f"What it does: {rule.description}")
    click.echo(f"Why: {rule.rationale}\n")
    for lang in rule.languages():
        click.echo(f"Patterns ({lang}):")
        for p in rule.patterns[lang]:
            click.echo(f"  {p}")
    click.echo("\nExamples:")
    for ex in rule.examples:
        mark = "+" if ex.expect else "-"
        click.echo(f"  {mark} [{ex.lang}] {ex.text}")


@rules.command("test")
@debug_option
@click.argument("folder", required=False, type=click.Path())
def test_rules(folder: str | None) -> None:
    """Run every rule's embedded examples (the built-in rules, or those in FOLDER)."""
    from .cli import run_guarded
    from .ruletest import run_all

    ruleset = _load((folder,), builtin=False) if folder else _load(())
    results = run_guarded(run_all, ruleset)
    failed = [r for r in results if not r.passed]
    for r in failed:
        click.echo(f"FAIL {r.rule}[{r.index}] ({r.lang}) {r.text!r}: {r.detail}")
    click.echo(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    sys.exit(EXIT_FINDINGS if failed else EXIT_OK)
