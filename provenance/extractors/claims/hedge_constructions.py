"""Constructions that decide whether a hedge noun or verb reports a claim.

- "the claims of [some GOP candidates]": after a definite article and before a
  determiner, "of" names the claimant, not the claim ("the allegations of
  [harassment]" keep their content; a possessive or a bare noun takes its content
  after "of": "North Korea's claims about [the test]", "with claims of [sexual
  abuse]"); after a right's kind there is no claim of fact at all ("injury claims
  of former workers", "territorial claims about the islands");
- a hedge form before "of" is a noun even where a verb rule read it ("Amid claims of
  [fraud], he resigned": no verb "claim" takes "of");
- a hedge verb form that can only be a noun where it stands: after an auxiliary
  ("Taiwan have claims in the area": no auxiliary takes a third-person "-s"
  form), after a possessive in its base form ("Clinton's claim on this is") or
  ending its clause ("because of Pagliano's Fifth Amendment claims, ...");
- "a claim that [originated in] a deposition": a past form and a preposition right
  after "that" have no subject, so "that" is a relative pronoun, not a content's;
- "she insisted that the first lady [go] to the hospital": a singular subject with a
  bare verb after "insist that" is a demand (the mandative subjunctive), not a claim;
- "called him driven and [asserted] that ...": a form after a coordinator and before
  a complementizer is a verb, not an attributive adjective ("and alleged fraud");
- "Megyn Kelly, who he [claims] has been unfair", "which Will [claims] affirmed the
  belief": a relative pronoun, a subject, the verb, then a finite verb: the relative
  stands for the embedded clause's subject, and the rest is the content;
- a subject pronoun right after a hedge verb opens its content clause ("women who
  claim [he assaulted them]": "he" is never an object);
- an adjunct between a hedge verb and its "that" ("he insisted at an Indiana rally
  Wednesday that [he is still in the race]");
- a hedge verb after its content ("[There is no chance of violence], officials
  insist, because ...", "“[France is no longer France],” he claimed.").

The words come from the cue lexicon (``provenance/lexicon/data/<lang>/cues.yaml``).
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.text.wordlists import alternation as _alt
from provenance.lexicon.cues import CueLexicon, cue_lexicon

__all__ = [
    "adjunct_that",
    "claimant_of",
    "coordinated_verb",
    "mandative",
    "noun_of_content",
    "noun_reading",
    "postposed_content",
    "pronoun_clause",
    "relative_that",
    "subject_gap",
]

_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
#: the noun, its preposition and the word after it: "claims of [some]"
_OF_WORD = re.compile(r"[A-Za-z]+\s+[a-z]+\s+([A-Za-z]+)")


@functools.cache
def _target_of_word(prepositions: frozenset[str]) -> re.Pattern[str]:
    """The word after a noun cue's claimant preposition past its target ("the
    allegations against the mayor of [bribery]")."""
    return re.compile(rf"[A-Za-z]+\s+[^,.;:]{{0,80}}?\b(?:{_alt(prepositions)})\s+([A-Za-z]+)")


_WORDS = re.compile(r"[A-Za-z'’]+")
#: the word right after a noun cue ("allegations [against] ...")
_TARGET = re.compile(r"[A-Za-z]+\s+([a-z]+)")
#: a possessive right before the form: "Clinton's claim", "its claims"
_POSSESSIVE_BEFORE = re.compile(r"[A-Za-z]['’]s?\s+$")
#: a possessive then up to three capitalized words: "Pagliano's Fifth Amendment "
_POSSESSIVE_NAMES = re.compile(r"[A-Za-z]['’]s?\s+(?:[A-Z][\w-]*\s+){1,3}$")
_CLAUSE_STOP = re.compile(r"[,.;:)]")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
_PREPOSITION_AFTER = re.compile(r"\s+([A-Za-z]+)\s+")


def _follows(lex: CueLexicon, form: str) -> tuple[str, ...]:
    """The words after which a noun cue form is read as one ("claim" + "that")."""
    try:
        return lex.noun(form).follows
    except KeyError:
        return ()


