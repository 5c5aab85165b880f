"""Rules over claims: hedged, unconfirmed, and denials that contradict another source."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from provenance.enums import ClaimStatus

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    import pandas as pd

__all__ = [
    "answered_claim",
    "contradicted_claim",
    "corroborated",
    "denied_by_name",
    "denies",
    "evaluates",
    "hearsay",
    "is_charge",
    "is_hedged",
    "is_named_allegation",
    "is_unconfirmed",
    "is_uncontested_denial",
    "negated_hedge",
    "refuted",
    "unconfirming_words",
]


def is_hedged(claims: pd.DataFrame) -> pd.Series:
    """Claims the text hedges ("claimed", "alleged", "reportedly")."""
    return (claims["status"] == ClaimStatus.HEDGED.value).astype(bool)


#: Most words of a denial's content before the claim it names ("[allegations of] X",
#: "[Russian claims that] X"): the claim noun phrase, its object.
_NAMING_WORDS = 4


def denied_by_name(
    claims: pd.DataFrame,
    contradicted: pd.Series,
    hedged: pd.Series | None = None,
    *,
    naming_words: int = _NAMING_WORDS,
) -> pd.Series:
    """Hedged claims a denial names as its object, with the claim noun that hedges them.

    "Russia has denied [allegations of [meddling in the election]]", "the challengers said
    [the memo contradicted the claim that [the military was not ready]]": the claim noun
    ("allegations", "the claim") is what the denial denies, and the claim it holds is the
    contradiction's, not a hedge of its own as well. The denial (another source's claim,
    contradicting the hedged one, ``contradicted`` aligned with ``claims``) holds it, and
    either is denied itself or made with a contesting cue ("rebuffed claims that"), with at
    most :data:`_NAMING_WORDS` words before it ("allegations of"), or holds a contesting cue
    of the matching lexicon and at most three words right before it ("contradicted the claim
    that"); ``naming_words`` widens the first window (a report's outlet: "denied a report
    in the Daily Mail that"). A hedge outside the denial ("allegations by
    various women of [X] ..., who has denied the accusations") stays a hedge.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["d", "h"], "article_id": ["x", "x"], "source_id": ["ru", "rt"],
        ...     "start": [10, 25], "end": [50, 50], "status": ["denied", "hedged"],
        ...     "text": ["allegations of meddling in the vote", "meddling in the vote"]})
        >>> denied_by_name(claims, pd.Series(["h", None])).tolist()
        [False, True]
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    out = pd.Series(False, index=claims.index, dtype=bool)
    cols = {"claim_id", "article_id", "source_id", "start", "end", "status", "text"}
    denying = contradicted.notna().to_numpy(dtype=bool)
    if not denying.any() or not cols <= set(claims.columns):
        return out
    hedged = is_hedged(claims) if hedged is None else hedged
    if not hedged.any():
        return out
    lex = match_lexicon(None)
    contests = _contesting_re(frozenset(lex.contesting_cues | lex.claim_contesting_cues))
    held_rows = claims.loc[hedged, ["claim_id", "article_id", "source_id", "start", "end"]]
    spans = {
        c: (a, src, int(st), int(en))
        for c, a, src, st, en in zip(*(held_rows[k] for k in held_rows.columns), strict=True)
    }
    named: set[object] = set()
    read = ["article_id", "source_id", "start", "end", "status", "text"]
    rows = claims.loc[denying, [*read, "cue"] if "cue" in claims else read]
    cues = rows["cue"] if "cue" in rows else pd.Series(None, index=rows.index, dtype=object)
    # "said [reports that X] were baseless": an evaluation takes the claim noun as well
    evaluated = evaluates(rows) if "cue" in rows else pd.Series(False, index=rows.index)
    for target, art, source, start, end, status, text, cue, judged in zip(
        contradicted[denying], *(rows[c] for c in read), cues, evaluated, strict=True
    ):
        held = spans.get(target)
        if held is None or held[0] != art or held[1] == source:
            continue
        if not (int(start) <= held[2] and held[3] <= int(end)):
            continue
        before = str(text)[: held[2] - int(start)].casefold()
        # "denied [claims that X]", "rebuffed [claims that X]": the cue takes the claim noun
        denial = (
            status == ClaimStatus.DENIED.value
            or bool(judged)
            or (isinstance(cue, str) and contests.fullmatch(cue.strip()) is not None)
        )
        if denial and len(before.split()) <= naming_words:
            named.add(target)
            continue
        last = max((m.end() for m in contests.finditer(before)), default=None)
        if last is not None and len(before[last:].split()) <= 3:
            named.add(target)
    return (claims["claim_id"].isin(named) & hedged).astype(bool)


def is_unconfirmed(claims: pd.DataFrame) -> pd.Series:
    """Claims the text says are not confirmed ("has not confirmed", "could not be verified").

    An unconfirmed object that points back ("Reuters has not confirmed either
    report", "has not independently confirmed any of the accusations") marks the
    claim it points to (:func:`answered_claim`'s search), not itself.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["a", "u"], "article_id": ["x", "x"], "source_id": ["cnn", "rt"],
        ...     "start": [0, 60], "end": [40, 71], "status": ["asserted", "unconfirmed"],
        ...     "attribution": ["indirect", "narrator"], "cue": ["reported", "has not confirmed"],
        ...     "text": ["the talks had failed on Monday evening", "the report"]})
        >>> is_unconfirmed(claims).tolist()
        [True, False]
    """
    import pandas as pd

    flagged = (claims["status"] == ClaimStatus.UNCONFIRMED.value).astype(bool)
    needed = {"claim_id", "article_id", "source_id", "start", "end", "attribution", "cue", "text"}
    if not flagged.any() or not needed <= set(claims.columns):
        return flagged
    # An antecedent already unconfirmed ("AP reported X. Reuters has not confirmed
    # either report."): the pointing claim adds nothing, so it is dropped as well.
    pointed = _antecedent(claims, flagged, denies(claims))
    pointed = _relative_antecedent(claims, flagged).combine_first(pointed)
    found = pointed.notna()
    if found.any():
        marked = claims["claim_id"].isin(pointed[found])
        flagged = pd.Series((flagged & ~found) | marked, index=claims.index, dtype=bool)
    return flagged & ~_narrators_verdict(claims, flagged)


def unconfirming_words(
    claims: pd.DataFrame, unconfirmed: pd.Series, bodies: pd.Series
) -> pd.Series:
    """For each ``unconfirmed`` claim, the words saying it is not confirmed, when those are
    not its own cue; null elsewhere.

    "The rebels said [40 soldiers were killed], a figure that could not be independently
    verified": the claim's cue is "said", and the words are "could not be independently
    verified" (the phrase after it in ``bodies``, which maps ``article_id`` to the text).
    "AP reported [X]. Reuters could not verify [the report].": the cue of the claim
    pointing back, "could not verify". A claim unconfirmed by its own cue ("has not
    confirmed that X") keeps its cue: null.

    Example:
        >>> import pandas as pd
        >>> body = "The rebels said 40 soldiers were killed, which could not be confirmed."
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["c"], "article_id": ["a"], "source_id": ["rebels"],
        ...     "start": [16], "end": [39], "status": ["unconfirmed"], "attribution": ["indirect"],
        ...     "cue": ["said"], "text": ["40 soldiers were killed"]})
        >>> unconfirming_words(claims, pd.Series([True]), pd.Series({"a": body})).tolist()
        ['could not be confirmed']
    """
    import pandas as pd

    from provenance.extractors.claims.cues import cue_grammar
    from provenance.extractors.claims.extract import (
        UNVERIFIED_REACH,
        near_claim,
        unverified_phrase,
    )

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if not unconfirmed.any():
        return out
    flagged = (claims["status"] == ClaimStatus.UNCONFIRMED.value).astype(bool)
    needed = {"claim_id", "article_id", "source_id", "start", "end", "attribution", "cue", "text"}
    if needed <= set(claims.columns):
        # a later claim pointing back ("Reuters has not confirmed either report"): its cue
        pointed = _antecedent(claims, flagged, denies(claims))
        pointed = _relative_antecedent(claims, flagged).combine_first(pointed)
        pointing = pointed.notna() & claims["cue"].notna()
        words = dict(zip(pointed[pointing], claims.loc[pointing, "cue"], strict=True))
        mapped = claims["claim_id"].map(words).astype(object)
        out = mapped.where(mapped.notna() & unconfirmed, None)
    # an unconfirmed claim whose own cue does not say so ("has not confirmed"): the words
    # after it
    after = (unconfirmed & out.isna()).astype(bool)
    if after.any():
        cues = claims.loc[after, "cue"].astype(object)
        own = cues.map(cue_grammar(None).negated_re.search, na_action="ignore").notna()
        after.loc[own[own].index] &= ~flagged.loc[own[own].index]
    for idx, art, end in zip(
        claims.index[after],
        claims.loc[after, "article_id"],
        claims.loc[after, "end"],
        strict=True,
    ):
        body = bodies.get(art)
        if not isinstance(body, str):
            continue
        end = int(end)
        span = unverified_phrase(body, end, min(len(body), end + UNVERIFIED_REACH))
        if span is not None and near_claim(body, end, span[0]):
            out.at[idx] = body[span[0] : span[1]]
    return out


def _narrators_verdict(claims: pd.DataFrame, flagged: pd.Series) -> pd.Series:
    """Flagged narrator pieces with no cue that follow a flagged claim of another source.

    "The rebels said [40 soldiers were killed]. [The report could not be independently
    verified.]", "[Reuters could not independently verify] the report": the extractor
    marks the claim pointed to, and the narrator's words saying so are the cue, not a
    claim to check (the guideline's flag is "the content, not the cue word").
    """
    import pandas as pd

    bare = (flagged & claims["cue"].isna() & (claims["attribution"] == "narrator")).astype(bool)
    out = pd.Series(False, index=claims.index, dtype=bool)
    if not bare.any():
        return out
    # a hedged claim before is flagged already ("X claimed responsibility, a claim Reuters
    # could not verify"): the narrator's words are its cue too (blind43)
    hedged = (claims["status"] == ClaimStatus.HEDGED.value).astype(bool)
    before = _nearest_before(claims, bare, (flagged | hedged) & ~bare)
    # "[Reuters could not independently verify] [the video]": the cue's own content
    # follows at once, whoever's it is (the narrator's here)
    ahead = _adjacent(claims, bare, flagged & ~bare, ahead=True)
    done = claims["claim_id"].isin(before.index) | claims["claim_id"].isin(ahead.index)
    return (done & bare).astype(bool)


