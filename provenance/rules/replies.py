"""Replies that contradict an earlier claim of another source without a denial word.

Two constructions, stated by the matching lexicon (``data/<lang>/matching.yaml``):

- a reply cue ("The Pentagon said 300 troops crossed. Moscow *countered* that none
  had.", "The union *pushed back*, saying ..."): ``reply_cues``, in the claim's cue or in
  the narrator's piece right before it;
- a content that points back and denies: opening with one of ``opposing_openings``
  ("Smith said the two men met. Jones said [*no such* meeting took place]") or whole
  one of ``opposing_contents`` ("Jones said [*the opposite*]").

Either answers the nearest earlier attributed claim of another source within a few
sentences (:data:`REPLY_WINDOW` characters), as a pointing denial ("denies it") does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from provenance.enums import ClaimStatus

if TYPE_CHECKING:
    import pandas as pd

    from provenance.lexicon.cues import CueLexicon

__all__ = [
    "REPLY_WINDOW",
    "by_language",
    "claim_languages",
    "cue_last_word",
    "doubted_claim",
    "narrator_doubted",
    "nearest_before",
    "nearest_other",
    "replied_claim",
]

#: Most characters between the end of the claim answered and the start of the reply.
REPLY_WINDOW = 400

_COLUMNS = ("claim_id", "article_id", "source_id", "start", "end", "status", "attribution")


def replied_claim(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For each ``open_`` attributed claim that replies against another's, the id of that claim.

    Null elsewhere, and for claims of the narrator, denials (their own rules pair
    them) and replies with no earlier claim of another source to answer.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["p", "n", "m"], "article_id": ["x"] * 3,
        ...     "source_id": ["pentagon", "reuters", "moscow"], "start": [18, 60, 76],
        ...     "end": [58, 75, 96], "status": ["asserted"] * 3,
        ...     "attribution": ["indirect", "narrator", "indirect"],
        ...     "cue": ["said", None, "countered"],
        ...     "text": ["300 troops crossed the border on Monday", "Moscow countered",
        ...              "no troops had crossed"]})
        >>> replied_claim(claims, pd.Series([True] * 3)).tolist()
        [None, None, 'p']
    """
    return by_language(claims, open_, _replied_claim)


def claim_languages(claims: pd.DataFrame) -> pd.Series:
    """Each claim's lexicon key (:func:`~provenance.lexicon.language_key`) from its optional
    ``language`` column (its article's language tag); English without the column.

    Example:
        >>> import pandas as pd
        >>> claim_languages(pd.DataFrame({"language": ["fr-FR", None, "en"]})).tolist()
        ['fr', 'en', 'en']
    """
    import pandas as pd

    from provenance.lexicon import language_key

    if "language" not in claims:
        return pd.Series("en", index=claims.index, dtype=object)
    tags = claims["language"].astype(object).where(claims["language"].notna(), "")
    keys = {t: language_key(t or None) for t in tags.unique()}
    if len(keys) == 1:  # one language in the batch: no mapping row by row
        return pd.Series(next(iter(keys.values())), index=claims.index, dtype=object)
    return tags.map(keys).astype(object)


def by_language(
    claims: pd.DataFrame,
    open_: pd.Series,
    rule: Callable[[pd.DataFrame, pd.Series, str], pd.Series],
) -> pd.Series:
    """``rule(claims, open, language)`` once per language of the ``open_`` claims (each
    read with its own language's lexicons: a French claim never gets an English reading),
    the answers put together."""
    import pandas as pd

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if not open_.any():
        return out
    if "language" not in claims:
        return rule(claims, open_, "en")
    languages = claim_languages(claims)
    for language in dict.fromkeys(languages[open_.astype(bool)]):
        found = rule(claims, (open_ & (languages == language)).astype(bool), str(language))
        out = out.where(out.notna(), found)
    return out


