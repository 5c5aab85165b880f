"""Claims waved away, statement nouns pointed back to, and appositives labeled false (flagsC47).

Three families of the wire guideline's contradiction ("X rejected reports that ...",
"dismissed as fake"):

- phrases that wave a claim away ("poured cold water on reports that X", "waved away
  claims that X", "batted away", "swatted away / down", "slapped down"): a denial of the
  claim they take, and only of a claim ("poured cold water on the plan", "batted away
  questions", "waved away photographers" take none);
- statement nouns that point back to a claim given before ("waved off the union's
  complaint", "rejected that contention", "called the insinuation absurd", "said the forecast
  was wrong"); not "the reporting rules" or "the coverage decision";
- an appositive renaming a clause that a labeling verb and an evaluation close ("X, a
  charge his lawyer has called absurd", "a figure its auditors called wildly inaccurate"):
  the clause is denied; a degree word is never the thing evaluated, and an appositive no
  claim heads (", a move critics called unfair") denies nothing.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.helpers import figure_sources, flags_of

C = "contradiction"

#: Forms: each raises one contradiction, on a claim holding the content, and nothing else.
FORMS: dict[str, tuple[str, str]] = {
    "poured-cold-water-on-reports": (
        "The ministry poured cold water on reports that the plant would close.",
        "the plant would close",
    ),
    "waved-away-claims": (
        "The club waved away claims that its coach had quit.",
        "its coach had quit",
    ),
    "swatted-away-allegations": (
        "The firm swatted away allegations that it had hidden losses.",
        "it had hidden losses",
    ),
    "swatted-down-rumours": (
        "The regulator swatted down rumours that the bank was insolvent.",
        "the bank was insolvent",
    ),
    "slapped-down-reports": (
        "The embassy slapped down reports that the envoy had been recalled.",
        "the envoy had been recalled",
    ),
    "batted-away-claims": (
        "The council batted away claims that it had sold the park.",
        "it had sold the park",
    ),
    # statement nouns pointing back to the claim before them
    "waved-off-the-unions-complaint": (
        "The union said the mill had dumped waste in the river. "
        "The mill waved off the union's complaint.",
        "the mill had dumped waste in the river",
    ),
    "brushed-aside-the-complaints": (
        "Tenants complained that the landlord had cut the heating. "
        "The landlord brushed aside the complaints.",
        "the landlord had cut the heating",
    ),
    "rejected-that-contention": (
        "The lawyers contended that the search was illegal. The judge rejected that contention.",
        "the search was illegal",
    ),
    "called-the-insinuation-absurd": (
        "The paper said the minister had lied to parliament. "
        "The minister called the insinuation absurd.",
        "the minister had lied to parliament",
    ),
    "said-the-forecast-was-wrong": (
        "Analysts said the bank would cut rates twice. The governor said the forecast was wrong.",
        "the bank would cut rates twice",
    ),
    # appositives a labeling verb and an evaluation close
    "a-charge-his-lawyer-has-called-absurd": (
        "Prosecutors say Okafor ordered the raid from his cell, a charge his lawyer has "
        "called absurd.",
        "Okafor ordered the raid from his cell",
    ),
    "a-figure-called-wildly-inaccurate": (
        "The company said sales had doubled, a figure its auditors called wildly inaccurate.",
        "sales had doubled",
    ),
    "a-claim-called-totally-false": (
        "Rebels said they had taken the town, a claim the army called totally false.",
        "they had taken the town",
    ),
    "an-estimate-described-as-exaggerated": (
        "The report said 300 homes were lost, an estimate the mayor described as exaggerated.",
        "300 homes were lost",
    ),
    "a-claim-called-quoted-absurd": (
        "The firm said profits rose, a claim the union called “absurd.”",
        "profits rose",
    ),
}

#: Neighbours: no claim is waved away, pointed back to or labeled, so nothing is raised.
QUIET: dict[str, str] = {
    "brushed-aside-a-defender": "The striker brushed aside a defender and scored.",
    "pushed-back-the-deadline": "The council pushed back the deadline to June.",
    "poured-cold-water-on-the-plan": "The mayor poured cold water on the plan.",
    "batted-away-questions": "The star batted away questions about his future.",
    "waved-away-photographers": "The mayor waved away photographers.",
    "shot-down-a-drone": "The army shot down a drone.",
    "questioned-the-coverage-decision": "The insurer questioned the coverage decision.",
    "challenged-the-reporting-rules": "The firm challenged the reporting rules.",
    "in-contention": "The team is in contention for the title.",
    "ignored-their-complaints": "Residents said the council ignored their complaints.",
    "received-complaints": "The regulator received 300 complaints last year.",
    "the-forecast-was-rain": "The coach said the forecast for Sunday was rain.",
    "a-move-called-unfair": "The council raised taxes, a move critics called unfair.",
    "a-decision-called-wrong": "The minister quit on Monday, a decision his party called wrong.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of({**{k: v[0] for k, v in FORMS.items()}, **QUIET})


@pytest.mark.parametrize("key", sorted(FORMS))
def test_a_contested_claim_is_one_contradiction(key: str) -> None:
    _, content = FORMS[key]
    found = [f for f in _flags()[key] if f[0] == C]
    assert len(found) == 1, _flags()[key]
    assert content in found[0][2]


@pytest.mark.parametrize("key", sorted(FORMS))
def test_no_degree_word_is_the_claim_evaluated(key: str) -> None:
    for _, _, claim in _flags()[key]:
        assert claim.split()[0].lower() not in {"wildly", "totally", "grossly", "highly"}


@pytest.mark.parametrize("key", sorted(QUIET))
def test_a_neighbour_raises_nothing(key: str) -> None:
    assert _flags()[key] == []


def test_a_figure_in_a_claim_waved_away_stays_the_narrators() -> None:
    found = figure_sources(
        {
            "poured": "The minister poured cold water on forecasts of 3 percent growth.",
            "waved": "The minister waved away forecasts of 3 percent growth.",
        }
    )
    assert found["poured"]["3 percent"] == "Reuters"
    assert found["waved"]["3 percent"] == "Reuters"


_PHRASES = ("poured cold water on", "waved away", "batted away", "swatted away", "slapped down")
_NOUNS = ("claims", "reports", "allegations", "rumours")
_CONTENTS = ("the dam was cracking", "its chief had resigned", "the mine would shut")
_SUBJECTS = ("The utility", "The governor's office", "Officials")
_NON_CLAIMS = ("the plan", "questions about the budget", "photographers", "the deadline")


@settings(max_examples=12, deadline=None)
@given(
    st.sampled_from(_SUBJECTS),
    st.sampled_from(_PHRASES),
    st.sampled_from(_NOUNS),
    st.sampled_from(_CONTENTS),
)
def test_any_phrase_waving_away_a_claim_noun_contradicts_it(
    subject: str, phrase: str, noun: str, content: str
) -> None:
    found = flags_of({"t": f"{subject} {phrase} {noun} that {content}."})["t"]
    assert [kind for kind, _, _ in found] == [C]
    assert content in found[0][2]


@settings(max_examples=12, deadline=None)
@given(st.sampled_from(_SUBJECTS), st.sampled_from(_PHRASES), st.sampled_from(_NON_CLAIMS))
def test_a_phrase_waving_away_no_claim_raises_nothing(
    subject: str, phrase: str, thing: str
) -> None:
    assert flags_of({"t": f"{subject} {phrase} {thing}."})["t"] == []
