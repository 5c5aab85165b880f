"""Where a reporting cue's source is: the noun phrase before it.

:func:`find_subject` walks back from a cue over a name, a title, a role noun
("officials", "the bank") or a pronoun, skipping inserted segments ("X, who
..., said", "X, however, said"), and accepts the phrase only if it starts a
clause. Pure string work, no parsing model.
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.text.wordlists import ordered_alternation
from provenance.lexicon.cues import cue_lexicon
from provenance.lexicon.numbers import number_lexicon

__all__ = [
    "BOUNDARY_WORDS",
    "DETERMINERS",
    "FOCUS_ADVERBS",
    "HEADS",
    "NOT_IN_NP",
    "NP_MODIFIERS",
    "NP_PREPOSITIONS",
    "PRONOUNS",
    "TIME_ADJUNCTS",
    "determines_cue",
    "find_subject",
    "is_head",
    "role_appositive_start",
]


_LEX = cue_lexicon("en")
PRONOUNS = _LEX.subject_pronouns
BOUNDARY_WORDS = _LEX.subject_boundaries
NP_MODIFIERS = frozenset(_LEX.source_modifiers)
HEADS = frozenset(_LEX.source_heads)
_FILLER = re.compile(
    r"^(?:however|meanwhile|too|also|though|in turn|for (?:his|her|its|their) part|"
    r"in (?:a|an) \w+(?: \w+)?|on \w+|last \w+|this \w+|earlier|later|separately|"
    r"in response|in contrast|for example|instead|nevertheless|by contrast|though|"
    r"speaking to \w+(?: \w+)?|speaking \w+ \w+)$",
    re.IGNORECASE,
)
#: an appositive or a relative clause after a name opens lower case or with a digit ("who
#: ...", "a former aide", "now 70"; a lower-case letter covers every word it once listed)
_APPOSITIVE = re.compile(r"^(?:\d|[a-z])")
#: a person's age set off after the name, before another appositive ("Mr Tan, 45, a hawker,")
_AGE = re.compile(r"\s*\d{1,3}\s*")
#: a party and state label set off by commas after a name: "Sen. Rand Paul, R-Ky., said"
_PARTY_STATE = re.compile(r"[A-Z]-[A-Z][A-Za-z.]{1,12}")
#: the words that open a subject adjunct ("on Tuesday", "last week"): the pattern's and
#: its guard's (:func:`_may_end_in_adjunct`)
_ADJUNCT_OPENER_WORDS = ("on", "last", "this", "in", "earlier", "later")
_ADJUNCT_OPENERS = frozenset(_ADJUNCT_OPENER_WORDS)
#: "Sanders on Tuesday said", "who in 2010 said": opens with the space as a class (the
#: engine skips to candidates), then looks back for the letter before it
_SUBJECT_ADJUNCT = re.compile(
    r"\s(?<=[A-Za-z]\s)\s*(?:(?:" + "|".join(_ADJUNCT_OPENER_WORDS) + r")\s+"
    r"(?:[A-Z][a-z]+day|[A-Z][a-z]+|[12]\d{3}|week|month|year|night|morning|afternoon|evening)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # South Asian copy's "The party in a statement said", "Rao in his speech said"
    r"|in\s+(?:a|an|his|her|its|their)\s+(?:"
    + "|".join(re.escape(d) for d in sorted(_LEX.spoken_documents))
    + r"))$"
)
DETERMINERS = _LEX.subject_determiners
_SELF_MARKERS = frozenset((*_LEX.self_markers, *_LEX.noun_cue_modifiers))
#: months and days: "officials in March said" holds a time adjunct, not a place
_TIME_WORDS = frozenset(
    [*(w.lower() for w in _LEX.weekdays), *(m for m in number_lexicon().months if len(m) > 3)]
)


def _placed_head(text: str, lo: int, adjunct: re.Match[str]) -> bool:
    """Whether a subject adjunct "in X" after a source noun names where the source is.

    "Officials in Kyiv said", "Police in Lagos said": the place tells whose officials,
    part of the source; "Clinton in Iowa said", "officials in March said" (a month, a
    day) and "who in 2010 said" keep it an adjunct of the cue.
    """
    words = text[adjunct.start() : adjunct.end()].split()
    if len(words) != 2 or words[0] != "in" or not words[1][0].isupper():
        return False
    if words[1].lower() in _TIME_WORDS:
        return False
    before = text[lo : adjunct.start()].split()
    return bool(before) and _common_head(before[-1])


def _may_end_in_adjunct(text: str, lo: int, end: int) -> bool:
    """Whether :data:`_SUBJECT_ADJUNCT` can match in ``text[lo:end]``: False only when not.

    A match ends at ``end`` in the opener word, whitespace, one word and at most one
    more: the opener is the second or third word from the end of the window, with
    whitespace before it in the window (so it is a whole word of the split).
    """
    words = text[lo:end].rsplit(None, 3)
    return len(words) >= 2 and (
        words[-2] in _ADJUNCT_OPENERS or (len(words) >= 3 and words[-3] in _ADJUNCT_OPENERS)
    )


#: a pronoun subject with a contracted auxiliary ("he's", "they're")
_CONTRACTED = re.compile(
    rf"({ordered_alternation(_LEX.contracting_pronouns)})['’]"
    rf"(?:{ordered_alternation(_LEX.contraction_endings)})"
)
_POLLED = _LEX.polled_participles
#: nouns ending like an adverb ("rally", "assembly", "the elderly")
_LY_NOUNS = _LEX.ly_nouns
#: determiners after which a word ending like an adverb is a noun ("a rally")
_NOUN_MARKERS = _LEX.noun_marking_determiners
FOCUS_ADVERBS = _LEX.focus_adverbs
#: days and other time words that follow a cue ("said Tuesday"): never a source
TIME_ADJUNCTS = frozenset(w.lower() for w in _LEX.noun_adjuncts if " " not in w)
_FOCUS = FOCUS_ADVERBS
_CLOSE = _LEX.closeness_words
#: prepositions opening a phrase that is no subject ("In another tweet")
_PHRASE_PREPOSITIONS = _LEX.loose_subject_prepositions
#: quantifiers with "than" that open a noun phrase ("More than half of respondents")
_COMPARATIVES = _LEX.comparative_quantifiers
#: a modifier of hyphen-joined words ("pro-Trump", "long-time"), no "-ed"/"-ing" participle
_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+(?<!ed)(?<!ing)")
NP_PREPOSITIONS = _LEX.np_prepositions
NOT_IN_NP = _LEX.not_in_noun_phrase
_COORDINATORS = _LEX.coordinators
#: the definite article, as written at a sentence's start or inside it
_THE = frozenset(w for a in _LEX.definite_articles for w in (a, a[:1].upper() + a[1:]))
#: prepositions opening a sentence's introductory phrase, capitalised as its first word
#: (not "At": "At the moment Sanders announced his bid" is a clause of time)
_INTRO_PREPOSITIONS = frozenset(_LEX.intro_prepositions)
#: An introductory phrase with no comma before a subject: "In a letter to Harper the director"
_INTRO_NO_COMMA = re.compile(
    r"(?:In|At|During|After|Before|Since|Under)\s+(?:a|an|the|his|her|its|their)\s"
    r"[^,.;:“”\"]{1,40}\s+"
)
_ROLE_OF = re.compile(r"[A-Za-z]+\s+(?:of|at|for)\s")
_ROLES = frozenset(role for role in cue_lexicon("en").speaker_roles if " " not in role)
#: endings of an agent noun that may end a source ("lawmakers", "scientists")
_HEAD_SUFFIXES = _LEX.head_suffixes


#: the most words of a role noun phrase set off before the name it renames
_ROLE_APPOSITIVE_WORDS = 8
_ROLE_APPOSITIVE_CHARS = 100
_POSSESSIVE_ENDINGS = _LEX.possessive_endings


def role_appositive_start(text: str, floor: int, name_start: int) -> int | None:
    """Where a role noun phrase set off before a name subject opens, or ``None``.

    "“...,” [the party's leader], Ann Lee, said", "..., [an attorney for the family], Tom
    Hart, said": the phrase renames the speaker, no part of the content before it. It opens
    after a comma or a closing quotation mark, with a determiner or a possessive
    ("Apple's"), and its head (the last word, or the word before its first preposition) is
    a source noun; the name follows it after a comma.

    Example:
        >>> t = "“No,” the party's leader, Ann Lee, said."
        >>> t[role_appositive_start(t, 0, t.index("Ann")) :]
        "the party's leader, Ann Lee, said."
        >>> t = "He sold the house, a ruin, Ann Lee said."
        >>> role_appositive_start(t, 0, t.index("Ann")) is None
        True
    """
    comma = name_start - 1
    while comma > floor and text[comma].isspace():
        comma -= 1
    if comma <= floor or text[comma] != ",":
        return None
    lo = max(
        text.rfind(",", floor, comma), text.rfind("”", floor, comma), text.rfind('"', floor, comma)
    )
    if lo < floor or comma - lo > _ROLE_APPOSITIVE_CHARS:
        return None  # the phrase opens the clause (no content before it), or is too long
    words = text[lo + 1 : comma].split()
    if not words or len(words) > _ROLE_APPOSITIVE_WORDS:
        return None
    first = words[0]
    if not (
        first.lower() in DETERMINERS
        or (_POSSESSIVE_ENDINGS and first.endswith(_POSSESSIVE_ENDINGS) and first[:1].isupper())
    ):
        return None
    if any(w.lower() in NOT_IN_NP for w in words):
        return None
    cut = next((i for i, w in enumerate(words) if i > 0 and w in NP_PREPOSITIONS), len(words))
    if cut < 2 or not is_head(words[cut - 1].lower()):
        return None
    start = lo + 1
    while text[start].isspace():
        start += 1
    return start


def _common_head(word: str) -> bool:
    """A head noun written lower-case, or capitalised opening a sentence ("Reporters")."""
    return is_head(word) if word.islower() else word.lower() in HEADS


def is_head(word: str) -> bool:
    """Whether a lower-case word can end a source phrase ("officials", "lawmakers").

    Example:
        >>> is_head("lawmakers"), is_head("quickly")
        (True, False)
    """
    return word in HEADS or (
        word.endswith(_HEAD_SUFFIXES) and word not in NOT_IN_NP and len(word) > 4
    )


_NAME_SEGMENT = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*")
# A dash ends a token, as a space does ("controls–the Daily News claims"); an en dash
# between digits is a range and stays inside it ("the 2015–16 survey"), and a comma
# before three digits groups thousands ("2,000 people").
_TOKEN = re.compile(
    r"[^\s,;:()“”\"—–]+(?:(?:–(?<=\d–)(?=\d)|,(?<=\d,)(?=\d{3}(?!\d)))[^\s,;:()“”\"—–]+)*"
)


#: the characters that end a token of :data:`_TOKEN` besides whitespace (the en dash
#: stays inside a token between two digits, the comma of "2,000" too)
_TOKEN_BREAKS = frozenset(',;:()“”"—–')


def _thousands_comma(text: str, at: int, end: int) -> bool:
    """Whether the comma at ``at`` groups the thousands of a number before ``end``: a digit
    before it, exactly three after it ("2,000", "1,500,000"; not "2016,17")."""
    after = at + 4
    return (
        text[at - 1].isdecimal()
        and after <= end
        and text[at + 1 : after].isdecimal()
        and (after == end or not text[after].isdecimal())
    )


def _last_token_start(text: str, lo: int, end: int) -> int | None:
    """Where the last token of ``_TOKEN.finditer(text, lo, end)`` starts, if it ends at ``end``.

    ``None`` when the window holds no token ending at ``end``. A token is a longest run of
    characters that break none, an en dash inside it only between two digits, so the last
    one is found by walking back from ``end`` (no token list for the whole window).

    Example:
        >>> text = "the 2015–16 survey, officials"
        >>> text[_last_token_start(text, 0, len(text)) :]
        'officials'
        >>> _last_token_start("the 2015–16", 0, 11)
        4
        >>> _last_token_start("officials,", 0, 10) is None
        True
        >>> _last_token_start("some 2,000", 0, 10)
        5
    """
    start = text.rfind(" ", lo, end) + 1 or lo  # a space found lies at ``lo`` or after
    if text[start:end].isalpha():  # most last tokens are a word after a space: no break
        return start
    start = end
    while start > lo:
        char = text[start - 1]
        if char in _TOKEN_BREAKS or char.isspace():
            if (
                char == "–"
                and start < end
                and start - 2 >= lo
                and text[start].isdecimal()
                and text[start - 2].isdecimal()
            ):
                start -= 1  # "2015–16": a range is one token
                continue
            if char == "," and start - 2 >= lo and _thousands_comma(text, start - 1, end):
                start -= 1  # "2,000": a grouped number is one token
                continue
            break
        start -= 1
    return start if start < end else None


#: How far before a cue the walk over a subject's tokens first reads (see :func:`find_subject`).
_NEAR_REACH = 30


def _plural_head(tokens: list[re.Match[str]], first: int) -> bool:
    """Whether a plural source noun opens the phrase at ``tokens[first]`` before a
    preposition: "officials from both parties" (a bare singular is no subject: "Hawkins,
    host of the chart show, said")."""
    word = tokens[first].group(0)
    return (
        word.endswith("s")
        and is_head(word)
        and any(t.group(0) in NP_PREPOSITIONS for t in tokens[first:])
    )


def _titled(token: re.Match[str]) -> bool:
    """Whether a token is a capitalised word (a title before "to the": "Ambassador")."""
    word = token.group(0)
    return word[0].isupper() and word.isalpha()


def _opens_clause(tokens: list[re.Match[str]], j: int) -> bool:
    """Whether the coordinator ``tokens[j]`` joins clauses, not two words of one phrase.

    It opens a sentence in capitals ("But hacking specialists say") or follows a comma or
    a semicolon ("..., but hacking specialists say"); "music and marketing manager X"
    joins two modifiers.

    Example:
        >>> toks = list(_TOKEN.finditer("It fell, but hacking specialists"))
        >>> _opens_clause(toks, 2), _opens_clause(list(_TOKEN.finditer("music and marketing")), 1)
        (True, False)
    """
    word = tokens[j].group(0)
    if word[0].isupper():
        return True
    start = tokens[j].start()
    before = tokens[j].string[tokens[j - 1].end() if j else 0 : start]
    return "," in before or ";" in before


def _name_words(tokens: list[re.Match[str]], start: int) -> int:
    """How many tokens from ``start`` on go on a proper name after "of" (maybe "of the"):
    a titled word or a number opens it ("the 9th", "the Federal"), and each titled word
    after it, or "of" between two, goes on with it ("9th U.S. Circuit Court of Appeals")."""
    count = 0
    j = max(start, 2)
    while j < len(tokens):
        prev = tokens[j - 1].group(0)
        opened = prev == "of" or (prev == "the" and tokens[j - 2].group(0) == "of")
        word = tokens[j].group(0)
        if not (opened and (_titled_word(word) or word[0].isdigit())):
            j += 1
            continue
        j += 1
        while j < len(tokens):
            word = tokens[j].group(0)
            if _titled_word(word) or (
                word == "of" and j + 1 < len(tokens) and _titled_word(tokens[j + 1].group(0))
            ):
                count += 1
                j += 1
                continue
            break
    return count


def _titled_word(word: str) -> bool:
    """A capitalised word, not one in capitals only ("Circuit", "U.S.", not "KILLED")."""
    return word[0].isupper() and (len(word) < 3 or not word.isupper() or "." in word)


def _starts_name(tokens: list[re.Match[str]], j: int) -> bool:
    """Whether ``tokens[j]`` opens a run of capitalised words after a lower-case one."""
    return tokens[j].group(0)[0].isupper() and tokens[j - 1].group(0)[0].islower()


def _noun_before(tokens: list[re.Match[str]], j: int) -> bool:
    """Whether the token before ``tokens[j]`` can end a noun phrase ("lawsuit", "Smith").

    Not an auxiliary, a preposition or another word no noun phrase holds ("was filed
    by"), nor a participle, gerund or adverb.
    """
    if j < 1 or tokens[j].string[tokens[j - 1].end() : tokens[j].start()].strip():
        return False
    word = tokens[j - 1].group(0)
    low = word.lower()
    if not word.isalpha() or low in NOT_IN_NP:
        return False
    return (
        word[0].isupper()
        or is_head(low)
        or not (low.endswith(("ed", "ing")) or (low.endswith("ly") and low not in _LY_NOUNS))
    )


#: How far back an aside between brackets or dashes may open before a cue.
_ASIDE_REACH = 120
_DASHES = "—–"
#: the last characters before which :func:`_skip_parenthetical` can move an end
#: a dash typewriter copy writes as two hyphens ("Kall -- co-editor of a book -- said")
_TYPED_DASH = "--"
_ASIDE_CLOSERS = ")-" + _DASHES


def _skip_parenthetical(text: str, floor: int, end: int) -> int:
    """Move ``end`` before an aside: "Rep. Gwen Moore (D-Wis.) said", "Sims — a teacher — says".

    The aside is bracketed or between two dashes, holds no sentence stop and opens
    within :data:`_ASIDE_REACH` characters.
    """
    if end <= floor:
        return end
    last = text[end - 1]
    if last == ")":
        opening = text.rfind("(", max(floor, end - _ASIDE_REACH), end)
    elif last in _DASHES:
        opening = max(text.rfind(d, max(floor, end - _ASIDE_REACH), end - 1) for d in _DASHES)
    elif text.startswith(_TYPED_DASH, end - 2):
        opening = text.rfind(_TYPED_DASH, max(floor, end - _ASIDE_REACH), end - 2)
    else:
        return end
    if opening > floor and not _SENTENCE_STOP.search(text, opening, end):
        end = opening
        while end > floor and text[end - 1].isspace():
            end -= 1
    return end


_SENTENCE_STOP = re.compile(r"[.!?;]\s+[A-Z“\"]")


#: Typewriter copy's marks that end the clause before a subject: a closing quote written
#: as two apostrophes ("the top,'' Mr. Kamin said"), a dash written as two hyphens
#: ("history -- a reader would ask"), the horizontal bar ("made public ― Trump boasted") and
#: a spaced hyphen ("is predictable - Trump has vowed to ..."; a hyphen inside a word is no
#: token of its own)
_TYPEWRITER_OPENERS = ("''", "--", "―", "-")
#: what a clause before a subject ends in: punctuation, a quotation mark, a dash, an
#: opening bracket, or one of typewriter copy's marks
_CLAUSE_OPENERS = (",", ";", ":", "“", '"', "”", "—", "(", "–", *_TYPEWRITER_OPENERS)
#: the words the walk back over a subject stops before (a boundary word, a pronoun, a focus
#: adverb, a typewriter quotation or dash): one set, so one lookup a token
_WALK_STOPS = BOUNDARY_WORDS | PRONOUNS | _FOCUS | frozenset(_TYPEWRITER_OPENERS)


def _clause_initial(text: str, floor: int, start: int, length: int) -> tuple[int, int] | None:
    """``(start, start + length)`` if a clause begins at ``start``, else ``None``."""
    before = text[max(floor, start - 40) : start].rstrip()
    opened = not before or before.endswith((*_CLAUSE_OPENERS, "."))
    if not opened and before.split()[-1].lower() not in BOUNDARY_WORDS:
        return None
    return start, start + length


def _name_before(text: str, floor: int, comma: int) -> tuple[int, int] | None:
    """The name opening "Name, appositive," when ``comma`` ends that appositive, else ``None``.

    After a filler was skipped ("X, the chairman of the GOP, for example, said") the
    segment before it may be an appositive in its turn: the subject is then the name
    before that one, which must open its clause (the floor or a comma before it).

    Example:
        >>> text = "Brian Murphy, the county chairman, for example, said"
        >>> s, e = _name_before(text, 0, text.index(", for"))
        >>> text[s:e]
        'Brian Murphy'
        >>> _name_before("In Iowa, the campaign, however, said", 0, 21) is None
        True
    """
    if comma >= len(text) or text[comma] != ",":
        return None
    seg_start = text.rfind(",", floor, comma)
    if seg_start < 0:
        return None
    seg = text[seg_start + 1 : comma].strip()
    if not seg or not _APPOSITIVE.match(seg) or len(seg) >= 120 or _FILLER.match(seg):
        return None
    head_start = text.rfind(",", floor, seg_start)
    lo = head_start + 1 if head_start >= 0 else floor
    while lo < seg_start and text[lo].isspace():
        lo += 1
    first = text[lo:seg_start].split(maxsplit=1)[0].lower() if seg_start > lo else ""
    if first in BOUNDARY_WORDS or first in NOT_IN_NP or first in NP_PREPOSITIONS:
        return None  # "In Iowa, the campaign, however, said": an adjunct, no name
    if _NAME_SEGMENT.fullmatch(text, lo, seg_start) is None:
        return None
    return lo, seg_start


def _place_adjunct(text: str, floor: int, comma: int) -> int | None:
    """Where the subject before "Name, <preposition> ... Place, Region," ends, or ``None``.

    The name before a cue's comma may be the second half of a place ("Columbus, Ohio")
    closing an adjunct set off after the subject: the segment before it opens with a
    preposition and ends in a capitalised word. Then the subject ends at the comma before
    that segment ("Clinton" of "Clinton, during a town hall in Columbus, Ohio, said").

    Example:
        >>> t = "Clinton, during a town hall in Columbus, Ohio, said"
        >>> t[: _place_adjunct(t, 0, t.index(", Ohio"))]
        'Clinton'
        >>> _place_adjunct("The mayor of Columbus, Ohio, said", 0, 21) is None
        True
    """
    opening = text.rfind(",", max(floor, comma - _ASIDE_REACH), comma)
    if opening <= floor:
        return None
    seg = text[opening + 1 : comma].split()
    if (
        len(seg) < 2
        or seg[0] not in _PHRASE_PREPOSITIONS
        or not seg[-1][:1].isupper()
        or _SENTENCE_STOP.search(text, opening, comma)
    ):
        return None
    return opening


def _named_before(text: str, floor: int, comma: int) -> tuple[int, int] | None:
    """The name, maybe with an age after it, that opens a clause right before ``comma``
    ("Rachel Berg, a philanthropist", "Jane Roe, 67, a retiree"; not "the director of
    the FBI, James B. Comey": there the appositive comes first)."""
    seg_start = text.rfind(",", floor, comma)
    lo = seg_start + 1 if seg_start >= 0 else floor
    if seg_start >= 0 and _AGE.fullmatch(text, lo, comma):
        return _named_before(text, floor, seg_start)
    # a quotation closed before the name opens its clause: "“...,” Ann Lee, a nurse, said"
    lo = max(lo, text.rfind("”", lo, comma) + 1, text.rfind('"', lo, comma) + 1)
    while lo < comma and text[lo].isspace():
        lo += 1
    if _NAME_SEGMENT.fullmatch(text, lo, comma) is None:
        return None
    if text[lo:comma].split()[0].lower() in NOT_IN_NP:
        return None
    return _clause_initial(text, floor, lo, comma - lo)


def _appositive_place(text: str, floor: int, comma: int) -> tuple[int, int] | None:
    """The name of "Name, <appositive ending in a place>, Region," before ``comma``, or ``None``.

    The name before a cue's comma may be the region of a place closing an appositive
    after the subject's name: "Rachel Berg, a philanthropist from Monsey, New York, said"
    (Rachel Berg speaks, not New York). The appositive opens lower case and ends in a
    preposition and a capitalised word; a name (maybe with an age) stands before it.

    Example:
        >>> t = "Rachel Berg, a philanthropist from Monsey, New York, said"
        >>> s, e = _appositive_place(t, 0, t.index(", New York"))
        >>> t[s:e]
        'Rachel Berg'
        >>> t = "The head of the FBI, James B. Comey, said"
        >>> _appositive_place(t, 0, t.index(", James")) is None
        True
    """
    opening = text.rfind(",", max(floor, comma - _APPOSITIVE_REACH), comma)
    if opening <= floor or _SENTENCE_STOP.search(text, opening, comma):
        return None
    seg = text[opening + 1 : comma].split()
    if not (_placed_appositive(seg) and seg[-1][:1].isupper()):
        return None
    return _named_before(text, floor, opening)


def _renamed(text: str, floor: int, comma: int) -> tuple[int, int] | None:
    """The name of "Name, appositive, Name2," when ``comma`` opens Name2: Name2 renames the
    appositive's noun ("Ann Lee, the editor of the city's paper, The Ledger, said"); not
    after a verb going on with a clause ("whose husband, Tom Hart, was one of ..., Ohio,").

    Example:
        >>> t = "Ann Lee, the editor of the city's paper, The Ledger, said"
        >>> s, e = _renamed(t, 0, t.index(", The"))
        >>> t[s:e]
        'Ann Lee'
    """
    opening = text.rfind(",", floor, comma)
    words = text[opening + 1 : comma].split() if opening >= 0 else []
    if words and words[0] in _LEX.finite_auxiliaries:
        return None
    return _name_before(text, floor, comma)


def _name_before_list(text: str, floor: int, comma: int) -> tuple[int, int] | None:
    """The name before an appositive holding a list whose last item ("and migration")
    follows ``comma``: "Ann Lee, assistant secretary for population, refugees, and
    migration, said" (the items are no source).

    Example:
        >>> t = "Ann Lee, secretary for trade, energy, and labor, said"
        >>> s, e = _name_before_list(t, 0, t.index(", and"))
        >>> t[s:e]
        'Ann Lee'
    """
    for _ in range(_LIST_ITEMS):
        named = _named_before(text, floor, comma)
        if named is not None:
            return named
        opening = text.rfind(",", floor, comma)
        if opening <= floor or _APPOSITIVE.match(text[opening + 1 : comma].strip()) is None:
            return None
        comma = opening
    return None


#: the most segments of an appositive holding a list, before its name
_LIST_ITEMS = 6
#: how far back the comma opening an appositive with a place may stand
_APPOSITIVE_REACH = 120


def _placed_appositive(seg: list[str]) -> bool:
    """Whether the words of a segment are an appositive ending in a place: "a
    philanthropist from Monsey", "who lives in Dayton" (lower case first, a preposition
    before the last word): the region after its comma closes it ("..., New York,").

    Example:
        >>> _placed_appositive("a philanthropist from Monsey".split())
        True
        >>> _placed_appositive("Jane Roe of Dayton".split())
        False
    """
    return (
        len(seg) >= 3
        and _APPOSITIVE.match(seg[0]) is not None
        and seg[0] not in NOT_IN_NP  # "..., was one of four killed in Benghazi, Libya,"
        and seg[-2] in _PHRASE_PREPOSITIONS
    )


def _region_after_place(text: str, floor: int, comma: int, seg: str) -> bool:
    """Whether the one word ``seg`` after ``comma`` is the region of a place that closes
    the phrase before it: "The mayor of Columbus, Ohio," (the mayor speaks, not Ohio).

    Example:
        >>> t = "The mayor of Columbus, Ohio, said"
        >>> _region_after_place(t, 0, t.index(", Ohio"), "Ohio")
        True
        >>> t = "Jane Doe, Smith, said"
        >>> _region_after_place(t, 0, t.index(", Smith"), "Smith")
        False
    """
    if " " in seg or comma <= floor:
        return False
    opening = text.rfind(",", floor, comma)
    lo = opening + 1 if opening >= 0 else floor
    if _SENTENCE_STOP.search(text, lo, comma):
        return False
    words = text[lo:comma].split()
    return len(words) >= 3 and words[-2] in _PHRASE_PREPOSITIONS and words[-1][:1].isupper()


_SINGULAR = _LEX.singular_subjects
_BARE_WORD = re.compile(r"[a-z]+\b")


def determines_cue(text: str, span: tuple[int, int], cue_start: int) -> bool:
    """Whether the subject ``span`` is a lone singular word ("Another", "a single") and
    the word at ``cue_start`` a bare form that cannot agree with it ("tweet", not "tweets"
    or "tweeted"): the word is then a noun that word determines ("Another tweet said").

    Example:
        >>> t = "Another tweet said"
        >>> determines_cue(t, (0, 7), 8)
        True
        >>> t = "Another tweeted"
        >>> determines_cue(t, (0, 7), 8)
        False
    """
    said = " ".join(text[span[0] : span[1]].lower().split())
    if not _SINGULAR or said not in _SINGULAR:
        return False
    m = _BARE_WORD.match(text, cue_start)
    if m is None:
        return False
    word = m.group(0)
    return not (
        word.endswith((*_LEX.third_person_endings, *_LEX.past_endings))
        or word in _LEX.irregular_pasts
        or word in _LEX.finite_auxiliaries
    )


def find_subject(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase right before a cue that can be its subject, or ``None``.

    A lone singular word before a cue word in its bare form determines it as a noun
    ("Another tweet said"): no subject."""
    span = _find_subject(text, floor, cue_start)
    if span is not None and determines_cue(text, span, cue_start):
        return None
    lead = span[0] - 5 if span is not None and span[0] - 5 > floor else floor
    if span is not None and text.endswith(" and ", lead, span[0]):
        return _coordinated_subject(text, floor, span)
    return span


def _coordinated_subject(text: str, floor: int, span: tuple[int, int]) -> tuple[int, int]:
    """Two speakers of one cue: "Smith and Jones said", "Police and hospital officials said".

    The first conjunct must itself be a subject opening a clause ("Obama met Putin and
    Xi said": "Putin" opens none, so Xi alone is the source).

    Example:
        >>> text = "Smith and Jones said the merger would go ahead."
        >>> s, e = find_subject(text, 0, text.index("said"))
        >>> text[s:e]
        'Smith and Jones'
    """
    first = _find_subject(text, floor, span[0] - 5)
    if first is None or first[1] != span[0] - 5:
        return span
    lead = text[max(floor, first[0] - 40) : first[0]].rstrip()
    if lead.endswith(",") and lead[:-1].split()[-1:] and lead[:-1].split()[-1][:1].isupper():
        return span  # "Tapper, Bash and Blitzer had": the tail of a list of names
    if _takes_object(text[max(0, first[0] - 40) : first[0]].split()[-1:]):
        return span  # "Moscow denied the reports and Trump said": the verb's object
    words = text[first[0] : first[1]].split()
    for i, word in enumerate(words):
        low = word.lower()
        if not (
            word[0].isupper()
            or low in DETERMINERS
            or low in NP_MODIFIERS
            or is_head(low)
            # "Officials in Washington and Brussels said": the place of a source noun
            or (low == "in" and i > 0 and _common_head(words[i - 1]))
        ):
            return span  # "Obama met Putin and Xi said": a verb inside, no noun phrase
    return first[0], span[1]


def _takes_object(before: list[str]) -> bool:
    """Whether the word before a noun phrase is a verb taking it as its object: a cue verb
    ("denied the reports") or a lower-case past form ("blamed the police").

    Example:
        >>> _takes_object(["denied"]), _takes_object(["blamed"]), _takes_object(["after"])
        (True, True, False)
    """
    if not before or not before[0].islower():
        return False
    word = before[0]
    if word.endswith("ed"):
        return True
    try:
        _LEX.verb(word)
    except KeyError:
        return False
    return True


#: closing quotation marks a comma may stand inside ("citing “the magic of Trump,” said")
_QUOTE_CLOSERS = "”\"'’"
#: opening quotation marks, typeset and typed ("''" in typewriter copy)
_QUOTE_OPENERS = ("“", '"', "''", "‘")


def _comma_inside_quote(text: str, floor: int, end: int) -> int:
    """``end`` moved before the quotation marks after an aside's closing comma, else ``end``.

    American copy sets the comma inside the closing mark: in "Mr. Roe, citing “the magic
    of Trump,” said" the aside "citing “...”" ends at that comma. Only an aside that opens
    lower case after a comma and holds the opening mark: a quotation that is the content
    ("“We won,” Roe said") opens no such aside.

    Example:
        >>> text = "Roe, citing “the magic of Trump,” said"
        >>> text[: _comma_inside_quote(text, 0, text.index(" said"))]
        'Roe, citing “the magic of Trump,'
        >>> text = "“We won,” Roe said"
        >>> _comma_inside_quote(text, 0, text.index(" Roe"))
        9
    """
    k = end - 1
    while k > end - 3 and k > floor and text[k] in _QUOTE_CLOSERS:
        k -= 1
    if text[k] != "," or k == end - 1:
        return end
    comma = text.rfind(",", floor, k)
    seg = text[comma + 1 : k].lstrip()
    if comma < 0 or not seg[:1].islower() or not any(q in seg for q in _QUOTE_OPENERS):
        return end
    return k + 1


def _find_subject(text: str, floor: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase right before a cue that can be its subject, or ``None``.

    The phrase must start at a clause boundary (the floor, a comma, a quote, a
    conjunction) and end in a name, a pronoun or a source noun ("officials").
    "X, who ..., said" and "X, however, said" skip the inserted segment.

    Example:
        >>> text = "Zelensky, however, said no."
        >>> s, e = find_subject(text, 0, text.index("said"))
        >>> text[s:e]
        'Zelensky'
    """
    end = cue_start
    while end > floor and text[end - 1].isspace():
        end -= 1
    # a window back from the end, not before the floor (a comparison: the per-cue calls of
    # ``max`` parse their arguments, several times the cost)
    lo = end - 40 if end - 40 > floor else floor
    if _may_end_in_adjunct(text, lo, end):
        adjunct = _SUBJECT_ADJUNCT.search(text, lo, end)
        if adjunct is not None and not _placed_head(text, lo, adjunct):
            end = adjunct.start()  # "Sanders on Tuesday said"
    if end > floor and text[end - 1] in _ASIDE_CLOSERS:  # the only ends it moves
        end = _skip_parenthetical(text, floor, end)
    for _ in range(3):
        if end > floor and text[end - 1] in _QUOTE_CLOSERS:
            end = _comma_inside_quote(text, floor, end)
        if end > floor and text[end - 1] == ",":
            seg_end = end - 1
            seg_start = text.rfind(",", floor, seg_end)
            seg = text[seg_start + 1 if seg_start >= 0 else floor : seg_end].strip()
            if seg_start < 0 or not seg:
                return None
            if (
                _FILLER.match(seg)
                or (_APPOSITIVE.match(seg) and len(seg) < 120)
                or _PARTY_STATE.fullmatch(seg)
            ):
                if seg.split(maxsplit=1)[0] in _COORDINATORS and (
                    named := _name_before_list(text, floor, seg_start)
                ):
                    return named  # "Ann Lee, secretary for trade, energy, and labor, said"
                end = _skip_parenthetical(text, floor, seg_start)
                age = text.rfind(",", floor, end)
                if age >= 0 and _AGE.fullmatch(text, age + 1, end):
                    end = age  # "Mr Tan, 45, a hawker, said": the age is an appositive too
                if (_FILLER.match(seg) or seg.startswith(("who ", "which ", "whose "))) and (
                    name := _name_before(text, floor, end)
                ) is not None:
                    return name  # "Murphy, the chairman of the GOP, for example, said"
                region = text.rfind(",", floor, end)
                if region > floor and _NAME_SEGMENT.fullmatch(text[region + 1 : end].strip()):
                    named = _appositive_place(text, floor, region) or _renamed(text, floor, region)
                    if named is not None:
                        # "Jane Roe, who lived in Aurora, Colorado, in 2012, said"; "Tom
                        # Hart, whose firm, Acme, makes tools, said": the name renames a noun
                        # of the clause after the subject's name
                        return named
                continue
            if _post_nominal(seg):
                end = seg_start  # "Brian Kalu, SAN, said": the letters after a name speak not
                continue
            if _NAME_SEGMENT.fullmatch(seg):
                # "Rachel Berg, a philanthropist from Monsey, New York, said"; "Ann Lee, the
                # editor of the city's paper, The Ledger, said": a name after an appositive
                # renames its noun, the name before the appositive speaks
                named = _appositive_place(text, floor, seg_start) or _renamed(
                    text, floor, seg_start
                )
                if named is not None:
                    return named
                place = _place_adjunct(text, floor, seg_start)
                if place is not None:
                    end = place + 1  # "Clinton, during a town hall in Columbus, Ohio, said"
                    continue
                if _region_after_place(text, floor, seg_start, seg):
                    end = seg_start  # "The mayor of Columbus, Ohio, said": the mayor
                    continue
                lo = seg_start + 1
                while text[lo].isspace():
                    lo += 1
                return lo, lo + len(seg)
            if seg[0].isupper() and len(seg) < 80:
                end = seg_start  # "Dianne Feinstein, Democrat of California, said"
                continue
            return None
        break
    window = end - 160 if end - 160 > floor else floor
    # the last token first: the list of the window's tokens only for the walk back
    start = _last_token_start(text, window, end)
    if start is None:
        return None
    last = text[start:end]
    low = last.lower().rstrip(".")
    # every contraction holds an apostrophe: most last words have none (no pattern try)
    contracted = _CONTRACTED.fullmatch(low) if "'" in low or "’" in low else None
    if contracted is not None:  # "He's suggesting", "they're saying"
        return _clause_initial(text, floor, start, len(contracted.group(1)))
    if low.endswith(("'s", "’s", "s'", "s’", "n't", "n’t")) or low in _SELF_MARKERS:
        return None  # "its own claim that", "his previous claim": the cue word is a noun
    if low in PRONOUNS:
        word = last.lower()
    else:
        loose = not (
            last[0].isupper()
            or last[0].isdigit()
            or is_head(low)
            # a hyphenated compound's head is its last part: "two-thirds", "ex-officials"
            or ("-" in low and is_head(low.rsplit("-", 1)[1]))
        )
        unfit = loose and (
            not low.isalpha()
            or low in NOT_IN_NP
            # "The officials held talks and said": a coordinator ends no noun phrase
            or low in _COORDINATORS
            or low.endswith(("ed", "ing"))
            or (low.endswith("ly") and low not in _LY_NOUNS)  # an adverb, not "rally"
        )
        if (
            unfit
            and low not in _POLLED
            and not (low.endswith(("ed", "ing")) and _determined_noun(text, window, start, low))
        ):
            return None
        # the walk rarely goes far: the tokens after a space some way back first, all of the
        # window's only if the walk comes within three tokens of that list's start
        reach_start = end - _NEAR_REACH if end - _NEAR_REACH > window else window
        near = text.rfind(" ", window, reach_start) + 1 if not unfit else 0
        partial = near > window
        tokens = list(_TOKEN.finditer(text, near if partial else window, end))
        if unfit and len(tokens) < 2:  # "56 percent of Cuban-Americans polled"
            return None
        first = len(tokens) - 1
        headed = False
        reach = 0
        while first > 0 or partial:
            if partial and first < 3:
                # every step reads at most three tokens back: from here on it might read
                # before the list's start, so the tokens before the space at ``near`` go
                # before those after it. The walk goes on where it stood: each step it took
                # read only tokens of the list and compared ``first`` only with 0, 1 and 2
                # while it was 3 or more (the same answers on both lists), so it stands
                # where the walk on the whole list would, with the same ``headed``, ``reach``
                partial = False
                earlier = list(_TOKEN.finditer(text, window, near))
                tokens = [*earlier, *tokens]
                first += len(earlier)
                continue
            tok = tokens[first - 1].group(0)
            tl = tok.lower()
            if (
                tok == "and"
                and first >= 2
                and tokens[first - 2].group(0) in _ROLES
                and tokens[first].group(0) in _ROLES
            ):
                first -= 2  # two offices of one person: "GM chairman and chief executive X"
                continue
            if tl in _WALK_STOPS:
                break
            if tl.endswith(("n't", "n’t")):
                return None
            gap = text[tokens[first - 1].end() : tokens[first].start()]
            if gap.strip():
                break
            if tl in {"to", "with"} and first >= 2 and tokens[first - 2].group(0) in _CLOSE:
                first -= 2  # "a source close to the talks", "people familiar with"
                continue
            if tl in {"the", "a", "an"}:
                first -= 1
                if (
                    first > 0
                    and tokens[first - 1].group(0) in NP_PREPOSITIONS
                    and not text[tokens[first - 1].end() : tokens[first].start()].strip()
                ):  # not across a comma: "tackled him from behind, the paper reported"
                    first -= 1
                    # "supporters of the change": the head stands before the preposition
                    headed = headed or (first > 0 and is_head(tokens[first - 1].group(0)))
                    continue
                if (
                    first > 1
                    and tokens[first - 1].group(0) == "in"
                    and _common_head(tokens[first - 2].group(0))
                ):
                    first -= 1  # "voters in a recent CBS News poll", "Reporters in the room"
                    reach += 2  # the phrase's words do not count against the length
                    continue
                if first > 1 and tokens[first - 1].group(0) == "to" and _titled(tokens[first - 2]):
                    first -= 1  # "Ambassador to the United Nations Nikki Haley"
                    continue
                if (
                    first > 1
                    and tokens[first - 1].group(0) == "to"
                    and is_head(tokens[first - 2].group(0).lower())
                ):
                    first -= 1  # "a senior adviser to the president"
                    continue
                if (
                    first > 1
                    and tokens[first - 1].group(0) in {"to", "with"}
                    and tokens[first - 2].group(0) in _CLOSE
                ):
                    first -= 2
                    continue
                if (
                    first > 0
                    and tokens[first - 1].group(0) in _INTRO_PREPOSITIONS
                    and any(_starts_name(tokens, j) for j in range(first + 1, len(tokens)))
                    and not any(t.group(0) in NP_PREPOSITIONS for t in tokens[first:])
                ):
                    # "In the Cosmopolitan interview Mr Howard said": the phrase opening
                    # the sentence is no part of the source; the name after it is (not
                    # in "In the wake of the New York Times report, ...": "of" joins them)
                    first -= 1
                break
            if (
                tl == "on"
                and first >= 2
                and tokens[first].group(0)[0].isupper()
                and _titled(tokens[first - 2])
                and is_head(tokens[first - 2].group(0).lower())
            ):
                first -= 1  # "the Commission on Presidential Debates", "Committee on Finance"
                continue
            if (
                tl == "to"
                and first >= 2
                and tokens[first].group(0)[0].isupper()
                and is_head(tokens[first - 2].group(0).lower())
            ):
                first -= 1  # "a former aide to Franks"
                continue
            if (
                tl == "in"
                and first >= 2
                and is_head(tokens[first - 2].group(0).lower())
                # capitalized opening a sentence: "Officials in Kyiv said" (a source noun
                # of the lexicon's list, not a name's word: "Clinton in Iowa")
                and _common_head(tokens[first - 2].group(0))
            ):
                first -= 1  # "officials in both cities", "newspapers in New Jersey"
                headed = True  # the head stands before "in": the phrase's end is loose
                continue
            if tl.endswith(("ed", "ing")) and first >= 2 and tokens[first - 2].group(0) in _THE:
                first -= 1  # "the refining industry", "the ruling party"
                continue
            if (
                tl.endswith("ed")
                and tokens[first].group(0) == "by"
                and low not in BOUNDARY_WORDS  # "a coalition led by X and [backed]"
                and _noun_before(tokens, first - 1)
            ):
                first -= 1  # "the lawsuit filed by a former staffer": a reduced passive relative
                continue
            if (
                tok[0].isupper()
                or tok[0].isdigit()
                or tl in NP_MODIFIERS
                or tl.endswith(("'s", "’s", "s'", "s’"))  # "the players' union"
                or (tl in NP_PREPOSITIONS and first >= 2)
                or is_head(tl)
                or (
                    tl.isalpha()
                    and tl not in NOT_IN_NP
                    and not (
                        tl.endswith(("ed", "ing")) or (tl.endswith("ly") and tl not in _LY_NOUNS)
                    )
                )
                or _HYPHENATED.fullmatch(tl) is not None
                # a gerund modifying a role: "“...,” housing minister X said", "Labour's
                # housing spokesman"; not after a coordinator ("music and marketing
                # manager X": the walk would stop at "and")
                or (
                    tl.endswith("ing")
                    and tl.isalpha()
                    and is_head(tokens[first].group(0))
                    and (
                        first == 1
                        or tokens[first - 2].group(0).lower() not in _COORDINATORS
                        or _opens_clause(tokens, first - 2)
                    )
                )
            ):
                first -= 1  # a hyphenated modifier: "a pro-Trump rally", "the long-time aide"
                continue
            if tl == "than" and first >= 2 and tokens[first - 2].group(0).lower() in _COMPARATIVES:
                first -= 2  # "More than half of respondents", "fewer than 10 officials"
                continue
            return None
        # a phrase of more than eight tokens is no subject, the words from a closeness word
        # on not counted ("familiar with the investigation"): looked for only in a long one
        if first + 8 + reach < len(tokens):
            close = next(
                (
                    j
                    for j in range(first + 1, len(tokens) - 1)
                    if tokens[j].group(0) in _CLOSE and tokens[j + 1].group(0) in {"to", "with"}
                ),
                None,
            )
            if close is not None:
                reach += len(tokens) - close
            if first + 8 + reach < len(tokens):
                # the words of a proper name count as one ("the 9th U.S. Circuit Court of
                # Appeals", "the Federal Court of Australia"): a long name is no clause
                reach += _name_words(tokens, first + 1)
            if first + 8 + reach < len(tokens):
                return None
        quantified = first + 1 < len(tokens) and tokens[first + 1].group(0) == "than"
        if tokens[first].group(0).lower() in NOT_IN_NP and not quantified:
            # "In his speech Smith said": the introductory phrase is no part of the source
            later = [j for j in range(first + 1, len(tokens)) if _starts_name(tokens, j)]
            if (
                not later
                and tokens[first].group(0).lower() in _PHRASE_PREPOSITIONS
                and _time_lead()[0].match(text, tokens[first].start(), end) is None
            ):
                # "In 2004 IBM said": the name after a number; "In another tweet, Trump
                # called": a phrase opening with a preposition is no subject
                later = [
                    j
                    for j in range(first + 1, len(tokens))
                    if tokens[j].group(0)[0].isupper() and tokens[j - 1].group(0)[0].isdigit()
                ]
                if not later:
                    return None
            first = later[-1] if later else first
        head_word = tokens[first].group(0)
        if loose and not (
            head_word[0].isupper()
            or head_word.lower() in DETERMINERS
            or head_word.lower() in _SINGULAR  # "another tweet"
            or headed
            or _plural_head(tokens, first)  # read only here, for a loose end
        ):
            return None
        start = tokens[first].start()
        word = head_word.lower()
    if (
        low in DETERMINERS
        or low in NP_PREPOSITIONS
        or (
            low in NOT_IN_NP
            and not (last[0].isupper() and _surname(text, floor, end - len(last), cue_start))
        )
    ):
        return None  # "those claims ...", "Along with the dispute": no source ends so
    # the phrase must begin a clause
    before = text[start - 40 if start - 40 > floor else floor : start].rstrip()
    if (
        before
        and not before.endswith(_CLAUSE_OPENERS)
        and not before.endswith(" -")  # typewriter copy's dash: "drew his ire - he called"
    ):
        words = before.split()
        prev = words[-1].lower()
        if prev in _FOCUS:  # "Still, even Mr. Slinker says", "Then someone asked"
            clause = len(words) == 1 or words[-2].endswith((",", ".", ":", ";"))
            prev = "and" if clause else words[-2].lower()
        if (
            prev not in BOUNDARY_WORDS
            and not _INTRO_NO_COMMA.fullmatch(text, floor, start)
            and not (text.startswith(_time_lead()[1], floor) and _fronted_time(text, floor, start))
        ):
            return None
    if word in BOUNDARY_WORDS and word not in PRONOUNS:
        return None
    pattern, openers = _time_lead()
    # every match opens with one of ``openers``: most subjects open with none (no pattern try)
    lead = pattern.match(text, start, end) if text.startswith(openers, start) else None
    if lead is not None and lead.end() < end:
        start = lead.end()  # "On Thursday Mr Blair said": the day is no part of the source
    if word not in _ROLES:  # the one test of _named_before_title that most words fail
        return start, end
    return _named_before_title(text, floor, start, word) or (start, end)


def _post_nominal(seg: str) -> bool:
    """Whether a segment set off by commas is only letters that follow a name ("SAN",
    "QC", "Jr.", "MP"): the name before it is the subject.

    Example:
        >>> _post_nominal("SAN"), _post_nominal("Jr."), _post_nominal("Bola Tinubu")
        (True, True, False)
    """
    words = seg.split()
    return bool(words) and all(w.lower() in _LEX.name_suffixes for w in words)


@functools.cache
def _time_lead() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A day or a time opening a sentence with no comma: "On Thursday", "Last week".

    With the literal openers of its matches ("On", "Last week"): a text that opens
    with none of them at a position holds no match there.
    """
    adjuncts = _LEX.noun_adjuncts
    days = [w for w in adjuncts if w[:1].isupper()]
    spans = [w[0].upper() + w[1:] for w in adjuncts if " " in w]  # "Last week", "This week"
    words = "|".join(re.escape(w) for w in days)
    phrases = "|".join(re.escape(w) for w in spans)
    return re.compile(rf"(?:On\s+(?:{words})|{phrases})\s+"), ("On", *spans)


def _surname(text: str, floor: int, at: int, cue_start: int) -> bool:
    """Whether the capitalised word at ``at``, a grammar word in lower case ("may",
    "still"), is a name's last word: a capitalised word stands right before it and the
    cue after it is in lower case ("Theresa May said"; not the headline "Republicans May
    Say No", where every word is capitalised).

    Example:
        >>> text = "Prime Minister Theresa May said"
        >>> _surname(text, 0, text.index("May"), text.index("said"))
        True
        >>> text = "Republicans May Say No"
        >>> _surname(text, 0, text.index("May"), text.index("Say"))
        False
    """
    if not text[at : at + 1].isupper() or not text[cue_start : cue_start + 1].islower():
        return False
    before = text[floor:at]
    if not before.endswith(" ") or before.endswith("  "):
        return False
    words = before.split()
    if not words or not words[-1][:1].isupper():
        return False
    prev = words[-1]
    # a name's word, or a title's abbreviation ("Mrs. May"), not a sentence's last word
    return prev.isalpha() or (prev.endswith(".") and len(prev) <= 4 and prev[:-1].isalpha())


def _determined_noun(text: str, lo: int, start: int, word: str) -> bool:
    """Whether ``word`` at ``start``, ending like a participle, is a noun: a determiner
    stands right before it ("the accused said", "supporters of the wounded said"; not
    "officials briefed said", "their widely repudiated"; an "-ly" word after a determiner
    is still an adverb: "the widely reported").

    Example:
        >>> text = "Supporters of the accused said"
        >>> _determined_noun(text, 0, text.index("accused"), "accused")
        True
        >>> text = "He then quickly said"
        >>> _determined_noun(text, 0, text.index("quickly"), "quickly")
        False
    """
    if (
        not word.isalpha()
        or not word.endswith(("ed", "ing"))
        or word in NOT_IN_NP
        or word in _COORDINATORS
    ):
        return False
    before = text[lo:start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in _NOUN_MARKERS


def _fronted_time(text: str, floor: int, start: int) -> bool:
    """Whether a day or a time opens the sentence at ``floor`` with no comma and ends at
    ``start``: "On Tuesday the ministry said", "Last week officials said" (the phrase is
    no part of the source, and the subject after it still opens the clause).

    Example:
        >>> text = "On Tuesday the ministry said the talks had failed."
        >>> _fronted_time(text, 0, text.index("the ministry"))
        True
        >>> _fronted_time("Talks on Tuesday the ministry", 0, 20)
        False
    """
    pattern, openers = _time_lead()
    return text.startswith(openers, floor) and pattern.fullmatch(text, floor, start) is not None


def _named_before_title(text: str, floor: int, start: int, word: str) -> tuple[int, int] | None:
    """The name of "Name, President of X, which ..., said": the title is its appositive."""
    if word not in _ROLES or text[max(floor, start - 2) : start].strip() != ",":
        return None
    if _ROLE_OF.match(text, start) is None:
        return None  # "President Volodymyr Zelensky": a titled name, no appositive
    comma = text.rfind(",", floor, start)
    seg_start = text.rfind(",", floor, comma) + 1 or floor
    seg = text[seg_start:comma].strip()
    if not _NAME_SEGMENT.fullmatch(seg) or seg.split()[0].lower() in NOT_IN_NP:
        return None
    lo = text.index(seg, seg_start)
    return _clause_initial(text, floor, lo, len(seg))