def claimant_of(text: str, noun_start: int, follow: str, lex: CueLexicon) -> bool:
    """Whether a noun cue's "of" names its claimant: "the claims of some GOP candidates".

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "contrary to the claims of some candidates"
        >>> claimant_of(text, text.index("claims"), "of", cue_lexicon("en"))
        True
        >>> text = "amid claims of fraud"
        >>> claimant_of(text, text.index("claims"), "of", cue_lexicon("en"))
        False
        >>> text = "the allegations of harassment"
        >>> claimant_of(text, text.index("allegations"), "of", cue_lexicon("en"))
        False
        >>> text = "faces injury claims of former workers"
        >>> claimant_of(text, text.index("claims"), "of", cue_lexicon("en"))
        True
    """
    before = _WORD_BEFORE.search(text, max(0, noun_start - 20), noun_start)
    if (
        before is not None
        and before.group(1).lower() in lex.entitlement_modifiers
        and follow not in lex.complementizers
    ):
        return True  # "injury claims of former workers": a right claimed, by its holders
    if follow not in lex.claimant_prepositions:
        return False
    if before is None or before.group(1).lower() not in lex.claimant_determiners:
        return False
    after = _OF_WORD.match(text, noun_start)
    if (
        after is not None
        and after.group(1).lower() in lex.claimant_openers
        and (target := _TARGET.match(text, noun_start)) is not None
        and target.group(1).lower() in lex.target_prepositions
    ):
        # "the allegations against [the] mayor of bribery": the target's determiner, not
        # the claimant's; the word after the preposition past the target decides
        after = _target_of_word(lex.claimant_prepositions).match(text, noun_start)
    return after is not None and after.group(1).lower() in lex.claimant_openers


def noun_reading(text: str, cue_start: int, cue_end: int, lex: CueLexicon) -> bool:
    """Whether a hedge cue's verb form can only be a noun where it stands.

    ``[cue_start, cue_end)`` is the cue with its auxiliaries ("have claims"); its
    last word is the verb form.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "Vietnam and Taiwan have claims in the area."
        >>> noun_reading(text, text.index("have"), text.index(" in"), lex)
        True
        >>> text = "Taiwan has claimed the area."
        >>> noun_reading(text, text.index("has"), text.index(" the"), lex)
        False
    """
    words = _WORDS.findall(text, cue_start, cue_end)
    if not words:
        return False
    form = words[-1]
    try:
        verb = lex.verb(form)
    except KeyError:
        return False
    base = form.lower() == verb.forms[0]
    third_person = not base and _third_person(form.lower(), lex)
    if third_person and any(w.lower() in lex.finite_auxiliaries for w in words[:-1]):
        return True  # "have claims", "has claims": a noun after an auxiliary
    if len(words) > 1:
        return False
    after = _WORD_AFTER.match(text, cue_end)
    if after is not None and after.group(1).lower() in _follows(lex, form):
        return False  # "Trump's claim that ...": a noun cue, and a hedge
    lead = text[max(0, cue_start - 60) : cue_start]
    if base and _POSSESSIVE_BEFORE.search(lead):
        return True  # "Clinton's claim on this": a base form after a possessive
    stop = _CLAUSE_STOP.match(text, cue_end)
    return (
        (base or third_person)
        and stop is not None
        and bool(_POSSESSIVE_BEFORE.search(lead) or _POSSESSIVE_NAMES.search(lead))
    )  # "of Pagliano's Fifth Amendment claims, prosecutors ..."


