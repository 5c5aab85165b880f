"""The forms the sixth blind flags matrix found wrong, with the neighbours that must not match.

Each test names the construction; the texts are made up for it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.helpers import flags_of


def _kinds(text: str) -> list[tuple[str, str]]:
    """(kind, flagged claim's text) of every flag of one text."""
    return sorted((kind, claim) for kind, _, claim in flags_of({"t": text})["t"])


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The club denied a newspaper report that its manager had been sacked.",
         "its manager had been sacked"),
        ("The company denied a Bloomberg report that it was in talks to buy its rival.",
         "it was in talks to buy its rival"),
        ("The army denied media reports that 20 soldiers had deserted.",
         "20 soldiers had deserted"),
        ("The palace rejected a report in the Daily Mail that the prince had been taken to "
         "hospital.", "the prince had been taken to hospital"),
    ],
)  # fmt: skip
def test_a_denied_report_is_a_contradiction_only(text: str, content: str) -> None:
    """ "X denied a report by Y that [Z]": X contradicts Z; the report is no hedge as well."""
    assert _kinds(text) == [("contradiction", content)]


def test_a_report_no_one_denies_is_still_left_to_verify() -> None:
    """Without the denial, the outlet's report stays a claim to check."""
    kinds = _kinds("A newspaper reported that the club's manager had been sacked.")
    assert kinds == [("unverified", "the club's manager had been sacked")]


@pytest.mark.parametrize(
    "text",
    [
        "The hospital denied the patient a transplant because of his age.",
        "The university denied the student a place after he failed to submit his grades.",
        "The government denied additional security requests from the embassy.",
        "The airline denied boarding to 30 passengers without visas.",
    ],
)
def test_a_thing_withheld_denies_no_claim(text: str) -> None:
    """ "denied the patient a transplant", "denied additional security requests": refusals."""
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The university denied the student had cheated.", "the student had cheated"),
        ("The airline denied that additional passengers were hurt.",
         "additional passengers were hurt"),
        ("The governor denied the attack took place.", "the attack took place"),
    ],
)  # fmt: skip
def test_a_denied_clause_about_the_same_people_is_still_a_denial(text: str, content: str) -> None:
    """Neighbours: a clause after the people is a claim denied, not a thing withheld."""
    kinds = _kinds(text)
    assert [k for k, _ in kinds] == ["contradiction"]
    assert content in kinds[0][1]


@settings(max_examples=12, deadline=None)
@given(
    head=st.sampled_from(["patient", "student", "worker", "customer", "passenger", "athlete"]),
    thing=st.sampled_from(["a licence", "a place", "an exemption", "a refund"]),
)
def test_any_one_person_given_a_thing_is_a_refusal(head: str, thing: str) -> None:
    """ "denied the <person> a <thing>": whatever the thing, nothing is denied."""
    assert _kinds(f"The board denied the {head} {thing} on Monday.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The striker's lawyers said the sample had been contaminated. The agency rejected "
         "that explanation.", "the sample had been contaminated"),
        ("The witness said she saw the defendant leave at 9 p.m. The defence disputed her "
         "account.", "she saw the defendant leave at 9 p.m"),
    ],
)  # fmt: skip
def test_a_denial_naming_an_explanation_or_an_account_points_back(text: str, content: str) -> None:
    """ "rejected that explanation", "disputed her account": the claim before is denied."""
    assert ("contradiction", content) in _kinds(text)
    assert all(claim != "her account" and claim != "that explanation" for _, claim in _kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "The union said 12,000 workers joined the strike. The company said only 3,500 "
        "employees stayed away.",
        "Kyiv said 600 Russian soldiers were killed in the assault. Moscow put its losses at "
        "fewer than 50 dead.",
        "The militia said 50 fighters had died; medics at the hospital counted 85 bodies.",
    ],
)
def test_counts_at_odds_in_other_words_are_two_contradictions(text: str) -> None:
    """Strikers by either side's word, the dead as "losses", "dead" or "bodies": one count."""
    kinds = _kinds(text)
    assert [k for k, _ in kinds] == ["contradiction", "contradiction"]
    assert len({claim for _, claim in kinds}) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The union said 12,000 workers joined the strike. The company said it had hired "
        "3,500 employees this year.",
        "The militia said 50 fighters had died. Medics said 85 bodies had been identified "
        "since March.",
    ],
)
def test_counts_of_other_things_are_no_rivals(text: str) -> None:
    """Neighbours: strikers against hires; a count in a window of its own."""
    assert all(kind != "contradiction" for kind, _ in _kinds(text))


_BESIDE = (
    "The weather was fine on Monday.",
    "The post claimed that the vaccine alters human DNA.",
    "Police said 15 people were arrested. Organisers said 60 protesters were detained.",
)


@settings(max_examples=6, deadline=None)
@given(
    text=st.sampled_from(
        [
            "The club denied a newspaper report that its manager had been sacked.",
            "The army denied media reports that 20 soldiers had deserted.",
        ]
    ),
    beside=st.sampled_from(_BESIDE),
)
def test_an_articles_flags_do_not_hang_on_the_other_articles(text: str, beside: str) -> None:
    """Checked alone or beside another article, a text raises the same flags (a denial
    holding a report contradicted it only when some other article had a named claim)."""
    alone = flags_of({"t": text})["t"]
    together = flags_of({"t": text, "u": beside})["t"]
    assert sorted(alone) == sorted(together)
