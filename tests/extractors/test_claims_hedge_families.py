"""Hedge families read from the lexicon: nominal "claim of/about", and the forms that are no claim.

Each case is a construction of English news usage, with the neighbours that must not
match: "the claims of [some candidates]" names a claimant, "have claims in the area"
is property, "claiming 41 percent of the vote" takes a number, "insisted on paying"
is a demand.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.hedge_constructions import claimant_of, noun_reading
from provenance.lexicon.cues import cue_lexicon


def hedges(text: str) -> list[tuple[str, str]]:
    """(cue, content) of every hedged claim of ``text``."""
    return [(c.cue or "", c.text) for c in find_claims(text) if c.status is ClaimStatus.HEDGED]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Peacekeepers were accused of hurting civilians, with claims of sexual abuse in the"
            " Central African Republic.",
            "claims",
            "sexual abuse",
        ),
        (
            "It is difficult to assess North Korea's claims about the potency of its test.",
            "claims",
            "the potency of its test",
        ),
        (
            "The delegates cheered his claim of Clinton's super-qualifications.",
            "claim",
            "Clinton's super-qualifications",
        ),
        ("He claimed 90 percent of the e-mails were kept.", "claimed", "90 percent"),
        ("He insisted on Monday that he was innocent.", "insisted", "he was innocent"),
        ("She insisted on Twitter that the vote was rigged.", "insisted", "the vote was rigged"),
        ("Mr. Trump's claim that Obama founded ISIS was false.", "claim", "Obama founded ISIS"),
    ],
)
def test_hedge_forms_are_read(text: str, cue: str, content: str) -> None:
    """Nominal hedges with "of"/"about", numbers opening a clause, "insisted on <day> that"."""
    found = hedges(text)
    assert any(cue in c and content in t for c, t in found), found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Obama says that, contrary to the claims of some GOP candidates, he is not.", "claims"),
        ("There is skepticism about the claims of the North Korean regime.", "claims"),
        ("Vietnam, Brunei and Taiwan have claims in the area, and tensions rise.", "claims"),
        ("Tenney won the primary, claiming 41 percent of the vote to Wells' 33 percent.", "claim"),
        ("When he was elected, he insisted on paying his hotel bill himself.", "insisted"),
        ("Democrats in Congress have insisted on acting now.", "insisted"),
        (
            "A judge may balk because of Pagliano's Fifth Amendment claims, and Congress waits.",
            "claims",
        ),
        ("Clinton's claim on this is a tax proposal that gives firms incentives.", "claim"),
    ],
)
def test_neighbours_are_no_hedge(text: str, word: str) -> None:
    """A claimant after "the claims of", property, a number taken, a demand, a noun."""
    assert not [h for h in hedges(text) if word in h[0]], hedges(text)


def test_claimant_of_reads_the_determiner() -> None:
    """Only a definite article before the noun makes "of" name the claimant."""
    lex = cue_lexicon("en")
    for text, expected in [
        ("the claims of some candidates", True),
        ("those allegations of the rivals", True),
        ("the allegations of harassment", False),
        ("amid claims of fraud", False),
        ("North Korea's claims of success", False),
        ("the claims that he lied", False),
    ]:
        noun = text.split()[1]
        assert claimant_of(text, text.index(noun), text.split()[2], lex) is expected, text


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        ("Taiwan have claims in the area.", "have claims", True),
        ("Taiwan has claimed the area.", "has claimed", False),
        ("Clinton's claim on this is weak.", "claim", True),
        ("Clinton's claim that it works is weak.", "claim", False),
        ("because of Pagliano's Fifth Amendment claims, they wait.", "claims", True),
        ("Pagliano's lawyer claims he is ill.", "claims", False),
        ("He claims it works.", "claims", False),
    ],
)
def test_noun_reading(text: str, cue: str, expected: bool) -> None:
    """An auxiliary before an "-s" form, or a possessive before a bare noun, makes a noun."""
    start = text.index(cue)
    assert noun_reading(text, start, start + len(cue), cue_lexicon("en")) is expected


@given(
    st.sampled_from(["have", "has", "had", "will", "could"]),
    st.sampled_from(["claims", "alleges", "asserts", "insists", "purports"]),
)
def test_auxiliary_never_takes_an_s_form(aux: str, form: str) -> None:
    """No auxiliary is followed by a third-person verb form: it is always read as a noun."""
    text = f"The rivals {aux} {form} in the area."
    start = text.index(aux)
    assert noun_reading(text, start, start + len(aux) + 1 + len(form), cue_lexicon("en"))


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Sanders has not said much, and he insisted at an Indiana rally Wednesday that he"
            " is still in the race.",
            "insisted",
            "he is still in the race",
        ),
        (
            "Trump asserted that France had lost its identity: “France is no longer France,”"
            " he claimed.",
            "claimed",
            "France is no longer France",
        ),
        (
            "De Blasio also repeated his claim that “profit-making” was the motive.",
            "claim",
            "“profit-making” was the motive",
        ),
        (
            'Trump\'s recent evidence-free assertion that "thousands" celebrated was false.',
            "assertion",
            '"thousands" celebrated',
        ),
        (
            "Cosby is under attack by dozens of women who claim he assaulted them.",
            "claim",
            "he assaulted them",
        ),
        (
            "There was no immediate assertion of responsibility for the bloodshed.",
            "assertion",
            "responsibility",
        ),
        (
            "The bombshell was an allegation from his first wife, Ivana Trump, that Mr. Trump had"
            " raped her.",
            "allegation",
            "Mr. Trump had raped her",
        ),
        (
            "Residents repeated claims that armed men attacked the village.",
            "claims",
            "armed men attacked",
        ),
        (
            "Trump's beef was with Megyn Kelly, who he claims has been unfair to him.",
            "claims",
            "has been unfair to him",
        ),
        (
            "Christie's speech, which Will claims affirmed the belief, was praised.",
            "claims",
            "affirmed the belief",
        ),
        (
            "Trump, later alleging - again falsely - that Obama wanted 250,000 Syrians, spoke.",
            "later alleging",
            "Obama wanted 250,000 Syrians",
        ),
    ],
)
def test_clause_forms_of_hedges(text: str, cue: str, content: str) -> None:
    """An adjunct before "that", a hedge verb after its quoted content, a content opening
    with a quotation (after a noun cue) or a subject pronoun (after a verb), "assertion
    of", an apposition closing a noun cue's claimant, "that" before an adjective, and a
    relative standing for the content's subject ("who he claims has been unfair")."""
    found = hedges(text)
    assert any(c == cue and content in t for c, t in found), found


