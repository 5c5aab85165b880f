"""Direct quotes in the house styles of English-language news outside the US.

Each fixture is written for this file (no corpus text): British single marks,
guillemets and low-high marks in English copy, mixed curly and straight marks,
quotations over several paragraphs, the speaker after the quote with and
without inversion, "told the BBC", "added", "according to", a speaker's
description and a colon before the quote, titles without periods, and
apostrophes inside single-quoted quotes. Each asserts the content span and
the speaker of :func:`provenance.extract_claims`; the neighbours that must not
give a quote follow.
"""

from __future__ import annotations

import pytest

from provenance import extract_claims

_QUOTE = "The harbour will reopen next week"


def _attributed(text: str) -> list[tuple[str, str | None]]:
    """(content, source as written) of every attributed claim of ``text``, in order."""
    df = extract_claims(text)
    rows = df[df["attribution"] != "narrator"]
    return list(zip(rows["text"], rows["source_text"], strict=True))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # British single marks, speaker after the quote, with and without inversion
        (f"'{_QUOTE},' the port manager said.", f"'{_QUOTE},'", "the port manager"),
        (f"'{_QUOTE},' said Mr Okafor.", f"'{_QUOTE},'", "Mr Okafor"),
        (f"'{_QUOTE},' Mr Okafor said.", f"'{_QUOTE},'", "Mr Okafor"),
        (f"‘{_QUOTE},’ Dr Patel said.", f"‘{_QUOTE},’", "Dr Patel"),
        (f"'{_QUOTE},' Mrs Patel said.", f"'{_QUOTE},'", "Mrs Patel"),
        (f"'{_QUOTE},' said Prof Sarah Hall.", f"'{_QUOTE},'", "Prof Sarah Hall"),
        # nesting both ways round
        (
            "\"He told us it was 'entirely safe' to go back,\" Ms Rivera said.",
            "\"He told us it was 'entirely safe' to go back,\"",
            "Ms Rivera",
        ),
        (
            "'He told us it was \"entirely safe\" to go back,' Ms Rivera said.",
            "'He told us it was \"entirely safe\" to go back,'",
            "Ms Rivera",
        ),
        # guillemets and low-high marks in English copy from European outlets
        (f"The mayor said: «{_QUOTE}.»", f"«{_QUOTE}.»", "The mayor"),
        (f"« {_QUOTE} », the mayor told reporters.", f"« {_QUOTE} »", "the mayor"),
        (f"„{_QUOTE}“, Mr Duda said.", f"„{_QUOTE}“", "Mr Duda"),
        (f"«{_QUOTE}», said Mr Duda.", f"«{_QUOTE}»", "Mr Duda"),
        # curly and straight marks mixed in one quotation
        (f'“{_QUOTE}," the mayor said.', f'“{_QUOTE},"', "the mayor"),
        (f'"{_QUOTE},” the mayor said.', f'"{_QUOTE},”', "the mayor"),
        (f"‘{_QUOTE},' Mr Duda said.", f"‘{_QUOTE},'", "Mr Duda"),
        (f"'{_QUOTE},’ Mr Duda said.", f"'{_QUOTE},’", "Mr Duda"),
        # told the BBC, after the quote and before it with a colon
        ("'We had no warning,' one resident told the BBC.", "'We had no warning,'", "one resident"),
        ("One resident told the BBC: 'We had no warning.'", "'We had no warning.'", "One resident"),
        (
            'Mr Okafor told the BBC News website: "We had no warning."',
            '"We had no warning."',
            "Mr Okafor",
        ),
        (
            "'We had no warning,' Mr Okafor told BBC Radio 4's Today programme.",
            "'We had no warning,'",
            "Mr Okafor",
        ),
        (
            "Speaking to the BBC, Mr Okafor said: 'We had no warning.'",
            "'We had no warning.'",
            "Mr Okafor",
        ),
        # a colon after the cue, and the cue before the speaker
        ("Mr Okafor said: 'We had no warning.'", "'We had no warning.'", "Mr Okafor"),
        ("Mr Okafor added: 'We had no warning.'", "'We had no warning.'", "Mr Okafor"),
        ("Said Mr Fogg: 'The bridge is safe.'", "'The bridge is safe.'", "Mr Fogg"),
        # a speaker's description, a colon, then the quotation (reaction round-ups)
        (
            'The draw was made.\n\n- Leeds boss Anna Kerr: "We fully expect to progress."',
            '"We fully expect to progress."',
            "Leeds boss Anna Kerr",
        ),
        (
            'The draw was made.\n\nLeeds boss Anna Kerr: "We fully expect to progress."',
            '"We fully expect to progress."',
            "Leeds boss Anna Kerr",
        ),
        # "according to" after a full quotation
        (
            "'The plan is dead,' according to one senior official.",
            "'The plan is dead,'",
            "one senior official",
        ),
        # apostrophes inside single-quoted quotes do not end them
        (
            "'We don't accept the Kremlin's version of events,' said Mr Novak.",
            "'We don't accept the Kremlin's version of events,'",
            "Mr Novak",
        ),
        (
            "‘We don’t accept the Kremlin’s version,’ said Mr Novak.",
            "‘We don’t accept the Kremlin’s version,’",
            "Mr Novak",
        ),
        (
            "'The ministers' plan has failed,' Mr Novak said.",
            "'The ministers' plan has failed,'",
            "Mr Novak",
        ),
        (
            "'It's the council's job, not ours,' the landlord said.",
            "'It's the council's job, not ours,'",
            "the landlord",
        ),
    ],
)
def test_each_house_style_gives_the_quote_and_its_speaker(
    text: str, content: str, speaker: str
) -> None:
    """The quotation (marks included) is the content; the speaker is its source."""
    assert _attributed(text) == [(content, speaker)]


