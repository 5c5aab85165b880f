"""Reporting cues: the verbs and phrases that attribute content to a source.

Each cue lemma has a *frame* (how its content follows it) and a *status* (what
it says about the content's truth). The lexicon is data
(``provenance/lexicon/data/<lang>/cues.yaml``); the regexes are compiled from it
once per language by :func:`cue_grammar`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from provenance.enums import ASSERTED as _ASSERTED
from provenance.enums import DENIED as _DENIED
from provenance.enums import HEDGED as _HEDGED
from provenance.enums import NARRATOR as _NARRATOR
from provenance.enums import UNCONFIRMED as _UNCONFIRMED
from provenance.enums import ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.hedge_constructions import mandative
from provenance.extractors.text.wordlists import alternation as _alternation
from provenance.extractors.text.wordlists import ordered_alternation
from provenance.extractors.text.wordscan import factored_alternation
from provenance.lexicon._files import NEUTRAL, language_key
from provenance.lexicon.cues import ACCORDING as _ACCORDING
from provenance.lexicon.cues import CLAUSE as _CLAUSE
from provenance.lexicon.cues import CueLexicon, CueVerb, Frame, cue_lexicon
from provenance.lexicon.currencies import currency_table
from provenance.lexicon.numbers import own_number_lexicon

__all__ = [
    "CUE_RE",
    "CUE_SCAN_WORDS",
    "NOUN_CUE_RE",
    "UNVERIFIED_RE",
    "CueGrammar",
    "CueIndex",
    "CueInfo",
    "Frame",
    "cue_grammar",
    "cue_info",
    "cue_status",
    "quoted_hedges",
    "role_choice",
    "scan_words",
]


CueInfo = CueVerb
"""What a cue verb means: its lemma, frame, status, and whether it is weak."""


@dataclass(frozen=True, slots=True)
class CueGrammar:
    """The regular expressions of one language's cues, built once from its lexicon."""

    lexicon: CueLexicon
    forms: dict[str, CueVerb]
    cue_re: re.Pattern[str]
    noun_cue_re: re.Pattern[str]
    unverified_re: re.Pattern[str]
    negated_re: re.Pattern[str]
    refusal_re: re.Pattern[str]
    thing_re: re.Pattern[str]
    #: an object that is itself a claim of fact ("claimed credit for", "claimed victory")
    claimed_object_re: re.Pattern[str]
    #: a whole content that points back to an earlier claim ("the allegations", "either report")
    anaphoric_re: re.Pattern[str]
    #: a passive auxiliary before a cue ("was told", "is said"): its subject is no source
    passive_re: re.Pattern[str]
    first_words: frozenset[str]
    prefix_words: frozenset[str]


@functools.cache  # per language tag, a handful a process (as the lexicon's ``_load_tag``)
def cue_grammar(language: str | None = "en") -> CueGrammar:
    """The compiled cue grammar of a language (cached per language, and per tag).

    The rules read it at every cue and draft: cached per tag, a call is one lookup, not
    :func:`~provenance.lexicon._files.language_key`'s parsing of the tag each time.

    Example:
        >>> cue_grammar("en").cue_re.search("He has not confirmed it.").group("verb")
        'confirmed'
        >>> cue_grammar() is cue_grammar("en-GB") is cue_grammar(None)
        True
    """
    return _cue_grammar(language_key(language))


#: a currency symbol before a figure ("$5 million", "£300", "US$2bn"): a sum of money
_MONEY = _alternation(tuple(s for s in currency_table(NEUTRAL).symbol_forms if not s.isalpha()))


@functools.cache
def _figure_lead(key: str) -> re.Pattern[str]:
    """What may stand before a figure's digits: a qualifier, then a currency symbol.

    "more than $20bn", "between 150", "£300", "some 40": the qualifiers are the number
    lexicon's ("more than", "up to", "about").

    Example:
        >>> _figure_lead("en").match("more than $20bn in damages").group()
        'more than $'
    """
    numbers = own_number_lexicon(key)
    if numbers is None:
        return re.compile(rf"(?:{_MONEY})?(?=\d)")  # a language with no number lexicon
    qualifiers = _alternation(numbers.qualifiers)
    return re.compile(rf"(?:(?:{qualifiers})\s+)?(?:{_MONEY})?(?=\d)")


