"""A document named with its author after a preposition speaks for that author (speakers.py)."""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims


def _resolved(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (c.source_text, c.source.name if c.source else None)
        for c in find_claims(text)
        if c.attribution.value != "narrator"
    ]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Monday’s letter from the Democrats said there were at least 17 accusers.", "Democrats"),
        ("A letter from Jane Smith said there were 17 accusers.", "Jane Smith"),
        ("A complaint filed by the SEC said he lied about the fund.", "SEC"),
        (
            "A report by Congress’ Joint Committee on Taxation found the plan would cost more.",
            "Joint Committee",
        ),
    ],
)
def test_a_document_from_an_author_is_the_authors(text: str, author: str) -> None:
    """'a letter from X', 'a report by X': the source is X; the mention stays as written."""
    (source_text, name), *_ = _resolved(text)
    assert author in (name or "")
    assert source_text is not None
    assert source_text.lower().startswith(("monday", "a "))


@pytest.mark.parametrize(
    "text",
    [
        # no document: an organization's own name holding "of"
        "The Federal Bureau of Prisons said 40 inmates died.",
        # a document with no author after it
        "The letter said there were 17 accusers.",
        # a person's role "of" an organization is not a document's author
        "The head of the committee said 12 died.",
    ],
)
def test_neighbours_without_a_document_and_author_are_kept(text: str) -> None:
    """Only a document head then a preposition of authorship hands the source on."""
    for source_text, name in _resolved(text):
        assert source_text is not None
        assert name is not None
        assert name.lower() in " ".join(source_text.lower().split()).replace("’", "'")
