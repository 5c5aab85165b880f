"""A denial verb that labels what it denies ("dismissing the report as a hoax").

Where the verb gives no claim of its own (a participle after the subject and a comma),
the evaluation's claim carries the denial: the report is denied, as in "Trump
dismissed the report as a hoax". "called the report a hoax" stays asserted (the
evaluation's words deny it, which the rules read), and so does a negated verb.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def statuses_of(text: str, content: str) -> set[ClaimStatus]:
    """The statuses of the claims of ``text`` whose content starts with ``content``."""
    return {c.status for c in find_claims(text) if c.cue and c.text.startswith(content)}


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    subject=st.sampled_from(["The senator", "The agency", "Ms. Park"]),
    label=st.sampled_from(["a hoax", "nonsense", "fake news", "propaganda"]),
)
def test_a_participle_labelling_its_object_denies_it(subject: str, label: str) -> None:
    """ "X, dismissing the audit as a hoax, left": the audit is denied."""
    text = f"{subject}, dismissing the audit as {label}, left the room."
    assert ClaimStatus.DENIED in statuses_of(text, "the audit"), find_claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator did not dismiss the audit as a hoax.",
        "The senator didn't dismiss the audit as a hoax.",
        "The senator called the audit a hoax.",
    ],
)
def test_negated_or_neutral_labels_deny_nothing(text: str) -> None:
    """A negated denial verb, or a neutral labelling verb, gives no denied claim."""
    assert ClaimStatus.DENIED not in statuses_of(text, "the audit"), find_claims(text)
