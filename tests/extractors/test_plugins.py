"""Plug-in claim extractors: loading by name, and the spaCy adapter on a stub parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.cli import cli
from provenance.enums import Attribution, ClaimStatus
from provenance.errors import UsageError
from provenance.extractors.claims import RuleBasedExtractor, find_claims
from provenance.extractors.plugins import load_claim_extractor
from provenance.extractors.sources import default_sources
from provenance.extractors.spacy_attribution import SpacyClaimExtractor


@dataclass(eq=False)
class Tok:
    """Just enough of spaCy's Token for the adapter: text, offset, tags, tree."""

    text: str
    idx: int
    pos_: str = "X"
    lemma_: str = ""
    dep_: str = ""
    children: list[Tok] = field(default_factory=list)
    left: Tok | None = None
    right: Tok | None = None

    @property
    def left_edge(self) -> Tok:
        return self.left or self

    @property
    def right_edge(self) -> Tok:
        return self.right or self


def _parse(
    text: str, *, verb: str, lemma: str, subject: str, content: str, neg: bool = False
) -> list[Tok]:
    """A hand-made parse: subject <- verb -> content (one token spanning each phrase)."""
    v = Tok(verb, text.index(verb), "VERB", lemma, "ROOT")
    s = Tok(subject, text.index(subject), dep_="nsubj")
    c = Tok(content, text.index(content), dep_="ccomp")
    v.children = [s, c] + ([Tok("not", text.index("not"), dep_="neg")] if neg else [])
    return [s, v, c]


@pytest.mark.parametrize(
    ("text", "verb", "lemma", "subject", "content", "neg", "status"),
    [
        (
            "Kyiv denied that troops crossed the border.",
            "denied",
            "deny",
            "Kyiv",
            "that troops crossed the border",
            False,
            ClaimStatus.DENIED,
        ),
        (
            "Moscow claimed the convoy was civilian.",
            "claimed",
            "claim",
            "Moscow",
            "the convoy was civilian",
            False,
            ClaimStatus.HEDGED,
        ),
        (
            "Ukraine did not confirm the swap happened.",
            "confirm",
            "confirm",
            "Ukraine",
            "the swap happened",
            True,
            ClaimStatus.UNCONFIRMED,
        ),
        (
            "Zelensky said talks would resume.",
            "said",
            "say",
            "Zelensky",
            "talks would resume",
            False,
            ClaimStatus.ASSERTED,
        ),
    ],
)
def test_spacy_adapter_reads_a_parse(
    text: str, verb: str, lemma: str, subject: str, content: str, neg: bool, status: ClaimStatus
) -> None:
    """Subject, reporting verb and complement become source, cue and content with a status."""
    parse = _parse(text, verb=verb, lemma=lemma, subject=subject, content=content, neg=neg)
    extractor = SpacyClaimExtractor(nlp=lambda _: parse)
    (claim,) = extractor(text, sources=default_sources())
    assert claim.text == content == text[claim.start : claim.end]
    assert (claim.source_text, claim.cue, claim.status) == (subject, verb, status)
    assert claim.attribution is Attribution.INDIRECT


def test_plugged_extractor_keeps_narrator_claims() -> None:
    """find_claims adds narrator claims around a plug-in's claims, so figures keep a claim."""
    text = "Zelensky said talks would resume. About 40 people died."
    parse = _parse(text, verb="said", lemma="say", subject="Zelensky", content="talks would resume")
    claims = find_claims(
        text, sources=default_sources(), extractor=SpacyClaimExtractor(nlp=lambda _: parse)
    )
    narrated = [c for c in claims if c.attribution is Attribution.NARRATOR]
    assert any("40 people" in c.text for c in narrated)
    assert any(c.source is not None and c.source.name == "Volodymyr Zelensky" for c in claims)


def test_spacy_without_spacy_is_a_usage_error() -> None:
    """Asking for the spaCy step without spaCy (or its model) says what to install."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        with pytest.raises(UsageError, match="spacy"):
            SpacyClaimExtractor()("Kyiv said so.", sources=default_sources())
    else:  # pragma: no cover - only where spaCy is installed
        with pytest.raises(UsageError, match="not installed"):
            SpacyClaimExtractor(model="no_such_model_xyz")(
                "Kyiv said so.", sources=default_sources()
            )


def test_load_by_builtin_name_and_dotted_path() -> None:
    """'rules' and 'module:attr' both load a ready extractor."""
    assert isinstance(load_claim_extractor("rules"), RuleBasedExtractor)
    assert isinstance(
        load_claim_extractor("provenance.extractors.claims:RuleBasedExtractor"), RuleBasedExtractor
    )


@pytest.mark.parametrize(
    "spec", ["nope", "no_such_module_xyz:thing", "provenance.extractors.claims:Nope"]
)
def test_unknown_extractor_is_a_usage_error(spec: str) -> None:
    """A name that cannot be loaded fails with a message saying what is accepted."""
    with pytest.raises(UsageError):
        load_claim_extractor(spec)


def test_cli_accepts_claims_extractor(seed_path: Path) -> None:
    """--claims-extractor rules runs; an unknown name exits 2 with one line."""
    runner = CliRunner()
    ok = runner.invoke(
        cli,
        [
            "check",
            str(seed_path),
            "--engine",
            "pandas",
            "--claims-extractor",
            "rules",
            "--fail-on",
            "never",
        ],
    )
    assert ok.exit_code == 0, ok.output
    bad = runner.invoke(cli, ["check", str(seed_path), "--claims-extractor", "nope"])
    assert bad.exit_code == 2
    assert bad.stderr.count("error:") == 1
