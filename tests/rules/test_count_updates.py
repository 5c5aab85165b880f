"""Rival counts and updated counts in wire copy (issue 6, wire34).

"Police said 12 people were killed. Police later raised the toll to 30": the police
update their own count (``revising_verbs``), no contradiction, and the 30 is theirs; "the
toll later rose to 30" (``revising_links``) updates a count too. "Organisers said 100,000
marched; police counted 20,000" gives two rival counts: the report after the semicolon is
the police's (``counting_verbs``), "Hospital officials said 30" and "put it at 30" restate
the count before, and "joined the march" counts the marchers of
"marched" (the protest event's forms). Ranges that overlap, "at least 12" against "15"
and "$5m" against "five million dollars" are no rivals, nor a part of a count ("including
10 children", ``subset_links``), nor counts whose claims name different ordinals, dates or
years ("the first attack", "the second attack").
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.extract import find_claims
from provenance.extractors.claims.restated_counts import restated_count_claims
from provenance.lexicon.matching import match_lexicon
from tests.rules.helpers import figure_sources, flags_of

_RIVALS = {
    "semicolon": "Organisers said 100,000 marched; police counted 20,000.",
    "semicolon_said": "Police said 12 people died; hospital officials said 30 people died.",
    "semicolon_put": "Police said 12 people died; hospital officials put the toll at 30.",
    "march": "Organisers said 100,000 people marched. Police said 20,000 people joined the march.",
    "rally": "Organisers said 100,000 people attended the rally. Police said 20,000 people "
    "were at the rally.",
    "toll": "Police said 12 people died. Hospital officials put the toll at 30.",
    "put_it": "Police said 12 people died. Hospital officials put it at 30.",
    "bare": "Police said 12 people died. Hospital officials said 30.",
}

_NO_RIVALS = {
    "raised": "Police said 12 people were killed. Police later raised the toll to 30.",
    "revised": "Police said 12 people were killed. Police revised the death toll to 30.",
    "rose": "Officials said 12 people were killed. The toll later rose to 30, hospital "
    "officials said.",
    "was_raised": "Officials said 12 people were killed. The number of dead was later raised "
    "to 30, officials said.",
    "overlap": "Police said 10 to 15 people were killed. Medics said 12 to 20 people were killed.",
    "at_least": "Police said at least 12 people were killed. Medics said 15 people were killed.",
    "money": "The ministry said the project cost $5m. The company said it cost five million "
    "dollars.",
    "march_month": "Police said 12 people were arrested in March. Organisers said 40 people "
    "marched.",
    "part": "Officials said at least 35 people were killed. Rebels said 40 people were killed, "
    "including 10 children.",
    "among_them": "Officials said at least 35 people were killed. Rebels said 40 people were "
    "killed, among them 11 children.",
    "ordinals": "Police said 12 people were killed in the first attack. Medics said 30 people "
    "were killed in the second attack.",
    "years": "Police said 12 people were killed in 2015. Medics said 30 people were killed in "
    "2016.",
}


@cache
def _contradicted() -> dict[str, list[str]]:
    return {
        key: sorted(text for kind, _, text in found if kind == "contradiction")
        for key, found in flags_of({**_RIVALS, **_NO_RIVALS}).items()
    }


@pytest.mark.parametrize("key", sorted(_RIVALS))
def test_two_sources_counting_one_thing_apart_contradict(key: str) -> None:
    assert len(_contradicted()[key]) == 2


@pytest.mark.parametrize("key", sorted(_NO_RIVALS))
def test_updates_overlaps_and_equal_values_do_not(key: str) -> None:
    assert _contradicted()[key] == []


def test_the_semicolon_ends_the_first_report() -> None:
    text = _RIVALS["semicolon_said"]
    spans = {(c.text, c.source.name) for c in find_claims(text) if c.source is not None}
    assert ("12 people died", "Police") in spans
    assert ("30 people died", "hospital officials") in spans


def test_a_semicolon_inside_one_report_runs_on() -> None:
    text = "Smith said costs rose; wages did not."
    assert [c.text for c in find_claims(text) if c.source and c.source.name == "Smith"] == [
        "costs rose; wages did not"
    ]


@cache
def _sources() -> dict[str, dict[str, str]]:
    texts = {
        "raised": _NO_RIVALS["raised"],
        "counted": _RIVALS["semicolon"],
        "bare": _RIVALS["bare"],
    }
    return figure_sources(texts)


def test_the_revised_and_the_counted_figures_are_the_subjects() -> None:
    assert _sources()["raised"]["30"] == "Police"
    assert _sources()["counted"]["20,000"] == "Police"
    assert _sources()["counted"]["100,000"] == "Organisers"
    assert _sources()["bare"]["30"] == "Hospital officials"  # "said 30": a count alone


def test_the_verbs_are_language_data() -> None:
    lex = match_lexicon("en")
    assert {"raised", "revised"} <= set(lex.revising_verbs)
    assert {"rose", "climbed"} <= set(lex.revising_links)
    assert "counted" in lex.counting_verbs
    assert "including" in lex.subset_links
    assert match_lexicon("fr").revising_verbs == ()
    assert "protest" in lex.events_of("20,000 people joined the march")
    assert lex.events_of("killed in the March attack") == ("death",)


@settings(max_examples=30, deadline=None)
@given(
    st.integers(min_value=2, max_value=10**5),
    st.integers(min_value=2, max_value=10**5),
    st.sampled_from(["raised", "revised", "lowered", "updated"]),
)
def test_a_source_revising_its_own_count_never_contradicts_itself(
    first: int, second: int, verb: str
) -> None:
    text = f"Police said {first:,} people were killed. Police later {verb} the toll to {second:,}."
    assert [k for k, _, _ in flags_of({"t": text})["t"] if k == "contradiction"] == []


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1, max_value=10**7), st.sampled_from(["toll", "death toll", "tally"]))
def test_any_revised_count_is_claimed_by_its_reviser(value: int, head: str) -> None:
    text = f"Rescuers raised the {head} to {value:,}."
    (found,) = restated_count_claims(text, [(0, len(text))], [], [(9, "raised")])
    assert text[found.source_start or 0 : found.source_end] == "Rescuers"
    assert text[found.start : found.end] == f"the {head} to {value:,}"
