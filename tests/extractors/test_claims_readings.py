"""Cue verbs whose content is not what follows them (provenance.extractors.claims.readings).

Each construction of English is tested with the neighbours that must keep their claim: a
report in a comparison ("as wealthy as he claims to be") against "as Sanders claims to
desire"; a denial with its object before it ("would reject if") against "dismissed the
report as a hoax"; a prize taken ("to claim the nomination") against the announced win
("officially claimed the nomination"); an attributive "and alleged peccadilloes" against
the verb "and alleged that".
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.readings import attributive_form, compared_report
from provenance.lexicon.cues import cue_lexicon


def cues(text: str, status: ClaimStatus) -> list[str]:
    """The cue words of every claim of ``text`` with ``status``."""
    return [c.cue or "" for c in find_claims(text) if c.status is status]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Loopholes enable someone as wealthy as Mr. Trump claims to be to pay little tax.",
            "claims",
        ),
        ("Maybe he is not as charitable as he claims to be.", "claims"),
        ("He is not as rich as he says he is.", "says"),
        ("The crowd was far larger than he claimed it was.", "claimed"),
        ("The plan is more popular than its critics insist it is.", "insist"),
    ],
)
def test_a_report_in_a_comparison_gives_no_claim(text: str, cue: str) -> None:
    """The second term of a comparison leaves the report's content out."""
    assert not any(cue in c for c in cues(text, ClaimStatus.HEDGED)), find_claims(text)
    assert not any(cue in c for c in cues(text, ClaimStatus.ASSERTED)), find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "If there were no superdelegates - as Sanders claims to desire - Clinton would"
            " have won.",
            "claims",
        ),
        ("As Sanders claims, the race is not over.", "claims"),
        ("Trump claimed that he was richer than anyone.", "claimed"),
    ],
)
def test_a_report_outside_a_comparison_keeps_its_hedge(text: str, cue: str) -> None:
    """A lone "as" or a comparison inside the content is no comparison around the report."""
    assert any(cue in c for c in cues(text, ClaimStatus.HEDGED)), find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue", "compared"),
    [
        ("someone as wealthy as Mr. Trump claims to be", "claims", True),
        ("a crowd bigger than he said", "said", True),
        ("a plan more popular than its critics say", "say", True),
        ("As soon as he said it, they left.", "said", False),
        ("as long as he says so", "says", False),
        ("Sanders rather than Clinton claimed it", "claimed", False),
        ("He lost, as Sanders claims", "claims", False),
        ("More than half of voters say he lied.", "say", False),
        ("Fewer than ten officials said so.", "said", False),
    ],
)
def test_compared_report(text: str, cue: str, compared: bool) -> None:
    """Equatives and comparatives, not the conjunctions "as soon as", "rather than"."""
    assert compared_report(text, text.index(cue), cue_lexicon("en")) is compared


@pytest.mark.parametrize(
    "text",
    [
        "It is a tax that voters would reject if they only understood it.",
        "It is a plan voters would reject because it costs too much.",
        "The angry working class -- dismissed so often as myopic -- voted for him.",
        "The candidates, dismissed as long shots, won anyway.",
    ],
)
def test_a_denial_with_its_object_before_it_denies_nothing_after_it(text: str) -> None:
    """A subordinator, or "as" after a subjectless participle, right after the verb."""
    assert cues(text, ClaimStatus.DENIED) == [], find_claims(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He dismissed the report as a hoax.", "the report"),
        ("He dismissed as nonsense reports that he had resigned.", "nonsense reports"),
        ("The report was dismissed as a hoax by the Kremlin.", "The report"),
        ("The claims, dismissed as propaganda by Kyiv, spread online.", "The claims"),
        ("Officials denied that the talks had failed.", "the talks had failed"),
    ],
)
def test_a_denial_with_its_object_keeps_it(text: str, content: str) -> None:
    """An object after the verb, a "by" agent, or a source before "dismissed as"."""
    denied = [c.text for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert any(content in t for t in denied), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clinton needs 67 more delegates to claim the nomination.",
        "The plan to stop Trump from claiming the Republican nomination is a Hail Mary.",
        "The effort may result in Kasich claiming the nomination.",
    ],
)
def test_a_prize_taken_is_no_hedge(text: str) -> None:
    """A hedge verb's base or -ing form before "nomination" wins it; it claims nothing."""
    assert cues(text, ClaimStatus.HEDGED) == [], find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mr. Trump officially claimed the nomination on Tuesday.", "claimed"),
        ("Rubio has been boldly claiming that the nomination is his to lose.", "claiming"),
        ("Sanders claimed a moral victory in Iowa.", "claimed"),
        ("Kasich's campaign is already claiming victory in South Carolina.", "claiming"),
    ],
)
def test_an_announced_win_stays_a_hedge(text: str, cue: str) -> None:
    """A finite form announces the win, a clause after the form is a claim, victory no prize."""
    assert any(cue in c for c in cues(text, ClaimStatus.HEDGED)), find_claims(text)


