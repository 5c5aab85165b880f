"""Replies that contradict without a denial word: a negated echo, a count said to be wrong,
and a doubt said of a claim (issue 6, wire31).

- "The army said its troops had left the village. Residents said the troops had not left
  the village": the reply says the other source's claim again with a clause negation.
- "Officials said 40 people had been arrested. Activists said the real number was far
  higher" (matching.yaml ``quantity_comparatives``, ``comparative_degrees``).
- "The bank said its capital was sufficient. Regulators were not convinced." (matching.yaml
  ``doubt_adjectives``, ``doubt_copulas``, ``doubt_verbs``), in a whole content, a
  narrator's whole sentence, or after a claim of another source held in the content.

Each rule reads a claim in its own language: a French claim gets no English reading.
Neighbours that must flag nothing follow each family.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.lexicon.matching import match_lexicon
from provenance.rules.figures import _general_units
from provenance.rules.owners import judged_claim
from provenance.rules.replies import claim_languages, doubted_claim, replied_claim
from tests.rules.helpers import flags_of

_ARMY = "The army said its troops had left the village on Sunday. "
_SPILL = "The company said the spill was contained within a day. "
_ARRESTS = "Officials said 40 people had been arrested in the capital. "
_BANK = "The bank said its capital was sufficient to absorb the losses. "
_LEAK = "The company said the leak was small. "

_TEXTS = {
    # negated echoes
    "echo_left": _ARMY + "Residents said the troops had not left the village.",
    "echo_never": "The mayor said the bridge had been inspected last year. "
    "Engineers said the bridge was never inspected.",
    "echo_contracted": _SPILL + "The coast guard said the spill wasn't contained for a week.",
    # neighbours: another subject, another word negated, the same source, a negated original
    "echo_other_subject": _ARMY + "Residents said the market had not reopened.",
    "echo_other_word": _ARMY + "Residents said the troops were not welcome in the village.",
    "echo_own": "The army said its troops had left the village. "
    "The army said the troops had not left the capital.",
    "echo_both_negated": "The army said its troops had not left the village. "
    "Residents said the troops had not left the village.",
    "echo_determiner": _ARMY + "Residents said the troops were not the problem.",
    # counts said to be wrong
    "count_higher": _ARRESTS + "Activists said the real number was far higher.",
    "count_toll": "The government said 15 soldiers died in the clash. "
    "The rebels said the toll was much lower.",
    "count_exaggerated": _ARRESTS + "Lawyers said the figure was exaggerated.",
    # neighbours: a count of its own, a count that rose
    "count_own": _ARRESTS + "Activists said the number of protesters was 300.",
    "count_rose": _ARRESTS + "Activists said the number of arrests rose on Tuesday.",
    # doubts
    "doubt_narrator": _BANK + "Regulators were not convinced.",
    "doubt_saying": _BANK + "Regulators remained skeptical, saying the bank needed more money.",
    "doubt_content": _BANK + "Analysts said they were unconvinced.",
    "doubt_pointing": _LEAK + "Experts said the claim was not credible.",
    "doubt_verb": "The minister said the dam would be finished in May. "
    "That timetable strains credulity, engineers said.",
    "doubt_nested": "Smith said Jones’ statement that he never met the envoy "
    "would raise skepticism.",
    # neighbours: what is doubted named after the doubt, a long subject, no claim before
    "doubt_object": _BANK + "Investors were skeptical of the merger.",
    "doubt_long": _BANK + "The board of the rival lender in the capital was not convinced "
    "that the merger made sense.",
    "doubt_alone": "Regulators were not convinced.",
}


@cache
def _contradictions() -> dict[str, list[str]]:
    return {
        key: [claim for kind, _, claim in found if kind == "contradiction"]
        for key, found in flags_of(_TEXTS).items()
    }


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("echo_left", "its troops had left the village on Sunday"),
        ("echo_never", "the bridge had been inspected last year"),
        ("echo_contracted", "the spill was contained within a day"),
    ],
)
def test_a_negated_echo_contradicts_the_claim_it_repeats(key: str, claim: str) -> None:
    """The reply says the other source's claim with a negation: it contradicts that claim."""
    assert _contradictions()[key] == [claim]


@pytest.mark.parametrize(
    "key", ["echo_other_subject", "echo_other_word", "echo_own", "echo_both_negated"]
)
def test_neighbours_of_a_negated_echo_flag_nothing(key: str) -> None:
    """Another subject, another word negated, the source's own claim, or a claim that is
    itself negated: no echo."""
    assert _contradictions()[key] == []


def test_a_negated_determiner_is_no_echo() -> None:
    """'were not [the] problem' negates no word of the army's claim."""
    assert _contradictions()["echo_determiner"] == []


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("count_higher", "40 people had been arrested in the capital"),
        ("count_toll", "15 soldiers died in the clash"),
        ("count_exaggerated", "40 people had been arrested in the capital"),
    ],
)
def test_a_count_said_to_be_wrong_contradicts_the_count_before(key: str, claim: str) -> None:
    """'the real number was far higher' after another source's count contradicts it."""
    assert claim in _contradictions()[key]


