"""Cue verbs whose content is not what follows them, read once every claim is drafted.

- "someone as wealthy as Mr. Trump [claims] to be", "richer than he [says]": a report
  standing as the second term of a comparison leaves its content out (the degree is
  the first term's), so it gives no claim;
- "a tax that voters would [reject] if they understood it", "the working class --
  [dismissed] so often as myopic": a denial verb with its object before it (a
  relative's antecedent, a passive's subject) denies nothing after it;
- "enough delegates to [claim] the nomination", "from [claiming] the nomination": a
  hedge verb's base or -ing form before a prize takes it (a finite "claimed the
  nomination" announces the win and stays a hedge);
- "Wenger [claimed] their display in the 3-1 defeat against Bayern Munich was our worst":
  a possessive object that goes on with prepositional phrases to a finite verb is a
  clause's subject, not a thing claimed ("claimed their seats in the Senate");
- "used technology to [claim] credit for the attacks": after a bare "to" a hedge verb
  makes a claim only with an object that is itself a claim of fact (credit, victory);
- "her husband's peccadilloes and [alleged] peccadilloes": after a coordinator and
  before a bare noun an adjective cue form is attributive, as after "the", not a
  second verb of the clause's subject ("and alleged that ...", "and alleged a plot").

The words come from the cue lexicon (``provenance/lexicon/data/<lang>/cues.yaml``).
"""

from __future__ import annotations

import functools
import re

from provenance.enums import DENIED as _DENIED
from provenance.enums import HEDGED as _HEDGED
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.text.wordlists import alternation
from provenance.extractors.text.wordscan import folds_apart
from provenance.lexicon.cues import CueLexicon, cue_lexicon

__all__ = [
    "attributive_form",
    "compared_report",
    "infinitive_claim",
    "long_subject_clause",
    "object_before",
    "prospective_thing",
]

#: a word of letters, maybe hyphenated ("well-known"); a dash alone is none
_WORD = r"[A-Za-z][\w-]*"
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
_LAST_WORD = re.compile(r"([A-Za-z]+)\s*$")


def compared_report(text: str, cue_start: int, lex: CueLexicon) -> bool:
    """Whether a report's subject (before ``cue_start``) opens the second term of a comparison.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "someone as wealthy as Mr. Trump claims to be"
        >>> compared_report(text, text.index("claims"), lex)
        True
        >>> text = "As soon as he said it, the room fell silent."
        >>> compared_report(text, text.index("said"), lex)
        False
    """
    lo = cue_start - 80 if cue_start > 80 else 0  # a comparison: ``max`` costs a call
    # the patterns need two equative markers or a comparative one: most windows hold
    # neither even as a part of a word ("has", "was"), a cheaper test than the patterns
    window = text[lo:cue_start]
    low = window.lower()
    # each marker is followed by whitespace; in a printable window that is a space (every
    # other whitespace character is unprintable): "last", "Nasa's" then count for nothing
    space = " " if window.isprintable() else ""
    markers = 0
    for w in lex.equative_markers:  # loops, not generators: this runs for every cue
        markers += low.count(w + space)
    equals = markers >= 2 or folds_apart(window)
    if not equals:
        for w in lex.comparative_markers:  # may_hold_any, its fold test done just above
            if w + space in low or not (w.isascii() and w.islower()):
                break
        else:
            return False
    equative, comparative = _comparison_before(lex.language)
    if equals and (m := equative.search(text, lo, cue_start)) is not None:
        return m.group("word").lower() not in lex.comparison_exceptions
    if (m := comparative.search(text, lo, cue_start)) is None:
        return False
    word = m.group("word").lower()
    if word in lex.comparison_exceptions or word in lex.comparative_quantifiers:
        return False  # "rather than", "more than half of voters say": a quantity
    # "richer than", "more popular than"
    return word.endswith("er") or (m.group("before") or "").lower() in lex.comparative_quantifiers


