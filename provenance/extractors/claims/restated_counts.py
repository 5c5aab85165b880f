"""Counts a source states with a verb of placing: "Organisers put the number at 10,000".

"Police estimated the crowd at about 3,000", "Health officials put the death toll at 30":
the subject gives the count, so the count is the subject's, not the narrator's. The
verbs (``restating_verbs``) and the nouns that name a count (``restated_heads``) are
those of the matching lexicon (``data/<lang>/matching.yaml``), which also read the
construction as a restated count (:mod:`provenance.rules.figures`). The claim's content
runs from the noun phrase after the verb to the clause end ("the number at 10,000"); its
cue is the verb.

A verb of placing sets any quantity at a value too ("The World Bank put growth at 2.5
percent", "analysts estimated the cost of the damage at $3 billion"): the subject gives the
figure. A verb giving a count as a noun that names it (``giving_verbs``, ``giving_heads``,
``giving_links``: "The ministry gave a toll of 30", "police gave the number of dead as 12")
is the subject's count too; "gave a total of $4,000 to the campaign" is a gift, no count.
A count revised to a new value ("Police later raised the toll to 30", ``revising_verbs``) is
the subject's count the same way; the rules read it as an update of the counts before it,
not a rival.

The pass runs only where the word scan of the text met one of the verbs: most texts
hold none.
"""

from __future__ import annotations

import functools
import re

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import Taken, clause_content, unit_of
from provenance.extractors.claims.subjects import find_subject
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon._files import language_key
from provenance.lexicon.matching import match_lexicon

__all__ = ["count_verbs", "restated_count_claims", "restating_verbs"]


@functools.cache
def restating_verbs(language: str | None = "en") -> frozenset[str]:
    """The one-word verbs that place a count at a value, as written in lower case.

    Example:
        >>> {"put", "estimated"} <= restating_verbs("en"), restating_verbs("fr")
        (True, frozenset())
    """
    lex = match_lexicon(language_key(language))
    if not lex.restated_heads:
        return frozenset()
    verbs = lex.restating_verbs + lex.revising_verbs + lex.counting_verbs
    return frozenset(v for v in verbs if v.isalpha())


@functools.cache
def count_verbs(language: str | None = "en") -> frozenset[str]:
    """:func:`restating_verbs` and the one-word verbs that give a count as a noun naming it
    ("gave a toll of 30"): every verb this module's claims open with, in lower case.

    Example:
        >>> {"put", "gave"} <= count_verbs("en"), "gave" in restating_verbs("en")
        (True, False)
    """
    lex = match_lexicon(language_key(language))
    if not lex.restated_heads:
        return frozenset()
    giving = lex.giving_heads and lex.giving_links
    given = (v for v in lex.giving_verbs if v.isalpha()) if giving else ()
    return restating_verbs(language) | frozenset(given)


#: A value with a digit after at most two words ("about 3,000", "$3 billion"), not a time
#: of day ("at 3 p.m.", "at 10:30") nor a number in a name ("at 10 Downing Street").
_VALUE = (
    r"(?=(?:[a-z]+\s+){0,2}[$€£]?\d)"
    r"(?!(?:[a-z]+\s+){0,2}\d+(?:[,.]\d+)*(?::\d|\s*[ap]\.?m\b|\s+[A-Z]))"
)


