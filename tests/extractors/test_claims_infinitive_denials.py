"""A denial verb after a bare "to" ("an attempt to dismiss X as Y", "breaks silence to
dispute film"): a labelled object is dismissed and "dispute" and "refute" contest their
object; refusals, posts, roles, "it's hard to" and negated attempts deny nothing."""

from __future__ import annotations

import pytest

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims


def _with_cue(text: str, cue: str) -> list[tuple[str, ClaimStatus]]:
    return [(c.text, c.status) for c in find_claims(text) if c.cue == cue]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ad is an attempt to dismiss Pryce as a puppet of the banks.", "Pryce as a puppet"),
        ("It was a bid to dismiss the audit as a partisan stunt.", "the audit as a partisan"),
    ],
)
def test_a_dismissal_after_to_labels_its_object(text: str, content: str) -> None:
    """'an attempt to dismiss X as Y': a denial of X, with no subject to credit."""
    found = _with_cue(text, "dismiss")
    assert len(found) == 1
    assert found[0][0].startswith(content)
    assert found[0][1] is ClaimStatus.DENIED


@pytest.mark.parametrize(
    "text",
    [
        # a post, a role, no label and a bare object stay refusals or removals
        "The board voted to dismiss Jones as coach on Friday.",
        "Delegates moved to reject Smith as a candidate for the post.",
        "Several donors have pledged to reject Pryce as well.",
        "The ruling made it easier for judges to dismiss lawsuits over pay.",
    ],
)
def test_no_label_after_to_is_no_denial(text: str) -> None:
    """Without a label after 'as' the infinitive reports no denial."""
    assert [c.text for c in find_claims(text) if c.status is ClaimStatus.DENIED] == []


def test_a_quoted_first_person_dismissal_is_a_denial() -> None:
    """'“We dismiss these allegations,” ...': the base form after "we" denies them."""
    found = _with_cue("“We dismiss these allegations,” the company said.", "dismiss")
    assert found == [("these allegations", ClaimStatus.DENIED)]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Former envoy breaks his silence to dispute documentary.", "dispute", "documentary"),
        ("She used the hearing to refute the auditor's findings.", "refute", "the auditor's"),
    ],
)
def test_dispute_and_refute_after_to_deny_their_object(text: str, cue: str, content: str) -> None:
    """'to dispute X', 'to refute X': contested, never a refusal, so a denial."""
    found = _with_cue(text, cue)
    assert len(found) == 1
    assert found[0][0].startswith(content)
    assert found[0][1] is ClaimStatus.DENIED


@pytest.mark.parametrize(
    "text",
    [
        # "deny" and "reject" after "to" with a bare object still refuse
        "Clerks would be allowed to deny licences to couples.",
        "Senators voted to reject the request for more troops.",
        # no act: an adjective after a copula, contracted or not
        "It's hard to dispute the rising costs.",
        "“It's hard to dispute the rising costs,” he said.",
        "It’s hard to deny that the team improved.",
        "It is hard to refute the numbers.",
        # a negation before the infinitive
        "The firm did not try to dispute the figures.",
    ],
)
def test_no_denial_after_to_without_a_contest_or_an_act(text: str) -> None:
    """Refusals, 'it's hard to' and negated attempts give no denial."""
    assert [c.text for c in find_claims(text) if c.status is ClaimStatus.DENIED] == []