#: Most characters between a noun phrase and the relative clause on it (", ").
_RELATIVE_GAP = 3


def _adjacent(claims: pd.DataFrame, left: pd.Series, right: pd.Series, *, ahead: bool) -> pd.Series:
    """By id of each ``left`` claim, the ``right`` claim of any source next to it: ending
    at most :data:`_RELATIVE_GAP` characters before it starts, or (``ahead``) starting at
    most that far after it ends, in the same article."""
    import pandas as pd

    near, far = ("end", "start") if ahead else ("start", "end")
    cols = ["claim_id", "article_id"]
    pairs = pd.merge_asof(
        claims.loc[left, [*cols, near]].astype({near: "int64"}).sort_values(near),
        claims.loc[right, [*cols, far]]
        .rename(columns={"claim_id": "other"})
        .astype({far: "int64"})
        .sort_values(far),
        left_on=near,
        right_on=far,
        by="article_id",
        direction="forward" if ahead else "backward",
        tolerance=_RELATIVE_GAP,
    )
    return pairs.dropna(subset=["other"]).set_index("claim_id")["other"]


def _relative_antecedent(claims: pd.DataFrame, flagged: pd.Series) -> pd.Series:
    """For a flagged claim opening with a relative pronoun, the claim ending just before it.

    "have denied [the allegations], [which Reuters has not been able to verify]":
    the relative clause is about the noun phrase it follows, whoever's claim that is.
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    pronouns = match_lexicon(None).relative_pronouns
    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    # the first word (missing for an empty text, whose split has no first item)
    text = claims.loc[flagged, "text"].astype(str)
    first = text.str.extract(r"^\s*(\S+)", expand=False).str.casefold()
    opening = first.isin(pronouns).reindex(claims.index, fill_value=False).astype(bool)
    if not opening.any():
        return out
    found = _adjacent(claims, opening, ~opening, ahead=False)
    mapped = claims["claim_id"].map(found)
    return pd.Series(mapped.tolist(), index=claims.index, dtype=object).where(mapped.notna(), None)


def contradicted_claim(claims: pd.DataFrame) -> pd.Series:
    """For each denial, the id of the other source's claim it denies (else null).

    A denial contradicts a claim nested in it ("Zelensky denied [Russian claims
    that [troops entered ...]]") when that claim has a different source.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["d", "c"], "source_id": ["ua", "ru"], "start": [0, 9],
        ...     "status": ["denied", "asserted"], "parent_claim_id": [None, "d"]})
        >>> contradicted_claim(claims).tolist()
        ['c', None]
    """
    import pandas as pd

    denied = (claims["status"] == ClaimStatus.DENIED.value).astype(bool)
    denying = denies(claims) if "cue" in claims else denied
    held = _held(claims, denying)
    # A claim arguing inside its content ("said [the memo contradicted the claim ...]").
    arguing = denying | claims["claim_id"].isin(held["parent_claim_id"])
    denials = claims.loc[arguing, ["claim_id", "source_id"]]
    nested = claims["parent_claim_id"].isin(claims.loc[denying, "claim_id"])
    children = claims.loc[nested, ["claim_id", "source_id", "parent_claim_id", "start"]]
    children = pd.concat([children, held], ignore_index=True)
    pairs = children.merge(
        denials, left_on="parent_claim_id", right_on="claim_id", suffixes=("", "_d")
    )
    pairs = pairs[pairs["source_id"] != pairs["source_id_d"]]
    # Several denied claims: name the first in the text, whatever the row order.
    pairs = pairs.sort_values(["start", "claim_id"], kind="stable")
    first = pairs.drop_duplicates("parent_claim_id").set_index("parent_claim_id")["claim_id"]
    out = claims["claim_id"].map(first)
    renamed = _same_span_claim(claims, denying & out.isna())
    out = out.combine_first(renamed) if renamed.notna().any() else out
    return pd.Series(out.tolist(), index=claims.index, dtype=object).where(out.notna(), None)


def _same_span_claim(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For an ``open_`` denial, another source's attributed claim of exactly its content.

    "The ministry said [300 homes had no power], a figure the council disputed": the
    appositive (or ", which Y denied") renames the clause before its comma, so the
    denial's content is the span of the claim it contradicts, the ministry's.
    """
    import pandas as pd

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    keys = ["article_id", "start", "end"]
    if not open_.any() or any(k not in claims for k in (*keys, "attribution")):
        return out
    said = (claims["attribution"] != "narrator") & (claims["status"] != ClaimStatus.DENIED.value)
    pool = claims.loc[said & ~open_, [*keys, "source_id", "claim_id"]]
    rows = claims.loc[open_, [*keys, "source_id"]]
    rows = rows.assign(row=rows.index)
    pairs = rows.merge(pool, on=keys, suffixes=("", "_c"))
    pairs = pairs[pairs["source_id"] != pairs["source_id_c"]]
    # several such claims: the same one whatever the row order
    pairs = pairs.sort_values("claim_id", kind="stable").drop_duplicates("row")
    out.loc[pairs["row"].to_numpy()] = pairs["claim_id"].to_numpy()
    return out


def _held(claims: pd.DataFrame, denying: pd.Series) -> pd.DataFrame:
    """Cued claims inside a denial's content that are not nested in it, as children of it.

    A noun cue inside an argued object ("contradicted [the claim that [the military
    was not ready]]") is read on its own, with no parent: the denial still holds it.
    Only claims a cue names or hedges, never a speaker's clause or another denial.
    """
    import pandas as pd

    cols = ["claim_id", "source_id", "parent_claim_id", "start"]
    if "article_id" not in claims or "end" not in claims or "cue" not in claims:
        return claims.loc[[], cols]
    outer = pd.concat(
        [claims.loc[denying, ["claim_id", "article_id", "start", "end"]], _contesting(claims)],
        ignore_index=True,
    )
    if outer.empty:
        return claims.loc[[], cols]
    # A claim named by a cue inside the content ("the claim that", "reports of"), or a
    # hedged one; not a speaker's clause or another denial: "Moscow denied [meddling
    # and Trump has denied [collusion]]" is a content running on, not a denial of one.
    named = (claims["cue"].notna() & (claims["attribution"] == "narrator")) | (
        claims["status"] == ClaimStatus.HEDGED.value
    )
    free = named & claims["parent_claim_id"].isna() & ~denying
    # selected at once: assigning columns to an empty selection would take every row of
    # ``claims`` (with null ids), so an article's findings would hang on the others'
    inner = claims.loc[free, ["claim_id", "source_id", "article_id", "start", "end"]]
    pairs = inner.merge(outer, on="article_id", suffixes=("", "_d"))
    inside = (
        (pairs["start"] >= pairs["start_d"])
        & (pairs["end"] <= pairs["end_d"])
        & (pairs["claim_id"] != pairs["claim_id_d"])
    )
    pairs = pairs[inside]
    return pairs.rename(columns={"claim_id_d": "parent_claim_id"})[cols]


def _contesting(claims: pd.DataFrame) -> pd.DataFrame:
    """Where a contesting word inside a claim's content starts what it argues against.

    "The challengers said [the memo contradicted the claim that ...]": the verb is
    no cue of its own (its subject is a thing), but the claim's source argues
    against what follows it. Rows of ``claim_id``, ``article_id``, ``start`` (the
    word) and ``end`` (the claim's end).
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    mlex = match_lexicon(None)
    # "questioned the findings of [a report that ...]": these words only before a claim
    only_claims = mlex.claim_contesting_cues
    words = mlex.contesting_cues | only_claims
    cols = ["claim_id", "article_id", "start", "end"]
    if not words:
        return claims.loc[[], cols]
    pattern = _contesting_re(words)
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    hit = _mentions(text, words)
    rows = []
    for cid, art, start, end, body, someone in zip(
        claims.loc[hit, "claim_id"],
        claims.loc[hit, "article_id"],
        claims.loc[hit, "start"],
        claims.loc[hit, "end"],
        text[hit],
        _attributed(claims)[hit],
        strict=True,
    ):
        for found in pattern.finditer(body):
            word = " ".join(found.group().casefold().split())
            if word not in only_claims or (someone and _takes_a_claim(body, found.end())):
                rows.append((cid, art, int(start) + found.end(), int(end)))
                break
    return pd.DataFrame(rows, columns=cols)


def _mentions(text: pd.Series, words: frozenset[str]) -> pd.Series:
    """Texts holding one of the case-folded ``words`` as whole words.

    The same test as :func:`_contesting_re` ``.search``, on lower-cased text with a
    case-sensitive pattern: an ignore-case alternation over every claim of a feed
    was about twice as slow.
    """
    return text.str.lower().str.contains(_lower_re(words)).astype(bool)


@functools.cache
def _lower_re(words: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b")


@functools.cache
def _contesting_re(words: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE)


def denies(claims: pd.DataFrame) -> pd.Series:
    """Claims that deny: a denial cue ("denied"), an evaluation ("called it fake"), a
    contesting cue of the matching lexicon ("contradicted the claim", "disagreed with"),
    or a content saying its subject did no wrong ("said he did nothing wrong").

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"status": ["denied", "asserted", "asserted"],
        ...                        "cue": ["denied", "called the report fake", "said"]})
        >>> denies(claims).tolist()
        [True, True, False]
    """
    from provenance.lexicon.matching import match_lexicon

    cue = claims["cue"].astype(object).where(claims["cue"].notna(), "").astype(str)
    asserted = claims["status"] == ClaimStatus.ASSERTED.value
    evaluated = evaluates(claims)
    contesting = asserted & _has_word(cue, match_lexicon(None).contesting_cues)
    contesting |= _contesting_its_object(claims, cue)
    contesting |= _exculpating(claims) | _contesting_a_claim(claims)
    # the narrator's "falsely" of "X falsely claimed that [Y]" denies Y (a claim of its own)
    contesting |= asserted & cue.isin(_refuting_cues())
    return ((claims["status"] == ClaimStatus.DENIED.value) | evaluated | contesting).astype(bool)


def evaluates(claims: pd.DataFrame) -> pd.Series:
    """Asserted claims whose cue ends in an evaluation that denies them ("called [the
    report] fake", "[the allegations] were baseless"): the source says the content is false.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"status": ["asserted", "asserted", "denied"],
        ...                        "cue": ["were baseless", "said", "denied"]})
        >>> evaluates(claims).tolist()
        [True, False, False]
    """
    from provenance.extractors.claims.families import family_grammar

    evaluation = family_grammar(None).evaluation_end_re
    cue = claims["cue"].astype(object).where(claims["cue"].notna(), "").astype(str)
    asserted = claims["status"] == ClaimStatus.ASSERTED.value
    return (asserted & cue.str.contains(evaluation)).astype(bool)


@functools.cache
def _refuting_cues() -> frozenset[str]:
    """The refuting words as a narrator's cue is written: lower case or capitalized."""
    return frozenset(w for x in _refuting_words() for w in (x, x.capitalize()))


