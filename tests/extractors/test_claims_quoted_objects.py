"""An object cue closing a quotation takes the quotation as its object ("“Why?” she asked.")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.extractors.attributed import attributed


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        ("“Stop the vote now,” the senator demanded.", "“Stop the vote now,”", "the senator"),
        (
            "“Where is the money going?” the mayor asked.",
            "“Where is the money going?”",
            "the mayor",
        ),
        ("“Go home and vote,” she urged on Monday.", "“Go home and vote,”", "she"),
    ],
)
def test_the_quotation_is_the_object(text: str, content: str, source: str) -> None:
    assert (content, source) in attributed(text), attributed(text)


def test_an_object_after_the_verb_is_still_its_content() -> None:
    """ "“...,” Trump criticized the plan": the plan is what he criticized."""
    text = "“It was a disaster,” the governor criticized the plan."
    contents = [c for c, _ in attributed(text)]
    assert "the plan" in contents, contents
    assert "“It was a disaster,”" not in contents, contents


@given(
    st.sampled_from(["asked", "demanded", "urged"]),
    st.sampled_from(["the senator", "she", "Ms. Ortiz"]),
)
def test_any_object_cue_closing_a_quotation_credits_its_speaker(verb: str, speaker: str) -> None:
    text = f"“Why should anyone wait any longer?” {speaker} {verb}."
    assert ("“Why should anyone wait any longer?”", speaker) in attributed(text), attributed(text)
