"""Evaluations a source rejects another source's claim with (issue 6).

The evaluative words, nouns and predicates of ``evaluations`` in the cue lexicon, a quoted
evaluation after a copula, a participle between the claim's head and its preposition;
and neighbours that must not read as a denial: an evaluation of no claim, "false start",
"fake news" as a topic, a source evaluating its own claim.
"""

from __future__ import annotations

import pandas as pd
import pytest

from provenance.enums import Format
from provenance.ingest.document import Document


def _claims(text: str) -> pd.DataFrame:
    import provenance

    doc = Document(
        path="t", format=Format.TEXT, headline="t", body=text, sha256="0" * 64, agency="Reuters"
    )
    return provenance.check([doc], engine="pandas").tables.claims


def _denied(text: str) -> list[tuple[str, str]]:
    """(content, source) of each claim an evaluation in ``text`` denies."""
    import provenance

    doc = Document(
        path="t", format=Format.TEXT, headline="t", body=text, sha256="0" * 64, agency="Reuters"
    )
    result = provenance.check([doc], engine="pandas")
    claims = result.tables.claims.set_index("claim_id")
    found = result.findings[result.findings["rule"] == "claim.denied"]
    return [
        (str(claims.loc[c, "text"]), str(claims.loc[c, "source_text"])) for c in found["claim_id"]
    ]


@pytest.mark.parametrize(
    ("text", "evaluated"),
    [
        ("Smith said the report was a mischaracterization.", "the report"),
        ("Smith said the allegations were an unfair characterization.", "the allegations"),
        ("Smith said the story was a false narrative.", "the story"),
        ("Smith said the accusations were not supported by the facts.", "the accusations"),
        ("Smith said the claims were made up.", "the claims"),
        ("Smith said the allegations were unjustified.", "the allegations"),
        ("Smith said the report was absolutely untrue.", "the report"),
        ("Smith said the rumors were a falsehood.", "the rumors"),
        ("Smith called the story a false narrative.", "the story"),
        # a quoted evaluation after the copula
        ("Smith said the allegations were “false.”", "the allegations"),
        # a participle between the head and its preposition runs the noun phrase on
        ("Smith said the claims made by Jones were untrue.", "the claims made by Jones"),
        (
            "Smith said the criticism leveled against Jones was “ridiculous.”",
            "the criticism leveled against Jones",
        ),
    ],
)
def test_evaluation_denies_another_sources_claim(text: str, evaluated: str) -> None:
    """Each new form denies the claim it evaluates, said by the subject of "said"."""
    denied = _denied(text)
    assert [c for c, _ in denied] == [evaluated]
    assert "Smith" in denied[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # an evaluation of no claim: the head is a thing, not something said
        "Smith said the weather was ridiculous.",
        "Smith said the tax was unfair.",
        # a fixed term holding an evaluative word
        "The race had a false start.",
        "The panel discussed fake news on Monday.",
        # a source evaluating its own claim corrects itself, it denies no other source
        "Smith said his own claim was unfair.",
        "Smith said her own account had been wrong.",
        # a participle that is not between a claim head and its preposition
        "The criticism made him stronger.",
    ],
)
def test_neighbours_are_no_denial(text: str) -> None:
    """Neighbours of the new forms deny nothing."""
    assert _denied(text) == []
    assert not _claims(text)["cue"].astype(str).str.contains(r"\b(?:was|were|been) ").any()


def test_rejected_description_is_denied() -> None:
    """ "X cannot fairly be described as [Y]": the subject rejects the description Y."""
    from provenance.extractors.claims import find_claims

    text = "An aide said the event cannot fairly be described as a meeting with officials."
    found = [c for c in find_claims(text) if c.cue and "described as" in c.cue]
    assert [(c.text, c.status.value) for c in found] == [("a meeting with officials", "denied")]


@pytest.mark.parametrize(
    "text",
    [
        # the positive form describes, it rejects nothing
        "An aide said the event can be described as a meeting with officials.",
        # "cannot be called" is no rejection of a description someone gave
        "The meeting cannot be called a success.",
    ],
)
def test_description_neighbours_are_no_denial(text: str) -> None:
    """Neighbours of the rejected description deny nothing."""
    assert _denied(text) == []


@pytest.mark.parametrize(
    ("text", "evaluated"),
    [
        # a quoted word inside the labelled object stays in it (wire copy: "called the idea
        # that Paul was “blindsided” an unfair characterization")
        (
            "Baker called the idea that Paul was “blindsided” an unfair characterization.",
            "the idea that Paul was “blindsided”",
        ),
        ("Smith called the “dossier” story fake news.", "the “dossier” story"),
        ("Smith described the report of “secret talks” as false.", "the report of “secret talks”"),
    ],
)
def test_a_quoted_word_inside_a_labelled_object(text: str, evaluated: str) -> None:
    """The labelling verb's object runs on through a quoted word to its evaluation."""
    denied = _denied(text)
    assert [c for c, _ in denied] == [evaluated]
    assert text.split()[0] in denied[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # the quotation is the label itself, no object holding a quote
        "Smith called it “fake news” on Monday.",
        # a quoted word and no evaluation after it labels nothing
        "Smith called the “dossier” story a thriller.",
        # a quotation running over a clause boundary is no word inside the object
        "Smith called the report “a first draft, rushed and incomplete” and false.",
        # a quoted label of a person, not of a claim
        "Smith called Jones “a friend” and a loyal aide.",
        # after an article the quotation is a label of its own, not a word of the object
        "Trump called him a “so-called judge” whose “ridiculous” ruling would be overturned.",
    ],
)
def test_quoted_neighbours_of_a_labelled_object(text: str) -> None:
    """A quote that is the label, or spans a clause, makes no new object."""
    denied = [c for c, _ in _denied(text)]
    assert not any("“" in c and "”" in c for c in denied)


@pytest.mark.parametrize(
    ("text", "evaluated"),
    [
        # a claim set against the facts or the evidence
        ("Smith said the claim was at odds with the facts.", "the claim"),
        ("Smith said the allegations were not supported by the evidence.", "the allegations"),
        ("Smith said the report was contrary to the evidence.", "the report"),
    ],
)
def test_a_claim_set_against_the_facts_is_denied(text: str, evaluated: str) -> None:
    """ "the claim was at odds with the facts": the speaker denies it."""
    denied = _denied(text)
    assert [c for c, _ in denied] == [evaluated]
    assert "Smith" in denied[0][1]


@pytest.mark.parametrize(
    "text",
    [
        # a thing, not a claim: no claim head
        "Smith said the bridge was at odds with the facts.",
        # said of an act or a policy, not set against the facts
        "Smith said the claim was at odds with the party's plan.",
        "Smith called the move contrary to international law.",
    ],
)
def test_against_the_facts_neighbours_are_no_denial(text: str) -> None:
    """Said of a thing, or of an act or a policy, the words deny nothing."""
    assert _denied(text) == []
