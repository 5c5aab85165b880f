"""Speakers called by an epithet, an age or a demonym ("the 23-year-old said", "the German
said"), a court's "held that", translated "affirmed" and abbreviated police ranks (stop 43)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import provenance


def _attributed(text: str) -> pd.DataFrame:
    frame = provenance.extract_claims(text)
    return frame[frame["attribution"].isin(["direct", "indirect"])]


def _sources(text: str) -> list[str | None]:
    return [s if isinstance(s, str) else None for s in _attributed(text)["source"]]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Maya Lindqvist lost in straight sets. The 23-year-old told reporters she was tired.",
            "Maya Lindqvist",
        ),
        (
            "Oleksandr Usyk retained his titles. The Ukrainian said the fight was his hardest.",
            "Oleksandr Usyk",
        ),
        (
            "Tesla chief executive Elon Musk spoke for an hour. The billionaire said the car "
            "would ship next year.",
            "Elon Musk",
        ),
        (
            'Andrea Kowalczyk, 52, runs the shelter. "We never turn anyone away," the mother '
            "of three said.",
            "Andrea Kowalczyk",
        ),
        (
            "Jürgen Klopp watched from the stands. The German said he was proud of the side.",
            "Jürgen Klopp",
        ),
        (
            "Coach Brian Daboll benched the quarterback. The coach said the decision was his.",
            "Brian Daboll",
        ),
    ],
)
def test_an_epithet_stands_for_the_subject_named_before(text: str, person: str) -> None:
    assert person in _sources(text)


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # a person a verb governs is no subject the epithet can stand for
        (
            "Police arrested John Smith on Monday. The doctor said the victim would recover.",
            "John Smith",
        ),
        (
            "Police arrested John Smith on Monday. The judge said the victim would recover.",
            "John Smith",
        ),
        # a run of capitals (a headline) is no subject
        (
            "Oscar Winner Talks Comeback\n\nThe actor said he was ready to work again.",
            "Oscar Winner Talks",
        ),
        # a feminine noun never stands for a man the text makes one
        (
            "Tom Brady retired on Monday. He was 45. The actress said she was sad.",
            "Tom Brady",
        ),
    ],
)
def test_an_epithet_passes_over_objects_and_the_other_gender(text: str, not_person: str) -> None:
    sources = _sources(text)
    assert sources
    assert not_person not in sources


def test_a_name_inside_a_quotation_is_no_subject() -> None:
    text = (
        'Donald Trump spoke in Iowa. "Barack Obama has done a horrible job," he said. The '
        "billionaire said he would win."
    )
    frame = _attributed(text)
    row = frame[frame["source_text"] == "The billionaire"]
    assert row["source"].tolist() == ["Donald Trump"]


def test_an_epithet_with_no_one_named_stays_as_written() -> None:
    frame = _attributed("The 23-year-old told reporters she was tired.")
    assert frame["source_text"].tolist() == ["The 23-year-old"]


def test_an_organization_noun_is_no_epithet() -> None:
    text = "Maya Lindqvist joined Acme Corp in May. The company said sales rose."
    assert "Maya Lindqvist" not in _sources(text)


_GIVEN = st.sampled_from(["Maya", "Pedro", "Aiko", "Tomas", "Grace"])
_FAMILY = st.sampled_from(["Lindqvist", "Alvarez", "Okafor", "Brennan", "Tanaka"])


@settings(max_examples=40, deadline=None)
@given(given_name=_GIVEN, family=_FAMILY, age=st.integers(min_value=1, max_value=110))
def test_any_age_stands_for_the_person_named_before(given_name: str, family: str, age: int) -> None:
    name = f"{given_name} {family}"
    text = f"{name} won the race on Sunday. The {age}-year-old said the course was hard."
    assert name in _sources(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Supreme Court held that the tribe's reservation had never been disestablished.",
            "the tribe's reservation had never been disestablished",
        ),
        ("The justices have long held that speech is protected.", "speech is protected"),
        (
            '"Mexico is a sovereign country," President Claudia Sheinbaum affirmed on Monday.',
            "Mexico is a sovereign country",
        ),
        ("The minister affirmed that the budget would pass.", "the budget would pass"),
    ],
)
def test_held_and_affirmed_report(text: str, content: str) -> None:
    assert any(content in t for t in _attributed(text)["text"])


@pytest.mark.parametrize(
    "text",
    [
        "The appeals court affirmed the conviction.",
        "The meeting was held in Ottawa.",
        "A rally held that night drew 5,000 people.",
        "The meeting was held that day.",
        "Rubio held 33 percent in the poll.",
        "The party held a rally in Ohio.",
        "Police held the man overnight.",
        "The company holds a 40 percent stake.",
        "She affirmed her support for the plan.",
    ],
)
def test_held_and_affirmed_with_an_object_report_nothing(text: str) -> None:
    assert _attributed(text).empty


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('"Come forward," Det. Insp. Sarah Cole said.', "Sarah Cole"),
        ("Det. Sarah Cole said the man was armed.", "Sarah Cole"),
        ("Cpl. Dan Ruiz said the driver fled.", "Dan Ruiz"),
    ],
)
def test_abbreviated_police_ranks_open_a_name(text: str, person: str) -> None:
    assert person in _sources(text)


def test_a_photo_credits_name_is_no_subject_an_epithet_stands_for() -> None:
    # a page's credit line left in the text names a photographer, not the story's subject
    said = "The 43-year-old said the shelter was full."
    text = f"Maya Lindqvist, 43, runs the shelter.\n\nJane Roe via Getty Images.\n\n{said}"
    assert _sources(text) == ["Maya Lindqvist"]
    # without the relay word the name before is a subject as any other
    named = f"Maya Lindqvist, 43, runs the shelter.\n\nJane Roe spoke first.\n\n{said}"
    assert _sources(named) == ["Jane Roe"]