@pytest.mark.parametrize("key", ["count_own", "count_rose"])
def test_a_count_of_its_own_contradicts_nothing(key: str) -> None:
    """'the number of protesters was 300' and 'the number rose' state counts of their own."""
    assert _contradictions()[key] == []


@pytest.mark.parametrize(
    ("key", "claim"),
    [
        ("doubt_narrator", "its capital was sufficient to absorb the losses"),
        ("doubt_saying", "its capital was sufficient to absorb the losses"),
        ("doubt_content", "its capital was sufficient to absorb the losses"),
        ("doubt_pointing", "the leak was small"),
        ("doubt_verb", "the dam would be finished in May"),
    ],
)
def test_a_doubt_contradicts_the_claim_before(key: str, claim: str) -> None:
    """'Regulators were not convinced', '... said the claim was not credible': the nearest
    earlier claim of another source is doubted."""
    assert _contradictions()[key] == [claim]


def test_a_doubt_after_a_held_claim_contradicts_that_claim() -> None:
    """'Smith said [Jones’ statement that [he never met the envoy]] would raise skepticism'."""
    found = _contradictions()["doubt_nested"]
    assert len(found) == 1
    assert found[0].startswith("he never met the envoy")


@pytest.mark.parametrize("key", ["doubt_object", "doubt_long", "doubt_alone"])
def test_neighbours_of_a_doubt_flag_nothing(key: str) -> None:
    """What is doubted named after the doubt, a long subject of its own, no claim before."""
    assert _contradictions()[key] == []


def test_the_doubt_is_in_the_name_of_the_source_saying_it() -> None:
    """'Regulators remained skeptical, saying ...': the regulators' claim doubts, not the
    narrator's piece."""
    import provenance
    from tests.rules.helpers import wire_documents

    result = provenance.check(wire_documents({"x": _TEXTS["doubt_saying"]}, "d"), engine="pandas")
    names = result.tables.sources.set_index("source_id")["name"]
    claims = result.tables.claims.set_index("claim_id")
    found = result.findings[result.findings["kind"] == "contradiction"]
    assert [names[claims.loc[c, "source_id"]] for c in found["claim_id"]] == ["Regulators"]


def test_the_matching_lexicon_states_the_families() -> None:
    """The comparatives, doubts and their links are language data."""
    lex = match_lexicon("en")
    assert "higher" in lex.quantity_comparatives
    assert "far" in lex.comparative_degrees
    assert "not convinced" in lex.doubt_adjectives
    assert "remained" in lex.doubt_copulas
    assert "strains credulity" in lex.doubt_verbs
    assert match_lexicon("fr").doubt_adjectives == ()


def _claims(language: str | None, second: str, cue: str = "said") -> pd.DataFrame:
    frame = pd.DataFrame(
        {
            "claim_id": ["a", "b"],
            "article_id": ["x", "x"],
            "source_id": ["army", "residents"],
            "source_text": ["The army", "Residents"],
            "start": [14, 70],
            "end": [45, 70 + len(second)],
            "status": ["asserted", "asserted"],
            "attribution": ["indirect", "indirect"],
            "cue": ["said", cue],
            "text": ["its troops had left the village", second],
        }
    )
    return frame if language is None else frame.assign(language=language)


@pytest.mark.parametrize(
    ("second", "cue", "rule"),
    [
        ("the troops had not left the village", "said", replied_claim),
        ("no troops had left", "countered", replied_claim),
        ("they were not convinced", "said", doubted_claim),
        ("the army was wrong", "said", judged_claim),
    ],
)
def test_each_claim_is_read_in_its_own_language(second: str, cue: str, rule: object) -> None:
    """An English content answers the claim before; the same words in a claim of a French
    article get no English reading (the French lexicons state none of these forms)."""
    assert callable(rule)
    open_ = pd.Series([True, True])
    assert rule(_claims(None, second, cue), open_).tolist() == [None, "a"]
    assert rule(_claims("en-GB", second, cue), open_).tolist() == [None, "a"]
    assert rule(_claims("fr", second, cue), open_).tolist() == [None, None]


def test_claim_languages_default_to_english() -> None:
    frame = pd.DataFrame({"language": ["fr-FR", None, "en", "de"]})
    assert claim_languages(frame).tolist() == ["fr", "en", "en", "und"]
    assert claim_languages(pd.DataFrame({"x": [1]})).tolist() == ["en"]


def test_a_general_unit_is_one_of_the_figures_own_language() -> None:
    """'person' counts any of the dead in English; a French figure is not read with it."""
    f = pd.DataFrame({"_key": ["person", "person", "soldier"], "language": ["en", "fr", "en"]})
    assert _general_units(f).tolist() == [True, False, False]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="abcdefghij klmnop,.", max_size=60))
def test_a_reply_never_answers_its_own_source(second: str) -> None:
    """Whatever the reply says, a claim of the same source is never the one answered."""
    frame = _claims(None, second).assign(source_id=["army", "army"])
    open_ = pd.Series([True, True])
    assert replied_claim(frame, open_).tolist() == [None, None]
    assert doubted_claim(frame, open_).tolist() == [None, None]
