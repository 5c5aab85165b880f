"""Stop 47's blind matrix (``claims_blind47``): attribution in long-form features, live
blogs, court and police copy, science and medical reporting, polls, weather and disaster
agencies, fact-checks, British and Australian English, impersonal passives and speech
verbs beyond "said", with neighbours that attribute nothing.

The matrix was written from PolNeAR's annotation before the claims extractor or the
earlier matrices were read. At 4c327ce 192 of its 226 passages held (159 of 189
passages with attributions, 33 of 37 neighbours). Three expectations were wrong against
PolNeAR's annotation: it marks the question put to a speaker ("Asked whether he would
resign", cue "Asked", no source; train shows it: verb_replied), a document's figures that
"show" a number as a report of their own (as "the report showed" elsewhere in the matrix:
fc_quote_then_verdict), and takes "repeated the claim" as one cue (fc_repeated_claim).
Corrected, 195 of the 226 held at 4c327ce (162 of 189 passages with attributions, 33 of
37 neighbours).

After stop 47's fixes 204 of the 226 hold (169 of 189 passages with attributions, 35 of
37 neighbours): the features' verbs closing a quotation ("she laughs", "he jokes",
"reflects Joan Whitfield"), a paper that "states", "lead" in a role before a title and a
name ("said lead author Dr Mei Chen"), a live blog's clock time opening an entry ("17:45
The council confirms that": not "45 The council" or "17"), a live blog's and a
fact-check's labels ("Key event:", "Claim:"), and connectives ("Having said that,").
Still wrong: every agentless report ("It is understood that", "is said to have",
"reportedly", "The jury heard that", "Magistrates were told") is the narrator's with its
cue, where PolNeAR marks an attribution with no source; "was told by the hospital that"
(a passive with its agent); "As Okafor puts it" before a clause with "knowing when to
stop"; "advised patients not to"; "Posts ... claim" after a participle phrase; "A yellow
weather warning is in place" (the noun read as a cue); "has argued more than 100 cases".
The passages that do not hold are marked ``xfail(strict=True)``.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance

from .claims_blind47 import PASSAGES, Passage, predicted, score

# Passages the extractor does not read as PolNeAR would (see the module docstring).
MISSES = frozenset(
    {
        "feat_as_x_puts_it",
        "live_we_have_been_told",
        "court_jury_heard",
        "court_court_heard",
        "court_magistrates",
        "sci_doctors_advised",
        "fc_posts_claim",
        "pass_understood",
        "pass_was_reported",
        "pass_is_said_to_have",
        "pass_is_believed_to",
        "pass_it_is_thought",
        "pass_has_been_claimed",
        "pass_is_reported_to",
        "pass_it_is_alleged",
        "pass_reportedly",
        "pass_it_was_announced",
        "pass_are_thought_to",
        "pass_it_emerged",
        "pass_was_told",
        "nb_warning_noun",
        "nb_argued_case",
    }
)


def _cases() -> list[object]:
    return [
        pytest.param(p, id=p.id, marks=[pytest.mark.xfail(strict=True)] if p.id in MISSES else [])
        for p in PASSAGES
    ]


def test_ids_are_unique_and_misses_are_passages() -> None:
    """Every passage has its own id and every listed miss names a passage."""
    ids = [p.id for p in PASSAGES]
    assert len(ids) == len(set(ids))
    assert set(MISSES) <= set(ids)


def test_gold_contents_are_in_their_passages() -> None:
    """Each gold content is written as it stands in its passage, once."""
    for p in PASSAGES:
        for g in p.gold:
            assert p.text.count(g.content) == 1, p.id


@pytest.mark.parametrize("passage", _cases())
def test_passage(passage: Passage) -> None:
    """The extractor reads each passage as PolNeAR would annotate it."""
    ok, why = score(passage)
    assert ok, why


@given(
    st.integers(min_value=2, max_value=99_999), st.sampled_from(["adults", "voters", "patients"])
)
def test_a_sample_size_attributes_nothing(n: int, who: str) -> None:
    """A poll's or study's size is the writer's, whatever the number and population."""
    assert predicted(f"The poll of {n:,} {who} was carried out last week.") == []
    assert predicted(f"The study involved {n:,} {who} in five countries.") == []


def _attributed(text: str) -> list[tuple[str, str | None]]:
    """(content, source as written) of each attributed claim of ``text``."""
    frame = provenance.extract_claims(text)
    rows = frame[frame["attribution"].isin(["direct", "indirect"])]
    return [
        (t, s if isinstance(s, str) else None)
        for t, s in zip(rows["text"], rows["source_text"], strict=True)
    ]


@given(
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59),
    st.sampled_from([":", "."]),
    st.sampled_from(["", "am", "pm"]),
    st.sampled_from(["says", "said", "announced that", "warned that"]),
)
def test_a_live_blogs_clock_time_is_no_part_of_the_source(
    hour: int, minute: int, sep: str, half: str, cue: str
) -> None:
    """Whatever the time and its style, the entry's subject speaks, not its minutes."""
    text = f"{hour:02d}{sep}{minute:02d}{half} The council {cue} the bridge has reopened."
    assert _attributed(text) == [("the bridge has reopened", "The council")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Profits rose to 4.45 per share, the company said.", "the company"),
        ("Talks at 10:30 went well, officials said.", "officials"),
        ("Lead levels in the water were high, officials said.", "officials"),
        ("\u201cWe saw it early,\u201d said lead author Dr Mei Chen.", "lead author Dr Mei Chen"),
        ("\u201cIt was hard,\u201d she laughs.", "she"),
        ("\u201cIt was hard,\u201d he laughed.", "he"),
        ("\u201cIt was hard,\u201d he jokes.", "he"),
        ("\u201cIt was hard,\u201d reflects Joan Whitfield.", "Joan Whitfield"),
        ("The paper states that no side effects were seen.", "The paper"),
        # "confirms" reads the hour as its source before its colon ("17.45 ... confirms"
        # still reads nothing)
        ("17:45 The council confirms that the bridge has reopened.", "The council"),
        (
            "Key event: The prime minister says schools will reopen on Thursday.",
            "The prime minister",
        ),
        ("That being said, the minister said the market was quiet.", "the minister"),
    ],
)
def test_forms_read_with_their_source(text: str, source: str) -> None:
    """Each form gives one attributed claim, said by the source as written."""
    assert [s for _, s in _attributed(text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Having said that, the market has rarely been so quiet.",
        "Having said this, the market has rarely been so quiet.",
        "That being said, the market has rarely been so quiet.",
        "With that said, the market has rarely been so quiet.",
        "All that said, the market has rarely been so quiet.",
        "He laughed at the idea of a third term.",
        "The price reflects the cost of land in the city.",
        "His jokes fell flat with the audience.",
        "Verdict: False. The photo was taken in Thailand in 2011.",
        "Claim: Drinking hot water kills the virus.",
        "The paper published its findings on Tuesday.",
    ],
)
def test_neighbours_attribute_nothing(text: str) -> None:
    """Connectives, other senses of the feature verbs and labels report nothing."""
    assert _attributed(text) == []
