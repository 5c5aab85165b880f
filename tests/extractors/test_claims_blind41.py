"""Stop 41's blind matrix (``claims_blind41``) of attributed speech outside US news.

The matrix was written before the claims extractor or its tests were read. At 16bc00b
217 of the 232 expectations of ``MATRIX`` held (190 of 202 attributions, 27 of 30
neighbours), and 23 of the 26 of ``MATRIX_CONTEXT``, written in the same blind pass after
the first count: 240 of 258 in all. Seven of those expectations (four passages) were
written against the benches' reading and were corrected after the count, not the
extractor: a quotation resumed after its speaker ("'A,' said X. 'B.'", in one paragraph
or over several) is one content from its first mark to its last, as PolNeAR annotates it
and its scorer reads it; 244 of the corrected 255 held at 16bc00b. The forms still read
otherwise are marked below, with why.
"""

from __future__ import annotations

import pytest

import provenance
from provenance.enums import Attribution
from provenance.extractors.claims import find_claims

from .claims_blind41 import MATRIX, MATRIX_CONTEXT, Expectation, passes

#: expectations that do not hold yet, by key and position in the passage's tuple (eight
#: more held after stop 41's fixes: 252 of 255)
_FAILING: dict[tuple[str, int], str] = {
    ("in-bench-remarked", 0): "a bench of judges",
    # two neighbours whose gold is contested: PolNeAR marks "rejected" and "call" as cues
    # (14 and 13 times in train), so these are attributions by the benches' reading
    ("cx-nb-apostrophe-no-quote", 0): "rejected by: a cue in PolNeAR",
    ("cx-nb-curly-scare", 0): "critics call it: a cue in PolNeAR",
}


def _cases() -> list[object]:
    out: list[object] = []
    for key, text, expectations in (*MATRIX, *MATRIX_CONTEXT):
        for at, expectation in enumerate(expectations):
            reason = _FAILING.get((key, at))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            out.append(pytest.param(text, expectation, id=f"{key}-{at}", marks=marks))
    return out


@pytest.mark.parametrize(("text", "expectation"), _cases())
def test_blind_matrix(text: str, expectation: Expectation) -> None:
    """Each passage of the blind matrix reads as the PolNeAR and BBC benches read it."""
    assert passes(text, expectation, provenance.extract_claims(text))


def _attributed(text: str) -> list[tuple[str, str | None]]:
    """The content and source, as written, of each attributed claim of ``text``."""
    return [
        (text[c.start : c.end], c.source_text)
        for c in find_claims(text)
        if c.attribution is not Attribution.NARRATOR
    ]


@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        # report verbs of Commonwealth and agency copy invert after a quotation
        ('"The talks are on track," maintained the adviser.', "talks are on track", "adviser"),
        ('"Too many are leaving," lamented the bishop.', "Too many are leaving", "bishop"),
        ('"No one is above the law," stressed the minister.', "above the law", "minister"),
        ('"We will pay," assured the governor.', "We will pay", "governor"),
        ('"It cost N2bn," disclosed the commissioner.', "It cost N2bn", "commissioner"),
        ('"They lied," charged the opposition leader.', "They lied", "opposition leader"),
        ('"Nothing has changed," reiterated Ms Wanjiru.', "Nothing has changed", "Wanjiru"),
        # a bare speaker of a British headline after its inverted cue
        ("Bills 'will rise again', says charity", "Bills 'will rise again'", "charity"),
        ("Strikes 'will go on', say campaigners", "Strikes 'will go on'", "campaigners"),
        ("Death 'was avoidable', says coroner", "Death 'was avoidable'", "coroner"),
        ("Fares 'too high', warns regulator", "Fares 'too high'", "regulator"),
        # post-nominals set off by commas after the name
        ("Brian Kalu, SAN, told the court the charge was void.", "the charge was void", "Kalu"),
        ("Jane Roe, QC, said the charge was void.", "the charge was void", "Jane Roe"),
        ("The lawyer, Ann Lee, KC, said the charge was void.", "the charge was void", "Ann Lee"),
        ("John Doe, OBE, said the charge was void.", "the charge was void", "John Doe"),
        # a long occasion between the cue and "that"
        (
            "The ministry said in a statement signed by its spokesperson, Mr Ade Obi, that"
            " the exercise would begin on Monday.",
            "the exercise would begin on Monday",
            "ministry",
        ),
        (
            "The police said in a statement issued in Abuja on Sunday by its spokesman, Mr"
            " Femi Ade, that the officers had been detained.",
            "the officers had been detained",
            "police",
        ),
        (
            "The ministry said in a statement signed by its spokesman, Mr. Ade Obi, that the"
            " exercise would begin on Monday.",
            "the exercise would begin on Monday",
            "ministry",
        ),
        # a past report's content goes on past "and" with a backshifted modal
        (
            "The club said it was aware of the post and would be seeking an explanation.",
            "it was aware of the post and would be seeking an explanation",
            "club",
        ),
        (
            "The union said the offer was poor and could call a strike.",
            "the offer was poor and could call a strike",
            "union",
        ),
        # its neighbour: with no commas the adjunct stays short, and a "that" far on opens
        # no content ("and that" joins a second clause of the same content)
        (
            "Adelson said on Friday he had met the party's candidate at a hotel in the city"
            " earlier this week and that the two men discussed Israel.",
            "he had met the party's candidate",
            "Adelson",
        ),
    ],
)
def test_blind41_forms(text: str, content: str, source: str) -> None:
    """The forms the blind matrix led to: the content holds ``content`` and the source
    names ``source``."""
    got = _attributed(text)
    assert any(content in c and s is not None and source in s for c, s in got), got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an inverting verb after a plain phrase and a comma has its subject before it
        ("On Monday, reiterated calls for calm went unheeded.", None),
        # a name set off by commas is the speaker, not a post-nominal
        ("The agency, Nafdac, said the drug was fake.", "Nafdac"),
        # "told off" scolds, "warned off" drives away; a hyphen goes on with another word
        ("The teacher told off the boys.", None),
        ("The dog warned off intruders for years.", None),
        ("He told off-duty officers the plan was dead.", "He"),
        # a standard kept after "according to", not a source; a bare source noun is one
        ("According to plan, the bridge opened on Monday.", None),
        ("The bridge opened on Monday, according to schedule.", None),
        ("According to police, the bridge opened on Monday.", "police"),
        # the passive of upkeep reports nothing; the active report verb still does
        ("The road is maintained by the county council.", None),
        ("The ministry has maintained that the plan is sound.", "The ministry"),
    ],
)
def test_blind41_neighbours(text: str, source: str | None) -> None:
    """The neighbours of those forms: no attributed claim (``source`` None), or one whose
    source is ``source``."""
    got = _attributed(text)
    if source is None:
        assert got == []
    else:
        assert [s for _, s in got] == [source]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # a present report: "would" is the speaker's own, a second report
        ("The union says the offer is poor and would ask members to vote.", "the offer is poor"),
        # no modal: "and" opens the speaker's second report
        ("The union said the offer was poor and dismissed the reports.", "the offer was poor"),
    ],
)
def test_blind41_and_ends_content(text: str, first: str) -> None:
    """Neighbours of the backshifted modal: the first content ends before "and"."""
    assert _attributed(text)[0][0] == first
