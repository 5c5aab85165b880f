"""Claims: reporting patterns, sources, statuses, nesting and narrator coverage."""

from __future__ import annotations

import pytest

from provenance.enums import Attribution, ClaimStatus, SourceKind
from provenance.extractors.claims import (
    ClaimExtractor,
    RuleBasedExtractor,
    claims_frame,
    find_claims,
)
from provenance.extractors.records import ClaimSpan
from provenance.extractors.sources import SourceRegistry, default_sources


def attributed(text: str) -> list[ClaimSpan]:
    """The attributed (non-narrator) claims of ``text``."""
    return [c for c in find_claims(text) if c.attribution is not Attribution.NARRATOR]


def only(text: str) -> ClaimSpan:
    """The single attributed claim of ``text``."""
    found = attributed(text)
    assert len(found) == 1, found
    return found[0]


# (text, source name, content, attribution)
PATTERNS = [
    ("Putin said talks would resume.", "Vladimir Putin", "talks would resume", "indirect"),
    (
        "The Kremlin said that talks would resume.",
        "Russian government",
        "talks would resume",
        "indirect",
    ),
    (
        "Talks will resume next week, the Kremlin said.",
        "Russian government",
        "Talks will resume next week",
        "indirect",
    ),
    (
        "Talks will resume next week, said Dmitry Peskov.",
        "Dmitry Peskov",
        "Talks will resume next week",
        "indirect",
    ),
    (
        "According to Kyiv, the strike hit a school.",
        "Ukrainian government",
        "the strike hit a school",
        "indirect",
    ),
    (
        "The strike hit a school, according to Kyiv.",
        "Ukrainian government",
        "The strike hit a school",
        "indirect",
    ),
    (
        "Zelensky told reporters that the front was holding.",
        "Volodymyr Zelensky",
        "the front was holding",
        "indirect",
    ),
    (
        "Putin told Macron on Friday that a truce was possible.",
        "Vladimir Putin",
        "a truce was possible",
        "indirect",
    ),
    (
        "“The front is holding,” Zelensky said.",
        "Volodymyr Zelensky",
        "“The front is holding,”",
        "direct",
    ),
    (
        "“The front is holding,” said Zelensky.",
        "Volodymyr Zelensky",
        "“The front is holding,”",
        "direct",
    ),
    ('"We will rebuild," Zelensky said.', "Volodymyr Zelensky", '"We will rebuild,"', "direct"),
    ("Zelensky said: “We will rebuild.”", "Volodymyr Zelensky", "“We will rebuild.”", "direct"),
    (
        "Zelensky, who visited Odesa on Monday, said the port would reopen.",
        "Volodymyr Zelensky",
        "the port would reopen",
        "indirect",
    ),
    (
        "Zelensky, however, warned that winter would be hard.",
        "Volodymyr Zelensky",
        "winter would be hard",
        "indirect",
    ),
    (
        "Maria Kowalska, a local teacher, said the school had been empty.",
        "Maria Kowalska",
        "the school had been empty",
        "indirect",
    ),
    (
        "The school, Maria Kowalska said, had been empty.",
        "Maria Kowalska",
        "The school, Maria Kowalska said, had been empty",
        "indirect",
    ),
    (
        "Moscow urged Kyiv to withdraw its troops.",
        "Russian government",
        "Kyiv to withdraw its troops",
        "indirect",
    ),
    (
        "The White House announced that aid would continue.",
        "US government",
        "aid would continue",
        "indirect",
    ),
]


@pytest.mark.parametrize(("text", "source", "content", "attribution"), PATTERNS)
def test_reporting_patterns(text: str, source: str, content: str, attribution: str) -> None:
    """Each reporting pattern yields one claim with the right source and content."""
    claim = only(text)
    assert claim.source is not None
    assert claim.source.name == source
    assert claim.text == content
    assert claim.attribution.value == attribution


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("“We are ready,” Zelensky wrote on X.", "X"),
        ("Zelensky wrote on Telegram that the convoy had arrived.", "Telegram"),
        ("Zelensky said that the convoy had arrived.", None),
    ],
)
def test_channel(text: str, channel: str | None) -> None:
    """'wrote on X/Telegram' sets the channel."""
    assert only(text).channel == channel


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Moscow claimed that 300 soldiers had surrendered.", ClaimStatus.HEDGED),
        ("The ministry alleged that the convoy carried weapons.", ClaimStatus.HEDGED),
        ("The governor insisted that the dam was safe.", ClaimStatus.HEDGED),
        ("Kyiv denied that its troops had crossed the border.", ClaimStatus.DENIED),
        ("The Kremlin rejected the accusations.", ClaimStatus.DENIED),
        ("The minister dismissed the report as propaganda.", ClaimStatus.DENIED),
        ("Ukraine has not confirmed if the prisoners were freed.", ClaimStatus.UNCONFIRMED),
        ("Kyiv did not specify whether the talks would continue.", ClaimStatus.ASSERTED),
        ("Kyiv could not verify that the talks would continue.", ClaimStatus.UNCONFIRMED),
        ("Zelensky said that the talks would continue.", ClaimStatus.ASSERTED),
        ("The company claimed a loss of $5 million.", ClaimStatus.ASSERTED),
    ],
)
def test_status(text: str, status: ClaimStatus) -> None:
    """Hedging, denial and unconfirmed cues set the claim status."""
    assert only(text).status is status