def test_alleged_after_a_coordinator_before_a_noun_is_attributive() -> None:
    """ "and alleged peccadilloes" is "the alleged peccadilloes": flagged, no hedge of Trump's."""
    text = "Trump warned Clinton about the affairs and alleged peccadilloes."
    claims = find_claims(text)
    assert cues(text, ClaimStatus.HEDGED) == [], claims
    alleged = [c for c in claims if c.cue == "alleged"]
    assert alleged, claims
    assert all(c.source_text is None for c in alleged), claims


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Trump warned Clinton and alleged that she lied.", "she lied"),
        ("He denied the charge and alleged a conspiracy by his rivals.", "a conspiracy"),
    ],
)
def test_alleged_after_a_coordinator_stays_a_verb(text: str, content: str) -> None:
    """Before "that" or a determiner the coordinated form is the subject's second verb."""
    hedged = [c.text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert any(content in t for t in hedged), find_claims(text)


@pytest.mark.parametrize(
    ("text", "form", "attributive"),
    [
        ("affairs and alleged peccadilloes", "alleged", True),
        ("bribes and alleged fraud", "alleged", True),
        ("and alleged that she lied", "alleged", False),
        ("and alleged a plot", "alleged", False),
        ("and alleged in a lawsuit that", "alleged", False),
        ("and claimed victory", "claimed", False),
    ],
)
def test_attributive_form(text: str, form: str, attributive: bool) -> None:
    """Only adjective cue forms, and only before a bare lower-case word."""
    end = text.index(form) + len(form)
    assert attributive_form(text, form, end, cue_lexicon("en")) is attributive


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Mr De Vido insisted that the annual investment in water infrastructure was at the"
            " centre of the dispute.",
            ClaimStatus.HEDGED,
        ),
        ("He insisted that the settlement of the case was fair.", ClaimStatus.HEDGED),
        (
            "The leader had insisted that his legal work with Tods Murray did not influence"
            " the causes he supports.",
            ClaimStatus.HEDGED,
        ),
        (
            "She insisted that the boy go to school because the law was clear.",
            ClaimStatus.ASSERTED,
        ),
        ("She insisted that the first lady go to the hospital.", ClaimStatus.ASSERTED),
        ("He insists that the minister resign at once.", ClaimStatus.ASSERTED),
    ],
)
def test_a_noun_ending_goes_on_naming_the_subject_of_insist_that(
    text: str, status: ClaimStatus
) -> None:
    """ "the annual investment in", "his legal work with X did": a subject, not a demand."""
    insisted = [c for c in find_claims(text) if c.cue and "insist" in c.cue]
    assert insisted, find_claims(text)
    assert insisted[0].status is status


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Members of the Islamic State used technology to claim credit for the attacks.",
            "credit for the attacks",
        ),
        ("The result was enough for him to claim a moral victory.", "a moral victory"),
        ("Sanders claimed momentum and argued he is stronger.", "momentum"),
        ("Not everyone was claiming success at the convention.", "success"),
    ],
)
def test_a_claimed_fact_after_to_is_a_hedge(text: str, content: str) -> None:
    """Credit, victory, momentum and success claimed are facts no one has checked."""
    hedged = [c.text for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert any(content in t for t in hedged), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "She is expected to move swiftly to claim an early advantage against Trump.",
        "Clinton needs 67 delegates to claim the nomination.",
        "She declined to claim outright victory on Monday.",
        "He went to the office to claim his lost luggage.",
    ],
)
def test_a_bare_to_claim_without_a_claimed_fact_is_no_hedge(text: str) -> None:
    """After a bare "to" (or a negating "declined to") no claim is made."""
    assert cues(text, ClaimStatus.HEDGED) == [], find_claims(text)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Arsene Wenger claimed their display in the 3-1 defeat against Bayern Munich was"
            " our worst performance.",
            ClaimStatus.HEDGED,
        ),
        ("Sanders claimed the lives of the poor in the cities were at risk.", ClaimStatus.HEDGED),
        ("He claimed his seventh title in the final at Wimbledon on Sunday.", ClaimStatus.ASSERTED),
        ("Republicans claimed their seats in the Senate that were at stake.", ClaimStatus.ASSERTED),
        (
            "The company claimed residency in Ireland. It is easy to be cynical about it.",
            ClaimStatus.ASSERTED,
        ),
    ],
)
def test_a_possessive_object_running_on_to_a_finite_verb_is_a_clause(
    text: str, status: ClaimStatus
) -> None:
    """The subject of a zero-"that" clause may run on through prepositional phrases."""
    claimed = [c for c in find_claims(text) if c.cue and "claimed" in c.cue]
    assert claimed, find_claims(text)
    assert claimed[0].status is status


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ('But this argument was dismissed as "ridiculous" by Justice David Souter.', "Souter"),
        ("The report was dismissed as “a hoax” by the Kremlin.", "Kremlin"),
        ("The report was dismissed as a hoax by the Kremlin.", "Kremlin"),
    ],
)
def test_a_quoted_label_before_the_agent_of_a_passive_denial(text: str, agent: str) -> None:
    """ "was dismissed as “ridiculous” by X": X denies the subject, quoted label or not."""
    denied = [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert any(agent in (c.source_text or "") for c in denied), find_claims(text)