@functools.cache
def _cue_grammar(key: str) -> CueGrammar:
    lex = cue_lexicon(key)
    forms: dict[str, CueVerb] = {}
    for v in lex.verbs:
        for f in v.forms:
            forms[f] = v
        # a headline drops "that" ("Report Reveals Agency Knew ..."): no form of it is weak
        headline = dataclasses.replace(v, weak=False) if v.weak else v
        for f in v.headline:
            forms[f] = headline
    according = CueVerb(lex.according[0], lex.according, _ACCORDING, _ASSERTED)
    forms.update(dict.fromkeys(lex.according, according))
    # "Citing a poll, the senator said": a participle opening its sentence, capitalized
    forms.update({f: forms[f.lower()] for f in lex.fronted_participles if f.lower() in forms})
    lemma_of = {v.lemma: v for v in lex.verbs}
    for form, lemma in lex.weak_participles.items():
        base = lemma_of[lemma]
        forms[form] = CueVerb(lemma, (form,), base.frame, base.status, weak=True)
    # case-sensitive: the factored alternations match what the plain ones match, and a
    # match tries the few forms sharing the text's first letter, not hundreds
    aux = factored_alternation(lex.auxiliaries)
    adverbs = factored_alternation(lex.adverbs)
    neg = factored_alternation(lex.negations)
    # "didn't deny": an auxiliary and its negation in one word
    contracted = (
        rf"(?:{_alternation(lex.contracted_negations)})\s+|" if lex.contracted_negations else ""
    )
    cue_re = re.compile(
        rf"\b(?P<aux>(?:{factored_alternation(lex.aux_leads)}\s+(?={aux}\s))?"
        rf"(?:{contracted}(?:{aux}\s+)?(?:{neg}\s+)?)(?:{adverbs}\s+){{0,2}})"
        rf"(?P<verb>{factored_alternation(forms)})\b"
    )
    noun_forms = [f for n in lex.nouns for f in n.forms if "that" in n.follows]
    noun_cue_re = re.compile(
        r"(?P<src>\b[A-Z][\w.-]*(?:['’]s)?|\b(?:his|her|their|its))\s+"
        # "its own claim that": a source correcting itself (self_markers); "his earlier
        # claim that" (noun_cue_modifiers)
        rf"(?:(?:{_alternation((*lex.self_markers, *lex.noun_cue_modifiers))})\s+){{0,2}}"
        rf"(?P<verb>{_alternation(noun_forms)})\s+that\s+"
    )
    u = lex.unverified
    verbs, parts = _alternation(u["verbs"]), _alternation(u["participles"])
    adv = _alternation(u["adverbs"])
    modals = _alternation(u["modals"])
    possible = ordered_alternation(u.get("possibility_adjectives", ()), sep=r"\s+")
    impossible = ordered_alternation(u.get("impossibility_adjectives", ()), sep=r"\s+")
    impossible_to = rf"|(?:{impossible})\s+to\s+(?:(?:{adv})\s+)?(?:{verbs})" if impossible else ""
    copulas = ordered_alternation(u.get("unproven_copulas", ()), sep=r"\s+")
    unproven = ordered_alternation(u.get("unproven_adjectives", ()), sep=r"\s+")
    absence = ""
    if u.get("absence_leads") and u.get("absence_modifiers") and u.get("absence_nouns"):
        leads = ordered_alternation(u["absence_leads"], sep=r"\s+")
        absence_mods = _alternation(u["absence_modifiers"])
        absence = (
            rf"|(?i:{leads})\s+(?:(?:{absence_mods})\s+){{0,2}}"  # "There was no"
            rf"(?:{_alternation(u['absence_nouns'])})"
        )
    unverified_re = re.compile(
        rf"\b(?:(?:(?:{modals})\s+not|cannot|can't|couldn't)\s+"
        # "could not be verified", "could not immediately be verified"
        rf"(?:(?:(?:{adv})\s+)?be\s+(?:(?:{adv})\s+)?(?:{parts})|(?:{adv})\s+(?:{verbs}))"
        rf"|(?:(?:has|have|had)(?:\s+not|n't)\s+been|(?:was|were|is|are)(?:\s+not|n't))\s+"
        rf"(?:(?:{adv})\s+)?(?:{parts})"
        # "has not been able to verify", "was not able to independently verify"
        rf"|(?:(?:has|have|had)(?:\s+not|n't)\s+been|(?:was|were|is|are)(?:\s+not|n't))"
        rf"\s+able\s+to\s+(?:(?:{adv})\s+)?(?:{verbs})"
        rf"|unable\s+to\s+(?:(?:{adv})\s+)?(?:{verbs})"
        # "it was not immediately possible to verify", "is not possible to independently confirm"
        rf"|(?:was|were|is|are)(?:\s+not|n't)\s+(?:(?:{adv})\s+)?"
        rf"(?:{possible})"
        rf"\s+to\s+(?:(?:{adv})\s+)?(?:{verbs})"
        # ", a claim impossible to verify", "it was impossible to independently confirm"
        rf"{impossible_to}"
        # "the accusations remain unproven", "the claims were uncorroborated"
        rf"|(?:{copulas})\s+(?:still\s+)?(?:{unproven})"
        # "there was no independent confirmation"
        rf"{absence})\b"
    )
    focus = _alternation(lex.negation_focus) if lex.negation_focus else None
    negators = (*lex.negations, *lex.negating_auxiliaries, *lex.contracted_negations)
    negated_re = re.compile(
        rf"\b(?:{_alternation(negators)})(?!\w)"
        # "not only denied ... but": a focus on the cue, which stands
        + (rf"(?!\s+(?:{focus})\b)" if focus else "")
    )
    dets = _alternation(lex.indirect_object_determiners)
    pronouns = {w.lower() for w in lex.anaphoric_objects if " " not in w}
    claim_nouns = _alternation(
        tuple(
            h
            for h in (*lex.claim_heads, *lex.denied_appositive_heads)
            if h.lower() not in pronouns and h.lower() != "something"
        )
    )
    refusal_re = re.compile(
        r"\s*(?:(?:(?:the|a|an|his|her|their|its|our|any|all|these|those|this|that|"
        r"[A-Z][\w.]*(?:['’]s)?|[\w-]+(?:['’]s|s['’]))\s+){0,2}"
        # an amount before the modifiers: "a 60 million pound offer", "the $12 billion
        # takeover bid", "a £2bn bid" (a sum offered, never a claim's figure: that follows)
        r"(?:[^\s\w]?\d[\d,.]*[a-z]*\s+)?"
        # up to two modifiers, no pronoun, function word or negation: "additional security
        # requests", never "a not guilty plea" (a plea entered)
        r"(?:(?!(?:that|it|he|she|they|we|there|to|of|as|and|or|not|no)\b)[a-z-]+\s+){0,2}"
        rf"(?:{_alternation(tuple(lex.refusal_objects))})\b"
        # a modifier of a claim noun, not the thing refused: "disputed the official
        # [tally]", "rejected the aid [figures]", "the official death [toll]"
        rf"(?!\s+(?:[a-z-]+\s+)?(?:{claim_nouns})\b)"
        # ditransitive: "denying him adequate care", "denied her a visa", "denied Carter a"
        rf"|(?:{_alternation(lex.indirect_objects)})\s+[\w“\"]"
        rf"|(?:{_alternation(lex.ambiguous_indirect_objects)})\s+(?:{dets})\s"
        rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\s+(?:{_alternation(lex.name_object_determiners)})\s)"
    )
    # a modifier before a thing's head: a name, a number or a word that is no function
    # word ("the Republican nomination", "U.S. tax breaks", "the 10,000m title", "the
    # 2015 title"), never "that" or a pronoun
    no_modifier = (
        r"(?!(?:that|to|of|in|on|at|by|for|from|with|about|as|and|or|but|he|she|they|it|we|"
        r"I|you|there|this|these|those)\b)"
    )
    thing_modifier = rf"{no_modifier}(?:[A-Z][\w.]*|[a-z-]+|\d[\d,.]*[a-z]*)\s+"
    own = (
        rf"|\s*(?:(?:{_alternation(lex.demand_prepositions)})\s+)?"
        rf"(?:{_alternation(lex.possessives)})\s+(?:{_alternation(lex.claimed_own_objects)})\b"
        if lex.possessives and lex.claimed_own_objects
        else ""
    )
    partitive = (
        rf"(?:(?:{_alternation(lex.thing_partitives)})\s+of\s+)?" if lex.thing_partitives else ""
    )
    thing_re = re.compile(
        rf"\s+(?:(?:{_alternation(lex.thing_objects)})\b"
        rf"(?!\s+(?:{_alternation(lex.thing_object_exceptions)}))"
        # a thing by its head: "claiming the Republican nomination", "claiming
        # allegiance to ISIS", "claiming U.S. tax breaks"
        # "claimed thousands of victims": a quantity before it
        rf"|{partitive}(?:the\s+)?(?:{thing_modifier}){{0,2}}(?:{_alternation(lex.thing_heads)})"
        r"(?![\w'’-])"
        # a number taken, not said: "claiming 41 percent of the vote", a sum of money
        # demanded: "claimed $5 million in damages" (a clause after it is still a claim:
        # "claimed 90 percent of the e-mails were kept", "claimed $2 billion was lost")
        rf"|{_figure_lead(key).pattern}"
        # "insisted on paying", "insist upon a vote": a demand, unless a clause follows
        # ("insisted on Monday that ...", "on Twitter that ...")
        rf"|(?:{_alternation(lex.demand_prepositions)})\s"
        rf"(?!(?:{_alternation(lex.noun_adjuncts)})\b)(?![^.;:,]{{0,60}}\bthat\b))"
    )
    heads = _alternation(lex.claim_heads)
    anaphoric_re = re.compile(
        rf"(?i:(?:{_alternation(tuple(lex.anaphoric_objects))})"
        # only a bare head points back: a modifier or a complement carries content of its
        # own ("the sexual misconduct allegations", "the characterization of his remark")
        rf"|(?:{_alternation(lex.anaphoric_heads_after)})\s+(?:{heads}))[\s.,;]*"
    )
    prefix = frozenset(
        w
        for form in (*lex.auxiliaries, *lex.adverbs, *lex.negations, *lex.contracted_negations)
        for w in form.split()
    )
    return CueGrammar(
        lexicon=lex,
        forms=forms,
        cue_re=cue_re,
        noun_cue_re=noun_cue_re,
        unverified_re=unverified_re,
        negated_re=negated_re,
        refusal_re=refusal_re,
        thing_re=thing_re,
        # ... after "a" and up to two modifiers: "claiming a victory of sorts", "claim a
        # moral victory", "claimed outright victory" (not "the victory": a thing_object);
        # a fact about oneself after a possessive, and "on": "asserted his innocence",
        # "has insisted on her innocence"
        claimed_object_re=re.compile(
            rf"\s*(?:(?:a|an)\s+)?(?:{no_modifier}(?!(?:the|his|her|their|its|our|my)\b)"
            r"[a-z-]+\s+){0,2}"
            # not a modifier of a thing's head: "claim new credit cards" takes the cards
            rf"(?:{_alternation(lex.claimed_objects)})\b(?!\s+(?:{_alternation(lex.thing_heads)})\b)"
            rf"{own}"
        ),
        anaphoric_re=anaphoric_re,
        passive_re=re.compile(
            rf"(?:\w+\s+)?(?:{_alternation(lex.passive_auxiliaries)})\b"
            if lex.passive_auxiliaries
            else "(?!)"
        ),
        first_words=frozenset(f.split()[0] for f in forms),
        prefix_words=prefix,
    )


