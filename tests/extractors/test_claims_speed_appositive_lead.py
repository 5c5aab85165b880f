"""The appositive lead pattern with its heads factored finds what the plain one found.

:func:`~provenance.extractors.claims.appositive_contests._lead_re` factors its one-word
heads on their first letters; the plain alternation of the same heads (any order: one
word before a space, no two heads match at one place) is compared on generated texts.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.extractors.claims.appositive_contests import _PRONOUNS, _lead_re
from provenance.extractors.text.wordlists import ordered_alternation
from provenance.lexicon.cues import cue_lexicon


def _plain_lead() -> re.Pattern[str]:
    lex = cue_lexicon("en")
    heads = sorted((set(lex.claim_heads) - _PRONOUNS) | lex.denied_appositive_heads)
    dets = ordered_alternation(lex.denied_appositive_determiners)
    return re.compile(
        rf",\s+(?:(?:{dets})\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{ordered_alternation(heads)})(?=\s)"
    )


_PIECES = st.sampled_from(
    [
        ",",
        " ",
        "\n",
        "a",
        "an",
        "the",
        "claim",
        "claims",
        "figure",
        "figures",
        "account",
        "report",
        "reports",
        "estimate",
        "disputed",
        "new",
        "pro-Kremlin",
        "Account",
        "x",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=18))
@example([",", " ", "a", " ", "claims", " ", "claim", " "])
@example([",", " ", "an", " ", "new", " ", "figures", "\n"])
def test_factored_lead_finds_the_same_leads(pieces: list[str]) -> None:
    text = "".join(pieces)
    plain = [m.span() for m in _plain_lead().finditer(text)]
    assert [m.span() for m in _lead_re("en").finditer(text)] == plain


def test_lead_reads_a_head_after_modifiers() -> None:
    text = "Police said 40 were held, an early police account the organisers contested."
    lead = _lead_re("en").search(text)
    assert lead is not None
    assert text[lead.start() : lead.end()] == ", an early police account"
