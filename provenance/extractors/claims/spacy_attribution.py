"""A model-based attribution step on a spaCy dependency parse (optional plug-in).

Needs spaCy and a parser model the user has installed (the library never
downloads one): ``pip install 'news-provenance[spacy]'`` plus a model package.
Select it with ``--claims-extractor spacy`` or
``Extractors(claims=SpacyClaimExtractor(nlp))``. Narrator claims are still
added around what it finds, so every figure keeps a claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from provenance.enums import Attribution, ClaimStatus
from provenance.errors import UsageError
from provenance.extractors.records import ClaimSpan
from provenance.extractors.sources import SourceRegistry
from provenance.lexicon.cues import Frame, cue_lexicon

__all__ = ["REPORTING_LEMMAS", "SpacyClaimExtractor"]

_LEXICON = cue_lexicon("en")
_HEDGE = _LEXICON.lemmas(ClaimStatus.HEDGED)
_DENY = _LEXICON.lemmas(ClaimStatus.DENIED)
_CONFIRM = _LEXICON.confirming

#: Verb lemmas read as reporting a claim: the lexicon's one-word speech verbs taking a
#: clause or an addressee, its hedges and denials, and the confirming verbs.
REPORTING_LEMMAS = (
    frozenset(
        v.lemma
        for v in _LEXICON.verbs
        if " " not in v.lemma and (v.frame in (Frame.CLAUSE, Frame.TELL)) and not v.weak
    )
    | _HEDGE
    | _DENY
    | _CONFIRM
)
_SUBJECT = ("nsubj", "nsubjpass")
_CONTENT = ("ccomp", "xcomp", "parataxis", "dobj")
_QUOTES = "\"“‘'"


def _span(token: Any) -> tuple[int, int]:
    right = token.right_edge
    return int(token.left_edge.idx), int(right.idx) + len(right.text)


def _status(verb: Any) -> ClaimStatus:
    lemma = str(verb.lemma_).lower()
    negated = any(child.dep_ == "neg" for child in verb.children)
    if lemma in _CONFIRM and negated:
        return ClaimStatus.UNCONFIRMED
    if lemma in _DENY and not negated:
        return ClaimStatus.DENIED
    if lemma in _HEDGE:
        return ClaimStatus.HEDGED
    return ClaimStatus.ASSERTED


class SpacyClaimExtractor:
    """Claims from reporting verbs, their subject (the source) and complement (the content).

    Example:
        >>> extract = SpacyClaimExtractor(model="en_core_web_sm")  # doctest: +SKIP
        >>> extract("Kyiv denied that troops crossed.", sources=default_sources())  # doctest: +SKIP
    """

    def __init__(
        self,
        nlp: Callable[[str], Iterable[Any]] | None = None,
        *,
        model: str = "en_core_web_sm",
        lemmas: frozenset[str] = REPORTING_LEMMAS,
    ) -> None:
        self._nlp = nlp
        self._model = model
        self._lemmas = lemmas

    def _pipeline(self) -> Callable[[str], Iterable[Any]]:
        if self._nlp is None:
            try:
                import spacy
            except ImportError:
                raise UsageError(
                    "the spacy claim extractor needs spaCy: pip install 'news-provenance[spacy]'"
                ) from None
            try:
                self._nlp = spacy.load(self._model)
            except OSError:
                raise UsageError(
                    f"spaCy model {self._model!r} is not installed; install the model package "
                    "(it is never downloaded at run time) or pass nlp="
                ) from None
        return self._nlp

    def __call__(self, text: str, *, sources: SourceRegistry) -> tuple[ClaimSpan, ...]:
        """The attributed claims the parse finds, ordered by the start of their content."""
        claims: list[ClaimSpan] = []
        for verb in self._pipeline()(text):
            if verb.pos_ != "VERB" or str(verb.lemma_).lower() not in self._lemmas:
                continue
            subject = next((c for c in verb.children if c.dep_ in _SUBJECT), None)
            content = next((c for c in verb.children if c.dep_ in _CONTENT), None)
            if subject is None or content is None:
                continue
            src_start, src_end = _span(subject)
            start, end = _span(content)
            source_text = text[src_start:src_end]
            quoted = text[max(0, start - 1) : start + 1].strip()[:1] in _QUOTES
            claims.append(
                ClaimSpan(
                    text=text[start:end],
                    start=start,
                    end=end,
                    attribution=Attribution.DIRECT if quoted else Attribution.INDIRECT,
                    status=_status(verb),
                    source_text=source_text,
                    source=sources.resolve(source_text),
                    cue=str(verb.text),
                    cue_start=int(verb.idx),
                    cue_end=int(verb.idx) + len(verb.text),
                )
            )
        return tuple(sorted(claims, key=lambda c: (c.start, c.end)))
