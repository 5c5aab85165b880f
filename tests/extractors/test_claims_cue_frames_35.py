"""Hedge and denial cues in the frames around them (issue 6, stop 35).

Each case is a construction of English with the forms it covers and the neighbours that
must keep their old reading:

* who makes a noun cue's claim: a possessive pronoun ("his denial that"), the subject of
  a light verb ("issued a flat denial that"), the main clause after a fronted adjunct
  ("In a denial of the report, the ministry said");
* a noun cue that is the sentence's subject: its "that" clause ends before the
  sentence's own verb ("His denial that he had met her was swift");
* a noun cue before a relative clause and a copula ("The allegation, which he rejects,
  is that ...");
* an adverb between a cue and "that" ("denied outright that");
* an inverted tag closed by several adjuncts ("said Smith in Washington on Monday");
* a denial verb after a bare "to" before "that" ("used the hearing to deny that");
* "what it claims are": a hedge's gap, not the noun "claims";
* a headline line before the body ("Kremlin denies ...\\nMOSCOW (Reuters) - ...").
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.headlines import split_headline
from provenance.extractors.claims.noun_sources import noun_source, subject_content_end
from provenance.extractors.claims.trailing_adverbs import past_trailing_adverb
from tests.extractors.attributed import attributed_cues, cue_contents, cue_statuses


def _cue_claims(text: str, word: str) -> list[tuple[str, str | None, str]]:
    """(content, source as written, status) of the claims whose cue is ``word``."""
    return [(c.text, c.source_text, c.status.value) for c in find_claims(text) if c.cue == word]


@pytest.mark.parametrize(
    ("text", "cue", "content", "source", "status"),
    [
        (
            "The minister issued a flat denial that he had met the envoy.",
            "denial",
            "he had met the envoy",
            "The minister",
            "denied",
        ),
        (
            "The ministry made the claim that troops had crossed the border.",
            "claim",
            "troops had crossed the border",
            "The ministry",
            "hedged",
        ),
        (
            "The firm stood by its claim that the loans were repaid.",
            "claim",
            "the loans were repaid",
            "its",
            "hedged",
        ),
        (
            "In a denial of the report, the ministry said no troops had crossed.",
            "denial",
            "the report",
            "the ministry",
            "denied",
        ),
        (
            "Smith spoke at length. His denial that he had met the envoy was swift.",
            "denial",
            "he had met the envoy",
            "His",
            "denied",
        ),
        (
            "Moscow's denial that it had troops there angered Kyiv.",
            "denial",
            "it had troops there",
            "Moscow",
            "denied",
        ),
    ],
)
def test_noun_cue_source_and_content(
    text: str, cue: str, content: str, source: str, status: str
) -> None:
    """A noun cue's source is its possessor, a light verb's subject or the main clause's."""
    assert (content, source, status) in _cue_claims(text, cue)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # no light verb, possessor or fronted adjunct: the narrator's noun cue, no source
        ("Officials said there was a denial that the talks had failed.", "denial", None),
        # a noun cue in the object of a verb that is no light verb: its source is not
        # the verb's subject
        ("The editor read the claim that the plant leaked.", "claim", None),
    ],
)
def test_noun_cue_without_a_source(text: str, cue: str, content: None) -> None:
    """A noun cue with nothing naming who makes it keeps no source."""
    assert [s for _, s, _ in _cue_claims(text, cue)] == [content]