@functools.cache
def _comparison_before(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lex = cue_lexicon(language)
    eq = alternation(lex.equative_markers)
    comp = alternation(lex.comparative_markers)
    # the report's subject and auxiliaries: one to five words, each starting with a letter
    subject = r"(?:[A-Za-z][\w.’'-]*\s+){1,5}"
    return (
        # "as wealthy as [Mr. Trump]", "as politically popular as [he has]"
        re.compile(rf"\b(?i:{eq})\s+(?:{_WORD}\s+)?(?P<word>{_WORD})\s+(?i:{eq})\s+{subject}$"),
        re.compile(rf"(?:\b(?P<before>{_WORD})\s+)?\b(?P<word>{_WORD})\s+(?i:{comp})\s+{subject}$"),
    )


def object_before(text: str, d: Draft, lex: CueLexicon) -> bool:
    """Whether a denial verb's object stands before it, so that it denies nothing after it.

    A subordinator right after the verb ("would reject if"), or, when the text names no
    one who denies, "as" after a bare participle ("dismissed so often as myopic").

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "a tax that voters would reject if they understood it"
        >>> d = Draft(31, 52, Attribution.INDIRECT, ClaimStatus.DENIED, 11, 17)
        >>> d.cue, d.cue_start, d.cue_end = "would reject", 18, 30
        >>> object_before(text, d, cue_lexicon("en"))
        True
    """
    if d.status is not _DENIED or d.cue is None or d.cue_end is None:
        return False
    after = _WORD_AFTER.match(text, d.cue_end)
    if after is None:
        return False
    if after.group(1).lower() in lex.object_gap_subordinators:
        return True
    if d.source_start is not None or d.inherit is not None or " " in d.cue.strip():
        return False
    if not d.cue.lower().endswith(tuple(lex.past_endings)):
        return False
    return _label_after(text, d.cue_end, lex)


#: a few words after a cue: adverbs, then maybe "as"
_WORDS_AFTER = re.compile(r"\s+([A-Za-z]+)")


def _label_after(text: str, end: int, lex: CueLexicon) -> bool:
    """Whether "as" follows ``end`` after three adverbs at most ("so often as myopic")."""
    adverbs = _adverbs(lex.language)
    for _ in range(4):
        m = _WORDS_AFTER.match(text, end)
        if m is None:
            return False
        word = m.group(1).lower()
        if word in lex.object_gap_labels:
            return True
        if word not in adverbs and not word.endswith("ly"):
            return False
        end = m.end()
    return False


@functools.cache
def _adverbs(language: str) -> frozenset[str]:
    lex = cue_lexicon(language)
    return frozenset(w.lower() for w in (*lex.adverbs, *lex.degree_adverbs))


def prospective_thing(text: str, d: Draft, lex: CueLexicon) -> bool:
    """Whether a hedge verb's base or -ing form takes a prize ("to claim the nomination").

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "stop him from claiming the Republican nomination"
        >>> d = Draft(24, 48, Attribution.NARRATOR, ClaimStatus.HEDGED)
        >>> d.cue, d.cue_start, d.cue_end = "claiming", 14, 22
        >>> prospective_thing(text, d, lex)
        True
        >>> text = "Trump officially claimed the nomination"
        >>> d.cue, d.cue_start, d.cue_end = "officially claimed", 6, 24
        >>> prospective_thing(text, d, lex)
        False
    """
    if d.status is not _HEDGED or d.cue is None or d.cue_end is None:
        return False
    last = _LAST_WORD.search(d.cue)
    if last is None:
        return False
    form = last.group(1).lower()
    try:
        verb = lex.verb(form)
    except KeyError:
        return False
    if verb.lemma not in lex.thing_lemmas or not (form == verb.lemma or form.endswith("ing")):
        return False
    return _prize_after(lex.language).match(text, d.cue_end) is not None


@functools.cache
def _prize_after(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    dets = alternation(lex.indirect_object_determiners)
    comp = alternation(lex.complementizers)
    heads = alternation(lex.prospective_thing_heads)
    # the determiner and up to two modifiers: "the Republican nomination", "the GOP
    # nomination"; not a clause ("claiming that the nomination is his")
    return re.compile(
        rf"\s+(?:(?:{dets})\s+)?(?:(?!(?:{comp}|{dets})\b)[\w.-]+\s+){{0,2}}?(?:{heads})\b",
        re.IGNORECASE,
    )


def attributive_form(text: str, form: str, form_end: int, lex: CueLexicon) -> bool:
    """Whether an adjective cue form ("alleged") goes on with a bare noun, as an attribute.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "affairs and alleged peccadilloes"
        >>> attributive_form(text, "alleged", text.index(" pecc"), lex)
        True
        >>> text = "denied it and alleged that she lied"
        >>> attributive_form(text, "alleged", text.index(" that"), lex)
        False
    """
    if form.lower() not in _adjective_forms(lex.language):
        return False
    after = _WORD_AFTER.match(text, form_end)
    if after is None or not after.group(1).islower():
        return False
    return after.group(1) not in _verb_followers(lex.language)


@functools.cache
def _adjective_forms(language: str) -> frozenset[str]:
    return frozenset(f.lower() for a in cue_lexicon(language).adjectives for f in a.forms)


@functools.cache
def _verb_followers(language: str) -> frozenset[str]:
    """Words after which a form is a verb: a complementizer, a determiner, a preposition."""
    lex = cue_lexicon(language)
    return frozenset(
        w.lower()
        for w in (
            *lex.complementizers,
            *lex.attributive_after,
            *lex.indirect_object_determiners,
            *lex.zero_that_subjects,
            *lex.indirect_objects,
        )
    )


def infinitive_claim(text: str, verb_start: int, verb_end: int, lex: CueLexicon) -> bool:
    """Whether a hedge base form after a bare "to" takes a claim of fact ("to claim credit")
    or a clause ("to claim the vote was rigged").

    Not after a negating auxiliary ("declined to claim victory" claims nothing).

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "used technology to claim credit for the attacks"
        >>> infinitive_claim(text, 19, 24, lex)
        True
        >>> text = "enough delegates to claim the nomination"
        >>> infinitive_claim(text, 20, 25, lex)
        False
    """
    from provenance.extractors.claims.cues import cue_grammar

    to = _infinitive_before(lex.language).search(text, max(0, verb_start - 60), verb_start)
    if to is None:
        return False
    lead = " ".join(text[max(0, to.start() - 30) : to.end()].split()).lower()
    if any(lead.endswith(" ".join(a.split())) for a in lex.negating_auxiliaries):
        return False
    if cue_grammar(lex.language).claimed_object_re.match(text, verb_end) is not None:
        return True
    from provenance.extractors.claims.infinitive_clauses import infinitive_clause

    # "invoked the polls to claim [his rival's deficits were not permanent]": a clause
    return infinitive_clause(text, text[verb_start:verb_end], verb_end, lex)


@functools.cache
def _infinitive_before(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    markers = alternation(lex.infinitive_markers)
    adverbs = alternation(lex.adverbs)
    return re.compile(rf"\b(?:{markers})\s+(?:(?:{adverbs})\s+){{0,2}}$", re.IGNORECASE)


def long_subject_clause(body: str, lex: CueLexicon) -> bool:
    """Whether ``body`` opens with a noun phrase, prepositional phrases and a finite verb.

    The subject of a zero-"that" clause after a hedge verb may run on past the few words
    a plain clause test reads: "claimed [their display in the 3-1 defeat against Bayern
    Munich] was ...". A relative pronoun or a clause stop ends the search.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> long_subject_clause("their display in the defeat against Bayern was poor", lex)
        True
        >>> long_subject_clause("their seats in the Senate that were at stake", lex)
        False
        >>> long_subject_clause("residency in Ireland. It's easy to be cynical", lex)
        False
    """
    return _long_subject(lex.language).match(body) is not None


@functools.cache
def _long_subject(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    preps = "|".join(
        re.escape(w) for w in sorted({*lex.head_prepositions, *lex.relative_prepositions})
    )
    stops = "|".join(
        re.escape(w)
        for w in sorted({*lex.relative_pronouns, *lex.complementizers, *lex.coordinators})
    )
    # finite forms only: "be" and "been" need an auxiliary before them
    finite = sorted(lex.finite_auxiliaries - {"be", "been"}, key=len, reverse=True)
    aux = "|".join(re.escape(w) for w in finite)
    # a word within the sentence: no stop or comma after it
    word = rf"(?!(?:{stops}|{aux})\b)[\w’'-]+\s+"
    # the head noun phrase (up to four words), then one or two prepositional phrases
    return re.compile(
        rf"(?:{word}){{1,4}}(?:(?:{preps})\s+(?:{word}){{1,4}}){{1,2}}(?:{aux})\b",
        re.IGNORECASE,
    )
