"""Hedge and denial families of issue 6 as a fact-checker meets them in wire copy,
end to end through ``provenance.check`` (the flags the wire bench scores).

Each family is written in its forms (tense, negation, adverbs, the passive) and beside
neighbours that must not be flagged: "the claims office", "a disputed territory", "the
report denied access", "rebuffed an offer", "retracted its claws".
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    # charges and hearsay a fact-checker must verify
    "allegations_of": "Prosecutors made allegations of fraud against the company.",
    "allegations_that": "The company faces allegations that it hid losses from investors.",
    "accused_active": "The senator accused the company of hiding losses from investors.",
    "accused_passive": "The company was accused of hiding losses from investors.",
    "accused_adverb": "Rebels have repeatedly accused the government of rigging the vote.",
    "accusations_that": "There were accusations that the vote was rigged.",
    "unsubstantiated": "He made unsubstantiated claims that the vote was rigged.",
    "unconfirmed_reports": "Unconfirmed reports said the general had been killed.",
    "not_verified": "Reuters has not verified the report.",
    "not_independently": "Reuters could not independently verify the claims.",
    "not_verified_passive": "The claims could not be independently verified.",
    "unable_to_verify": "Reuters was unable to verify the report.",
    "neither_confirm": "Troops said they had crossed the border. "
    "The ministry would neither confirm nor deny the report.",
    "neither_confirmed": "Troops said they had crossed the border. "
    "The ministry neither confirmed nor denied the report.",
    "confirm_or_deny": "Troops said they had crossed the border. "
    "The ministry refused to confirm or deny the report.",
    "not_confirm_or_deny": "Troops said they had crossed the border. "
    "The ministry would not confirm or deny the report.",
    "not_able_to_verify": (
        "Troops said they had crossed the border. Reuters was not able to independently "
        "verify the report."
    ),
    "immediately_be_verified": (
        "Troops said they had crossed the border. The claim could not immediately be verified."
    ),
    "reportedly": "The general was reportedly killed in the strike.",
    "reportedly_perfect": "The company has reportedly hired bankers.",
    "purportedly": "The video purportedly shows the attack.",
    "supposedly": "The money was supposedly used to pay bribes.",
    "said_to": "The general is said to have fled the country.",
    "believed_to": "At least 20 people are believed to have died.",
    "reported_to": "The troops are reported to have crossed the border.",
    "reported_to_be": "The general was reported to be in Moscow.",
    # denials and contests
    "plea": "Manafort pleaded not guilty to charges of money laundering.",
    "plea_pled": "The two men pled not guilty on Monday to fraud charges.",
    "plea_noun": "Smith entered a plea of not guilty to the charges.",
    "plea_noun_bare": "Smith entered a not guilty plea on Monday.",
    "plea_noun_plural": "The two men entered not guilty pleas to fraud charges.",
    "disinformation": "The ministry dismissed the claims as disinformation.",
    "a_fake": "The ministry called the video a fake.",
    "called_fake": "Trump called the report fake.",
    "called_hoax": "The president has called the allegations a hoax.",
    "quoted_fake_news": "The ministry called the report “fake news”.",
    "quoted_completely_false": "A spokesman said the allegations were “completely false.”",
    "quoted_absolute_nonsense": "The Kremlin described the report as “absolute nonsense”.",
    "quoted_categorically": "The company said the allegations are “categorically untrue”.",
    "quoted_fabrication": "He called the allegations “a total fabrication”.",
    "quoted_percent": "The White House said the story was “100 percent false”.",
    "dismissed_propaganda": "The Kremlin dismissed the report as Western propaganda.",
    "dismissed_passive": "The report was dismissed as propaganda by the Kremlin.",
    "dismissed_fake_news": "The White House dismissed the story as fake news.",
    "branded_lie": "The minister branded the report a lie.",
    "branded_absurd": "Moscow has branded the accusations absurd.",
    "no_evidence": "The election commission said there was no evidence of fraud.",
    "found_no_evidence": "Officials said they had found no evidence of wrongdoing.",
    "repeatedly_denied": "The company has repeatedly denied the allegations.",
    "denied_gerund": "Moscow has repeatedly denied interfering in the election.",
    "denied_passive": "The allegations were denied by the company.",
    "disputed": "The ministry disputed the figure.",
    "disputed_passive": "The figure was disputed by the ministry.",
    "disputed_claims": "Russia's claims that it withdrew its troops were disputed by Kyiv.",
    "rejected": "The minister rejected the accusation.",
    "rejected_passive": "The accusation was rejected by the minister.",
    "rejected_that": "The minister firmly rejected accusations that he took bribes.",
    "denied_claims_that": "The firm denied claims that it polluted the river.",
    "refuted": "The ministry refuted the report.",
    "refuted_passive": "The report was refuted by the ministry.",
    "rebuffed": "Moscow rebuffed the claims.",
    "rebuffed_that": "Moscow rebuffed claims that it had troops in the region.",
    "pushed_back_on": "The White House pushed back on reports that the aide had resigned.",
    "pushed_back_against": "The White House pushed back against the report.",
    "brushed_aside": "The minister brushed aside the allegations.",
    "brushed_aside_that": "The minister brushed aside claims that he had lied.",
    "shrugged_off": "The minister shrugged off the allegations.",
    "laughed_off": "The minister laughed off suggestions that he would resign.",
    "scoffed_at": "The minister scoffed at the reports.",
    "disavowed_that": "The party disavowed claims that it funded the group.",
    "retracted": "The newspaper retracted the story.",
    "backtracked_on": "The minister backtracked on his claim that the plant was safe.",
    # neighbours
    "claims_office": "He visited the claims office on Monday.",
    "insurance_claims": "Insurance claims rose 5 percent in May.",
    "disputed_territory": "Troops entered the disputed territory on Monday.",
    "disputed_waters": "The islands lie in disputed waters.",
    "denied_access": "The report denied access to reporters.",
    "denied_them_access": "Guards denied the journalists access to the site.",
    "did_not_deny": "Moscow did not deny that it interfered in the election.",
    "evidence_of": "The election commission said there was evidence of fraud.",
    "rebuffed_offer": "Moscow rebuffed an offer of talks.",
    "contested_seat": "She contested the seat in 2019.",
    "contested_election": "The contested election ended in a recount.",
    "retracted_claws": "The cat retracted its claws.",
    "waved_off_plane": "He waved off the plane.",
    "scoffed_price": "Fans scoffed at the price.",
    "backtracked_monday": "The minister backtracked on Monday.",
    "reported_to_police": "The crime was reported to police on Monday.",
    "guilty_plea": "Smith entered a guilty plea to the charges.",
    "fights_disinformation": "The agency fights disinformation online.",
    "quoted_praise": "He called the report “very important”.",
    "quoted_plan": "He called the plan “a good start”.",
    "total_percent": "The total was 100 percent.",
    "report_complete": "He said the report was complete.",
    "calling_out": "Clinton was calling out Trump for his supposed “lies”.",
    "never_alleged": "Smith never alleged that the company hid losses.",
    "did_not_accuse": "The senator did not accuse the company of hiding losses.",
    "declined_to_accuse": "The senator declined to accuse the company of hiding losses.",
    "never_been_accused": "He has never been accused of wrongdoing.",
    "not_accused_relative": "Smith, who has not been accused of wrongdoing, resigned.",
    "quoted_article": "Trump has described the investigation as a “hoax” and a witch hunt.",
    "able_to_verify": (
        "Troops said they had crossed the border. Reuters was able to verify the report."
    ),
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    """Per text: (kind, rule, flagged claim's text) of every flag, as the bench reads them."""
    return flags_of(_TEXTS)


def _flagged(key: str, kind: str) -> list[str]:
    """The flagged claims' texts of one kind for one text."""
    return [c for k, _, c in _flags()[key] if k == kind]


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("allegations_of", "fraud"),
        ("allegations_that", "it hid losses from investors"),
        ("accused_active", "hiding losses from investors"),
        ("accused_passive", "hiding losses from investors"),
        ("accused_adverb", "rigging the vote"),
        ("accusations_that", "the vote was rigged"),
        ("unsubstantiated", "the vote was rigged"),
        ("unconfirmed_reports", "the general had been killed"),
        ("not_verified", "the report"),
        ("not_independently", "the claims"),
        ("not_verified_passive", "The claims"),
        ("unable_to_verify", "Reuters was unable to verify the report"),
        ("neither_confirm", "they had crossed the border"),
        ("neither_confirmed", "they had crossed the border"),
        ("confirm_or_deny", "they had crossed the border"),
        ("not_confirm_or_deny", "they had crossed the border"),
        ("not_able_to_verify", "they had crossed the border"),
        ("immediately_be_verified", "they had crossed the border"),
        ("reportedly", "killed in the strike"),
        ("reportedly_perfect", "hired bankers"),
        ("purportedly", "shows the attack"),
        ("supposedly", "used to pay bribes"),
        ("said_to", "fled the country"),
        ("believed_to", "have died"),
        ("reported_to", "crossed the border"),
        ("reported_to_be", "in Moscow"),
        # "denied claims that X", "rebuffed claims that X", "pushed back on reports that X":
        # X is the denial's object, flagged as contradicted only (wire35, denied_by_name; a
        # report a denial names is no charge as well since flags44, as the wire guideline
        # flags "denied reports that")
    ],
)
def test_charges_and_hearsay_are_flagged_unverified(key: str, claim: str) -> None:
    """An allegation, accusation, unconfirmed report or hearsay adverb: verify the claim."""
    assert any(claim in c for c in _flagged(key, "unverified")), _flags()[key]


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("plea", "charges of money laundering"),
        ("plea_pled", "fraud charges"),
        ("plea_noun", "the charges"),
        ("plea_noun_bare", "not guilty"),
        ("plea_noun_plural", "fraud charges"),
        ("disinformation", "the claims"),
        ("a_fake", "the video"),
        ("called_fake", "the report"),
        ("called_hoax", "the allegations"),
        ("quoted_fake_news", "the report"),
        ("quoted_completely_false", "the allegations"),
        ("quoted_absolute_nonsense", "the report"),
        ("quoted_categorically", "the allegations"),
        ("quoted_fabrication", "the allegations"),
        ("quoted_percent", "the story"),
        ("dismissed_propaganda", "the report"),
        ("dismissed_passive", "The report"),
        ("dismissed_fake_news", "the story"),
        ("branded_lie", "the report"),
        ("branded_absurd", "the accusations"),
        ("no_evidence", "fraud"),
        ("found_no_evidence", "wrongdoing"),
        ("repeatedly_denied", "the allegations"),
        ("denied_gerund", "interfering in the election"),
        ("denied_passive", "The allegations"),
        ("disputed", "the figure"),
        ("disputed_passive", "The figure"),
        ("disputed_claims", "it withdrew its troops"),
        ("rejected", "the accusation"),
        ("rejected_passive", "The accusation"),
        ("rejected_that", "he took bribes"),
        ("denied_claims_that", "it polluted the river"),
        ("refuted", "the report"),
        ("refuted_passive", "The report"),
        ("rebuffed", "the claims"),
        ("rebuffed_that", "it had troops in the region"),
        ("pushed_back_on", "the aide had resigned"),
        ("pushed_back_against", "the report"),
        ("brushed_aside", "the allegations"),
        ("brushed_aside_that", "he had lied"),
        ("shrugged_off", "the allegations"),
        ("laughed_off", "he would resign"),
        ("scoffed_at", "the reports"),
        ("disavowed_that", "it funded the group"),
        ("retracted", "the story"),
        ("backtracked_on", "the plant was safe"),
    ],
)
def test_denials_and_contests_are_flagged_contradictions(key: str, claim: str) -> None:
    """A denial, a plea, a label ("fake", "propaganda") or a verb arguing back or taking a
    claim back ("rebuffed", "brushed aside", "retracted") contradicts the claim it takes."""
    assert any(claim in c for c in _flagged(key, "contradiction")), _flags()[key]


