"""An appositive claim noun renames the clause before it, and a denial of it denies that clause.

"The rebels said they had taken the bridge, a claim the army denied": the appositive
("a claim", "an account", "a figure", "a charge") stands for the clause before the comma,
and the relative clause on it may drop its "that" before any subject, a name or a
determined noun as well as a pronoun (cues.yaml ``denied_appositive_heads`` and
``denied_appositive_determiners``). The denial's content is the clause, flagged as a
contradiction, its source the appositive's subject. Neighbours: a confirming verb denies
nothing, a clause with no appositive keeps its plain object, and a noun that renames no
claim ("a town the army denied entry to") is no appositive of a claim.
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import ClaimStatus
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.constructions import clause_relative
from provenance.lexicon.cues import cue_lexicon
from tests.rules.helpers import flags_of

_CLAUSE = "they had taken the bridge over the river"

#: Every text the tests check, run through one ``provenance.check`` call.
_TEXTS = {
    "claim": f"The rebels said {_CLAUSE}, a claim the army denied.",
    "name": f"The rebels said {_CLAUSE}, a claim Kiev has denied.",
    "that": f"The rebels said {_CLAUSE}, a claim that the army denied on Tuesday.",
    "account": f"Witnesses said {_CLAUSE}, an account the military rejected.",
    "figure": "Activists said 30 civilians were killed in the strike, a figure the army disputed.",
    # neighbours
    "confirmed": f"The rebels said {_CLAUSE}, a claim the army confirmed.",
}


@cache
def _flags() -> dict[str, list[tuple[str, str, str]]]:
    return flags_of(_TEXTS)


@pytest.mark.parametrize("key", ["claim", "name", "that", "account"])
def test_the_clause_before_the_appositive_is_contradicted(key: str) -> None:
    """The clause the first source states is flagged as contradicted."""
    flags = _flags()[key]
    assert any(kind == "contradiction" and text == _CLAUSE for kind, _, text in flags)


def test_a_figure_appositive_contradicts_the_count() -> None:
    """'..., a figure the army disputed': the clause giving the figure is contradicted."""
    flags = _flags()["figure"]
    assert any(
        kind == "contradiction" and text == "30 civilians were killed in the strike"
        for kind, _, text in flags
    )


def test_a_confirming_verb_contradicts_nothing() -> None:
    """'a claim the army confirmed' is no denial."""
    assert not any(kind == "contradiction" for kind, _, _ in _flags()["confirmed"])


def test_the_source_is_the_appositive_subject() -> None:
    """The denial's source is the army, the subject of the relative clause."""
    text = f"The rebels said {_CLAUSE}, a claim the army denied."
    denied = [c for c in find_claims(text) if c.status is ClaimStatus.DENIED]
    assert [text[c.start : c.end] for c in denied] == [_CLAUSE]
    assert "army" in (denied[0].source_text or "")


def test_a_noun_that_names_no_claim_is_no_appositive() -> None:
    """'a town the army denied': 'town' renames no claim, the clause is not denied."""
    text = "The rebels said they held the road to Marino, a town the army denied them."
    lex = cue_lexicon("en")
    cue = text.index("denied")
    assert clause_relative(text, 0, cue, "deny", [], lex, which=False) is None


def test_the_heads_are_language_data() -> None:
    """The appositive heads and determiners come from the English cue lexicon."""
    lex = cue_lexicon("en")
    assert {"figure", "toll"} <= lex.denied_appositive_heads
    assert {"a", "an"} <= lex.denied_appositive_determiners


_WORDS = st.sampled_from(["army", "ministry", "police", "Kremlin", "company", "mayor"])


@settings(max_examples=40, deadline=None)
@given(subject=_WORDS, head=st.sampled_from(["claim", "account", "charge", "figure"]))
def test_the_denied_content_is_always_the_clause(subject: str, head: str) -> None:
    """Whatever the subject and the claim noun, the denied content is the clause."""
    article = "an" if head[0] in "aeiou" else "a"
    text = f"The rebels said {_CLAUSE}, {article} {head} the {subject} denied."
    lex = cue_lexicon("en")
    found = clause_relative(text, 0, text.index("denied"), "deny", [16], lex, which=False)
    assert found is not None
    _, (start, end) = found
    assert text[start:end] == _CLAUSE
    assert found[0].group("subj").split()[-1] == subject