@functools.cache
def _refuting_words() -> frozenset[str]:
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    return frozenset(w.lower() for w in (*lex.refuting_adverbs, *lex.refuting_adjectives))


@functools.cache
def _negative_lead_re() -> re.Pattern[str]:
    """A negative subject or determiner and at most two words, at the end of a text."""
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    words = sorted({*lex.negative_subjects, *lex.negative_determiners}, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:^|\s)(?:{alt})(?:\s+[\w'’-]+){{0,2}}\s*$", re.IGNORECASE)


def negated_hedge(claims: pd.DataFrame, bodies: pd.Series) -> pd.Series:
    """Hedged claims no one makes: "No group has claimed responsibility", "There was no
    immediate claim of responsibility".

    The attribution tables keep the cue (an attribution corpus marks it), but there is no
    claim to check: the source is negative ("No group", "Nobody"), or a negative
    determiner stands right before a noun cue with no source. ``bodies`` maps
    ``article_id`` to the article's text.

    Example:
        >>> import pandas as pd
        >>> body = "No group has claimed it. Police claimed it."
        >>> claims = pd.DataFrame({"article_id": ["a", "a"], "start": [21, 40],
        ...     "status": ["hedged", "hedged"], "cue": ["has claimed", "claimed"],
        ...     "source_text": ["No group", "Police"]})
        >>> negated_hedge(claims, pd.Series({"a": body})).tolist()
        [True, False]
    """
    import numpy as np
    import pandas as pd

    lead = _negative_lead_re()
    hedged = (claims["status"] == ClaimStatus.HEDGED.value).to_numpy(dtype=bool, na_value=False)
    out = np.zeros(len(claims), dtype=bool)
    if hedged.any():
        rows = claims.iloc[np.flatnonzero(hedged)]
        written = rows["source_text"] if "source_text" in rows else [None] * len(rows)
        # one verdict per hedged row, set by position: the index may repeat labels
        out[hedged] = [
            _negated(lead, src, cue, bodies.get(art), start)
            for src, cue, art, start in zip(
                written, rows["cue"], rows["article_id"], rows["start"], strict=True
            )
        ]
    return pd.Series(out, index=claims.index, dtype=bool)


def _negated(lead: re.Pattern[str], source: object, cue: object, body: object, start: int) -> bool:
    """Whether one hedged claim is no one's: its written source opens with a negative
    ("No group"), or, with none written, a negative stands before its cue in ``body``."""
    if isinstance(source, str):
        m = lead.search(source)
        return m is not None and m.start() == 0
    if not isinstance(cue, str) or not isinstance(body, str):
        return False
    before = body[max(0, int(start) - 80) : int(start)]
    at = before.lower().rfind(cue.lower())
    return at > 0 and lead.search(before, 0, at) is not None


def refuted(claims: pd.DataFrame) -> pd.Series:
    """Claims whose cue the writer marks false: "falsely claimed", "wrongly said".

    The narrator's denial of the same content is the flag (a contradiction); the claim
    is no hedge of its own as well.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"cue": ["falsely claimed", "claimed", None, "falsely"]})
        >>> refuted(claims).tolist()
        [True, False, False, False]
    """
    import numpy as np
    import pandas as pd

    words = _refuting_words()
    # once per distinct cue: a feed repeats a few hundred
    codes, uniques = pd.factorize(claims["cue"].astype(object))
    verdicts = np.fromiter(
        (
            isinstance(c, str) and " " in c and not words.isdisjoint(c.lower().split())
            for c in uniques
        ),
        dtype=bool,
        count=len(uniques),
    )
    if not verdicts.any():
        return pd.Series(False, index=claims.index, dtype=bool)
    hits = verdicts[codes] & (codes >= 0)
    return pd.Series(hits, index=claims.index, dtype=bool)


def _contesting_its_object(claims: pd.DataFrame, cue: pd.Series) -> pd.Series:
    """Asserted claims whose cue contests only a claim, and whose content is one.

    "Trump questioned [the findings of a report that concluded ...]": a cue word of
    the matching lexicon's ``claim_contesting_cues`` whose object is a claim
    (:func:`~provenance.extractors.claims.constructions.claim_object`: a claim noun
    or a "that" clause, or a count given earlier named by a bare noun of the
    matching lexicon's ``quantity_heads``: "challenged [the count]") argues against
    it; "questioned [the witness]" and "challenged [the count of votes]" do not.
    ``cue`` is the claims' cue column as strings.
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    words = match_lexicon(None).claim_contesting_cues
    out = pd.Series(False, index=claims.index, dtype=bool)
    if not words or "text" not in claims:
        return out
    asserted = claims["status"] == ClaimStatus.ASSERTED.value
    named = _mentions(cue[asserted], words).reindex(claims.index, fill_value=False)
    if not named.any():
        return out
    text = claims.loc[named, "text"].astype(str)
    hits = pd.Series([_takes_a_claim(body, 0) for body in text], index=text.index, dtype=bool)
    hits |= _names_a_count(text)  # ... or a count given earlier: "questioned [the count]"
    return out | hits.reindex(out.index, fill_value=False)


def _names_a_count(text: pd.Series) -> pd.Series:
    """Objects that are a bare noun of a count, maybe with adjuncts: "the count on Monday"."""
    from provenance.lexicon.cues import cue_lexicon

    bare = _bare_object(text.str.lower().str.strip(' .,;“”"'))
    return _names_a_figure(bare, frozenset(cue_lexicon(None).anaphoric_heads_after))


def _attributed(claims: pd.DataFrame) -> pd.Series:
    """Claims a source other than the narrator makes (all of them without the column)."""
    import pandas as pd

    if "attribution" not in claims:
        return pd.Series(True, index=claims.index, dtype=bool)
    return (claims["attribution"] != "narrator").astype(bool)


def _takes_a_claim(text: str, start: int) -> bool:
    """Whether a claim noun phrase or a "that" clause starts right at ``start``.

    Stricter than :func:`~provenance.extractors.claims.constructions.claim_object`:
    a determiner or a possessive and at most two modifiers before a claim head that
    is no pronoun ("questioned [the findings of ...]", "cast doubt on [Moscow's
    account]", "challenged [claims that ...]"); not "challenge [it]".

    Example:
        >>> _takes_a_claim("questioned the findings of a report", 10)
        True
        >>> _takes_a_claim("questioned the witness about the claims", 10)
        False
        >>> _takes_a_claim("was questioned about the claims", 14)
        False
    """
    return _claim_phrase_re().match(text, start) is not None


@functools.cache
def _claim_phrase_re() -> re.Pattern[str]:
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    pronouns = {"it", "this", "that", "these", "those"}
    heads = sorted((h for h in lex.claim_heads if h not in pronouns), key=len, reverse=True)
    dets = sorted(
        {*lex.anaphoric_heads_after, *lex.indirect_object_determiners}, key=len, reverse=True
    )
    alt = "|".join(map(re.escape, heads))
    # a possessor after the determiner: "contrary to [the government's claims]"
    det = "|".join(map(re.escape, dets))
    from provenance.rules.owners import said_forms_re

    return re.compile(
        r"\s*(?:that\s"
        # a free relative of a verb of saying: "contrary to [what the minister said]"
        rf"|what\s+(?:[\w.’'-]+\s+){{1,4}}?(?:[a-z]+\s+)?(?:{said_forms_re(None)})\b"
        rf"|(?:(?:{det})\s+(?:[\w.-]+\s+){{0,2}}?[\w.-]+['’]s\s+"
        rf"|(?:{det})\s+|[A-Z][\w.-]*['’]s\s+|[a-z]+['’]s\s+)"
        rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{alt})\b"
        rf"|(?:{alt})\b)"
    )


def _contesting_a_claim(claims: pd.DataFrame) -> pd.Series:
    """Asserted claims whose content argues against a claim it names by a noun.

    "She cited [a study that debunked concerns about military cohesion]": a contesting
    word of the matching lexicon inside the content, followed by a claim noun
    (:func:`~provenance.extractors.claims.constructions.claim_object`: "concerns",
    "the allegations", "reports that"); the source holds the argument, a denial of
    that claim. "the data contradicted expectations" names no claim and is none.
    """
    import pandas as pd

    from provenance.extractors.claims.constructions import claim_object
    from provenance.lexicon.cues import cue_lexicon
    from provenance.lexicon.matching import match_lexicon

    mlex = match_lexicon(None)
    words = mlex.contesting_cues | mlex.claim_contesting_cues
    out = pd.Series(False, index=claims.index, dtype=bool)
    if not words or "text" not in claims:
        return out
    asserted = claims["status"] == ClaimStatus.ASSERTED.value
    pattern = _contesting_re(words)
    text = claims.loc[asserted, "text"].astype(str)
    text = text[_mentions(text, words)]
    lex = cue_lexicon(None)
    # the claim-only words argue for a source, never in the narrator's own text
    attributed = _attributed(claims).reindex(text.index)

    def argues(body: str, someone: bool) -> bool:
        for found in pattern.finditer(body):
            word = " ".join(found.group().casefold().split())
            if word in mlex.claim_contesting_cues:
                fronted = word in mlex.fronted_contests and _opens(body, found.start())
                if (someone or fronted) and _takes_a_claim(body, found.end()):
                    return True
            elif claim_object(body, found.end(), lex):
                return True
        return False

    hits = [argues(body, bool(a)) for body, a in zip(text, attributed, strict=True)]
    return out | pd.Series(hits, index=text.index, dtype=bool).reindex(out.index, fill_value=False)


#: Words that may stand before a fronted contest in its sentence ("But contrary to ...").
_FRONT_JOINERS = frozenset({"", "but", "and", "yet"})


def _opens(body: str, start: int) -> bool:
    """Whether ``start`` opens ``body``'s sentence, after a joining conjunction at most.

    Example:
        >>> _opens("But contrary to the claims, it held.", 4), _opens("It ran contrary to", 7)
        (True, False)
    """
    return body[:start].strip(" “”\"'‘’,").casefold() in _FRONT_JOINERS


def _has_word(text: pd.Series, words: frozenset[str]) -> pd.Series:
    """Texts with one of ``words`` (case-folded), tested once per distinct text."""
    import pandas as pd

    seen = {t: not words.isdisjoint(t.casefold().split()) for t in dict.fromkeys(text)}
    return pd.Series([seen[t] for t in text], index=text.index, dtype=bool)


def is_uncontested_denial(claims: pd.DataFrame, contradicted: pd.Series) -> pd.Series:
    """Denials whose denied claim the text does not give ("Moscow denied meddling").

    A denial answers someone's claim even when the text leaves the claim out; the
    denials paired with a claim in the text are :func:`contradicted_claim`'s. A
    denial verb whose object is a request or a case ("rejected calls to halt",
    "dismissed the lawsuit") is a refusal or a ruling, not a contradiction. A
    denial of a bare pronoun that points to no claim ("calling it erroneous", the
    matching lexicon's ``bare_pronouns``) states nothing to check and is left out.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"status": ["denied", "denied", "denied", "asserted"],
        ...     "text": ["the claims", "meddling", "calls to halt the war", "x"],
        ...     "cue": ["denied", "denied", "rejected", "said"]})
        >>> is_uncontested_denial(claims, pd.Series(["c", None, None, None])).tolist()
        [False, True, False, False]
    """
    import pandas as pd

    from provenance.extractors.claims.cues import cue_grammar
    from provenance.lexicon.matching import match_lexicon

    # "said he did nothing wrong" denies only the charge it answers, never on its own;
    # "challenged the count" only the count it points back to ("challenged the count in
    # court" with no count before is a legal act)
    candidate = denies(claims) & contradicted.isna() & ~_exculpating(claims)
    # The text test only on the candidates: denials are a few rows in a thousand.
    texts = claims.loc[candidate, "text"].astype(str)
    asserted = claims.loc[candidate, "status"] == ClaimStatus.ASSERTED.value
    counted = asserted & _names_a_count(texts)
    counted &= ~texts.map(lambda body: _takes_a_claim(body, 0)).astype(bool)
    if counted.any():
        candidate &= ~counted.reindex(claims.index, fill_value=False)
        texts = texts[~counted]
    # "There is no record of rain since March" answers no one: such a cue denies alone only
    # what its object names someone as saying ("the meeting the minister described")
    answering = claims.loc[texts.index, "cue"].astype(str).str.lower().str.split().str.join(" ")
    answering = answering.isin(match_lexicon(None).answering_denials)
    if answering.any():
        unsaid = answering & ~_mentions(texts, _saying_forms())
        candidate &= ~unsaid.reindex(claims.index, fill_value=False).astype(bool)
        texts = texts[~unsaid]
    refusal = texts.str.match(cue_grammar(None).refusal_re).astype(bool)
    # "the lawsuit [was without merit]": a copula's evaluation of a filing refuses nothing
    refusal &= ~_copula_led(claims.loc[texts.index, "cue"])
    # "calling it erroneous" with no claim found for "it" to point to states nothing to check
    bare = _bare_object(texts.str.lower().str.strip(' .,;“”"'))
    bare = bare.str.strip(' .,;“”"').isin(match_lexicon(None).bare_pronouns)
    flagged = pd.Series(False, index=claims.index, dtype=bool)
    flagged.loc[refusal.index] = ~refusal & ~bare
    return flagged


def _copula_led(cue: pd.Series) -> pd.Series:
    """Cues of a copula and an evaluation: a predicate ("were without merit"), never a
    passive denial ("was denied")."""
    from provenance.extractors.claims.families import family_grammar

    text = cue.astype(object).where(cue.notna(), "").astype(str)
    evaluated = text.str.contains(family_grammar(None).evaluation_end_re)
    return (text.str.lower().str.match(_copula_re()) & evaluated).astype(bool)


@functools.cache
def _copula_re() -> re.Pattern[str]:
    from provenance.lexicon.cues import cue_lexicon

    return _lower_re(frozenset(w.lower() for w in cue_lexicon(None).copulas))


@functools.cache
def _saying_forms() -> frozenset[str]:
    """Lower-cased forms of the verbs that report what someone said, inside a noun phrase.

    The cue lexicon's verbs with a clause frame ("the ballots the candidate [said] were
    printed") and the matching lexicon's ``labeling_relative_verbs`` ("the meeting the
    minister [described]").
    """
    from provenance.lexicon.cues import Frame, cue_lexicon
    from provenance.lexicon.matching import match_lexicon

    lex = cue_lexicon(None)
    said = (f.lower() for v in lex.verbs if v.frame is Frame.CLAUSE and not v.weak for f in v.forms)
    return frozenset((*said, *match_lexicon(None).labeling_relative_verbs))


def flagged_cue(claims: pd.DataFrame, source_kinds: pd.Series | None) -> pd.Series:
    """Claims whose cue the cue lexicon flags for their source's kind, whatever the status.

    ``source_kinds`` is aligned with ``claims``; ``None`` keeps only the flags that hold
    whatever the source ("accused", "accusations"), not those limited to some kinds
    ("reported" by media).

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"cue": ["has accused", "reported", None, "did not accuse",
        ...                                "not only accused"]})
        >>> flagged_cue(claims, None).tolist()
        [True, False, False, False, True]
    """
    import numpy as np
    import pandas as pd

    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    flagged = lex.flagged_forms()
    negations = frozenset(w.lower() for w in lex.negations)
    clitics = tuple(c.lower() for c in lex.negation_clitics)
    refusals = tuple(" ".join(a.lower().split()) for a in lex.negating_auxiliaries)
    focus = frozenset(w.lower() for w in lex.negation_focus)

    def charged(cue: object, kind: object) -> bool:
        if not isinstance(cue, str):
            return False
        words = cue.lower().split()
        joined = " ".join(words)
        # "not only accused X but": a focus, the charge stands
        if any(
            (w in negations or w.endswith(clitics))
            and not (i + 1 < len(words) and words[i + 1] in focus)
            for i, w in enumerate(words)
        ) or any(r in joined for r in refusals):
            return False  # "never alleged", "did not accuse", "declined to accuse": no charge
        whole = flagged.get(joined)  # a phrase: "is said to"
        if whole is not None:
            return not whole or kind in whole
        for word in reversed(words):
            kinds = flagged.get(word)
            if kinds is not None:
                return not kinds or kind in kinds
        return False

    # Once per distinct (cue, source kind): a feed repeats a few hundred cues.
    cues = claims["cue"].astype(object)
    kinds = (
        pd.Series(source_kinds, index=claims.index).astype(object)
        if source_kinds is not None
        else pd.Series(None, index=claims.index, dtype=object)
    )
    keys = pd.Series(
        list(zip(cues.where(cues.notna(), None), kinds.where(kinds.notna(), None), strict=True)),
        index=claims.index,
        dtype=object,
    )
    codes, uniques = pd.factorize(keys)
    verdicts = np.fromiter((charged(c, k) for c, k in uniques), dtype=bool, count=len(uniques))
    hits = verdicts[codes] if len(codes) else np.zeros(0, dtype=bool)
    return pd.Series(hits, index=claims.index, dtype=bool)


def is_charge(claims: pd.DataFrame, source_kinds: pd.Series) -> pd.Series:
    """Asserted claims made with a charging cue: accusations and other outlets' reports.

    The cue lexicon flags cues whose content a fact-checker must verify although
    the cue itself is neutral ("accused X of", "accusations that", "local media
    reported"); a flag may be limited to sources of some kinds ("reported" only
    by media and agencies, not "the company reported a profit").
    ``source_kinds`` gives each claim's source kind, aligned with ``claims``.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"status": ["asserted"] * 3,
        ...                        "cue": ["has accused", "reported", "reported"]})
        >>> is_charge(claims, pd.Series(["person", "media", "organization"])).tolist()
        [True, True, False]
    """
    asserted = claims["status"] == ClaimStatus.ASSERTED.value
    kinds = source_kinds.where(~_sourceless_verb(claims), None)
    charged_cue = flagged_cue(claims, kinds)
    return (asserted & (charged_cue | hearsay(claims)) & ~_narrators_own(claims)).astype(bool)


def _sourceless_verb(claims: pd.DataFrame) -> pd.Series:
    """Narrator claims whose cue is a verb form that is no noun form ("reporting").

    "A wave of women reporting abuse has brought down men": the participle's subject is no
    source the text names, so the narrator stands in, and a flag limited to some source
    kinds ("reported" by media) must not read the agency's own kind there. A noun cue
    ("amid reports that ...") names no source either, but says what kind its source is.
    """
    import pandas as pd

    from provenance.lexicon.cues import cue_lexicon
    from provenance.rules.replies import cue_last_word

    if "attribution" not in claims:
        return pd.Series(False, index=claims.index, dtype=bool)
    nouns = cue_lexicon(None).noun_forms
    last = cue_last_word(claims)
    verb_only = (last != "") & ~last.isin(nouns)
    return ((claims["attribution"] == "narrator") & verb_only).astype(bool)


def corroborated(claims: pd.DataFrame, among: pd.Series, bodies: pd.Series) -> pd.Series:
    """Of the ``among`` claims, those whose cue a second source's confirmation follows.

    "[The panel ruled ...], the Virginian-Pilot newspaper reported and Yancey
    confirmed", "The Post reported, and police confirmed, that ...": the report is
    corroborated by a named source, not a charge left to check. A negated
    confirmation ("and the ministry did not confirm", "has not confirmed") is no
    corroboration. The cue is looked for right after the claim (a trailing
    attribution) or right before it; ``bodies`` maps ``article_id`` to the text.

    Example:
        >>> import pandas as pd
        >>> bodies = pd.Series({"a": "The vote was void, the Pilot reported and Yancey confirmed.",
        ...                     "b": "The vote was void, the Pilot reported and Yancey denied it."})
        >>> claims = pd.DataFrame({"article_id": ["a", "b"], "start": [0, 0],
        ...                        "end": [17, 17], "cue": ["reported", "reported"]})
        >>> corroborated(claims, pd.Series([True, True]), bodies).tolist()
        [True, False]
    """
    import pandas as pd

    out = pd.Series(False, index=claims.index, dtype=bool)
    confirmed, trailing, open_ = _confirmed_re()

    def left_open(body: str, m: re.Match[str]) -> bool:
        # "and the ministry neither confirmed nor denied": the claim is left open
        return open_.search(body, m.start(), m.end() + _OPEN_TAIL) is not None

    rows = claims.loc[among]
    for idx, art, start, end, cue in zip(
        rows.index, rows["article_id"], rows["start"], rows["end"], rows["cue"], strict=True
    ):
        body = bodies.get(art)
        if not isinstance(body, str):
            continue
        start, end = int(start), int(end)
        # a frame after the claim, whatever the claim's own cue ("[X], the newspaper
        # reported and Yancey confirmed" carries X): in the claim's sentence only
        m = trailing.search(body, end, end + _CUE_REACH)
        if m is not None and _SENTENCE_STOP.search(body, end, m.start()) is None:
            out.loc[idx] = not left_open(body, m)
            continue
        before = body.rfind(cue, max(0, start - _CUE_REACH), start) if isinstance(cue, str) else -1
        if before >= 0:
            # up to the claim's end: "reported [and state officials confirmed]" read as
            # the report's content is the same coordination
            m = confirmed.match(body, before + len(cue), max(start, end))
            out.loc[idx] = m is not None and not left_open(body, m)
    return out


#: A sentence ending before the next one's capital: a frame past it is another sentence's.
_SENTENCE_STOP = re.compile(r"[.!?][”\"’]?\s+[“\"]?[A-Z]")
#: Most characters between a claim and its cue that :func:`corroborated` looks across.
_CUE_REACH = 120
#: Characters after a confirming verb searched for an open answer ("confirmed or denied").
_OPEN_TAIL = 20


@functools.cache
def _confirmed_re() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A coordinated second source and an inflected confirming verb (", and police
    confirmed", " and Yancey has confirmed"): the cue lexicon's ``confirming`` lemmas, no
    negation between them; the same after a flagged verb ("reported and Yancey confirmed"); and the
    cue lexicon's phrases that leave a claim open ("neither confirmed nor denied"), which
    undo it."""
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    open_forms = sorted(
        {f.lower() for p in lex.phrases if p.status is ClaimStatus.UNCONFIRMED for f in p.forms},
        key=len,
        reverse=True,
    )
    open_re = re.compile(
        r"\b(?:" + "|".join(map(re.escape, open_forms)) + r")\b" if open_forms else r"(?!)",
        re.IGNORECASE,
    )
    forms = sorted(
        {f for v in lex.verbs if v.lemma in lex.confirming for f in v.forms[1:]},
        key=len,
        reverse=True,
    )
    neg = "|".join(re.escape(n) for n in lex.negations if n.isalpha())
    # "hasn't" / "hasn’t": the clitic with either apostrophe
    clitics = "".join(
        rf"(?<!{re.escape(v)})" for c in lex.negation_clitics for v in {c, c.replace("'", "’")}
    )
    joiners = "|".join(sorted(map(re.escape, lex.coordinators)))
    word = rf"(?!(?:{neg})\b)[\w.’'-]+{clitics}\s+"
    tail = rf",?\s+(?:{joiners})\s+(?:{word}){{1,6}}?(?:{'|'.join(map(re.escape, forms))})\b"
    flagged = sorted({f for v in lex.verbs if v.flag for f in v.forms}, key=len, reverse=True)
    trailing_re = re.compile(rf"\b(?:{'|'.join(map(re.escape, flagged))}){tail}")
    return re.compile(tail), trailing_re, open_re


