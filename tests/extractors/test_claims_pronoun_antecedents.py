"""A singular pronoun stands for one person (speakers.py, issue 6).

Never for a one-word "person" that is a common word ("Many said", "Ministers say", "MPs
said"); for an unnamed single speaker said last ("A spokesman said ... But he added").
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims


def _source_of(text: str, content: str) -> str | None:
    """The resolved source name of the claim whose text holds ``content``."""
    for c in find_claims(text):
        if content in c.text:
            return c.source.name if c.source else None
    raise AssertionError(f"no claim holds {content!r}")


@pytest.mark.parametrize(
    ("text", "content", "expected", "never"),
    [
        # a quantifier opening a sentence is no person
        (
            "Robert Kilroy-Silk said the party had betrayed its voters. Many said he would "
            "fail. He said the party would win many seats.",
            "win many seats",
            "Kilroy-Silk",
            "Many",
        ),
        # a plural noun the text also writes in lower case ("minister")
        (
            "Tony Blair said immigration would be toughened up. Ministers said the rules "
            "would change. The prime minister said more. But he rejected a quota, saying "
            "it would not work.",
            "not work",
            "Blair",
            "Ministers",
        ),
        # an acronym's plural
        (
            "John Prescott said the report was old. MPs said the report was fair. He said "
            "new initiatives had been announced.",
            "initiatives",
            "Prescott",
            "MPs",
        ),
    ],
)
def test_a_singular_pronoun_skips_a_common_word(
    text: str, content: str, expected: str, never: str
) -> None:
    """'he' goes past a capitalised common word to the person named before it."""
    source = _source_of(text, content) or ""
    assert expected in source
    assert source != never


def test_the_common_words_are_sources_as_written() -> None:
    """The common words stay their own claims' sources: only the pronoun changes."""
    text = (
        "Robert Kilroy-Silk said the party had betrayed its voters. Many said he would "
        "fail. He said the party would win many seats."
    )
    assert _source_of(text, "would fail") is not None


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a one-word name the text gives a gender stays a person though the text
        # writes it in lower case ("may")
        (
            "Mrs May said the plans were inadequate. The reform may come later. She said "
            "the courts needed reform.",
            "courts needed",
            "May",
        ),
        # a one-word surname the text never writes in lower case
        (
            "Woolf said judges should be careful. He said the inquiry was political.",
            "inquiry was political",
            "Woolf",
        ),
    ],
)
def test_a_one_word_name_stays_a_person(text: str, content: str, expected: str) -> None:
    """Neighbours: a surname alone is still the person a pronoun stands for."""
    assert expected in (_source_of(text, content) or "")


def test_a_pronoun_goes_to_the_spokesman_said_last() -> None:
    """'A spokesman said ... But he added': the spokesman, not the chairman named before."""
    text = (
        "Bill Gammell, the firm's chairman, said the find was exciting. A spokesman said "
        'the company believed there was significant gas. But he added: "It is too early '
        'to say how much."'
    )
    assert "spokesman" in (_source_of(text, "too early") or "")


def test_a_pronoun_goes_to_a_spokeswoman_for_an_office() -> None:
    """'A spokeswoman for the ICO said ... She said': the role noun before its complement."""
    text = (
        "Anne Hill said the calls broke the rules. A spokeswoman for the Information "
        "Commissioner's Office said it was examining one complaint. She said the office "
        "would decide soon."
    )
    assert "spokeswoman" in (_source_of(text, "decide soon") or "")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a person said after the spokesman: the person
        (
            "A spokesman for the firm said the deal was done. Tom Ross said the deal was "
            "bad. He added that shareholders would vote.",
            "shareholders",
            "Tom Ross",
        ),
        # a person named between the spokesman and the pronoun: not the spokesman
        (
            "Leslie Grantham said he was sorry. A BBC spokesman said the actor would stay. "
            "Grantham hit the headlines in May. He said the pictures were private.",
            "pictures were private",
            "Leslie Grantham",
        ),
        # a spokesman in apposition to a name (no closing comma): the name
        (
            "Tom Ross said the site was closed. Scott Stanzel, a spokesman for the "
            'campaign said: "The measure was taken for security reasons." He declined to '
            "say more about the attack.",
            "more about the attack",
            "Scott Stanzel",
        ),
        # a spokeswoman is never "he"
        (
            "Tom Ross said the deal was done. A Conservative spokeswoman said the party "
            "kept the rules. He said the deal would hold.",
            "would hold",
            "Tom Ross",
        ),
    ],
)
def test_a_pronoun_skips_a_spokesman_it_cannot_stand_for(
    text: str, content: str, expected: str
) -> None:
    """Neighbours of the spokesman rule."""
    assert expected in (_source_of(text, content) or "")


def test_officials_are_no_single_speaker() -> None:
    """A plural unnamed source is never what 'he' stands for."""
    text = (
        "Tom Ross said the deal was done. Officials said the talks had failed. He said "
        "the deal would hold."
    )
    assert "fficials" not in (_source_of(text, "would hold") or "")
