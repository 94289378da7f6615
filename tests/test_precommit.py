"""The pre-commit hook definition: one hook, `factcheck check`, all files in one process,
article formats only (checked with identify, the tagger pre-commit itself uses)."""
from __future__ import annotations

import configparser
import shutil
from pathlib import Path

import pytest
from identify.identify import tags_from_filename

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"


def parse_hooks(text: str) -> list[dict]:
    """The flat YAML this file uses: a list of mappings with scalar or [a, b] values.

    PyYAML is not a dependency; this tiny parser refuses anything richer, so a change
    of shape fails the test instead of being misread.
    """
    hooks: list[dict] = []
    for raw in text.splitlines():
        line = raw.split(" #")[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("- "):
            hooks.append({})
            line = "  " + line[2:]
        assert line.startswith("  ") and not line.startswith("   "), f"unexpected shape: {raw!r}"
        key, sep, value = line.strip().partition(":")
        assert sep and hooks, f"unexpected line: {raw!r}"
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            hooks[-1][key] = [v.strip() for v in value[1:-1].split(",") if v.strip()]
        elif value in ("true", "false"):
            hooks[-1][key] = value == "true"
        else:
            hooks[-1][key] = value.strip("'\"")
    return hooks


def hook() -> dict:
    hooks = parse_hooks(HOOKS.read_text(encoding="utf-8"))
    assert len(hooks) == 1
    return hooks[0]


def test_one_hook_named_factcheck():
    h = hook()
    assert h["id"] == "factcheck"
    assert h["language"] == "python"
    assert h["types_or"] == ["markdown", "plain-text", "html"]


@pytest.mark.parametrize("name, selected", [
    ("articles/a.md", True), ("articles/a.markdown", True), ("articles/a.txt", True),
    ("articles/a.html", True), ("articles/a.htm", True),
    ("tools/x.py", False), ("ci.yaml", False), (".pre-commit-config.yaml", False),
    ("data.json", False), ("setup.cfg", False), ("pyproject.toml", False), ("notes.rst", False),
])
def test_hook_selects_article_formats_only(name, selected):
    """pre-commit's own tagging (identify): a file runs when one of its tags is in types_or."""
    tags = tags_from_filename(name)
    assert bool(tags & set(hook()["types_or"])) is selected, (name, tags)


def test_every_format_the_reader_takes_is_selected():
    from factcheck.readers import SUPPORTED

    assert all(tags_from_filename("a" + ext) & set(hook()["types_or"]) for ext in SUPPORTED)


def test_readme_documents_files_for_a_sources_folder():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("- id: factcheck"):]
    assert "files: ^articles/" in block.split("```")[0]


def test_a_passing_run_is_shown():
    assert hook()["verbose"] is True


def test_one_document_says_there_is_nothing_to_compare(tmp_path):
    from click.testing import CliRunner

    from factcheck.cli import main

    (tmp_path / "a.txt").write_text("Le pont de Corvalis a fait 7 morts.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(tmp_path / "a.txt")])
    assert result.exit_code == 0
    assert "1 document: nothing to compare" in result.stderr
    two = CliRunner().invoke(main, ["check", str(tmp_path / "a.txt"), str(tmp_path / "a.txt"),
                                    str(ROOT / "seeds")])
    assert "nothing to compare" not in two.stderr


def test_all_files_reach_one_process():
    h = hook()
    assert h["require_serial"] is True
    assert h["pass_filenames"] is True


def test_entry_is_an_installed_console_script():
    command, sub = hook()["entry"].split()
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    lines = cfg["options.entry_points"]["console_scripts"].strip().splitlines()
    scripts = {k.strip(): v.strip() for k, _, v in (line.partition("=") for line in lines)}
    assert command in scripts
    module, func = scripts[command].split(":")
    cli = __import__(module, fromlist=[func])
    assert sub in getattr(cli, func).commands
    venv_bin = Path(__import__("sys").executable).parent
    assert shutil.which(command) or (venv_bin / command).exists()


def test_parser_reads_what_yaml_would():
    text = "- id: x\n  require_serial: true\n  types_or: [a, b]\n  entry: 'factcheck check'\n"
    assert parse_hooks(text) == [{"id": "x", "require_serial": True, "types_or": ["a", "b"],
                                  "entry": "factcheck check"}]
