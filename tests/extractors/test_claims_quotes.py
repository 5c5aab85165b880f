"""Quotations in other countries' house styles: the quote finder and what claims see."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.enums import Attribution
from provenance.extractors.claims import find_claims
from provenance.extractors.claims.quotes import find_quotations, quote_marks, us_quotes
from provenance.extractors.text.quotes import quote_spans


def _quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ("'We will not give up,' the minister said.", "'We will not give up,'"),
        ("‘We will not give up,’ the minister said.", "‘We will not give up,’"),
        ("« Nous restons », a déclaré le ministre.", "« Nous restons »"),
        ("«Nous restons», a déclaré le ministre.", "«Nous restons»"),
        ("‹ Nous restons › dit-il.", "‹ Nous restons ›"),
        ("Er sagte: „Wir bleiben“, dann ging er.", "„Wir bleiben“"),
        ("Powiedział: „Zostajemy”.", "„Zostajemy”"),
        ("Er sagte: ‚Wir bleiben‘.", "‚Wir bleiben‘"),
        ("»Wir bleiben«, sagte er.", "»Wir bleiben«"),
        ("他说「我们不会放弃」。", "「我们不会放弃」"),
        ("他说『我们不会放弃』。", "『我们不会放弃』"),
        ("”Vi stannar”, sa han.", "”Vi stannar”"),
        ("— We will stay, — the minister said.", "— We will stay, —"),
    ],
)
def test_each_house_style_is_one_quotation(text: str, quotation: str) -> None:
    """Every convention of the pairs table is found as one quotation, marks included."""
    assert _quoted(text) == [quotation]


@pytest.mark.parametrize(
    "text",
    [
        "Don't say it wasn't the team's fault.",
        "Prices last seen in the '90s and the ’80s returned.",
        "Jones' dog met the Joneses' cat.",
        "Rock 'n' roll never dies; leave 'em be.",
        "— Shares rose 3% on Monday.",
    ],
)
def test_apostrophes_and_list_dashes_open_no_quotation(text: str) -> None:
    """Contractions, decades, possessives, elisions and list items are no quotations."""
    assert find_quotations(text) == ()
    assert us_quotes(text) is text


def test_possessive_inside_a_single_quotation_does_not_close_it() -> None:
    """ "'Jones' dog is fine,'": the possessive is skipped, the later mark closes."""
    text = "'Jones' dog is fine,' she said."
    assert _quoted(text) == ["'Jones' dog is fine,'"]


def test_nested_quotations_have_depth() -> None:
    """A quotation inside another is found with depth 1, in both conventions."""
    us = find_quotations("He said “it was ‘fake’ news” today.")
    british = find_quotations("He said 'it was \"fake\" news' today.")
    for found in (us, british):
        assert [q.depth for q in found] == [0, 1]
        assert found[0].start < found[1].start < found[1].end < found[0].end


def test_quotation_across_paragraphs_with_the_mark_repeated() -> None:
    """A quotation opening its paragraph, unclosed, runs on where the next opens again."""
    text = "“We came here first.\n\n“We will stay,” she said."
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found] == [text[: text.index(",”") + 2]]
    assert found[0].close_mark == "”"
    assert found[0].reopened == (text.index("“We will"),)


def test_quotation_opened_mid_paragraph_ends_with_its_paragraph() -> None:
    """A partial quote opened after other words has its own cue: no run-on."""
    text = "She called it “a disgrace.\n\n“We will stay,” she said."
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found] == ["“a disgrace.", "“We will stay,”"]
    assert found[0].close_mark is None


def test_us_quotes_rewrites_outer_to_double_and_inner_to_single() -> None:
    """British outer singles become “...” and the doubles nested in them ‘...’."""
    assert us_quotes("'He said \"no\",' she said.") == "“He said ‘no’,” she said."
    assert us_quotes("„Ja“, sagte er.") == "“Ja”, sagte er."


def test_us_quotes_leaves_scare_quotes_of_a_double_quote_text() -> None:
    """In a text quoting with double marks, outer single quotes are scare quotes: kept."""
    text = "Trump calls it ‘fake’. “We disagree,” she said."
    assert us_quotes(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "'We will not give up,' the minister said.",
        "« Nous ne céderons pas », a déclaré le ministre.",
        "„Wir geben nicht auf“, sagte der Minister.",
        "»Wir geben nicht auf«, sagte der Minister.",
        "“We will not give up,” the minister said.",
    ],
)
def test_claims_read_a_quote_in_any_style(text: str) -> None:
    """Claims find the same direct quote whatever marks it has, with original text."""
    direct = [c for c in find_claims(text) if c.attribution is Attribution.DIRECT]
    if "minister said" in text:
        assert len(direct) == 1
        assert direct[0].text == text[direct[0].start : direct[0].end]
        assert direct[0].source_text == "the minister"
    for c in find_claims(text):
        assert c.text == text[c.start : c.end]


def test_quotes_in_german_attribute_with_english_verbs() -> None:
    """English copy with German marks: "Putin said: „...“" gives a direct quote by Putin."""
    text = "Putin said: „We will not give in.“"
    direct = [c for c in find_claims(text) if c.attribution is Attribution.DIRECT]
    assert [c.source_text for c in direct] == ["Putin"]
    assert direct[0].text.startswith("„")


def test_pairs_table_is_one_character_marks() -> None:
    """Every pair in the data file opens and closes with single characters, each once."""
    pairs = quote_marks().pairs
    assert len({p.open for p in pairs}) == len(pairs)
    assert all(len(p.open) == 1 and all(len(c) == 1 for c in p.close) for p in pairs)


_MARKS = "“”\"'‘’«»‹›„‚「」『』— \n.,aZ"


@given(st.text(alphabet=_MARKS, max_size=80))
def test_rewrite_keeps_length_and_quotations_stay_in_the_text(text: str) -> None:
    """The rewrite never changes length; quotations are ordered, nested or disjoint."""
    assert len(us_quotes(text)) == len(text)
    found = find_quotations(text)
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start] == q.open_mark
    for a in found:
        for b in found:
            if a is not b and a.start < b.start < a.end:
                assert b.end <= a.end


@given(st.text(alphabet="abc '’s.\n", max_size=60))
def test_claims_text_is_always_the_original_slice(text: str) -> None:
    """Whatever the rewrite did, each claim's text is the original text at its offsets."""
    for c in find_claims(text):
        assert c.text == text[c.start : c.end]


