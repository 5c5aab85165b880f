"""Denial families read from the cue lexicon: the noun "rejection of", the adjective
"dismissive of", agentless passives whose subject is a claim, and participial
adjectives after a gerund ("militarizing disputed waters").

Each form is tested with its neighbours that must not read as denials: the noun in a
compound ("the rejection rate"), the adjective without "of" ("a dismissive wave"), a
passive whose subject is a person or a thing refused ("the case was dismissed"), and a
participle after "being" or "having", which stays a verb.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.records import ClaimSpan
from provenance.lexicon.cues import cue_lexicon


def denied(text: str) -> list[ClaimSpan]:
    """The denied claims of ``text``."""
    return [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]


def cue_of(text: str, claim: ClaimSpan) -> str:
    """The cue words of a claim as written."""
    assert claim.cue_start is not None
    assert claim.cue_end is not None
    return text[claim.cue_start : claim.cue_end]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The rejection of the party's received wisdom was complete by June.",
            "the party's received wisdom",
        ),
        (
            "It was driving a virulent rejection of the mogul among delegates.",
            "the mogul among delegates",
        ),
        ("His rejection of the notion that he lied was total.", "the notion that he"),
        ("Their rejections of the charges came quickly.", "the charges"),
    ],
)
def test_rejection_of_is_a_denial_noun(text: str, content: str) -> None:
    """ "the rejection of X" denies X, like "denials of X"; the cue is the noun."""
    found = denied(text)
    assert len(found) == 1, find_claims(text)
    assert cue_of(text, found[0]).lower().startswith("rejection")
    assert found[0].text.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The rejection rate rose to 40 percent.",
        "Fear of rejection kept him at home.",
        "The rejection letter came on Monday.",
        "Rejections rose in May.",
        "He braced for rejection.",
    ],
)
def test_rejection_without_of_is_no_denial(text: str) -> None:
    """The noun in a compound or alone names an outcome, not a denial of something."""
    assert denied(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The security operators who had been so dismissive of Bob left the country.", "Bob"),
        ("Ryan was dismissive of the report.", "the report"),
        ("Officials, long dismissive of the allegations, now say they will look.", "the"),
    ],
)
def test_dismissive_of_is_a_denial(text: str, content: str) -> None:
    """ "dismissive of X" dismisses X: the adjective of "dismiss" with its object after "of"."""
    found = denied(text)
    assert len(found) == 1, find_claims(text)
    assert cue_of(text, found[0]) == "dismissive"
    assert found[0].text.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "She gave a dismissive wave.",
        'Trump broke off with a dismissive, "eww."',
        "She was dismissive about it.",
        "They are dismissive.",
        "He waved dismissively at the cameras.",
    ],
)
def test_dismissive_without_of_is_no_denial(text: str) -> None:
    """Without "of" the adjective has no object: a manner, not a denial of anything."""
    assert denied(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The allegations were denied on Monday.", "The allegations"),
        ("Trump's claim has been widely disputed.", "Trump's claim"),
        ("Those reports were flatly rejected.", "Those reports"),
        ("The accusation was refuted last week.", "The accusation"),
    ],
)
def test_an_agentless_passive_of_a_claim_is_a_denial(text: str, content: str) -> None:
    """With a claim noun as subject the passive denies it, though no denier is named."""
    found = denied(text)
    assert [c.text for c in found] == [content], find_claims(text)
    assert found[0].source_text is None


@pytest.mark.parametrize(
    "text",
    [
        "The case was dismissed.",
        "Lewandowski was dismissed on Monday as campaign manager.",
        "It was rejected.",
        "The bill was rejected on Tuesday.",
        "The report was not disputed.",
        "The claims weren't rejected.",
        "He was denied bail.",
        "A motion for a roll-call vote on the rules has since been denied.",
    ],
)
def test_an_agentless_passive_of_anything_else_denies_nothing(text: str) -> None:
    """A person fired, a case or bill thrown out, a pronoun, or a negated passive: no denial."""
    assert denied(text) == []


_HEADS = sorted(
    h
    for h in cue_lexicon("en").claim_heads
    if h.lower() not in cue_lexicon("en").anaphoric_objects and h.endswith("s")
)


@given(
    head=st.sampled_from(_HEADS),
    aux=st.sampled_from(["were", "have been", "had been", "are"]),
    verb=st.sampled_from(["denied", "rejected", "disputed", "refuted", "dismissed"]),
)
def test_any_claim_noun_subject_of_an_agentless_passive_is_denied(
    head: str, aux: str, verb: str
) -> None:
    """Whatever the claim noun, the auxiliary and the denial verb, the subject is what is denied."""
    text = f"The {head} {aux} {verb} on Monday."
    found = denied(text)
    assert [c.text for c in found] == [f"The {head}"], find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "China is accused of militarizing disputed waters in the sea.",
        "Ships kept patrolling disputed islands.",
        "The board, ignoring rejected bids, signed the contract.",
    ],
)
def test_a_participle_after_a_gerund_is_an_adjective(text: str) -> None:
    """After an -ing word a participle modifies the noun after it: no one denies anything."""
    assert denied(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The figure is being disputed by the statistics office.", "disputed"),
        ("He disputed claims that he lied.", "disputed"),
        ("The company, denying reports that it had failed, said sales rose.", "denying"),
        ("The king denied the report.", "denied"),
        ("The ruling rejected claims that he lied.", "rejected"),
        ("Officials in Beijing disputed the figure.", "disputed"),
        ("The ruling, which Beijing rejected, was final.", "rejected"),
    ],
)
def test_a_participle_after_being_or_a_subject_stays_a_verb(text: str, cue: str) -> None:
    """After "being", a subject, a name or a noun in -ing ("the king") the participle is a verb."""
    found = denied(text)
    assert len(found) == 1, find_claims(text)
    assert cue_of(text, found[0]).split()[-1] == cue


@pytest.mark.parametrize(
    ("text", "cue", "status"),
    [
        (
            "It was Mr. Obama's lyrical rejection of ''a politics of cynicism'' in 2004.",
            "rejection",
            ClaimStatus.DENIED,
        ),
        ("His rejection of “a politics of fear” won the room.", "rejection", ClaimStatus.DENIED),
        ('Amid allegations of "fraud" in the vote, he left.', "allegations", ClaimStatus.HEDGED),
    ],
)
def test_a_noun_cues_content_may_open_with_a_quotation(
    text: str, cue: str, status: ClaimStatus
) -> None:
    """ "rejection of ''a politics''": a quoted phrase is the content, its quote mark kept."""
    found = [c for c in find_claims(text) if c.status is status]
    assert len(found) == 1, find_claims(text)
    assert cue_of(text, found[0]) == cue
    assert found[0].text[0] in "'\"“"


@pytest.mark.parametrize(
    "text",
    ["The claims of 2016 were paid.", "Fear of “rejection” kept him home."],
)
def test_a_quotation_or_a_number_alone_names_no_claim(text: str) -> None:
    """A year after "claims of" and a quoted "rejection" with no "of" are still no cues."""
    found = [c for c in find_claims(text) if c.status in (ClaimStatus.DENIED, ClaimStatus.HEDGED)]
    assert found == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Beyond that, he used the speech to try to refute gloomy assessments.", "gloomy"),
        ("She tries to dismiss the report as a smear.", "the report"),
        ("They are trying to reject the claim that it failed.", "the claim"),
        ("He has tried to dispute the figure.", "the figure"),
    ],
)
def test_a_denial_tried_is_a_denial(text: str, content: str) -> None:
    """ "try to" is a "to" auxiliary like "tried to": the denial was made, or attempted."""
    found = denied(text)
    assert len(found) == 1, find_claims(text)
    assert found[0].text.startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "He did not try to deny the report.",
        "He didn't have to reject the claim.",
        "He never tried to dispute the figure.",
        "He refused to deny the report.",
    ],
)
def test_a_negated_to_auxiliary_denies_nothing(text: str) -> None:
    """A negation before the "to" auxiliary says no denial was made or tried."""
    assert denied(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The allegations, which she denies, date from 2015.", "The allegations", "she"),
        ("He is accused of fraud, which he denies.", "fraud", "he"),
        (
            "Doherty faced blackmail and robbery charges in court, which he denies.",
            "robbery charges",
            "he",
        ),
        ("He faces charges he denies.", "charges", "he"),
        ("He is on trial on charges he has repeatedly denied.", "charges", "he"),
        ("She repeated the new allegations they have rejected.", "the new allegations", "they"),
        ("Huawei, which denies the allegations, said it would appeal.", "the allegations", None),
        # a name or a determined noun as the zero relative's subject
        ("It is a charge Ms. Alvarez denies.", "a charge", "Ms. Alvarez"),
        ("The audit makes claims the company disputes.", "claims", "the company"),
        ("He faces allegations Senator Brooks has rejected.", "allegations", "Senator Brooks"),
    ],
)
def test_a_relative_clause_denies_the_noun_it_hangs_on(
    text: str, content: str, source: str | None
) -> None:
    """ "X, which she denies," and "charges he denies": with no object, the noun is denied."""
    found = denied(text)
    assert [c.text for c in found] == [content], find_claims(text)
    if source is not None:
        assert found[0].source_text == source


@pytest.mark.parametrize(
    "text",
    [
        "He met the man he dismissed.",
        "They sold the house he rejected.",
        "He met the man Smith dismissed.",
        "They sold the house the bank rejected.",
    ],
)
def test_a_zero_relative_on_a_thing_or_a_person_denies_nothing(text: str) -> None:
    """Without "that" only a claim noun opens the relative: a person fired, a thing refused."""
    assert denied(text) == []


def test_a_denial_before_a_participle_keeps_its_cue() -> None:
    """ "Trump denied, saying ...": no relative clause, so the denial cue stays."""
    text = "Trump denied, saying it was false."
    assert [cue_of(text, c) for c in denied(text)] == ["denied"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The claims were dismissed as fake news by the ministry.", "the ministry"),
        ("The claims were dismissed as fake news.", None),
        ("The report was rejected as baseless by the army.", "the army"),
    ],
)
def test_a_passive_labeled_as_false_denies_its_subject(text: str, source: str | None) -> None:
    """ "X was dismissed as fake news by Y": X is denied (by Y), not the word "as"."""
    found = denied(text)
    assert [c.text for c in found] == [text.split(" were ")[0].split(" was ")[0]], find_claims(text)
    assert found[0].source_text == source


def test_a_passive_refusal_before_by_is_still_no_denial() -> None:
    """Only "as ..." may stand between the participle and "by": "denied bail by" withholds."""
    assert denied("He was denied bail by the judge.") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Russia Denies Hacking Claims", "Hacking Claims"),
        ("Trump Rejects Report Of Secret Talks", "Report Of Secret Talks"),
        ("Kremlin Dismisses Allegations", "Allegations"),
        ("Study Refutes Claims Of Fraud", "Claims Of Fraud"),
    ],
)
def test_a_title_case_headline_denies_its_claim_noun(text: str, content: str) -> None:
    """In Title Case a claim noun looks like a name; it is still a claim, not a person."""
    assert [c.text for c in denied(text)] == [content], find_claims(text)


@pytest.mark.parametrize(
    "text",
    ["Voters reject Donald J. Trump.", "Cruz Rejects Trump Attacks", "Dismisses were rare."],
)
def test_a_title_case_person_or_thing_is_still_refused(text: str) -> None:
    """A name with no claim noun in it stays a person rejected (a vote), not a denial."""
    assert denied(text) == []