def _replied_claim(claims: pd.DataFrame, open_: pd.Series, language: str) -> pd.Series:
    import pandas as pd

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    if not {*_COLUMNS, "cue", "text"} <= set(claims.columns) or not open_.any():
        return out
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(language)
    attributed = (claims["attribution"] != "narrator").astype(bool)
    reading = (open_ & attributed & (claims["status"] == ClaimStatus.ASSERTED.value)).astype(bool)
    if not reading.any():
        return out
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    body = text[reading].str.casefold().str.strip(" “”\"'‘’")
    pointing = pd.Series(False, index=claims.index, dtype=bool)
    if lex.reply_cues:
        replying = re.compile(r"\b" + _opening_re(tuple(sorted(lex.reply_cues))).pattern)
        cue = claims.loc[reading, "cue"].astype(object).where(claims["cue"].notna(), "")
        said = cue.astype(str).str.casefold().map(lambda c: replying.search(c) is not None)
        pointing |= said.reindex(claims.index, fill_value=False).astype(bool)
        # "The union [pushed back], saying ...": the reply stands in the narrator's lead
        pointing |= _reply_lead(claims, reading, replying)
    if lex.opposing_openings:
        opens = body.str.match(_opening_re(lex.opposing_openings)).astype(bool)
        pointing |= opens.reindex(claims.index, fill_value=False)
    if lex.opposing_contents:
        whole = body.str.strip(" .,;:!?“”\"'‘’").str.split().str.join(" ")
        pointing |= whole.isin(lex.opposing_contents).reindex(claims.index, fill_value=False)
    disputing = _disputed_count_re(language)
    if disputing is not None:
        # "Activists said [the real number was far higher]": a count given before is wrong
        # said of any claim, hedged too ("insisted the figure was far higher")
        said = (open_ & attributed & (claims["status"] != ClaimStatus.DENIED.value)).astype(bool)
        folded = text[said].str.casefold().str.strip(" “”\"'‘’")
        heads = _gate(lex.quantity_heads)
        folded = folded[_holds_any(folded, heads)]
        counts = folded.map(lambda b: disputing.match(b) is not None).astype(bool)
        pointing |= counts.reindex(claims.index, fill_value=False)
        reading = reading | (pointing & said)
    found = nearest_before(claims, pointing & reading, attributed, REPLY_WINDOW)
    negated = _negated_echo(claims, reading & ~pointing, attributed, body, language)
    if lex.correction_links:
        corrected = _correction(claims, reading & ~pointing, attributed, body, language)
        if not corrected.empty:
            negated = corrected.combine_first(negated) if not negated.empty else corrected
    if not negated.empty:
        found = found.combine_first(negated) if not found.empty else negated
    if lex.reply_joiners:
        joined = _joined_reply(claims, reading, attributed, lex.reply_joiners, language)
        found = joined.combine_first(found) if not found.empty else joined
    if lex.reply_adverbs:
        turned = _adverb_reply(claims, reading, attributed, lex.reply_adverbs, language)
        if not turned.empty:
            found = turned.combine_first(found) if not found.empty else turned
    mapped = claims["claim_id"].map(found)
    return out.where(mapped.isna(), mapped)


def language_cues(language: str | None) -> CueLexicon | None:
    """The cue lexicon of a language, or None when the language has none (French has
    number words only): a rule then reads no claim of it.

    Example:
        >>> language_cues("en") is not None, language_cues("fr")
        (True, None)
    """
    from provenance.errors import LexiconError
    from provenance.lexicon.cues import cue_lexicon

    try:
        return cue_lexicon(language)
    except LexiconError as exc:
        if "file not found" in exc.problem:
            return None
        raise


def _gate(words: Iterable[str]) -> tuple[str, ...]:
    """The fewest substrings one of which every word holds: a quick test before a pattern.

    Example:
        >>> _gate(["unconvinced", "convinced", "skeptical"])
        ('convinced', 'skeptical')
    """
    found = sorted({w.casefold() for w in words if w}, key=lambda w: (len(w), w))
    kept: list[str] = []
    for w in found:
        if not any(k in w for k in kept):
            kept.append(w)
    return tuple(kept)


def _holds_any(text: pd.Series, words: tuple[str, ...], *, case: bool = True) -> pd.Series:
    """Which texts hold one of ``words`` (a substring), in one vectorized pass."""
    import pandas as pd

    if not words or text.empty:
        return pd.Series(False, index=text.index, dtype=bool)
    pattern = "|".join(map(re.escape, words))
    return text.str.contains(pattern, regex=True, case=case).fillna(False).astype(bool)


def _alt(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@functools.cache
def _disputed_count_re(language: str | None) -> re.Pattern[str] | None:
    """A case-folded content saying a count is wrong: at most three words before one of
    the matching lexicon's ``quantity_heads`` ("the real [number]", "the [toll]"), "of" and
    three words at most, a copula, a degree word at most, one of ``quantity_comparatives``.

    Example:
        >>> _disputed_count_re("en").match("the real number was far higher") is not None
        True
        >>> _disputed_count_re("en").match("the number of arrests rose") is None
        True
    """
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(language)
    cues = language_cues(language)
    if not lex.quantity_heads or not lex.quantity_comparatives or cues is None:
        return None
    copulas = cues.copulas
    if not copulas:
        return None
    degrees = rf"(?:(?:{_alt(lex.comparative_degrees)})\s+)?" if lex.comparative_degrees else ""
    return re.compile(
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_alt(lex.quantity_heads)})"
        rf"(?:\s+of(?:\s+[\w'’-]+){{1,3}}?)?\s+(?:{_alt(copulas)})\s+{degrees}"
        rf"(?:{_alt(lex.quantity_comparatives)})(?![\w-])"
    )


#: Content stems a negated reply's subject shares with the claim it answers.
_ECHO_SHARED = 1

