"""A reporting verb with no source the text names is no outlet's report.

"reported" is flagged only for media and agency sources ("local media reported that
..."). A participle whose subject is no source ("a wave of women reporting abuse has
brought down powerful men") leaves the claim with the narrator, the agency itself: that
kind must not make it a charge. Noun cues say what their source is ("amid reports that
..."), so they stay flagged without one, as do named outlets' reports.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from provenance.rules.claims import is_charge
from tests.rules.helpers import flags_of

_TEXTS = {
    "participle": "A growing wave of women reporting abuse has brought down powerful men.",
    "outlet": "The Courier-Journal reported that the senator had quit the race.",
    "noun": "The senator resigned amid reports that he had misused campaign funds.",
}


@cache
def _unverified() -> dict[str, list[str]]:
    return {
        key: [claim for kind, _, claim in found if kind == "unverified"]
        for key, found in flags_of(_TEXTS).items()
    }


def test_a_sourceless_reporting_participle_is_no_charge() -> None:
    """'women reporting abuse has brought down men': no flag."""
    assert _unverified()["participle"] == []


def test_a_named_outlets_report_stays_flagged() -> None:
    """'The Courier-Journal reported that X' flags X."""
    assert _unverified()["outlet"] == ["the senator had quit the race"]


def test_a_report_noun_without_source_stays_flagged() -> None:
    """'amid reports that X' flags X, whoever reported it."""
    assert _unverified()["noun"] == ["he had misused campaign funds"]


def test_is_charge_reads_no_agency_kind_into_a_narrator_verb() -> None:
    """The same verb cue is a charge from a media source, not from the narrator."""
    claims = pd.DataFrame(
        {
            "status": ["asserted"] * 3,
            "attribution": ["indirect", "narrator", "narrator"],
            "cue": ["reported", "reporting", "reports"],
        }
    )
    kinds = pd.Series(["media", "agency", "agency"])
    assert is_charge(claims, kinds).tolist() == [True, False, True]
