"""Denial cues: what a denial verb's object makes of it, and the denial families.

A denial verb denies a claim only when its object is a proposition or a claim
("denied meddling", "rejected the accusation"); with people or a thing withheld
as its object it refuses or votes ("denied bail", "denying poor folks health
care", "reject Donald J. Trump, the nominee"). Each construction is tested on
its forms and on the neighbours that must stay denials.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.constructions import refused_object
from provenance.lexicon.cues import cue_lexicon


def denials(text: str) -> list[str]:
    """The contents of the denied claims of ``text``."""
    return [c.text for c in find_claims(text) if c.status is ClaimStatus.DENIED]


@pytest.mark.parametrize(
    "text",
    [
        "Instead of denying poor folks health care, the governor expanded Medicaid.",
        "The senators denied Merrick Garland, the president's nominee, a hearing.",
        "She is confident she can deny insurgent Bernie Sanders the nomination.",
        "The political class has denied everyday Americans a real voice.",
        "Kennedy denied Carter a final-night photograph of unity.",
        "The friend of the shooter was denied bail.",
        "Huckabee called for denying entry to travelers from those countries.",
        "The lawsuit seeks to overturn the party's denial of access to the files.",
        "Early polls show voters in the area resoundingly rejecting Mr. Trump: a poll found.",
        "He urged them to elect Mrs. Clinton and reject Donald J. Trump, the nominee.",
        "If the plan rejected single mothers, black families would suffer.",
        "The left, in its science-rejecting hysteria, opposes fracking.",
        "She criticized the now-denied Keystone XL pipeline.",
        "There's no denying he has had quite a run.",
        "No one has disputed a word I said.",
        "The two countries were reaching closure on many disputes that had divided them.",
    ],
)
def test_refusals_votes_and_negations_deny_no_claim(text: str) -> None:
    """People or a thing withheld as the object, a hyphenated adjective or a negative
    subject: the denial verb denies no claim."""
    assert denials(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Moscow has repeatedly denied meddling in the election.", "meddling"),
        ("The Kremlin denied the allegations.", "the allegations"),
        ("Trump denied Russia was involved in the hack.", "Russia was involved"),
        ("He denied making a deal with the Saudis.", "making a deal"),
        ("The company denied reports of a deal.", "reports of a deal"),
        ("The minister rejected the notion that talks had failed.", "talks had failed"),
        ("A judge rejected a request from Democrats to extend voting.", "a request"),
        ("Trump dismissed Wisconsin Gov. Scott Walker as an ineffective leader.", "Walker"),
        ("Liberals dismissed him as a Hollywood actor.", "him"),
        ("Mr. Obama dismissed the criticism as the voice of a client.", "the criticism"),
        ("She denied any wrongdoing in the sale.", "any wrongdoing"),
        ("He has always denied the charge.", "the charge"),
        ("Officials said no one was hurt and denied the attack took place.", "the attack"),
    ],
)
def test_denials_of_claims_stay_denials(text: str, content: str) -> None:
    """A clause, a claim noun, a deed, a request or people labeled "as": still a denial."""
    assert any(content in d for d in denials(text)), find_claims(text)


_LEX = cue_lexicon("en")


@given(
    verb=st.sampled_from(["denied", "rejected", "disputed", "dismissed"]),
    withheld=st.sampled_from(sorted(_LEX.withheld_objects)),
    det=st.sampled_from(["", "the ", "a "]),
)
def test_every_withheld_object_is_refused(verb: str, withheld: str, det: str) -> None:
    """Every thing the lexicon says a denial verb withholds reads as a refusal."""
    text = f"The court {verb} {det}{withheld} to the applicants."
    assert refused_object(text, text.index(verb) + len(verb), _LEX)


@given(
    verb=st.sampled_from(["denied", "rejected", "disputed", "dismissed"]),
    withheld=st.sampled_from(sorted(_LEX.withheld_objects)),
    aux=st.sampled_from(sorted(_LEX.zero_that_verbs)),
)
def test_a_withheld_head_before_an_auxiliary_is_a_clause_subject(
    verb: str, withheld: str, aux: str
) -> None:
    """ "denied security services were involved": the noun opens a zero-"that" clause."""
    text = f"The minister {verb} security {withheld} {aux} involved."
    assert not refused_object(text, text.index(verb) + len(verb), _LEX)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lord Roberts denied security services were involved.",
            "security services were involved",
        ),
        ("The ministry denied aid had been diverted to the army.", "aid had been diverted"),
        ("He dismissed efforts had been made to oust him.", "efforts had been made"),
    ],
)
def test_a_clause_after_a_withheld_head_is_denied(text: str, content: str) -> None:
    """A thing-withheld or discarded head followed by an auxiliary is the clause's subject."""
    assert any(content in d for d in denials(text)), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lord Roberts denied security services to the applicants.",
        "The court denied bail, and the trial went ahead.",
        "The judge denied bail to the defendant.",
        # a noun cue's object: the auxiliary is the outer clause's
        "It is possible that rejection of the establishment will be the end of the story.",
        "The denial of access was upheld on appeal.",
    ],
)
def test_a_withheld_head_without_an_auxiliary_stays_a_refusal(text: str) -> None:
    """No auxiliary right after a verb's object: still a thing withheld or discarded."""
    assert denials(text) == []