#: Fewest letters of the word a negated reply negates ("had not [left]"; not "were not
#: [the] type").
_ECHO_WORD = 4


def _negated_echo(
    claims: pd.DataFrame,
    reading: pd.Series,
    attributed: pd.Series,
    body: pd.Series,
    language: str | None = None,
) -> pd.Series:
    """By id of each ``reading`` claim that says another's claim just before with a negation,
    that claim.

    "The army said [its troops had left the village]. Residents said [the troops had not
    left the village]": the reply negates its clause (an auxiliary of the cue lexicon's
    ``finite_auxiliaries`` then one of its ``negations``, or one of its
    ``contracted_negations``), and both what stands before the negation (the subject) and
    what follows it (the predicate) share a content stem (first ``echo_prefix`` letters of
    the matching lexicon, ``function_words`` aside) with the nearest earlier attributed
    claim of another source, within :data:`REPLY_WINDOW` characters; that claim states
    no negation of its own. "Residents said the market had not reopened" after "the army
    said its troops had left" shares no subject and answers nothing. ``body`` holds the
    case-folded texts of the ``reading`` claims.
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    empty = pd.Series(dtype=object)
    lex = match_lexicon(language)
    n = lex.echo_prefix
    if n <= 0 or not reading.any():
        return empty
    negation = _negation_re(language)
    if negation is None:
        return empty
    cues = language_cues(language)
    if cues is None:
        return empty
    skipped = frozenset(cues.finite_auxiliaries) | frozenset(cues.gerund_auxiliaries)
    split: dict[object, tuple[frozenset[str], str]] = {}  # by claim id
    read = body[reading.reindex(body.index, fill_value=False)]
    negating = _gate(
        [*(w for w in cues.negations if w.isalpha()), *(w[-3:] for w in cues.contracted_negations)]
    )
    read = read[_holds_any(read, negating)]
    for claim, text in zip(claims.loc[read.index, "claim_id"], read, strict=True):
        found = negation.search(text)
        if found is None:
            continue
        subject = _stems(text[: found.start()], lex.function_words, n)
        after = [w for w in re.findall(r"\w+", text[found.end() :]) if w not in skipped]
        if subject and after and after[0] in lex.disowning_pronouns:
            # "the voice on the recording was not [his]": what the subject is, disowned
            split[claim] = (subject, "")
        elif (
            subject and after and len(after[0]) >= _ECHO_WORD and after[0] not in lex.function_words
        ):
            split[claim] = (subject, after[0])
    if not split:
        return empty
    left = pd.Series(claims["claim_id"].isin(list(split)).to_numpy(), index=claims.index)
    nearest = nearest_before(claims, left, attributed, REPLY_WINDOW)
    if nearest.empty:
        return empty
    answered_rows = claims[claims["claim_id"].isin(nearest.to_numpy())]
    text_of = dict(zip(answered_rows["claim_id"], answered_rows["text"], strict=True))
    hits: dict[object, object] = {}
    for reply, answered in nearest.items():
        earlier = text_of.get(answered)
        if not isinstance(earlier, str) or negation.search(earlier.casefold()) is not None:
            continue
        said = _stems(earlier, lex.function_words, n)
        subject, word = split[reply]
        words = re.findall(r"\w+", earlier.casefold())
        # the word negated is the earlier claim's own ("had not [left]", "was not
        # [contained]"), on its first letters when it is long enough
        # a disowned subject ("was not his") needs no predicate of the earlier claim
        echoed = not word or (word[:n] in said if len(word) >= n else word in words)
        if echoed and len(subject & said) >= _ECHO_SHARED:
            hits[reply] = answered
    return pd.Series(hits, dtype=object)


#: Most words of the phrase a correction sets aside ("not [last week]").
_CORRECTED_WORDS = 4

#: Content stems a correction shares with the claim it corrects when what it sets aside
#: is none of that claim's words.
_CORRECTED_SHARED = 2


@functools.cache
def _correction_re(links: tuple[str, ...]) -> re.Pattern[str]:
    """A case-folded content: a clause, a comma, a correction link and at most
    :data:`_CORRECTED_WORDS` words ending it."""
    return re.compile(
        rf"(?P<said>.*\w),\s+(?:{_alt(links)})\s+"
        rf"(?P<aside>(?:[\w’'$.-]+\s+){{0,{_CORRECTED_WORDS - 1}}}[\w’'$-]+)[\s.!?“”\"']*"
    )


def _correction(
    claims: pd.DataFrame,
    reading: pd.Series,
    attributed: pd.Series,
    body: pd.Series,
    language: str | None = None,
) -> pd.Series:
    """By id of each ``reading`` claim that corrects another's claim just before, that claim.

    "The group said [the photo showed Tuesday's attack]. Fact-checkers said [the photo was
    taken in 2019, not last week]": the content ends with a comma, one of the matching
    lexicon's ``correction_links`` and a short phrase; what it states before the comma
    shares a content stem (``echo_prefix`` letters, ``function_words`` aside) with the
    nearest earlier attributed claim of another source within :data:`REPLY_WINDOW`
    characters. ``body`` holds the case-folded texts of the ``reading`` claims.
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    empty = pd.Series(dtype=object)
    lex = match_lexicon(language)
    n = lex.echo_prefix
    if n <= 0 or not reading.any():
        return empty
    read = body[reading.reindex(body.index, fill_value=False)]
    read = read[_holds_any(read, tuple(f", {w} " for w in lex.correction_links))]
    if read.empty:
        return empty
    pattern = _correction_re(lex.correction_links)
    said: dict[object, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
    for claim, text in zip(claims.loc[read.index, "claim_id"], read, strict=True):
        found = pattern.fullmatch(text)
        if found is not None and (stems := _stems(found.group("said"), lex.function_words, n)):
            aside = found.group("aside")
            kinds = _kinds(aside, lex.time_words)
            said[claim] = (stems, _stems(aside, lex.function_words, n), kinds)
    if not said:
        return empty
    left = pd.Series(claims["claim_id"].isin(list(said)).to_numpy(), index=claims.index)
    nearest = nearest_before(claims, left, attributed, REPLY_WINDOW)
    if nearest.empty:
        return empty
    text_of = dict(zip(claims["claim_id"], claims["text"], strict=True))
    hits = {}
    for reply, answered in nearest.items():
        earlier = text_of.get(answered)
        if not isinstance(earlier, str):
            continue
        stems, aside, kinds = said[reply]
        theirs = _stems(earlier, lex.function_words, n)
        # the phrase set aside is the other's word ("on Sunday, not [Monday]"), or the
        # clause states the other's claim again on two words, or it sets aside a time or a
        # number where the other's claim states one ("taken in 2019, not [last week]" after
        # "the photo showed [Tuesday's] attack")
        shared = stems & theirs
        if (
            (aside & theirs and shared)
            or len(shared) >= _CORRECTED_SHARED
            or (shared and kinds & _kinds(earlier.casefold(), lex.time_words))
        ):
            hits[reply] = answered
    return pd.Series(hits, dtype=object)


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _kinds(text: str, time_words: frozenset[str]) -> frozenset[str]:
    """What a case-folded phrase states of a claim: "time" (one of ``time_words``, or a
    year), "number" (any other digit).

    Example:
        >>> sorted(_kinds("last week", frozenset({"week"}))), sorted(_kinds("in 2019", frozenset()))
        (['time'], ['time'])
        >>> sorted(_kinds("30 people", frozenset())), sorted(_kinds("a fake", frozenset()))
        (['number'], [])
    """
    kinds = set()
    if _YEAR.search(text) or not time_words.isdisjoint(re.findall(r"\w+", text)):
        kinds.add("time")
    if any(c.isdigit() for c in _YEAR.sub("", text)):
        kinds.add("number")
    return frozenset(kinds)


def _stems(text: str, stop: frozenset[str], n: int) -> frozenset[str]:
    """First ``n`` letters of the case-folded words of ``text`` at least ``n`` long, but
    ``stop`` words."""
    return frozenset(
        w[:n] for w in re.findall(r"\w+", text.casefold()) if len(w) >= n and w not in stop
    )


@functools.cache
def _negation_re(language: str | None) -> re.Pattern[str] | None:
    """A clause negation in case-folded text: a finite auxiliary then a negation ("was
    not", "had never"), or a contracted one ("didn't")."""
    lex = language_cues(language)
    if lex is None:
        return None
    words = [w for w in lex.negations if w.isalpha()]
    parts = []
    if lex.finite_auxiliaries and words:
        parts.append(rf"\b(?:{_alt(lex.finite_auxiliaries)})\s+(?:{_alt(words)})\b")
    if lex.contracted_negations:
        parts.append(rf"\b(?:{_alt(w.casefold() for w in lex.contracted_negations)})(?!\w)")
    return re.compile("|".join(parts)) if parts else None


#: Most characters between two pieces of one sentence (", " before "but").
_JOIN_GAP = 3


def _joined_reply(
    claims: pd.DataFrame,
    reading: pd.Series,
    attributed: pd.Series,
    joiners: tuple[str, ...],
    language: str | None = None,
) -> pd.Series:
    """By id of each ``reading`` claim set against another's in one sentence, that claim.

    "Trump predicted [Flake will vote no], but the senator's office says [he has not
    decided]": the narrator's piece before the reply opens with one of ``joiners`` in
    lower case (mid-sentence: "But Gershman noted ..." opens a sentence of its own), and
    the claim just before the piece is another source's. Both claims are
    said with a verb taking a clause ("said", "predicted", "told"): "did not respond to
    [a request for comment], but ..." and "defended [Moore], but ..." state no claim set
    against the reply. The pieces are adjacent (:data:`_JOIN_GAP` characters), so the
    two claims share a sentence.
    """
    import pandas as pd

    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    empty = pd.Series(dtype=object)
    narrator = claims["attribution"] == "narrator"
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    # as written: a capitalized joiner opens a sentence and joins nothing
    opens = text[narrator].str.match(_opening_re(joiners))
    pieces = opens[opens].index
    telling = _tells(claims, language)
    reading = reading & telling
    if not len(pieces) or not reading.any():
        return empty
    # the joining piece right before the reply, and the claim right before the piece
    piece = nearest_other(
        claims.loc[reading, cols], claims.loc[pieces, cols].assign(source_id=None), window=2
    )
    if piece.empty:
        return empty
    return _answered_by_another(claims, piece, attributed & telling, cols)


def _answered_by_another(
    claims: pd.DataFrame, piece: pd.Series, answerable: pd.Series, cols: list[str]
) -> pd.Series:
    """Reply claim id -> the claim it answers: the ``answerable`` claim right before the
    joining piece each reply follows (``piece``: reply id -> piece id), of another source."""
    import pandas as pd

    before = nearest_other(
        claims.loc[claims["claim_id"].isin(piece), cols].assign(source_id=None),
        claims.loc[answerable, cols],
        window=_JOIN_GAP,
    )
    answered = piece.map(before).dropna()
    if answered.empty:
        return pd.Series(dtype=object)
    source = claims.set_index("claim_id")["source_id"]
    other = source.reindex(answered.index).to_numpy() != source.reindex(answered).to_numpy()
    return pd.Series(answered[other], dtype=object)


@functools.cache
def _adverb_lead_re(adverbs: tuple[str, ...]) -> re.Pattern[str]:
    """A case-folded narrator's piece: a subject, one of ``adverbs`` set off by commas, and
    at most five words of the cue ("the police union, however, said")."""
    return re.compile(
        rf"^(?!(?:{_alt(adverbs)})\b)[^.;:!?]*\w,\s+(?:{_alt(adverbs)}),\s+"
        r"(?P<cue>(?:[\w’'-]+\s+){0,4}[\w’'-]+)[\s,:“”\"]*$"
    )


def _adverb_reply(
    claims: pd.DataFrame,
    reading: pd.Series,
    attributed: pd.Series,
    adverbs: tuple[str, ...],
    language: str | None = None,
) -> pd.Series:
    """By id of each ``reading`` claim whose source is set off by a contrast adverb, the
    other source's claim just before its sentence.

    "The mayor said [crime had fallen]. The police union, however, said [burglaries had
    risen]": the narrator's piece before the reply holds a subject, then one of
    ``adverbs`` between commas, then the cue; the claim ending right before the piece
    (:data:`_JOIN_GAP` characters: ". ") is another source's. Both are said with a verb
    taking a clause. A piece opening with the adverb ("However, X said") or one after
    the cue ("X said, however, that") is not read.
    """
    import pandas as pd

    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    empty = pd.Series(dtype=object)
    narrator = (claims["attribution"] == "narrator").astype(bool)
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    lower = text[narrator].str.casefold()
    lower = lower[_holds_any(lower, _gate(adverbs))]  # most pieces hold no adverb
    if lower.empty:
        return empty
    lead = _adverb_lead_re(adverbs)
    cue_words = lower.map(lambda t: (m := lead.match(t)) and m.group("cue").split())
    cue_words = cue_words[cue_words.astype(bool)]
    telling = _tells(claims, language)
    reading = reading & telling
    if cue_words.empty or not reading.any():
        return empty
    piece = nearest_other(
        claims.loc[reading, cols],
        claims.loc[cue_words.index, cols].assign(source_id=None),
        window=2,
    )
    # the reply's cue stands after the adverb: "X said, however, that" turns from X's own words
    words_of = dict(zip(claims.loc[cue_words.index, "claim_id"], cue_words, strict=True))
    last = dict(zip(claims["claim_id"], cue_last_word(claims), strict=True))
    piece = piece[[last.get(r) in words_of[p] for r, p in piece.items()]]
    if piece.empty:
        return empty
    answered = _answered_by_another(claims, piece, attributed & telling, cols)
    if answered.empty:
        return answered
    text_of = dict(zip(claims["claim_id"], text, strict=True))
    bears = [_bears_on(text_of[r], text_of[a], language) for r, a in answered.items()]
    return answered[bears]


def _bears_on(reply: str, answered: str, language: str | None) -> bool:
    """Whether a reply set off by a contrast adverb speaks of the claim it follows.

    It shares a content stem with it (``echo_prefix`` letters, ``function_words`` aside),
    or it is negated, or both hold one of the matching lexicon's ``direction_words``
    ("burglaries had [risen]" after "crime had [fallen]"), or both judge their subject
    with a one-word copula of the cue lexicon ("the count [was] fair" after "the vote
    [was] rigged"). "He would travel to Paris on Monday" after "the vote was rigged"
    speaks of something else.
    """
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(language)
    said, theirs = reply.casefold(), answered.casefold()
    n = lex.echo_prefix
    if n > 0 and _stems(said, lex.function_words, n) & _stems(theirs, lex.function_words, n):
        return True
    negation = _negation_re(language)
    if negation is not None and negation.search(said) is not None:
        return True
    mine, other = set(re.findall(r"\w+", said)), set(re.findall(r"\w+", theirs))
    if not lex.direction_words.isdisjoint(mine) and not lex.direction_words.isdisjoint(other):
        return True
    cues = language_cues(language)
    copulas = {c for c in cues.copulas if c.isalpha()} if cues is not None else set()
    return bool(copulas & mine and copulas & other)


def _reply_lead(claims: pd.DataFrame, reading: pd.Series, replying: re.Pattern[str]) -> pd.Series:
    """``reading`` claims right after a narrator's piece holding a reply cue.

    "The police union [pushed back], saying [burglaries had risen]": the cue is
    "saying", and the piece before it ("The police union pushed back, saying") says
    the claim answers another's.
    """
    import pandas as pd

    out = pd.Series(False, index=claims.index, dtype=bool)
    narrator = (claims["attribution"] == "narrator").astype(bool)
    if not reading.any() or not narrator.any():
        return out
    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    # the cue ends the piece, before its own cue word at most ("pushed back, saying"), or
    # set off by a comma, before its cue word and at most six words more ("disagreed,
    # telling the court on Wednesday that"): "The Senate pushed back the vote, saying ..."
    # and "X fired back and criticized Y's record" reply to no one
    ending = re.compile(
        replying.pattern
        + r"(?:[\s,:;]+[\w’']+|\s*[,:;]\s*[\w’']+(?:\s+[\w’'-]+){1,6})?[\s,:;“”\"]*$"
    )
    leads = narrator & text.str.casefold().map(lambda t: ending.search(t) is not None)
    if not leads.any():
        return out
    piece = nearest_other(
        claims.loc[reading, cols], claims.loc[leads, cols].assign(source_id=None), window=_JOIN_GAP
    )
    return claims["claim_id"].isin(piece.index).astype(bool)


def _tells(claims: pd.DataFrame, language: str | None = None) -> pd.Series:
    """Claims whose cue's last word is a verb form taking a clause ("said", "told")."""
    import pandas as pd

    last = cue_last_word(claims)
    forms = telling_forms(language)
    return pd.Series(last.isin(forms).to_numpy(dtype=bool), index=claims.index, dtype=bool)


@functools.cache
def telling_forms(language: str | None) -> frozenset[str]:
    """The one-word forms of a language's cue verbs taking a clause ("said", "claimed",
    "told"), case-folded; none for a language without cue verbs.

    Example:
        >>> {"said", "told"} <= telling_forms("en"), telling_forms("fr")
        (True, frozenset())
    """
    from provenance.lexicon.cues import Frame

    cues = language_cues(language)
    return frozenset(
        f.casefold()
        for v in (cues.verbs if cues is not None else ())
        if v.frame in (Frame.CLAUSE, Frame.TELL)
        for f in v.forms
        if " " not in f
    )


def cue_last_word(claims: pd.DataFrame) -> pd.Series:
    """The last word of each claim's cue, case-folded ("" for a claim without a cue).

    Example:
        >>> import pandas as pd
        >>> cue_last_word(pd.DataFrame({"cue": ["has Denied", None, "reporting"]})).tolist()
        ['denied', '', 'reporting']
    """
    cue = claims["cue"].astype(object).where(claims["cue"].notna(), "").astype(str)
    last = cue.str.casefold().str.split().str[-1]  # float NaN when no claim has a cue
    return last.astype(object).where(last.notna(), "")


@functools.cache
def _opening_re(openings: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(openings, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)")


def nearest_before(
    claims: pd.DataFrame, left: pd.Series, right: pd.Series, window: int
) -> pd.Series:
    """By id of each ``left`` claim, the nearest ``right`` claim of another source ending
    at most ``window`` characters before it starts, in the same article."""
    import pandas as pd

    cols = ["claim_id", "article_id", "source_id", "start", "end"]
    if not left.any() or not right.any():
        return pd.Series(dtype=object)
    return nearest_other(claims.loc[left, cols], claims.loc[right, cols], window=window)


def nearest_other(
    left: pd.DataFrame,
    right: pd.DataFrame,
    *,
    window: int | None,
    by: tuple[str, ...] = ("article_id",),
    ahead: bool = False,
) -> pd.Series:
    """By id of each ``left`` claim, the nearest ``right`` claim of another source.

    Both frames hold ``claim_id``, ``source_id``, ``start``, ``end`` and the ``by``
    columns, which must be equal in a pair. Looking back (the default), the right
    claim ends at most ``window`` characters before the left one starts; ``ahead``,
    it starts at most ``window`` characters after the left one ends. ``window=None``
    sets no limit. The nearest candidate is taken first; a left claim whose nearest
    candidate is its own source's gets none.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["a", "b"], "article_id": ["x", "x"],
        ...     "source_id": ["kremlin", "kyiv"], "start": [0, 50], "end": [40, 90]})
        >>> nearest_other(claims.iloc[[1]], claims.iloc[[0]], window=400).to_dict()
        {'b': 'a'}
        >>> nearest_other(claims.iloc[[0]], claims.iloc[[1]], window=400, ahead=True).to_dict()
        {'a': 'b'}
    """
    import pandas as pd

    near, far = ("end", "start") if ahead else ("start", "end")
    pairs = pd.merge_asof(
        left.drop(columns=far).astype({near: "int64"}).sort_values(near),
        right.rename(columns={"claim_id": "answered", "source_id": "source_a", near: "near_a"})
        .astype({far: "int64"})
        .sort_values(far),
        left_on=near,
        right_on=far,
        by=list(by),
        direction="forward" if ahead else "backward",
        tolerance=window,
        allow_exact_matches=True,
    )
    pairs = pairs[pairs["answered"].notna() & (pairs["source_a"] != pairs["source_id"])]
    return pairs.set_index("claim_id")["answered"]


@functools.cache
def _claim_heads(language: str | None) -> frozenset[str]:
    """The case-folded ``claim_heads`` of a language's cue lexicon ("claim", "that")."""
    cues = language_cues(language)
    return frozenset(h.casefold() for h in cues.claim_heads) if cues is not None else frozenset()


@functools.cache
def _doubt_re(language: str | None) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """The doubt said of a claim (a copula and one of the matching lexicon's
    ``doubt_adjectives``, or a finite auxiliary at most and one of its ``doubt_verbs``), and
    a quick test for its last words, both over case-folded text."""
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(language)
    cues = language_cues(language)
    if cues is None:
        return None
    parts = []
    phrases = [*lex.doubt_adjectives, *lex.doubt_verbs]
    links = {*cues.copulas, *lex.doubt_copulas}
    if lex.doubt_adjectives and links:
        degree = rf"(?:(?:{_alt(cues.evaluation_degrees)})\s+)?" if cues.evaluation_degrees else ""
        parts.append(rf"(?:{_alt(links)})\s+{degree}(?:{_alt(lex.doubt_adjectives)})")
    if lex.doubt_verbs:
        aux = rf"(?:(?:{_alt(cues.finite_auxiliaries)})\s+)?" if cues.finite_auxiliaries else ""
        parts.append(rf"{aux}(?:{_alt(lex.doubt_verbs)})")
    if not parts:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])"), _gate(
        p.split()[-1] for p in phrases
    )