def test_added_after_a_narrative_sentence() -> None:
    """ "..., she added." credits the quote to the pronoun; the earlier verb keeps its own."""
    text = "The minister praised the crews. 'They worked through the night,' she added."
    assert ("'They worked through the night,'", "she") in _attributed(text)


@pytest.mark.parametrize(
    "text",
    [
        "'The river rose fast.\n\n'By midnight the street was under water,' said Ms Haddad.",
        "“The river rose fast.\n\n“By midnight the street was under water,” said Ms Haddad.",
        "'The river rose fast.\n\n'Then the roof went.\n\n'By midnight the street was under water,'"
        " said Ms Haddad.",
        '"The river rose fast. "By midnight the street was under water," said Ms Haddad.',
    ],
)
def test_quote_over_several_paragraphs_is_the_speakers_throughout(text: str) -> None:
    """An opening mark on each paragraph, a closing one on the last: one quote, one speaker."""
    end = text.index(" said Ms Haddad")
    assert _attributed(text) == [(text[:end], "Ms Haddad")]


def test_inverted_speaker_with_an_appositive_keeps_the_quote() -> None:
    """ "..., said Mr Fogg, the engineer." ends the speaker at the comma."""
    text = "'The bridge is safe,' said Mr Fogg, the engineer."
    assert _attributed(text) == [("'The bridge is safe,'", "Mr Fogg")]


@pytest.mark.parametrize(
    "text",
    [
        # no speaker nearby: a quotation alone is no attribution
        "Crowds gathered outside the court. 'Justice for the family' read one banner.",
        "The sign on the door read 'closed until further notice'.",
        # scare quotes and apostrophes
        "The so-called 'bedroom tax' was raised in parliament on Monday.",
        "The team's fans didn't cheer; the '90s are over.",
        # a colon after a description that is no speaker, or after a cue word
        'Some of the comments were humorous: "This game is far too good."',
        'The question will be: "Should the treaty be approved?"',
    ],
)
def test_neighbours_that_are_no_attributed_quote(text: str) -> None:
    """Quotations without a speaker, scare quotes and colon labels credit nobody."""
    assert _attributed(text) == []


def test_quote_opened_mid_paragraph_is_not_run_on() -> None:
    """A partial quote after a cue ends with its paragraph; the next is a claim of its own."""
    text = "Ms Haddad said the flood was “a disgrace.\n\n“We had no warning at all,” she said."
    claims = _attributed(text)
    assert ("“We had no warning at all,”", "she") in claims
    assert all("\n\n" not in content for content, _ in claims)


