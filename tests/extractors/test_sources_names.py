"""Names and kinds guessed for source mentions that are not in the alias table."""

from __future__ import annotations

import pytest

from provenance.enums import SourceKind
from provenance.extractors.sources import default_sources

# (mention, name, kind)
GUESSES = [
    # a person "of" / "at" an organization is the person
    ("Tom Holly of the accounting firm PwC", "Tom Holly", SourceKind.PERSON),
    ("Jane Doe at Goldman Sachs", "Jane Doe", SourceKind.PERSON),
    # a title before a name is dropped, after a lower-case word or in a titled run
    ("the former FBI Director James Comey", "James Comey", SourceKind.PERSON),
    ("the party leader John Smith", "John Smith", SourceKind.PERSON),
    # an organization named with "of" / "on" stays whole
    (
        "Federal Reserve Bank of New York",
        "Federal Reserve Bank of New York",
        SourceKind.ORGANIZATION,
    ),
    (
        "The Senate Committee on Foreign Relations",
        "Senate Committee on Foreign Relations",
        SourceKind.ORGANIZATION,
    ),
    ("University of Michigan", "University of Michigan", SourceKind.ORGANIZATION),
    # a capitalised run is no "title + name": the newspaper keeps its name
    ("The Daily Planet Times", "Daily Planet Times", SourceKind.MEDIA),
]


@pytest.mark.parametrize(("mention", "name", "kind"), GUESSES)
def test_guessed_name_and_kind(mention: str, name: str, kind: SourceKind) -> None:
    """Each mention resolves to this name and kind."""
    info = default_sources().resolve(mention)
    assert (info.name, info.kind) == (name, kind)


def test_single_capitalised_word_of_is_no_person() -> None:
    """ "Bank of America": one capitalised word before "of" is no full name."""
    assert default_sources().resolve("Bank of America").kind is not SourceKind.PERSON


def test_a_name_after_a_preposition_is_not_the_source() -> None:
    """ "data it provided to Representative Gregg Harper": Harper received the data."""
    from provenance.extractors.sources import default_sources

    reg = default_sources()
    assert reg.resolve("data it provided on Tuesday to Representative Gregg Harper").name != (
        "Gregg Harper"
    )
    assert reg.resolve("a lawyer for President Donald Trump").name != "Donald Trump"
    # neighbours: a title with "of" and a role noun before the name stay the person's
    assert reg.resolve("White House Chief of Staff John Kelly").name == "John Kelly"
    assert reg.resolve("the party's leader John Smith").name == "John Smith"
