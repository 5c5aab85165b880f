"""Rules over figures: conflicting values for the same thing, and party-only sources."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from provenance.enums import FigureKind, SourceKind
from provenance.extractors.text.wordlists import alternation

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd

__all__ = [
    "COMPARABLE_KINDS",
    "CONFLICT_COUNT_MAX_RATIO",
    "CONFLICT_EVENT_MAX_RATIO",
    "CONFLICT_MAX_RATIO",
    "CONFLICT_TOLERANCE",
    "GENERIC_UNITS",
    "PARTY_ONLY_MIN_VALUE",
    "RESTATED_MAX_RATIO",
    "RESTATE_WINDOW",
    "conflicting_claim",
    "counted_key",
    "is_party",
    "party_only",
    "restated_key",
    "restating_figures",
    "unit_in_text",
    "unit_key",
    "value_bounds",
    "window_of",
]

#: Kinds whose values can be compared across sources.
COMPARABLE_KINDS = frozenset({FigureKind.CARDINAL, FigureKind.MONEY, FigureKind.PERCENT})

_PARTY_KINDS = frozenset({SourceKind.PERSON, SourceKind.GOVERNMENT, SourceKind.MILITARY})

#: Exact counts below this are references ("the two leaders"), not estimates to
#: corroborate; approximate figures ("about 5") are always checked.
PARTY_ONLY_MIN_VALUE = 10.0


#: Counted nouns too generic to say two figures count the same thing.
GENERIC_UNITS = frozenset({"times", "time", "per cent", "percent", "points", "point", "others"})


def unit_in_text(figures: pd.DataFrame) -> pd.Series:
    """Figures whose unit is written inside their own text ("30mph", "400m"): measures."""
    import pandas as pd

    flags = [
        isinstance(u, str) and u.lower() in str(t).lower()
        for t, u in zip(figures["text"], figures["unit"], strict=True)
    ]
    return pd.Series(flags, index=figures.index, dtype=bool)


def unit_key(figures: pd.DataFrame) -> pd.Series:
    """What a figure counts, normalized for comparison (null when not comparable).

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"unit": [" Russian Soldiers", None], "kind": ["cardinal"] * 2})
        >>> unit_key(f).tolist()
        ['russian soldiers', None]
    """
    comparable = figures["kind"].isin([k.value for k in COMPARABLE_KINDS])
    key = (
        figures["unit"]
        .astype("string")
        .str.strip()
        .str.lower()
        .str.replace(r"\s+", " ", regex=True)
    )
    return key.astype(object).where(comparable & key.notna() & (key != ""), None)


def is_party(sources: pd.DataFrame) -> pd.Series:
    """Sources that are a side in the story: people, governments, militaries with an affiliation."""
    kinds = [k.value for k in _PARTY_KINDS]
    return (sources["kind"].isin(kinds) & sources["affiliation"].notna()).astype(bool)


#: Largest ratio between two values still read as rival counts of one thing:
#: 53,000 against 50,000 is a conflict; 677,000 copies against four million
#: copies is two different things.
CONFLICT_MAX_RATIO = 2.0

#: Largest ratio when both figures' claims name the same event ("30 civilians were
#: killed" against "12 civilians were killed"): the sides of a war or a protest often
#: give counts of one event far apart.
CONFLICT_EVENT_MAX_RATIO = 5.0

#: Relative half-width of an approximate figure ("about 50,000") when rivals are
#: compared: "about 53,000" allows 50,000, "53,000" does not.
CONFLICT_TOLERANCE = 0.10


#: Largest ratio between a count and another source's restatement of it ("Police said
#: 2,000 people marched. Organisers put the number at 10,000"): the sentence says both
#: count one thing, so only values this far apart are read as two things.
RESTATED_MAX_RATIO = 20.0

#: Largest ratio when both figures count the same thing (one counted unit) and both claims
#: name the same event ("30 people were killed in the attack" against "300 people were
#: killed in the attack"): the guideline's "conflicting numbers" put no bound on how far
#: apart two sources' counts of one thing are, so only values as far apart as a
#: restatement's are read as two things.
CONFLICT_COUNT_MAX_RATIO = RESTATED_MAX_RATIO

#: Most characters between a restated figure and the count of another source it restates.
RESTATE_WINDOW = 400

#: Most words of the name a count belongs to (:func:`owner_of`: "[Russia] had lost").
MAX_OWNER_WORDS = 4


@functools.cache
def _restating_re(language: str | None) -> re.Pattern[str] | None:
    """The words right before a figure that restate a count: "put the number at ",
    "counted ", "gave a toll of "."""
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(language)
    if not lex.restated_heads:
        return None

    parts = []
    if lex.restating_verbs:
        parts.append(
            rf"\b(?:{alternation(lex.restating_verbs)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(lex.restated_heads)})\s+at"
        )
    if lex.restating_links:
        parts.append(
            rf"\b(?:{alternation(lex.restated_heads)})\s+(?:{alternation(lex.restating_links)})"
        )
    if lex.counting_verbs:
        parts.append(rf"\b(?:{alternation(lex.counting_verbs)})")  # "police counted 20,000"
    if lex.giving_verbs and lex.giving_heads and lex.giving_links:  # "gave a toll of 30"
        parts.append(
            rf"\b(?:{alternation(lex.giving_verbs)})\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?:{alternation(lex.giving_heads)})\s+(?:{alternation(lex.giving_links)})"
        )
    if not parts:
        return None
    return re.compile(rf"(?:{'|'.join(parts)})\s+$")


@functools.cache
def _revising_re(language: str | None) -> re.Pattern[str] | None:
    """The words right before a figure that revise a count to it: "raised the toll to ",
    "the toll later rose to "."""
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(language)
    if not lex.restated_heads:
        return None

    heads = alternation(lex.restated_heads)
    parts = []
    if lex.revising_verbs:
        parts.append(
            rf"\b(?:{alternation(lex.revising_verbs)})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{heads})"
        )
    if lex.revising_links:
        parts.append(
            rf"\b(?:{heads})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(lex.revising_links)})"
        )
    if not parts:
        return None
    return re.compile(rf"(?:{'|'.join(parts)})\s+to\s+(?:[a-z]+\s+){{0,2}}$")


@functools.cache
def _links_re(language: str | None, key: str) -> re.Pattern[str] | None:
    """One of the matching lexicon's links ``key`` right before a figure: "including ",
    "up from "."""
    from provenance.lexicon.matching import match_lexicon

    links: tuple[str, ...] = getattr(match_lexicon(language), key)
    if not links:
        return None
    return re.compile(rf"\b(?:{alternation(links)})\s+$")


def _subset_re(language: str | None) -> re.Pattern[str] | None:
    """The words right before a figure that make it part of another count: "including "."""
    return _links_re(language, "subset_links")


def _parts(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """Figures that count part of another count ("[including] 10 children"): no rivals."""
    return _led_by(figures, claims, _subset_re)


def _baseline_re(language: str | None) -> re.Pattern[str] | None:
    """The words right before a figure that make it an earlier value: "up from "."""
    return _links_re(language, "baseline_links")


def _baselines(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """Figures a count is set against ("4,000 hectares, [up from] 2,500 on Monday"): the
    earlier value of a change, no rival of another source's count."""
    return _led_by(figures, claims, _baseline_re)