def test_could_not_be_verified_makes_the_previous_claim_unconfirmed() -> None:
    """'could not be independently verified' marks the claim it follows."""
    text = (
        "Russian officials said 300 soldiers had died. "
        "The figure could not be independently verified."
    )
    claims = attributed(text)
    assert claims[0].status is ClaimStatus.UNCONFIRMED
    assert "300 soldiers" in claims[0].text


def test_allegedly_marks_a_narrator_charge() -> None:
    """'allegedly' marks the clause it modifies as a charge to verify, once, not a hedge."""
    import pandas as pd

    from provenance.rules.claims import is_charge

    text = "The convoy allegedly carried 40 tonnes of grain."
    cued = [c for c in find_claims(text) if c.cue == "allegedly"]
    assert [(c.attribution, c.status) for c in cued] == [
        (Attribution.NARRATOR, ClaimStatus.ASSERTED)
    ]
    assert "40 tonnes" in cued[0].text
    frame = pd.DataFrame({"status": [cued[0].status.value], "cue": [cued[0].cue]})
    assert is_charge(frame, pd.Series([None])).tolist() == [True]


@pytest.mark.parametrize(
    "text",
    [
        "The senator struggled in the south, instead claiming some victories in the Midwest.",
        "The deal will end with the combined company claiming residency in Ireland.",
    ],
)
def test_claim_without_a_speech_frame_is_no_hedge(text: str) -> None:
    """'claiming' with a plain object (votes, tax breaks, land) reports no speech."""
    assert not [c for c in find_claims(text) if c.status is ClaimStatus.HEDGED]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The man, who claimed he was a doctor, was arrested.", "he was a doctor"),
        ("Officials, claiming that the vote was rigged, walked out.", "the vote was rigged"),
        ("The group, which claimed the attack was revenge, was banned.", "the attack was revenge"),
    ],
)
def test_claim_with_a_speech_frame_hedges(text: str, content: str) -> None:
    """'claimed' before a clause (with or without 'that') is a hedge of that clause."""
    hedged = [c for c in find_claims(text) if c.status is ClaimStatus.HEDGED]
    assert any(content in c.text for c in hedged)


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        (
            "Zelensky visited Kharkiv. He said the city would be rebuilt.",
            "He",
            "Volodymyr Zelensky",
        ),
        (
            "Maria Kowalska said the school was closed. “We had no choice,” she said.",
            "she",
            "Maria Kowalska",
        ),
        (
            "Foreign Minister Andrii Sybiha said talks had stalled. "
            "The minister said the next round was unclear.",
            "The minister",
            "Andrii Sybiha",
        ),
        (
            "The Kremlin said talks would resume. It said the venue was Istanbul.",
            "It",
            "Russian government",
        ),
    ],
)
def test_pronouns_resolve_to_the_last_fitting_source(text: str, pronoun: str, name: str) -> None:
    """Pronouns and role nouns go to the nearest fitting named source."""
    claim = attributed(text)[-1]
    assert claim.source_text == pronoun
    assert claim.source is not None
    assert claim.source.name == name


def test_surname_after_full_name() -> None:
    """A bare surname after the full name resolves to the full name."""
    text = "Maria Kowalska said the school was closed. Kowalska added that it would reopen."
    assert [c.source.name for c in attributed(text) if c.source] == ["Maria Kowalska"] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the bridge was destroyed.",
        "A senior official said the bridge was destroyed.",
        "The bridge was destroyed, a source close to the talks said.",
    ],
)
def test_anonymous_sources(text: str) -> None:
    """Unnamed officials and sources are typed anonymous."""
    claim = only(text)
    assert claim.source is not None
    assert claim.source.kind is SourceKind.ANONYMOUS


def test_quote_across_sentences_and_continuation() -> None:
    """A quotation spanning sentences, then a continuation after 'he said', is one claim."""
    text = "“We will not give up. We will win,” Zelensky said. “The world is with us.”"
    claim = only(text)
    assert claim.attribution is Attribution.DIRECT
    assert claim.text.startswith("“We will not give up.")
    assert claim.text.endswith("“The world is with us.”")