def test_fronted_adjunct_needs_the_main_clause_right_after_it() -> None:
    """The main clause's subject must follow the adjunct's comma ("In a denial of X, Y said")."""
    text = "In a denial of the report issued on Monday, officials later said nothing."
    drafts: list[Draft] = []  # no verb cue: no main source
    assert noun_source(text, 0, text.index("denial"), text.index(","), drafts) is None


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("His denial that he had met the envoy was swift.", "he had met the envoy"),
        ("The allegation that he took bribes has been rejected.", "he took bribes"),
        ("Reports that he was detained were denied by the ministry.", "he was detained"),
        ("Moscow's claim that the vote was rigged angered Kyiv.", "the vote was rigged"),
    ],
)
def test_subject_noun_cue_ends_before_the_main_verb(text: str, content: str) -> None:
    """A subject noun cue's "that" clause stops before the sentence's own verb."""
    noun = next(w for w in ("denial", "allegation", "Reports", "claim") if w in text)
    assert content in cue_contents(text, noun)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a noun cue in the object: the clause runs to its end
        (
            "He rejected the claim that the plan was rushed and failed.",
            "the plan was rushed and failed",
        ),
        # a relative clause inside the content: the second verb is the relative's
        (
            "The claim that the man who shot him was a soldier is false.",
            "the man who shot him was a soldier is false",
        ),
        # a subordinate clause with its own subject: no main verb found
        (
            "The claim that the plan failed because it was rushed spread.",
            "the plan failed because it was rushed spread",
        ),
    ],
)
def test_noun_cue_content_not_cut(text: str, content: str) -> None:
    """Not the subject, or a clause whose next verb is its own: the content is unchanged."""
    noun = text.index("claim")
    start = text.index(" that ", noun) + len(" that ")
    end = subject_content_end(text, 0, noun, start, len(text) - 1)
    assert text[start:end] == content


@pytest.mark.parametrize(
    ("text", "cue", "content", "status"),
    [
        (
            "The allegation, which he rejects, is that he took bribes.",
            "allegation",
            "he took bribes",
            "hedged",
        ),
        (
            "The claim, which officials deny, is that the plant leaked.",
            "claim",
            "the plant leaked",
            "hedged",
        ),
    ],
)
def test_noun_cue_relative_then_copula(text: str, cue: str, content: str, status: str) -> None:
    """A relative clause between commas may stand between a noun cue and its "is that"."""
    assert [(c, st) for c, _, st in _cue_claims(text, cue)] == [(content, status)]


def test_noun_cue_relative_without_copula_is_no_claim() -> None:
    """A relative clause and no "is that": the noun names a thing, no claim."""
    text = "The claim, which was filed in May, covers damage to the roof."
    assert _cue_claims(text, "claim") == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The minister denied outright that he had met the envoy.",
            "that he had met the envoy",
            "denied",
        ),
        (
            "Sanders has said repeatedly that he will back the nominee.",
            "he will back the nominee",
            "has said",
        ),
        (
            "The minister insisted again that the talks would resume.",
            "the talks would resume",
            "insisted",
        ),
    ],
)
def test_adverb_between_cue_and_that(text: str, content: str, cue: str) -> None:
    """An adverb right before "that" belongs with the cue; the content opens at "that"."""
    assert content in [c for c, _, q in attributed_cues(text) if q == cue]


