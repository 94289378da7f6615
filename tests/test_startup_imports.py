"""Start-up loads what the run needs: rich only for the rich format or a progress bar,
the audit only for a draft, no worker processes for one document."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUN = """
import sys
from factcheck.cli import main
try:
    main({args!r})
except SystemExit as done:
    assert done.code in (0, 1), done.code
loaded = {{m.split('.')[0] for m in sys.modules}} | set(sys.modules)
print(' '.join(sorted(m for m in {watch!r} if m in loaded)))
"""
WATCH = ("rich", "factcheck.audit", "concurrent.futures.process", "multiprocessing")


def loaded(*args: str) -> set[str]:
    code = RUN.format(args=list(args), watch=WATCH)
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return set(out.stdout.split())


@pytest.mark.parametrize("args", [("check", "seeds/", "--format", "json"),
                                  ("check", "seeds/", "--format", "markdown"),
                                  ("claims", "seeds/", "--format", "json")])
def test_machine_formats_load_no_rich_no_audit_no_processes(args):
    assert loaded(*args, "-o", "/dev/null") == set()


def test_the_rich_format_loads_rich():
    assert "rich" in loaded("check", "seeds/", "-o", "/dev/null")


def test_a_draft_loads_the_audit():
    assert "factcheck.audit" in loaded("check", "seeds/", "--draft", "seeds/000_1e9aa604f06e6fd6.txt",
                                       "--format", "json", "-o", "/dev/null")
