"""Quotations in the house styles of English-language papers outside Britain and the US.

Every fixture is written for this file (no corpus text), after the styles of Australian,
Indian, South African, Irish, Singaporean and Nigerian papers and of the English copy of
foreign agencies: single marks as the primary quote with apostrophes inside words, "said
he" inversion, "Name: ‘...’" headlines, dash attributions, "told PTI", "quoted X as
saying (that)", "in a statement", quotations over several paragraphs, quotes inside
quotes, guillemets and low quotes, and a colon quotation whose speaker stands after an
opening phrase ("But speaking in Thailand Hingis admitted: “...”"). The neighbours that
must not give the claim follow each family.
"""

from __future__ import annotations

import pytest

from provenance.extractors.claims.cue_sentences import colon_quote_speaker
from provenance.extractors.claims.quotes import find_quotations
from provenance.extractors.text.quotes import quote_spans
from tests.extractors.attributed import attributed

_Q = "We have done everything we can for the farmers"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (f"‘{_Q},’ she said.", f"‘{_Q},’", "she"),
        (f"‘{_Q},’ says she.", f"‘{_Q},’", "she"),
        (f"'{_Q},' said he.", f"'{_Q},'", "he"),
        (f"‘{_Q},’ said Taoiseach Micheál Martin.", f"‘{_Q},’", "Taoiseach Micheál Martin"),
        (f"“{_Q},” he told PTI.", f"“{_Q},”", "he"),
        (f"‘{_Q},’ the collector told reporters.", f"‘{_Q},’", "the collector"),
        (f"‘{_Q},’ the ministry said in a statement.", f"‘{_Q},’", "the ministry"),
        (f"The official told IANS: ‘{_Q}.’", f"‘{_Q}.’", "The official"),
        (f"Ramaphosa: ‘{_Q}’", f"‘{_Q}’", "Ramaphosa"),
        (f"‘{_Q}’ – Agriculture Minister", f"‘{_Q}’", "Agriculture Minister"),
        (f"«{_Q},» the Kremlin spokesman said.", f"«{_Q},»", "the Kremlin spokesman"),
        (f"„{_Q}“, the foreign minister said.", f"„{_Q}“", "the foreign minister"),
        # apostrophes inside a single-quoted quotation open and close nothing
        (f"‘{_Q} since the ’90s,’ he said.", f"‘{_Q} since the ’90s,’", "he"),
        ("‘Rahul’s team won’t stop at five o’clock,’ he said.", None, "he"),
        (f"'Let 'em come, {_Q},' he said.", f"'Let 'em come, {_Q},'", "he"),
        # quotes inside quotes, both ways round
        (f"‘He told me “no” but {_Q},’ she said.", f"‘He told me “no” but {_Q},’", "she"),
        (f"“He said ‘no’ but {_Q},” she said.", f"“He said ‘no’ but {_Q},”", "she"),
    ],
)
def test_world_quote_styles(text: str, content: str | None, speaker: str) -> None:
    """The whole quotation is the speaker's claim in each house style."""
    claims = attributed(text)
    expected = content if content is not None else text[: text.index(" he said")]
    assert claims == [(expected, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "‘Rock ’n’ roll saved my life,’ he said.",
        "‘Rock ‘n’ roll saved my life,’ he said.",
        "'Rock 'n' roll saved my life,' he said.",
    ],
)
def test_elision_inside_a_single_quoted_quotation(text: str) -> None:
    """The apostrophes of "’n’" close no quotation, whichever mark opens the elision."""
    claims = attributed(text)
    assert claims == [(text[: text.index(" he said")], "he")]


@pytest.mark.parametrize(
    "text",
    [
        "In the ’90s, rock ’n’ roll was at its peak.",
        "Rock ’n’ roll is back, and the ’em dash too.",
        "She loves rock’n’roll and Jones’ band.",
    ],
)
def test_elisions_open_no_quotation(text: str) -> None:
    """A narrator's sentence with elisions and possessives holds no quotation."""
    assert find_quotations(text) == ()


