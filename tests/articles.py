"""Invented articles written to a temporary folder (a.txt, b.txt, ...) and checked."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from factcheck.pipeline import Options, check
from factcheck.ruleset import load_ruleset

RULES = load_ruleset()


def check_texts(tmp_path: Path, *texts: str, dates: dict[int, date] | None = None, prefix: str = ""):
    """The report of checking `texts`, each its own file; `dates` gives the n-th text a
    publication date."""
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"{prefix}{chr(97 + i)}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return check(paths, RULES, Options(dates={paths[i]: d for i, d in (dates or {}).items()}))