@given(
    verb=st.sampled_from(["denied", "rejected", "disputed", "dismissed"]),
    head=st.sampled_from(sorted(set(_LEX.claim_heads) - {"it", "this", "that"})),
)
def test_claim_heads_are_never_refused(verb: str, head: str) -> None:
    """A claim noun as the object ("denied the allegations") is always a denied claim."""
    text = f"The ministry {verb} the {head} about the strike."
    assert not refused_object(text, text.index(verb) + len(verb), _LEX)


@pytest.mark.parametrize(
    ("text", "cue", "content", "source"),
    [
        (
            "A spokesman said there was no truth to the reports.",
            "there was no truth to",
            "the reports",
            "A spokesman",
        ),
        (
            "Peskov said there is no truth in the allegations.",
            "there is no truth in",
            "the allegations",
            "Peskov",
        ),
    ],
)
def test_denial_phrases_deny_the_claim_after_them(
    text: str, cue: str, content: str, source: str | None
) -> None:
    """A phrasal denial denies the claim that follows, said by its subject."""
    found = [c for c in find_claims(text) if c.cue == cue]
    assert len(found) == 1, find_claims(text)
    assert found[0].status is ClaimStatus.DENIED
    assert found[0].text == content
    if source is not None:
        assert found[0].source_text == source


@pytest.mark.parametrize(
    "text",
    [
        "Kendall rebuffed several requests for interviews.",
        "London's mayor rebuffs Trump on his exception to the ban.",
        "The compromise was rebuffed by Republicans.",
        "He did not push back on the report.",
        "The team brushed off the loss and won the next game.",
        "She shrugged off her coat.",
        "The crowd waved off the ship as it left.",
    ],
)
def test_denial_phrases_without_a_claim_deny_nothing(text: str) -> None:
    """A request, a person, a thing or a negated phrase: no denied claim."""
    assert denials(text) == []


def test_evaluated_claim_starts_at_its_own_determiner() -> None:
    """In "X said the allegations were false" the allegations are evaluated, not X's words."""
    found = [c for c in find_claims("The spokesman said the allegations were false.") if c.cue]
    assert ("were false", "the allegations") in [(c.cue, c.text) for c in found]


def test_a_refusal_is_no_claim_a_later_denial_could_answer() -> None:
    """ "by denying him care" reports no claim: "denies the allegation" answers the charge."""
    import provenance
    from provenance.enums import Format
    from provenance.ingest.document import Document

    text = (
        "Supporters of the lawyer say the state killed him by denying him medical care "
        "in prison. The Kremlin denies the allegation."
    )
    assert not any(c.cue == "denying" for c in find_claims(text))
    doc = Document(
        path="t", format=Format.TEXT, headline="t", body=text, sha256="0" * 64, agency="Reuters"
    )
    result = provenance.check([doc], engine="pandas")
    claims = result.tables.claims.set_index("claim_id")["text"]
    found = result.findings[result.findings["rule"] == "claim.denial_contradicts"]
    assert [claims[c] for c in found["related_claim_id"]] == [
        "the state killed him by denying him medical care in prison"
    ]


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        # a clause reported by "said" opens with the denial's own subject
        ("Officials said the company denies any wrongdoing.", "denies", "the company"),
        ("The lawyer said her client denied the charges.", "denied", "her client"),
        ("Mantooth says Mars denied any such agreement.", "denied", "Mars"),
        # neighbours: a coordinated verb and a participle keep the main subject
        ("Officials said it was a mistake, and denied any wrongdoing.", "denied", "Officials"),
        (
            "Mr Brown also dismissed the figures insisting that families are better off.",
            "insisting",
            "Mr Brown",
        ),
    ],
)
def test_a_denial_inside_a_reported_clause_has_its_own_subject(
    text: str, cue: str, source: str
) -> None:
    """ "X said [Y denies Z]": Y denies, X only reports it."""
    found = [c.source_text for c in find_claims(text) if c.cue and c.cue.endswith(cue)]
    assert found == [source], find_claims(text)


def test_an_object_cue_lends_no_subject_to_a_claim_in_its_object() -> None:
    """ "defended his posters amid Tory claims ...": the object is no clause with a subject."""
    text = "Milburn defended his party's posters amid Tory claims the ads were sly."
    sources = [c.source_text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert sources
    assert all(s is None or "posters" not in s for s in sources)


@pytest.mark.parametrize(
    "adverb", ["strenuously", "forcefully", "unequivocally", "hotly", "roundly", "summarily"]
)
def test_a_manner_adverb_keeps_the_denial_source(adverb: str) -> None:
    """ "The firm has strenuously denied the allegations": the firm denies them."""
    text = f"The firm has {adverb} denied the allegations."
    found = [(c.source_text, c.text) for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert found == [("The firm", "the allegations")], find_claims(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Trump wrongly claimed that millions voted illegally.", "Trump"),
        ("Moyes has defiantly claimed that he expects Gravesen to stay.", "Moyes"),
        # a noun in -ly is no adverb: it heads the source
        ("The family insisted that the boy was innocent.", "The family"),
        ("His ally claimed that the vote was rigged.", "His ally"),
    ],
)
def test_a_manner_adverb_keeps_the_hedge_source(text: str, source: str) -> None:
    """The adverb stands between the source and the hedge verb; an -ly noun is the source."""
    found = [c.source_text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert found == [source], find_claims(text)