def _narrators_own(claims: pd.DataFrame) -> pd.Series:
    """Claims whose source is the article's narrator: "Reuters first reported that ..." in
    a Reuters story is the agency's own reporting, which the text stands behind."""
    import pandas as pd

    out = pd.Series(False, index=claims.index, dtype=bool)
    if not {"article_id", "source_id", "attribution"} <= set(claims.columns):
        return out
    narrated = claims["attribution"] == "narrator"
    keys = claims.loc[narrated, ["article_id", "source_id"]].drop_duplicates()
    if keys.empty:
        return out
    own = pd.MultiIndex.from_frame(keys)
    pairs = pd.MultiIndex.from_frame(claims[["article_id", "source_id"]])
    return pd.Series(pairs.isin(own) & ~narrated.to_numpy(), index=claims.index, dtype=bool)


def is_named_allegation(claims: pd.DataFrame, contradicted: pd.Series) -> pd.Series:
    """Asserted claims a denial answers by naming them an allegation: a charge to verify.

    "Supporters say [the state killed him]. The Kremlin denies the allegation.":
    the noun ("allegation", "accusations", "rumours") says the claim is not
    established, as "allegations that ..." would; the denial names it with a noun
    cue that hedges or flags. ``contradicted`` is each denial's answered claim
    (:func:`answered_claim`; null elsewhere), aligned with ``claims``. A denial by a pronoun
    ("denies it"), a plain noun ("denied the request") or a plain name of what was said
    (the cue lexicon's ``plain_claim_nouns``: "India rejected the claim") names no charge.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["s", "d", "p", "e"],
        ...     "status": ["asserted", "denied", "asserted", "denied"],
        ...     "cue": ["say", "denies", "said", "denied"],
        ...     "text": ["the state killed him", "the allegation", "talks failed", "it"]})
        >>> is_named_allegation(claims, pd.Series([None, "s", None, "p"])).tolist()
        [True, False, False, False]
    """
    import pandas as pd

    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    # "India rejected the claim": a plain name of what was said, no charge
    naming = frozenset(
        f.lower() for n in lex.nouns if n.status is ClaimStatus.HEDGED or n.flag for f in n.forms
    ).difference(lex.plain_claim_nouns)
    pointing = denies(claims) & contradicted.notna()
    words = claims.loc[pointing, "text"].astype(str).str.lower().str.split()
    named = words.map(lambda ws: not naming.isdisjoint(ws)).astype(bool)
    targets = contradicted[pointing][named]
    asserted = claims["status"] == ClaimStatus.ASSERTED.value
    return pd.Series(asserted & claims["claim_id"].isin(targets), index=claims.index, dtype=bool)