def test_adjunct_holding_a_relative_clause_is_no_content() -> None:
    """ "in a statement that was released": "that" opens a relative clause, not a content."""
    from provenance.extractors.claims.hedge_constructions import adjunct_that

    lex = cue_lexicon("en")
    text = "he insisted in a statement that was released"
    assert adjunct_that(text, text.index(" in a"), len(text), lex) is None
    text = "he insisted in a statement that he was right"
    assert adjunct_that(text, text.index(" in a"), len(text), lex) == text.index("he was")


def test_postposed_content_needs_a_comma() -> None:
    """Without a comma before the subject there is no content before the verb."""
    from provenance.extractors.claims.hedge_constructions import postposed_content

    text = "There is no chance officials insist"
    assert postposed_content(text, 0, text.index("officials")) is None


@pytest.mark.parametrize(
    "text",
    [
        "Republicans claim his seat in the fall.",
        "The claims there were paid in full.",
        "The rebels claim them as their own territory.",
    ],
)
def test_no_pronoun_clause_after_an_object(text: str) -> None:
    """A possessive or object pronoun after "claim" opens no clause; "claims there" is a place."""
    assert not hedges(text), hedges(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "“There’s no doubt that these folks think that and claim that they’re speaking for"
            " Islam,” Obama said.",
            ClaimStatus.ASSERTED,
        ),
        (
            "“The allegations of harassment against Conyers are serious,” she said.",
            ClaimStatus.HEDGED,
        ),
    ],
)
def test_quoted_hedge_verbs_are_the_speakers(text: str, status: ClaimStatus) -> None:
    """A hedge verb inside a quotation is the speaker's; an unambiguous noun charge stays."""
    cued = [c for c in find_claims(text) if c.cue and c.cue.lower() in {"claim", "allegations"}]
    assert cued
    assert all(c.status is status for c in cued), cued


