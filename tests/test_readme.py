"""The README works as written in a fresh clone: its Python requirement, its install and
test commands, its Development commands (nothing outside the project), the install warning."""
from __future__ import annotations

import configparser
import re
import shlex
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SETUP = configparser.ConfigParser()
SETUP.read(ROOT / "setup.cfg", encoding="utf-8")


def section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:] if end < 0 else README[start:end]


def shell_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, flags=re.S)


def test_python_requirement_is_stated_and_matches_setup_cfg():
    required = SETUP["options"]["python_requires"].strip()
    assert required == ">=3.11"
    assert "Python ≥ 3.11" in README.split("```")[0]


def test_first_two_commands_are_the_fresh_machine_ones():
    first, second = shell_blocks(README)[:2]
    assert first.strip() == ("python3 -m venv .venv && .venv/bin/pip install . && "
                             ".venv/bin/factcheck check seeds/")
    assert second.strip() == ("python3 -m venv .venv && .venv/bin/pip install '.[test]' && "
                              ".venv/bin/python -m pytest")
    # .ci/run greps this exact shape
    assert re.search(r"^python3 -m venv .*pytest", README, flags=re.M).group() == second.strip()


def test_development_commands_use_the_venv_and_stay_inside_the_project():
    (block,) = shell_blocks(section("Development"))
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands
    for command in commands:
        words = shlex.split(command)
        assert words[0] == ".venv/bin/python", command
        assert not any(w.startswith("..") or w.startswith("/") for w in words), command
        scripts = [w for w in words[1:] if w.endswith(".py")]
        assert all((ROOT / w).is_file() for w in scripts), command


def test_benchmark_usage_lines_use_the_venv_python():
    for script in sorted((ROOT / "benchmarks").glob("*.py")):
        usage = [line for line in script.read_text(encoding="utf-8").splitlines()
                 if re.match(r"\s+\S*python\S* benchmarks/", line)]
        assert all(line.strip().startswith(".venv/bin/python ") for line in usage), script.name


def test_lxml_html_clean_is_a_direct_dependency_and_the_warning_is_explained():
    requires = [r.strip() for r in SETUP["options"]["install_requires"].strip().splitlines()]
    assert any(r.startswith("lxml_html_clean") for r in requires)
    assert not any("[html_clean]" in r or "[html-clean]" in r for r in requires)
    before_usage = README[:README.index("## Usage")]
    assert "does not provide the extra 'html_clean'" in before_usage
    assert "pip" in before_usage and "23.3" in before_usage
