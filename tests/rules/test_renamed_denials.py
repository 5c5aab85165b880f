"""A denying appositive or relative cuts the claim it renames and names its maker.

"The port authority said 12 cranes were damaged, a figure the union disputed": the
appositive renames the clause before its comma, so the port authority's claim ends at
the comma, the union's denial has the same content, and the finding is a contradiction
of the port authority's claim (``claim.denial_contradicts``), not a denial of a claim
"someone" makes. Neighbours: a confirming verb contradicts nothing, a content running
on after the appositive's clause keeps its run, and a denial of the speaker's own claim
pairs with no other source.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import provenance
from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from tests.rules.helpers import wire_documents

_CLAUSE = "12 cranes were damaged in the storm"

_TEXTS = {
    "figure": f"The port authority said {_CLAUSE}, a figure the dockers' union disputed.",
    "claim": f"The port authority said {_CLAUSE}, a claim the dockers' union denied.",
    "number": f"The port authority said {_CLAUSE}, a number the dockers' union rejected.",
    "which": f"The port authority said {_CLAUSE}, which the dockers' union denied on Friday.",
    "that": f"The port authority said {_CLAUSE}, a claim that the dockers' union refuted.",
    # a verb that argues against a claim, only in this construction (appositive_contests)
    "contested": f"The port authority said {_CLAUSE}, an account the dockers' union contested.",
    "challenged": f"The port authority said {_CLAUSE}, a figure the dockers' union has challenged.",
    # a denial in the passive, its agent the denier
    "passive": f"The port authority said {_CLAUSE}, a claim that was denied by the dockers' union.",
    "adverb": (
        f"The port authority said {_CLAUSE}, a figure that was later disputed by the dockers' "
        "union on Friday."
    ),
}


@cache
def _findings() -> dict[str, list[tuple[str, str]]]:
    """Per text key: (rule, message) of every contradiction finding."""
    result = provenance.check(wire_documents(_TEXTS, "renamed"), engine="pandas")
    path = result.tables.articles.set_index("article_id")["path"]
    out: dict[str, list[tuple[str, str]]] = {key: [] for key in _TEXTS}
    found = result.findings[result.findings["kind"] == "contradiction"]
    for f in found.itertuples():
        out[str(path[f.article_id]).removeprefix("renamed/")].append((f.rule, f.message))
    return out


@pytest.mark.parametrize("key", sorted(_TEXTS))
def test_the_denial_contradicts_the_renamed_claim(key: str) -> None:
    """One finding: the union contradicts the port authority's claim, both named."""
    found = _findings()[key]
    assert [rule for rule, _ in found] == ["claim.denial_contradicts"]
    message = found[0][1]
    assert "port authority" in message
    assert "union" in message
    assert _CLAUSE in message
    assert "someone" not in message


@pytest.mark.parametrize("key", sorted(_TEXTS))
def test_the_speakers_claim_ends_at_the_comma(key: str) -> None:
    """The port authority's content is the clause, the same span as the denial's."""
    text = _TEXTS[key]
    claims = [c for c in find_claims(text) if c.cue is not None]
    said = [c for c in claims if c.cue == "said"]
    denied = [c for c in claims if c.status is ClaimStatus.DENIED]
    assert [c.text for c in said] == [_CLAUSE]
    assert [c.text for c in denied] == [_CLAUSE]
    assert said[0].status is ClaimStatus.ASSERTED
    assert "port authority" in (said[0].source_text or "")
    assert "union" in (denied[0].source_text or "")


def test_a_confirming_appositive_contradicts_nothing() -> None:
    """'a figure the union confirmed' denies nothing: no contradiction, the content runs on."""
    text = f"The port authority said {_CLAUSE}, a figure the union confirmed."
    said = [c for c in find_claims(text) if c.cue == "said"]
    assert said[0].text == f"{_CLAUSE}, a figure the union confirmed"
    assert not any(c.status is ClaimStatus.DENIED for c in find_claims(text))


def test_contested_outside_an_appositive_denies_nothing() -> None:
    """'in a contested district', 'The mayor contested the vote': no appositive, no denial."""
    text = (
        f"The port authority said {_CLAUSE} in a contested district. The mayor contested the vote."
    )
    assert not any(c.status is ClaimStatus.DENIED for c in find_claims(text))


def test_the_passive_head_reports_no_claim() -> None:
    """', a claim that was denied by the union': 'a claim' is no denied content of its own."""
    claims = find_claims(_TEXTS["passive"])
    assert [c.text for c in claims if c.status is ClaimStatus.DENIED] == [_CLAUSE]


def test_a_content_running_on_after_the_appositive_keeps_its_run() -> None:
    """', a claim the union denied, and that ...': the second clause is still the speaker's."""
    text = f"The port authority said {_CLAUSE}, a claim the union denied, and that 3 sank."
    said = [c for c in find_claims(text) if c.cue == "said"]
    assert said[0].text.endswith("and that 3 sank")


_SOURCES = st.sampled_from(["the ministry", "the police", "the governor", "the company"])
_DENIERS = st.sampled_from(["the union", "the army", "the mayor", "residents"])
_TAILS = st.sampled_from(
    [
        "a figure {} disputed",
        "a claim {} denied",
        "a number {} rejected",
        "which {} denied on Friday",
    ]
)


@settings(max_examples=25, deadline=None)
@given(source=_SOURCES, denier=_DENIERS, tail=_TAILS)
def test_the_two_contents_are_always_one_span(source: str, denier: str, tail: str) -> None:
    """Whoever speaks and denies, the speaker's content and the denial's are one span."""
    text = f"{source.capitalize()} said {_CLAUSE}, {tail.format(denier)}."
    spans = {
        (c.start, c.end)
        for c in find_claims(text)
        if c.cue == "said" or c.status is ClaimStatus.DENIED
    }
    start = text.index(_CLAUSE)
    assert spans == {(start, start + len(_CLAUSE))}


def test_the_contesting_verbs_are_language_data() -> None:
    """The verbs and passive auxiliaries come from the English cue lexicon."""
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon("en")
    assert {"contested", "challenged"} <= set(lex.appositive_denial_forms)
    assert {"was", "has been"} <= set(lex.appositive_passive_auxiliaries)
