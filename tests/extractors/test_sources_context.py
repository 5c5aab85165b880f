"""Source kinds and names the text's context tells: organization descriptors, a full name
opened by a bare word ("Xi" after "Xi Jinping"), unnamed speakers of a group."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import SourceKind
from provenance.extractors.claims.speakers import SpeakerResolver
from provenance.extractors.sources import default_sources


def _resolve(text: str, mention: str) -> tuple[str, SourceKind]:
    """The name and kind of the last ``mention`` of ``text``, read in text order."""
    resolver = SpeakerResolver(text, default_sources())
    info = resolver.resolve(mention, text.rindex(mention))
    return info.name, info.kind


GUESSES = [
    # an organization noun before a name: the name is the organization's
    ("Russian energy giant Gazprom", "Gazprom", SourceKind.ORGANIZATION),
    ("the carmaker Fiat Chrysler", "Fiat Chrysler", SourceKind.ORGANIZATION),
    ("state lender Sberbank", "Sberbank", SourceKind.ORGANIZATION),
    # a person's role before a name stays a person
    ("the party's leader John Smith", "John Smith", SourceKind.PERSON),
    ("film producer Harvey Weinstein", "Harvey Weinstein", SourceKind.PERSON),
    ("company spokesman John Smith", "John Smith", SourceKind.PERSON),
    # unnamed speakers: one of a group, a singular role, one quoted by an agency
    ("One", "One", SourceKind.ANONYMOUS),
    ("Another", "Another", SourceKind.ANONYMOUS),
    ("one of the officials", "one of the officials", SourceKind.ANONYMOUS),
    ("one analyst quoted by AFP", "one analyst quoted by AFP", SourceKind.ANONYMOUS),
    ("an expert cited by Reuters", "expert cited by Reuters", SourceKind.ANONYMOUS),
]


@pytest.mark.parametrize(("mention", "name", "kind"), GUESSES)
def test_guessed_name_and_kind(mention: str, name: str, kind: SourceKind) -> None:
    """Each mention resolves to this name and kind."""
    info = default_sources().resolve(mention)
    assert (info.name, info.kind) == (name, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Yukos shares fell 3 percent on Monday. Yukos said",
        "Gazprom, Russia's biggest gas company, said on Monday. Gazprom said",
        "The oil giant Yukos filed late. Yukos said",
        "Rosneft, the state oil firm, spoke. Rosneft said",
    ],
)
def test_one_word_organization_from_context(text: str) -> None:
    """A one-word name the text describes as an organization is no person."""
    assert _resolve(text, text.split()[-2])[1] is SourceKind.ORGANIZATION


@pytest.mark.parametrize(
    "text",
    [
        "Woolf said the case was closed. Woolf said",  # nothing tells: a person still
        "Woolf, the former chief justice, spoke. Woolf said",
        "Lord Woolf spoke at the company. Woolf said",
        "Smith, the company's founder, spoke. Smith said",
    ],
)
def test_one_word_person_stays_person(text: str) -> None:
    """A title, a person's apposition or no evidence at all keeps a person."""
    assert _resolve(text, text.split()[-2])[1] is SourceKind.PERSON


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # a family name written first
        ("Chinese President Xi Jinping met Putin. Xi said", "Xi", "Xi Jinping"),
        # a given name used alone
        ("Bernie Sanders spoke on Monday. Bernie said", "Bernie", "Bernie Sanders"),
        # a surname still goes to its full name first
        ("Bernie Sanders spoke on Monday. Sanders said", "Sanders", "Bernie Sanders"),
    ],
)
def test_bare_word_opening_a_full_name(text: str, mention: str, name: str) -> None:
    """A bare word goes to the full name it opens."""
    assert _resolve(text, mention) == (name, SourceKind.PERSON)


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # no title before it and no given name: a place, not a person's full name
        ("Crowds filled the Burke Tower. Burke said", "Burke", "Burke"),
        # a run the text also writes in lower case is no name
        ("Lee Street was closed, a street of shops. Lee said", "Lee", "Lee"),
        # an honorific makes a given name a surname: "Mr. Bernie" is no Bernie Sanders
        ("Bernie Sanders spoke. Mr. Bernie said", "Mr. Bernie", "Bernie"),
        # a title alone gives no full name
        ("President Obama spoke. Obama said", "Obama", "Obama"),
    ],
)
def test_bare_word_not_taken_for_a_full_name(text: str, mention: str, name: str) -> None:
    """A capitalised word after the bare one is not always the rest of a name."""
    assert _resolve(text, mention)[0] == name


@given(st.sampled_from(["Jinping", "Keqiang", "Jae-in"]), st.sampled_from(["Xi", "Li", "Moon"]))
def test_titled_family_name_first(rest: str, family: str) -> None:
    """Whatever the name, "President F R ... F said" resolves F to "F R"."""
    text = f"The visiting President {family} {rest} met the press. {family} said"
    assert _resolve(text, family) == (f"{family} {rest}", SourceKind.PERSON)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an acronym ending a sentence is no title: "UK." before "Cadbury"
        ("Sales rose in the UK. Cadbury Schweppes grew. Cadbury said", SourceKind.ORGANIZATION),
        # an abbreviated title keeps the person
        ("Mr. Blair spoke. Blair said", SourceKind.PERSON),
        ("Sen. Cruz spoke. Cruz said", SourceKind.PERSON),
    ],
)
def test_title_before_a_name_is_no_acronym(text: str, kind: SourceKind) -> None:
    """A full stop after an all-caps word ends a sentence; after a title it abbreviates it."""
    assert _resolve(text, text.split()[-2])[1] is kind