@functools.cache
def _patterns(key: str) -> dict[str, re.Pattern[str]]:
    """Each verb's pattern, from the verb on: a placing verb, at most six words ending a
    noun phrase, "at" and a value ("put the number at 10,000", "put growth at 2.5
    percent"); a revising verb, at most three words, a count noun, "to" and a value
    ("raised the toll to 30"); a counting verb and a value ("counted 20,000"); a giving
    verb, at most three words, one of ``giving_heads``, a giving link and a value ("gave a
    toll of 30")."""
    lex = match_lexicon(key)
    if not count_verbs(key):
        return {}
    placing = re.compile(
        rf"(?P<verb>[a-z]+)\s+(?P<what>(?!that\b)(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+\s+at\s+{_VALUE})"
    )
    revising = re.compile(
        rf"(?P<verb>[a-z]+)\s+(?P<what>(?:[\w'’-]+\s+){{0,3}}?"
        rf"(?:{alternation(lex.restated_heads)})\s+to\s+{_VALUE})"
    )
    counting = re.compile(rf"(?P<verb>[a-z]+)\s+(?P<what>{_VALUE})")
    out: dict[str, re.Pattern[str]] = {}
    if lex.giving_links and lex.giving_heads:
        giving = re.compile(
            rf"(?P<verb>[a-z]+)\s+(?P<what>(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{alternation(lex.giving_heads)})\s+(?:{alternation(lex.giving_links)})\s+{_VALUE})"
        )
        out.update(dict.fromkeys(lex.giving_verbs, giving))
    out.update(dict.fromkeys(lex.counting_verbs, counting))
    out.update(dict.fromkeys(lex.revising_verbs, revising))
    out.update(dict.fromkeys(lex.restating_verbs, placing))
    return {v: p for v, p in out.items() if v.isalpha()}


@functools.cache
def _adverbs(key: str) -> frozenset[str]:
    """Words that may stand between a subject and its verb ("later", "has"), lowered."""
    from provenance.lexicon.cues import cue_lexicon

    return frozenset(w.lower() for w in cue_lexicon(key).adverbs)


def _past_adverbs(text: str, floor: int, at: int, key: str) -> int:
    """Where the subject before ``at`` ends, past at most two adverbs ("Police [later]
    [also] raised"); ``at`` when no adverb stands right before it.

    Example:
        >>> text = "Police later raised the toll."
        >>> _past_adverbs(text, 0, 13, "en"), _past_adverbs("Police raised it.", 0, 7, "en")
        (7, 7)
    """
    adverbs = _adverbs(key)
    end = at
    for _ in range(2):
        lead = text[floor:end].rstrip()
        word = lead.rsplit(None, 1)[-1] if lead else ""
        if word.lower() not in adverbs:
            break
        end = floor + len(lead) - len(word)
    return end


def restated_count_claims(
    text: str,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    words: list[tuple[int, str]],
    *,
    language: str | None = "en",
) -> list[Draft]:
    """The claims of the counts placed at a value by a subject ("X put the toll at 30").

    ``words`` is the shared word scan of ``text`` (:func:`~provenance.extractors.claims.
    cues.scan_words`); ``drafts`` are read, never changed: a verb inside a cue they used
    gives nothing.

    Example:
        >>> text = "Police said 12 people died. Medics put the toll at 30."
        >>> [(text[d.start : d.end], text[d.source_start : d.source_end], d.cue)
        ...  for d in restated_count_claims(text, [(0, 27), (28, 54)], [], [(35, "put")])]
        [('the toll at 30', 'Medics', 'put')]
    """
    key = language_key(language)
    verbs = count_verbs(key)
    found = [(s, w) for s, w in words if w in verbs]
    if not found:
        return []
    patterns = _patterns(key)
    matches = [m for at, w in found if (m := patterns[w].match(text, at)) is not None]
    if not matches:  # "put pressure on", "placed an order": most verbs place no count
        return []
    taken = Taken(drafts)
    out: list[Draft] = []
    for m in matches:
        at = m.start()
        if taken.overlaps(at, m.end("verb")):
            continue
        a, b = unit_of(units, at)
        if a == b:
            continue
        subject = find_subject(text, a, at)
        if subject is None and (lead := _past_adverbs(text, a, at, key)) < at:
            subject = find_subject(text, a, lead)  # "Police [later] raised the toll to 30"
        if subject is None:
            continue
        cs, ce = clause_content(text, m.start("what"), b)
        if ce <= m.end():
            continue
        d = Draft(cs, ce, Attribution.INDIRECT, ClaimStatus.ASSERTED)
        d.source_start, d.source_end = subject
        d.cue, d.cue_start, d.cue_end = m.group("verb"), m.start(), m.end("verb")
        taken.add(m.start(), m.end("verb"))
        out.append(d)
    return out
