"""Pronouns agree in gender with the person they stand for (speakers.py, genders.yaml)."""

from __future__ import annotations

import pytest

from provenance.errors import LexiconError
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.speakers import name_gender
from provenance.lexicon import _files, genders
from provenance.lexicon.genders import gender_lexicon


def _source_of(text: str, content: str) -> str | None:
    """The resolved source name of the claim whose text holds ``content``."""
    for c in find_claims(text):
        if content in c.text:
            return c.source.name if c.source else None
    raise AssertionError(f"no claim holds {content!r}")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a given name tells the speaker's gender: "she" skips the man who spoke last
        (
            "Jeff Merkley said the bank had failed its customers. Hillary Clinton was more "
            "careful. She said the bank should repay them.",
            "repay",
            "Hillary Clinton",
        ),
        # an honorific tells it
        (
            "Mrs. Park said the plan would fail. Mr. Lee said it would pass. "
            "Later she said the vote was rigged.",
            "rigged",
            "Park",
        ),
        # a gendered noun before the name tells it ("Jo" is no given name of the list)
        (
            "Spokeswoman Jo Smith said the talks had ended. Bob Brown said they went on. "
            "She said the talks would resume.",
            "resume",
            "Jo Smith",
        ),
        # a noun in apposition after the name
        (
            "Grundmann, the office's chairwoman, said the rules were clear. Tom Ross said "
            "they were not. She said the rules stand.",
            "stand",
            "Grundmann",
        ),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_gender(
    text: str, content: str, expected: str
) -> None:
    """'she' goes to the nearest earlier person whose gender agrees, not the last speaker."""
    assert expected in (_source_of(text, content) or "")


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a speaker whose gender the text does not tell agrees with either pronoun
        ("Jordan Lee said the plan would fail. She said the vote was rigged.", "rigged", "Lee"),
        # "he" keeps the male speaker even when a woman is named nearer
        (
            "Paul Ryan said taxes would fall. He met Nancy Pelosi on Monday. "
            "He said the talks went well.",
            "talks went well",
            "Paul Ryan",
        ),
        # "she" keeps the female speaker when a man is named nearer
        (
            "Susan Collins said the bill was flawed. She met Mitch Jones on Monday. "
            "She said the vote would wait.",
            "vote would wait",
            "Susan Collins",
        ),
    ],
)
def test_neighbours_keep_the_last_speaker(text: str, content: str, expected: str) -> None:
    """Agreement only removes a disagreeing person: the last agreeing speaker still wins."""
    assert expected in (_source_of(text, content) or "")


def test_she_never_goes_to_a_man_named_alone() -> None:
    """With only a man as speaker, 'she' stays as written rather than going to him."""
    text = "Jeff Merkley said the bank had failed. She said it should repay them."
    assert _source_of(text, "repay") != "Jeff Merkley"


def test_name_gender_reads_the_text() -> None:
    """A given name decides; else honorifics, nouns and given names before the surname vote."""
    lex = gender_lexicon("en")
    assert name_gender("", "Barack Obama", lex) == "male"
    # the first given name decides: a middle name of the other gender does not
    assert name_gender("", "Christine Todd Whitman", lex) == "female"
    assert name_gender("", "U.S. President Donald Trump", lex) == "male"
    # a word of a title before the name is no given name ("Virginia" the state)
    assert name_gender("", "Virginia Gov. Terry McAuliffe", lex) is None
    # an unmarked "-man" title tells nothing: copy gives it to women too
    assert name_gender("Trump spokesman Hope Hicks said", "Hope Hicks", lex) is None
    assert name_gender("Barack Obama spoke. Obama left.", "Obama", lex) == "male"
    assert name_gender("his wife Melania Trump said", "Melania Trump", lex) == "female"
    # a possessive is its name's: "Clinton's" after "Mrs. Clinton"
    assert name_gender("Mrs. Clinton spoke. Clinton's aides left.", "Clinton's", lex) == "female"
    # a tie, or no evidence, tells nothing
    assert name_gender("Mr. Lee and Mrs. Lee came.", "Lee", lex) is None
    assert name_gender("Lee came.", "Lee", lex) is None
    # a given name counts only right before the surname: "Virginia" of "the Virginia
    # House Democratic Caucus" is a state; an honorific may stand two name words before
    assert name_gender("the Virginia House Democratic Caucus said", "Caucus", lex) is None
    assert name_gender("Mrs. Hope Hicks said", "Hicks", lex) == "female"
    # a surname inside a longer word is not the surname
    assert name_gender("Mr. Leeds came. Lee spoke.", "Lee", lex) is None


