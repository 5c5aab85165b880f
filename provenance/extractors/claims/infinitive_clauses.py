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

import functools
import re

from provenance.enums import ClaimStatus
from provenance.lexicon.cues import CueLexicon

__all__ = ["denied_claim_after", "infinitive_clause", "stative_infinitive"]

_THAT = re.compile(r"\s+that\s+(?=[\w“\"'‘])")
_SPACE = re.compile(r"\s+")
#: marks that may open the word before a copula ("“It's hard to ...")
_OPENING = "\"“‘'(["
#: an object right after a verb: a word or a quotation, no clause stop
_OBJECT = re.compile(r"\s+[\w“\"‘]")
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
        if info.lemma in lex.contesting_lemmas and _OBJECT.match(text, verb_end):
            return True  # "breaks silence to dispute film": contested, never refused
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
    three ("did not try", "never tried"), a copula and an adjective ("is hard"); not a
    copula and a determined noun ("is an attempt"), which names the act.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> _no_act("it is hard".split(), lex), _no_act("it is an attempt".split(), lex)
        (True, False)
        >>> _no_act("it's hard".split(), lex), _no_act("trump's attempt".split(), lex)
        (True, False)
        >>> _no_act(["“it’s", "hard"], lex)
        True
    """
    clitics = tuple(n for n in lex.negations if not n.isalpha())  # "n't" ends its word
    if any(w in lex.negations or w.endswith(clitics) for w in words[-3:]):
        return True
    copulas = {c for c in lex.copulas if " " not in c}
    if len(words) >= 2 and words[-2] in lex.act_noun_determiners:
        return False  # "is an attempt to", "was a bid to": a noun, no adjective
    # "it's hard to": a copula contracted onto a pronoun (not "Trump's attempt to")
    pronouns = {*lex.zero_that_subjects, *lex.zero_that_thing_subjects, *lex.existential_subjects}
    clitics = tuple({f for c in copulas if not c[:1].isalpha() for f in (c, c.replace("'", "’"))})
    return any(
        w in copulas or (w.endswith(clitics) and w[:-2].lstrip(_OPENING) in pronouns)
        for w in words[-3:-1]
    )


def denied_claim_after(text: str, verb_end: int, lex: CueLexicon) -> bool:
    """Whether a denial verb after a bare "to" takes a claim: a "that" clause ("used the
    hearing to deny that he had met her") or an object labelled ("an attempt to dismiss
    Faso as a tool"); an object alone may be a thing or a person ("voted to reject the
    request", "to deny them entry").

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "went on air to deny that the deal was signed"
        >>> denied_claim_after(text, text.index(" that"), lex)
        True
        >>> text = "voted to reject the request"
        >>> denied_claim_after(text, text.index(" the"), lex)
        False
        >>> text = "an attempt to dismiss the mayor as a crank"
        >>> denied_claim_after(text, text.index(" the"), lex)
        True
    """
    if _THAT.match(text, verb_end) is not None:
        return True
    # "an attempt to dismiss Faso as a tool of big money": the object labelled after a
    # label marker is a dismissal, never a refusal; not a post ("to dismiss Smith as
    # coach") nor a role ("to reject Smith as a candidate")
    return _labelled_object(text, verb_end, lex)


def _labelled_object(text: str, verb_end: int, lex: CueLexicon) -> bool:
    """Whether up to four object words, a label marker ("as") and a label follow ``verb_end``.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> _labelled_object("to dismiss the mayor as a crank", 10, lex)
        True
        >>> _labelled_object("to reject Smith as a candidate", 9, lex)
        False
        >>> _labelled_object("to dismiss Jones as coach", 10, lex)
        False
        >>> _labelled_object("to reject Trump as well", 9, lex)
        False
    """
    from provenance.extractors.claims.constructions import removed_person
    from provenance.extractors.claims.cues import role_choice

    if not lex.object_gap_labels:
        return False
    m = _labelled_re(lex).match(text, verb_end)
    if m is None:
        return False
    after = text[verb_end : verb_end + 120]
    return not removed_person(text, verb_end, lex) and not role_choice(after)


@functools.cache
def _labelled_re_for(labels: frozenset[str], exceptions: frozenset[str]) -> re.Pattern[str]:
    marker = "|".join(sorted(map(re.escape, labels)))
    skip = "|".join(sorted(map(re.escape, exceptions))) or "(?!)"
    return re.compile(
        rf"\s+(?!(?:{marker})\b)(?:[\w’'.-]+\s+){{1,4}}?(?:{marker})\s+(?!(?:{skip})\b)[\w“\"]"
    )


def _labelled_re(lex: CueLexicon) -> re.Pattern[str]:
    return _labelled_re_for(lex.object_gap_labels, lex.label_exceptions)


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
