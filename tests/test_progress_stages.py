"""The progress bar shows comparison as a stage of its own, after the documents' count."""
from __future__ import annotations

import io
from pathlib import Path

from factcheck import progress
from factcheck.pipeline import Options, check
from factcheck.ruleset import load_ruleset


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_pipeline_announces_comparison_after_the_last_document(tmp_path: Path):
    paths = []
    for i, toll in enumerate((7, 9)):
        path = tmp_path / f"src_{i}.txt"
        path.write_text(f"L'effondrement du pont de Corvalis a fait {toll} morts.\n", encoding="utf-8")
        paths.append(str(path))
    events: list[str] = []
    options = Options(on_document=lambda doc: events.append("doc"),
                      on_stage=lambda name: events.append(name))
    check(paths, load_ruleset(), options)
    assert events == ["doc", "doc", "compare"]


def test_pipeline_announces_the_audit_of_a_draft(tmp_path: Path):
    for name, toll in (("a.txt", 7), ("b.txt", 7), ("draft.txt", 9)):
        (tmp_path / name).write_text(f"L'effondrement du pont de Corvalis a fait {toll} morts.\n",
                                     encoding="utf-8")
    events: list[str] = []
    options = Options(draft=str(tmp_path / "draft.txt"), on_stage=events.append)
    check([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], load_ruleset(), options)
    assert events == ["compare", "audit"]


def test_bar_counts_documents_then_shows_comparing():
    stream = FakeTerminal()
    with progress.progress(7, "rich", stream) as tracker:
        for i in range(7):
            tracker(f"doc{i}.txt")
        assert "7/7" in stream.getvalue() or tracker.done == 7
        tracker.stage("compare")
        drawn = stream.getvalue()
    assert "Comparing" in drawn
    assert "Checking" in drawn


def test_no_bar_means_no_stage_callback():
    with progress.progress(7, "json", FakeTerminal()) as tracker:
        assert tracker is None


def test_check_command_passes_the_stage_to_the_bar(tmp_path: Path, monkeypatch):
    from click.testing import CliRunner

    from factcheck.cli import main

    for i in range(6):
        (tmp_path / f"src_{i}.txt").write_text(
            f"L'effondrement du pont de Corvalis a fait {7 + i % 2} morts.\n", encoding="utf-8")
    stages: list[str] = []
    real = progress.Tracker.stage
    monkeypatch.setattr(progress, "wanted", lambda total, fmt, stream=None: True)
    monkeypatch.setattr(progress.Tracker, "stage", lambda self, name: (stages.append(name), real(self, name)))
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 1, result.stderr
    assert stages == ["compare"]