@pytest.mark.parametrize(
    "text",
    [
        '"We lost the first set. "After that we never looked back," she said.',
        "'We lost the first set. 'After that we never looked back,' she said.",
        "“We lost the first set. “After that we never looked back,” she said.",
    ],
)
def test_paragraphs_run_together_reopen_the_same_quotation(text: str) -> None:
    """With the paragraph breaks lost, ". 'Next" reopens the open quotation: one quote."""
    end = text.index(" she said")
    assert _quoted(text) == [text[:end]]
    direct = [c for c in find_claims(text) if c.attribution is Attribution.DIRECT]
    assert [(c.text, c.source_text) for c in direct] == [(text[:end], "she")]


@pytest.mark.parametrize(
    ("text", "quotations"),
    [
        ('"We won." Then "we rested," she said.', ['"We won."', '"we rested,"']),
        ('"We won. " she said.', ['"We won. "']),
        ('She said "we won". "We rested," he said.', ['"we won"', '"We rested,"']),
    ],
)
def test_a_closed_quotation_is_not_reopened(text: str, quotations: list[str]) -> None:
    """A mark after a closed quotation, or one standing before a space, opens nothing again."""
    assert _quoted(text) == quotations


@given(st.text(alphabet="“”\"' .aB\n", max_size=80))
def test_quote_spans_are_ordered_disjoint_and_open_on_a_mark(text: str) -> None:
    """Run-on quotations included, spans are sorted, disjoint and start at an opening mark."""
    spans = quote_spans(text)
    for s, e in spans:
        assert 0 <= s < e <= len(text)
        assert text[s] in '“"'
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start


@given(st.text(alphabet="“”\"'‘’«» .aB\n", max_size=80))
def test_reopening_marks_lie_inside_their_quotation(text: str) -> None:
    """Each mark that reopens a quotation is inside it and is that quotation's own mark."""
    for q in find_quotations(text):
        for pos in q.reopened:
            assert q.start < pos < q.end
            assert text[pos] == q.open_mark