_EN = cue_grammar("en")
CUE_RE = _EN.cue_re
"""A cue verb with its auxiliaries and adverbs ("has not confirmed", "also said")."""

NOUN_CUE_RE = _EN.noun_cue_re
"""A noun cue with its possessor: "Russian claims that", "Moscow's allegations that"."""

UNVERIFIED_RE = _EN.unverified_re
"""A sentence saying the preceding claim could not be checked: passive ("could not be
verified", "has not been independently confirmed") or the wire idiom "could not
independently verify". The negation is required ("the board can confirm" confirms), and
an active "he could not confirm X" is a claim of its own, found by the cue lexicon."""


def cue_info(verb: str) -> CueInfo:
    """The :class:`CueInfo` of a verb form matched by :data:`CUE_RE`.

    Example:
        >>> cue_info("denied").status
        <ClaimStatus.DENIED: 'denied'>
    """
    info = _EN.forms.get(verb)  # most cues: the form as matched, one word or spaced once
    if info is not None:
        return info
    key = " ".join(verb.split())
    return _EN.forms.get(key) or _EN.forms[key.lower()]


def cue_status(info: CueInfo, aux: str, after: str = "") -> ClaimStatus:
    """The status of a cue given its auxiliaries and the words after it.

    Negated "confirm" and "verify" are unconfirmed; "claimed a loss" and
    "asserted his rights" are not hedges (the verb takes a thing, not a claim).

    Example:
        >>> cue_status(cue_info("confirmed"), "has not ")
        <ClaimStatus.UNCONFIRMED: 'unconfirmed'>
        >>> cue_status(cue_info("claimed"), "", " a loss of $916 million")
        <ClaimStatus.ASSERTED: 'asserted'>
    """
    if info.frame is _ACCORDING:
        first = _WORD.match(after.lstrip())
        if first is not None and first.group().lower() in _UNCONFIRMING:
            return _UNCONFIRMED  # "according to unconfirmed reports"
    # searched once: three tests below read it (most cues have no auxiliary)
    negated = bool(aux) and _EN.negated_re.search(aux) is not None
    if info.status is _HEDGED and negated:
        return _ASSERTED  # "never claimed to be", "did not purport to": no claim made
    if (
        info.status is _HEDGED
        and info.lemma in _EN.lexicon.mandative_lemmas
        and mandative(after, _EN.lexicon)
    ):
        return _ASSERTED  # "insisted that the first lady go": a demand
    if (
        info.status is _HEDGED
        and info.lemma in _EN.lexicon.thing_lemmas
        and _EN.thing_re.match(after)
        and not _EN.claimed_object_re.match(after)
    ):
        from provenance.extractors.claims.possessive_clauses import possessive_clause
        from provenance.extractors.claims.readings import long_subject_clause
        from provenance.extractors.claims.spans import number_clause, speech_frame

        body = after.lstrip()
        figure = body[lead.end() :] if (lead := _figure_lead("en").match(body)) else body
        # "claims his boss is OK", "claimed 300 troops died", "claimed their display in
        # the 3-1 defeat was our worst": a clause after all
        if (
            not speech_frame(body, 0, 0)
            and not number_clause(figure)
            and not long_subject_clause(body, _EN.lexicon)
            # "claimed its fighters shot down the jet": a possessive subject and a past verb
            and not possessive_clause(body, _EN.lexicon)
        ):
            return _ASSERTED
    if info.status is _HEDGED and _reflexive(info, after):
        return _ASSERTED  # "China is asserting itself": an action, no claim
    if (
        info.status is _ASSERTED
        and info.frame is _CLAUSE
        and not negated
        and (rest := _insisted(aux, after)) is not None
        and not mandative(rest, _EN.lexicon)
    ):
        return _HEDGED  # "argued insistently that": an insisting claim
    if negated:
        # "has not confirmed", "could not verify": the text says it is unverified.
        # "did not say/specify whether" reports a silence, not an unverified claim.
        if info.lemma in _EN.lexicon.confirming:
            return _UNCONFIRMED
        if info.lemma in _EN.lexicon.open_question_lemmas and _opens_question(after):
            return _UNCONFIRMED  # "could not comment on whether he would appear"
        if info.status is _DENIED:
            return _ASSERTED
    if (
        info.status is _DENIED
        and info.lemma in _EN.lexicon.role_choice_lemmas
        and _ROLE_CHOICE is not None
        and _ROLE_CHOICE.match(after)
    ):
        return _ASSERTED  # "rejected Smith as a candidate": no claim denied
    return info.status