@functools.cache
def _adjunct_re(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    days = _alt(lex.noun_adjuncts)
    comp = _alt(lex.complementizers)
    # the adjunct holds no verb of its own ("insisted in a statement that")
    word = rf"(?:\s+(?!(?:{_alt(lex.finite_auxiliaries)}|{comp})\b)\w[\w’'.-]*)"
    return re.compile(
        rf"(?:\s+(?:(?:{days})|(?:{_alt(lex.noun_adjunct_prepositions)}){word}{{1,6}}?)"
        rf"(?:\s+(?:{days}))?,?"
        # an aside between dashes or commas: "alleging - again falsely - that",
        # "continues to insist, most recently in an interview, that"
        rf"|\s+[-–—]{{1,2}}{word}{{1,6}}?\s+[-–—]{{1,2}}|,{word}{{1,8}}?,)"
        rf"\s+(?:{comp})\s+"
    )


def adjunct_that(text: str, verb_end: int, limit: int, lex: CueLexicon) -> int | None:
    """Where a content starts after an adjunct and "that", or ``None``.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "he insisted at a rally Wednesday that he is still in the race"
        >>> text[adjunct_that(text, text.index(" at"), len(text), cue_lexicon("en")) :]
        'he is still in the race'
    """
    m = _adjunct_re(lex.language).match(text, verb_end, limit)
    if m is None:
        return None
    first = _WORD_AFTER.match(text, m.end() - 1)
    word = first.group(1) if first is not None else None
    if word in lex.zero_that_verbs or word in lex.noun_followers:
        return None  # "in a statement that was released": a relative clause
    return m.end()


_COMMA_BEFORE = re.compile(r"(?P<q>[”\"])?\s*,\s*(?(q)|)$|,\s*(?P<q2>[”\"])\s*$")
_CLAUSE_START = re.compile(r".*(?:[.;:!?]\s|[“\"]|\A)", re.DOTALL)


def postposed_content(text: str, unit_start: int, subject_start: int) -> tuple[int, int] | None:
    """The content before a postposed "X, officials insist" or "“X,” he claimed", or ``None``.

    ``subject_start`` is where the hedge verb's subject starts; the content is the
    clause (or the quotation) that ends with a comma right before it.

    Example:
        >>> text = "There is no chance of violence, officials insist, because"
        >>> s, e = postposed_content(text, 0, text.index("officials"))
        >>> text[s:e]
        'There is no chance of violence'
    """
    lead = text[unit_start:subject_start]
    m = _COMMA_BEFORE.search(lead)
    if m is None:
        return None
    end = unit_start + m.start()
    start_m = _CLAUSE_START.match(text, unit_start, end)
    start = start_m.end() if start_m is not None else unit_start
    while start < end and text[start] in " \t\n":
        start += 1
    return (start, end) if end - start >= 3 else None


@functools.cache
def _pronoun_clause_re(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    return re.compile(rf"(?:{_alt(lex.zero_that_subjects)})\s+[a-z]")


def pronoun_clause(text: str, start: int, lex: CueLexicon) -> bool:
    """Whether a content opens with a subject pronoun and a verb: "claim [he assaulted them]".

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "women who claim he assaulted them"
        >>> pronoun_clause(text, text.index("he"), cue_lexicon("en"))
        True
        >>> text = "claiming his seat"
        >>> pronoun_clause(text, text.index("his"), cue_lexicon("en"))
        False
    """
    return _pronoun_clause_re(lex.language).match(text, start) is not None


_WORD_THEN_WORD = re.compile(r"([a-z]+)\s+([a-z]+)\b")


def _third_person(word: str, lex: CueLexicon) -> bool:
    """Whether a lower-case word has the third-person (or plural) ending: "claims", not "press"."""
    return word.endswith(lex.third_person_endings) and not word.endswith(lex.not_third_person)


def relative_that(text: str, content_start: int, lex: CueLexicon) -> bool:
    """Whether the words after a noun cue's "that" are a relative clause's verb and preposition.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "a claim that originated in a deposition"
        >>> relative_that(text, text.index("originated"), cue_lexicon("en"))
        True
        >>> text = "claims that armed men attacked"
        >>> relative_that(text, text.index("armed"), cue_lexicon("en"))
        False
    """
    m = _WORD_THEN_WORD.match(text, content_start)
    return (
        m is not None
        and m.group(1).endswith(lex.past_endings)
        and m.group(2) in lex.relative_prepositions
    )


_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|[.,;:]")


def mandative(after: str, lex: CueLexicon) -> bool:
    """Whether the words after a cue are a "that" clause in the mandative subjunctive.

    "insisted that the first lady go to", "insists that he resign.": a third-person
    singular subject, then a bare verb (neither "-s" nor past) before a preposition,
    a determiner, a pronoun or the clause end, makes a demand. A plural subject
    ("that the senators go") cannot tell and is left a claim, and so is any clause
    where a past or finite form comes first ("that the first lady knew nothing").

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> mandative(" that the first lady go to the hospital", lex)
        True
        >>> mandative(" that the first lady went to the hospital", lex)
        False
        >>> mandative(" that the report was false", lex)
        False
        >>> mandative(" that the talks be held in public", lex)
        True
        >>> mandative(" that the annual investment in water was central", lex)
        False
        >>> mandative(" that his legal work with Tods Murray did not influence it", lex)
        False
    """
    m = re.match(r"\s*that\s+", after)
    if m is None:
        return False
    clause = _TOKEN.findall(after, m.end())[:16]
    tokens = clause[:7]
    if not tokens:
        return False
    first = tokens[0]
    if first.lower() in lex.mandative_pronouns:
        lengths: range = range(1, 2)
    elif first.lower() in lex.mandative_determiners:
        lengths = range(2, 5)
    elif first[:1].isupper():
        lengths = range(1, 5)  # "that Prime Minister Zoran Milic resign"
    else:
        return False
    followers = lex.mandative_followers
    for n in lengths:
        if n >= len(tokens):
            return False
        subject, verb = tokens[:n], tokens[n]
        if not verb.isalpha() or not verb.islower():
            if verb[:1].isupper() and first[:1].isupper():
                continue  # the name goes on: "that Prime Minister Zoran Milic resign"
            return False
        if n > 1 and verb.endswith(lex.noun_endings):
            continue  # "that the annual investment in ... was": the subject goes on
        if not _bare(verb, lex):
            return False  # a finite or past form, or no verb at all: an indicative clause
        nxt = tokens[n + 1].lower() if n + 1 < len(tokens) else "."
        if verb == "be":
            return True  # "that the talks be held": subjunctive whatever the number
        if nxt in followers or nxt in ".,;:":
            if n > 1 and _finite_later(clause[n + 1 :], lex):
                return False  # "that his legal work with X did not": "work" is a noun
            head = subject[-1]
            # a plural subject takes a bare verb in the indicative too ("the senators go")
            return n == 1 or not _third_person(head, lex)
    return False


def _finite_later(tokens: list[str], lex: CueLexicon) -> bool:
    """Whether a finite auxiliary comes before the clause ends (a stop, a relative, "and")."""
    ends = {*lex.relative_pronouns, *lex.coordinators, *lex.object_gap_subordinators}
    for token in tokens:
        low = token.lower()
        if low in ".,;:" or low in ends:
            return False
        if low in lex.finite_auxiliaries:
            return True
    return False


def _bare(word: str, lex: CueLexicon) -> bool:
    """Whether a lower-case word may be a bare verb: no "-s", "-ed", past form or function word."""
    if word == "be":
        return True
    return not (
        _third_person(word, lex)
        or word.endswith((*lex.past_endings, *lex.non_verb_endings))
        or word in lex.finite_auxiliaries
        or word in lex.irregular_pasts
        or word in lex.mandative_stops
    )


@functools.cache
def _complementizer_re(language: str) -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_alt(cue_lexicon(language).complementizers)})\s")


