"""ClaimReview drafts: one per flagged claim, in the shape schema.org asks, the rating left open."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import provenance
from provenance.interchange.claimreview import claimreview_drafts

from .conftest import FIXTURES, invoke


@pytest.fixture(scope="module")
def shape() -> Any:
    """A validator for the draft shape (tests/fixtures/interchange/claimreview.schema.json)."""
    from jsonschema import Draft202012Validator, FormatChecker

    schema = json.loads((FIXTURES / "claimreview.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def test_the_shape_schema_rejects_what_is_not_a_draft(shape: Any) -> None:
    """The fixture schema is not vacuous: a rated review, or one with no author, fails it."""
    assert list(shape.iter_errors({"@type": "ClaimReview"}))
    rated = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "x",
        "reviewBody": "x",
        "creativeWorkStatus": "Draft",
        "reviewRating": {"@type": "Rating", "ratingValue": 1},
        "itemReviewed": {"@type": "Claim", "appearance": {}},
    }
    assert {e.validator for e in shape.iter_errors(rated)} >= {"type", "required"}


def test_every_flagged_claim_of_the_seed_gets_one_valid_draft(seed_result: Any, shape: Any) -> None:
    """One draft per flagged claim: valid shape, the claim's text, its source, AFP's article."""
    tables, findings = seed_result.tables, seed_result.findings
    drafts = claimreview_drafts(tables, findings)
    flagged = set(findings["claim_id"].dropna())
    assert flagged
    assert {d["identifier"] for d in drafts} == flagged
    assert len(drafts) == len(flagged)
    claims = tables.claims.set_index("claim_id")
    sources = tables.sources.set_index("source_id")
    article = tables.articles.iloc[0]
    for draft in drafts:
        assert not list(shape.iter_errors(draft)), draft
        claim = claims.loc[draft["identifier"]]
        assert draft["claimReviewed"] == claim["text"]
        author = draft["itemReviewed"]["author"]
        assert author["name"] == sources.loc[claim["source_id"], "name"]
        appearance = draft["itemReviewed"]["appearance"]
        assert appearance["headline"] == article["headline"]
        assert appearance["publisher"]["name"] == "AFP"
        assert draft["reviewRating"] is None
        for rule in findings.loc[findings["claim_id"] == draft["identifier"], "rule"]:
            assert rule in draft["reviewBody"]


def test_people_are_persons_and_governments_organizations(seed_result: Any) -> None:
    """The claim's author has the schema.org type of its source kind."""
    drafts = claimreview_drafts(seed_result.tables, seed_result.findings)
    kinds = seed_result.tables.sources.set_index("name")["kind"]
    for draft in drafts:
        author = draft["itemReviewed"]["author"]
        assert (author["@type"] == "Person") == (kinds[author["name"]] == "person")


def test_out_dir_gets_one_file_per_article_with_flags(
    seed_path: Path, tmp_path: Path, shape: Any
) -> None:
    """--out DIR: one JSON-LD list per article that has flagged claims, none for the others."""
    # the shared story's ", a figure the town council disputed" is a denial: a calm story
    # of our own has no flag
    calm = tmp_path / "calm.txt"
    calm.write_text(
        "Floods recede in Gdansk\n\nGDANSK (AFP) - Mayor Anna Kowalski said on Monday that "
        "1200 people had returned to their homes.\n\nAFP\n",
        encoding="utf-8",
    )
    out = tmp_path / "reviews"
    done = invoke(["export", "claimreview", str(seed_path), str(calm), "--out", str(out)])
    assert done.exit_code == 0, done.stderr
    seed_id = provenance.extract(seed_path).articles["article_id"].iloc[0]
    (written,) = out.iterdir()
    assert written.name == f"{seed_id}.claimreview.jsonld"
    drafts = json.loads(written.read_text(encoding="utf-8"))
    assert drafts
    assert all(not list(shape.iter_errors(d)) for d in drafts)


def test_without_out_one_list_is_printed(seed_path: Path, shape: Any) -> None:
    """Without --out the drafts of every article are one JSON list on stdout."""
    done = invoke(["export", "claimreview", str(seed_path)])
    assert done.exit_code == 0, done.stderr
    drafts = json.loads(done.stdout)
    assert isinstance(drafts, list)
    assert drafts
    assert all(d["@type"] == "ClaimReview" for d in drafts)


def test_a_dated_article_with_a_uri_carries_both(
    write_story: Callable[..., Path], tmp_path: Path, shape: Any
) -> None:
    """The appearance names the article's url and date when the input gives them."""
    ninjs = {
        "uri": "urn:newsml:afp.com:20250816:abc",
        "firstCreated": "2025-08-16T12:30:00Z",
        "copyrightHolder": "AFP",
        "headlines": [{"role": "main", "value": "Talks resume"}],
        "bodies": [
            {
                "contentType": "text/plain",
                "value": "Kyiv claimed that 53,000 soldiers died, a figure Moscow denied.",
            }
        ],
    }
    path = tmp_path / "story.json"
    path.write_text(json.dumps(ninjs), encoding="utf-8")
    result = provenance.check(path, engine="pandas")
    drafts = claimreview_drafts(result.tables, result.findings)
    if not drafts:
        pytest.fail(f"no finding on a denied claim: {result.findings.to_dict('records')}")
    for draft in drafts:
        appearance = draft["itemReviewed"]["appearance"]
        assert appearance["url"] == ninjs["uri"]
        assert appearance["datePublished"].startswith("2025-08-16T12:30:00")
        assert not list(shape.iter_errors(draft))