def test_continued_to_assert_is_a_hedge() -> None:
    """A hedge's base form after a "to" auxiliary that says the act was done."""
    text = (
        "In an interview - conducted last Wednesday - Lewandowski continued to assert that he"
        " never made contact with Fields."
    )
    assert any("assert" in c and "never made contact" in t for c, t in hedges(text)), hedges(text)


def test_purport_is_a_flagged_charge_not_a_hedge() -> None:
    """ "a movie that purports to present": a thing presents itself, no speaker claims; flagged."""
    import pandas as pd

    from provenance.rules.claims import is_charge

    text = "It is the most fateful moment in a movie that purports to present an accurate account."
    cued = [c for c in find_claims(text) if c.cue and "purport" in c.cue]
    assert cued
    assert all(c.status is ClaimStatus.ASSERTED for c in cued)
    claims = pd.DataFrame({"status": [c.status.value for c in cued], "cue": [c.cue for c in cued]})
    assert is_charge(claims, pd.Series(["organization"] * len(cued))).all()


@pytest.mark.parametrize(
    "text",
    [
        "It was a claim that originated in a deposition she gave during the divorce.",
        "Longtime Clinton foe files wrongful death claim for clients.",
        "China's territorial claims about the islands are disputed.",
        "The company faces injury claims of former workers.",
    ],
)
def test_relative_that_and_rights_claimed_are_no_hedge(text: str) -> None:
    """ "that" + past form + preposition is relative; "claim for clients", "injury claims
    of" and "territorial claims about" are rights claimed, no claim of fact."""
    assert not hedges(text), hedges(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "She insisted that the first lady go to Bethesda for an ultrasound.",
            ClaimStatus.ASSERTED,
        ),
        ("He insisted that he resign.", ClaimStatus.ASSERTED),
        ("She insisted that the talks be held in public.", ClaimStatus.ASSERTED),
        ("He insisted that Israel withdraw from the territory.", ClaimStatus.ASSERTED),
        ("He insisted that the senators go home.", ClaimStatus.HEDGED),
        ("He insisted that the first lady knew nothing.", ClaimStatus.HEDGED),
        ("He insisted that the report was false.", ClaimStatus.HEDGED),
        ("He insisted that the plan works.", ClaimStatus.HEDGED),
        ("Trump insisted that Obama founded ISIS.", ClaimStatus.HEDGED),
        (
            "Romney suddenly insist that the GOP front-runner isn’t a Republican.",
            ClaimStatus.HEDGED,
        ),
    ],
)
def test_mandative_insist_is_a_demand(text: str, status: ClaimStatus) -> None:
    """A singular subject with a bare verb after "insist that" demands; a finite verb claims."""
    cued = [c for c in find_claims(text) if c.cue and "insist" in c.cue]
    assert cued
    assert cued[0].status is status


@pytest.mark.parametrize(
    ("text", "cue", "status"),
    [
        (
            "But Sanders argued insistently that he would be a better general-election candidate.",
            "argued",
            ClaimStatus.HEDGED,
        ),
        ("Sanders insistently argued that he would win.", "insistently argued", ClaimStatus.HEDGED),
        (
            "The aide said insistently that the emails were never classified.",
            "said",
            ClaimStatus.HEDGED,
        ),
        # neighbours: no insisting adverb, a negated cue, a demand, a question
        ("Sanders argued that he would win.", "argued", ClaimStatus.ASSERTED),
        ("Sanders argued forcefully that he would win.", "argued", ClaimStatus.ASSERTED),
        (
            "Sanders did not argue insistently that he would win.",
            "did not argue",
            ClaimStatus.ASSERTED,
        ),
        ("She argued insistently that he resign at once.", "argued", ClaimStatus.ASSERTED),
        ("He asked insistently whether the vote was rigged.", "asked", ClaimStatus.ASSERTED),
    ],
)
def test_a_cue_said_insistently_is_a_hedge(text: str, cue: str, status: ClaimStatus) -> None:
    """ "argued insistently that X" reports what "insisted that X" does: a hedge."""
    cued = [c for c in find_claims(text) if c.cue == cue]
    assert cued
    assert cued[0].status is status


