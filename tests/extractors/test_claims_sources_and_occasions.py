"""Sources hidden by what stands around them, and a report's occasion before its content
(stop 36): a fronted day with no comma, a name before an appositive that ends in a place,
a noun in "-ed" after a determiner, a surname that is a grammar word, the addressee of
"told" after a subject, a role noun with "to" after a cue, a fronted adjunct before a
participle's lead, a place's region after a fronted adjunct; "said in an interview the
plan", "told AFP by phone that". Each with the neighbours that must not change."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed, attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a day or a time opens the sentence, no comma before the subject
        (
            "On Tuesday the ministry said the talks had failed.",
            "the talks had failed",
            "the ministry",
        ),
        ("Last week the union said the strike would go on.", "the strike would go on", "the union"),
        ("This week officials said the bridge was safe.", "the bridge was safe", "officials"),
        # the name before an appositive whose last words are a place, then its region
        (
            "Jane Roe, a teacher from Dayton, Ohio, said the school would close.",
            "the school would close",
            "Jane Roe",
        ),
        (
            "Ann Lee, 58, a nurse in Albany, New York, said the ward was full.",
            "the ward was full",
            "Ann Lee",
        ),
        (
            "Tom Hart, who lives in Salem, Oregon, said the road was closed.",
            "the road was closed",
            "Tom Hart",
        ),
        # a participle form after a determiner is a noun
        (
            "The accused said he was innocent of the charge.",
            "he was innocent of the charge",
            "The accused",
        ),
        (
            "Relatives of the injured said the ambulance came late.",
            "the ambulance came late",
            "Relatives of the injured",
        ),
        # a surname that is a grammar word in lower case
        (
            "Prime Minister Alice May said the vote would be held.",
            "the vote would be held",
            "Prime Minister Alice May",
        ),
        ("Mrs. May said the vote would be held.", "the vote would be held", "Mrs. May"),
    ],
)
def test_the_source_before_the_cue(text: str, content: str, source: str) -> None:
    """The subject is found past what stands before or inside it."""
    assert (content, source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the appositive comes first: the name after it is the subject
        ("The head of the Ohio bureau, Ann Lee, said the ward was full.", "Ann Lee"),
        # a relative clause's verb, no appositive: the region is no subject either
        ("The mayor of Columbus, Ohio, said the plant would close.", "The mayor of Columbus"),
        # a fronted place before a name with its own appositive
        ("In Ames, Tom Hart, the organizer, said the road was closed.", "Tom Hart"),
    ],
)
def test_neighbours_keep_their_source(text: str, source: str) -> None:
    """Neighbours: an appositive before the name, a city and state after a title."""
    assert [s for _, s in attributed(text)] == [source], attributed(text)


def test_no_place_is_a_source_after_a_relative_verb() -> None:
    """Neighbour: "Name, whose husband, X, was one of ... in Place, Region, VERB": the
    segment before the place opens with a verb, no appositive: X is not taken for the
    speaker of what follows."""
    text = (
        "Dora Fields, whose husband, Navy diver Ty Fields, was one of four men killed in "
        "Tripoli, Libya, discussed the dispute with a radio host."
    )
    assert all(s != "Navy diver Ty Fields" for _, s in attributed(text)), attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        # an adverb in "-ly" after a determiner is still an adverb
        "The group issued their widely repudiated theories about the vaccine.",
        # a headline capitalises every word: "May" is the modal there
        "Republicans May Say No To The Budget Deal",
        # a grammar word after a sentence's last word is no surname
        "He left the hall in Washington. May said the vote would be held.",
    ],
)
def test_no_source_from_a_neighbour(text: str) -> None:
    """Neighbours: no source ends in an adverb, a modal or a sentence's first word."""
    assert all(s not in {"their widely", "Republicans May", "May"} for _, s in attributed(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "“The party is united,” Senator Ann Lee, a close adviser to Smith, told AFP.",
            "Senator Ann Lee",
        ),
        ("“The party is united,” Hart, 49, told The Daily Ledger.", "Hart"),
        ("“The party is united,” Tom Hart, who chairs the panel, told CNN on Tuesday.", "Tom Hart"),
    ],
)
def test_the_addressee_of_told_is_never_the_source(text: str, source: str) -> None:
    """After "told" stands whom the words were told to; the subject before it speaks."""
    found = attributed(text)
    assert [s for _, s in found] == [source], found


def test_a_told_with_no_subject_keeps_the_phrase_after_it() -> None:
    """Neighbour: with no subject before "told", nothing changes."""
    text = "“The party is united,” told AFP."
    assert [s for _, s in attributed(text)] == ["AFP"]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "“We will win,” said a former aide to President Hart.",
            "“We will win,”",
            "a former aide to President Hart",
        ),
        (
            "“We will win,” said an adviser to the governor.",
            "“We will win,”",
            "an adviser to the governor",
        ),
    ],
)
def test_a_role_noun_and_to_after_the_cue(text: str, content: str, source: str) -> None:
    """The role noun's "to" phrase is part of the source after the cue."""
    assert (content, source) in attributed(text), attributed(text)


def test_a_name_and_to_after_the_cue_is_no_source() -> None:
    """Neighbour: "to" after a name, not a role noun, opens the addressee."""
    text = "“We will win,” said Hart to reporters."
    assert all(s != "Hart to reporters" for _, s in attributed(text)), attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "On Sunday, while commenting on the flood damage, Governor Ann Lee said the state "
            "would pay for repairs.",
            "the flood damage",
            "Governor Ann Lee",
        ),
        (
            "Friday on a local radio program, while discussing the strike, the mayor said the "
            "buses would run.",
            "the strike",
            "the mayor",
        ),
    ],
)
def test_a_fronted_adjunct_before_a_participle_lead(text: str, content: str, source: str) -> None:
    """The participle's source is the main clause's subject after its comma."""
    assert (content, source) in attributed(text), attributed(text)


