"""The article's own agency reporting is no charge to verify.

"In August, Reuters first reported that the RNC was paying Trump's legal bills" in a
Reuters story is the narrator's own reporting, which the text stands behind; "CNN
reported that ..." in the same story is another outlet's report, flagged
(``claim.charge``) as before.
"""

from __future__ import annotations

from tests.rules.helpers import flags_of

_TEXTS = {
    "own": "In August, Reuters first reported that the RNC was paying Trump’s legal bills.",
    "other": "In August, CNN first reported that the RNC was paying Trump’s legal bills.",
}


def test_the_agencys_own_report_is_no_charge_and_another_outlets_is() -> None:
    """Reuters in a Reuters story: no flag; CNN: an unverified charge on the content."""
    found = flags_of(_TEXTS)
    assert [f for f in found["own"] if f[0] == "unverified"] == []
    assert ("unverified", "claim.charge", "the RNC was paying Trump’s legal bills") in found[
        "other"
    ]
