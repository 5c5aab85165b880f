"""A cue participle going on with a small clause: the clause's subject is its source.

In "Moscow's defense ministry released videos showing men in uniform waving Russian
flags, chanting “Glory to Russia”" the object of "showing" opens a small clause
("men in uniform waving Russian flags"); "chanting" after the comma goes on with its
participle "waving", so the men chant, not the ministry. The same holds after an
absolute "with" (", with supporters waving signs, chanting “Lock her up”"). When
the object can be no source ("videos showing flags fluttering, chanting ...") no one
in the text is said to chant and the cue gives no claim.

Inside a sentence, with no comma, the preposition's object must be followed by the cue
itself ("took the stage with supporters chanting “Lock her up”").

The words opening such a clause are the cue lexicon's ``small_clause_verbs`` and
``small_clause_prepositions`` (``provenance/lexicon/data/<lang>/cues.yaml``); a
possible source is a name or ends in one of ``source_heads`` or ``recipient_heads``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.extractors.text.wordlists import alternation
from provenance.lexicon.cues import CueLexicon, cue_lexicon

__all__ = ["SmallClause", "small_clause_subject"]


@dataclass(frozen=True, slots=True)
class SmallClause:
    """The subject of the small clause a cue participle goes on with.

    ``start``/``end`` span the object opening the clause ("men in uniform");
    ``source`` says whether it can be a source at all (people, a name), else the
    participle reports no claim.
    """

    start: int
    end: int
    source: bool


def small_clause_subject(text: str, lo: int, cue_start: int, lex: CueLexicon) -> SmallClause | None:
    """The small clause a participle cue at ``cue_start`` goes on with, or ``None``.

    ``lo`` is where the cue's clause may begin (its unit's start). The words before
    the cue must end in a comma, after a participle whose subject is the object of
    a small-clause verb or of a preposition opening an absolute clause.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "Videos showed men in uniform waving flags, chanting “Glory”."
        >>> sc = small_clause_subject(text, 0, text.index("chanting"), cue_lexicon("en"))
        >>> text[sc.start : sc.end], sc.source
        ('men in uniform', True)
        >>> small_clause_subject("The crowd waved flags, chanting “USA”.", 0, 23, cue_lexicon("en"))
        >>> text = "He took the stage with supporters chanting “USA”."
        >>> sc = small_clause_subject(text, 0, text.index("chanting"), cue_lexicon("en"))
        >>> text[sc.start : sc.end], sc.source
        ('supporters', True)
    """
    m = _pattern(lex.language).search(text, lo, cue_start)
    if m is None:
        m = _inner_pattern(lex.language).search(text, lo, cue_start)
    if m is None:
        return None
    start, end = m.span("np")
    return SmallClause(start, end, _possible_source(m.group("np"), lex))


#: Words that end the head of an object before its complement ("men [in uniform]").
_POSTMODIFIER = re.compile(r"\s(?:in|of|from|at|on|with|wearing|dressed)\b")


def _possible_source(np: str, lex: CueLexicon) -> bool:
    """Whether an object can speak: its head is a name or a people or source noun.

    "men in uniform", "hundreds of supporters", "Trump's aides" can; "Russian flags" cannot.
    """
    cut = _POSTMODIFIER.search(np)
    head_part = np[: cut.start()] if cut is not None else np
    head = head_part.split()[-1]
    if head[:1].isupper() and head.lower() not in lex.small_clause_determiners:
        return True
    people = lex.source_heads | lex.recipient_heads
    if head.lower() in people:
        return True
    # "hundreds of supporters": a partitive's people noun
    return cut is not None and np[cut.start() :].split()[0] == "of" and np.split()[-1] in people


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    verbs = alternation(lex.small_clause_verbs)
    preps = alternation(lex.small_clause_prepositions)
    opener = rf"\b(?:{verbs})" if verbs else r"(?!)"
    if preps:
        # an absolute clause opens after a comma or a sentence's start, never mid-phrase
        opener = rf"(?:{opener}|(?:^|(?<=,)|(?<=[.!?]\s))\s*\b(?i:{preps}))"
    # the object: up to six words, none a participle; then the cue itself (the clause's
    # own participle), or the clause's participle and its complement up to the comma
    # before the cue (no other clause stop between)
    word = r"(?![a-z]+ing\b)[\w.'’-]+"
    return re.compile(
        rf"{opener}\s+(?P<np>{word}(?:\s+{word}){{0,5}}?)"
        r"(?:\s+[a-z]+ing\b[^,;:!?“”\"()]*,)?\s*$",
        re.MULTILINE,
    )


@functools.cache
def _inner_pattern(language: str) -> re.Pattern[str]:
    """An absolute clause inside a sentence, with no comma: "took the stage [with]
    supporters chanting X". The cue must follow its object directly."""
    lex = cue_lexicon(language)
    preps = "|".join(
        re.escape(w) for w in sorted(lex.small_clause_prepositions, key=len, reverse=True)
    )
    if not preps:
        return re.compile(r"(?!)")
    # no participle, past form or preposition inside: "sided with Cruz and [bankrolled]
    # ads attacking", "a campaign with CREDO Action [on] Wednesday asking"
    word = r"(?![a-z]+(?:ing|ed)\b)(?!(?:on|at|in|to|for|from|by|of)\b)[\w.'’-]+"
    return re.compile(rf"(?<=\s)\b(?i:{preps})\s+(?P<np>{word}(?:\s+{word}){{0,3}}?)\s+$")