def test_quotation_over_paragraphs_in_single_marks() -> None:
    """Each paragraph opens with a mark, only the last closes: one quotation, one claim."""
    text = (
        "The minister said:\n\n‘We have done everything we can for the farmers.\n\n"
        "‘The money will reach every district by March.’\n\nThe opposition walked out."
    )
    claims = attributed(text)
    assert len(claims) == 1
    content, speaker = claims[0]
    assert content.startswith("‘We have done")
    assert content.endswith("by March.’")
    assert speaker == "The minister"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Press Trust of India quoted the official as saying that the dam was safe.",
            "the dam was safe",
            "the official",
        ),
        (
            "Interfax quoted Peskov as saying that the talks would go on next week.",
            "the talks would go on next week",
            "Peskov",
        ),
        (
            f"“{_Q},” he was quoted as saying by the Xinhua news agency.",
            f"“{_Q},”",
            "he",
        ),
    ],
)
def test_quoted_as_saying(text: str, content: str, speaker: str) -> None:
    """ "X quoted Y as saying that ...": Y says the clause; a by-phrase names the agency."""
    assert attributed(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "agent", ["by the official news agency", "by state media on Monday", "by The Hindu"]
)
def test_quoted_as_saying_by_an_agent(agent: str) -> None:
    """ "“...,” he was quoted as saying by AGENT.": the agent is no content."""
    text = f"“{_Q},” the minister was quoted as saying {agent}."
    assert attributed(text) == [(f"“{_Q},”", "the minister")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "He was quoted as saying by the end of the year the plant would close for good.",
            "by the end of the year the plant would close for good",
        ),
        ("He was quoted as saying by 2020 the plant would close.", "by 2020 the plant would close"),
    ],
)
def test_quoted_as_saying_by_a_time(text: str, content: str) -> None:
    """A time after "by" opens the reported clause: it is no agent."""
    assert attributed(text) == [(content, "He")]


def test_quoted_as_saying_without_that_stays_unread() -> None:
    """Without "that" the reported clause may run on through the agency's appositives."""
    assert attributed("Reuters quoted the minister as saying the ban would stay.") == []


_C = "“We will not give up this fight.”"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"Before he left for Delhi on Tuesday the chancellor told reporters: {_C}",
            "the chancellor",
        ),
        (f"And the ex-Wallaby added: {_C}", "the ex-Wallaby"),
        (f"But speaking in Thailand Hingis admitted: {_C}", "Hingis"),
        (f"Asked if she would stand again she confesses: {_C}", "she"),
        (f"But when Lomu was asked about the risk he replied: {_C}", "he"),
        (f"At the rally War on Want's John Hilary said: {_C}", "John Hilary"),
    ],
)
def test_colon_quotation_speaker_after_an_opening_phrase(text: str, speaker: str) -> None:
    """ "... SPEAKER VERB: “...”": the speaker stands just before the verb (a question put
    to the subject, "was asked [about the risk]", is a claim of its own, ending before it)."""
    found = attributed(text)
    assert (_C, speaker) in found
    assert all(c == _C or c.startswith(("about", "if")) for c, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        # the noun before the verb is a preposition's object, or no source noun
        f"In a statement, detainee A in Woodhill Prison said: {_C}",
        f"The centre at the University of the West of England in Bristol said: {_C}",
        f"When asked whether he would do the same again replied: {_C}",
        # a bare participle after a noun: the noun says nothing
        f"She did not enjoy her time in the house saying: {_C}",
    ],
)
def test_colon_quotation_neighbours(text: str) -> None:
    """No speaker is taken from a place, a non-source noun or before a bare participle."""
    start = text.index(" said:") + 1 if " said:" in text else None
    for source in (s for _, s in attributed(text)):
        assert source not in {"Prison", "Woodhill Prison", "Bristol", "same", "the house"}
    if start is not None:
        assert colon_quote_speaker(text, 0, start, start + 4) is None


def test_colon_quotation_speaker_needs_the_colon() -> None:
    """Without the colon and the quotation the fallback gives no speaker."""
    text = "Before he left the chancellor told reporters that “we will win.”"
    cue = text.index("told")
    assert colon_quote_speaker(text, 0, cue, cue + 4) is None
    text = "Before he left the chancellor told reporters: we will win."
    assert colon_quote_speaker(text, 0, cue, cue + 4) is None


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # a closing mark whose opening one the copy lost opens nothing
        (
            'No judge will stop it. The album will come out." The case is set for Monday. '
            '"We will appeal against it," the label said.',
            ['"We will appeal against it,"'],
        ),
        # an inch mark after a figure
        (
            'He is 6\'3" tall and his doctor called him "the healthiest ever".',
            ['"the healthiest ever"'],
        ),
        # neighbours: marks that open before their word, or close after it
        ('He said "yes" and "no".', ['"yes"', '"no"']),
        ('"We won. "We earned it," she said.', ['"We won. "We earned it,"']),
    ],
)
def test_a_closing_mark_with_no_opening_one(text: str, quoted: list[str]) -> None:
    """A straight mark after a word and before a space closes, and never opens, a quotation."""
    assert [text[s:e] for s, e in quote_spans(text)] == quoted
    assert [text[q.start : q.end] for q in find_quotations(text) if q.depth == 0] == quoted


def test_a_lost_opening_mark_leaves_the_next_quotation_its_speaker() -> None:
    """After a stray closing mark the next quotation pairs with its own marks."""
    text = (
        'No judge will stop it. The album will come out." The case is set for Monday. '
        '"We will appeal against it," the label said.'
    )
    assert attributed(text) == [('"We will appeal against it,"', "the label")]