def role_choice(after: str) -> bool:
    """Whether the words after a denial verb give its object a role ("Smith as a candidate").

    Example:
        >>> role_choice(" Smith as a candidate"), role_choice(" the report as baseless")
        (True, False)
    """
    return _ROLE_CHOICE is not None and _ROLE_CHOICE.match(after) is not None


def _reflexive(info: CueInfo, after: str) -> bool:
    """Whether a verb that takes a reflexive or a power as an action has one right after it.

    Example:
        >>> _reflexive(cue_info("asserting"), " itself in the region")
        True
        >>> _reflexive(cue_info("asserted"), " control over the port")
        True
        >>> _reflexive(cue_info("claimed"), " himself the winner")
        False
        >>> _reflexive(cue_info("claimed"), " control of the airport")
        False
    """
    lex = _EN.lexicon
    if info.lemma not in lex.reflexive_thing_lemmas:
        return False
    first = _WORD.match(after.lstrip())
    if first is None:
        return False
    word = first.group().lower()
    return word in lex.reflexive_objects or word in lex.exercised_objects


def _opens_question(after: str) -> bool:
    """Whether the words after a cue open with one of the lexicon's open-question openers.

    Example:
        >>> _opens_question(" whether he would appear")
        True
        >>> _opens_question(" the ruling")
        False
    """
    first = _WORD.match(after, len(after) - len(after.lstrip()))
    return first is not None and first.group().lower() in _EN.lexicon.open_question_openers


