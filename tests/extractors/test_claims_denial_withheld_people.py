"""Denial lemmas that deny no claim: a person as the whole object, a quarrel, a chance.

"The goalkeeper denied Okafor with a late save", "voters rejected Harlan in the primary":
"deny" and "reject" with a person as their whole object (then an adjunct or a clause
stop) withhold something from that person or vote them down. "could help settle disputes
before they reach court", "contractual disputes that have delayed the works": "disputes"
is a noun after a verb that takes a quarrel and after an adjective of its kind.
"denying families choice", "were denied a clear penalty": a say or an award withheld.
The neighbours keep their denials: a clause after the person ("denied Russians in the
region were harassed"), a day ("denied Monday in a statement that ..."), a possessive, a
claim, "dispute" of a person (arguing with what they said).
"""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.constructions import person_object_forms, withheld_person
from provenance.lexicon.cues import cue_lexicon


def denied(text: str) -> list[str]:
    """The cue words of the denied claims of ``text``."""
    return [c.cue or "" for c in find_claims(text) if c.status is ClaimStatus.DENIED]


@pytest.mark.parametrize(
    "text",
    [
        "The goalkeeper denied Okafor with a late save.",
        "The keeper denied the young striker.",
        "The defender denied the same player again ten minutes later.",
        "Voters rejected Harlan in the primary.",
        "The appeals court denied Mr. Reyes on Tuesday.",
        "The committee rejected the candidates during the hearing.",
        "The council denied him for a second time.",
    ],
)
def test_a_person_as_the_whole_object_is_no_denial(text: str) -> None:
    """ "deny" or "reject" with a person, then an adjunct or a stop, gives no denial."""
    assert denied(text) == [], find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a clause after the person and its adjunct: the person is its subject
        ("The ministry denied Russians in the region were harassed.", "denied"),
        ("He denied Okafor had met the minister.", "denied"),
        # a day is no person: the content follows
        ("Peskov denied Tuesday in a call with reporters that troops had crossed.", "denied"),
        # a possessive, a claim
        ("Harlan rejected Okafor's account on Tuesday.", "rejected"),
        ("The firm denied the allegations in a statement.", "denied"),
        ("Moscow denied the reports on Tuesday.", "denied"),
        # "dispute" of a person argues with what the person said
        ("Lee disputed Okafor on the figures.", "disputed"),
        # "as" labels the person: still a dismissal
        ("Trump dismissed Harlan as an ineffective leader.", "dismissed"),
    ],
)
def test_neighbours_of_a_person_object_keep_their_denial(text: str, cue: str) -> None:
    """A clause, a day, a possessive, a claim, "dispute" or "as" keep the denial."""
    assert any(cue in c for c in denied(text)), find_claims(text)


def test_the_person_reading_belongs_to_deny_and_reject() -> None:
    """The lexicon's person_object_lemmas give the verb forms, not "dismiss" or "dispute"."""
    forms = person_object_forms("en")
    assert {"denied", "rejects", "denying"} <= forms
    assert not forms & {"dismissed", "disputed", "refuted"}


def test_withheld_person_reads_the_clause_after_the_adjunct() -> None:
    """An auxiliary or "that" before the next stop makes the person a clause's subject."""
    lex = cue_lexicon("en")
    assert withheld_person("denied Okafor with a late save.", 6, lex)
    assert not withheld_person("denied Okafor at any point had lied.", 6, lex)
    assert not withheld_person("denied Okafor in a statement that he lied.", 6, lex)
    assert not withheld_person("denied Okafor's report in May.", 6, lex)


@pytest.mark.parametrize(
    "text",
    [
        "She hoped mediation could help solve disputes before they reached court.",
        "A panel will settle disputes between members.",
        "The agency handles contractual disputes that have delayed the works.",
        "Commercial disputes over the port dragged on.",
    ],
)
def test_disputes_as_a_noun_is_no_denial(text: str) -> None:
    """ "disputes" after a verb that takes a quarrel or an adjective of its kind is a noun."""
    assert denied(text) == [], find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company disputes the figures.",
        "Israel disputes this.",
        "The union disputes that the plant is safe.",
    ],
)
def test_disputes_as_a_verb_stays_a_denial(text: str) -> None:
    """After a subject, "disputes" is still the verb of a denial."""
    assert any("disputes" in c for c in denied(text)), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The tax is undermining enterprise and denying families choice.",
        "Rovers were denied a clear penalty in the second half.",
        "The rules denied voters an opportunity to be heard.",
    ],
)
def test_a_say_or_an_award_withheld_is_no_denial(text: str) -> None:
    """A choice, an opportunity or a penalty withheld denies no claim."""
    assert denied(text) == [], find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister denied claims that voters were given no choice.",
        "The club denied that the referee had awarded a penalty.",
    ],
)
def test_a_claim_about_a_choice_or_a_penalty_stays_a_denial(text: str) -> None:
    """A claim whose words name a choice or a penalty is still denied."""
    assert any("denied" in c for c in denied(text)), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "These disputed waters are rich in fish.",
        "Troops patrol those disputed islands.",
        "Officials said every rejected bid was returned.",
        "He said these disputed ballots were counted again.",
        "The strike triggers an effort to resolve disputed issues before the deadline.",
        "Warships sailed towards disputed waters on Monday.",
    ],
)
def test_a_denial_participle_after_a_determiner_is_an_adjective(text: str) -> None:
    """After "these", "every", "resolve" or "towards", a denial participle is an adjective."""
    assert denied(text) == [], find_claims(text)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # "each" may be the subject
        ("Each denied the charges.", "denied"),
        # the determiner before the object, not before the verb
        ("Officials disputed those figures.", "disputed"),
        ("The firm denied these reports.", "denied"),
        # a passive after its subject
        ("These claims were disputed by the ministry.", "disputed"),
        # a verb of settling before "to" and the denial verb: still the verb
        ("The company resolved to dispute the findings.", "dispute"),
    ],
)
def test_a_determiner_elsewhere_keeps_the_denial(text: str, cue: str) -> None:
    """A subject "each", or "these" before the object or the passive's subject, still denies."""
    assert any(cue in c for c in denied(text)), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The union called it a gross denial of due process for retired staff.",
        "The firm will dismiss the workforce in May.",
    ],
)
def test_due_process_withheld_and_a_workforce_removed_are_no_denial(text: str) -> None:
    """A legal right withheld or a whole staff removed denies no claim."""
    assert denied(text) == [], find_claims(text)


def test_a_workforce_labelled_stays_a_dismissal() -> None:
    """ "as" after the workforce labels it: a dismissal of what is said of it."""
    assert any("dismissed" in c for c in denied("The firm dismissed the workforce as lazy."))


@pytest.mark.parametrize(
    "text",
    [
        "The bowler dismissed the openers before lunch.",
        "The club dismissed the striker before the final.",
        "The keeper denied Okafor before half-time.",
    ],
)
def test_a_person_then_before_is_no_denial(text: str) -> None:
    """ "before" ends a person object as "after" does: a removal or a thing withheld."""
    assert denied(text) == [], find_claims(text)


def test_a_claim_then_before_stays_a_dismissal() -> None:
    """A claim or a possessive before "before" is still dismissed."""
    for text in (
        "Okafor dismissed the reports before the vote.",
        "Okafor dismissed the director's account before the panel.",
    ):
        assert any("dismissed" in c for c in denied(text)), find_claims(text)