def test_quote_continuation_in_next_paragraph() -> None:
    """A quotation paragraph right after a quoted claim continues it."""
    text = "“We will rebuild,” Zelensky said.\n\n“Every town will be rebuilt.”"
    claim = only(text)
    assert claim.end == len(text)


def test_nested_attribution() -> None:
    """A denial of someone else's claim nests that claim inside the denial."""
    text = "Zelensky denied Russian claims that its troops had entered the region."
    claims = find_claims(text)
    outer = next(c for c in claims if c.status is ClaimStatus.DENIED)
    inner = next(c for c in claims if c.parent is not None)
    assert outer.text == "Russian claims that its troops had entered the region"
    assert inner.text == "its troops had entered the region"
    assert inner.source is not None
    assert inner.source.name == "Russian government"
    assert inner.source_text == "Russian"
    assert claims[inner.parent] == outer
    assert outer.start <= inner.start
    assert inner.end <= outer.end


def test_relative_clause_hedge() -> None:
    """'..., which Moscow claimed were ...' is a hedged claim by Moscow."""
    text = "Kyiv received 1,200 bodies, which Moscow claimed were Ukrainian soldiers."
    claim = only(text)
    assert claim.status is ClaimStatus.HEDGED
    assert claim.source is not None
    assert claim.source.name == "Russian government"
    assert claim.text == "were Ukrainian soldiers"


def test_participle_continues_the_source() -> None:
    """', adding that ...' and ', calling ...' keep the main clause's source."""
    text = "Zelensky urged allies to act, adding that 50 air-defence systems were needed."
    claims = attributed(text)
    assert [c.source.name for c in claims if c.source] == ["Volodymyr Zelensky"] * 2
    assert claims[1].text == "50 air-defence systems were needed"


def test_transcript_and_testimonial_layouts() -> None:
    """'SPEAKER: text' lines and '“...” ― Name' testimonials are attributed."""
    text = "WALLACE: Will you attend?\n\nPENCE: I will attend.\n\n“It was moving.” ― Ana Ruiz"
    sources = [c.source_text for c in attributed(text)]
    assert sources == ["WALLACE", "PENCE", "Ana Ruiz"]


def test_no_claim_without_a_source() -> None:
    """Plain narration gives only narrator claims."""
    claims = find_claims("Prices rose 3% in May. Markets fell.")
    assert {c.attribution for c in claims} == {Attribution.NARRATOR}
    assert all(c.source is None for c in claims)
    assert all(c.source_text is None for c in claims)


def test_narrator_covers_gaps_inside_sentences() -> None:
    """The parts of a sentence outside attributed content are narrator claims."""
    text = "Russia lost 300 tanks in May, Kyiv said."
    claims = find_claims(text)
    assert [(c.attribution.value, c.text) for c in claims] == [
        ("indirect", "Russia lost 300 tanks in May"),
        ("narrator", "Kyiv said."),
    ]


def test_custom_registry_is_used() -> None:
    """A caller's registry resolves sources the built-in table does not know."""
    reg = default_sources()
    reg.register("Rada", "Verkhovna Rada", SourceKind.GOVERNMENT, "Ukraine")
    claim = next(c for c in find_claims("The Rada said the law passed.", sources=reg) if c.source)
    assert claim.source is not None
    assert claim.source.name == "Verkhovna Rada"


def test_pluggable_extractor() -> None:
    """A ClaimExtractor replaces the rule-based step; narrator claims fill the rest."""

    class OneClaim:
        def __call__(self, text: str, *, sources: SourceRegistry) -> tuple[ClaimSpan, ...]:
            return (
                ClaimSpan(
                    text=text[0:6],
                    start=0,
                    end=6,
                    attribution=Attribution.INDIRECT,
                    source=sources.resolve("Kyiv"),
                    source_text="Kyiv",
                ),
            )

    step: ClaimExtractor = OneClaim()
    claims = find_claims("Prices rose sharply.", extractor=step)
    assert claims[0].source is not None
    assert claims[0].source.name == "Ukrainian government"
    assert claims[1].attribution is Attribution.NARRATOR
    assert claims[1].text == "rose sharply."
    rules: ClaimExtractor = RuleBasedExtractor()
    assert find_claims("Kyiv said it rained.", extractor=rules) == find_claims(
        "Kyiv said it rained."
    )


def test_claims_frame_columns() -> None:
    """claims_frame has one row per claim and the documented columns."""
    frame = claims_frame("The Kremlin said talks would resume. Prices rose.")
    for column in (
        "text",
        "start",
        "end",
        "source",
        "source_text",
        "source_kind",
        "affiliation",
        "cue",
        "attribution",
        "status",
        "channel",
        "parent",
    ):
        assert column in frame.columns
    assert frame["source"].tolist() == [None, "Russian government", None]
    assert frame["attribution"].tolist() == ["narrator", "indirect", "narrator"]
    assert str(frame["parent"].dtype) == "Int64"
