"""Draft audit: each draft claim is confirmed, contradicted or unsupported by the sources.

Unit cases build claims by hand so each verdict rule is visible; end-to-end cases audit
drafts written from the seeds' facts (tests/data/newsroom/draft_*.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.audit import audit, majority, source_weight
from factcheck.cli import main
from factcheck.frames import Frame
from factcheck.model import Claim, Document, Value
from factcheck.pipeline import Options, check
from factcheck.ruleset import load_ruleset

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")
NEWSROOM = ROOT / "tests" / "data" / "newsroom"
DRAFT = "drafts/brouillon.md"


def number(n: float, hedge: str | None = None) -> Value:
    high = n * 1.1 if hedge == "min" else n
    return Value("number", (">= " if hedge else "") + f"{n:g}", point=n, low=n, high=high, hedge=hedge)


def claim(cid: str, doc: str, value: Value, *, kind: str = "count", attribute: str = "deaths",
          rule: str = "count-deaths", zone: str = "body", strength: float = 1.2) -> Claim:
    return Claim(id=cid, document=doc, kind=kind, attribute=attribute, subject="Corvennes",
                 subject_key="corvennes", value=value, text=value.display, start=int(cid[1:]),
                 end=int(cid[1:]) + 1, line=1, column=1, sentence="", rule=rule, zone=zone,
                 subject_from="main", frame=None if kind == "name" else Frame(kind, attribute, strength, "rule"))


def docs(*ids: str) -> list[Document]:
    return [Document(id=i, path=i, text="x") for i in ids]


def run(claims: list[Claim], weights: dict[str, float] | None = None):
    documents = docs("a.txt", "b.txt", "c.txt", DRAFT)
    return {a.claim: a for a in audit(DRAFT, documents, claims, None, weights)}


def test_agreeing_sources_confirm():
    items = run([claim("C1", "a.txt", number(7)), claim("C2", "b.txt", number(7)),
                 claim("C9", DRAFT, number(7))])
    assert items["C9"].verdict == "confirmed"
    assert items["C9"].sources == ("C1", "C2")
    assert "confirmed by 2 sources" in items["C9"].message


def test_disagreeing_source_contradicts_and_is_listed():
    items = run([claim("C1", "a.txt", number(7)), claim("C2", "b.txt", number(7)),
                 claim("C3", "c.txt", number(9)), claim("C9", DRAFT, number(9))])
    item = items["C9"]
    assert item.verdict == "contradicted"
    assert item.sources == ("C1", "C2")  # the ones that disagree, not the one that agrees
    assert item.majority == "7"
    assert "draft says 9" in item.message and "7 (a.txt:1)" in item.message


def test_no_source_is_unsupported():
    items = run([claim("C1", "a.txt", number(7), attribute="injured", rule="count-injured"),
                 claim("C9", DRAFT, number(7))])
    assert items["C9"].verdict == "unsupported"
    assert items["C9"].sources == ()


def test_hedged_range_agrees():
    # "au moins 3" [3, 3.3] agrees with "3", not with "12"
    items = run([claim("C1", "a.txt", number(3)), claim("C9", DRAFT, number(3, "min"))])
    assert items["C9"].verdict == "confirmed"


def test_a_year_nothing_frames_is_never_contradicted():
    # A year with no event ("en 2019") is too weakly framed to be aligned with another.
    year = lambda y: Value("year", str(y), point=y, low=y, high=y, year=y, granularity="year")  # noqa: E731
    items = run([claim("C1", "a.txt", year(2019), kind="year", attribute="year", strength=0.2),
                 claim("C9", DRAFT, year(2020), kind="year", attribute="year", strength=0.2)])
    assert items["C9"].verdict == "unsupported"


def test_when_something_was_said_gets_no_verdict():
    c = claim("C9", DRAFT, Value("date", "lundi"), kind="date", attribute="said")
    assert c.frame.measure == "said"
    assert run([claim("C1", "a.txt", number(7)), c, claim("C8", DRAFT, number(7))]).keys() == {"C8"}


def test_reader_comments_are_not_sources():
    items = run([claim("C1", "a.txt", number(9), zone="comment"), claim("C9", DRAFT, number(7))])
    assert items["C9"].verdict == "unsupported"


def test_names_get_no_verdict():
    name = Value("name", "Corvennes", name="Corvennes")
    items = run([claim("C1", "a.txt", name, kind="name", attribute="name", rule="name-mention"),
                 claim("C9", DRAFT, name, kind="name", attribute="name", rule="name-mention")])
    assert items == {}


def test_majority_weighted_by_source_count_then_weights():
    claims = [claim("C1", "a.txt", number(7)), claim("C2", "b.txt", number(7)),
              claim("C3", "c.txt", number(9)), claim("C9", DRAFT, number(8))]
    assert run(claims)["C9"].majority == "7"
    assert run(claims, {"c.*": 3.0})["C9"].majority == "9"
    # one document stating a value twice counts once
    assert majority([claim("C1", "a.txt", number(9)), claim("C4", "a.txt", number(9)),
                     claim("C2", "b.txt", number(7)), claim("C3", "c.txt", number(7))], {}, None) == "7"


@pytest.mark.parametrize("path, weights, expected", [
    ("sources/afp.txt", {"*afp*": 2.0}, 2.0),
    ("sources/blog.txt", {"*afp*": 2.0}, 1.0),
    ("sources/afp.txt", {"*afp*": 2.0, "sources/*": 0.5}, 2.0),
    ("sources/afp.txt", {}, 1.0),
])
def test_source_weight(path, weights, expected):
    assert source_weight(path, weights) == expected


def test_pipeline_audits_the_changed_draft():
    draft = str(NEWSROOM / "draft_changed.md")
    report = check([SEEDS], load_ruleset(), Options(draft=draft))
    claims = report.claim_index()
    verdicts = {claims[a.claim].attribute: a for a in report.audit}
    suicides = verdicts["suicides"]
    assert suicides.verdict == "contradicted"
    assert suicides.majority == ">= 3"
    assert {claims[s].document for s in suicides.sources} == {
        "%s/000_1e9aa604f06e6fd6.txt" % SEEDS, "%s/003_e9c340a0aea209d4.txt" % SEEDS}
    assert verdicts["renamed"].verdict == "confirmed"
    assert [a.verdict for a in report.audit].count("contradicted") == 1
    # findings are among the sources alone: the draft's claims are in no finding
    draft_ids = {c.id for c in report.claims if c.document == draft}
    assert draft_ids and all(not draft_ids & set(f.claims) for f in report.findings)
    assert report.draft == draft and report.documents[-1].id == draft


def test_draft_in_a_source_folder_is_not_its_own_source(tmp_path):
    for seed in Path(SEEDS).iterdir():
        (tmp_path / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text((NEWSROOM / "draft_changed.md").read_text(encoding="utf-8"), encoding="utf-8")
    report = check([str(tmp_path)], load_ruleset(), Options(draft=str(draft)))
    assert [d.id for d in report.documents].count(str(draft)) == 1
    assert len(report.documents) == 3
    assert any(a.verdict == "contradicted" for a in report.audit)


@pytest.mark.parametrize("draft, code, contradicted", [
    ("draft_changed.md", 1, 1),
    ("draft_ok.md", 0, 0),
])
def test_cli_exit_code_follows_the_draft(draft, code, contradicted):
    import json

    result = CliRunner().invoke(main, ["check", "--format", "json", "--draft",
                                       str(NEWSROOM / draft), SEEDS])
    assert result.exit_code == code, result.output
    data = json.loads(result.stdout)
    assert data["summary"]["contradicted"] == contradicted
    assert data["summary"]["confirmed"] >= 1
    assert data["summary"]["conflicts"] == 1  # the seeds' own conflict, listed without failing


def test_cli_markdown_shows_the_contradiction_first():
    result = CliRunner().invoke(main, ["check", "--format", "markdown", "--draft",
                                       str(NEWSROOM / "draft_changed.md"), SEEDS])
    assert result.exit_code == 1
    draft_part = result.stdout.split("## Conflicts")[0]
    rows = [line for line in draft_part.splitlines() if line.startswith("| **")]
    assert rows[0].startswith("| **contradicted** | Au moins douze")
    assert "&gt;= 3" in rows[0]


def test_cli_unreadable_draft_exits_2():
    result = CliRunner().invoke(main, ["check", "--draft", "no/such/draft.md", SEEDS])
    assert result.exit_code == 2
    assert "no/such/draft.md" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_cli_draft_from_stdin():
    import json

    text = (NEWSROOM / "draft_changed.md").read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--draft", "-", SEEDS], input=text)
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["draft"] == "-" and data["summary"]["contradicted"] == 1
    both = CliRunner().invoke(main, ["check", "--draft", "-", "-"], input=text)
    assert both.exit_code == 2 and "not both" in both.stderr
