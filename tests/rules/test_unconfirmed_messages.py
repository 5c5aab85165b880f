"""The claim.unconfirmed message quotes the words that make a claim unconfirmed.

A claim made unconfirmed by a phrase after it (", a figure that could not be
independently verified", ", which could not be confirmed", "Reuters could not verify the
report") quotes that phrase, not its own speech verb ("said"); a claim unconfirmed by its
own cue ("has not confirmed that") still quotes its cue.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

import provenance
from tests.rules.helpers import wire_documents

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "appositive": "The militia said 12 guards were wounded, a toll that could not be "
    "independently verified.",
    "relative": "The council said the dam had burst, which could not be confirmed.",
    "zero_relative": "The navy said it sank 3 boats, a claim AFP could not verify.",
    "next_sentence": "The militia said 12 guards were wounded. The account could not be "
    "independently verified.",
    "pointing": "The navy said it had downed 7 drones. AFP could not verify the report.",
    # neighbours: the claim's own cue says it
    "own_cue": "The council has not confirmed that 9 houses were flooded.",
    "anaphoric": "The Herald reported that the mayor had resigned. AFP has not confirmed "
    "either report.",
}


@cache
def _messages() -> dict[str, list[tuple[str, str]]]:
    """Per text: (claim text, message) of every claim.unconfirmed finding."""
    result = provenance.check(wire_documents(_TEXTS, "msg"), engine="pandas")
    t = result.tables
    path = t.articles.set_index("article_id")["path"]
    text = t.claims.set_index("claim_id")["text"]
    out: dict[str, list[tuple[str, str]]] = {key: [] for key in _TEXTS}
    found = result.findings[result.findings["rule"] == "claim.unconfirmed"]
    for f in found.itertuples():
        key = str(path[f.article_id]).removeprefix("msg/")
        out[key].append((str(text[f.claim_id]), str(f.message)))
    return out


def _quoted(key: str) -> list[tuple[str, str]]:
    """(claim text, the words the message quotes as the evidence) per finding."""
    return [
        (claim, message.split("(“", 1)[1].split("”)", 1)[0]) for claim, message in _messages()[key]
    ]


def test_a_phrase_after_the_claim_is_quoted_not_its_speech_verb() -> None:
    """', a toll that could not be independently verified' is the quoted evidence."""
    assert _quoted("appositive") == [
        ("12 guards were wounded", "could not be independently verified")
    ]
    assert _quoted("relative") == [("the dam had burst", "could not be confirmed")]
    assert _quoted("next_sentence") == [
        ("12 guards were wounded", "could not be independently verified")
    ]


def test_an_appositive_with_no_relative_is_quoted() -> None:
    """', a claim AFP could not verify': the negated verb is the evidence."""
    assert _quoted("zero_relative") == [("it sank 3 boats", "could not verify")]


def test_a_claim_pointing_back_lends_its_cue() -> None:
    """'AFP could not verify the report' marks the claim before with its own cue."""
    assert _quoted("pointing") == [("it had downed 7 drones", "could not verify")]
    assert _quoted("anaphoric") == [("the mayor had resigned", "has not confirmed")]


def test_a_claim_unconfirmed_by_its_own_cue_quotes_it() -> None:
    """'has not confirmed that X' quotes 'has not confirmed'."""
    assert _quoted("own_cue") == [("9 houses were flooded", "has not confirmed")]


def test_the_view_falls_back_to_the_cue_with_no_phrase() -> None:
    """With no words after it in the body, the column is null (the cue is quoted)."""
    from provenance.rules.claims import unconfirming_words

    claims = pd.DataFrame(
        {
            "claim_id": ["c"],
            "article_id": ["a"],
            "source_id": ["s"],
            "start": [10],
            "end": [20],
            "status": ["unconfirmed"],
            "attribution": ["indirect"],
            "cue": ["said"],
            "text": ["0123456789"],
        }
    )
    body = pd.Series({"a": "He said it 0123456789 and left."})
    assert unconfirming_words(claims, pd.Series([True]), body).tolist() == [None]
    assert unconfirming_words(claims, pd.Series([False]), body).tolist() == [None]