def _insisted(aux: str, after: str) -> str | None:
    """The words after a cue said in an insisting manner, without that adverb; else ``None``.

    The adverb stands among the cue's auxiliaries ("insistently argued") or right
    after the cue ("argued insistently that").

    Example:
        >>> _insisted("", " insistently that he would win")
        ' that he would win'
        >>> _insisted("insistently ", " that he would win")
        ' that he would win'
        >>> _insisted("has ", " that he would win") is None
        True
    """
    adverbs = _EN.lexicon.insisting_adverbs
    if not adverbs:
        return None
    if aux and not adverbs.isdisjoint(aux.lower().split()):
        return after
    rest = after.lstrip()
    if rest[:1].lower() not in _INSISTING_FIRSTS:
        return None  # the first word opens no adverb (most cues: "that", "the", "on")
    first = _WORD.match(rest)
    if first is not None and first.group().lower() in adverbs:
        return rest[first.end() :]
    return None


def quoted_hedges(drafts: list[Draft], quotes: tuple[tuple[int, int], ...]) -> None:
    """Hedge cues inside a direct quotation become asserted, in place.

    In "“Maybe he's not as charitable as he claims to be,” she said" the hedge is
    the quoted speaker's own word: the text reports the quotation, it does not
    itself present "he is charitable" as a contested claim (attribution corpora
    annotate no hedge inside a quotation: 2 of 248 PolNeAR train hedge cues). A
    sourceless noun cue stays hedged: "“The allegations of harassment against
    Conyers are serious,” she said" names a charge a fact-checker must still check;
    a form that is also a verb ("claim", "claims") is not held to be a noun there
    ("“these folks think that and claim that they speak for Islam”"). Quotation marks
    around the cue alone are the narrator's ("The group “claimed” that ..."): it stays hedged.
    ``quotes`` are the quotation spans of :func:`~provenance.extractors.text.quotes.quote_spans`.

    Example:
        >>> from provenance.enums import Attribution
        >>> d = Draft(14, 24, Attribution.NARRATOR, ClaimStatus.HEDGED)
        >>> d.cue, d.cue_start, d.cue_end = "claimed", 7, 14
        >>> quoted_hedges([d], ((0, 26),))
        >>> d.status
        <ClaimStatus.ASSERTED: 'asserted'>
    """
    if not quotes:
        return
    starts = [q[0] for q in quotes]
    nouns = _NOUN_FORMS
    for d in drafts:
        if d.status is not _HEDGED or d.cue_start is None or d.cue is None:
            continue
        if d.cue.lower() in nouns and d.attribution is _NARRATOR:
            continue  # "“The allegations of harassment ... are serious”": a charge to check
        i = bisect.bisect_right(starts, d.cue_start) - 1
        if i < 0 or d.cue_start >= quotes[i][1]:
            continue
        cue_end = d.cue_end if d.cue_end is not None else d.cue_start + len(d.cue)
        if quotes[i][0] >= d.cue_start - 1 and quotes[i][1] <= cue_end + 1:
            continue  # 'The group “claimed” that ...': the narrator's scare quotes on the cue
        d.status = _ASSERTED


_WORD = re.compile(r"[A-Za-z]+")


def _role_choice_re(lex: CueLexicon) -> re.Pattern[str] | None:
    """Up to four object words, a role marker, maybe a determiner and a word, then a role.

    Example:
        >>> bool(_role_choice_re(_EN.lexicon).match(" Smith as a candidate"))
        True
        >>> bool(_role_choice_re(_EN.lexicon).match(" the report as baseless"))
        False
    """
    if not (lex.role_choice_markers and lex.speaker_roles):
        return None
    dets = _alternation(lex.role_choice_determiners) if lex.role_choice_determiners else "(?!)"
    return re.compile(
        r"\s*(?:[\w’'.-]+,?\s+){0,4}?"
        rf"(?:{_alternation(lex.role_choice_markers)})\s+(?:(?:{dets})\s+)?(?:[a-z-]+\s+)?"
        rf"(?:{_alternation(lex.speaker_roles)})\b"
    )