def test_a_labelled_transcript_line_is_one_claim() -> None:
    """A short speaker line is found once, whichever layout rule reads it."""
    text = 'The hearing resumed.\n\nTony Blair: "We acted in good faith."'
    assert _attributed(text) == [('"We acted in good faith."', "Tony Blair")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # British punctuation: the comma after the closing mark
        (
            '"The picture was the story", said Piet Smit.',
            '"The picture was the story"',
            "Piet Smit",
        ),
        (
            "'The picture was the story', said the paper's image editor, Piet Smit.",
            "'The picture was the story'",
            "the paper's image editor",
        ),
        # a job title before the name without an article (and the full stop left out)
        (
            '"The picture was the story," said music director Carl Hart.',
            '"The picture was the story,"',
            "music director Carl Hart",
        ),
        ("'We will win', Mr Smith insisted.", "'We will win'", "Mr Smith"),
    ],
)
def test_british_punctuation_and_false_titles(text: str, content: str, speaker: str) -> None:
    """A comma outside the quotation and a bare title before the name still give the speaker."""
    assert _attributed(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # a lower-case phrase after the cue that ends in no name is no speaker
        '"The picture was the story," said in a statement on Monday.',
        '"The picture was the story", said nothing more.',
    ],
)
def test_lower_case_words_after_the_cue_need_a_name(text: str) -> None:
    """The false title needs the name after it: lower-case words alone credit nobody."""
    assert _attributed(text) == []


@pytest.mark.parametrize(
    "addressee",
    [
        "BBC Radio 4's Today programme",
        "the Daily Telegraph",
        "the BBC News website",
        "the Commons",
        "Sky News",
        "MPs",
    ],
)
def test_told_a_named_outlet_or_programme(addressee: str) -> None:
    """ "told <outlet or programme> it was ...": the addressee is not part of the content."""
    text = f"Lord Fox told {addressee} the plan was dead."
    assert _attributed(text) == [("the plan was dead", "Lord Fox")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the last capitalised word is the content's subject, given back
        ("Lord Fox told the Commons Labour would lose.", "Labour would lose"),
        # a number after a name is the content's, not part of the outlet's name
        ("Lord Fox told MPs 300 jobs would go.", "300 jobs would go"),
    ],
)
def test_told_neighbours_keep_their_content(text: str, content: str) -> None:
    """The addressee rule stops where the reported clause starts."""
    assert _attributed(text) == [(content, "Lord Fox")]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "'We are not going anywhere': union leader",
            "'We are not going anywhere'",
            "union leader",
        ),
        ("‘We will rebuild’: Mayor Anna Kerr", "‘We will rebuild’", "Mayor Anna Kerr"),
        (
            "Floods hit town.\n\n'We will rebuild' – Mayor Anna Kerr",
            "'We will rebuild'",
            "Mayor Anna Kerr",
        ),
        ("'We will rebuild' - mayor", "'We will rebuild'", "mayor"),
    ],
)
def test_quote_then_colon_or_dash_and_its_speaker(text: str, content: str, speaker: str) -> None:
    """A headline line that is a quotation, a colon or spaced dash, then who said it."""
    assert _attributed(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        # after the colon a description of the story, not a speaker
        '"Ten years on": the flood that changed a town',
        # a dash inside a sentence, a capitalised word that is no speaker
        'The slogan was "Never again" - Then silence.',
        # a quotation alone on its line: nobody nearby said it
        "Crowds gathered.\n\n'Justice for the family'",
    ],
)
def test_quote_then_colon_neighbours(text: str) -> None:
    """What follows the colon or dash must be a name or a role: otherwise no attribution."""
    assert _attributed(text) == []


def test_told_with_a_clause_before_another_cues_colon() -> None:
    """ "told X it was A and added: “B”": the told-clause is A, the quotation B's."""
    text = 'Mr Lee told the BBC News website it was absurd and added: "We will appeal."'
    assert _attributed(text)[0] == ("it was absurd", "Mr Lee")
    assert _attributed(text)[-1][0] == '"We will appeal."'
