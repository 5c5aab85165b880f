"""Stop 46's blind matrix (``claims_blind46``): attribution in sport, entertainment,
social media, tech and business, religion, diplomacy, the UN and NGOs, headline and Q&A
copy, documents that speak, and Indian, Nigerian, Kenyan, Singaporean and Philippine
English, with the families left wrong before and neighbours that attribute nothing.

The matrix was written from PolNeAR's annotation before the claims extractor or the
earlier matrices were read. At 9be5e2f 207 of its 225 passages held (177 of 188 passages
with attributions, 30 of 37 neighbours). Six expectations were wrong against PolNeAR's
annotation, as train shows it: it marks "who declined to be identified" as a report of
its own (source "who"; fam-declined-identified, -identified-end, -named), "did not
respond to a request for comment" with the request as content (fam-did-not-respond),
"reported a profit of ..." with the figure as content (none-reported-income, now
biz-reported-revenue), a headline's "slams" with its object ("blast Trump":
head-quote-dash-name) and the question put to a speaker ("Asked about the red card":
sport-quote-colon-name-said). Corrected, 212 of the 225 held at 9be5e2f (182 of 189
passages with attributions, 30 of 36 neighbours). The passages that do not hold are
marked ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest

import provenance

from .claims_blind46 import PASSAGES, Passage, passage_misses

# Passages the extractor does not read as PolNeAR would (see the module docstring).
MISSES = frozenset(
    {
        "dip-interpreter",
        "head-quote-dash-name",
        "head-interview-qa-named",
        "doc-according-transcript",
        "doc-charge-sheet",
        "ng-disclosed-this",
        "fam-declined-identified",
        "none-posted-bail",
        "none-posted-loss",
        "none-claimed-title",
        "none-claimed-lives",
        "none-announced-squad",
        "none-insisted-on-paying",
    }
)


def _cases() -> list[object]:
    return [
        pytest.param(p, id=p.key, marks=[pytest.mark.xfail(strict=True)] if p.key in MISSES else [])
        for p in PASSAGES
    ]


def test_keys_are_unique_and_misses_are_passages() -> None:
    """Every passage has its own key and every listed miss names a passage."""
    keys = [p.key for p in PASSAGES]
    assert len(keys) == len(set(keys))
    assert set(MISSES) <= set(keys)


def test_expected_contents_are_in_their_passages() -> None:
    """Each expected content and source is written as it stands in its passage."""
    for p in PASSAGES:
        for e in p.expected:
            parts = (e.content,) if isinstance(e.content, str) else e.content
            assert all(part in p.text for part in parts), p.key


@pytest.mark.parametrize("passage", _cases())
def test_blind46_passage(passage: Passage) -> None:
    """The claims frame attributes each expected content to its source, and nothing else."""
    assert passage_misses(passage, provenance.extract_claims(passage.text)) == []
