"""Statuses settled once every claim of a text is drafted.

Some statuses depend on what a cue's content turns out to be, or on claims
found elsewhere in the text:

- a denial or hedge form that reads as a noun ("territorial disputes", "the
  latest dispute has flared") is no cue;
- a denial verb whose object is a person or a thing refused ("denied bail",
  "rejecting a treaty", "reject Donald J. Trump"), that stands in a hyphenated
  adjective ("science-rejecting", "the now-denied pipeline") or after a negative
  subject ("there is no denying", "no one has disputed") denies no claim;
- "has not confirmed the report" points back: the claim it names is the
  unconfirmed one;
- a report in a comparison ("as wealthy as he claims"), a denial whose object
  stands before it ("would reject if") and a prize taken ("to claim the
  nomination") report no claim (:mod:`.readings`).

The words are the cue lexicon's (``provenance/lexicon/data/<lang>/cues.yaml``).
"""

from __future__ import annotations

import bisect
import functools
import re

from provenance.enums import ASSERTED as _ASSERTED
from provenance.enums import DENIED as _DENIED
from provenance.enums import HEDGED as _HEDGED
from provenance.enums import UNCONFIRMED as _UNCONFIRMED
from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.constructions import (
    person_object_forms,
    refused_object,
    removal_forms,
    removed_person,
    withheld_person,
)
from provenance.extractors.claims.cues import cue_grammar
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.hedge_constructions import (
    claimant_of,
    noun_of_content,
    noun_reading,
    subject_gap,
)
from provenance.extractors.claims.readings import (
    compared_report,
    object_before,
    prospective_thing,
)
from provenance.extractors.text.wordlists import alternation
from provenance.lexicon.cues import CueLexicon, cue_lexicon

__all__ = ["denies_a_claim", "drop_drafts", "reads_as_noun", "settle_statuses"]

