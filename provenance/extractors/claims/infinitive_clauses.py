"""A hedge or denial verb's base form after a bare "to" that reports a claim.

"He cited the polls [to claim] the senator's plans were not serious", "She went on
television [to insist] that her aide had done nothing wrong": after a bare infinitive
marker a hedge verb usually takes a thing ("enough delegates to claim the nomination"),
so the claim rules leave it; but when a clause follows it ("that", a zero-"that" clause
with a finite verb, or a possessive subject and a verb) the infinitive still reports a
claim, made by the subject that controls it. A denial verb after "to" ("to reject the
request", "to deny them entry") is mostly a refusal: it reports a denial only before a
"that" clause ("used the hearing to deny that ...").

The words come from the cue lexicon (``provenance/lexicon/data/<lang>/cues.yaml``): the
hedge entries of ``verbs``, ``demand_prepositions`` ("to insist on a vote" is a demand)
and, for the clause, the words :func:`~provenance.extractors.claims.spans.finite_clause` and
:func:`~provenance.extractors.claims.possessive_clauses.possessive_clause` read.
"""

from __future__ import annotations

import re

from provenance.enums import ClaimStatus
from provenance.lexicon.cues import CueLexicon

__all__ = ["denied_claim_after", "infinitive_clause", "stative_infinitive"]

_THAT = re.compile(r"\s+that\s+(?=[\w“\"'‘])")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[A-Za-z]+")


def infinitive_clause(text: str, verb: str, verb_end: int, lex: CueLexicon) -> bool:
    """Whether the hedge base form ``verb`` (ending at ``verb_end``) takes a clause.

    The caller has found the bare "to" before it and no negating auxiliary.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "He cited the polls to claim Smith's plans were not serious."
        >>> infinitive_clause(text, "claim", text.index(" Smith"), lex)
        True
        >>> text = "enough delegates to claim the nomination"
        >>> infinitive_clause(text, "claim", text.index(" the"), lex)
        False
    """
    from provenance.extractors.claims.possessive_clauses import possessive_clause
    from provenance.extractors.claims.spans import finite_clause

    try:
        info = lex.verb(verb)
    except KeyError:
        return False
    if info.status is ClaimStatus.DENIED and info.lemma in lex.base_denial_lemmas:
        lead = text[max(0, verb_end - len(verb) - 50) : verb_end - len(verb)].lower().split()
        if len(lead) < 2 or _no_act(lead[:-1], lex):
            return False  # "chose not to deny", "it is hard to deny": no denial made
        return denied_claim_after(text, verb_end, lex)
    if info.status is not ClaimStatus.HEDGED:
        return False
    if _THAT.match(text, verb_end):
        return True
    space = _SPACE.match(text, verb_end)
    if space is None:
        return False
    cs = space.end()
    word = _WORD.match(text, cs)
    if word is not None and word.group().lower() in lex.demand_prepositions:
        return False  # "leverage to insist on a justice they can tolerate": a demand
    return finite_clause(text, cs, lex.language) or possessive_clause(text[cs : cs + 120], lex)


def _no_act(words: list[str], lex: CueLexicon) -> bool:
    """Whether the words before "to" say no denial was made: a negation among the last
    three ("did not try", "never tried"), a copula and an adjective ("is hard")."""
    clitics = tuple(n for n in lex.negations if not n.isalpha())  # "n't" ends its word
    if any(w in lex.negations or w.endswith(clitics) for w in words[-3:]):
        return True
    copulas = {c for c in lex.copulas if " " not in c}
    return any(w in copulas for w in words[-3:-1])


def denied_claim_after(text: str, verb_end: int, lex: CueLexicon) -> bool:
    """Whether a denial verb after a bare "to" takes a claim: a "that" clause ("used the
    hearing to deny that he had met her"); an object may be a thing or a person ("voted
    to reject the request", "to deny them entry").

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "went on air to deny that the deal was signed"
        >>> denied_claim_after(text, text.index(" that"), lex)
        True
        >>> text = "voted to reject the request"
        >>> denied_claim_after(text, text.index(" the"), lex)
        False
    """
    return _THAT.match(text, verb_end) is not None


def stative_infinitive(follow: str, text: str, cs: int, lex: CueLexicon) -> bool:
    """Whether a noun cue's "to be" or "to have" (``follow``) before ``cs`` states a claim.

    "Smith's claim to be the best", "the claim to have tested a bomb" (a perfect) state
    one; "the claim to be filed next week" (a passive) and "a claim to have the debt
    cancelled" (a purpose) name a thing. Any other ``follow`` is left alone (True).

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> stative_infinitive("to have", "tested a bomb", 0, lex)
        True
        >>> stative_infinitive("to have", "the debt cancelled", 0, lex)
        False
        >>> stative_infinitive("to be", "filed next week", 0, lex)
        False
    """
    if follow not in ("to be", "to have"):
        return True
    m = _WORD.match(text, cs)
    word = m.group().lower() if m is not None else ""
    participle = bool(word) and (
        word in lex.irregular_pasts
        or word in lex.infinitive_participles
        or word.endswith(lex.past_endings)
    )
    return participle if follow == "to have" else not participle