def coordinated_verb(text: str, word_before: str, verb_end: int, lex: CueLexicon) -> bool:
    """Whether a cue form after a coordinator and before a complementizer is a verb.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "called him driven and asserted that it works"
        >>> coordinated_verb(text, "and", text.index(" that"), cue_lexicon("en"))
        True
        >>> text = "bribes and alleged fraud"
        >>> coordinated_verb(text, "and", text.index(" fraud"), cue_lexicon("en"))
        False
    """
    return word_before.lower() in lex.coordinators and bool(
        _complementizer_re(lex.language).match(text, verb_end)
    )


@functools.cache
def _gap_before_re(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    # ... or "it", standing for a group or a body ("what it claims are military targets")
    pronouns = _alt((*lex.zero_that_subjects, *lex.zero_that_thing_subjects))
    subjects = rf"(?:{pronouns}|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})"
    # a free relative too: "what he claims is a crackdown"
    relatives = _alt((*lex.relative_pronouns, *lex.free_relative_pronouns))
    return re.compile(rf"\b(?:{relatives})\s+{subjects}\s+$")


def subject_gap(text: str, verb_start: int, verb_end: int, lex: CueLexicon) -> bool:
    """Whether a cue verb stands in "who he claims has been", "which Will claims affirmed".

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "Megyn Kelly, who he claims has been unfair to him"
        >>> subject_gap(text, text.index("claims"), text.index(" has"), cue_lexicon("en"))
        True
        >>> text = "Kelly, who claims the network has been unfair"
        >>> subject_gap(text, text.index("claims"), text.index(" the"), cue_lexicon("en"))
        False
    """
    lead = max(0, verb_start - 50)
    named = _gap_before_re(lex.language).search(text, lead, verb_start) is not None
    if not named and _noun_gap_before_re(lex.language).search(text, lead, verb_start) is None:
        return False
    nxt = _WORD_AFTER.match(text, verb_end)
    if nxt is None:
        return False
    word = nxt.group(1)
    if (
        not named
        and text[verb_start:verb_end].endswith(lex.third_person_endings)
        and (word not in lex.finite_auxiliaries or word in lex.plural_finite_auxiliaries)
    ):
        # "that opposition claims are false", "that jobless claims increased": a noun and
        # its verb; only a singular auxiliary makes the "-s" form a verb ("which the
        # minister claims is fair")
        return False
    return word in lex.finite_auxiliaries or (
        word.islower() and word.endswith((*lex.past_endings, *lex.third_person_endings))
    )


@functools.cache
def _noun_gap_before_re(language: str) -> re.Pattern[str]:
    """A relative pronoun and a common noun subject: "which critics", "that the minister"."""
    lex = cue_lexicon(language)
    dets = _alt(lex.subject_determiners)
    stops = _alt({*lex.relative_pronouns, *lex.subject_pronouns, *lex.not_in_noun_phrase})
    word = rf"(?!(?:{stops})\b)[a-z][\w-]*"
    # a determiner and one or two words, or a bare plural ("which critics claim is unfair")
    subject = rf"(?:(?:{dets})\s+{word}(?:\s+{word})?|{word}s)"
    relatives = _alt((*lex.relative_pronouns, *lex.free_relative_pronouns))
    return re.compile(rf"\b(?:{relatives})\s+{subject}\s+$")


def noun_of_content(
    text: str, cue_start: int, cue_end: int, lex: CueLexicon
) -> tuple[int, int] | None:
    """The content of a noun cue form read as a verb before "of" ("Amid claims of fraud").

    ``None`` when the cue is no noun form or no claimant preposition follows it.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "Amid claims of fraud, he resigned."
        >>> s, e = noun_of_content(text, 5, 11, cue_lexicon("en"))
        >>> text[s:e]
        'fraud'
    """
    form = text[cue_start:cue_end]
    if form.lower() not in lex.noun_forms:
        return None
    m = _PREPOSITION_AFTER.match(text, cue_end)
    if m is None or m.group(1).lower() not in lex.claimant_prepositions:
        return None
    start = m.end()
    stop = _CLAUSE_STOP.search(text, start)
    end = stop.start() if stop is not None else len(text)
    from provenance.extractors.claims.constructions import noun_phrase_end

    end = noun_phrase_end(text, start, end, lex)
    return (start, end) if end - start >= 3 else None
