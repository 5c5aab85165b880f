"""Cue families beyond verbs: nominal hedges, charges, unconfirmed phrases and denials.

Each family is a list in the cue lexicon; these tests check the forms the issue
names, the content span (the claim, not the cue) and neighbours that must not match.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus, Format
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.families import find_families
from provenance.extractors.records import ClaimSpan
from provenance.ingest.document import Document
from provenance.lexicon.cues import cue_lexicon


def with_cue(text: str, cue: str) -> ClaimSpan:
    """The one claim of ``text`` whose cue contains ``cue``."""
    found = [c for c in find_claims(text) if c.cue and cue in c.cue]
    assert len(found) == 1, [(c.cue, c.text) for c in find_claims(text)]
    return found[0]


# (text, cue word, status, the content must contain)
FAMILIES = [
    ("He resigned amid allegations of fraud.", "allegations", "hedged", "fraud"),
    (
        "Moscow rejected accusations that it had interfered in the vote.",
        "accusations",
        "asserted",
        "it had interfered in the vote",
    ),
    (
        "Analysts doubted claims that the plant was safe.",
        "claims",
        "hedged",
        "the plant was safe",
    ),
    (
        "She quit after reports that she had misused funds.",
        "reports",
        "asserted",
        "she had misused funds",
    ),
    (
        "The regulator accused the company of hiding losses.",
        "accused",
        "asserted",
        "hiding losses",
    ),
    (
        "Three women have accused the senator of misconduct.",
        "accused",
        "asserted",
        "misconduct",
    ),
    ("The senator has been accused of misconduct.", "accused of", "asserted", "misconduct"),
    (
        "The suspect allegedly drove a truck into the crowd.",
        "allegedly",
        "asserted",  # a charge to verify (claim.charge): no source is said to allege it
        "drove a truck into the crowd",
    ),
    (
        "The convoy reportedly carried grain to the port.",
        "reportedly",
        "asserted",  # a charge to verify (claim.charge), not a hedge of its own lemma
        "carried grain to the port",
    ),
    (
        "Officials released a purportedly leaked memo on Friday.",
        "purportedly",
        "hedged",
        "leaked memo",
    ),
    (
        "Mueller is investigating alleged Russian interference in the election.",
        "alleged",
        "asserted",  # a charge to verify (claim.charge), like "reportedly"
        "Russian interference in the election",
    ),
    (
        "He repeated unsubstantiated allegations that the vote was rigged.",
        "unsubstantiated allegations",
        "unconfirmed",
        "the vote was rigged",
    ),
    (
        "Trump said, without providing evidence, that millions voted illegally.",
        "said",
        "hedged",
        "millions voted illegally",
    ),
    (
        "Reuters could not independently verify that 40 soldiers died.",
        "verify",
        "unconfirmed",
        "40 soldiers died",
    ),
    (
        "The ministry declined to confirm that the talks had failed.",
        "confirm",
        "unconfirmed",
        "the talks had failed",
    ),
    (
        "The army did not confirm that the bridge was destroyed.",
        "confirm",
        "unconfirmed",
        "the bridge was destroyed",
    ),
    (
        "Manafort pleaded not guilty to charges of money laundering.",
        "pleaded not guilty",
        "denied",
        "charges of money laundering",
    ),
    (
        "He said there was no evidence of fraud in the vote.",
        "no evidence",
        "denied",
        "fraud in the vote",
    ),
    ("Moscow has repeatedly denied meddling in the election.", "denied", "denied", "meddling"),
    ("The minister disputed the figure.", "disputed", "denied", "the figure"),
    ("The company refuted the claims.", "refuted", "denied", "the claims"),
    ("The Kremlin dismissed it as propaganda.", "dismissed", "denied", "it"),
]


@pytest.mark.parametrize(("text", "cue", "status", "content"), FAMILIES)
def test_family_forms(text: str, cue: str, status: str, content: str) -> None:
    """Each family form gives a claim with its status whose span is the content, not the cue."""
    claim = with_cue(text, cue)
    assert claim.status.value == status
    assert content in claim.text
    assert cue not in claim.text


@pytest.mark.parametrize(
    "text",
    [
        "The claims office closed early.",
        "Insurance claims rose 5 percent last year.",
        "He brought home a report card.",
        "The report of the committee runs to 40 pages.",
        "The fifth-generation jet flew over the base.",
        "The disputed ballot was counted for Yancey.",
        "He was denied bail on Monday.",
    ],
)
def test_neighbours_are_no_hedge_or_denial(text: str) -> None:
    """Nouns, attributive participles and passives that look like cues give no hedge or denial."""
    flagged = {ClaimStatus.HEDGED, ClaimStatus.DENIED, ClaimStatus.UNCONFIRMED}
    assert [c.text for c in find_claims(text) if c.status in flagged] == []


def _findings(text: str) -> list[tuple[str, str]]:
    import provenance

    doc = Document(
        path="t", format=Format.TEXT, headline="t", body=text, sha256="0" * 64, agency="Reuters"
    )
    result = provenance.check([doc], engine="pandas")
    claims = result.tables.claims.set_index("claim_id")["text"]
    rows = result.findings[result.findings["claim_id"].notna()]
    return [(r.rule, claims[r.claim_id]) for r in rows.itertuples()]


def test_charges_and_denials_become_findings() -> None:
    """Accusations and outlets' reports are unverified; a denial is a contradiction."""
    found = _findings(
        "The regulator accused the bank of hiding losses. "
        "The Washington Post reported that the bank paid a fine. "
        "The company reported a profit of $5 million. "
        "Moscow has denied meddling in the election. "
        "Russia rejected calls to halt its offensive."
    )
    rules = {rule for rule, _ in found}
    assert ("claim.charge", "the bank of hiding losses") in found
    assert ("claim.charge", "the bank paid a fine") in found
    assert ("claim.denied", "meddling in the election") in found
    assert not any("profit" in text for _, text in found)  # a company's own report
    assert not any("calls to halt" in text for _, text in found)  # a refusal, not a denial
    assert rules <= {"claim.charge", "claim.denied", "claim.hedged", "claim.denial_contradicts"}


