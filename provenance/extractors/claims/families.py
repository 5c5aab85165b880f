"""Cue families beyond verbs: nouns, attributive adjectives, sentence adverbs, fixed phrases.

"allegations of fraud", "Moscow's claims that ...", "the alleged crimes", "Saipov
allegedly drove ...", "pleaded not guilty to ...", "said there was no evidence of
...", "..., without providing evidence". Each family is a list in the cue lexicon
(``provenance/lexicon/data/<lang>/cues.yaml``); the patterns are compiled from it
once per language. The finder is pure: it reads the text, its units and the
claims the verb cues already found, and returns new drafts and status changes.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.compounds import compound_claims
from provenance.extractors.claims.constructions import (
    attributive_end,
    claim_object,
    noun_phrase_end,
    relative_clause,
)
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.evidence_participles import evidence_participle_claims
from provenance.extractors.claims.family_parts import (
    FamilyFinds,
    Taken,
    clause_content,
    past_apposition,
    unit_of,
)
from provenance.extractors.claims.hedge_constructions import claimant_of, mandative, relative_that
from provenance.extractors.claims.infinitive_clauses import stative_infinitive
from provenance.extractors.claims.initial_free_relatives import initial_free_relative_claims
from provenance.extractors.claims.noun_sources import (
    has_finite_verb,
    noun_source,
    period_after_that,
    subject_content_end,
    verb_channel,
)
from provenance.extractors.claims.passive_agents import (
    agent_passive_claims,
    fronted_question_claims,
    question_claims,
)
from provenance.extractors.claims.readings import infinitive_claim
from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.claims.verb_families import (
    contested_passive,
    fronted_participle,
    stray_verb,
)
from provenance.extractors.claims.zero_that_clauses import zero_that_clause_branch
from provenance.extractors.text.wordlists import alternation as _alt
from provenance.extractors.text.wordscan import factored_alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.cues import CueLexicon, CueNoun, CuePhrase, Frame, cue_lexicon

__all__ = ["FamilyFinds", "family_grammar", "find_families"]

_POSSESSOR = re.compile(
    r"(?P<src>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+(?:(?:[a-z]+)\s+)?$"
)
_ADJECTIVAL = re.compile(r"(?<=[a-z,] )(?P<src>[A-Z][a-z]+)\s+$")
_WORD = re.compile(r"[A-Za-z]+")
#: the families tried after every other one ("last: the verbs no other family or clause
#: rule used"), each hit of their anchors in a second pass
_LAST_FAMILIES = frozenset({"stray", "base", "fronted"})


def _ialt(words: tuple[str, ...] | list[str]) -> str:
    """:func:`_alt` factored on first letters, for a case-insensitive pattern (same matches)."""
    return factored_alternation(words, ignore_case=True)


@dataclass(frozen=True, slots=True)
class FamilyGrammar:
    """The compiled family patterns of one language."""

    lexicon: CueLexicon
    noun_re: re.Pattern[str]
    adjective_re: re.Pattern[str]
    adverb_re: re.Pattern[str]
    phrase_re: re.Pattern[str]
    nouns: dict[str, CueNoun]
    #: a verb right after a noun cue's "that" makes it a relative pronoun ("claims that rose")
    relative_heads: frozenset[str]
    words: dict[str, tuple[str, ClaimStatus]]
    phrases: dict[str, CuePhrase]
    unconfirming: frozenset[str]
    stray_re: re.Pattern[str]
    #: stray verb forms that are also noun cues ("claims"): verbs only after a subject
    homograph_stray: frozenset[str]
    #: base forms of denial verbs: verbs only after a pronoun subject ("“We deny ...”")
    base_denials: frozenset[str]
    attributive: frozenset[str]
    labeled_re: re.Pattern[str]
    predicate_re: re.Pattern[str]
    predicate_tail_re: re.Pattern[str]
    #: a copula and an evaluation closing a noun cue's "that" clause ("claims that X [were
    #: without merit]"): the clause's noun phrase is evaluated, the tail is no content
    content_eval_tail_re: re.Pattern[str]
    #: a complementizer between white space, opening a noun cue's clause inside a phrase
    complementizer_re: re.Pattern[str]
    evaluation_end_re: re.Pattern[str]
    #: a word marking the thing evaluated as the evaluator's own ("his own claim")
    self_re: re.Pattern[str] | None
    #: first word of every family form (as written and capitalized) -> the families it opens
    anchors: dict[str, frozenset[str]]
    #: anchor -> (what must follow it for some of its families to match there, the
    #: families left when it does not): "is" must go on with " accused", " said", " false"
    #: ... for a phrase, adverb or evaluation; one cheap test instead of three patterns
    followers: dict[str, tuple[re.Pattern[str], frozenset[str]]]
    #: the anchors of a family tried last, after every other family's claims
    #: (:data:`_LAST_FAMILIES`): few words of a text open one
    last_anchors: frozenset[str]
    adj_before_re: re.Pattern[str]
    attributive_before_re: re.Pattern[str]
    #: auxiliaries and adverbs right before a phrase ("has flatly", "did not")
    aux_before_re: re.Pattern[str]
    negated_re: re.Pattern[str]
    #: base forms of denial verbs ("refute"), cues only after a "to" auxiliary
    base_re: re.Pattern[str]
    #: "had to", "continued to" (with adverbs) right before a base form; not "refused to"
    to_aux_re: re.Pattern[str]
    #: a negation anywhere in a passive's auxiliaries ("was not rejected by", "wasn't")
    negation_re: re.Pattern[str]
    #: labeling verbs that are denial cues ("dismissed X as a hoax" denies X)
    denying_labels: frozenset[str]
    #: a denial participle opening a sentence: "Denying the charges, the minister said"
    fronted_re: re.Pattern[str]
    #: a "to" phrase's object after a preposition, headed by a charge document within a
    #: few words ("pleaded not guilty on Monday in [a 12-count indictment]")
    charge_object_re: re.Pattern[str] | None
    #: ", ranging from": a modifier running a charge object on past its comma
    charge_continuation_re: re.Pattern[str] | None


def family_grammar(language: str | None = "en") -> FamilyGrammar:
    """The compiled family patterns of a language (cached per language).

    Example:
        >>> g = family_grammar("en")
        >>> g.noun_re.search("amid allegations of fraud").group("noun")
        'allegations'
    """
    return _family_grammar(language_key(language))


@functools.cache
def _family_grammar(key: str) -> FamilyGrammar:
    lex = cue_lexicon(key)
    nouns = {f.lower(): n for n in lex.nouns for f in n.forms}
    follows = sorted({w for n in lex.nouns for w in n.follows})
    # "He", "They": the pronouns written capitalized only in a headline ("I" always is)
    headline_subjects = [w.capitalize() for w in lex.zero_that_subjects if w != w.capitalize()]
    # "allegations against the governor that": the target, after a charge noun only
    targeted = "|".join(rf"(?<=\b{re.escape(n)})" for n in lex.targeted_nouns)
    target = (
        rf"(?:(?:{targeted})\s+(?:{_alt(lex.target_prepositions)})\s+"
        r"(?!(?:that|of)\s)[^,.;:“”\"()\s]+(?:\s+(?!(?:that|of)\s)[^,.;:“”\"()\s]+){0,7}?)?"
        if lex.targeted_nouns and lex.target_prepositions
        else ""
    )
    noun_re = re.compile(
        rf"\b(?P<noun>{_alt(list(nouns))}){target}"
        # the agent may hold initials and a coordination ("by U.S. President Donald
        # Trump, Republican lawmakers, and right-wing media"), never a sentence stop
        r"(?:\s+(?:by|from)\s+(?P<by>(?:[^,.;:“”\"()]|(?-i:(?<=[A-Z])\.)|,(?=\s+(?:and\s|or\s|(?-i:[A-Z]))))"
        # ... and may close an apposition before "that" ("an allegation from his first
        # wife, Ivana Trump, that ...")
        r"{2,100}?),?)?"
        # "his claim in a recent interview that": an adjunct before "that" only
        rf"(?:\s+(?:(?-i:{_alt(lex.noun_adjuncts)})|(?-i:{_alt(lex.noun_adjunct_prepositions)})"
        # ... that holds no verb: in "Clinton's claim on this is a plan that gives" the
        # "that" opens a relative clause of the predicate
        rf"(?:\s+(?!(?:{_alt(list(lex.finite_auxiliaries))})\b)[\w’'-]+){{1,6}}?)(?=\s+that\s))?"
        # "her claim was that ...": a copula before the complementizer and a clause (not
        # a degree word: "the allegation is that serious"), maybe after a relative clause
        # between commas ("The allegation, which he rejects, is that ...")
        rf"(?:(?:,\s+(?-i:{_alt(lex.relative_pronouns)})\s[^,.;:“”\"()]{{1,60}},)?"
        rf"\s+(?-i:{_alt(lex.copulas)})(?=\s+(?-i:{_alt(lex.complementizers)})\s+\S+\s+\w))?"
        # "Bombshell Claim: he ...": a mark opens the content as "that" does
        f"(?:{_content_mark(lex)}"
        rf"\s+(?:(?P<follow>{_alt(follows)})\s+"
        # "allegations he had groped": "that" dropped before a pronoun subject
        rf"|(?=(?-i:{_alt(lex.zero_that_subjects)})\s+(?:{_alt(lex.zero_that_verbs)})\b)"
        # ... or a past verb and an object: "allegations he beat his ex-wife"
        rf"|(?=(?-i:{_alt(lex.zero_that_subjects)})\s+(?-i:{_alt(sorted(lex.irregular_pasts))}"
        rf"|[a-z]+(?:{_alt(lex.past_endings)}))\s+(?-i:{_alt(lex.zero_that_objects)})\b)"
        # ... or a name or a determined noun and a verb taking no object: "allegations
        # Russia interfered", "claims the minister lied"
        f"{_named_zero_that(lex)}"
        # ... or any subject and a past verb that cannot take the noun: "allegations he
        # pressured the auditor" (not "the claims he made")
        f"{zero_that_clause_branch(lex)}"
        # ... or an existential clause: "his assertion there are generals who agree"
        f"{_existential_zero_that(lex)}"
        # ... and in a Title Case headline: "Defends Himself Against Claims He Exaggerated"
        rf"|(?=(?-i:{_alt(headline_subjects)})\s+(?-i:[A-Z][a-z]+)\b)))",
        re.IGNORECASE,
    )
    adj_words = {f: (w.lemma, w.status) for w in lex.adjectives for f in w.forms}
    # not a fixed term holding the adjective: "found [probable cause]"
    terms = rf"(?!(?i:{_alt(lex.adjective_terms)})\b)" if lex.adjective_terms else ""
    adjective_re = re.compile(rf"{terms}(?P<word>{_alt(list(adj_words))})\s+(?=[a-zA-Z“\"])")
    adv_words = {f: (w.lemma, w.status) for w in lex.sentence_adverbs for f in w.forms}
    passives = {f: (w.lemma, w.status) for w in lex.hedging_passives for f in w.forms}
    adverb_re = re.compile(rf"\b(?P<word>{_ialt([*adv_words, *passives])})\b", re.IGNORECASE)
    phrases = {f.lower(): p for p in lex.phrases for f in p.forms}
    phrase_re = re.compile(rf"\b(?P<phrase>{_ialt(list(phrases))})\b", re.IGNORECASE)
    # Base forms ("could dismiss") and forms that are also nouns ("Republican claims")
    # are too often no report of a claim to be read outside a clause rule.
    noun_forms = {f.lower() for n in lex.nouns for f in n.forms}
    stray = [
        f for v in lex.verbs if v.status is not ClaimStatus.ASSERTED or v.flag for f in v.forms[1:]
    ]
    # ... but a hedge in its base form after a subject reads as one ("individuals who
    # claim to", "women who claim he"): PolNeAR train hedge recall 0.766 -> 0.778, P same
    stray += [v.forms[0] for v in lex.verbs if v.status is ClaimStatus.HEDGED]
    # ... and a denial's base form after a pronoun subject ("“We deny these allegations”")
    base_denials = [
        v.forms[0]
        for v in lex.verbs
        if v.status is ClaimStatus.DENIED and v.lemma in lex.base_denial_lemmas
    ]
    stray += base_denials
    evals = _alt(lex.evaluations)
    degree = rf"(?:(?:{_alt(lex.evaluation_degrees)})\s+)?" if lex.evaluation_degrees else ""
    # the evaluation may be quoted: "the criticism was “ridiculous.”", "called the report
    # “fake news”", "were “completely false”" (the quotation mark before or after a degree)
    quote = '[“"]?'
    # ... and no object that is only the evaluation's degree: in "a figure its auditors
    # called wildly inaccurate" the figure is evaluated, not "wildly" (flagsC47)
    no_bare_degree = (
        rf"(?!(?:{_alt(lex.evaluation_degrees)})\s+{quote}(?:{evals})\b)"
        if lex.evaluation_degrees
        else ""
    )
    labeled_re = re.compile(
        # no object before "as": "were dismissed as fake" is a passive, its subject the claim
        # no particle either: "calling out Trump for his supposed “lies”" labels nothing
        rf"\b(?P<cue>{_alt(lex.labeling_verbs)})\s+"
        # ... maybe holding a quoted word ("called the idea that Paul was “blindsided” an
        # unfair characterization"): the quotation stays inside the object; not after an
        # article, where the quotation is a label of its own ("called him a “so-called
        # judge” whose “ridiculous” ruling")
        rf"(?P<np>(?!(?:as|out|on|for|off|up)\s){no_bare_degree}"
        rf"(?:[^,.;:!?“”\"]|(?<!\ba\s)(?<!\ban\s)“[^,.;:!?“”\"]{{1,40}}”){{1,80}}?)"
        # ... that ends in no article or "as" ("described [the investigation as a] “hoax”")
        r"(?<!\bas)(?<!\ba)(?<!\ban)\s+"
        # the evaluations factored on their first character (the same matches): the lazy
        # object stops at every space to try them, ~5% of the claims step as a plain list
        rf"(?:as\s+)?(?:being\s+)?{quote}{degree}{quote}"
        rf"(?P<eval>{factored_alternation(lex.evaluations)})\b"
    )
    # a claim, or a filing that makes one: "the suit was without merit" (blind41, blind44)
    heads = _alt((*lex.claim_heads, *lex.alleging_heads))
    # "the criticism leveled against X": a participle before the preposition
    participle = rf"(?:(?:{_alt(lex.claim_participles)})\s+)?" if lex.claim_participles else ""
    predicate_tail_re = re.compile(
        rf"(?P<cue>{_ialt(lex.copulas)}\s+{quote}{degree}{quote}(?P<eval>{_ialt(lex.evaluations)}))\b",
        re.IGNORECASE,
    )
    # the noun phrase starts at its last determiner: in "The spokesman said the
    # allegations were false" the allegations are evaluated
    dets = "the|these|those|such|his|her|their|its|this|that|all|any|our"
    # ... or at a possessive ("Smith said [Trump's claim] was false"), never across a
    # verb of the cue lexicon: "The senator said Trump's claim" is no noun phrase
    verb_forms = {f for v in lex.verbs for f in v.forms if " " not in f}
    verb_forms -= {f for w in lex.adjectives for f in w.forms}
    skip = _alt(sorted(verb_forms, key=len, reverse=True))
    poss = r"(?-i:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s|[a-z]+s['’])\s+"
    # the predicate may open a quotation ("the reasons for the ban “do not appear to be
    # supported by any facts”"): the quotation mark stands between the two
    that = _alt(lex.complementizers)  # "claims [that] X were without merit"
    predicate_re = re.compile(
        rf"(?P<np>(?:(?:\b(?:{dets})\s+|\b{poss})(?:(?!(?:{dets}|{skip})\b)[\w’'-]+\s+){{0,3}})?\b(?:{heads})(?:\s+{participle}(?:of|about|against|from|by|for)\s+"
        rf"[^,.;:!?“”\"]{{1,50}}?|\s+(?:{that})\s+[^,.;:!?“”\"]{{1,80}}?)?)\s+{quote}"
        rf"(?P<cue>(?:{_alt(lex.copulas)})\s+{quote}{degree}"
        rf"{quote}(?P<eval>{evals}))\b",
        re.IGNORECASE,
    )
    # "had to reject", "continued to refute": the auxiliary says the act was done
    # (or tried); a negating one ("refused to deny") says it was not, and is left out.
    # ... and "continued to assert that": a hedge's base form after such an auxiliary too
    # (not after a bare "to": "enough for him to claim" is no claim made)
    base = [v.forms[0] for v in lex.verbs if v.status in (ClaimStatus.DENIED, ClaimStatus.HEDGED)]
    to_aux = [a for a in lex.auxiliaries if a.endswith(" to") and a not in lex.negating_auxiliaries]
    fronted = [
        f[:1].upper() + f[1:]
        for v in lex.verbs
        if v.status is ClaimStatus.DENIED
        for f in v.forms
        if f.endswith("ing")
    ]
    anchors: dict[str, set[str]] = {}

    def anchor(forms: list[str] | tuple[str, ...], family: str) -> None:
        for form in forms:
            first = form.split()[0]
            for w in (first, first.lower(), first[:1].upper() + first[1:]):
                anchors.setdefault(w, set()).add(family)

    anchor(list(nouns), "noun")
    anchor(list(adj_words), "adj")
    anchor([*adv_words, *passives], "adv")
    anchor(list(phrases), "phrase")
    anchor(stray, "stray")
    anchor(lex.labeling_verbs, "label")
    anchor(lex.copulas, "copula")
    anchor(base, "base")
    anchor(fronted, "fronted")
    evaluation_firsts = [e.split()[0] for e in (*lex.evaluation_degrees, *lex.evaluations)]
    followers: dict[str, tuple[re.Pattern[str], frozenset[str]]] = {}
    for word, families in anchors.items():
        after: dict[str, frozenset[str]] = {}
        for family, forms, then in (
            ("adv", [*adv_words, *passives], None),
            ("phrase", list(phrases), None),
            ("copula", list(lex.copulas), evaluation_firsts),
        ):
            if family in families and (ok := _followers(forms, word, then)) is not None:
                after[family] = ok
        if after:
            union = sorted(set().union(*after.values()))
            # every form goes on after such a word with a space or a word boundary
            # ... or a quoted evaluation after a copula ("was “ridiculous.”")
            follow_re = re.compile(rf"\s+[“\"]?{_ialt(union)}\b", re.IGNORECASE)
            followers[word] = (follow_re, frozenset(families - after.keys()))
    prefix = _alt([*lex.auxiliaries, *lex.adverbs, *lex.negations])
    charge_object_re = (
        re.compile(
            rf"[^.;]{{0,40}}?\b(?:{_alt(lex.charge_prepositions)})\s+"
            rf"(?=(?:[\w’'-]+,?\s+){{0,3}}(?:{_alt(lex.charge_documents)})\b)"
        )
        if lex.charge_prepositions and lex.charge_documents
        else None
    )
    return FamilyGrammar(
        lexicon=lex,
        charge_object_re=charge_object_re,
        charge_continuation_re=(
            re.compile(rf",\s+(?:{_alt(lex.charge_continuations)})\s")
            if lex.charge_continuations
            else None
        ),
        aux_before_re=re.compile(rf"(?:\b(?:{prefix})\s+)+$"),
        negated_re=re.compile(rf"(?:^|\s)(?:{_alt(lex.negations)})(?=\s|$)"),
        base_re=re.compile(rf"\b(?P<verb>{_alt(base)})\b"),
        to_aux_re=re.compile(
            rf"\b(?:{_alt(to_aux)})\s+(?:(?:{_alt(lex.adverbs)})\s+){{0,2}}$", re.IGNORECASE
        ),
        negation_re=re.compile(rf"(?:{_alt(lex.negations)})(?!\w)"),
        denying_labels=frozenset(
            f.lower()
            for v in lex.verbs
            if v.status is ClaimStatus.DENIED
            for f in v.forms
            if f in lex.labeling_verbs
        ),
        fronted_re=re.compile(rf"(?P<verb>{_alt(fronted)})\s+(?=[\w“\"])"),
        anchors={w: frozenset(f) for w, f in anchors.items()},
        followers=followers,
        last_anchors=frozenset(w for w, f in anchors.items() if not f.isdisjoint(_LAST_FAMILIES)),
        adj_before_re=re.compile(rf"(?:{_alt(lex.unconfirming_adjectives)})\s+$", re.IGNORECASE),
        attributive_before_re=re.compile(
            rf"(?:\b(?i:{_alt(lex.attributive_after)})|['’]s|\b[a-z]+ing)\s+$"
        ),
        labeled_re=labeled_re,
        predicate_re=predicate_re,
        predicate_tail_re=predicate_tail_re,
        content_eval_tail_re=re.compile(
            rf"\s+{quote}(?:{_alt(lex.copulas)})\s+{quote}{degree}{quote}(?:{evals})[”\"]?\s*$",
            re.IGNORECASE,
        ),
        complementizer_re=re.compile(rf"\s(?:{that})\s", re.IGNORECASE),
        evaluation_end_re=re.compile(rf"\b(?:{evals})$"),
        self_re=(
            re.compile(rf"\b(?:{_alt(lex.self_markers)})\b", re.IGNORECASE)
            if lex.self_markers
            else None
        ),
        # "Claiming the criticism is unfair, Trump ...": a participle opening its sentence
        stray_re=re.compile(rf"\b(?P<verb>{_alt([*stray, *_opening_participles(lex)])})\b"),
        homograph_stray=frozenset(f for f in stray if f.lower() in noun_forms),
        base_denials=frozenset(base_denials),
        attributive=frozenset(w.lower() for w in lex.attributive_after),
        noun_re=noun_re,
        adjective_re=adjective_re,
        adverb_re=adverb_re,
        phrase_re=phrase_re,
        nouns=nouns,
        relative_heads=frozenset((*lex.zero_that_verbs, *lex.noun_followers)),
        words={**{k.lower(): v for k, v in adv_words.items()}, **passives, **adj_words},
        phrases=phrases,
        unconfirming=frozenset(w.lower() for w in lex.unconfirming_adjectives),
    )


def _named_zero_that(lex: CueLexicon) -> str:
    """The noun cue's dropped-"that" branch before a name or a determined noun, or "".

    The subject is a name of up to three capitalized words, or one of
    ``zero_that_name_determiners`` and one or two lowercase words; one of
    ``zero_that_name_gap_verbs`` follows it.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> branch = _named_zero_that(cue_lexicon("en"))
        >>> bool(re.match(branch[1:], "Russia interfered in it"))
        True
        >>> bool(re.match(branch[1:], "the lives of many"))
        False
    """
    if not lex.zero_that_name_gap_verbs:
        return ""
    name = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
    subject = name
    if lex.zero_that_name_determiners:
        dets = _alt(lex.zero_that_name_determiners)
        # the second word is no verb that may take the noun: in "the claims the army
        # made could not be verified" the clause is a relative one
        relatives = (
            rf"(?!(?:{_alt(lex.zero_that_relative_verbs)})\b)"
            if lex.zero_that_relative_verbs
            else ""
        )
        subject = rf"{name}|(?:{dets})\s+[a-z][\w-]*(?:\s+{relatives}[a-z][\w-]*)?"
    return rf"|(?=(?-i:(?:{subject})\s+(?:{_alt(lex.zero_that_name_gap_verbs)}))\b)"


def _content_mark(lex: CueLexicon) -> str:
    """The noun cue's branch for a mark opening its content (then "|"), or "".

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> branch = _content_mark(cue_lexicon("en"))[:-1]
        >>> bool(re.match(branch, ": he lied")), bool(re.match(branch, ": 40"))
        (True, False)
    """
    if not lex.noun_content_marks:
        return ""
    # a word or a quotation opens it, no figure: "Claims: 40" is a table's row
    return rf"(?:{_alt(lex.noun_content_marks)})\s+(?=[\"“‘]?[^\W\d])|"


def _existential_zero_that(lex: CueLexicon) -> str:
    """The noun cue's dropped-"that" branch before an existential "there is", or "".

    No past participle follows the verb: "the claims there were paid" is a place.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> branch = _existential_zero_that(cue_lexicon("en"))[1:]
        >>> bool(re.match(branch, "there are generals")), bool(re.match(branch, "there were paid"))
        (True, False)
    """
    if not lex.existential_subjects or not lex.existential_verbs:
        return ""
    pasts = _alt(sorted({*lex.irregular_pasts, *lex.infinitive_participles}))
    past = rf"(?:{pasts}|[a-z]{{2,}}(?:{_alt(lex.past_endings)}))\b"
    return (
        rf"|(?=(?-i:{_alt(lex.existential_subjects)})\s+(?-i:{_alt(lex.existential_verbs)})"
        rf"\s+(?!{past})[\w“\"$])"
    )


def _finite(word: str, lex: CueLexicon) -> bool:
    """Whether a lowercase word reads as a finite verb: a past, an auxiliary or a modal."""
    return (
        word in lex.irregular_pasts
        or word in lex.finite_auxiliaries
        or word in lex.modal_auxiliaries
        or (len(word) > 4 and word.endswith(lex.past_endings))
    )


def _new_clause_end(text: str, cs: int, ce: int, lex: CueLexicon) -> int:
    """Where a noun cue's content clause ends: before a new clause inside ``[cs, ce)``.

    One of ``new_clause_coordinators`` then a name and a finite verb opens a clause of
    the sentence, no more of the content ("that the mayor took bribes and Smith said").

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> t = "he took bribes and Smith said he would quit"
        >>> t[: _new_clause_end(t, 0, len(t), lex)]
        'he took bribes'
        >>> t = "he took bribes and Acme Corp paid them"
        >>> t[: _new_clause_end(t, 0, len(t), lex)]
        'he took bribes'
        >>> t = "he took bribes and resigned"
        >>> t[: _new_clause_end(t, 0, len(t), lex)]
        'he took bribes and resigned'
    """
    if not lex.new_clause_coordinators:
        return ce
    words = list(_WORD.finditer(text, cs, ce))
    coordinators = {w.lower() for w in lex.new_clause_coordinators}
    for i in range(1, len(words) - 2):
        w = words[i]
        if w.group().lower() not in coordinators:
            continue
        j = i + 1  # a name of up to three capitalized words ("and Acme Corp said")
        while j < min(i + 4, len(words)) and words[j].group()[:1].isupper():
            j += 1
        if (
            i + 1 < j < len(words)
            and words[i + 1].group() != "I"
            and _finite(words[j].group(), lex)
        ):
            return len(text[: w.start()].rstrip(" ,"))
    return ce


def find_families(
    text: str,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    *,
    language: str | None = "en",
    words: list[tuple[int, str]] | None = None,
) -> FamilyFinds:
    """Claims given by noun, adjective, adverb and phrase cues, and status changes.

    ``drafts`` (the verb cues' claims) are read, never changed; a cue they
    already used gives nothing new. ``words`` is a shared word scan
    (:func:`~provenance.extractors.claims.cues.scan_words`) holding at least the anchors.

    Example:
        >>> text = "He resigned amid allegations of fraud."
        >>> finds = find_families(text, [(0, len(text))], [])
        >>> [(text[d.start : d.end], d.status.value) for d in finds.drafts]
        [('fraud', 'hedged')]
    """
    g = family_grammar(language)
    out = FamilyFinds()
    taken = Taken(drafts)
    anchors = g.anchors
    # One pass over the words: a family pattern is tried only where one of its
    # forms starts (running every pattern over the whole text is ten times slower).
    if words is None:
        words = [(w.start(), w.group()) for w in _WORD.finditer(text)]
    hits = [(pos, w, anchors[w]) for pos, w in words if w in anchors]
    followers = g.followers
    for pos, w, families in hits:
        if (after := followers.get(w)) is not None and not after[0].match(text, pos + len(w)):
            families = after[1]  # none of the families whose forms must go on with a word
            if not families:
                continue  # "is", "was", "has": most go on with no family's next word
        if "noun" in families and (m := g.noun_re.match(text, pos)):
            lead = g.adj_before_re.search(text[max(0, pos - 30) : pos])
            adj = (pos - 30 + lead.start() if pos >= 30 else lead.start()) if lead else None
            _noun(text, m, adj, g, units, taken, out, drafts)
        if (
            "adj" in families
            and (m := g.adjective_re.match(text, pos))
            and g.attributive_before_re.search(text[max(0, pos - 30) : pos])
        ):
            _word(text, m, g, units, taken, out, attributive=True)
        if "adv" in families and (m := g.adverb_re.match(text, pos)):
            _word(text, m, g, units, taken, out, attributive=False)
        if "phrase" in families and (m := g.phrase_re.match(text, pos)):
            _phrase(text, m, g, units, drafts, taken, out)
        if "label" in families and (m := g.labeled_re.match(text, pos)):
            _evaluated(text, m, g, units, drafts, taken, out)
        if "copula" in families and (t := g.predicate_tail_re.match(text, pos)):
            m = g.predicate_re.search(text, max(0, pos - 150), t.end())
            if m is not None:
                _evaluated(text, m, g, units, drafts, taken, out)
    last = g.last_anchors
    for pos, w, families in hits:  # last: the verbs no other family or clause rule used
        if w not in last:
            continue
        if (
            "stray" in families
            and (m := g.stray_re.match(text, pos))
            and not taken.overlaps(*m.span())
        ):
            stray_verb(text, m, g, units, drafts, taken, out)
        if (  # a hedge base form is also a stray one ("who claim he"): tried after it
            "base" in families
            and (m := g.base_re.match(text, pos))
            and not taken.overlaps(*m.span())
            and (
                (
                    (to := g.to_aux_re.search(text, max(0, pos - 60), pos))
                    and not _negated_before(text, to.start(), g)
                )
                or infinitive_claim(text, pos, m.end(), g.lexicon)  # "to claim credit for"
            )
        ):
            stray_verb(text, m, g, units, drafts, taken, out, after_aux=True)
        if "fronted" in families and (m := g.fronted_re.match(text, pos)):
            fronted_participle(text, m, g.lexicon, units, drafts, taken, out)
    # last: "allegations of fraud" took its noun above; "fraud allegations" is left
    out.drafts.extend(compound_claims(text, words, g.lexicon, taken))
    # "What the company claims is a cure has not been tested"
    out.drafts.extend(initial_free_relative_claims(text, units, taken))
    low = text.lower()  # once: the participle rules below guard their patterns with it
    if "by" in text:  # "was accused by several women of ...": the agent is the accuser
        out.drafts.extend(agent_passive_claims(text, units, taken, language, low=low))
        # "asked by X whether"
        out.drafts.extend(question_claims(text, units, taken, language, low=low))
    # "Asked whether X, Trump said": after the "by" agents, which take theirs first
    out.drafts.extend(fronted_question_claims(text, units, drafts, taken, language, low=low))
    # "polls showing"
    out.drafts.extend(evidence_participle_claims(text, units, taken, language, low=low))
    return out


_LETTERS = re.compile(r"[A-Za-z]+")
_ALNUM_WORD = re.compile(r"[A-Za-z0-9]+")


def _followers(forms: list[str], word: str, then: list[str] | None) -> frozenset[str] | None:
    """The words (lower case) a case-insensitive match of ``forms`` starting at the
    anchor ``word`` can go on with, after a space; ``None`` when no such set holds.

    Each form's words are joined by ``\\s+`` and matched ignoring case; ``then`` are the
    words that may follow a one-word form after a space (``None``: a one-word form may
    end the match, so there is no set). Only ASCII letters are sure to fold as written.

    Example:
        >>> sorted(_followers(["is said to", "was said to", "is thought to"], "Is", None))
        ['said', 'thought']
        >>> _followers(["is said to", "island"], "is", None) is None
        True
        >>> sorted(_followers(["is", "has been"], "is", ["false"]))
        ['false']
    """
    low = word.lower()
    if not all(f.isascii() for f in forms) or not _LETTERS.fullmatch(low):
        return None
    after: set[str] = set()
    for form in forms:
        parts = form.lower().split()
        if not parts[0].startswith(low):
            continue
        if parts[0] != low:
            return None  # "island" for "is": the pattern may go on inside the word
        if len(parts) > 1:
            after.add(parts[1])
        elif then is None:
            return None
        else:
            after.update(t.lower() for t in then)
    # digits fold as written too ("is 100 percent false")
    if not after or not all(_ALNUM_WORD.fullmatch(a) for a in after):
        return None
    return frozenset(after)


def _negated_before(text: str, start: int, g: FamilyGrammar) -> bool:
    """Whether a word of the two before ``start`` negates ("did not try to", "didn't have to")."""
    words = [w.lower() for w in text[max(0, start - 24) : start].split()[-2:]]
    negations = g.lexicon.negations
    clitics = tuple(n for n in negations if not n.isalpha())  # "n't" ends its word
    return any(w in negations or w.endswith(clitics) for w in words)


def _demand(text: str, m: re.Match[str], noun: CueNoun, lex: CueLexicon) -> int | None:
    """Where the clause of a hedge noun of a mandative lemma ends when it is in the
    mandative subjunctive ("the European insistence that Smith resign"): a demand, as after
    the verb, no claim; ``None`` for a claim."""
    if noun.status is not ClaimStatus.HEDGED or noun.lemma not in lex.mandative_lemmas:
        return None
    end = m.end("noun")
    after = text[end : end + 80]
    # the noun's phrase may be a subject: its clause ends before the main verb ("that
    # Smith resign [has] angered", "that the summit go ahead [surprised] them")
    for k, word in enumerate(re.finditer(r"\S+", after)):
        low = word.group().lower()
        if k >= 3 and (
            low in lex.finite_auxiliaries
            or low in lex.irregular_pasts
            or low.endswith(lex.past_endings)
        ):
            clause = after[: word.start()].rstrip()
            if mandative(clause + ".", lex):
                return end + len(clause)
            break
    return len(text) if mandative(after, lex) else None


#: a noun cue's content opens with a word, or a quotation of one
_QUOTED_OR_WORD = re.compile(r"(?:[\"“‘]|'')?\w")


def _noun(
    text: str,
    m: re.Match[str],
    adj: int | None,
    g: FamilyGrammar,
    units: list[tuple[int, int]],
    taken: Taken,
    out: FamilyFinds,
    drafts: list[Draft],
) -> None:
    noun = g.nouns[m.group("noun").lower()]
    follow = " ".join((m.group("follow") or "that").lower().split())  # none: a dropped "that"
    if follow not in noun.follows or taken.overlaps(*m.span("noun")):
        return
    if noun.status is not ClaimStatus.DENIED and claimant_of(
        text, m.start("noun"), m.group("follow") or "", g.lexicon
    ):
        # "the claims of some GOP candidates", "injury claims of workers": no content; a
        # denial noun's "of" names what is denied ("the rejection of the party's wisdom")
        return
    a, b = unit_of(units, m.start())
    cs, ce = clause_content(text, m.end(), b)
    if follow == "that" and m.group("follow") and (period := period_after_that(text, cs)):
        if period < 0:
            return  # "issued a denial that morning.": a time adjunct, no content
        cs = period  # "a denial that day that troops crossed"
    if ce - cs < 3 or not _QUOTED_OR_WORD.match(text, cs):
        return  # "allegations of ''fraud''" and "rejection of “a politics”" name a claim
    if text[cs].isdigit() and follow != "that":
        return  # "claims of 2016" names no claim; "claim that 90 percent ..." does
    if follow.startswith("to ") and not stative_infinitive(follow, text, cs, g.lexicon):
        return  # "the claim to be filed", "a claim to have the debt cancelled": no claim
    if follow == "that" and relative_clause(text, cs, ce, g.lexicon):
        return  # "allegations that he has denied": a relative clause, no content
    first = _WORD.match(text, cs)
    if follow == "that" and first and first.group() in g.relative_heads:
        return  # "the allegations that were made", "claims in the region that rose": relative
    if follow == "that" and relative_that(text, cs, g.lexicon):
        return  # "a claim that originated in a deposition": relative
    if follow != "that":
        ce = noun_phrase_end(text, cs, ce, g.lexicon)  # "allegations of [fraud] surfaced"
        if follow.startswith("to "):
            cs = m.start("follow")  # "his claim [to be a doctor]", as "claims [to be]"
    else:
        ce = past_apposition(text, cs, ce, b)  # "allegations that Conyers, 88, made ..."
        ce = _new_clause_end(text, cs, ce, g.lexicon)  # "... took bribes and Smith said"
        ce = subject_content_end(text, a, m.start("noun"), cs, ce)  # "His denial that X [was]"
        tail = g.content_eval_tail_re.search(text, cs, ce)
        if tail is not None and has_finite_verb(text, cs, tail.start(), g.lexicon):
            ce = tail.start()  # "said claims that X [were without merit]": X is evaluated
        if verb_channel(text, m.start("noun"), cs, drafts):
            return  # "The Kremlin said in a denial that X": the verb's claim, no second one
    status = noun.status
    if adj is not None:
        status = ClaimStatus.UNCONFIRMED
    elif (demand := _demand(text, m, noun, g.lexicon)) is not None:
        status = ClaimStatus.ASSERTED  # "the insistence that Smith resign": a demand
        ce = min(ce, demand)
    d = Draft(cs, ce, Attribution.NARRATOR, status)
    if m.group("by"):
        d.source_start, d.source_end = m.span("by")
    else:
        lead = text[max(a, m.start() - 80) : m.start()]
        pm = _POSSESSOR.search(lead) or _ADJECTIVAL.search(lead)
        if pm is not None:
            off = m.start() - len(lead)
            d.source_start, d.source_end = off + pm.start("src"), off + pm.end("src")
        elif (src := noun_source(text, a, m.start("noun"), ce, drafts)) is not None:
            d.source_start, d.source_end = src  # "his denial", "issued a denial", "In a denial"
    if d.source_start is not None:
        d.attribution = Attribution.INDIRECT
    cue_start = adj if adj is not None else m.start("noun")
    d.cue, d.cue_start, d.cue_end = text[cue_start : m.end("noun")], cue_start, m.end("noun")
    taken.add(cue_start, m.end("noun"))
    out.drafts.append(d)


def _word(
    text: str,
    m: re.Match[str],
    g: FamilyGrammar,
    units: list[tuple[int, int]],
    taken: Taken,
    out: FamilyFinds,
    *,
    attributive: bool,
) -> None:
    ws, we = m.span("word")
    if taken.overlaps(ws, we):
        return
    key = " ".join(m.group("word").split())
    _, status = g.words.get(key) or g.words[key.lower()]
    a, b = unit_of(units, ws)
    cs, ce = clause_content(text, we, b)
    if attributive:
        ce = attributive_end(text, cs, ce, g.lexicon)  # "the alleged gunman [fled ...]"
    elif ce - cs < 3:
        comma = _FRONTED_COMMA.match(text, we)
        if comma is not None and not text[a:ws].strip(' "“'):
            # "Reportedly, the two leaders met ...": the clause after the opening adverb
            cs, ce = clause_content(text, comma.end(), b)
        else:
            # "..., reportedly.": the clause before the adverb
            start = max(a, text.rfind(",", a, ws) + 1)
            cs, ce = clause_content(text, start, ws)
    if ce - cs < 3:
        return
    d = Draft(cs, ce, Attribution.NARRATOR, status)
    d.cue, d.cue_start, d.cue_end = text[ws:we], ws, we
    taken.add(ws, we)
    out.drafts.append(d)


def _phrase(
    text: str,
    m: re.Match[str],
    g: FamilyGrammar,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    taken: Taken,
    out: FamilyFinds,
) -> None:
    ps, pe = m.span("phrase")
    phrase = g.phrases[" ".join(m.group("phrase").lower().split())]
    a, b = unit_of(units, ps)
    if phrase.frame is Frame.PREVIOUS:
        if _EVIDENCE_OF.match(text, pe):
            return  # "prosecuting a case without evidence of her intent": the clause's own words
        before = [
            i
            for i, d in enumerate(drafts)
            if d.cue_start is not None and a <= d.cue_start < ps and d.end + 60 >= ps
        ]
        if before and drafts[before[-1]].status is ClaimStatus.ASSERTED:
            out.statuses[before[-1]] = phrase.status
            d = drafts[before[-1]]
            if d.start < ps < d.end and not text[pe : d.end].strip(" ,.;"):
                # "said [X], without providing evidence": the phrase closes the content,
                # no part of what is claimed
                end = ps
                while end > d.start and text[end - 1] in " ,":
                    end -= 1
                d.end = end
        elif not before and _fronts_unit(text, a, ps, pe):
            # "Without citing evidence, the president said [X]": fronted, the phrase marks
            # the first claim after it in its sentence (not a claim holding the phrase:
            # "Without evidence, police cannot act, the minister said")
            after = [
                i
                for i, d in enumerate(drafts)
                if d.cue_start is not None and pe < d.cue_start < b and d.start >= pe
            ]
            if after and drafts[after[0]].status is ClaimStatus.ASSERTED:
                out.statuses[after[0]] = phrase.status
        return
    if taken.overlaps(ps, pe):
        return
    status = phrase.status
    if phrase.frame is Frame.OBJECT:
        if not claim_object(text, pe, g.lexicon):
            # "the toll is contested by aid groups": the agent denies the subject
            contested_passive(text, ps, pe, g, (a, b), taken, out)
            return  # "rebuffed several requests", "brushed off Trump": no claim denied
        aux = g.aux_before_re.search(text, max(a, ps - 40), ps)
        if aux is not None:  # "has flatly rebuffed", "did not push back on"
            if g.negated_re.search(aux.group()):
                status = ClaimStatus.ASSERTED
            ps = aux.start()
    rest = text[pe:b]
    bare = None
    charged = False
    if phrase.frame is Frame.TO:
        lead = re.match(r"[^.;]{0,40}?\bto\s+", rest)
        if lead is None and g.charge_object_re is not None:
            lead = g.charge_object_re.match(rest)  # "pleaded not guilty in an indictment"
            charged = lead is not None
        if lead is None:
            bare = _bare_content(m.group("phrase"), g.lexicon)
            if bare is None:
                return
        start = pe + lead.end() if lead is not None else pe
    elif phrase.frame is Frame.OF_THAT:
        lead = re.match(r"\s+(?:of|that|for|to\s+suggest|to\s+support)\s+", rest)
        if lead is None:
            return
        start = pe + lead.end()
    else:
        start = pe
    # "They pleaded [not guilty].": no object, the phrase's own last words are the content
    cs, ce = (pe - bare, pe) if bare is not None else clause_content(text, start, b)
    cont = g.charge_continuation_re
    while charged and cont is not None and (more := cont.match(text, ce)) is not None:
        ce = clause_content(text, more.end(), b)[1]  # "in an indictment, ranging from X"
    if ce - cs < 3:
        return
    d = Draft(cs, ce, Attribution.NARRATOR, status)
    holder = [
        i
        for i, x in enumerate(drafts)
        if x.start <= ps < x.end and (x.source_start is not None or x.inherit is not None)
    ]
    # "Moscow rebuffed": the subject denies, before any claim the phrase stands in
    floor = max(a, drafts[holder[-1]].start) if holder else a  # "said Moscow rebuffed"
    subj = find_subject(text, floor, ps) if phrase.frame is Frame.OBJECT else None
    if subj is None and holder:
        d.attribution, d.inherit = Attribution.INDIRECT, holder[-1]
    elif phrase.frame is not Frame.AFTER:  # "X was accused of": X is not the accuser
        subj = subj or find_subject(text, a, ps)
        if subj is not None:
            d.attribution = Attribution.INDIRECT
            d.source_start, d.source_end = subj
    d.cue, d.cue_start, d.cue_end = text[ps:pe], ps, pe
    taken.add(ps, pe)
    out.drafts.append(d)


def _fronts_unit(text: str, unit_start: int, ps: int, pe: int) -> bool:
    """Whether the phrase at ``ps``-``pe`` opens its sentence (quotes and spaces before it
    aside) and a comma closes it: "Without citing evidence, the president said ...".

    Example:
        >>> _fronts_unit("Without proof, he said it.", 0, 0, 13)
        True
        >>> _fronts_unit("He said it without proof, again.", 0, 11, 24)
        False
    """
    return text.startswith(",", pe) and not text[unit_start:ps].strip(" \"“‘'")


#: A complement after a "without evidence" phrase: the evidence is of something named,
#: inside its clause, not a remark on the claim before ("without evidence of her intent").
_EVIDENCE_OF = re.compile(r"\s+(?:of|for)\b")
#: the comma after a sentence adverb that opens its sentence ("Reportedly, ...")
_FRONTED_COMMA = re.compile(r",\s+")


def _bare_content(phrase: str, lex: CueLexicon) -> int | None:
    """Length of the words ending ``phrase`` that stand as its content with no object.

    "They pleaded not guilty on Monday.": "not guilty" is what they claim, and the
    rules read it as a denial of the charge made before it. None when no such words end it.
    """
    folded = " ".join(phrase.lower().split())
    for words in sorted(lex.bare_denial_contents, key=len, reverse=True):
        if folded.endswith(" " + words):
            # the written phrase may space its words otherwise: count them from its end
            tail = len(words.split())
            last = re.search(rf"(?:\S+\s+){{{tail - 1}}}\S+$", phrase)
            return None if last is None else len(phrase) - last.start()
    return None


def _opening_participles(lex: CueLexicon) -> list[str]:
    """Capitalized participles of hedge verbs, read only where they open a sentence."""
    return [
        f[:1].upper() + f[1:]
        for v in lex.verbs
        if v.status is ClaimStatus.HEDGED
        for f in v.forms[1:]
        if f.endswith("ing")
    ]


#: "that" opening the clause an expletive "it" stands for ("it was false [that] ...").
_EXTRAPOSED = re.compile(r"[”\"]?\s+that\s+")


def _noun_head(text: str, start: int, g: FamilyGrammar) -> bool:
    """Whether a noun cue's form opens ``text`` at ``start`` ("claims that ...").

    Example:
        >>> g = family_grammar("en")
        >>> _noun_head("Reports that he left", 0, g), _noun_head("He left", 0, g)
        (True, False)
    """
    word = _WORD.match(text, start)
    return word is not None and word.group().lower() in g.nouns


def _evaluated(
    text: str,
    m: re.Match[str],
    g: FamilyGrammar,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    taken: Taken,
    out: FamilyFinds,
) -> None:
    """ "called the report fake", "the allegations are false": a denial of the thing evaluated."""
    ns, ne = m.span("np")
    cs, ce = m.span("cue")
    if ne - ns < 2 or taken.overlaps(*m.span("eval")):
        return
    that = g.complementizer_re.search(text, ns, ne)
    if that is not None and not has_finite_verb(text, that.end(), ne, g.lexicon):
        return  # "accusation that the articles [were misleading]": the clause's own copula
    if taken.overlaps(ns, ns + 1) and not _noun_head(text, ns, g):
        return  # the phrase opens inside another cue; a bare noun cue ("claims that X were
        # without merit") opens its own phrase
    if any(d.cue_end == ce and d.status is ClaimStatus.DENIED for d in drafts):
        return  # "dismissed [it as propaganda]": the denial verb already gave the claim
    if g.self_re is not None and g.self_re.search(text, ns, ne):
        return  # "his own claim was wrong": a source correcting itself, no denial
    # The cue status stays "asserted": the cue lexicon's denials are verbs; an
    # evaluation denies through its words, which the rules read from the cue. A denial
    # verb labelling what it denies ("dismissing the report as a hoax") denies it itself,
    # as it does with no evaluation, unless a negation stands just before it.
    a, b = unit_of(units, m.start())
    status = ClaimStatus.ASSERTED
    if (
        cs < ns
        and m.group("cue").lower() in g.denying_labels
        and g.negation_re.search(text, max(a, cs - 30), cs) is None
    ):
        status = ClaimStatus.DENIED
    # "it was false that [its jets bombed the hospital]": an expletive subject stands for
    # the clause after the evaluation, which is the claim denied
    clause = _EXTRAPOSED.match(text, m.end("eval"), b)
    if (
        clause is not None
        and text[ns:ne].lower() in g.lexicon.expletive_subjects
        and m.group("eval").lower() in g.lexicon.extraposed_evaluations
    ):
        end = len(text[clause.end() : b].rstrip(" .,;:!?”\"'’")) + clause.end()
        if end - clause.end() < 2:
            return
        d = Draft(clause.end(), end, Attribution.NARRATOR, ClaimStatus.ASSERTED)
    else:
        d = Draft(ns, ne, Attribution.NARRATOR, status)
    holder = [
        i
        for i, x in enumerate(drafts)
        if x.start <= ns < x.end and (x.source_start is not None or x.inherit is not None)
    ]
    subj = find_subject(text, a, min(cs, ns)) if cs < ns else None
    if subj is not None:
        d.attribution = Attribution.INDIRECT
        d.source_start, d.source_end = subj
    elif holder:
        d.attribution, d.inherit = Attribution.INDIRECT, holder[-1]
    d.cue = text[cs : m.end("eval")] if cs < ns else text[cs:ce]
    d.cue_start, d.cue_end = (cs, m.end("eval")) if cs < ns else (cs, ce)
    taken.add(d.cue_start, d.cue_end)
    out.drafts.append(d)