#: Most words before the doubt in a whole content or sentence ("[the bank's regulators]
#: were not convinced"); a longer subject states something of its own.
_DOUBT_SUBJECT = 5


def doubted_claim(claims: pd.DataFrame, open_: pd.Series) -> pd.Series:
    """For each ``open_`` claim saying another's claim is doubted, the id of the claim doubted.

    Three forms of one doubt (:func:`_doubt_re`): a whole content of an attributed claim
    with a short subject ("Experts said [that claim was hard to believe]", "said [they
    were not convinced]") and a narrator's whole sentence ("[Regulators were not
    convinced.]", "[Regulators remained skeptical], saying ...") doubt the nearest earlier
    attributed claim of another source within :data:`REPLY_WINDOW` characters; an
    attributed claim holding another source's claim before the doubt ("Gershman said
    [Sessions' statement that [he did not recall the remarks]] would raise skepticism")
    doubts that claim. Denials are left to their own rules; null elsewhere.

    A narrator's sentence names who doubts only in its words: the finding's source is the
    narrator's. "Investors were skeptical of the merger" goes on past the doubt and is read
    as no whole.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["b", "r"], "article_id": ["x"] * 2, "source_id": ["bank", "reuters"],
        ...     "start": [14, 63], "end": [61, 93], "status": ["asserted"] * 2,
        ...     "attribution": ["indirect", "narrator"],
        ...     "text": ["its capital was sufficient to absorb the losses",
        ...              "Regulators were not convinced."]})
        >>> doubted_claim(claims, pd.Series([True, True])).tolist()
        [None, 'b']
    """
    return by_language(claims, open_, _doubted_claim)


