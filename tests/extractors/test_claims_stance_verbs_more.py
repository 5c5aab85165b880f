"""More reporting and stance verbs (tout, liken, highlight, voice, applaud, recommend,
retweet, signal, disclose, remember, yell), forms missing from listed lemmas (hint,
remark, emphasize) and the Title Case forms of headlines ("Rubio Thinks ...")."""

from __future__ import annotations

import pytest

from tests.extractors.attributed import attributed_cues


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The governor touted his record on jobs.", "his record on jobs", "touted"),
        ("She touts her record on jobs.", "her record on jobs", "touts"),
        ("Trump likened the deal to a surrender.", "the deal to a surrender", "likened"),
        (
            "The senator highlighted the cost of the program.",
            "the cost of the program",
            "highlighted",
        ),
        ("Several Democrats voiced support for the bill.", "support for the bill", "voiced"),
        (
            "The union applauded the decision to raise wages.",
            "the decision to raise wages",
            "applauded",
        ),
        (
            "The panel recommended a new round of sanctions.",
            "a new round of sanctions",
            "recommended",
        ),
        ("Trump retweeted a post calling Cruz a liar.", "a post calling Cruz a liar", "retweeted"),
        ("The Fed signaled that rates would rise in June.", "rates would rise in June", "signaled"),
        ("The Fed signalled that rates would rise.", "rates would rise", "signalled"),
        (
            "The campaign disclosed that it had raised $20 million.",
            "it had raised $20 million",
            "disclosed",
        ),
        (
            "Sanders remembered that his father had worked as a paint salesman.",
            "his father had worked as a paint salesman",
            "remembered",
        ),
        ("A man yelled “Build the wall!”", "“Build the wall!”", "yelled"),
        ("Clinton hints she may run again.", "she may run again", "hints"),
        (
            "Mr. Smith spoke last, remarking that few had expected the result.",
            "few had expected the result",
            "remarking",
        ),
        (
            "He spoke for an hour, emphasizing that the plan was temporary.",
            "the plan was temporary",
            "emphasizing",
        ),
    ],
)
def test_reporting_and_stance_verbs_are_cues(text: str, content: str, cue: str) -> None:
    """Each form reports what its subject says, praises or puts forward."""
    found = [(c, q) for c, _, q in attributed_cues(text)]
    assert (content, cue) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Highlights of the game were shown later.",
        "The voice of the people was heard.",
        "A recommended dose is 5 mg.",
        "The signal was weak.",
        "Remembered for his kindness, he died at 90.",
        # "disclose" is weak: a plain object is a record made public, not a claim
        "He disclosed his income.",
        # an event's participle: the call signals nothing anyone said
        "The two leaders spoke for an hour, signaling a shift from the previous stance.",
    ],
)
def test_their_nouns_adjectives_and_plain_objects_are_no_cues(text: str) -> None:
    """Neighbours: the same words as nouns, adjectives, or weak verbs with no clause."""
    assert attributed_cues(text) == []


@pytest.mark.parametrize(
    ("text", "content", "source", "cue"),
    [
        (
            "Rubio Thinks Biden Was A Really Effective Senator",
            "Biden Was A Really Effective Senator",
            "Rubio",
            "Thinks",
        ),
        ("Sanders Announces Bid For Presidency", "Bid For Presidency", "Sanders", "Announces"),
        ("Obama Explains Why He Vetoed The Bill", "Why He Vetoed The Bill", "Obama", "Explains"),
        ("Clinton Sees Path To Victory In Ohio", "Path To Victory In Ohio", "Clinton", "Sees"),
        ("Sanders Promises Action On Immigration", "Action On Immigration", "Sanders", "Promises"),
        ("Cruz Seeks Recount In Iowa", "Recount In Iowa", "Cruz", "Seeks"),
        ("Trump Tweets Support For Police", "Support For Police", "Trump", "Tweets"),
        ("Pope Denounces Wall", "Wall", "Pope", "Denounces"),
        ("Clinton Worries About Turnout In Ohio", "About Turnout In Ohio", "Clinton", "Worries"),
        (
            "Cruz Hints Trump Would Get Border Wall Contract",
            "Trump Would Get Border Wall Contract",
            "Cruz",
            "Hints",
        ),
        (
            "Snopes Debunks Viral Claim About Voting",
            "Viral Claim About Voting",
            "Snopes",
            "Debunks",
        ),
        # a headline drops "that": a weak verb's headline form takes the bare clause
        (
            "Document Reveals Agency Knew Security Was Inadequate",
            "Agency Knew Security Was Inadequate",
            "Document",
            "Reveals",
        ),
        ("Cruz Refuses To Disavow Endorsement", "To Disavow Endorsement", "Cruz", "Refuses"),
    ],
)
def test_title_case_headline_forms_are_cues(text: str, content: str, source: str, cue: str) -> None:
    """A headline writes the reporting verb in Title Case after its subject."""
    assert (content, source, cue) in attributed_cues(text), attributed_cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Calls to the hotline rose sharply.",
        "Promises were broken.",
        "Worries about inflation grew.",
        "Tweets from the account were deleted.",
        # the weak verb in running text still needs "that" or a clause
        "The senator reveals his plan.",
    ],
)
def test_capitalized_plural_nouns_opening_a_sentence_are_no_cues(text: str) -> None:
    """Neighbours: the same capitalized words as plural nouns with no subject before them."""
    assert attributed_cues(text) == []