def hearsay(claims: pd.DataFrame) -> pd.Series:
    """Claims whose source is hearsay ("according to media reports", "news reports said").

    The source as written ends in one of the matching lexicon's ``hearsay_sources``:
    no one named stands behind the claim, so a fact-checker must find who does.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"source_text": ["some local media reports", "Lavrov", None]})
        >>> hearsay(claims).tolist()
        [True, False, False]
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    if "source_text" not in claims:
        return pd.Series(False, index=claims.index, dtype=bool)
    heads = match_lexicon(None).hearsay_sources
    longest = max((len(h.split()) for h in heads), default=0)

    def ends_in(source: object) -> bool:
        if not isinstance(source, str):
            return False
        words = source.casefold().split()
        return any(" ".join(words[-n:]) in heads for n in range(1, min(longest, len(words)) + 1))

    texts = claims["source_text"].astype(object)
    seen = {t: ends_in(t) for t in dict.fromkeys(texts.where(texts.notna(), None))}
    return pd.Series(
        [seen[t] for t in texts.where(texts.notna(), None)], index=claims.index, dtype=bool
    )


#: How far before a denial the claim it points back to may end (characters).
_ANSWER_WINDOW = 400


def answered_claim(claims: pd.DataFrame, contradicted: pd.Series) -> pd.Series:
    """For a denial pointing back ("denied the allegations", "denies it"), the claim it answers.

    A denial with no nested claim whose object is anaphoric (the cue lexicon's
    ``anaphoric_objects`` and ``anaphoric_determiners``) answers the nearest claim
    before it in the same article, within a few sentences, made by another source:
    attributed, carrying a cue ("allegations of ..."), or a whole sentence of the
    narrator's ("Obama sanctioned it, saying it played a role in the hacking.
    Russia has denied such meddling."); else null. An attributed claim saying
    "there was no collusion" answers the earlier claim naming collusion
    (:func:`_echoed_antecedent`).

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["a", "d"], "article_id": ["x", "x"], "source_id": ["s1", "s2"],
        ...     "start": [0, 40], "end": [30, 55], "status": ["hedged", "denied"],
        ...     "attribution": ["indirect", "indirect"], "cue": ["alleged", "denied"],
        ...     "text": ["he took bribes", "the allegations"]})
        >>> answered_claim(claims, pd.Series([None, None])).tolist()
        [None, 'a']
    """
    denying = denies(claims)
    # a claim holding its own source's denial ("critics say [the allegations are
    # baseless]") answers a charge; it is no charge for a later denial to answer
    found = _antecedent(claims, denying & contradicted.isna(), denying | _holds(claims, denying))
    # "Daniels said [the plaintiffs’ claims] were speculative": the possessor names whose
    # claim is denied, over the nearest claim of anyone else
    from provenance.rules.owners import owned_claim

    owned = owned_claim(claims, denying & contradicted.isna())
    found = owned.combine_first(found) if owned.notna().any() else found
    # "the union said [the mayor was wrong]": the source judged names whose claim is answered
    from provenance.rules.owners import judged_claim

    judged = judged_claim(claims, found.isna() & contradicted.isna() & _attributed(claims))
    found = found.combine_first(judged) if judged.notna().any() else found
    # "Trump has said [there was no collusion]": a claim denying what another's names
    echoed = _echoed_antecedent(claims, contradicted.isna() & ~denying)
    found = found.combine_first(echoed) if echoed.notna().any() else found
    # "“[The notion that X] is belied by ...,” Coates wrote": the earlier claim stating X
    belied = _contested_subject(claims, contradicted.isna() & ~denying)
    found = found.combine_first(belied) if belied.notna().any() else found
    # "the union said [that claim is at odds with the data]": a claim noun pointing back,
    # set against something by a contest link
    pointed = _pointed_contest(claims, found.isna() & contradicted.isna() & ~denying)
    found = found.combine_first(pointed) if pointed.notna().any() else found
    # "Moscow countered that ...", "Jones said [no such meeting took place]"
    from provenance.rules.replies import replied_claim

    replied = replied_claim(claims, found.isna() & contradicted.isna() & ~denying)
    found = found.combine_first(replied) if replied.notna().any() else found
    # "Robart ruled that ... the department disagrees with Robart's ruling"
    from provenance.rules.rulings import contested_ruling

    ruled = contested_ruling(claims, found.isna() & contradicted.isna())
    found = found.combine_first(ruled) if ruled.notna().any() else found
    # "Simonds asked a state court to reconsider, arguing that ...": an appeal of a ruling
    from provenance.rules.rulings import appealed_ruling

    appealed = appealed_ruling(claims, found.isna() & contradicted.isna())
    found = found.combine_first(appealed) if appealed.notna().any() else found
    # "he denied [accusations contained in a report]. The report included accusations
    # from a woman that ...": a denial naming its claim before the text states it
    from provenance.rules.ahead import named_ahead

    ahead = named_ahead(claims, found.isna() & contradicted.isna() & denying)
    found = found.combine_first(ahead) if ahead.notna().any() else found
    # "a spokesman said X. That is contrary to an assertion made by Trump": the claim
    # pointed back to contradicts the claim of the source named
    from provenance.rules.contrasts import contrasted_claim

    contrasted = contrasted_claim(claims, found.isna() & contradicted.isna() & ~denying)
    found = found.combine_first(contrasted) if contrasted.notna().any() else found
    # "The bank said its capital was sufficient. Regulators were not convinced."
    from provenance.rules.replies import doubted_claim

    doubted = doubted_claim(claims, found.isna() & contradicted.isna() & ~denying)
    found = found.combine_first(doubted) if doubted.notna().any() else found
    # "Fernandez, who has said Clinton played no role": the charge of the story, far back
    from provenance.rules.exculpations import far_charge

    answering = found.combine_first(contradicted)
    open_ = found.isna() & contradicted.isna()
    vindicating = _vindicating(claims)
    far = far_charge(claims, open_ & _exculpating(claims) & ~vindicating, answering)
    # "the court acted appropriately" answers whoever contested the court, too
    vindicated = far_charge(claims, open_ & vindicating, answering, contests=answering.notna())
    far = far.combine_first(vindicated) if vindicated.notna().any() else far
    return found.combine_first(far) if far.notna().any() else found


def _nearest_earlier(
    claims: pd.DataFrame,
    pool: pd.DataFrame,
    keys: pd.DataFrame,
    fits: Callable[[object, pd.DataFrame], pd.Series],
) -> pd.Series:
    """For each row of ``keys`` (its ``article_id``, ``start``, ``source_id``), the
    ``claim_id`` of the nearest ``pool`` claim before it that ``fits``; null elsewhere.

    The candidates are another source's claims of the same article ending before
    the row's claim starts; ``fits(row, candidates)`` marks those that state what
    it answers, and the last to end wins. Only the articles of ``keys`` are
    grouped: a few in a feed, each scanned once per key.
    """
    import pandas as pd

    pool = pool[pool["article_id"].isin(keys["article_id"])]
    by_article = dict(tuple(pool.groupby("article_id", sort=False)))
    hits: dict[object, object] = {}
    for row, art, start, source in zip(
        keys.index, keys["article_id"], keys["start"], keys["source_id"], strict=True
    ):
        same = by_article.get(art)
        if same is None:
            continue
        earlier = same[(same["end"] <= start) & (same["source_id"] != source)]
        stating = earlier[fits(row, earlier).to_numpy(dtype=bool)] if len(earlier) else earlier
        if not stating.empty:
            hits[row] = stating.sort_values(["end", "start"])["claim_id"].iloc[-1]
    return pd.Series([hits.get(i) for i in claims.index], index=claims.index, dtype=object)


#: Content-word stems a contested subject and an earlier claim share to state one thing.
_SHARED_STEMS = 2


def _contested_subject(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For an attributed claim holding a passive contest, the earlier claim it argues against.

    "“Notion that Civil War resulted from a lack of compromise is belied by all the
    compromises made,” Coates wrote": the subject before one of the matching lexicon's
    ``passive_contests`` states the claim argued against. The earlier claim of another
    source, in the same article and attributed, whose words share at least
    :data:`_SHARED_STEMS` stems (first ``echo_prefix`` letters, function words aside)
    with the subject is the one it contradicts; the nearest wins. Only ``open_`` claims
    attributed to a source are read. Null elsewhere.
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(None)
    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    n = lex.echo_prefix
    if n <= 0 or not lex.passive_contests or "text" not in claims or not open_.any():
        return out
    reading = open_ & _attributed(claims)
    text = claims.loc[reading, "text"].astype(str)
    pattern = _contesting_re(frozenset(lex.passive_contests))
    text = text[_mentions(text, frozenset(lex.passive_contests))]
    if text.empty:
        return out

    def stems(words: str) -> frozenset[str]:
        return frozenset(
            w[:n]
            for w in re.findall(r"\w+", words.casefold())
            if len(w) >= n and w not in lex.function_words
        )

    subjects: dict[object, frozenset[str]] = {}
    for row, body in text.items():
        found = pattern.search(body)
        if found is None:
            continue
        # the subject: from the last sentence or quote boundary before the phrase
        subject = stems(re.split(r"[.;:!?“”\"]", body[: found.start()])[-1])
        if len(subject) >= _SHARED_STEMS:
            subjects[row] = subject

    def states(row: object, earlier: pd.DataFrame) -> pd.Series:
        return (
            earlier["text"]
            .astype(str)
            .map(lambda t: len(stems(t) & subjects[row]) >= _SHARED_STEMS)
        )

    keys = claims.loc[list(subjects), ["article_id", "start", "source_id"]]
    return _nearest_earlier(claims, claims[_attributed(claims)], keys, states)


def _pointed_contest(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For an attributed claim opening with a claim noun phrase set against something by a
    contest link, the nearest earlier claim of another source; null elsewhere.

    "The mayor said crime had fallen by a third. The union said [that claim is at odds
    with the data]", "said [the mayor's claim was belied by its own figures]", "said [the
    account flatly contradicts the record]": the noun phrase (a determiner or a possessor,
    at most two modifiers, one of the cue lexicon's ``claim_heads``) points back as "denied
    the claim" does, and the link (the matching lexicon's ``passive_contests``,
    ``contrast_links``, ``contrast_agent_links`` and ``contesting_cues``, after a copula
    and an adverb at most) argues against it, whatever it is set against. The claim
    answered ends at most :data:`_ANSWER_WINDOW` characters before. "The plan is at odds
    with the law" opens with no claim noun and answers nothing.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["m", "u"], "article_id": ["x", "x"], "source_id": ["mayor", "union"],
        ...     "start": [10, 60], "end": [37, 104], "status": ["asserted"] * 2,
        ...     "attribution": ["indirect"] * 2, "cue": ["said"] * 2,
        ...     "text": ["crime had fallen by a third", "that claim is at odds with the data"]})
        >>> _pointed_contest(claims, pd.Series([True, True])).tolist()
        [None, 'm']
    """
    import pandas as pd

    from provenance.rules.replies import nearest_before

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if "text" not in claims or not open_.any():
        return out
    reading = (
        open_ & _attributed(claims) & (claims["status"] == ClaimStatus.ASSERTED.value)
    ).astype(bool)
    text = claims.loc[reading, "text"].astype(str).str.lower().str.strip(" “”\"'‘’")
    pointing = text.str.match(_pointed_contest_re()).reindex(claims.index, fill_value=False)
    if not pointing.any():
        return out
    found = nearest_before(claims, pointing.astype(bool), _attributed(claims), _ANSWER_WINDOW)
    mapped = claims["claim_id"].map(found)
    return out.where(mapped.isna(), mapped)


