"""A plea in the perfect, and "There is no record of" answering a claim.

"She has pleaded not guilty to fraud." is the plea "pleaded not guilty" with its
auxiliary: its subject is the source that denies the charge, and with no object it
answers the charge made before it, as the simple past does. "There is no record of such
a figure" is the writer's refutation of the claim it points back to, and "There is no
record of the meeting the minister described" of what its object names someone as
saying; a record of weather, or a minister's own finding that no record exists, answers
no one and raises no flag (the matching lexicon's ``answering_denials``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.lexicon.matching import match_lexicon
from tests.rules.flags_matrix43 import predict


@dataclass(frozen=True)
class _Text:
    name: str
    text: str


#: name -> (text, expected flags as (kind, words the flagged span holds, source))
_CASES: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    # the perfect plea: its subject denies the charge
    "has-pleaded": (
        "The former mayor has pleaded not guilty to bribery charges.",
        (("contradiction", "bribery charges", "former mayor"),),
    ),
    "have-pleaded-innocent": (
        "The two engineers have pleaded innocent to negligence charges.",
        (("contradiction", "negligence charges", "two engineers"),),
    ),
    "had-pleaded-bare": (
        "Okafor was charged with stealing medical supplies from the depot. He had pleaded "
        "not guilty before the hearing.",
        (("contradiction", "stealing medical supplies", "He"),),
    ),
    "has-pleaded-bare": (
        "The accountant is charged with forging tax returns. She has pleaded not guilty.",
        (("contradiction", "forging tax returns", "She"),),
    ),
    "simple-past": (
        "The former mayor pleaded not guilty to bribery charges.",
        (("contradiction", "bribery charges", "former mayor"),),
    ),
    # neighbours: an admission, a verdict, a plea for something
    "has-pleaded-guilty": ("The former mayor has pleaded guilty to bribery charges.", ()),
    "verdict": ("The jury has found the former mayor not guilty of bribery.", ()),
    "pleaded-for": ("The mayor has pleaded for calm after the floods.", ()),
    # "There is no record" answering the claim before it
    "no-record-such": (
        "The company said it had planted a million trees in the valley. There is no record "
        "of such a project in the forestry register.",
        (("contradiction", "planted a million trees", "Reuters"),),
    ),
    "no-records-such": (
        "The coach said the club had paid the fee in full. There were no records of such a "
        "payment in the league's accounts.",
        (("contradiction", "paid the fee in full", "Reuters"),),
    ),
    # ... or naming what someone said
    "no-record-said": (
        "There was no record of the transfer the treasurer said was made in May.",
        (("contradiction", "the transfer the treasurer said was made", "Reuters"),),
    ),
    "no-record-described": (
        "There is no record of the inspection the landlord described.",
        (("contradiction", "the inspection the landlord described", "Reuters"),),
    ),
    # neighbours: a record of a fact, a source's own finding, other "record"s
    "record-weather": (
        "There is no record of snow in the city in May, the weather office said.",
        (),
    ),
    "record-finding": (
        "The registrar said there was no record of the couple marrying abroad.",
        (),
    ),
    "record-alone": ("There are no records of the ship after 1850.", ()),
    "record-sport": ("The striker set a club record of 40 goals in a season.", ()),
    "record-has-no": ("The archive has no record of the painting's first owner.", ()),
}


@cache
def _flags() -> dict[str, list[dict[str, Any]]]:
    texts = tuple(_Text(name, text) for name, (text, _) in _CASES.items())
    return predict(texts)


@pytest.mark.parametrize("name", list(_CASES))
def test_flags(name: str) -> None:
    """Each expected flag is raised once, with its source, and nothing else."""
    _, expected = _CASES[name]
    got = [(f["kind"], f["text"], f["source"]) for f in _flags()[name]]
    assert len(got) == len(expected), got
    for kind, words, source in expected:
        assert any((k, s) == (kind, source) and words in text for k, text, s in got), got


_SUBJECTS = ("The senator", "Dr. Amara Njoku", "The two brothers", "The company's founder")
_CHARGES = ("fraud charges", "all 12 counts", "charges of money laundering")


@settings(max_examples=30, deadline=None)
@given(
    subject=st.sampled_from(_SUBJECTS),
    aux=st.sampled_from(("has", "have", "had", "")),
    plea=st.sampled_from(("not guilty", "innocent")),
    charge=st.sampled_from(_CHARGES),
)
def test_the_plea_source_is_its_subject(subject: str, aux: str, plea: str, charge: str) -> None:
    """With or without the perfect's auxiliary, the plea is one denial of the charge,
    made by the subject: never a narrator's claim."""
    text = f"{subject} {aux} pleaded {plea} to {charge} on Monday.".replace("  ", " ")
    denied = [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert len(denied) == 1, denied
    assert denied[0].text.startswith(charge)
    assert denied[0].source is not None
    assert subject.lower().endswith(denied[0].source.name.lower())


def test_the_lexicon_states_the_answering_denials() -> None:
    """The cues that deny only what they answer are language data, case-folded."""
    words = match_lexicon("en").answering_denials
    assert {"there is no record", "there were no records"} <= words
    assert all(w == w.casefold() for w in words)
    assert "there is no evidence" not in words  # a finding of its own ("no evidence of fraud")