def test_a_participle_after_its_subject_keeps_it() -> None:
    """Neighbour: "Name, while visiting X, said": the subject stands before the participle."""
    text = "Hart, while visiting Ohio, said the plant would close."
    assert ("the plant would close", "Hart") in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "At a town hall in Ames, Iowa, on Sunday, Mrs. Hart tried to explain her vote, "
            "saying that the bill would help farmers.",
            "Mrs. Hart",
        ),
        # the region closes the place; nothing follows: the subject after it
        (
            "In Ames, Iowa, she explained her vote, saying that the bill would help farmers.",
            "she",
        ),
        # neighbour: a name with an appositive after a fronted place is the subject
        (
            "In Ames, Hart, the senator, explained her vote, saying that the bill would help "
            "farmers.",
            "Hart",
        ),
    ],
)
def test_a_region_after_a_fronted_place(text: str, source: str) -> None:
    """A place's region after a fronted adjunct is no main subject when one follows."""
    found = attributed(text)
    assert ("the bill would help farmers", source) in found, found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Hart told AFP in an interview the budget would be cut.", "the budget would be cut"),
        ("Hart told Reuters by phone that the budget would be cut.", "the budget would be cut"),
        ("Hart said by telephone that the budget would be cut.", "the budget would be cut"),
        ("Hart said in an interview the budget would be cut.", "the budget would be cut"),
        (
            "Hart said in an interview with CNN that the budget would be cut.",
            "the budget would be cut",
        ),
        (
            "The firm said in a statement Thursday night it had pulled the listing.",
            "it had pulled the listing",
        ),
    ],
)
def test_the_occasion_or_means_is_the_cues(text: str, content: str) -> None:
    """The occasion ("in an interview") or means ("by phone") belongs with the cue."""
    assert [c for c, _, _ in attributed_cues(text)] == [content], attributed_cues(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a participle or a preposition goes on with the occasion: it stays before the content
        (
            "Hart said in an interview published on Monday that the budget would be cut.",
            "in an interview",
        ),
        # a comma: ", saying ..." is a report of its own
        ("Hart hit back in a statement, saying the budget would be cut.", "in a statement"),
    ],
)
def test_an_occasion_going_on_is_not_skipped(text: str, kept: str) -> None:
    """Neighbours: the occasion is skipped only when a clause follows it directly."""
    contents = [c for c, _, _ in attributed_cues(text)]
    assert not any(c.startswith(("published", "saying")) for c in contents), contents
    assert any(kept in c for c in contents) or "the budget would be cut" in contents, contents


def test_a_name_before_a_relative_clause_ending_in_a_place_and_a_date() -> None:
    """ "Name, who ... in Place, Region, in DATE, said": the name speaks, not the region."""
    text = (
        "Ruth Hale, who lost her son in the storm in Tulsa, Oklahoma, in May 2013, said the "
        "warning came too late."
    )
    assert ("the warning came too late", "Ruth Hale") in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a name ending like a participle after a fronted participle clause
        (
            "Driving to the next town, Ebeling talked about her years with the senator and "
            "said their views had changed.",
            "Ebeling",
        ),
        # neighbour: a plain name
        (
            "Driving to the next town, Hart talked about her years with the senator and said "
            "their views had changed.",
            "Hart",
        ),
    ],
)
def test_a_main_subject_after_a_fronted_participle(text: str, source: str) -> None:
    """After the fronted clause's comma, a capitalised word is the main clause's subject."""
    assert ("their views had changed", source) in attributed(text), attributed(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ann Lee, assistant secretary for trade, energy, and labor, said the talks would "
            "resume.",
            "Ann Lee",
        ),
        # after a quotation whose words hold commas of their own
        (
            "The plans “will not end this, but they help,” Ann Lee, assistant secretary for "
            "trade, energy, and labor, said on the call.",
            "Ann Lee",
        ),
    ],
)
def test_a_name_before_an_appositive_holding_a_list(text: str, source: str) -> None:
    """The list's items inside the appositive are no source; the name before it is."""
    assert [s for _, s in attributed(text)][:1] == [source], attributed(text)


def test_a_plain_list_subject_is_unchanged() -> None:
    """Neighbour: a list of sources with no name before it is read as before (a source of
    the list's words, never none)."""
    text = "Voters, lawmakers, and thinkers said the program would start."
    found = attributed(text)
    assert [c for c, _ in found] == ["the program would start"], found
    assert all(s is not None and s.endswith("thinkers") for _, s in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ann Lee, the editor of the city's paper, The Ledger, said the mayor would resign.",
            "Ann Lee",
        ),
        (
            "Tom Hart, whose company, Acme, makes farm tools, said the tariff would hurt sales.",
            "Tom Hart",
        ),
        # neighbours: the appositive first, the name after it speaks
        ("The editor of the city's paper, Ann Lee, said the mayor would resign.", "Ann Lee"),
        ("At the hearing, the spokesman, Tom Hart, said the mayor would resign.", "Tom Hart"),
    ],
)
def test_a_name_renaming_a_noun_of_the_appositive(text: str, source: str) -> None:
    """A name after an appositive renames its noun; the name before the appositive speaks."""
    assert [s for _, s in attributed(text)][:1] == [source], attributed(text)
