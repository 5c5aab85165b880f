"""The forms flags47 reads, each beside neighbours that must not change: an appositive a
labeling verb and an evaluation deny (", a figure the group called exaggerated"), a
subject's relative clause saying its claim is not established ("The study, which has not
been peer-reviewed, found ..."), and the earlier value of a change, no rival count ("up
from 2,500 on Monday"), and sums at odds when one restates the other's ("put the figure
at $210 million")."""

from __future__ import annotations

import pytest

from tests.rules.helpers import flags_of

C = "contradiction"
U = "unverified"

#: passage, then the flags (kind, words of the flagged claim) it must raise, exactly
CASES: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "labeled_exaggerated": (
        "The army said it had shelled 14 villages, a figure the rebels called exaggerated.",
        ((C, "it had shelled 14 villages"),),
    ),
    "labeled_dismissed_as": (
        "The ministry said 300 trucks had crossed, an account the charity dismissed as false.",
        ((C, "300 trucks had crossed"),),
    ),
    "labeled_abbreviated_subject": (
        "The governor said 90% of homes had power, a claim the U.N. described as inflated.",
        ((C, "90% of homes had power"),),
    ),
    "contested_abbreviated_subject": (
        "Police said 40 people were held, an account the U.S. embassy contested.",
        ((C, "40 people were held"),),
    ),
    "labeled_no_evaluation": (
        "The mayor said 40 families were rehoused, a number the council called a record.",
        (),
    ),
    "labeled_adjective_no_denial": (
        "The governor said 12 people had died, a toll the mayor called tragic.",
        (),
    ),
    "sentence_break_before_verb": (
        "Police said 40 were held. An account the union contested later said 90.",
        (),
    ),
    "relative_not_peer_reviewed": (
        "The study, which has not been peer-reviewed, found that the pill cut relapses by half.",
        ((U, "the pill cut relapses by half"),),
    ),
    "relative_not_verified_survey": (
        "The survey, which has not been independently verified, showed that 40% of homes "
        "lacked water.",
        ((U, "40% of homes lacked water"),),
    ),
    "relative_active_not_confirmed": (
        "The estimate, which the ministry has not confirmed, put the harvest at 2 million tonnes.",
        ((U, "2 million tonnes"),),
    ),
    "relative_peer_reviewed_affirmed": (
        "The study, which has been peer-reviewed, found that the pill cut relapses by half.",
        (),
    ),
    "relative_published": (
        "The study, which was published in May, found that the pill cut relapses by half.",
        (),
    ),
    "relative_unverified_not_the_claim_before": (
        "The minister said exports rose. The study, which has not been peer-reviewed, found "
        "that the pill cut relapses by half.",
        ((U, "the pill cut relapses by half"),),
    ),
    "baseline_up_from": (
        "The fire has burned about 4,000 hectares, according to the forestry service, up from "
        "2,500 hectares on Monday.",
        (),
    ),
    "baseline_down_from": (
        "The camp holds 9,000 refugees, according to the agency, down from 12,000 refugees "
        "in March.",
        (),
    ),
    "baseline_rival_still_counted": (
        "Officials said the fire had burned 4,000 hectares, up from 2,500 hectares on Monday. "
        "Farmers put the burned area at 5,500 hectares.",
        ((C, "4,000"), (C, "5,500")),
    ),
    "money_restated_rival": (
        "The studio said the film cost $150 million. Analysts put the figure at $210 million.",
        ((C, "$150 million"), (C, "$210 million")),
    ),
    "money_put_the_shortfall_at": (
        "The treasury said the shortfall was 4 billion euros. The central bank put the "
        "figure at 5.5 billion euros.",
        ((C, "4 billion euros"), (C, "5.5 billion euros")),
    ),
    "money_two_things": (
        "The company said it invested $40 million in the plant. The union said the owners "
        "took $25 million in dividends.",
        (),
    ),
    "money_restated_other_year": (
        "The government said it spent $2 billion on aid in 2023. The IMF put the figure at "
        "$1.4 billion for 2022.",
        (),
    ),
    "money_restated_other_currency": (
        "The ministry said the project cost 300 million euros. Auditors put the figure at "
        "$420 million.",
        (),
    ),
    "money_restated_same_value": (
        "The studio said the film took $98 million. Comscore put the figure at $98 million.",
        (),
    ),
}


@pytest.fixture(scope="module")
def raised() -> dict[str, list[tuple[str, str, str]]]:
    """Every passage's flags, from one check call."""
    return flags_of({name: text for name, (text, _) in CASES.items()})


@pytest.mark.parametrize("name", list(CASES))
def test_flags(name: str, raised: dict[str, list[tuple[str, str, str]]]) -> None:
    """The passage raises exactly its flags, one per claim and kind."""
    got = sorted({(kind, claim) for kind, _, claim in raised[name]})
    want = CASES[name][1]
    assert len(got) == len(want), got
    for kind, words in want:
        assert any(k == kind and words in claim for k, claim in got), (kind, words, got)