def narrator_doubted(claims: pd.DataFrame) -> pd.Series:
    """Claims of another source the narrator's own sentence doubts, naming no one who doubts.

    "The army said [its troops had left the village]. That seemed implausible.", "The
    claim strains credulity.": the sentence's subject is a claim noun or a pronoun
    pointing back (the cue lexicon's ``claim_heads``), so the text marks the earlier
    claim as not established, as "could not be verified" does: the claim is unverified,
    and no contradiction is credited to the agency (:func:`doubted_claim` leaves these
    out). "Regulators were not convinced." names the doubters and stays a contradiction.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({
        ...     "claim_id": ["a", "r"], "article_id": ["x"] * 2, "source_id": ["army", "reuters"],
        ...     "start": [14, 49], "end": [47, 75], "status": ["asserted"] * 2,
        ...     "attribution": ["indirect", "narrator"],
        ...     "text": ["its troops had left the village", "That seemed implausible."]})
        >>> narrator_doubted(claims).tolist(), doubted_claim(claims, pd.Series([True] * 2)).tolist()
        ([True, False], [None, None])
    """
    import pandas as pd

    open_ = pd.Series(True, index=claims.index, dtype=bool)
    found = by_language(claims, open_, functools.partial(_doubted_claim, pointing=True))
    return claims["claim_id"].isin(found.dropna()).astype(bool)


