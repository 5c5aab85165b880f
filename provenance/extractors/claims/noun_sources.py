"""Who makes a noun cue's claim when no "by" agent or named possessor does, and where the
content of a noun cue that is the sentence's subject ends.

* a possessive pronoun: "his denial that ...", "their claims of fraud";
* a source noun with a possessive ending: "the ministry's denial that ...", "Tulsa
  police's earlier claim that ..." (a name's, "Smith's claim", is read before);
* the subject of a light verb taking the noun as its object: "The ministry issued a flat
  denial that ...", "Smith made the claim that ...", "the firm stood by its claim that";
* the main clause's source, after an adjunct opening the sentence with the noun: "In a
  denial of the report, the ministry said ...", or in an adjunct right after its verb cue:
  "the ministry said in a denial of the report that ...";
* none, when the noun stands in an adjunct between a verb cue and the content both read:
  "The Kremlin said in a denial that ...", "said in a statement that ..." make one claim,
  the verb's (:func:`verb_channel`);
* "His denial that he had met the envoy was swift": the noun cue is the subject, so its
  "that" clause ends before the sentence's own verb ("was swift"), not at the period.

The words are the cue lexicon's (``possessives``, ``light_noun_verbs``,
``fronted_noun_prepositions``, ``subject_determiners`` and the verb classes); the
functions are pure and read only the text, its unit and the verb cues' drafts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.subjects import find_subject, is_head
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon.cues import CueLexicon, cue_lexicon

__all__ = [
    "main_verb_cut",
    "noun_source",
    "period_after_that",
    "subject_content_end",
    "verb_channel",
]

#: Most characters of a lead read before a noun cue.
_REACH = 80
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass(frozen=True, slots=True)
class _Leads:
    """The patterns of the text before a noun cue, from the lexicon."""

    #: "his (repeated) " right before the noun
    possessive: re.Pattern[str]
    #: "the ministry's (earlier) " right before the noun: a source noun owns the claim
    owner: re.Pattern[str]
    #: "issued a flat " right before the noun: the verb's subject makes the claim
    light: re.Pattern[str]
    #: "In a " from the unit's start: an adjunct before the main clause
    fronted: re.Pattern[str]
    #: " in a (flat) " between a verb cue and the noun: the adjunct of the verb's report
    medial: re.Pattern[str]
    #: "His ", "The ", "Moscow's " from the unit's start: the noun phrase is the subject
    subject: re.Pattern[str]


@functools.cache
def _leads(language: str) -> _Leads:
    lex = cue_lexicon(language)
    dets = alternation(sorted(lex.subject_determiners | set(lex.possessives)))
    modifiers = r"(?:[a-z][\w-]*\s+){0,2}"
    return _Leads(
        re.compile(
            rf"(?<![\w'’])(?P<src>(?i:{alternation(lex.possessives)}))\s+(?:[a-z][\w-]*\s+)?$"
        ),
        re.compile(
            rf"(?<![\w'’])(?P<src>(?:(?i:{alternation(lex.definite_articles)})\s+)?"
            rf"(?:[A-Z][\w.-]*\s+){{0,3}}(?P<head>[a-z][\w-]*))"
            rf"(?:{alternation(lex.possessive_endings)})\s+(?:[a-z][\w-]*\s+)?$"
            if lex.definite_articles and lex.possessive_endings
            else "(?!)"
        ),
        re.compile(
            rf"(?<![\w'’])(?P<verb>{alternation(sorted(lex.light_noun_verbs))})\s+"
            rf"(?:(?:{dets})\s+){modifiers}$"
        ),
        re.compile(
            rf"\W*(?i:{alternation(sorted(lex.fronted_noun_prepositions))})\s+"
            rf"(?i:(?:{dets})\s+){modifiers}$"
        ),
        re.compile(
            rf"\s+(?:{alternation(sorted(lex.fronted_noun_prepositions))})\s+"
            rf"(?i:(?:{dets})\s+){modifiers}"
        ),
        re.compile(
            rf"[\s“\"‘']*(?:(?i:{dets})\s+|(?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*['’]s?\s+)?"
            rf"(?:[a-z][\w-]*\s+)?$"
        ),
    )


def noun_source(
    text: str, unit_start: int, noun_start: int, content_end: int, drafts: Sequence[Draft]
) -> tuple[int, int] | None:
    """The source span of the noun cue at ``noun_start`` read from what stands around it.

    ``unit_start`` is its sentence's start, ``content_end`` the end of its content and
    ``drafts`` the verb cues' claims (the main clause's source after a fronted adjunct).

    Example:
        >>> text = "The ministry issued a flat denial that troops crossed."
        >>> s, e = noun_source(text, 0, text.index("denial"), len(text) - 1, [])
        >>> text[s:e]
        'The ministry'
    """
    leads = _leads("en")
    floor = max(unit_start, noun_start - _REACH)
    lead = text[floor:noun_start]
    if (m := leads.possessive.search(lead)) is not None:
        return floor + m.start("src"), floor + m.end("src")
    if (
        ("'" in lead or "’" in lead)  # one C test: most leads hold no possessive
        and (m := leads.owner.search(lead)) is not None
        and is_head(m.group("head"))
    ):
        return floor + m.start("src"), floor + m.end("src")  # "the ministry's denial that"
    if (m := leads.light.search(lead)) is not None:
        return find_subject(text, unit_start, floor + m.start("verb"))
    if unit_start >= floor and leads.fronted.match(lead):
        return _main_source(text, content_end, drafts)
    return _verb_source(text, noun_start, drafts)


def _verb_source(text: str, noun_start: int, drafts: Sequence[Draft]) -> tuple[int, int] | None:
    """The source of the verb cue whose adjunct holds the noun ("[the Kremlin] said in a
    denial of the report that ...")."""
    for d in drafts:
        if (
            d.source_start is not None
            and d.source_end is not None
            and _in_adjunct(text, d, noun_start)
        ):
            return d.source_start, d.source_end
    return None


def _in_adjunct(text: str, d: Draft, noun_start: int) -> bool:
    """Whether the noun at ``noun_start`` opens an adjunct right after ``d``'s verb cue: a
    preposition of ``fronted_noun_prepositions``, a determiner, up to two modifiers ("said
    [in a] denial")."""
    return (
        d.cue_end is not None
        and d.cue_end < noun_start
        and _leads("en").medial.fullmatch(text, d.cue_end, noun_start) is not None
    )


_PERIOD = re.compile(r"([a-z]+)\b\s*(?:(that)\s+|[,.;:)]|$)")


def period_after_that(text: str, start: int) -> int | None:
    """Where a noun cue's content opens when its "that" is a demonstrative of a period.

    "The ministry issued a denial that morning, saying ...": "that" before a word of
    ``intro_periods`` or one ending in ``day_suffixes``, closed by a clause stop, is a time
    adjunct: ``-1``, no content. Before another "that" the content follows it ("a denial
    that day that troops had crossed"). ``None`` when the content is no period's.

    Example:
        >>> text = "issued a denial that night. It said"
        >>> period_after_that(text, text.index("night"))
        -1
        >>> text = "issued a denial that day that troops crossed"
        >>> text[period_after_that(text, text.index("day")) :]
        'troops crossed'
        >>> period_after_that("a denial that night raids ended", 15) is None
        True
    """
    m = _PERIOD.match(text, start)
    if m is None:
        return None
    lex = cue_lexicon("en")
    word = m.group(1)
    if word not in lex.intro_periods and not word.endswith(lex.day_suffixes):
        return None
    return m.end() if m.group(2) else -1


def verb_channel(text: str, noun_start: int, content_start: int, drafts: Sequence[Draft]) -> bool:
    """Whether the noun cue at ``noun_start`` names how a verb cue's claim was made.

    "The Kremlin said [in a denial] that troops had crossed": the noun stands in an adjunct
    (a preposition of ``fronted_noun_prepositions``, a determiner, up to two modifiers)
    right after a verb cue with a source, and both read the content from
    ``content_start``: one report, the verb's, not a second one of the narrator's.

    Example:
        >>> from provenance.enums import Attribution, ClaimStatus
        >>> text = "The Kremlin said in a denial that troops had crossed."
        >>> d = Draft(34, 52, Attribution.INDIRECT, ClaimStatus.ASSERTED, 0, 11, 12, 16)
        >>> verb_channel(text, text.index("denial"), 34, [d])
        True
        >>> verb_channel("The Kremlin issued a denial that troops had crossed.", 21, 33, [])
        False
    """
    return any(
        d.start == content_start
        and (d.source_start is not None or d.inherit is not None)
        and _in_adjunct(text, d, noun_start)
        for d in drafts
    )


def _main_source(text: str, content_end: int, drafts: Sequence[Draft]) -> tuple[int, int] | None:
    """The source of the verb cue whose subject opens the main clause right after the
    adjunct's comma ("In a denial of the report, [the ministry] said ...")."""
    for d in drafts:
        if d.source_start is None or d.source_end is None or d.source_start < content_end:
            continue
        if text[content_end : d.source_start].strip() == ",":
            return d.source_start, d.source_end
    return None


def subject_content_end(text: str, unit_start: int, noun_start: int, start: int, end: int) -> int:
    """Where the "that" clause ``[start, end)`` of the noun cue at ``noun_start`` ends when
    the noun phrase is the sentence's subject: before the sentence's own verb.

    The clause's verb group comes first; the next finite verb (an auxiliary, or a past
    form before a name or a determiner) is the sentence's, unless a relative pronoun, a
    coordinator or a subordinator came before it, or a subject pronoun opens a clause of
    its own right before it.

    Example:
        >>> text = "His denial that he had met the envoy was swift."
        >>> s = text.index("he had")
        >>> text[s : subject_content_end(text, 0, 4, s, len(text) - 1)]
        'he had met the envoy'
        >>> text = "His denial that he met the man who was there came late."
        >>> s = text.index("he met")
        >>> text[s : subject_content_end(text, 0, 4, s, len(text) - 1)]
        'he met the man who was there came late'
    """
    if not _leads("en").subject.match(text, unit_start, noun_start):
        return end
    return main_verb_cut(text, start, end)


def main_verb_cut(text: str, start: int, end: int) -> int:
    """Where a clause ``[start, end)`` that stands inside its sentence's subject ends: before
    the next finite verb after its own (see :func:`subject_content_end`), else ``end``.

    Example:
        >>> text = "is a cure has not been tested"
        >>> text[: main_verb_cut(text, 0, len(text))]
        'is a cure'
    """
    lex = cue_lexicon("en")
    words = list(_WORDS.finditer(text, start, end))
    verb = next((i for i, w in enumerate(words) if _finite(w.group().lower(), lex)), None)
    if verb is None:
        return end
    stops = lex.subject_boundaries | lex.coordinators | set(lex.relative_pronouns)
    if any(w.group().lower() in stops for w in words[:verb]):
        return end  # "that the man who shot him was ...": the first verb is a relative's
    i = verb + 1
    while i < len(words) and _in_group(words[i].group().lower(), words[i - 1].group(), lex):
        i += 1  # "had met", "was not rigged"
    for j in range(i, len(words)):
        low = words[j].group().lower()
        if low in stops or words[j - 1].group().lower() in lex.subject_pronouns:
            return end
        if low in lex.finite_auxiliaries or (
            _past(low, lex) and j + 1 < len(words) and _object_opening(words[j + 1].group(), lex)
        ):
            return _trimmed(text, start, words[j].start())
    return end


def has_finite_verb(text: str, start: int, end: int, lex: CueLexicon) -> bool:
    """Whether a finite verb (an auxiliary or a past form) stands in ``text[start:end]``.

    A noun cue's "that" clause closed by a copula and an evaluation holds a verb of its
    own when the evaluation is said of the noun ("claims that it [had] paid were false");
    with none, the copula is the clause's own ("accusation that the articles were
    misleading").

    A present "-s" form counts between a word that is no determiner and a word of its
    object ("the vaccine [causes] autism"); a plural noun after a determiner ("the
    [measles] vaccine") or at the clause's end ("the company's [accounts]") does not.

    Example:
        >>> lex = cue_lexicon("en")
        >>> has_finite_verb("it had admitted students", 0, 24, lex)
        True
        >>> has_finite_verb("the articles", 0, 12, lex)
        False
        >>> has_finite_verb("the measles vaccine causes autism", 0, 33, lex)
        True
    """
    words = [w.group().lower() for w in _WORDS.finditer(text, start, end)]
    return any(_finite(w, lex) for w in words) or any(
        _present(words[i], words[i - 1], words[i + 1], lex) for i in range(1, len(words) - 1)
    )


def _present(low: str, before: str, after: str, lex: CueLexicon) -> bool:
    """A present "-s" verb between its subject and its object ("vaccine causes autism")."""
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "'s", "’s"))
        and before not in lex.subject_determiners
        and not before.endswith(("'s", "’s", "s'"))
        and not _finite(after, lex)
    )


def _finite(low: str, lex: CueLexicon) -> bool:
    return low in lex.finite_auxiliaries or _past(low, lex)


def _past(low: str, lex: CueLexicon) -> bool:
    return low in lex.irregular_pasts or (len(low) > 4 and low.endswith(tuple(lex.past_endings)))


def _in_group(low: str, before: str, lex: CueLexicon) -> bool:
    """A word that goes on with a verb group: a participle, an auxiliary after another
    ("has been"), a negation, an adverb; not an auxiliary after a participle ("was
    detained [were]")."""
    if low in lex.finite_auxiliaries or _past(low, lex):
        return before.lower() in lex.finite_auxiliaries or before.lower() in lex.negations
    return low in lex.negations or low in lex.infinitive_participles or low in lex.adverbs


def _object_opening(word: str, lex: CueLexicon) -> bool:
    """A word that opens a past verb's object: a name or a determiner ("angered Kyiv")."""
    return word[0].isupper() or word.lower() in lex.subject_determiners


def _trimmed(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t,":
        end -= 1
    return end