def test_denial_pointing_back_contradicts_the_earlier_claim() -> None:
    """ "The Kremlin denies the allegation" contradicts the claim just before it."""
    import provenance

    text = (
        "Supporters of Magnitsky say the Russian state murdered him. "
        "The Kremlin denies the allegation."
    )
    doc = Document(
        path="t", format=Format.TEXT, headline="t", body=text, sha256="0" * 64, agency="Reuters"
    )
    result = provenance.check([doc], engine="pandas")
    claims = result.tables.claims.set_index("claim_id")["text"]
    found = result.findings[result.findings["rule"] == "claim.denial_contradicts"]
    assert [claims[c] for c in found["related_claim_id"]] == ["the Russian state murdered him"]


def test_evaluation_denies_what_it_evaluates() -> None:
    """ "called the report fake" and "the allegations are false" deny the thing evaluated."""
    found = _findings("Trump called the report fake. He said the allegations were false.")
    assert ("claim.denied", "the report") in found
    assert ("claim.denied", "the allegations") in found


@pytest.mark.parametrize(
    ("text", "evaluated", "source_words"),
    [
        # a possessive opens the noun phrase evaluated, never the reporting clause before it
        ("Senator Smith said Trump's claim was false.", "Trump's claim", "Smith"),
        ("Judge Lee said the plaintiffs’ claims were baseless.", "the plaintiffs’ claims", "Lee"),
        # neighbours: a determiner still opens it, across its modifiers
        (
            "Senator Smith said the president's claims were false.",
            "the president's claims",
            "Smith",
        ),
        ("Smith said the latest allegations were false.", "the latest allegations", "Smith"),
    ],
)
def test_evaluated_noun_phrase_never_spans_a_reporting_verb(
    text: str, evaluated: str, source_words: str
) -> None:
    """ "The senator said [Trump's claim] was false": the claim evaluated is the noun phrase."""
    import provenance

    doc = Document(
        path="t", format=Format.TEXT, headline="t", body=text, sha256="0" * 64, agency="Reuters"
    )
    claims = provenance.check([doc], engine="pandas").tables.claims
    denied = claims[claims["cue"].astype(str).str.contains(r"\b(?:was|were) ")]
    assert denied["text"].tolist() == [evaluated]
    assert source_words in str(denied["source_text"].iloc[0])


_NOUN_FORMS = sorted({f for n in cue_lexicon("en").nouns for f in n.forms})
_CONTENT = st.from_regex(r"[a-z]{3,9}( [a-z]{2,9}){0,5}", fullmatch=True)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    noun=st.sampled_from(_NOUN_FORMS),
    follow=st.sampled_from(["of", "that", "about"]),
    content=_CONTENT,
)
def test_noun_cue_content_slices_the_text(noun: str, follow: str, content: str) -> None:
    """Every family claim's span slices the text and never includes its own cue.

    With a preposition the content is a noun phrase, which a finite verb ends ("amid
    accusations of fraud is ..." names "fraud"): the content is then a prefix of the
    words after the preposition, cut at a word boundary.
    """
    text = f"Officials spoke amid {noun} {follow} {content}. Talks resume Friday."
    finds = find_families(text, [(0, text.index(".") + 1), (text.index(".") + 2, len(text))], [])
    for d in finds.drafts:
        assert 0 <= d.start < d.end <= len(text)
        assert d.cue_start is not None
        assert d.cue_end is not None
        assert d.cue_end <= d.start or d.end <= d.cue_start
    entry = cue_lexicon("en").noun(noun)
    if follow in entry.follows:
        found = [text[d.start : d.end] for d in finds.drafts]
        assert len(found) == 1, found
        assert found[0] == content or (
            follow != "that" and content.startswith(found[0] + " ") and found[0].strip()
        ), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # in subject position the charge is the noun phrase, not its predicate
        ("The alleged spammers said the lawsuit was groundless.", "spammers"),
        ("Lawyers for the alleged spammers denied the charges.", "spammers"),
        ("An alleged plot to kill the king was foiled.", "plot to kill the king"),
        (
            "The alleged victim's claims against him will be rejected.",
            "victim's claims against him",
        ),
        # after a relative or a complementizer the verb may be theirs: to the clause end
        (
            "The alleged hackers who stole the emails were never found.",
            "hackers who stole the emails were never found",
        ),
        ("Critics mocked the apparent notion that games are safe.", "notion that games are safe"),
        ("The alleged rival Alan Milburn - who ran the campaign - spoke.", "rival Alan Milburn"),
        # in object position it runs to the clause end, as before
        (
            "He was charged over alleged financial crimes by Manafort and Gates.",
            "financial crimes by Manafort and Gates",
        ),
        # plural nouns that are also "-s" forms of cue verbs do not end it
        ("Police examined the alleged bribery offers and pledges.", "bribery offers and pledges"),
    ],
)
def test_an_attributive_hedge_takes_its_noun_phrase(text: str, content: str) -> None:
    """ "the alleged gunman said ...": the gunman is alleged, not what he said."""
    found = [c.text for c in find_claims(text) if c.cue in ("alleged", "apparent")]
    assert found == [content], find_claims(text)
