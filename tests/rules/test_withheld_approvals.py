"""A consent withheld and a text put to a vote are no claims a denial contradicts.

"The regulator denied approval for the drug" withholds a consent (the cue lexicon's
``withheld_objects``), and "Russia rejected the draft resolution" discards a text put to
a vote, as "rejected the treaty" does (``non_claim_objects``). Neighbours that still deny
a claim: a report or a claim about an approval or a resolution, a clause whose subject
they are, and "as" labelling the resolution.
"""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules.helpers import flags_of

_QUIET = {
    "denied-approval": "The regulator denied approval for the vaccine last year.",
    "refused-approvals": "The agency has denied approvals for two pipelines since May.",
    "rejected-resolution": "China rejected the draft resolution at the Security Council.",
    "dismissed-resolutions": "The assembly dismissed both resolutions on Tuesday.",
}

#: key -> (text, words the contradicted claim holds)
_DENIED = {
    "report-of-approval": (
        "The ministry denied reports that it had given approval for the mine.",
        "given approval for the mine",
    ),
    "approval-subject": (
        "The company denied that the regulator's approval had been forged.",
        "approval had been forged",
    ),
    "resolution-claim": (
        "Moscow rejected the resolution's claim that its troops had shelled the port.",
        "its troops had shelled the port",
    ),
    "resolution-as": ("The government rejected the resolution as biased.", "the resolution"),
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of({**_QUIET, **{k: text for k, (text, _) in _DENIED.items()}})


@pytest.mark.parametrize("key", list(_QUIET))
def test_a_consent_or_a_resolution_refused_is_no_flag(key: str) -> None:
    assert _flags()[key] == []


@pytest.mark.parametrize("key", list(_DENIED))
def test_a_claim_about_them_is_still_denied(key: str) -> None:
    _, words = _DENIED[key]
    assert [kind for kind, _, _ in _flags()[key]] == ["contradiction"], _flags()[key]
    assert words in _flags()[key][0][2]
