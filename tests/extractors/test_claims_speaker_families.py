"""Who said it, by family: a subject before a fronted place adjunct, a phrase opening
with a preposition, a plain honorific beside a title of rank, an acronym inside a
person's name (subjects.py, speakers.py, registry.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.enums import SourceKind
from provenance.extractors.claims import find_claims
from provenance.extractors.records import SourceInfo
from provenance.extractors.sources import default_sources


def _source(text: str, content: str) -> SourceInfo | None:
    """The resolved source of the claim whose text holds ``content``."""
    for c in find_claims(text):
        if content in c.text:
            return c.source
    raise AssertionError(f"no claim holds {content!r}")


def _cues(text: str) -> list[str | None]:
    """The cues of the attributed claims of ``text``."""
    return [c.cue for c in find_claims(text) if c.attribution.value != "narrator"]


# -- a place closing an adjunct between subject and verb ---------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Hillary Clinton won. Clinton, during a town hall meeting in Columbus, Ohio, "
            "said she would win.",
            "Hillary Clinton",
        ),
        ("Clinton, in Columbus, Ohio, said she would win.", "Clinton"),
        ("John Smith, 34, from Cheltenham, Gloucestershire, said he would go.", "John Smith"),
        ("Clinton, at a rally in Columbus, said she would win.", "Clinton"),
    ],
)
def test_a_place_closing_an_adjunct_is_no_subject(text: str, speaker: str) -> None:
    """ "X, during a town hall in Columbus, Ohio, said": X spoke, not Ohio."""
    info = _source(text, "would")
    assert getattr(info, "name", None) == speaker


def test_a_name_in_apposition_is_still_the_subject() -> None:
    """No preposition opens the segment before the name: the name is the subject."""
    text = "The company's founder, John Smith, said he would go."
    info = _source(text, "would go")
    assert getattr(info, "name", None) == "John Smith"


# -- a phrase opening with a preposition is no subject -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ted Cruz spoke. In another tweet, Trump said Cruz was bad.",
        "Ted Cruz spoke. In one tweet, Trump said Cruz was bad.",
    ],
)
def test_a_prepositional_opener_is_no_source(text: str) -> None:
    """ "In another tweet, Trump said": "tweet" is a noun, Trump the speaker."""
    assert "tweet" not in _cues(text)
    info = _source(text, "Cruz was bad")
    assert getattr(info, "name", None) == "Donald Trump"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Wednesday Tony Blair said he hoped to win.", "Tony Blair"),
        ("Most economists say growth will slow.", "Most economists"),
        ("In his speech Smith said growth will slow.", "Smith"),
    ],
)
def test_subjects_after_a_time_or_a_phrase_stay(text: str, speaker: str) -> None:
    """A day before the name, a quantifier, a name after the phrase: the subject stays."""
    info = _source(text, "will" if "will" in text else "hoped")
    assert getattr(info, "name", None) == speaker


# -- a plain honorific is not a person titled by rank ------------------------------------


def test_mr_is_not_the_knight_of_the_same_surname() -> None:
    """ "Mr Blair" after "Sir Ian Blair" and "Tony Blair" is Tony Blair; "Sir Ian" is Ian."""
    text = (
        "Sir Ian Blair said terror groups would strike. Tony Blair said the threat was real. "
        "Sir Ian said police were ready. Mr Blair insisted the law was fair."
    )
    assert getattr(_source(text, "police were ready"), "name", None) == "Ian Blair"
    assert getattr(_source(text, "the law was fair"), "name", None) == "Tony Blair"


def test_mr_takes_the_only_full_name_without_a_rank() -> None:
    """With no other Blair named, "Mr Blair" still goes to the one named."""
    text = "Tony Blair said the threat was real. Mr Blair insisted the law was fair."
    assert getattr(_source(text, "the law was fair"), "name", None) == "Tony Blair"


def test_a_rank_title_keeps_its_own_person() -> None:
    """ "Sir Ian" after "Sir Ian Blair" and "Tony Blair" stays Ian Blair."""
    text = "Sir Ian Blair said X was real. Tony Blair said Y was real. Sir Ian said Z was real."
    assert getattr(_source(text, "Z was real"), "name", None) == "Ian Blair"


# -- an acronym inside a person's name ---------------------------------------------------


@pytest.mark.parametrize(
    ("mention", "kind"),
    [
        ("Kim Jong Un", SourceKind.PERSON),
        ("Kim Jong-un", SourceKind.PERSON),
        ("North Korean leader Kim Jong Un", SourceKind.PERSON),
        ("the UN", SourceKind.ORGANIZATION),
        ("Nato", SourceKind.ORGANIZATION),
        ("the UN Security Council", SourceKind.ORGANIZATION),
        ("IMF", SourceKind.ORGANIZATION),
    ],
)
def test_an_acronym_in_a_persons_name_is_no_organization(mention: str, kind: SourceKind) -> None:
    """ "Un" ending "Kim Jong Un" is no UN; "UN", "Nato", "IMF" alone are organizations."""
    assert default_sources().resolve(mention).kind is kind


@settings(max_examples=60, deadline=None)
@given(
    given_name=st.sampled_from(["Kim", "Ban", "Lee", "Park"]),
    middle=st.sampled_from(["Jong", "Ki", "Myung"]),
)
def test_un_as_a_names_last_word_never_makes_an_organization(given_name: str, middle: str) -> None:
    """Any "Given Middle Un" or "Given Middle-un" reads as a person."""
    reg = default_sources()
    for name in (f"{given_name} {middle} Un", f"{given_name} {middle}-un"):
        assert reg.resolve(name).kind is SourceKind.PERSON


# -- a role mention and another office ---------------------------------------------------


def test_the_chancellor_is_not_the_shadow_chancellor() -> None:
    """ "the chancellor" after "The shadow chancellor" goes to the titled chancellor."""
    text = (
        "Chancellor Gordon Brown unveiled the Budget. The shadow chancellor said it was "
        "a sham. But the chancellor said growth was strong."
    )
    assert getattr(_source(text, "growth was strong"), "name", None) == "Gordon Brown"


def test_an_ex_modifier_before_a_hyphen_makes_another_office() -> None:
    """ "ex-Conservative chancellor Ken Clarke" is not "the chancellor"."""
    text = (
        "Mr Brown spoke. The chancellor said the rules were fine. Earlier, ex-Conservative "
        "chancellor Ken Clarke welcomed the change."
    )
    info = _source(text, "the rules were fine")
    assert getattr(info, "name", None) != "Ken Clarke"


def test_a_person_named_with_another_office_is_no_fallback() -> None:
    """ "The foreign secretary" never falls back to "Chancellor Gordon Brown"."""
    text = (
        "Chancellor Gordon Brown said taxes would fall. The foreign secretary said the "
        "talks would go on."
    )
    info = _source(text, "talks would go on")
    assert getattr(info, "name", None) != "Gordon Brown"


def test_a_role_mention_still_falls_back_to_a_person_with_no_office() -> None:
    """With no office named, "the minister" goes to the person named before."""
    text = "Hazel Blears said the powers were fair. The minister said she understood."
    assert getattr(_source(text, "she understood"), "name", None) == "Hazel Blears"