def _marks(figures: pd.DataFrame) -> pd.Series:
    """Per claim, the ordinals, dates and years its figures name, lowered ("first", "2016").

    Two counts whose claims name different ones ("killed in the [first] attack", "killed
    in the [second] attack") count two things.
    """
    import pandas as pd

    kinds = [FigureKind.ORDINAL.value, FigureKind.DATE.value, FigureKind.YEAR.value]
    marked = figures[figures["kind"].isin(kinds) & figures["claim_id"].notna()]
    found: dict[object, set[str]] = {}
    for claim, text in zip(marked["claim_id"], marked["text"], strict=True):
        found.setdefault(claim, set()).add(" ".join(str(text).lower().split()))
    return pd.Series({k: frozenset(v) for k, v in found.items()}, dtype=object)


@functools.cache
def _window_re(language: str | None) -> re.Pattern[str] | None:
    """A time window in case-folded text: an opener and its word ("since march", "since the
    start of the month"), or a window word ("monday", "last week")."""
    from provenance.lexicon.matching import match_lexicon

    lex = match_lexicon(language)
    word = r"([\w'’-]+)"
    art = rf"(?:(?:{alternation(lex.window_articles)})\s+)?" if lex.window_articles else ""
    parts = []
    if lex.window_openers:
        of = (
            rf"(?:\s+(?:{alternation(lex.window_links)})\s+{art}{word})?"
            if lex.window_links
            else "()"
        )
        parts.append(rf"\b(?:{alternation(lex.window_openers)})\s+{art}{word}{of}")
    if lex.window_words:
        parts.append(rf"\b({alternation(lex.window_words)})\b")
    return re.compile("|".join(parts)) if parts else None


