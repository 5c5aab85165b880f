"""The forms the fifth blind flags matrix found wrong, with the neighbours that must not match.

Each test names the construction; the texts are made up for it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import provenance
from tests.rules.helpers import flags_of


def _kinds(text: str) -> list[tuple[str, str]]:
    """(kind, flagged claim's text) of every flag of one text."""
    return [(kind, claim) for kind, _, claim in flags_of({"t": text})["t"]]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister falsely claimed that wind turbines had caused the blackout.",
         "wind turbines had caused the blackout"),
        ("The governor wrongly said the state had the lowest jobless rate.",
         "the state had the lowest jobless rate"),
        ("The senator, who falsely stated the vote was rigged, lost his seat.",
         "the vote was rigged"),
    ],
)  # fmt: skip
def test_the_writers_falsity_adverb_is_a_contradiction_not_a_hedge(text: str, content: str) -> None:
    """ "X falsely claimed that [Y]": the agency refutes Y; no hedge of Y as well."""
    assert _kinds(text) == [("contradiction", content)]


def test_the_refuting_narrator_claim_is_the_agencys() -> None:
    """The narrator's denial has no source of its own: the article's agency speaks."""
    claims = provenance.extract_claims("The mayor falsely said crime had doubled.")
    refuting = claims[claims["cue"] == "falsely"]
    assert refuting["attribution"].tolist() == ["narrator"]
    assert refuting["text"].tolist() == ["crime had doubled"]


@pytest.mark.parametrize(
    "text",
    [
        "He said he had been falsely accused of fraud.",
        "The minister said the claim was made falsely.",
        "The runner falsely started and was disqualified.",
    ],
)
def test_a_passive_or_uncued_falsity_adverb_refutes_nothing(text: str) -> None:
    """ "was falsely accused" is the subject's own complaint, no refutation of the writer's."""
    assert all(kind != "contradiction" for kind, _ in _kinds(text))


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the attack.",
        "No group has yet claimed responsibility for the blast, police said.",
        "There was no immediate claim of responsibility for the bombing.",
        "Nobody has claimed the attack.",
    ],
)
def test_a_negative_subject_claims_nothing(text: str) -> None:
    """ "No group has claimed responsibility" is no hedged claim of anyone's."""
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State claimed responsibility for the attack.",
        "A group calling itself the Free Army claimed responsibility for the blast.",
    ],
)
def test_a_claim_of_responsibility_is_still_hedged(text: str) -> None:
    assert [kind for kind, _ in _kinds(text)] == ["unverified"]


def test_no_longer_negates_no_subject() -> None:
    """ "We can no longer claim to be ...": the subject "We" still claims."""
    claims = provenance.extract_claims("We can no longer claim to be the party of freedom.")
    assert "hedged" in claims["status"].tolist()


@pytest.mark.parametrize(
    "text",
    [
        "The state lender denied the company a loan last year.",
        "The board denied shareholders a dividend for a third year.",
        "Regulators denied the airline a licence to fly to London.",
        "The bishop denied communion to the politician.",
    ],
)
def test_a_thing_withheld_from_a_noun_phrase_is_no_denial(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He denied the allegations a day later.",
        "She denied the report the company received a loan.",
        "The bank denied the company had asked for a loan.",
    ],
)
def test_a_claim_object_before_an_article_is_still_denied(text: str) -> None:
    assert [kind for kind, _ in _kinds(text)] == ["contradiction"]


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["the company", "the airline", "its rival", "shareholders", "the club"]),
    st.sampled_from(["a loan", "a licence", "a dividend", "the permit"]),
)
def test_any_recipient_and_thing_withheld_raise_nothing(recipient: str, thing: str) -> None:
    """Whoever is denied whatever is withheld, no claim is contradicted."""
    assert _kinds(f"The regulator denied {recipient} {thing} on Monday.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council contested claims that it had wasted $2 million.",
         "it had wasted $2 million"),
        ("The ruling party contested the opposition's claim that the vote was rigged.",
         "the vote was rigged"),
        ("The firm contested the regulator's finding that it broke the law.",
         "the regulator's finding that it broke the law"),
    ],
)  # fmt: skip
def test_contested_a_claim_is_a_contradiction(text: str, content: str) -> None:
    assert _kinds(text) == [("contradiction", content)]


@pytest.mark.parametrize(
    "text",
    [
        "Councillor Jane Obi contested the seat as an independent.",
        "Her party contested 300 seats in the election.",
        "The two teams contested the final in Lisbon.",
        "The hotly contested race will be decided in a runoff.",
        "Five parties contested the election.",
    ],
)
def test_contested_a_race_contradicts_nothing(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Le Monde reported that the actor had been questioned by police.", "Le Monde"),
        ("Der Spiegel reported, citing sources, that the suspect had fled.", "Der Spiegel"),
        ("Folha de S.Paulo reported that the minister met the lobbyist.", "Folha"),
    ],
)
def test_a_foreign_papers_report_is_unverified(text: str, outlet: str) -> None:
    assert [kind for kind, _ in _kinds(text)] == ["unverified"]


def test_a_papers_editor_speaking_is_no_report() -> None:
    assert _kinds("Le Monde's editor said the newspaper would appeal the ruling.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban claimed responsibility for the attack, a claim Reuters could not verify.",
        "The army claimed it killed 40 militants, a figure that could not be verified.",
    ],
)
def test_an_unverifiable_appositive_after_a_hedge_is_one_flag(text: str) -> None:
    """The appositive's words are the hedged claim's cue, not a claim of the narrator's."""
    assert [kind for kind, _ in _kinds(text)] == ["unverified"]


def test_charges_denied_after_a_narrator_sentence_are_denied_charges() -> None:
    """ "X was arrested. He has denied the charges.": the arrest is no charge denied."""
    text = (
        "Ousmane Diallo, a former customs chief, was arrested in March. He has denied the charges."
    )
    assert _kinds(text) == [("contradiction", "the charges")]


def test_charges_denied_after_a_charge_deny_it() -> None:
    text = "Prosecutors said Diallo took bribes. He has denied the charges."
    assert _kinds(text) == [("contradiction", "Diallo took bribes")]


def test_the_writers_false_claim_is_a_contradiction() -> None:
    """ "repeated the false claim that [Y]": the agency refutes Y, no hedge as well."""
    text = "The minister repeated the false claim that vaccines cause autism."
    assert _kinds(text) == [("contradiction", "vaccines cause autism")]


def test_a_false_claim_inside_anothers_claim_is_theirs() -> None:
    """Inside another source's words the adjective is that source's, not the agency's."""
    text = "He said the false claim that vaccines cause autism had spread online."
    assert all(kind != "contradiction" for kind, _ in _kinds(text))


def test_negated_hedge_reads_rows_by_position_whatever_their_labels() -> None:
    """Claims gathered from several tables may repeat index labels; each row keeps its own
    verdict ("No group has claimed it" is no one's claim, "Police claimed it" is)."""
    import pandas as pd

    from provenance.rules.claims import negated_hedge

    body = "No group has claimed it. Police claimed it."
    claims = pd.DataFrame(
        {
            "article_id": ["a", "a"],
            "start": [21, 40],
            "status": ["hedged", "hedged"],
            "cue": ["has claimed", "claimed"],
            "source_text": ["No group", "Police"],
        },
        index=[7, 7],
    )
    verdicts = negated_hedge(claims, pd.Series({"a": body}))
    assert verdicts.tolist() == [True, False]
    assert verdicts.index.tolist() == [7, 7]