def _doubted_claim(
    claims: pd.DataFrame, open_: pd.Series, language: str, *, pointing: bool = False
) -> pd.Series:
    import pandas as pd

    out = pd.Series([None] * len(claims), index=claims.index, dtype=object)
    cols = {"claim_id", "article_id", "source_id", "start", "end", "status", "attribution"}
    if not {*cols, "text"} <= set(claims.columns) or not open_.any():
        return out
    patterns = _doubt_re(language)
    if patterns is None:
        return out
    doubt, quick = patterns
    heads = _claim_heads(language)
    attributed = (claims["attribution"] != "narrator").astype(bool)
    reading = (open_ & (claims["status"] != ClaimStatus.DENIED.value)).astype(bool)
    text = claims["text"].astype(object).where(claims["text"].notna(), "").astype(str)
    folded = text[reading]
    folded = folded[_holds_any(folded, quick, case=False)].str.casefold()
    if folded.empty:
        return out
    rows = claims.loc[folded.index]
    whole: list[object] = []  # claim ids
    nested: dict[object, tuple[object, int, int, object]] = {}  # id: article, span, source
    for claim, art, start, source, by_narrator, body in zip(
        rows["claim_id"],
        rows["article_id"],
        rows["start"].astype("int64"),
        rows["source_id"],
        ~attributed[folded.index],
        folded,
        strict=True,
    ):
        found = doubt.search(body)
        if found is None:
            continue
        before = body[: found.start()].strip(" “”\"'‘’").split()
        rest = body[found.end() :].strip()
        if by_narrator:
            # a whole sentence, or its piece before a cue ("..., saying")
            ends = re.fullmatch(r"(?:[.!?]?[”\"]?|,\s+[\w’']+[\s,:;“”\"]*)", rest) is not None
        else:
            ends = re.fullmatch(r"[\s.,;:!?“”\"'‘’]*", rest) is not None
        if ends and 0 < len(before) <= _DOUBT_SUBJECT:
            # the narrator's sentence whose subject points back names no doubter: the
            # claim doubted is unverified (:func:`narrator_doubted`), no contradiction
            if (by_narrator and not heads.isdisjoint(before)) == pointing:
                whole.append(claim)
        elif not by_narrator and not pointing:
            nested[claim] = (art, int(start), int(start) + found.start(), source)
    found_ids: dict[object, object] = {}
    if whole:
        left = pd.Series(claims["claim_id"].isin(whole).to_numpy(), index=claims.index)
        found_ids.update(nearest_before(claims, left, attributed, REPLY_WINDOW).to_dict())
    if whole and not pointing:
        # "Regulators remained skeptical, saying [...]": the claim right after the piece is
        # the doubters' own, and doubts in their name
        pieces = claims.loc[left & ~attributed, ["claim_id", "article_id", "end"]]
        after = claims.loc[attributed, ["claim_id", "article_id", "start"]]
        for piece, art, end in zip(
            pieces["claim_id"], pieces["article_id"], pieces["end"], strict=True
        ):
            answered = found_ids.get(piece)
            next_ = after[
                (after["article_id"] == art) & after["start"].between(end, end + _JOIN_GAP)
            ]
            if answered is not None and not next_.empty:
                found_ids[next_["claim_id"].iloc[0]] = found_ids.pop(piece)
    for claim, (art, start, at, source) in nested.items():
        inner = claims[
            (claims["article_id"] == art)
            & (claims["start"] > start)
            & (claims["start"] < at)
            & (claims["source_id"] != source)
        ]
        if not inner.empty:
            found_ids[claim] = inner.sort_values(["start", "end"])["claim_id"].iloc[0]
    mapped = claims["claim_id"].map(found_ids)
    return out.where(mapped.isna(), mapped)
