"""A number qualifier after a speech verb opens its content, not a topic adjunct.

"The coastguard said about 70 boats were missing, a claim that could not be verified":
"about" before a number is the figure's qualifier ("about 70 boats"), so the content
is "(that) about 70 boats were missing", not a topic adjunct "said about X ... that"
running to a later "that". The qualifiers are the number lexicon's (``qualifiers`` of
``numbers.yaml``) that are also ``adjunct_that_openers`` of the cue lexicon.
Neighbours: "said about the plan that ...", "said in 2019 that ..." keep their adjunct,
and "talked about 70 boats" is an object, not a clause.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims

_REST = "boats were missing off the coast"


def _said(text: str) -> list[str]:
    """The contents of the attributed claims of ``text``."""
    return [c.text for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]


@pytest.mark.parametrize(
    "qualifier", ["about", "around", "some", "nearly", "more than", "up to", "roughly"]
)
@pytest.mark.parametrize(
    "tail",
    [
        ", a claim that could not be independently verified.",
        ", and that the search would go on.",
    ],
)
def test_the_qualifier_opens_the_content(qualifier: str, tail: str) -> None:
    """The content starts at the qualifier, whatever "that" comes later."""
    text = f"The coastguard said {qualifier} 70 {_REST}{tail}"
    found = _said(text)
    assert found
    assert found[0].startswith(f"{qualifier} 70 {_REST}")


@pytest.mark.parametrize(
    "number", ["70", "seventy", "$4 million worth of", "£40,000 in cash and 12"]
)
def test_any_written_number_after_about(number: str) -> None:
    """Digits, a currency sign or a number word after "about"."""
    text = f"The coastguard said about {number} {_REST}, and that the search would go on."
    assert _said(text)[0].startswith(f"about {number}")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a topic or a time before "that" is still an adjunct
        ("He said about the plan that it was a mistake.", "it was a mistake"),
        ("He said in 2019 that it was a mistake.", "it was a mistake"),
        ("She said on Monday that 70 boats were missing.", "70 boats were missing"),
        # a topic verb takes the number as its object
        ("The minister talked about 70 jobs at the plant.", "70 jobs at the plant"),
    ],
)
def test_adjuncts_and_topics_keep_their_reading(text: str, content: str) -> None:
    """Neighbours: the content after an adjunct, and a topic verb's object."""
    assert _said(text) == [content]


@settings(max_examples=30, deadline=None)
@given(
    number=st.integers(min_value=2, max_value=99_999),
    verb=st.sampled_from(["said", "says", "reported", "told AFP"]),
)
def test_about_a_number_never_opens_an_adjunct(number: int, verb: str) -> None:
    """Whatever the number and the clause verb, the content starts at "about"."""
    text = f"Officials {verb} about {number:,} {_REST}, and that the search would go on."
    found = _said(text)
    assert found
    assert found[0].startswith(f"about {number:,}")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a qualified number right after the addressee opens the content
        (
            "She told reporters about 40 people had fled and that the camp was full.",
            "about 40 people had fled and that the camp was full",
        ),
        ("She told AFP some 40 people had fled.", "some 40 people had fled"),
        # a number inside the addressee's phrase leaves the "that" clause
        (
            "She told a meeting of about 300 delegates that the plan had failed.",
            "the plan had failed",
        ),
        ("He told reporters on Monday that about 40 people had fled.", "about 40 people had fled"),
    ],
)
def test_a_told_addressee_then_a_number(text: str, content: str) -> None:
    """'told X about 40 ...': the number opens the content; 'of about 300' is the addressee's."""
    assert _said(text) == [content]
