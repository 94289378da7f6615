"""The core never imports click or rich: only the CLI, progress and report layers may."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "factcheck"
UI_ONLY = {"cli.py", "cli_errors.py", "cli_rules.py", "cli_output.py", "progress.py"}
CORE = sorted(p for p in PKG.rglob("*.py") if p.name not in UI_ONLY and p.relative_to(PKG).parts[0] != "report")


def imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


def test_core_modules_are_found():
    assert {"pipeline.py", "extract.py", "model.py", "numbers.py"} <= {p.name for p in CORE}


@pytest.mark.parametrize("path", CORE, ids=lambda p: str(p.relative_to(PKG)))
def test_core_module_does_not_import_click_or_rich(path):
    assert not imported_roots(path) & {"click", "rich"}


def test_the_walk_sees_imports_inside_functions():
    assert "rich" in imported_roots(PKG / "report" / "rich_report.py")


def relative_imports(path: Path) -> set[str]:
    """The package modules `path` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            found.add(node.module or "")
    return found


@pytest.mark.parametrize("name", sorted(UI_ONLY - {"cli.py"}))
def test_no_command_module_imports_the_command_line_back(name):
    # cli.py imports these; one importing cli.py back (even lazily) is a circle
    assert "cli" not in relative_imports(PKG / name)