@functools.cache
def _pointed_contest_re() -> re.Pattern[str]:
    """A lower-cased claim noun phrase, a copula and an adverb at most, a contest link."""
    from provenance.lexicon.cues import cue_lexicon
    from provenance.lexicon.matching import match_lexicon

    lex = cue_lexicon(None)
    mlex = match_lexicon(None)

    def alt(words: Iterable[str]) -> str:
        ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)

    pronouns = {"it", "this", "that", "these", "those"}
    heads = [h for h in lex.claim_heads if h.lower() not in pronouns]
    dets = {*lex.anaphoric_heads_after, *lex.indirect_object_determiners}
    links = {
        *mlex.passive_contests,
        *mlex.contrast_links,
        *mlex.contrast_agent_links,
        *mlex.contesting_cues,
    }
    return re.compile(
        rf"(?:(?:{alt(dets)})\s+)?(?:[\w.-]+['’]s\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
        rf"(?:{alt(heads)})\s+(?:(?:{alt(lex.copulas)})\s+)?(?:[a-z]+ly\s+)?(?:{alt(links)})\b"
    )


def _holds(claims: pd.DataFrame, inner: pd.Series) -> pd.Series:
    """Claims whose span holds another ``inner`` claim of the same source.

    "Critics say [the allegations are baseless, and ...]" holds the critics' own
    denial "the allegations" (cue "are baseless"): the outer claim argues back.
    """
    import pandas as pd

    out = pd.Series(False, index=claims.index, dtype=bool)
    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    if not inner.any() or not set(cols) <= set(claims.columns):
        return out
    rows = claims[cols].assign(_row=range(len(claims)))
    pairs = rows[~inner.to_numpy()].merge(
        rows.loc[inner.to_numpy(), cols], on=["article_id", "source_id"], suffixes=("", "_in")
    )
    within = (pairs["start"] <= pairs["start_in"]) & (pairs["end_in"] <= pairs["end"])
    hit = claims.index.take(pairs.loc[within, "_row"].unique())
    out.loc[hit] = True
    return out