@pytest.mark.parametrize(
    "text",
    [
        # the word before "that" is no adverb: the object of the cue holds it
        "He denied reports that he had met her.",
        # an adverb not before "that": left where it was
        "He denied outright the reports of a meeting.",
        # a predeterminer: "all that" is the object
        "He denied all that as well.",
    ],
)
def test_no_trailing_adverb(text: str) -> None:
    """Only an adverb of the lexicon right before "that" is passed over."""
    pos = text.index("denied") + len("denied")
    assert past_trailing_adverb(text, pos, len(text)) == pos


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The plan will fail, said Smith in Washington on Monday.", "Smith"),
        ("The plan will fail, said the minister in Washington on Monday.", "the minister"),
        (
            "The troops never crossed, claimed the ministry in a statement late Tuesday.",
            "the ministry",
        ),
        ("The plan will fail, said sources in the ministry on Monday.", "sources in the ministry"),
    ],
)
def test_inverted_tag_with_adjuncts(text: str, source: str) -> None:
    """An inverted cue tag may close with several place and time adjuncts."""
    content = text[: text.index(",")]
    assert content in [c for c, s, _ in attributed_cues(text) if s == source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # after "told" the phrase is the addressee: the subject before the cue speaks
        ("“We were wrong,” Ramos, 58, told AFP in an interview in Mexico City on Monday.", "Ramos"),
        # a source's own prepositional phrase before the place: "for the agency" stays
        (
            "The plan will fail, said a spokesman for the agency in Kabul.",
            "a spokesman for the agency",
        ),
    ],
)
def test_inverted_tag_neighbours(text: str, source: str) -> None:
    """The adjunct tail neither takes an addressee for a source nor cuts a source's phrase."""
    assert source in [s for _, s, _ in attributed_cues(text)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The senator used the hearing to deny that he had met the envoy.",
            "deny",
            "he had met the envoy",
        ),
        (
            "The ministry went on television to dispute that any troops had crossed.",
            "dispute",
            "any troops had crossed",
        ),
    ],
)
def test_denial_after_bare_to(text: str, cue: str, content: str) -> None:
    """A denial verb after a bare "to" denies a that-clause."""
    assert content in cue_contents(text, cue)
    assert cue_statuses(text, cue) == {"denied"}


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The court voted to reject the appeal.", "reject"),  # a thing, no claim
        ("The ministry moved quickly to deny the report.", "deny"),  # an object: left
        ("They want to deny him the nomination.", "deny him"),  # withheld
        ("He chose not to deny that he was there.", "deny"),  # negated
        ("He did not try to deny that he was there.", "deny"),  # negated catenative
        ("It is hard to deny that the plan failed.", "deny"),  # what can be done
    ],
)
def test_no_denial_after_bare_to(text: str, cue: str) -> None:
    """An object, a withholding, a negation or a predicative infinitive: no denial."""
    assert "denied" not in cue_statuses(text, cue.split()[0])


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("The group attacked what it claims are military targets.", "are military targets", "it"),
        ("Police arrested what they claim is a gang leader.", "is a gang leader", "they"),
    ],
)
def test_free_relative_hedge(text: str, content: str, source: str) -> None:
    """A hedge verb in a free relative whose gap is the clause's subject stays a hedge."""
    assert (content, source, "hedged") in _cue_claims(
        text, "claims" if "claims" in text else "claim"
    )


def test_plural_noun_claims_stay_nouns() -> None:
    """A plural noun and its verb after "that" are no free relative ("that union claims are")."""
    text = "He said that union claims are false."
    assert "hedged" not in cue_statuses(text, "claims")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Kremlin denies hackers stole the files\nMOSCOW (Reuters) - The Kremlin said on "
            "Monday it had no role.",
            "denies",
            "hackers stole the files",
        ),
        (
            "Minister claims the economy is growing\nThe minister spoke on Monday.",
            "claims",
            "the economy is growing",
        ),
    ],
)
def test_headline_line_ends_its_content(text: str, cue: str, content: str) -> None:
    """A headline's cue takes its content from its own line, not the body after it."""
    assert cue_contents(text, cue) == [content]


@pytest.mark.parametrize(
    "text",
    [
        # a hard-wrapped sentence going on with a name
        "The minister said on Monday that President\nSmith would resign.",
        # a first line closed by a stop is a sentence already
        "The minister spoke.\nHe left.",
        # a wrapped line going on in lower case
        "The minister claimed that the economy\nwas growing fast.",
    ],
)
def test_no_headline_line(text: str) -> None:
    """A line that a sentence goes on past, or that closes one, is no headline."""
    units = ((0, len(text)),)
    assert split_headline(text, units) == units


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("What the company claims is a cure has not been tested.", "is a cure", "the company"),
        ("What Smith claims is a cure has not been tested.", "is a cure", "Smith"),
    ],
)
def test_free_relative_opening_the_sentence(text: str, content: str, source: str) -> None:
    """A hedge in a free relative opening its sentence claims the clause after it, up to
    the sentence's own verb."""
    assert (content, source, "hedged") in _cue_claims(text, "claims")


@pytest.mark.parametrize(
    "text",
    [
        # no verb of the sentence's own: the relative is its subject, "is" its verb
        "What he claims is a lie.",
        "What Smith claims is not the issue.",
    ],
)
def test_free_relative_subject_is_no_claim(text: str) -> None:
    """A free relative that is the subject of "is": the cue's gap is its object, no claim."""
    assert _cue_claims(text, "claims") == []
