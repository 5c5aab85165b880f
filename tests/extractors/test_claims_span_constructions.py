"""Constructions that decide where a claim's content and source are (issue 6, fifth pass).

Each case is a construction of English with the forms it covers and the neighbours
that must keep their old reading: subjects with a poll's "in" phrase, a comparative
quantifier, a hyphenated modifier or a typewriter dash before them; a cue standing
inside its content with an adjunct; a quotation after a cue's adjunct or addressee;
a second predicate or a serial comma after an object.
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims import find_claims
from provenance.extractors.claims.subjects import find_subject
from tests.extractors.attributed import attributed


def _subject(text: str, cue: str = " said") -> str | None:
    """The subject ``find_subject`` gives the first ``cue`` of ``text``."""
    found = find_subject(text, 0, text.index(cue) + 1)
    return None if found is None else text[found[0] : found[1]]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a head noun, "in" and a poll or a place with its determiner
        (
            "Then 78 percent of voters in a recent CBS News poll said they liked her.",
            "78 percent of voters in a recent CBS News poll",
        ),
        ("Officials in the room said the meeting was tense.", "Officials in the room"),
        # a comparative quantifier opening the phrase
        (
            "More than half of respondents in the Suffolk poll said the system failed.",
            "More than half of respondents in the Suffolk poll",
        ),
        ("Fewer than 10 officials said they knew.", "Fewer than 10 officials"),
        # a hyphenated modifier inside the phrase
        (
            "Even the organizer of a pro-Trump group said the rules were unfair.",
            "the organizer of a pro-Trump group",
        ),
        # a subject after a dash typed as a spaced hyphen
        ("She drew his ire - he said she was weak.", "he"),
    ],
)
def test_subject_forms(text: str, subject: str) -> None:
    """The whole noun phrase before the cue is the source."""
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # "than" after a word that is no quantifier: no phrase runs back over it
        ("Clinton did better than most analysts said she would.", None),
        # "in" after a name is no part of a head noun's phrase; "in a statement" between
        # the name and its verb is an adjunct (quotes30: "The party in a statement said")
        ("Trump in a statement said he won.", "Trump"),
        ("Trump in the statement he wrote said he won.", None),
        # a hyphen joining words is no dash: the phrase runs on over it
        ("The anti-war protesters said they would march.", "The anti-war protesters"),
    ],
)
def test_subject_neighbours(text: str, subject: str | None) -> None:
    """Neighbours: the phrase stops where these words say it must."""
    assert _subject(text) == subject


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a fronted subordinate clause, the cue and its adjunct, then the main clause
        (
            "If she becomes president, Clinton suggested in a tweet, women won't be punished.",
            "If she becomes president, Clinton suggested in a tweet, women won't be punished",
            "Clinton",
        ),
        # a subject, the cue and its adjunct, then the subject's verb
        (
            "These employees, Stumpf explained earlier in the hearing, were well paid.",
            "These employees, Stumpf explained earlier in the hearing, were well paid",
            "Stumpf",
        ),
        # a bare plural noun as the medial source ("participants said")
        (
            "To get their votes, participants said, the Democrats must change course.",
            "To get their votes, participants said, the Democrats must change course",
            "participants",
        ),
    ],
)
def test_medial_cue_inside_its_content(text: str, content: str, source: str) -> None:
    """A cue (with its adjunct) inside its content: the content runs on both sides."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a complete clause before the cue, then a participle or an appositive
        (
            "The plan will fail, Smith said on Tuesday, citing new polls.",
            "The plan will fail",
            "Smith",
        ),
        (
            "Clinton won the primary, the AP declared on Thursday, two days after the vote.",
            "Clinton won the primary",
            "the AP",
        ),
        ("The plan is dead, he said.", "The plan is dead", "he"),
    ],
)
def test_medial_neighbours(text: str, content: str, source: str) -> None:
    """Neighbours: the content ends at the cue."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # an addressee after the cue, then a quotation: the subject stands before the cue
        (
            "Dick Dever, who was on the Cruz slate, told POLITICO, “I like John Kasich best.”",
            "“I like John Kasich best.”",
            "Dick Dever",
        ),
        # "said of X, “...”": an adjunct, not a source after the cue
        (
            'A Warren adviser, who spoke on condition of anonymity, said of the senator, "She '
            'takes the threat seriously."',
            '"She takes the threat seriously."',
            "A Warren adviser",
        ),
        # an adjunct between the cue and its quotation belongs to the reporting clause
        (
            "Lopez-Cantera said about the movement, “I support parents.”",
            "“I support parents.”",
            "Lopez-Cantera",
        ),
        (
            "Cruz declared in the debate spin room: “It is time to unite.”",
            "“It is time to unite.”",
            "Cruz",
        ),
        # a nominative pronoun after the cue opens its clause: the fronted phrase is no content
        ("As for Trump, he said he's not worried.", "he's not worried", "he"),
    ],
)
def test_quotation_after_a_cue_phrase(text: str, content: str, source: str) -> None:
    """The quotation (or clause) after the cue's phrase is the content."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # inverted sources keep their reading
        ("“We will win,” said the minister.", "“We will win,”", "the minister"),
        (
            "The economy will grow, said the minister, citing data.",
            "The economy will grow",
            "the minister",
        ),
        # an adjunct and a "that" clause: the clause is the content
        (
            "Smith said of the plan, which passed on Monday, that it would fail.",
            "it would fail",
            "Smith",
        ),
    ],
)
def test_quotation_neighbours(text: str, content: str, source: str) -> None:
    """Neighbours: inversions and "that" clauses are read as before."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a second past-tense predicate of the subject ends the object
        ("Trump called the deal a disgrace and threatened to impose a tax.", "the deal a disgrace"),
        ("He denied the charges and counter-accused her of battery.", "the charges"),
        ("Obama criticized the bill and vetoed it in March.", "the bill"),
        # a serial comma before a list's last item keeps the list
        (
            "Trump has attacked GOP voters, lawmakers, and thinkers for opposing the policy.",
            "GOP voters, lawmakers, and thinkers for opposing the policy",
        ),
        # a list of short items goes on after its last item
        (
            "Voters cite jobs, safety from terrorism and health care as top concerns.",
            "jobs, safety from terrorism and health care as top concerns",
        ),
    ],
)
def test_object_ends(text: str, content: str) -> None:
    """An object ends before a second predicate and runs through its list."""
    assert content in [c for c, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle adjective followed by its noun stays in the object
        ("She praised teachers and dedicated staff.", "teachers and dedicated staff"),
        (
            "The campaign called the charges baseless and fabricated by former employees.",
            "the charges baseless and fabricated by former employees",
        ),
        # a present-tense cue: "and" with a past form is left alone
        ("He praises the plan and signed it last year.", "the plan and signed it last year"),
        # a comma, "and" and a clause of its own end the object
        ("He denied the charges, and his lawyer said they were false.", "the charges"),
    ],
)
def test_object_neighbours(text: str, content: str) -> None:
    """Neighbours: coordinated nouns and adjectives stay in the object."""
    assert content in [c for c, _ in attributed(text)]


def test_group_nouns_are_sources() -> None:
    """Groups that speak as one ("appeals courts", "participants") are source heads."""
    text = "Texas has voting laws that appeals courts said discriminated against minorities."
    assert ("discriminated against minorities", "appeals courts") in attributed(text)
    # "fans" as a verb stays a verb: the source is the phrase after the cue
    assert ("Trump fans the flames", "his critics") in attributed(
        "Trump fans the flames, his critics said."
    )


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a question put by a "by" agent: fronted, after "When", or a passive with its subject
        (
            "When asked by a reporter whether the plan differed, Trump said, “You tell me.”",
            "whether the plan differed",
            "a reporter",
        ),
        (
            "Sanders was asked by host John Dickerson whether his aim was similar.",
            "whether his aim was similar",
            "host John Dickerson",
        ),
        (
            "Asked by Stephanopoulos to respond to the criticism, Carson laughed.",
            "to respond to the criticism",
            "Stephanopoulos",
        ),
        (
            "When pressed by Holt on Monday about bringing jobs back, he changed the subject.",
            "about bringing jobs back",
            "Holt",
        ),
    ],
)
def test_questions_put_by_an_agent(text: str, content: str, source: str) -> None:
    """The agent asked: the question, with its opener, is the agent's content."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        # no agent: no one to credit the question to
        "When asked whether the plan differed, Trump smiled.",
        # "by" with no question after the agent
        "The bill was passed by the Senate when the vote came.",
        "He was asked by reporters, and he declined.",
    ],
)
def test_question_neighbours(text: str) -> None:
    """Neighbours: no question claim without an agent and an opener after it."""
    assert not [c for c in find_claims(text) if c.cue and " by " in c.cue]


