"""A pronoun after a speaker the text only describes (issue 6, wire36).

"The minister said ... He said 30 people died": the figure's source is the minister, kept
as the description the text gives ("minister"), as "a spokesman said ... He said" already
was. A role the source registry does not know is of unknown kind, an anonymous role
("a spokesman") of anonymous kind: both stand for one person. The neighbours: a pronoun
of the other gender ("The spokeswoman said ... He said"), an organization ("The ministry
said ... He said"), a group ("The ministers", "The minister and the mayor"), and a person
named after the description ("Mayor John Smith arrived later. He said").
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import figure_sources

_SAID = "said the fire began at noon."
_TEXTS = {
    "minister": f"The minister {_SAID} He said 30 people died in the blast.",
    "governor": f"A provincial governor {_SAID} She said 30 people died in the blast.",
    "spokeswoman": f"The spokeswoman {_SAID} He said 30 people died in the blast.",
    "ministry": f"The ministry {_SAID} He said 30 people died in the blast.",
    "ministers": f"The ministers {_SAID} He said 30 people died in the blast.",
    "pair": f"The minister and the mayor {_SAID} He said 30 people died in the blast.",
    "named": f"The minister {_SAID} Mayor John Smith arrived later. He said 30 people died.",
}


@cache
def _sources() -> dict[str, dict[str, str]]:
    return figure_sources(_TEXTS)


@pytest.mark.parametrize(("key", "described"), [("minister", "minister"), ("governor", "governor")])
def test_a_pronoun_after_a_described_speaker_is_that_speaker(key: str, described: str) -> None:
    assert described in _sources()[key]["30"].casefold()


@pytest.mark.parametrize("key", ["spokeswoman", "ministry", "ministers", "pair"])
def test_a_pronoun_that_cannot_stand_for_the_description_stays(key: str) -> None:
    assert _sources()[key]["30"] == "He"


def test_a_person_named_after_the_description_takes_the_pronoun() -> None:
    assert _sources()["named"]["30"] == "John Smith"