@pytest.mark.parametrize(
    "key",
    [
        "claims_office",
        "insurance_claims",
        "disputed_territory",
        "disputed_waters",
        "denied_access",
        "denied_them_access",
        "contested_seat",
        "contested_election",
        "retracted_claws",
        "waved_off_plane",
        "scoffed_price",
        "backtracked_monday",
        "able_to_verify",
        "reported_to_police",
        "guilty_plea",
        "fights_disinformation",
        "quoted_praise",
        "quoted_plan",
        "total_percent",
        "report_complete",
        "calling_out",
        "quoted_article",
        "never_alleged",
        "did_not_accuse",
        "declined_to_accuse",
        "never_been_accused",
        "not_accused_relative",
    ],
)
def test_neighbours_of_the_families_are_not_flagged(key: str) -> None:
    """A compound ("the claims office"), a place ("a disputed territory"), a thing refused
    ("denied access") or a thing waved off ("the plane", "its claws") is no claim to check."""
    assert _flags()[key] == []


@pytest.mark.parametrize(
    "key",
    [
        "did_not_deny",
        "evidence_of",
        "rebuffed_offer",
        "neither_confirm",
        "neither_confirmed",
        "confirm_or_deny",
        "not_confirm_or_deny",
    ],
)
def test_neighbours_that_contradict_nothing(key: str) -> None:
    """'did not deny', 'there was evidence of', 'rebuffed an offer' and 'neither confirmed
    nor denied' deny no claim."""
    assert _flagged(key, "contradiction") == []