_ROLE_CHOICE = _role_choice_re(_EN.lexicon)
_UNCONFIRMING = frozenset(w.lower() for w in _EN.lexicon.unconfirming_adjectives)
#: the first letters of the insisting adverbs (lower case): :func:`_insisted` reads the
#: word after a cue only when it opens with one
_INSISTING_FIRSTS = frozenset(w[:1] for w in _EN.lexicon.insisting_adverbs)
#: noun cue forms that are no verb form: a quoted "claim" may be the speaker's verb
#: ("these folks think that and claim that ...", inside a quotation)
_NOUN_FORMS = _EN.lexicon.noun_forms - {f.lower() for f in _EN.forms}
_FIRST_WORDS = _EN.first_words
_PREFIX_WORDS = _EN.prefix_words
#: :data:`CUE_RE` with its auxiliary group left empty: the same match at a word that opens
#: no auxiliary, negation or adverb form (CUE_RE's optional group can then only be empty),
#: and cheaper, as the engine tries no auxiliary alternation first
_BARE_CUE_RE = re.compile(r"\b(?P<aux>)" + CUE_RE.pattern[CUE_RE.pattern.index("(?P<verb>") :])
#: the letters opening each form the auxiliary group may start with ("can't" opens "can"):
#: a whole scanned word outside this set cannot start that group
_AUX_OPENERS = frozenset(
    re.match("[A-Za-z]*", form.split()[0]).group()  # type: ignore[union-attr]
    for form in (
        *_EN.lexicon.aux_leads,
        *_EN.lexicon.auxiliaries,
        *_EN.lexicon.negations,
        *_EN.lexicon.adverbs,
    )
)


