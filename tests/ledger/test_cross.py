"""Figures and denials across articles in a real ledger file: statuses, re-ingest, ingest order."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import provenance
from provenance.ledger import Ledger, ingest
from provenance.ledger.check import check_ledger
from provenance.matching import match_figures

STORIES = Path(__file__).resolve().parent.parent / "fixtures" / "matching"
STORY_FILES = sorted(STORIES.glob("*.json"))
STATUS = ["figure_id", "group_id", "status", "agreeing_sources", "disagreeing_sources"]


def _normal(frame):  # type: ignore[no-untyped-def]
    """The status columns with one dtype each (DuckDB gives str, pandas object), sorted."""
    frame = frame[STATUS].sort_values("figure_id").reset_index(drop=True)
    return frame.astype(
        {
            "figure_id": object,
            "group_id": object,
            "status": object,
            "agreeing_sources": "Int64",
            "disagreeing_sources": "Int64",
        }
    )


def _status(path: Path):  # type: ignore[no-untyped-def]
    """The stored status columns of the latest figures, sorted by figure id."""
    return _normal(Ledger(path).query(f"select {', '.join(STATUS)} from figures"))


def _expected(files: list[Path]):  # type: ignore[no-untyped-def]
    """What match_figures says over all the stories at once, in the same shape as _status."""
    t = provenance.extract(files)
    m = match_figures(t.figures, t.claims, t.sources, t.articles)
    return _normal(m)


def _story(folder: Path, name: str, agency: str, day: str, body: str) -> Path:
    """A ninjs story with a date (figures and claims without one cannot be matched)."""
    path = folder / f"{name}.json"
    item = {
        "uri": f"urn:example:ledger:{name}",
        "type": "text",
        "firstcreated": f"{day}T10:00:00Z",
        "language": "en",
        "copyrightholder": agency,
        "headline": f"{name} headline",
        "body_text": f"KYIV ({agency}) - {body}\n\n{agency}",
    }
    path.write_text(json.dumps(item), encoding="utf-8")
    return path


def test_done_when_one_contradiction_counted_once_nothing_added_on_reingest(
    tmp_path: Path,
) -> None:
    """Four stories, three agencies: one contradiction between the two sources that disagree.

    Zelensky's 53,000 relayed by AFP, AP and Reuters is one agreeing source; the
    General Staff's 30,000 is the other. Re-ingesting the same files adds nothing
    and changes no status or finding.
    """
    path = tmp_path / "news.duckdb"
    first = ingest(STORY_FILES, ledger=path)
    assert first.added == 4
    assert not first.errors
    figures = Ledger(path).query(
        "select f.*, s.name as source from figures f join sources s using (source_id) "
        "where f.group_id is not null"
    )
    assert figures["group_id"].nunique() == 1
    assert len(figures) == 4
    assert set(figures["agency"]) == {"AFP", "AP", "Reuters"}
    assert set(figures["status"]) == {"contradicted"}
    assert figures["source"].nunique() == 2
    assert figures["agreeing_sources"].tolist() == [1, 1, 1, 1]
    assert figures["disagreeing_sources"].tolist() == [1, 1, 1, 1]
    result = check_ledger(path, engine="pandas")
    across = result.findings[result.findings["rule"] == "figure.contradicted_across_sources"]
    assert len(across) == 1
    pair = {across["claim_id"].iloc[0], across["related_claim_id"].iloc[0]}
    claims = Ledger(path).query("select claim_id, source_id from claims")
    assert claims.set_index("claim_id").loc[list(pair), "source_id"].nunique() == 2
    before = _status(path)
    again = ingest(STORY_FILES, ledger=path)
    assert (again.added, again.unchanged) == (0, 4)
    assert _status(path).equals(before)
    assert check_ledger(path, engine="pandas").findings.equals(result.findings)
    assert Ledger(path).problems() == []


def test_stored_statuses_equal_matching_all_stories_at_once(tmp_path: Path) -> None:
    """Ingesting story by story (one batch each) stores what match_figures gives on all of them."""
    path = tmp_path / "news.duckdb"
    for story in STORY_FILES:
        ingest([story], ledger=path, batch_size=1)
    assert _status(path).equals(_expected(STORY_FILES))


def test_the_report_trail_shows_the_groups_the_ledger_stored(tmp_path: Path) -> None:
    """A ledger check hands the stored groups to the report, which shows them unmatched again."""
    from provenance.report._trail import build_trail

    path = tmp_path / "news.duckdb"
    ingest(STORY_FILES, ledger=path)
    result = check_ledger(path, engine="pandas")
    assert result.figure_groups is not None
    stored = set(_status(path)["group_id"].dropna())
    shown, total = build_trail(result)
    assert total == 1
    assert {group.group_id for group in shown} == stored
    assert {group.status for group in shown} == {"contradicted"}


def test_without_the_dissenting_source_zelensky_is_single_source(tmp_path: Path) -> None:
    """Three agencies relaying one source: single_source, and the rule says so at info."""
    files = [f for f in STORY_FILES if "general_staff" not in f.name]
    path = tmp_path / "news.duckdb"
    ingest(files, ledger=path)
    grouped = _status(path).dropna(subset=["group_id"])
    assert set(grouped["status"]) == {"single_source"}
    assert set(grouped["agreeing_sources"]) == {1}
    findings = check_ledger(path, engine="pandas").findings
    single = findings[findings["rule"] == "figure.single_source"]
    assert set(single["figure_id"]) == set(grouped["figure_id"])
    assert set(single["severity"]) == {"info"}


def test_a_corrected_version_recounts_the_group_it_leaves(tmp_path: Path) -> None:
    """A correction of the General Staff story to 53,000 turns the contradiction into agreement."""
    path = tmp_path / "news.duckdb"
    ingest(STORY_FILES, ledger=path)
    staff = STORIES / "reuters_general_staff.json"
    item = json.loads(staff.read_text(encoding="utf-8"))
    item["body_text"] = item["body_text"].replace("30,000", "about 53,000")
    corrected = tmp_path / "corrected.json"
    corrected.write_text(json.dumps(item), encoding="utf-8")
    assert ingest([corrected], ledger=path).superseded == 1
    grouped = _status(path).dropna(subset=["group_id"])
    assert set(grouped["status"]) == {"corroborated"}
    assert set(grouped["agreeing_sources"]) == {2}


@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(order=st.permutations(range(len(STORY_FILES))), batch=st.integers(1, 3))
def test_statuses_do_not_depend_on_ingest_order(
    tmp_path: Path, order: list[int], batch: int
) -> None:
    """Any ingest order and batch size stores the same group, status and counts per figure."""
    folder = tmp_path / f"run_{'_'.join(map(str, order))}_{batch}"
    path = folder / "news.duckdb"
    folder.mkdir()
    try:
        ingest([STORY_FILES[i] for i in order], ledger=path, batch_size=batch)
        assert _status(path).equals(_expected(STORY_FILES))
    finally:
        shutil.rmtree(folder)


def test_a_denial_in_another_story_is_a_contradiction_naming_both(tmp_path: Path) -> None:
    """ "The Kremlin denied reports that ..." in an AP story contradicts the claim AFP carried."""
    claim = _story(
        tmp_path,
        "afp_claim",
        "AFP",
        "2025-06-20",
        "Ukraine's General Staff said Russian troops had shelled the Zaporizhzhia "
        "nuclear power plant overnight.",
    )
    denial = _story(
        tmp_path,
        "ap_denial",
        "AP",
        "2025-06-21",
        "The Kremlin denied reports that Russian troops had shelled the Zaporizhzhia "
        "nuclear power plant.",
    )
    path = tmp_path / "news.duckdb"
    ingest([claim, denial], ledger=path)
    findings = check_ledger(path, engine="pandas").findings
    denied = findings[findings["rule"] == "claim.denied_elsewhere"]
    assert len(denied) == 1
    row = denied.iloc[0]
    claims = (
        Ledger(path)
        .query(
            "select c.claim_id, c.article_id, a.agency, s.name from claims c "
            "join articles a using (article_id) join sources s using (source_id)"
        )
        .set_index("claim_id")
    )
    made, denying = claims.loc[row["claim_id"]], claims.loc[row["related_claim_id"]]
    assert (made["agency"], denying["agency"]) == ("AFP", "AP")
    assert made["article_id"] != denying["article_id"]
    assert made["name"] != denying["name"]
    for named in (made["name"], denying["name"], "(AFP", "(AP"):
        assert named in row["message"]


def test_since_keeps_later_articles_but_counts_older_sources(tmp_path: Path) -> None:
    """--since leaves older stories out of the findings, not out of the cross-article counts."""
    path = tmp_path / "news.duckdb"
    ingest(STORY_FILES, ledger=path)
    from datetime import datetime

    result = check_ledger(path, since=datetime(2025, 8, 21), engine="pandas")
    published = result.tables.articles["published"]
    assert len(result.tables.articles) >= 1
    assert (published >= "2025-08-21").all()
    assert set(result.findings["article_id"]) <= set(result.tables.articles["article_id"])


@pytest.mark.parametrize("engine", ["gx", "pandas"])
def test_both_engines_give_the_same_ledger_findings(tmp_path: Path, engine: str) -> None:
    """The GX engine and the pandas engine agree on the ledger's findings."""
    path = tmp_path / "news.duckdb"
    ingest(STORY_FILES, ledger=path)
    ours = check_ledger(path, engine=engine)  # type: ignore[arg-type]
    other = check_ledger(path, engine="pandas")
    assert ours.findings["finding_id"].tolist() == other.findings["finding_id"].tolist()
