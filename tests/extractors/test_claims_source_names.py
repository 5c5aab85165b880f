"""Who a source mention names: its kind and its full name (speakers.py, registry.py).

A one-word name the text gives no title, gender or given name is no person ("Yukos",
"Labour"); an honorific's gender picks the full name ("Mrs. Clinton" is Hillary, not
Bill); a title after other capitalised words goes with them ("Texas Sen. Ted Cruz");
a pronoun with a contracted auxiliary ("It's", "I'm") is its pronoun.
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


# -- kinds ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        # a one-word name the text tells nothing of: a person still (no evidence either way)
        ("Yukos said the tax bill was unfair.", "tax bill", SourceKind.PERSON),
        # ... used as a modifier: an organization
        (
            "Shares in Yukos fell. Yukos said the tax bill was unfair. Yukos Oil traders left.",
            "tax bill",
            SourceKind.ORGANIZATION,
        ),
        (
            "Acme's report came out. Acme said the rules were broken.",
            "rules",
            SourceKind.ORGANIZATION,
        ),
        # a capitalised word ending the sentence before is no given name
        (
            "The firm moved to Houston. Yukos said the tax bill was unfair. Yukos Oil left.",
            "tax bill",
            SourceKind.ORGANIZATION,
        ),
        # a party and a regulator of the alias table
        ("Labour said the tax was unfair.", "tax", SourceKind.ORGANIZATION),
        ("Ofcom said the fine would stand.", "fine", SourceKind.GOVERNMENT),
        ("Republicans said the bill would pass.", "bill", SourceKind.ORGANIZATION),
    ],
)
def test_a_one_word_name_with_no_person_evidence_is_no_person(
    text: str, content: str, kind: SourceKind
) -> None:
    source = _source(text, content)
    assert source is not None
    assert source.kind is kind


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # a title before the name anywhere in the text
        ("Mr Fogg arrived late. Fogg said the market would grow.", "market", "Fogg"),
        ("Senator Quill spoke first. Quill said the bill would pass.", "bill", "Quill"),
        # a title in the mention itself
        ("Lord Falconer said the law would change.", "law", "Falconer"),
        # a gendered noun in apposition
        (
            "Grundmann, the office's chairwoman, left. Grundmann said the rules were clear.",
            "rules",
            "Grundmann",
        ),
        # a given name alone
        ("Bob said the plan would work.", "plan", "Bob"),
        # a full name after the mention (before it, the full name is the source)
        ("Wenger said the team would win. Arsene Wenger is the coach.", "team", "Wenger"),
        # the straight apostrophe of the registry, the curly one of the text
        ("O’Malley said the vote was close. Martin O’Malley is a governor.", "vote", "O'Malley"),
    ],
)
def test_a_one_word_name_the_text_gives_a_person_is_a_person(
    text: str, content: str, name: str
) -> None:
    source = _source(text, content)
    assert source is not None
    assert (source.name, source.kind) == (name, SourceKind.PERSON)


def test_a_pronoun_skips_an_organization_guessed_a_person() -> None:
    """'he' never stands for "Yukos"; the man named before it is the speaker."""
    text = (
        "Tom Reed spoke first. Yukos Oil fell. Yukos said its bill was unfair. He said the "
        "court would rule."
    )
    source = _source(text, "court")
    assert source is not None
    assert source.name == "Tom Reed"


# -- honorifics and full names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # the last Clinton named is Bill: "Mrs." skips him
        (
            "Hillary Clinton spoke on Monday. Bill Clinton said the plan was bad. "
            "Mrs. Clinton said the vote was rigged.",
            "rigged",
            "Hillary Clinton",
        ),
        # the first Clinton named is Bill
        (
            "Bill Clinton spoke on Monday. Hillary Clinton waved. Mrs. Clinton said the vote was "
            "rigged.",
            "rigged",
            "Hillary Clinton",
        ),
        # neighbours: "Mr." keeps the man; no honorific keeps the first full name
        (
            "Hillary Clinton spoke on Monday. Bill Clinton waved. Mr. Clinton said the vote was "
            "rigged.",
            "rigged",
            "Bill Clinton",
        ),
        (
            "Bill Clinton spoke on Monday. Hillary Clinton waved. Clinton said the vote was "
            "rigged.",
            "rigged",
            "Bill Clinton",
        ),
        # a given name of no single gender agrees with either honorific
        ("Jordan Smith spoke. Mrs. Smith said the talks had failed.", "talks", "Jordan Smith"),
        # the missing given name comes from the full name before
        ("John Smith arrived. Mr. Smith said the talks had failed.", "talks", "John Smith"),
    ],
)
def test_an_honorific_agrees_with_the_full_names_given_name(
    text: str, content: str, name: str
) -> None:
    source = _source(text, content)
    assert source is not None
    assert source.name == name


def test_only_a_woman_of_that_surname_has_gone_before() -> None:
    """ "Mr. Clinton" with only Hillary Clinton before: no full name of a man, the surname."""
    text = "Hillary Clinton spoke on Monday. Mr. Clinton said the vote was rigged."
    source = _source(text, "rigged")
    assert source is not None
    assert source.name == "Clinton"


@pytest.mark.parametrize(
    ("mention", "name"),
    [
        ("Texas Sen. Ted Cruz", "Ted Cruz"),
        ("Home Secretary Charles Clarke", "Charles Clarke"),
        ("Labour MP Ann Lee", "Ann Lee"),
        # neighbours: a suffix is no name; a title word as surname stays
        ("Martin Luther King Jr.", "Martin Luther King Jr"),
        ("Rep. Steve King", "Steve King"),
    ],
)
def test_a_title_after_capitalised_words_goes_with_them(mention: str, name: str) -> None:
    info = default_sources().resolve(mention)
    assert (info.name, info.kind) == (name, SourceKind.PERSON)


@pytest.mark.parametrize("company", ["General Motors", "British Airways", "Tesco plc"])
def test_a_company_ending_is_an_organization(company: str) -> None:
    assert default_sources().resolve(company).kind is SourceKind.ORGANIZATION


# -- contractions ------------------------------------------------------------------------


def test_a_contracted_pronoun_is_its_pronoun() -> None:
    text = "Tom Reed spoke first. “The deal is done,” he said. I'm telling you the deal is off."
    for c in find_claims(text):
        assert c.source is None or c.source.name not in {"I'm", "It's"}


@pytest.mark.parametrize("mention", ["It's", "It’s", "Don't", "Here'd"])
def test_a_contraction_never_names_a_person(mention: str) -> None:
    from provenance.extractors.claims.speakers import SpeakerResolver

    text = f"Acme Corp spoke. {mention} arguing that the tax is bad."
    info = SpeakerResolver(text, default_sources()).resolve(mention, text.index(mention))
    assert info.kind is not SourceKind.PERSON


def test_a_possessive_is_no_contraction() -> None:
    from provenance.extractors.claims.speakers import SpeakerResolver

    text = "Barack Obama spoke. Obama's aides said the deal was done."
    info = SpeakerResolver(text, default_sources()).resolve("Obama's", text.index("Obama's"))
    assert info.kind is SourceKind.PERSON
    assert "Obama" in info.name


def test_an_unresolved_it_is_no_person() -> None:
    source = _source("It said the stores would stay open.", "stores")
    assert source is not None
    assert source.kind is not SourceKind.PERSON


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms."]),
    st.sampled_from(["Smith", "Clinton", "Reed", "Lee"]),
)
def test_an_honorific_never_takes_a_full_name_of_the_other_gender(title: str, surname: str) -> None:
    """Invariant: with one man and one woman of the surname before, the honorific picks
    the one of its gender."""
    text = (
        f"Hillary {surname} spoke on Monday. Bill {surname} waved. "
        f"{title} {surname} said the vote was rigged."
    )
    source = _source(text, "rigged")
    assert source is not None
    want = "Bill" if title.startswith("Mr") and not title.startswith("Mrs") else "Hillary"
    assert source.name == f"{want} {surname}"