_WORD_AFTER = re.compile(r"\s*([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
#: How far before an anaphoric "has not confirmed the report" its claim may end.
_BACK_WINDOW = 400


def settle_statuses(
    text: str, drafts: list[Draft], verb_drafts: int, *, language: str | None = "en"
) -> None:
    """Settle the statuses of ``drafts`` in place; drop those that report no claim.

    ``verb_drafts`` is how many of the drafts (the first ones) come from verb
    cues; the homograph test reads only those (a noun cue is a noun on purpose).

    Example:
        >>> from provenance.enums import Attribution
        >>> text = "The latest dispute has flared."
        >>> d = Draft(19, 29, Attribution.INDIRECT, ClaimStatus.DENIED, 0, 10, 11, 18, "dispute")
        >>> settle_statuses(text, [d], 1)
        >>> d.status
        <ClaimStatus.ASSERTED: 'asserted'>
    """
    g = cue_grammar(language)
    lex = g.lexicon
    no_claim: list[int] = []
    for i, d in enumerate(drafts):
        if d.cue is None or d.cue_start is None or d.cue_end is None:
            continue
        if _elided(text, d, lex):
            no_claim.append(i)  # "as wealthy as he claims", "would reject if": no content
            continue
        if _event_gerund(text, d, lex):
            no_claim.append(i)  # "after railing against the tariffs": an act, no claim
            continue
        # only a hedge takes a prize (prospective_thing's own first test): most drafts skip it
        if d.status is _HEDGED and prospective_thing(text, d, lex):
            d.status = _ASSERTED  # "to claim the nomination": a prize, not a claim
            continue
        noun = (
            i < verb_drafts
            and d.status in (_DENIED, _HEDGED)
            and d.cue.lower() in lex.noun_homographs
            and reads_as_noun(text, d.cue_start, d.cue_end, g.lexicon)
            # "which critics claim is unfair": a verb, the relative its content's subject
            and not subject_gap(text, d.cue_start, d.cue_end, lex)
        )
        if i < verb_drafts and d.status is _HEDGED:
            _noun_of(text, d, lex)  # "Amid claims of fraud": a noun cue, read as one
        if noun or (
            i < verb_drafts
            and d.status is _HEDGED
            and noun_reading(text, d.cue_start, d.cue_end, lex)
        ):
            if (
                d.status is _HEDGED
                and (that := _copular_that(lex.language).match(text, d.cue_end))
                and d.start <= that.end() < d.end
            ):
                d.start = that.end()  # "his most explosive claim is that [X]": a noun cue
                continue
            d.status = _ASSERTED  # "have claims in the area", "Clinton's claim on"
        elif d.status is _DENIED and not denies_a_claim(text, d, lex):
            d.status = _ASSERTED
            no_claim.append(i)
    drop_drafts(drafts, no_claim)
    _point_back(text, drafts, g.anaphoric_re)


def _event_gerund(text: str, d: Draft, lex: CueLexicon) -> bool:
    """Whether the cue is the gerund of one of ``event_gerund_lemmas`` after one of
    ``event_gerund_leads``: "after railing against the tariffs" names an act of the
    subject's, not a claim.

    Example:
        >>> from provenance.enums import Attribution
        >>> text = "He voted no after railing against the tariffs."
        >>> s = text.index("railing")
        >>> d = Draft(s + 24, len(text) - 1, Attribution.INDIRECT, ClaimStatus.ASSERTED,
        ...           cue_start=s, cue_end=s + 23, cue="railing against")
        >>> _event_gerund(text, d, cue_lexicon("en"))
        True
    """
    if not lex.event_gerund_lemmas or d.cue is None or d.cue_start is None:
        return False
    if not d.cue.split()[0].lower().endswith("ing"):
        return False
    try:
        lemma = lex.verb(d.cue).lemma
    except KeyError:
        return False
    if lemma not in lex.event_gerund_lemmas:
        return False
    before = _WORD_BEFORE.search(text, max(0, d.cue_start - 20), d.cue_start)
    return before is not None and before.group(1).lower() in lex.event_gerund_leads


def _elided(text: str, d: Draft, lex: CueLexicon) -> bool:
    """Whether a cue's content is not after it: a comparison's report, a fronted object."""
    # only a denial's object stands before it (object_before's own first test)
    if d.status is _DENIED and object_before(text, d, lex):
        return True
    return d.cue_start is not None and compared_report(text, d.cue_start, lex)


def _noun_of(text: str, d: Draft, lex: CueLexicon) -> None:
    """A hedge verb draft before "of" ("Amid claims of fraud") becomes its noun reading.

    The content is the noun phrase after "of" and the text names no source (the word
    before was read as a subject: "Amid"); after "the claims of" or a right's kind
    ("injury claims of") there is no claim of fact.
    """
    if d.cue_start is None or d.cue_end is None:
        return
    span = noun_of_content(text, d.cue_start, d.cue_end, lex)
    if span is None:
        return
    if claimant_of(text, d.cue_start, "of", lex):
        d.status = ClaimStatus.ASSERTED
        return
    d.start, d.end = span
    d.attribution = Attribution.NARRATOR
    d.source_start = d.source_end = None


def drop_drafts(drafts: list[Draft], indices: list[int]) -> set[int]:
    """Remove drafts that report no claim ("denied bail"), unless another draft refers to them.

    A refusal or a vote is no attribution; kept, it would be the nearest "claim"
    a later "denies the allegation" points back to. ``parent`` and ``inherit``
    indices are renumbered. Returns the indices removed.
    """
    referred = {x for d in drafts for x in (d.parent, d.inherit) if x is not None}
    gone = set(indices) - referred
    if not gone:
        return gone
    kept = [i for i in range(len(drafts)) if i not in gone]
    new_index = {old: new for new, old in enumerate(kept)}
    out = [drafts[i] for i in kept]
    for d in out:
        if d.parent is not None:
            d.parent = new_index[d.parent]
        if d.inherit is not None:
            d.inherit = new_index[d.inherit]
    drafts[:] = out
    return gone


def denies_a_claim(text: str, d: Draft, lex: CueLexicon) -> bool:
    """Whether a denied draft's cue denies a claim, judged on the words around the cue.

    Example:
        >>> from provenance.enums import Attribution
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "He was denied bail. No one has disputed it."
        >>> bail = Draft(14, 18, Attribution.NARRATOR, ClaimStatus.DENIED, None, None, 7, 13)
        >>> denies_a_claim(text, bail, cue_lexicon("en"))
        False
    """
    cs, ce = d.cue_start, d.cue_end
    if cs is None or ce is None:
        return True
    if cs > 0 and text[cs - 1] == "-":
        return False  # "science-rejecting hysteria", "the now-denied pipeline"
    if _negative_subject(lex.language).search(text, max(0, cs - 30), cs):
        # "there is no denying it", "no one has disputed it", "neither company disputes it"
        return False
    cue_word = d.cue.split()[-1].lower() if d.cue is not None and d.cue.split() else ""
    removal = cue_word in removal_forms(lex.language)
    if ce > d.start:
        # the object comes first: "allegations that he has denied"; not a person in a
        # post, the subject of a passive ("[The coach] was dismissed by the club")
        return not (removal and removed_person(f"{text[d.start : d.end]}.", 0, lex))
    # a noun cue's object is its content ("the denial of [access]"), a verb's follows it
    noun = d.cue is not None and d.cue.lower() in _noun_forms(lex.language)
    start = d.start if noun else ce
    if removal and removed_person(text, start, lex, noun=noun):
        return False  # "dismissed Comey in May": a person removed from a post
    withholds = not noun and cue_word in person_object_forms(lex.language)
    if withholds and withheld_person(text, start, lex):
        return False  # "denied Gerrard with a late tackle": withheld from a person
    return not refused_object(text, start, lex, verb=not noun)


@functools.cache
def _noun_forms(language: str) -> frozenset[str]:
    return frozenset(f.lower() for n in cue_lexicon(language).nouns for f in n.forms)


@functools.cache
def _copular_that(language: str) -> re.Pattern[str]:
    """A copula and a complementizer after a noun cue: "the claim [is that] ..."."""
    lex = cue_lexicon(language)
    copulas = alternation(lex.copulas)
    that = alternation(lex.complementizers)
    return re.compile(rf"\s+(?:{copulas})\s+(?:{that})\s+")


@functools.cache
def _negative_subject(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    alt = alternation(lex.negative_subjects)
    if lex.negative_determiners:
        # "No official has denied it", "Neither side disputes it": a determiner and a noun
        alt += rf"|(?:{alternation(lex.negative_determiners)})\s+[a-z][\w-]*"
    # not after "a" or a definite determiner: "a few dispute it", "those few who have
    # denied it" are some people, not almost no one
    lead = r"(?<!\ba\s)(?<!\bthe\s)(?<!\bthose\s)(?<!\bthese\s)"
    return re.compile(rf"{lead}\b(?:{alt})\s+$", re.IGNORECASE)


def reads_as_noun(text: str, start: int, end: int, lex: CueLexicon) -> bool:
    """Whether a bare cue form stands as a noun: "the latest dispute has", "border disputes with".

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> reads_as_noun("territorial disputes with", 12, 20, cue_lexicon("en"))
        True
        >>> reads_as_noun("Lee disputes that", 4, 12, cue_lexicon("en"))
        False
    """
    after = _WORD_AFTER.match(text, end)
    nxt = after.group(1).lower() if after else ""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    prev = before.group(1) if before else ""
    noun = next((n for n in lex.nouns if text[start:end].lower() in n.forms), None)
    if noun is not None and nxt in noun.follows:
        return False  # "his claim that ...": a noun cue, read as one
    return (
        nxt in lex.noun_followers
        or nxt in lex.noun_after
        or (prev.islower() and prev in lex.noun_before)
        # a Title Case headline's "Jobless Claims Rise", "Border Disputes Flare", or such a
        # modifier opening a sentence ("Insurance claims after the floods topped"): a right
        # or a quarrel named by its modifier, no cue
        or (
            (text[start : start + 1].isupper() or prev[:1].isupper())
            and prev.lower() in lex.entitlement_modifiers
        )
    )


def _point_back(text: str, drafts: list[Draft], anaphoric: re.Pattern[str]) -> None:
    """ "has not confirmed the report": the nearest cued claim before it is unconfirmed."""
    cued: list[tuple[int, int]] | None = None  # sorted at the first such draft: most have none
    ends: list[int] = []
    for d in drafts:
        if (
            d.status is not _UNCONFIRMED
            or d.cue_start is None
            or d.cue_start > d.start
            or not anaphoric.fullmatch(text, d.start, d.end)
        ):
            continue
        if cued is None:  # no status has changed yet: the list the loop began with
            cued = sorted(
                (c.end, i)
                for i, c in enumerate(drafts)
                if c.cue_start is not None and c.status is not _UNCONFIRMED
            )
            ends = [e for e, _ in cued]
        j = bisect.bisect_right(ends, d.cue_start) - 1
        while j >= 0 and d.cue_start - ends[j] < _BACK_WINDOW:
            target = drafts[cued[j][1]]
            if target.source_start is not None and target.source_start == d.source_start:
                j -= 1
                continue
            if target.status is _ASSERTED:
                target.status = _UNCONFIRMED
            break