def _form_rests(
    forms: Iterable[str], first_words: Iterable[str], aux_openers: frozenset[str]
) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words that must follow each first word that is no whole form itself.

    "in" opens only "in the words of", "according" only "according to": at such a word
    a cue's verb can start only where the text goes on with the rest of one of its
    forms, each word after a run of white space (the forms' spaces match ``\\s+``).
    A word opening an auxiliary is left out (there :data:`CUE_RE` may find a later verb),
    and so is a word some form goes on from with no space ("in-depth").

    Example:
        >>> forms = ["in the words of", "inform", "said"]
        >>> _form_rests(forms, ["in", "inform", "said"], frozenset())
        {'in': (('the', 'words', 'of'),)}
    """
    forms = tuple(forms)
    whole = frozenset(forms)
    out: dict[str, tuple[tuple[str, ...], ...]] = {}
    for word in first_words:
        if word in whole or word in aux_openers:
            continue
        # the scanned word is whole: no ASCII letter follows it ("inform" cannot start there)
        rests = [
            f[len(word) :] for f in forms if f.startswith(word) and not _WORD.match(f, len(word))
        ]
        if all(r[:1] == " " and r == " " + " ".join(r.split()) for r in rests):
            out[word] = tuple(sorted({tuple(r.split()) for r in rests}))
    return out


#: :func:`_form_rests` of the English forms
_FORM_RESTS = _form_rests(_EN.forms, _FIRST_WORDS, _AUX_OPENERS)


def _rest_patterns(
    rests: dict[str, tuple[tuple[str, ...], ...]],
) -> dict[str, re.Pattern[str]]:
    """Each first word's rests as one pattern anchored where the word ends: what
    :func:`_goes_on` tests, one match call instead of a walk over the words.

    Example:
        >>> pattern = _rest_patterns({"in": (("the", "words", "of"),)})["in"]
        >>> bool(pattern.match("in  the words of", 2)), bool(pattern.match("in the wording", 2))
        (True, False)
    """
    return {
        word: re.compile(
            "|".join("".join(rf"\s+{re.escape(w)}" for w in rest) for rest in word_rests)
        )
        for word, word_rests in rests.items()
    }


#: :func:`_rest_patterns` of :data:`_FORM_RESTS`
_FORM_REST_RES = _rest_patterns(_FORM_RESTS)


def _keyed_words(
    rests: dict[str, tuple[tuple[str, ...], ...]], first_words: frozenset[str]
) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """Short first words whose one rest has a longer word to find them by.

    A first word of one or two letters (the commonest words are short: "in" and "In" are a
    sixth of the cue words a scan finds on BBC articles) that opens only forms going on
    with one rest of fixed words is found from the longest word of that rest instead
    ("words" of "in the words of"), unless that word or one before it in the rest is a
    first word itself (the index would then meet it before the short word's turn). Each
    key word maps to (first word, the rest's words before the key) pairs.

    Example:
        >>> _keyed_words({"in": (("the", "words", "of"),), "made": (("clear",),)},
        ...              frozenset({"in", "made"}))
        {'words': (('in', ('the',)),)}
    """
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for word, word_rests in sorted(rests.items()):
        if len(word) > 2 or len(word_rests) != 1:
            continue
        rest = word_rests[0]
        key = max(rest, key=len)
        lead = rest[: rest.index(key)]
        if len(key) <= len(word) or key in first_words or any(w in first_words for w in lead):
            continue
        out.setdefault(key, []).append((word, lead))
    return {key: tuple(pairs) for key, pairs in out.items()}


#: :func:`_keyed_words` of the English first words: "words" finds "in" and "In"
_KEYED_WORDS = _keyed_words(_FORM_RESTS, _FIRST_WORDS)
#: the words the cue index reads from a word scan: the first words, a keyed one's key in
#: its place
CUE_SCAN_WORDS: frozenset[str] = (
    _FIRST_WORDS - {w for pairs in _KEYED_WORDS.values() for w, _ in pairs}
) | frozenset(_KEYED_WORDS)


def _keyed_start(
    text: str, pos: int, pairs: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[int, str] | None:
    """Where a keyed first word stands before its key word at ``pos``, and which, or None.

    The rest's words before the key are read back from ``pos``, each after a run of white
    space (``str.isspace``, what the rest pattern's ``\\s+`` matches), then the first
    word, which must be a whole scanned word (no ASCII letter before it). Exact: a first
    word going on with its rest stands so before the key (white space ends before a
    letter, so the runs are those the rest pattern matches), and the index then tests
    the whole rest at it as at a scanned first word.

    Example:
        >>> _keyed_start("So, in  the words of X", 12, (("in", ("the",)),))
        (4, 'in')
        >>> _keyed_start("So, win the words of X", 12, (("in", ("the",)),)) is None
        True
    """
    for word, lead in pairs:
        at = pos
        for w in (*lead[::-1], word):
            end = at
            while end > 0 and text[end - 1].isspace():
                end -= 1
            if end == at or end < len(w) or not text.startswith(w, end - len(w), end):
                break
            at = end - len(w)
        else:
            if at == 0 or not ("A" <= text[at - 1] <= "Z" or "a" <= text[at - 1] <= "z"):
                return at, word
    return None


def _goes_on(text: str, pos: int, rests: tuple[tuple[str, ...], ...]) -> bool:
    """Whether ``text`` from ``pos`` goes on with one of ``rests``, each word after a run
    of white space (what :data:`CUE_RE`'s ``\\s+`` between a form's words matches).

    Example:
        >>> _goes_on("in  the words of", 2, (("the", "words", "of"),))
        True
        >>> _goes_on("in the wording", 2, (("the", "words", "of"),))
        False
    """
    for rest in rests:
        j = pos
        for word in rest:
            k = j
            while text[k : k + 1].isspace():
                k += 1
            if k == j or not text.startswith(word, k):
                break
            j = k + len(word)
        else:
            return True
    return False


def _nested(piece: str, count: int) -> str:
    """``piece``, then up to ``count - 1`` more, each only after the one before it.

    Example:
        >>> _nested("a", 3)
        'a(?:a(?:a)?)?'
    """
    return piece if count == 1 else f"{piece}(?:{_nested(piece, count - 1)})?"


#: up to four prefix words (:data:`_PREFIX_WORDS`) before a cue, read backwards: each is a
#: run of white space (" \t\n", what :func:`_prefix_starts` skips) and then a prefix word
#: spelled backwards that no ASCII letter or apostrophe goes on from; group ``i`` is the
#: ``i``-th word back from the cue
_PREFIX_CHAIN = re.compile(
    _nested(rf"[ \t\n]+({factored_alternation(w[::-1] for w in _PREFIX_WORDS)})(?![A-Za-z'’])", 4)
)


def _prefix_starts(text: str, start: int, floor: int, backwards: str | None = None) -> list[int]:
    """Starts of up to four auxiliary/adverb words right before ``start``, farthest first.

    A word is the run of letters (``str.isalpha``) and apostrophes ending before the white
    space (" ", tab, newline) that goes back from ``start`` or from the word after it, not
    reaching before ``floor``; it counts when it is one of :data:`_PREFIX_WORDS`. The
    words are read by one match of :data:`_PREFIX_CHAIN` in ``backwards``, the text
    reversed (``text[::-1]``, made here unless the caller has it): position ``i`` of the
    text is ``len(text) - 1 - i`` there. Exact: the prefix words are ASCII letters and
    apostrophes, so a run that is one of them ends where the ASCII letters and apostrophes
    end (the pattern's lookahead, at the floor too: ``endpos``); a run going on with a
    letter outside ASCII ("éhas") is longer than any of them, and the walk stops there.

    Example:
        >>> text = "He has not confirmed it."
        >>> _prefix_starts(text, text.index("confirmed"), 0)
        [3, 7]
    """
    n = len(text)
    if backwards is None:
        backwards = text[::-1]
    m = _PREFIX_CHAIN.match(backwards, n - start, n - floor)
    out: list[int] = []
    if m is None:
        return out
    end_pos = n - floor
    for group in range(1, 5):
        end = m.end(group)
        if end < 0 or (end < end_pos and backwards[end].isalpha()):
            break  # no word further back, or a letter outside ASCII goes on with this one
        out.append(n - end)
    out.reverse()
    return out


def scan_words(text: str, vocabulary: frozenset[str]) -> list[tuple[int, str]]:
    """(start, word) of every word of ``text`` in ``vocabulary``, in text order.

    One pass over the words serves every step that anchors patterns on words. A word
    is a maximal run of ASCII letters (``[A-Za-z]+``, case kept): any other character,
    a digit, "_" or a letter outside ASCII, ends one. The text is read as bytes, one per
    character (``encode`` with ``errors="replace"`` writes one "?" for each character
    outside ASCII), every byte but a letter becomes a space, and the words between the
    spaces are looked up in a set. A found word is then found in the bytes, between
    spaces, after the one found before it: no word between them is in the vocabulary,
    so its first such place is its own. Measured on BBC articles, about a third cheaper
    than the trie after a non-letter that did it before (``WordStarts``).

    Example:
        >>> scan_words("He said no.", frozenset({"said"}))
        [(3, 'said')]
        >>> scan_words("éSaid said_said2", frozenset({"said", "Said"}))
        [(1, 'Said'), (6, 'said'), (11, 'said')]
    """
    known = _spaced_words(vocabulary)
    # a space either side: every word lies between two spaces, and its start in ``text``
    # is the place of the space before it
    spaced = b" " + text.encode("ascii", "replace").translate(_LETTERS_KEPT) + b" "
    out: list[tuple[int, str]] = []
    at = 0
    # ``filter`` calls the set test itself: a third fewer C calls a word than feeding
    # ``map``'s answers to ``itertools.compress`` (counted alone: 3.4M of 82M instructions
    # on the 200 articles of the steady state)
    for found in filter(known.__contains__, spaced.split()):
        word, pattern = known[found]
        at = spaced.find(pattern, at)
        out.append((at, word))
        at += len(word)
    return out


#: a ``bytes.translate`` table keeping the ASCII letters and turning every other byte
#: into a space
_LETTERS_KEPT = bytes(b if chr(b).isascii() and chr(b).isalpha() else ord(" ") for b in range(256))


@functools.lru_cache(maxsize=8)
def _spaced_words(vocabulary: frozenset[str]) -> dict[bytes, tuple[str, bytes]]:
    """The vocabulary's words that can be a whole ``[A-Za-z]+`` word, by their bytes:
    each word and its bytes between two spaces (what :func:`scan_words` finds)."""
    return {
        w.encode("ascii"): (w, b" " + w.encode("ascii") + b" ")
        for w in vocabulary
        if _WORD.fullmatch(w)
    }


class CueIndex:
    """Every cue of a text, found once; ranges are then answered by bisection.

    Scanning words and anchoring :data:`CUE_RE` only where a cue verb starts is
    about ten times faster than running the large alternation over the text.
    ``words`` are the (start, word) pairs of a scan shared with other steps
    (see :func:`scan_words`); words that open no cue are skipped.

    Example:
        >>> idx = CueIndex("He said it. She has not confirmed it.")
        >>> [m.group(0) for m in idx.between(0, 40)]
        ['said', 'has not confirmed']
    """

    def __init__(self, text: str, words: list[tuple[int, str]] | None = None) -> None:
        self.matches: list[re.Match[str]] = []
        last_end = 0
        first = _FIRST_WORDS
        keyed = _KEYED_WORDS
        backwards: str | None = None  # the text reversed, for the prefix words before a cue
        if words is None:
            words = scan_words(text, CUE_SCAN_WORDS)
        for start, word in words:
            if word not in first:
                pairs = keyed.get(word)
                if pairs is None:
                    continue
                # a key word: the short first word it stands for ("words": "in", "In")
                found = _keyed_start(text, start, pairs)
                if found is None:
                    continue
                start, word = found
            if start < last_end:
                continue
            rests = _FORM_REST_RES.get(word)
            if rests is not None and rests.match(text, start + len(word)) is None:
                continue  # "in" not going on "the words of": no form opening with it here
            m = None
            if backwards is None:
                backwards = text[::-1]
            for aux_start in _prefix_starts(text, start, last_end, backwards):
                m = CUE_RE.match(text, aux_start)
                if m is not None and m.start("verb") == start:
                    break
                m = None
            if m is None:
                # ``word`` is a whole word (the scan stops at letters either side)
                m = (CUE_RE if word in _AUX_OPENERS else _BARE_CUE_RE).match(text, start)
            if m is not None:
                self.matches.append(m)
                last_end = m.end()
        self.starts = [m.start() for m in self.matches]
        #: the cues never overlap (each starts at or after the last one's end), so their
        #: ends rise with their starts and bisect as well
        self.ends = [m.end() for m in self.matches]

    def between(self, lo: int, hi: int) -> list[re.Match[str]]:
        """Cues lying inside ``[lo, hi)``, in text order: from the first starting at ``lo``
        or later up to the first ending after ``hi``."""
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_right(self.ends, hi)
        # a comparison, not ``max``: ``max`` parses its arguments, several times the cost
        # of this call's other work (it runs for every unit, claim and content)
        return self.matches[i : j if j > i else i]

    def any_between(self, lo: int, hi: int) -> bool:
        """Whether some cue lies inside ``[lo, hi)``."""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.matches) and self.matches[i].end() <= hi