def test_an_insisting_adverb_outside_a_cue_makes_no_claim() -> None:
    """ "was trying insistently to ask" and "knocked insistently" report no claim of fact."""
    text = (
        "The anchor was trying insistently to ask a question. He knocked insistently on the door."
    )
    assert not hedges(text)


@given(
    st.sampled_from(["went", "knew", "said", "was", "had", "paid", "lied", "works", "is"]),
    st.sampled_from(["he", "the minister", "Clinton", "the first lady"]),
)
def test_a_finite_verb_is_never_mandative(verb: str, subject: str) -> None:
    """A past or "-s" form after the subject makes the clause indicative: a claim."""
    from provenance.extractors.claims.hedge_constructions import mandative

    assert not mandative(f" that {subject} {verb} to the hospital", cue_lexicon("en"))


def test_coordinated_hedge_verb_before_that() -> None:
    """ "called him driven and asserted that ...": a verb; "bribes and alleged fraud" is not."""
    text = (
        "Mr. Ubben called the chief ''incredibly driven'' and asserted that things were resolved."
    )
    assert any("asserted" in c and "things were resolved" in t for c, t in hedges(text))
    from provenance.extractors.claims.hedge_constructions import coordinated_verb

    lex = cue_lexicon("en")
    other = "the bribes and alleged fraud"
    assert not coordinated_verb(other, "and", other.index(" fraud"), lex)
    assert not coordinated_verb(text, "the", text.index(" that"), lex)


def test_a_verb_reading_before_of_becomes_the_noun() -> None:
    """ "Amid claims of fraud": no verb takes "of"; the content is the noun phrase, no source."""
    found = [c for c in find_claims("Amid claims of fraud, he resigned.") if c.cue == "claims"]
    assert [(c.status, c.text, c.source_text) for c in found] == [
        (ClaimStatus.HEDGED, "fraud", None)
    ]
    insurance = find_claims("Insurance claims of policyholders rose sharply.")
    assert not [c for c in insurance if c.status is ClaimStatus.HEDGED]


@pytest.mark.parametrize(
    ("text", "content", "status"),
    [
        ("Moscow claimed 300 troops died.", "300 troops died", ClaimStatus.HEDGED),
        ("Kyiv claimed 53,000 Russian soldiers were killed.", "53,000", ClaimStatus.HEDGED),
        ("The party claimed 41 percent of the vote.", "41 percent", ClaimStatus.ASSERTED),
        (
            "The storm claimed 12 lives in fighting that started Monday.",
            "12 lives",
            ClaimStatus.ASSERTED,
        ),
    ],
)
def test_a_number_opening_a_clause_is_claimed_not_taken(
    text: str, content: str, status: ClaimStatus
) -> None:
    """ "claimed 300 troops died" is a hedge; "claimed 41 percent of the vote" takes a number."""
    claims = [c for c in find_claims(text) if c.text.startswith(content)]
    assert len(claims) == 1, find_claims(text)
    assert claims[0].status is status


@pytest.mark.parametrize(
    "text",
    [
        "It was claimed he had been embarrassed by the fact.",
        "Patent rights, it is claimed, protect inventors.",
        "The industry is distracting attention from the real issues, it has been claimed.",
    ],
)
def test_an_impersonal_passive_hedge_has_no_source(text: str) -> None:
    """ "It was claimed ...": hearsay with no one behind it, not a claim by "it"."""
    found = [c for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert found
    assert all(c.source_text is None for c in found), found


def test_an_active_hedge_keeps_its_pronoun_source() -> None:
    """ "It has claimed that ...": "it" is an organization that claims, not an expletive."""
    text = "The agency is under fire. It has claimed that the vote was rigged."
    found = [c.source_text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert found == ["It"]