def test_fronted_question_is_no_content() -> None:
    """ "When asked X, Cruz said no": the fronted question is no content of "said"."""
    text = "When asked by Ingraham about foreign workers, Cruz said the border comes first."
    claims = attributed(text)
    assert ("the border comes first", "Cruz") in claims
    assert not [c for c, s in claims if s == "Cruz" and c.startswith("When asked")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a bare verb form after a singular noun phrase is a noun: the verb comes later
        ("A news report published Wednesday said the secretary used personal email.", "said"),
        ("The October report exceeded expectations, with 271,000 new jobs.", None),
        ("The Iowa report found gains in every county.", "found"),
    ],
)
def test_base_form_after_a_singular_phrase_is_a_noun(text: str, cue: str | None) -> None:
    """ "A news report said": "report" is the subject's noun, "said" its cue."""
    cues = [c.cue for c in find_claims(text) if c.cue]
    assert "report" not in cues
    assert cues[:1] == ([cue] if cue else [])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # plural phrases agree with the bare form: still cues
        ("The officials report that the bridge is safe.", "The officials"),
        ("A mere 9 percent say they only buy American.", "A mere 9 percent"),
        ("A majority of voters say the economy is strong.", "A majority of voters"),
        ("The police report that the bridge is safe.", "The police"),
    ],
)
def test_base_form_neighbours(text: str, source: str) -> None:
    """Neighbours: a plural or a quantity of many before a bare form keeps the cue."""
    assert source in [s for _, s in attributed(text)]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # a Title Case headline's "Just" before a past-tense cue
        (
            "Trump Just Announced Who He Would Pick For VP.\n\nThe candidate spoke.",
            "Who He Would Pick For VP",
            "Trump",
        ),
        (
            "Hillary Just Vowed To Never Utter These Words.\n\nThe candidate spoke.",
            "To Never Utter These Words",
            "Hillary",
        ),
        ("Trump Calls On Obama To Resign.\n\nThe candidate spoke.", "Obama To Resign", "Trump"),
    ],
)
def test_headline_forms(text: str, content: str, source: str) -> None:
    """Headline forms: "Just Announced", "Just Vowed", "Calls On"."""
    assert (content, source) in attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        # "Just" with no cue after it, or opening an imperative
        "Just Announced: New Tour Dates.\n\nThe band spoke.",
        "Just Listen To This Song.\n\nThe band spoke.",
    ],
)
def test_headline_neighbours(text: str) -> None:
    """Neighbours: "Just" alone makes no cue."""
    assert attributed(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an adjunct between commas right after the cue is no content
        (
            "Mr. Comey described, in fairly blistering terms, a set of email practices.",
            "a set of email practices",
        ),
        ("Smith denied, with a smile, any wrongdoing.", "any wrongdoing"),
        # neighbour: a "that" clause after the adjunct, as before
        ("He said, in a statement, that the plan failed.", "the plan failed"),
    ],
)
def test_aside_after_the_cue(text: str, content: str) -> None:
    """ "described, in blistering terms, X": the content starts after the aside."""
    assert content in [c for c, _ in attributed(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # an age or an article's noun phrase between commas after the that-clause's subject
        (
            "The report cited allegations that Conyers, 88, made advances to his staff.",
            "Conyers, 88, made advances to his staff",
        ),
        (
            "There were allegations that Smith, the city's mayor, took bribes.",
            "Smith, the city's mayor, took bribes",
        ),
        # neighbours: a comma that ends the clause still ends it
        ("There were allegations that he lied, saying so.", "he lied"),
        ("There were claims that prices rose, and Smith, 55, left.", "prices rose"),
    ],
)
def test_a_noun_cues_that_clause_runs_past_its_subjects_apposition(text: str, content: str) -> None:
    """'allegations that X, 88, made ...': the apposition is inside the content."""
    found = [
        c.text for c in find_claims(text) if c.cue and c.cue.lower().startswith(("alleg", "claim"))
    ]
    assert found == [content]