def _echoed_antecedent(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For an attributed claim holding an echo negation, the earlier claim naming what it denies.

    "Mueller is investigating whether the campaign colluded with Russia. ... Trump has
    said [there was no collusion].": the word after one of the matching lexicon's
    ``echo_negations`` and a word of the earlier claim share their first
    ``echo_prefix`` letters ("collusion", "colluded"). The earlier claim is another
    source's, in the same article, ending before the claim starts; the nearest wins.
    Only ``open_`` claims attributed to a source are read (a narrator's "there was no
    power" is no one's denial). Null elsewhere, and for words shorter than the prefix.
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(None)
    n = lex.echo_prefix
    if n <= 0 or not lex.echo_negations or "text" not in claims or not open_.any():
        return pd.Series([None] * len(claims), index=claims.index, dtype=object)
    reading = open_ & (claims["attribution"] != "narrator")
    text = claims.loc[reading, "text"].astype(str)
    negation = _contesting_re(frozenset(lex.echo_negations)).pattern
    word = text.str.extract(rf"(?i:{negation})\s+(\w+)", expand=False).dropna()
    stems = word.str.casefold().where(word.str.len() >= n).str[:n].dropna()

    stem_of: dict[object, str] = stems.to_dict()

    def names(row: object, earlier: pd.DataFrame) -> pd.Series:
        return earlier["text"].astype(str).str.contains(rf"(?i)\b{re.escape(stem_of[row])}")

    keys = claims.loc[stems.index, ["article_id", "start", "source_id"]]
    return _nearest_earlier(claims, claims, keys, names)


def _antecedent(claims: pd.DataFrame, pointing: pd.Series, exclude: pd.Series) -> pd.Series:
    """For the ``pointing`` claims whose text points back, the claim they point to.

    The search of :func:`answered_claim`: nearest claim of another source before
    it (a claim noun names its antecedent however far back); ``exclude`` marks
    claims that are never antecedents. Null elsewhere.
    """
    import pandas as pd

    from provenance.extractors.claims.cues import cue_grammar
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    # The text tests only on the pointing claims: a few rows in a thousand.
    said = claims.loc[pointing, "text"].astype(str).str.lower().str.strip(" .,;")
    # "rejected [the toll] as inflated", "denied [the report] on Monday": the object alone
    text = _bare_object(said)
    points_back = (
        text.isin(lex.anaphoric_objects)
        | text.isin(lex.bare_denial_contents)  # "They pleaded [not guilty] on Monday."
        | text.str.startswith(tuple(d + " " for d in lex.anaphoric_determiners))
        | text.str.fullmatch(cue_grammar(None).anaphoric_re)  # "the concerns", "either report"
        | _names_a_figure(text, frozenset(lex.anaphoric_heads_after))  # "disputed the figure"
        | _exculpates(text)  # "said he did nothing wrong"
        | _given_by_participle(text)  # "denied the claims first reported by the Times"
    ).astype(bool)
    denial = points_back.reindex(claims.index, fill_value=False).astype(bool)
    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if not denial.any():
        return out
    bared = text[points_back & (text != said)]
    if not bared.empty:
        # ... names what it points back to, for the searches below too
        claims = claims.assign(text=claims["text"].mask(claims.index.isin(bared.index), text))
    candidate = (
        (claims["attribution"] != "narrator")
        | (claims["status"] != "asserted")
        | claims["cue"].notna()  # a narrator claim with a cue: "allegations of ..."
    )
    # The narrator's own sentences too ("Obama sanctioned it, saying it played a role
    # in the hacking. Russia has denied such meddling."), but not the narrator's
    # pieces of the denial's sentence ("Russia has denied"), which end mid-sentence.
    candidate |= (claims["attribution"] == "narrator") & _whole_sentence(claims["text"])
    # A claim noun ("denied the allegations") answers a claim, never a narrator sentence:
    # its search skips plain narrator claims, so an attributed claim further back is found.
    lemma = cue_lexicon(None).lemma_of
    # ... and so does a claim head that is no cue ("He has denied [the charges]") (blind43)
    heads = _charge_heads()
    nouned = pd.Series(
        [
            any(lemma(w) is not None or w in heads for w in str(t).lower().split())
            for t in claims.loc[denial, "text"]
        ],
        index=claims.loc[denial].index,
        dtype=bool,
    )
    # "did nothing wrong" answers a charge too, never a plain narrator sentence
    nouned = (nouned | _exculpates(text[points_back])).reindex(claims.index, fill_value=False)
    plain = (claims["attribution"] == "narrator") & claims["cue"].isna()
    # "the claims first reported by the Times" names its claim by a claim noun only:
    # it answers the last claim made with one, or none ("the allegations made against
    # me" with no such claim before stays a denial of its own)
    given = _given_by_participle(text).reindex(claims.index, fill_value=False).astype(bool)
    found = pd.concat(
        [
            _nearest_before(claims, denial & ~nouned & ~given, candidate & ~exclude),
            _nearest_before(claims, denial & nouned & ~given, candidate & ~exclude & ~plain),
        ]
    )
    named = _named_antecedent(claims.loc[denial & ~given], claims.loc[candidate & ~exclude])
    if given.any():
        named = pd.concat(
            [
                named,
                _named_antecedent(
                    claims.loc[given], claims.loc[candidate & ~exclude], any_claim_noun=True
                ),
            ]
        )
    if not named.empty:
        named = named[~_far_named(claims, named, found)]
    found = named.combine_first(found) if not named.empty else found
    mapped = claims["claim_id"].map(found)
    return pd.Series(mapped.tolist(), index=claims.index, dtype=object).where(mapped.notna(), None)


@functools.cache
def _charge_heads() -> frozenset[str]:
    """The cue lexicon's claim heads that are nouns, not pro-forms ("charges", "story")."""
    from provenance.lexicon.cues import cue_lexicon

    lex = cue_lexicon(None)
    pro = {w.lower() for w in (*lex.anaphoric_objects, *lex.subject_pronouns)}
    return frozenset(h.lower() for h in lex.claim_heads if " " not in h) - pro


def _far_named(claims: pd.DataFrame, named: pd.Series, nearest: pd.Series) -> pd.Series:
    """Which ``named`` antecedents (by denial id) lie far back behind a nearer claim.

    A claim noun names its antecedent however far back ("Moore faces allegations of
    X ... Moore said the allegations were false"), but not when it names it by another
    form of the cue's noun and another source's claim stands within
    :data:`_ANSWER_WINDOW` characters before the denial (``nearest``) while the named one
    ends further back: in "an inquiry into allegations Russia interfered ... Supporters
    say [Y]. The Kremlin denies the allegation." the single allegation denied is Y.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["a", "b", "c"], "start": [0, 500, 560],
        ...                        "end": [40, 550, 590], "cue": ["allegations", "say", "denies"],
        ...                        "text": ["x lied", "y lied", "the allegation"]})
        >>> _far_named(claims, pd.Series({"c": "a"}), pd.Series({"c": "b"})).tolist()
        [True]
        >>> _far_named(claims, pd.Series({"c": "a"}), pd.Series(dtype=object)).tolist()
        [False]
    """
    import pandas as pd

    from provenance.lexicon.cues import cue_lexicon

    forms = cue_lexicon(None).noun_forms

    def noun(words: object) -> str | None:
        found = [w for w in str(words).lower().split() if w in forms]
        return found[-1] if found else None

    ids = claims["claim_id"].tolist()
    starts = dict(zip(ids, claims["start"].astype(int).tolist(), strict=True))
    ends = dict(zip(ids, claims["end"].astype(int).tolist(), strict=True))
    texts = dict(zip(ids, claims["text"].tolist(), strict=True))
    cues = dict(zip(ids, claims["cue"].tolist(), strict=True))
    out = []
    for denial, antecedent in named.items():
        near = nearest.get(denial)
        far = starts[denial] - ends[antecedent] > _ANSWER_WINDOW
        said, cued = noun(texts[denial]), noun(cues[antecedent])
        other_form = said is not None and cued is not None and said != cued
        nearer = near is not None and not pd.isna(near) and near != antecedent
        out.append(bool(far and other_form and nearer))
    return pd.Series(out, index=named.index, dtype=bool)


def _nearest_before(claims: pd.DataFrame, left: pd.Series, right: pd.Series) -> pd.Series:
    """By id of each ``left`` claim, the nearest ``right`` claim of another source ending
    before it in the same article, within :data:`_ANSWER_WINDOW` characters."""
    from provenance.rules.replies import nearest_before

    return nearest_before(claims, left, right, _ANSWER_WINDOW)


def _exculpating(claims: pd.DataFrame) -> pd.Series:
    """Asserted claims whose content says its subject did no wrong ("he did nothing wrong").

    A source's claim only: the narrator's "Mr. Trump was not involved in the financing"
    or "That didn't happen in Iowa" states a fact and answers no one's charge.
    """
    import pandas as pd

    asserted = (claims["status"] == ClaimStatus.ASSERTED.value) & _attributed(claims)
    if "text" not in claims or not asserted.any():
        return pd.Series(False, index=claims.index, dtype=bool)
    said = claims.loc[asserted, "text"].astype(str).str.lower()
    return _exculpates(said).reindex(claims.index, fill_value=False).astype(bool)


def _vindicating(claims: pd.DataFrame) -> pd.Series:
    """Asserted claims of a source saying the side charged acted rightly ("acted appropriately").

    The matching lexicon's ``vindications``: "“We believe the court acted appropriately,”
    the spokesman said" answers a charge of the story, and only a charge (the search of
    :func:`~provenance.rules.exculpations.far_charge`), never the nearest claim of anyone:
    "The mayor said three parks would open. The police chief said officers acted
    appropriately" answers nothing.
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    words = match_lexicon(None).vindications
    asserted = (claims["status"] == ClaimStatus.ASSERTED.value) & _attributed(claims)
    if not words or "text" not in claims or not asserted.any():
        return pd.Series(False, index=claims.index, dtype=bool)
    said = claims.loc[asserted, "text"].astype(str).str.lower()
    hit = said.str.contains(_lower_re(frozenset(words)))
    return hit.reindex(claims.index, fill_value=False).astype(bool)


def _exculpates(text: pd.Series) -> pd.Series:
    """Lower-cased denial contents holding an exculpation ("he did nothing wrong and ...")."""
    from provenance.lexicon.matching import match_lexicon

    endings = match_lexicon(None).exculpations
    if not endings:
        return text.map(lambda _: False).astype(bool)
    # lower-cased already: a case-sensitive pattern (see _mentions)
    return text.str.contains(_lower_re(frozenset(endings))).astype(bool)


def _given_by_participle(text: pd.Series) -> pd.Series:
    """Lower-cased objects naming a claim by where it came from: "the claims first reported by X".

    A pointing determiner, a claim head and one of the matching lexicon's
    ``given_participles`` ("made against me", "first reported by"): the participle
    says who made the claim or where, not what it says, so the object points back as
    "the claims" does. A "that" after it states content and is left out.

    Example:
        >>> import pandas as pd
        >>> _given_by_participle(pd.Series(["the claims first reported by the times",
        ...     "the allegations of fraud", "the claims made that he lied"])).tolist()
        [True, False, False]
    """
    pattern = _given_re()
    if pattern is None:
        return text.map(lambda _: False).astype(bool)
    # lower-cased already: a case-sensitive pattern (see _mentions)
    return text.str.match(pattern).astype(bool)


@functools.cache
def _given_re() -> re.Pattern[str] | None:
    from provenance.lexicon.cues import cue_lexicon
    from provenance.lexicon.matching import match_lexicon

    participles = match_lexicon(None).given_participles
    if not participles:
        return None
    lex = cue_lexicon(None)
    pronouns = {"it", "this", "that", "these", "those"}
    heads = {h.lower() for h in lex.claim_heads} - pronouns
    dets = {d.lower() for d in lex.anaphoric_heads_after}

    def alt(words: set[str] | tuple[str, ...]) -> str:
        return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))

    return re.compile(
        rf"(?P<np>(?:{alt(dets)})\s+(?:{alt(heads)}))\s+(?:{alt(participles)})\b(?!.*\bthat\b)"
    )


def _bare_object(text: pd.Series) -> pd.Series:
    """Lower-cased denial objects without what a denial verb adds after them: a label
    after "as", and adjuncts of when, how often or through whom.

    "The army rejected [the toll as inflated]", "Moscow dismissed [it as propaganda]",
    "the mayor denied [the allegations again]", "disputed [the figure on Monday]": what
    stands before them is the thing denied, so "the toll" points back as "disputed the
    toll" does. A label is one of the cue lexicon's ``evaluations`` or of the matching
    lexicon's ``quantity_comparatives``, maybe quoted, maybe after a degree word
    (``evaluation_degrees``, ``comparative_degrees``); an adjunct is one of the matching
    lexicon's ``object_adjuncts``, or one of its ``window_words`` (after one of
    ``adjunct_prepositions`` at most, before one of ``time_words`` at most); the label's
    marker ("as") is the cue lexicon's ``object_gap_labels``. They must end
    the object: any other phrase after them stays, as does another phrase after "as"
    ("rejected the plan as too costly", "described the report as accurate").

    Example:
        >>> import pandas as pd
        >>> _bare_object(pd.Series(["the toll as grossly exaggerated", "it as “fake news.”",
        ...     "the allegations again on monday", "the plan as too costly"])).tolist()
        ['the toll', 'it', 'the allegations', 'the plan as too costly']
    """
    # an object pointing back is a few words: a clause is left as it is, unscanned
    short = text.str.count(" ") < _OBJECT_WORDS
    if not short.any():
        return text
    return text.where(~short, text[short].str.replace(_object_tail_re(), "", regex=True))


#: Most words of a denial's object with its label and adjuncts ("the claims first reported
#: by the New York Times on Monday night as false").
_OBJECT_WORDS = 16


@functools.cache
def _object_tail_re() -> re.Pattern[str]:
    from provenance.lexicon.cues import cue_lexicon
    from provenance.lexicon.matching import match_lexicon

    lex, mlex = cue_lexicon(None), match_lexicon(None)
    labels = {*lex.evaluations, *mlex.quantity_comparatives}
    degrees = {*lex.evaluation_degrees, *mlex.comparative_degrees}

    def alt(words: Iterable[str]) -> str:
        ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or "(?!)"

    degree = rf"(?:(?:{alt(degrees)})\s+)?"
    quote = '[“"]?'
    marker = alt(lex.object_gap_labels)  # "as"
    label = rf"\s+(?:{marker})\s+(?:being\s+)?{quote}{degree}{quote}(?:{alt(labels)})[”\"]?"
    when = (
        rf"(?:(?:{alt(mlex.adjunct_prepositions)})\s+)?(?:{alt(mlex.window_words)})"
        rf"(?:\s+(?:{alt(mlex.time_words)}))?"
    )
    adjunct = rf"(?:,?\s+(?:{alt(mlex.object_adjuncts)}|{when})\b)"
    return re.compile(rf"(?:{adjunct}*{label}{adjunct}*|{adjunct}+)[\s.,;:!?”\"]*$")


def _names_a_figure(text: pd.Series, determiners: frozenset[str]) -> pd.Series:
    """Lower-cased objects that point back to a figure: "the figure", "that toll"."""
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    heads = match_lexicon(None).quantity_heads
    found = [
        len(words) == 2 and words[0] in determiners and words[1] in heads
        for words in (t.split() for t in text)
    ]
    return pd.Series(found, index=text.index, dtype=bool)


#: What ends a sentence in the text (quotes close a quoted sentence).
_SENTENCE_ENDS = (".", "!", "?", "”", '"', "»")


def _whole_sentence(text: pd.Series) -> pd.Series:
    """Claim texts that end a sentence (a narrator sentence, not a piece of one)."""
    return text.astype(str).str.rstrip().str.endswith(_SENTENCE_ENDS).astype(bool)


def _named_antecedent(
    denials: pd.DataFrame, candidates: pd.DataFrame, *, any_claim_noun: bool = False
) -> pd.Series:
    """By denial id, the claim a denial's claim noun names, however far back.

    "X denied the allegations" names the last claim of another source before it
    made with a cue of the noun's lemma ("allegations of fraud", "accused him
    of"): the noun says which claim, so unlike a bare "it", no distance limit
    applies. Denials whose object names no cue lemma give nothing. With
    ``any_claim_noun``, the objects are read only up to their head ("the claims
    first reported by": :func:`_given_by_participle`), and any lemma of a noun cue
    that hedges or flags names any other ("the claims" after "allegations of ..."):
    a looser match, held to :data:`_ANSWER_WINDOW` characters.
    """
    import pandas as pd

    from provenance.lexicon.cues import cue_lexicon
    from provenance.rules.replies import nearest_other

    lex = cue_lexicon(None)
    naming = frozenset(n.lemma for n in lex.nouns if n.status is ClaimStatus.HEDGED or n.flag)
    pattern = _given_re()

    def lemma(words: object) -> str | None:
        found = [lex.lemma_of(w) for w in str(words).split()] if isinstance(words, str) else []
        last = next((x for x in reversed(found) if x is not None), None)
        return "claim noun" if any_claim_noun and last in naming else last

    def head_lemma(words: object) -> str | None:
        given = pattern.match(str(words).lower()) if pattern and any_claim_noun else None
        return lemma(given.group("np") if given else words)

    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    left = denials[cols].assign(lemma=denials["text"].map(head_lemma)).dropna(subset=["lemma"])
    right = candidates[cols].assign(lemma=candidates["cue"].map(lemma)).dropna(subset=["lemma"])
    if left.empty or right.empty:
        return pd.Series(dtype=object)
    # a looser match (any claim noun) holds within a few sentences only
    window = _ANSWER_WINDOW if any_claim_noun else None
    return nearest_other(left, right, window=window, by=("article_id", "lemma"))
