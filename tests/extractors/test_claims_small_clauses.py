"""A cue participle going on with a small clause takes the clause's subject as its source."""

from __future__ import annotations

import pytest

from provenance.extractors.claims.small_clauses import small_clause_subject
from provenance.lexicon.cues import cue_lexicon
from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the seed article's construction: the men in the videos chant, not the ministry
        (
            "Moscow's defense ministry released videos showing men in uniform waving Russian "
            "flags, chanting “Glory to Russia” and “hooray,” some raising fists.",
            "men in uniform",
        ),
        (
            "A video posted on Telegram shows soldiers holding banners, chanting “Victory!”",
            "soldiers",
        ),
        (
            "The footage, depicting hundreds of supporters lining the road, chanting “Four more "
            "years,” ran all day.",
            "hundreds of supporters",
        ),
        # an absolute "with" clause after a comma
        (
            "Trump took the stage, with supporters waving signs, chanting “Lock her up.”",
            "supporters",
        ),
        # the cue is the small clause's own participle
        (
            "The ministry released videos showing men in uniform chanting “Glory to Russia.”",
            "men in uniform",
        ),
        ("With supporters chanting “Lock her up,” Trump took the stage.", "supporters"),
    ],
)
def test_participle_after_a_small_clause_takes_its_subject(text: str, source: str) -> None:
    """The object opening the small clause is who chants; the sentence's subject is not."""
    chants = [(c, s) for c, s, cue in attributed_cues(text) if cue == "chanting"]
    assert [s for _, s in chants] == [source], attributed_cues(text)


def test_small_clause_of_things_gives_no_claim() -> None:
    """When the object can be no source ("flags fluttering"), no one in the text chants."""
    text = "The ministry released videos showing flags fluttering in the wind, chanting “Glory.”"
    assert [c for c in attributed_cues(text) if c[2] == "chanting"] == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # neighbours: a participle after a plain object goes with the subject
        ("The crowd waved flags, chanting “USA.”", "The crowd"),
        ("Supporters greeted Trump at the airport, chanting “Lock her up.”", "Supporters"),
        # "with" inside a phrase ("spoke with reporters") opens no absolute clause
        (
            "The president spoke with reporters traveling with him, saying the talks had failed.",
            "The president",
        ),
        # the small clause has no participle of its own: "showing" is the subject's report
        ("The ministry issued a statement showing concern, saying the talks had failed.", None),
    ],
)
def test_participle_after_a_plain_object_keeps_the_subject(text: str, source: str | None) -> None:
    """Neighbours: no small clause, so the participle's source stays the main subject."""
    lex = cue_lexicon("en")
    cue = text.index("chanting") if "chanting" in text else text.index("saying")
    assert small_clause_subject(text, 0, cue, lex) is None
    if source is not None:
        assert source in [s for _, s, _ in attributed_cues(text)], attributed_cues(text)


def test_an_absolute_with_clause_inside_a_sentence_gives_its_subject() -> None:
    """ "took the stage with supporters chanting X": no comma, the supporters chant."""
    from provenance.extractors.claims import find_claims

    text = 'Trump took the stage with supporters chanting "lock her up" at the rally.'
    claims = [c for c in find_claims(text) if c.cue == "chanting"]
    assert claims
    assert claims[0].source_text == "supporters"
    assert claims[0].text.startswith('"lock her up"')


def test_an_inner_with_clause_object_holds_no_verb_or_preposition() -> None:
    """Neighbours: a past form or a preposition inside the object, or a thing as it."""
    from provenance.extractors.claims import find_claims

    text = "Super PACs sided with Cruz and bankrolled ads attacking Dewhurst as a liberal."
    assert all(c.source_text != "Cruz and bankrolled ads" for c in find_claims(text))
    text = "The group launched a campaign with CREDO Action on Wednesday asking Clinton to act."
    assert all(c.source_text != "CREDO Action on Wednesday" for c in find_claims(text))
    text = "She ended the speech with a line saying the fight goes on."
    assert all(c.source_text != "a line" for c in find_claims(text))