def window_of(text: str, language: str | None = "en") -> frozenset[str]:
    """The last words of the time windows ``text`` names: "killed on Monday" -> {"monday"}.

    Example:
        >>> sorted(window_of("120 had been killed since the start of the month"))
        ['month', 'start']
        >>> window_of("30 people were killed on Monday"), window_of("30 were killed")
        (frozenset({'monday'}), frozenset())
        >>> window_of("so far this year") & window_of("this year")
        frozenset({'year'})
    """
    pattern = _window_re(language)
    if pattern is None:
        return frozenset()
    found: set[str] = set()
    for m in pattern.finditer(text.casefold()):
        found.update(g.split()[-1] for g in m.groups() if g)
    return frozenset(found)


def _windows(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """Per claim of ``figures``, the time windows its text names (:func:`window_of`)."""
    import pandas as pd

    if claims is None or figures.empty or not {"claim_id", "text"} <= set(claims):
        return pd.Series(dtype=object)
    text = claims.drop_duplicates("claim_id").set_index("claim_id")["text"]
    lang = figures["language"] if "language" in figures else pd.Series("en", index=figures.index)
    found: dict[object, frozenset[str]] = {}
    for claim, la in zip(figures["claim_id"], lang.astype(object), strict=True):
        body = text.get(claim)
        if claim not in found and isinstance(body, str):
            found[claim] = window_of(body, la if isinstance(la, str) else None)
    return pd.Series(found, dtype=object)


def _restates(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """Figures whose claim's words right before them restate a count ("put the toll at"), or
    that are all their claim says ("Hospital officials said 30")."""
    return _led_by(figures, claims, _restating_re, bare=True)


def restating_figures(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """Figures restating another source's count: after a head naming it ("put the turnout
    at 40%"), alone in their claim ("said 30"), or a count with no noun of its own opening
    it ("said more than half had"). ``figures`` holds claim_id, start, text, unit, language.
    """
    return _restates(figures, claims)


def value_bounds(figures: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The lowest and highest values each figure allows (:func:`conflicting_claim`'s)."""
    return _bounds(figures)


def _updates(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """Figures whose claim's words right before them revise a count to them ("Police later
    raised the toll to 30", "the toll rose to 30"): an update of the counts before, no rival."""
    return _led_by(figures, claims, _revising_re)


def _led_by(
    figures: pd.DataFrame,
    claims: pd.DataFrame | None,
    pattern_of: Callable[[str | None], re.Pattern[str] | None],
    *,
    bare: bool = False,
) -> pd.Series:
    """Figures whose claim's words right before them end in ``pattern_of(language)``;
    with ``bare``, also the figures that are all their claim says ("said 30")."""
    import pandas as pd

    out = pd.Series(False, index=figures.index, dtype=bool)
    if claims is None or figures.empty or not {"claim_id", "start", "text"} <= set(claims):
        return out
    by_id = claims.drop_duplicates("claim_id").set_index("claim_id")
    text = figures["claim_id"].map(by_id["text"])
    begin = figures["claim_id"].map(by_id["start"])
    # "Organisers [put] the number at 10,000": the verb is the claim's cue, before its content
    cue = (
        figures["claim_id"].map(by_id["cue"])
        if "cue" in by_id
        else pd.Series(None, index=figures.index)
    )
    lang = figures["language"] if "language" in figures else pd.Series("en", index=figures.index)
    shown = figures["text"] if "text" in figures else pd.Series(None, index=figures.index)
    # a count with its own noun ("20,000 people marched") is no ellipsis
    shown = shown.where(figures["unit"].isna(), None) if "unit" in figures else shown
    for row, body, at, start, la, said, own in zip(
        figures.index, text, begin, figures["start"], lang, cue, shown, strict=True
    ):
        if not isinstance(body, str) or pd.isna(at):
            continue
        pattern = pattern_of(la if isinstance(la, str) else None)
        offset = int(start) - int(at)
        if bare and offset == 0 and _elliptical(body, own):
            # "Hospital officials said 30", "organisers said 20,000 had taken part": the count
            # is all it says, or the subject of a verb with no noun of its own
            out.at[row] = True
        elif pattern is not None and 0 <= offset <= len(body):
            before = body[:offset].casefold()
            if isinstance(said, str) and " " not in said:
                before = f"{said.casefold()} {before}"
            out.at[row] = pattern.search(before) is not None
    return out


#: Most words after a count that opens its claim with no noun of its own and is still read
#: as a restatement: "[20,000] had taken part", "[2.3 million] were affected".
ELLIPTICAL_WORDS = 3

_ELLIPTICAL_REST = re.compile(rf"(?:\s+[a-z]+){{0,{ELLIPTICAL_WORDS}}}\s*")


def _elliptical(body: str, own: object) -> bool:
    """Whether ``body`` is the count ``own`` alone, or the count and at most
    :data:`ELLIPTICAL_WORDS` lower-case words: a count with no noun, whose verb says what
    befell the thing another source counted ("said 2.3 million were affected").

    Example:
        >>> _elliptical("20,000 had taken part", "20,000"), _elliptical("30", "30")
        (True, True)
        >>> _elliptical("30 were killed in Gaza on Monday", "30")
        False
    """
    if not isinstance(own, str) or not body.startswith(own):
        return False
    return _ELLIPTICAL_REST.fullmatch(body, len(own)) is not None


@functools.cache
def _predicate_re(language: str | None) -> re.Pattern[str]:
    """Auxiliaries after a counted noun, then the word that says what befell it."""
    from provenance.lexicon.cues import cue_lexicon

    auxiliaries = sorted(cue_lexicon(language).finite_auxiliaries, key=len, reverse=True)
    aux = "|".join(map(re.escape, auxiliaries))
    return re.compile(rf"\s+(?:(?:{aux})\s+){{0,3}}([a-z][a-z-]+)\b")


def _predicates(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """What befell each counted thing, as its claim says right after figure and unit.

    "1,200 homes [were damaged] in the storm" and "5,000 homes [had been damaged]" name
    one predicate (the matching lexicon's event of the word, else its first
    ``echo_prefix`` letters: "damag"); null when no such word follows ("40 people in
    the square"), or it is a function word.

    Example:
        >>> import pandas as pd
        >>> claims = pd.DataFrame({"claim_id": ["c"], "start": [0],
        ...     "text": ["1,200 homes were damaged in the storm"]})
        >>> f = pd.DataFrame({"claim_id": ["c"], "start": [0], "end": [5], "unit": ["homes"]})
        >>> _predicates(f, claims).tolist()
        ['damag']
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    out = pd.Series([None] * len(figures), index=figures.index, dtype=object)
    if (
        claims is None
        or figures.empty
        or not {"claim_id", "end", "unit"} <= set(figures)
        or not {"claim_id", "start", "text"} <= set(claims)
    ):
        return out
    by_id = claims.drop_duplicates("claim_id").set_index("claim_id")
    text = figures["claim_id"].map(by_id["text"])
    begin = figures["claim_id"].map(by_id["start"])
    lang = figures["language"] if "language" in figures else pd.Series("en", index=figures.index)
    for row, body, at, end, unit, la in zip(
        figures.index, text, begin, figures["end"], figures["unit"], lang, strict=True
    ):
        # the figure's own language: a language without matching words reads no predicate
        language = la if isinstance(la, str) else None
        lex = match_lexicon(language)
        n = lex.echo_prefix
        if n <= 0 or not isinstance(body, str) or not isinstance(unit, str) or pd.isna(at):
            continue
        pattern = _predicate_re(language)
        rest = body[int(end) - int(at) :]
        lead = re.match(r"\s*" + r"\s+".join(map(re.escape, unit.split())), rest)
        if lead is None:
            continue
        found = pattern.match(rest.casefold(), lead.end())
        if found is None or len(word := found.group(1)) < n or word in lex.function_words:
            continue
        out.at[row] = lex.events.get(word, word[:n])
    return out


def restated_key(f: pd.DataFrame, restates: pd.Series) -> pd.Series:
    """For each ``restates`` figure with no key, the ``_key`` of the nearest keyed count of
    another source in its article within :data:`RESTATE_WINDOW` characters; null elsewhere.

    ``f`` holds ``article_id``, ``source_id``, ``start`` and ``_key``.

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"article_id": ["x", "x", "x"], "source_id": ["police", "org", "org"],
        ...     "start": [11, 90, 300], "_key": ["person", None, "bus"]})
        >>> restated_key(f, pd.Series([False, True, False])).tolist()
        [None, 'person', None]
    """
    import pandas as pd

    keyed = f[f["_key"].notna()]
    wanted = restates.reindex(f.index, fill_value=False).astype(bool) & f["_key"].isna()
    found: dict[object, object] = {}
    for row, art, source, start in zip(
        f.index[wanted],
        f.loc[wanted, "article_id"],
        f.loc[wanted, "source_id"],
        f.loc[wanted, "start"].astype("int64"),
        strict=True,
    ):
        same = keyed[(keyed["article_id"] == art) & (keyed["source_id"] != source)]
        distance = (same["start"].astype("int64") - int(start)).abs()
        near = same.assign(_d=distance)[distance <= RESTATE_WINDOW]
        if not near.empty:
            # equally near counts before and after it: the earlier, whatever the row order
            found[row] = near.sort_values(["_d", "start"], kind="stable")["_key"].iloc[0]
    return pd.Series([found.get(i) for i in f.index], index=f.index, dtype=object)


def counted_key(figures: pd.DataFrame) -> pd.Series:
    """What a figure counts, lemmatized in its language (null when not comparable).

    The unit goes through the matching lexicon of the figure's ``language``
    (English when the column is absent): plurals, stopwords and synonyms, so
    "30,000 troops" and "53,000 soldiers" count the same thing.

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"unit": ["Russian troops", "people", None], "kind": ["cardinal"] * 3})
        >>> counted_key(f).tolist()
        ['russian soldier', 'person', None]
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    key = unit_key(figures)
    lang = figures["language"] if "language" in figures else pd.Series("en", index=figures.index)
    pairs = list(zip(lang.astype(object).where(lang.notna(), None), key, strict=True))
    done: dict[tuple[object, object], str | None] = {}
    for la, k in dict.fromkeys(pairs):  # once per distinct (language, unit)
        lemmas = match_lexicon(la).unit_key(k) if isinstance(k, str) else ""
        done[(la, k)] = lemmas or None
    return pd.Series([done[p] for p in pairs], index=figures.index, dtype=object)


def _bounds(f: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The values each figure allows: exact, a bound ("more than 50") or widened ("about 50")."""
    import numpy as np
    import pandas as pd

    value = f["value"].astype("float64")
    nan = pd.Series(np.nan, index=f.index)
    lower = f["lower"].astype("float64") if "lower" in f else nan
    upper = f["upper"].astype("float64") if "upper" in f else nan
    approx = f["approximate"].fillna(False).astype(bool)
    bound = lower.notna() != upper.notna()  # one side given: the other is open
    width = (value.abs() * CONFLICT_TOLERANCE).where(approx, 0.0)
    lo = lower.where(lower.notna(), (value - width).where(~bound, -np.inf))
    hi = upper.where(upper.notna(), (value + width).where(~bound, np.inf))
    return lo, hi


def _events(figures: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """The one event a figure's claim names ("were killed", "the toll"), else null.

    The counted noun names what is counted, not what befell it: in "12 [protesters] were
    arrested" the event is the arrest, when the claim's other words name one event.
    """
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    if claims is None or figures.empty:
        return pd.Series(None, index=figures.index, dtype=object)
    text = figures["claim_id"].map(claims.drop_duplicates("claim_id").set_index("claim_id")["text"])
    lang = figures["language"] if "language" in figures else pd.Series("en", index=figures.index)
    unit = figures["unit"] if "unit" in figures else pd.Series(None, index=figures.index)
    done: dict[tuple[object, object, object], str | None] = {}
    triples = list(zip(lang.astype(object), text.astype(object), unit.astype(object), strict=True))
    for la, t, u in dict.fromkeys(triples):
        lex = match_lexicon(la if isinstance(la, str) else None)
        found = lex.events_of(t) if isinstance(t, str) else ()
        if len(found) > 1 and isinstance(u, str):
            counted = lex.events_of(u)
            found = tuple(e for e in found if e not in counted) or found
        done[(la, t, u)] = found[0] if len(found) == 1 else None
    return pd.Series([done[p] for p in triples], index=figures.index, dtype=object)


def _eventive_units(f: pd.DataFrame, rows: pd.Series) -> pd.Series:
    """Which of ``rows`` are figures whose unit is a word of an event of their own
    language's matching lexicon ("50 dead", "85 bodies"): the unit says what befell, not
    who. Read once per language and unit, and only on ``rows`` (a feed's restating counts).
    """
    import numpy as np
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    found = np.zeros(len(f), dtype=bool)
    mask = rows.to_numpy(dtype=bool)
    if "unit" not in f or not mask.any():
        return pd.Series(found, index=f.index, dtype=bool)
    some = f[mask]
    lang = some["language"] if "language" in some else pd.Series("en", index=some.index)
    pairs = list(zip(lang.astype(object), some["unit"].astype(object), strict=True))
    eventive = {
        (la, u): bool(match_lexicon(la if isinstance(la, str) else None).events_of(u))
        for la, u in set(pairs)
        if isinstance(u, str)
    }
    found[mask] = [eventive.get(p, False) for p in pairs]
    return pd.Series(found, index=f.index, dtype=bool)


def _general_units(f: pd.DataFrame) -> pd.Series:
    """Figures whose ``_key`` is one of the ``general_units`` of their own language's
    matching lexicon ("person": "12 people died" counts any of the dead)."""
    import pandas as pd

    from provenance.lexicon.matching import match_lexicon

    lang = f["language"] if "language" in f else pd.Series("en", index=f.index)
    found = [
        isinstance(k, str) and k in match_lexicon(la if isinstance(la, str) else None).general_units
        for la, k in zip(lang.astype(object), f["_key"], strict=True)
    ]
    return pd.Series(found, index=f.index, dtype=bool)


def owner_of(before: str, auxiliaries: frozenset[str]) -> str | None:
    """The name a count belongs to when its claim opens with a name, auxiliaries and one
    verb right before the figure ("[Russia] had lost 1,100 troops"), else None.

    Example:
        >>> owner_of("Russia had lost ", frozenset({"had"}))
        'Russia'
        >>> owner_of("they had killed ", frozenset({"had"})) is None
        True
    """
    words = before.split()
    if len(words) < 2 or not words[-1].isalpha() or not words[-1].islower():
        return None
    name = words[:-1]
    while name and name[-1].casefold() in auxiliaries:
        name.pop()
    if not name or len(name) > MAX_OWNER_WORDS or not all(w[:1].isupper() for w in name):
        return None
    return " ".join(name)


def _owners(pairs: pd.DataFrame, f: pd.DataFrame, claims: pd.DataFrame | None) -> pd.Series:
    """Per figure of ``pairs`` (by ``figure_id``), :func:`owner_of` its claim; null when none."""
    import pandas as pd

    from provenance.lexicon.cues import cue_lexicon

    if claims is None or not {"claim_id", "start", "text"} <= set(claims):
        return pd.Series(dtype=object)
    ids = set(pairs["figure_id"]) | set(pairs["figure_id_o"])
    rows = f[f["figure_id"].isin(ids)]
    by_id = claims.drop_duplicates("claim_id").set_index("claim_id")
    lang = rows["language"] if "language" in rows else pd.Series("en", index=rows.index)
    found: dict[object, str | None] = {}
    for fid, claim, start, la in zip(
        rows["figure_id"], rows["claim_id"], rows["start"], lang, strict=True
    ):
        body, at = by_id["text"].get(claim), by_id["start"].get(claim)
        if not isinstance(body, str) or at is None or pd.isna(at):
            continue
        offset = int(start) - int(at)
        if 0 < offset <= len(body):
            aux = cue_lexicon(la if isinstance(la, str) else None).finite_auxiliaries
            found[fid] = owner_of(body[:offset], aux)
    return pd.Series(found, dtype=object)


def _apart(
    pairs: pd.DataFrame, figures: pd.DataFrame, f: pd.DataFrame, claims: pd.DataFrame | None
) -> pd.Series:
    """Pairs of counts whose claims name different ordinals, dates or years ("the first
    attack", "the second attack"), different time windows ("killed on Monday", "killed
    since the start of the month") or different owners (:func:`owner_of`: "Russia had
    lost", "Ukraine had lost"): two things, no rivals."""
    import pandas as pd

    marks = _marks(figures)
    own, other = pairs["claim_id"].map(marks), pairs["claim_id_o"].map(marks)
    windows = _windows(
        f[f["claim_id"].isin(pairs["claim_id"]) | f["claim_id"].isin(pairs["claim_id_o"])], claims
    )
    own_w, other_w = pairs["claim_id"].map(windows), pairs["claim_id_o"].map(windows)
    apart = [
        (isinstance(a, frozenset) and isinstance(b, frozenset) and a.isdisjoint(b))
        or (
            isinstance(c, frozenset)
            and isinstance(d, frozenset)
            and bool(c)
            and bool(d)
            and c.isdisjoint(d)
        )
        for a, b, c, d in zip(own, other, own_w, other_w, strict=True)
    ]
    # "Russia had lost 1,100 troops"; "Ukraine had lost 900 soldiers": two sides' losses
    owners = _owners(pairs, f, claims)
    mine, theirs = pairs["figure_id"].map(owners), pairs["figure_id_o"].map(owners)
    apart = [
        done or (isinstance(a, str) and isinstance(b, str) and a != b)
        for done, a, b in zip(apart, mine, theirs, strict=True)
    ]
    return pd.Series(apart, index=pairs.index, dtype=bool)


def conflicting_claim(figures: pd.DataFrame, claims: pd.DataFrame | None = None) -> pd.Series:
    """For each figure, the claim of another source giving a rival count of the same thing.

    "The same thing" is a cardinal figure in the same article with the same
    counted unit (:func:`counted_key`: "Russian soldiers" and "Russian troops");
    with ``claims``, a figure with no unit whose claim names
    one event ("put the toll at 52") also counts what a figure of the same
    event counts ("40 people were killed"). "Rival" means values that cannot
    both hold (bounds and approximations respected: "at least 40" allows 52)
    within :data:`CONFLICT_MAX_RATIO` of each other (:data:`CONFLICT_EVENT_MAX_RATIO` when
    both claims name one event, :data:`CONFLICT_COUNT_MAX_RATIO` when they also count one
    unit). Sums of one currency are compared only when one restates the other's ("put the
    figure at $98 million"); percentages,
    measures written into the number ("400m") and :data:`GENERIC_UNITS` are not
    compared, nor counts whose claims name different events ("40 people were
    killed", "52 people were injured") or different ordinals, dates or years ("the
    first attack", "the second attack") or different time windows (:func:`window_of`: "killed
    on Monday", "killed since the start of the month"). A count revised to a value ("raised the toll
    to 30", ``revising_verbs``) updates, and a part of a count ("including 10
    children", ``subset_links``) belongs to, the counts before, and the earlier value of a
    change ("up from 2,500 on Monday", ``baseline_links``) is set against one: none is a rival.
    A count alone as a claim's content ("Hospital officials said 30") or counted
    ("police counted 20,000") restates the nearest count of another source. Null when
    there is no rival.

    Example:
        >>> import pandas as pd
        >>> f = pd.DataFrame({"figure_id": ["a", "b"], "article_id": ["x", "x"],
        ...     "claim_id": ["c1", "c2"], "source_id": ["army", "rebels"], "start": [0, 50],
        ...     "value": [300.0, 200.0], "unit": ["fighters", "fighters"],
        ...     "kind": ["cardinal", "cardinal"], "approximate": [False, False],
        ...     "text": ["300", "200"]})
        >>> conflicting_claim(f).tolist()
        ['c2', 'c1']
    """
    import numpy as np
    import pandas as pd

    key = counted_key(figures)
    generic = unit_key(figures).isin(GENERIC_UNITS) | key.isin(GENERIC_UNITS)
    money = figures["kind"] == FigureKind.MONEY.value
    counts = (
        ~generic
        # a currency's code inside its text ("EUR" in "euros") makes no measure of a sum
        & ~(unit_in_text(figures) & ~money)
        & (figures["value"] > 0)
        & ((figures["kind"] == FigureKind.CARDINAL.value) | money)
    )
    mask = counts.fillna(False).astype(bool)
    f = figures[mask]
    lo, hi = _bounds(f)
    # The claim's event is read only for the counts: a few rows in a feed.
    f = f.assign(
        _key=key[mask], _event=_events(f, claims), _lo=lo, _hi=hi, _money=money[mask].astype(bool)
    )
    # "Organisers put the number at 10,000": what the nearest count of another source counts
    restates = _restates(f, claims)
    # "Police later raised the toll to 30": an update of the counts before it, no rival
    # "including 10 children": part of another count, no rival either
    # "up from 2,500 on Monday": the earlier value a change is measured from, no rival
    f = f[~(_updates(f, claims) | _parts(f, claims) | _baselines(f, claims))]
    restates = restates[f.index]
    # "Moscow put its losses at fewer than 50 dead", "medics counted 85 bodies": a unit that
    # only names the event says no more of what is counted than no unit does
    bare_unit = _eventive_units(f, restates)
    found = restated_key(f.assign(_key=f["_key"].where(~bare_unit, None)), restates)
    # "the NGO put the figure at 3.4 million tonnes": a restated count with its own unit
    # restates the counts of that unit
    f = f.assign(
        _key=f["_key"].where(found.isna(), found),
        _restated=restates & (found.notna() | f["_key"].notna()),
    )
    # "Organisers said 100,000 marched; police counted 20,000": no unit near, what befell
    # the nearest count of another source
    bare = restates & f["_key"].isna() & f["_event"].isna()
    if bare.any():
        befell = restated_key(f.assign(_key=f["_event"]), bare)
        f = f.assign(
            _event=f["_event"].where(befell.isna(), befell),
            _restated=f["_restated"] | befell.notna(),
        )
    f = f[f["_key"].notna() | f["_event"].notna()]
    f = f.assign(_pred=_predicates(f, claims), _general=_general_units(f))
    cols = ["figure_id", "article_id", "source_id", "value", "claim_id", "start"]
    cols += ["_key", "_event", "_lo", "_hi", "_restated", "_pred", "_general", "_money"]
    keyed = f[f["_key"].notna()][cols].merge(
        f[f["_key"].notna()][cols], on=["article_id", "_key"], suffixes=("", "_o")
    )
    # "40 people were killed" and "52 people were injured" count two things.
    other_event = keyed["_event"].notna() & keyed["_event_o"].notna()
    keyed = keyed[~(other_event & (keyed["_event"] != keyed["_event_o"]))]
    evented = f[f["_event"].notna()][cols].merge(
        f[f["_event"].notna()][cols], on=["article_id", "_event"], suffixes=("", "_o")
    )
    # "12 people died" and "60 civilians were killed": people count any of them (a general
    # unit of the figure's own language: a French figure is never read with English units)
    evented = evented[
        evented["_key"].isna()
        | evented["_key_o"].isna()
        | evented["_general"]
        | evented["_general_o"]
    ]
    evented = evented.assign(_event_o=evented["_event"])  # joined on it: one event
    parts = [p for p in (keyed, evented) if not p.empty]
    if not parts:
        return pd.Series([None] * len(figures), index=figures.index, dtype=object)
    pairs = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    ratio = pairs[["value", "value_o"]].max(axis=1) / pairs[["value", "value_o"]].min(axis=1)
    disjoint = (pairs["_hi"] < pairs["_lo_o"]) | (pairs["_hi_o"] < pairs["_lo"])
    same_event = pairs["_event"].notna() & (pairs["_event"] == pairs["_event_o"])
    # "30 people were killed in the attack" and "300 people were killed in the attack": the
    # keyed rows come first and were joined on their unit
    units = pairs["_key"].to_numpy(dtype=object)
    one_unit = np.arange(len(pairs)) < (0 if keyed.empty else len(keyed))
    if "_key_o" in pairs:
        one_unit |= units == pairs["_key_o"].to_numpy(dtype=object)
    same_count = same_event.to_numpy(dtype=bool) & pd.notna(units) & one_unit
    # "1,200 homes were damaged" and "5,000 homes had been damaged": one thing befell both
    same_event |= pairs["_pred"].notna() & (pairs["_pred"] == pairs["_pred_o"])
    # sums of one currency are rivals only when one restates the other's ("the studio said
    # it took $120 million; Comscore put the figure at $98 million"): two sums in a story
    # are most often two things
    money_pair = pairs["_money"].astype(bool) | pairs["_money_o"].astype(bool)
    pairs = pairs[
        (~money_pair | pairs["_restated"].astype(bool) | pairs["_restated_o"].astype(bool))
        & (pairs["source_id"] != pairs["source_id_o"])
        & (pairs["value"] != pairs["value_o"])
        & disjoint
        & (
            (ratio <= CONFLICT_MAX_RATIO)
            | (same_event & (ratio <= CONFLICT_EVENT_MAX_RATIO))
            # a restatement and a count of one unit and one event: one bound
            | (
                (pairs["_restated"] | pairs["_restated_o"] | same_count)
                & (ratio <= RESTATED_MAX_RATIO)
            )
        )
    ]
    if not pairs.empty:
        pairs = pairs[~_apart(pairs, figures, f, claims)]
    # Several rivals: name the first in the text, whatever the row order.
    pairs = pairs.sort_values(["start_o", "claim_id_o"], kind="stable")
    first = pairs.drop_duplicates("figure_id").set_index("figure_id")["claim_id_o"]
    out = figures["figure_id"].map(first)
    return pd.Series(out.tolist(), index=figures.index, dtype=object).where(out.notna(), None)


def party_only(figures: pd.DataFrame, sources: pd.DataFrame) -> pd.Series:
    """Figures whose only sources are parties to the story.

    A figure is corroborated when a source that is not a party, or a party of
    another side, gives the same value for the same unit key. Exact counts
    under :data:`PARTY_ONLY_MIN_VALUE` are not checked.
    """
    party = sources.assign(_party=is_party(sources)).set_index("source_id")
    f = figures.assign(
        _key=unit_key(figures),
        _party=figures["source_id"].map(party["_party"]).fillna(False).astype(bool),
        _side=figures["source_id"].map(party["affiliation"]),
    )
    comparable = f["_key"].notna() & f["value"].notna()
    # Per (unit key, value): does a source that is not a party give it, and how
    # many sides do. A party's figure is corroborated by either (another side is
    # another source). Grouped, not self-joined: a value common across an
    # archive ("2 people") stays linear.
    c = f[comparable]
    by = [c["_key"], c["value"]]
    any_nonparty = (~c["_party"]).groupby(by).transform("any").astype(bool)
    n_sides = c["_side"].where(c["_party"]).groupby(by).transform("nunique")
    corroborated = (any_nonparty | (n_sides >= 2)).reindex(f.index, fill_value=False)
    estimate = (f["value"].abs() >= PARTY_ONLY_MIN_VALUE) | f["approximate"].astype(bool)
    return (f["_party"] & comparable & estimate.fillna(False) & ~corroborated).astype(bool)