def test_gender_lexicon_drops_words_of_both_genders(monkeypatch: pytest.MonkeyPatch) -> None:
    """A word listed under both genders tells neither; a malformed section is an error."""
    data = {"given_names": {"female": ["Sam", "Ann"], "male": ["sam", "Bob"]}}
    monkeypatch.setattr(_files, "read_data", lambda _file: data)
    genders._load.cache_clear()
    try:
        lex = genders._load("en")
        assert dict(lex.given_names) == {"ann": "female", "bob": "male"}
        monkeypatch.setattr(_files, "read_data", lambda _file: {"nouns": {"other": ["x"]}})
        genders._load.cache_clear()
        with pytest.raises(LexiconError, match=r"en/genders\.yaml: nouns"):
            genders._load("en")
    finally:
        genders._load.cache_clear()


def test_a_language_without_the_file_knows_no_gender() -> None:
    """The neutral lexicon is empty: every gender is unknown."""
    assert not gender_lexicon("de").given_names


def test_the_spokeswoman_is_never_a_man() -> None:
    """A gendered role noun ("the spokeswoman") skips a man, as "she" does."""
    text = (
        "Spokeswoman Jo Smith said the talks ended. Bob Brown said they went on. "
        "The spokeswoman said the talks would resume."
    )
    assert _source_of(text, "resume") == "Jo Smith"
    # neighbour: a role noun with no gender keeps the last speaker ("the official", a
    # role seldom named, no longer goes to a named speaker: see unnamed_roles)
    text = (
        "Jo Smith said the talks ended. Bob Brown said they went on. "
        "The minister said the talks were over."
    )
    assert _source_of(text, "were over") == "Bob Brown"


_INTERVIEW = (
    "Vice President Joe Biden spoke with reporters on Air Force Two. Biden defended the "
    "plan. Senator Mitch McConnell said the plan would fail. Here is the edited transcript.\n\n"
    "Q: You have been talking about the country being on the upswing.\n\n"
    "A: It is a big mistake to say otherwise, everybody is making it.\n\n"
    "And I think we are better positioned than anyone else in the world.\n\n"
    "Q: What about the 2,000 jobs you promised?\n\n"
    "A: We delivered more than 3,000 jobs in the first year."
)


def test_an_answer_is_the_interviewees() -> None:
    """'A:' lines, and the 'I' of an answer's paragraphs, go to whom the introduction names."""
    claims = find_claims(_INTERVIEW)
    answers = [c for c in claims if c.source_text == "A"]
    assert answers
    assert all(c.source is not None and c.source.name == "Joe Biden" for c in answers)
    mine = [c for c in claims if c.source_text == "I"]
    assert mine  # "And I think ...": a paragraph of the answer, though it has no label
    assert all(c.source is not None and c.source.name == "Joe Biden" for c in mine)


def test_a_question_is_not_the_interviewees() -> None:
    """Neighbours: 'Q:' lines are no claims (the interviewer asks), and a text with no
    introduction names no one."""
    claims = find_claims(_INTERVIEW)
    assert not [c for c in claims if c.source_text == "Q"]
    question = next(c for c in claims if "2,000 jobs" in c.text)
    assert question.source is None
    bare = find_claims("A: It is a big mistake to say otherwise, everybody is making it.")
    assert all(c.source is None or c.source.name == "A" for c in bare if c.source_text == "A")


def test_a_pronoun_goes_to_a_person_named_by_role_not_to_an_organization() -> None:
    """ "An attorney for the X Caucus" is a person; "the X Caucus" is no one "he" can be."""
    text = (
        "Lawmakers met on Monday, but an attorney for the Springfield Teachers Caucus "
        "criticized the ruling in a statement. “The decision was wrong,” he said."
    )
    assert _source_of(text, "was wrong") == "attorney for the Springfield Teachers Caucus"


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Volodymyr", "male"), ("Recep", "male"), ("Yulia", "female"), ("Giorgia", "female")],
)
def test_given_names_of_world_news_tell_gender(name: str, gender: str) -> None:
    """Leaders' and officials' given names from outside the English-speaking world count."""
    assert gender_lexicon("en").given_names[name.lower()] == gender


def test_a_name_of_both_genders_across_languages_tells_none() -> None:
    """ "Andrea" is a man's name in Italian copy and a woman's in English: it tells neither."""
    assert "andrea" not in gender_lexicon("en").given_names


def test_she_never_goes_to_a_man_of_world_news() -> None:
    """With only Volodymyr Zelensky named, "she" stays as written."""
    text = "Volodymyr Zelensky said the talks had failed. She said more aid was needed."
    assert _source_of(text, "more aid") != "Volodymyr Zelensky"
