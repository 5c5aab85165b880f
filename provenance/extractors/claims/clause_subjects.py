"""Subjects found from the start of a clause rather than walking back from a cue.

* :func:`main_subject`: the subject of the main clause, the source of a
  participle cue that has none of its own ("The senator spoke, saying ...");
* :func:`evidence_subject`: a document with a participle phrase ("The survey
  released Friday shows ...").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from provenance.extractors.claims.subjects import (
    BOUNDARY_WORDS,
    FOCUS_ADVERBS,
    HEADS,
    NOT_IN_NP,
    NP_MODIFIERS,
    NP_PREPOSITIONS,
    PRONOUNS,
    _skip_parenthetical,
    determines_cue,
    is_head,
)
from provenance.extractors.text.wordlists import ordered_alternation
from provenance.lexicon.cues import cue_lexicon

__all__ = ["evidence_subject", "long_subject", "loose_subject", "main_subject"]


@functools.cache
def _intro(language: str = "en") -> re.Pattern[str]:
    """A fronted adjunct before a main clause's subject ("But in Iowa, "), maybe empty."""
    lex = cue_lexicon(language)
    conj = "|".join(map(re.escape, lex.subject_intro_conjunctions))
    openers = "|".join(map(re.escape, lex.subject_intro_openers))
    return re.compile(
        (rf"(?:(?:{conj})\s+)?" if conj else "")
        + (rf"(?:(?:{openers})\b[^,.;:“”\"]{{0,60}},\s+)?" if openers else "")
    )


@dataclass(frozen=True, slots=True)
class _Sets:
    """The words of a subject's grammar before a cue, from one language's cue lexicon."""

    #: determiners opening a main clause's subject ("The retired neurosurgeon")
    np_openers: frozenset[str]
    #: pronouns that are a whole subject
    subject_pronouns: frozenset[str]
    #: words that open a clause before its subject ("But several said", "Still, 52 percent")
    clause_leads: frozenset[str]
    #: quantifiers that are a whole source on their own ("Several said", "Many say")
    quantifiers: frozenset[str]
    #: prepositions opening a phrase that is no subject; words that never end one
    prepositions: frozenset[str]
    not_last: frozenset[str]
    finite: frozenset[str]
    #: words after a subject's head that open a postmodifier: a relative pronoun, or the
    #: subject of a contact clause ("Several people I've spoken with said")
    relative_openers: frozenset[str]
    #: pronouns that head a relative clause as a whole subject ("those who named one")
    relative_heads: frozenset[str]
    #: prepositions that open a postmodifier of a subject ("officials in both cities") and
    #: that follow a reduced relative's participle ("veterans interviewed at Trump rallies")
    post_prepositions: frozenset[str]
    clause_finite: frozenset[str]
    #: a document with a participle phrase ending a window ("The survey released Friday")
    evidence_np: re.Pattern[str]
    #: a participle's first word ("released", "carried"): a cheap test before that pattern
    participle: re.Pattern[str]
    #: weekdays as written ("Monday"): a date, never a source
    weekdays: frozenset[str]


@functools.cache
def _sets(language: str, /) -> _Sets:
    """The subject grammar's words of a language, read once from its cue lexicon.

    ``language`` has no default and is given by position only: one cache entry per
    language (the import's ``_sets()`` and the rules' ``_sets("en")`` were two).
    """
    lex = cue_lexicon(language)

    participles = lex.document_participles
    phrases = ordered_alternation(participles, r"\s+")
    # each participle's first word ("carried" of "carried out"), once, in order
    firsts = tuple(dict.fromkeys(w.split()[0] for w in participles if w.strip()))
    return _Sets(
        np_openers=lex.subject_np_openers,
        subject_pronouns=lex.clause_subject_pronouns,
        clause_leads=lex.clause_leads,
        quantifiers=lex.source_quantifiers,
        prepositions=lex.loose_subject_prepositions,
        not_last=lex.not_last_in_subject,
        finite=lex.loose_subject_finites,
        relative_openers=lex.relative_openers,
        relative_heads=lex.relative_heads,
        post_prepositions=lex.post_prepositions,
        clause_finite=lex.clause_finites,
        evidence_np=re.compile(
            r"(?:^|(?<=[\s,;:“\"(]))(?P<np>(?:[A-Za-z][\w.'’-]*\s+){0,4}?"
            rf"(?:{ordered_alternation(lex.evidence_documents)}))"
            rf"\s+(?:{phrases})\b[^,;:.“”\"]{{0,50}}$"
        ),
        participle=re.compile(rf"\b(?:{ordered_alternation(firsts)})\b"),
        weekdays=frozenset(lex.weekdays),
    )


# English's, built on import as its module sets once were
_sets("en")

_NP_TOKEN = re.compile(r"[\w.'’-]+")


def main_subject(text: str, start: int, limit: int, language: str = "en") -> tuple[int, int] | None:
    """The subject opening the clause at ``start``: "The Wisconsin Republican", "He".

    Used for a participle cue with no source of its own ("..., saying X"): its
    source is the subject of the main clause. The phrase must end in a name, a
    pronoun or a source noun and be followed by a lower-case word (the verb) or
    an inserted segment ("Rep. Ann Kuster (D-N.H.) reacted").

    Example:
        >>> text = "The billionaire businessman spoke, saying he would win."
        >>> s, e = main_subject(text, 0, text.index(","))
        >>> text[s:e]
        'The billionaire businessman'
    """
    g = _sets(language)
    intro = _intro(language).match(text, start, limit)
    pos = intro.end() if intro is not None else start
    found = _subject_at(text, pos, limit, g)
    # "On Thursday, however, Trump spoke": no subject at the clause's start, but an adjunct
    # closing in a comma before it (issue 6)
    opener: bool | None = True
    region = None
    if (
        found is not None
        and intro is not None
        and intro.end() > intro.start()  # most clauses open with no adjunct: no test
        and _region_of_intro(text, intro, found)
    ):
        # "At an event in Ames, Iowa, on Sunday, Mrs. Clinton": Iowa may close the place,
        # the subject after a later comma; else it is the subject ("In Ames, Clinton, ...")
        region, found = found, None
    if found is not None:
        opener = _opener(text, found[0], found[1])
        tail = _ADVERB_COMMA.match(text, found[1], limit) if opener is None else None
        if tail is not None and tail.group(1).lower() in NOT_IN_NP:
            opener = False  # "Minutes later, the campaign issued ...": a time adjunct
        if opener is None:
            return found
    # "Instead, the senator is sticking ...", "Asked whether X, Mrs. Clinton shook ...",
    # "When Mr. Rubio did take him on, he ...": the phrase opens an adjunct; the subject
    # comes after one of its next three commas, its verb right after it ("at a rally in
    # Beaumont, Tex., Mr. Trump was": not "Tex.")
    for _ in range(3):
        comma = text.find(",", pos, limit)
        if comma < 0:
            break
        pos = comma + 1
        while pos < limit and text[pos].isspace():
            pos += 1
        after = _subject_at(text, pos, limit, g)
        if (
            region is not None
            and after is not None
            and text[after[0]].islower()
            and text[after[0] : after[1]] not in g.subject_pronouns
        ):
            break  # "In Britain, Owen Jones, a columnist who ...": an appositive, not a subject
        if (
            after is not None
            and _VERB_AFTER.match(text, after[1], limit) is not None
            # after a comma a capitalised "-ing" or "-ed" word is a name ("Ebeling")
            and _opener(text, after[0], after[1]) is not True
        ):
            return after
    if region is not None:
        return region
    return None if opener else found


def _region_of_intro(text: str, intro: re.Match[str], found: tuple[int, int]) -> bool:
    """Whether the name after a fronted adjunct closes that adjunct's place: the adjunct
    ends in a capitalised word and its comma, the name in a comma of its own ("In Ames,
    Iowa, ..."; not "In Ames, Mrs. Clinton said").

    Example:
        >>> text = "In Ames, Iowa, on Sunday, she spoke."
        >>> intro = _intro().match(text, 0)
        >>> _region_of_intro(text, intro, (9, 13))
        True
    """
    lead = text[intro.start() : intro.end()].rstrip()
    if not lead.endswith(",") or not lead[:-1].split()[-1:][0][:1].isupper():
        return False
    name = text[found[0] : found[1]]
    return (
        text.startswith(",", found[1])
        and len(name.split()) <= 2
        and all(w[:1].isupper() for w in name.split())
    )


#: a lower-case word right after a subject, or after its inserted label: its verb
_VERB_AFTER = re.compile(r"[^\S\n]+(?:\([^()\n]{1,40}\)[^\S\n]+)?[a-z]")
#: one word and a comma after a phrase: "Minutes later,", "Days earlier,"
_ADVERB_COMMA = re.compile(r"[^\S\n]+([a-z]+),")


def _opener(text: str, start: int, end: int) -> bool | None:
    """Whether the phrase's first word opens an adjunct rather than a noun phrase.

    ``True``: a function word ("After", "When", "Instead", "Here"); ``False``: a
    capitalised participle or adverb ("Asked", "Facing", "Initially"), which a name can
    also look like ("Manning", "Kelly"); ``None``: neither.
    """
    m = _NP_TOKEN.match(text, start, end)
    if m is None:
        return None
    word = m.group(0)
    low = word.lower()
    nxt = _NP_TOKEN.search(text, m.end(), end)
    named = nxt is not None and nxt.group(0)[0].isupper()  # "Will Rogers", "May Ellis"
    if low in BOUNDARY_WORDS or low in FOCUS_ADVERBS or (low in NOT_IN_NP and not named):
        return True
    if word[0].isupper() and len(low) >= 5 and low.endswith(("ly", "ing", "ed")):
        return False
    return None


def _subject_at(text: str, pos: int, limit: int, g: _Sets) -> tuple[int, int] | None:
    """The noun phrase opening the text at ``pos`` and followed by its verb (see above)."""
    toks: list[re.Match[str]] = []
    stop = ""
    for t in _NP_TOKEN.finditer(text, pos, min(limit, pos + 100)):
        gap = text[toks[-1].end() : t.start()] if toks else ""
        if gap.strip():
            stop = gap.strip()
            break
        toks.append(t)
        if len(toks) == 7:
            break
    if len(toks) < 1:
        return None
    first = toks[0].group(0)
    low0 = first.lower()
    if low0 in g.subject_pronouns:
        ok = len(toks) > 1 and toks[1].group(0)[0].islower()
        return (toks[0].start(), toks[0].end()) if ok else None
    if not (first[0].isupper() or low0 in NP_MODIFIERS):
        return None
    owner: tuple[int, int] | None = None
    for i, tok in enumerate(toks):
        word = tok.group(0)
        low = word.lower()
        adjective = i == 1 and low0 in g.np_openers and low.endswith("ed")  # "The retired"
        verbal = low.endswith(("ed", "ly", "ing")) and word.islower() and not adjective
        if i > 0 and (low in NOT_IN_NP or verbal):
            if i >= 2 and low0 in g.np_openers:  # "The retired neurosurgeon has ..."
                return toks[0].start(), toks[i - 1].end()
            return owner
        if i + 1 < len(toks):
            nxt = toks[i + 1].group(0)
            nl = nxt.lower()
            # three tests, not one on the sets' union: a union builds a set of some 440 words
            follows = nxt[0].islower() and not (
                nl in NP_PREPOSITIONS or nl in HEADS or nl in NP_MODIFIERS
            )
        else:
            follows = stop[:1] in {"(", ",", "-", "—", "–"}
        headish = word[0].isupper() or is_head(low) or low.endswith(("man", "men"))
        if headish and follows and not (i == 0 and (low in g.np_openers or low in BOUNDARY_WORDS)):
            if i + 1 < len(toks) and _possessive(low):
                # "Hillary Clinton's right-hand woman": the owner opens the phrase; alone,
                # it is the source only when no head follows ("Japan's" before a verb)
                owner = owner or (toks[0].start(), tok.end())
                continue
            return toks[0].start(), tok.end()
    return owner


def _possessive(low: str) -> bool:
    """Whether a lower-cased word is a possessive ("clinton's"), not a contraction ("it's")."""
    if not low.endswith(("'s", "’s")):
        return False
    stem = low[:-2]
    return not (stem in PRONOUNS or stem in BOUNDARY_WORDS or stem in NOT_IN_NP)


def document_participle(word: str, language: str = "en") -> bool:
    """Whether ``word`` is a participle that follows a document it was done to.

    "A video posted online showed X", "a statement released Friday said X": the
    document was posted, released; it is the subject of the verb after the phrase.

    Example:
        >>> document_participle("posted"), document_participle("said")
        (True, False)
    """
    return _sets(language).participle.fullmatch(word.lower()) is not None


def evidence_subject(
    text: str, floor: int, cue_start: int, language: str = "en"
) -> tuple[int, int] | None:
    """A document subject with a participle phrase: "The survey released Friday (shows)".

    Example:
        >>> text = "The survey released Friday shows Clinton ahead."
        >>> s, e = evidence_subject(text, 0, text.index("shows"))
        >>> text[s:e]
        'The survey'
    """
    g = _sets(language)
    lo = max(floor, cue_start - 120)
    window = text[lo:cue_start].rstrip()
    if g.participle.search(window) is None:  # cheap filter: most windows have none
        return None
    m = g.evidence_np.search(window)
    if m is None:
        return None
    start, end = lo + m.start("np"), lo + m.end("np")
    before = text[max(floor, start - 40) : start].rstrip()
    clause = not before or before.endswith((",", ";", ":", "“", '"'))
    if not clause and before.split()[-1].lower() not in BOUNDARY_WORDS:
        return None
    return start, end


#: Where a clause opens before a cue: a sentence stop, a clause mark or a quotation mark.
_CLAUSE_OPEN = re.compile(r"[.;:(“”\"—–!?]\s*|,\s+")
#: A relative pronoun: the noun phrase before it is the source ("Hawkins and others who
#: want to ban abortion said", "Supporters who have heard ... say").
_RELATIVE = re.compile(r"\swho\s")


@functools.cache
def _numbers() -> frozenset[str]:
    """Number words that can open a source ("six in 10 said"), from the number lexicon."""
    from provenance.lexicon.numbers import number_lexicon

    return frozenset(number_lexicon().words)


def loose_subject(
    text: str, floor: int, cue_start: int, *, plural_noun: bool = False, language: str = "en"
) -> tuple[int, int] | None:
    """A subject that the noun-phrase walk refuses but a clause plainly opens with; never
    a lone singular word before a cue word in its bare form ("One tweet said": "tweet" is
    the noun it determines)."""
    span = _loose_subject(text, floor, cue_start, plural_noun=plural_noun, language=language)
    if span is not None and determines_cue(text, span, cue_start):
        return None
    return span


def _loose_subject(
    text: str, floor: int, cue_start: int, *, plural_noun: bool = False, language: str = "en"
) -> tuple[int, int] | None:
    """A subject that the noun-phrase walk refuses but a clause plainly opens with.

    The source of "Several said", "six in 10 said", "52 percent of registered voters
    say" or "Hawkins and others who want to ban abortion said": the words from the
    start of the clause to the cue, cut before a relative pronoun. They must start
    with a capital, a digit or a quantifier, hold at most ten words and no finite
    verb outside the relative clause; ``plural_noun`` (the cue has an -s form that may
    be a plural noun) refuses a bare quantifier. Used only for a speech verb whose subject the
    stricter walk of :func:`~provenance.extractors.claims.subjects.find_subject` missed.

    Example:
        >>> text = "But six in 10 said they want the policies continued."
        >>> s, e = loose_subject(text, 0, text.index("said"))
        >>> text[s:e]
        'six in 10'
        >>> loose_subject("The report's finding that it failed.", 0, 4) is None
        True
    """
    g = _sets(language)
    # an aside after the subject: "At the convention Sen. Elizabeth Warren (D-MA) said"
    bare = cue_start
    while bare > floor and text[bare - 1].isspace():
        bare -= 1
    if bare > floor and text[bare - 1] == ")":
        cue_start = _skip_parenthetical(text, floor, bare)
    lo = max(floor, cue_start - 160)
    opens = list(_CLAUSE_OPEN.finditer(text, lo, cue_start))
    if not opens and lo > floor:
        return None  # no clause mark within reach: the segment may hold anything
    start = opens[-1].end() if opens else floor
    end = cue_start
    while end > start and text[end - 1].isspace():
        end -= 1
    rel = _RELATIVE.search(text, start, end)
    if rel is not None:
        end = rel.start()
    words = list(_NP_TOKEN.finditer(text, start, end))
    while words and words[0].group(0).lower() in g.clause_leads:
        words.pop(0)
    if not words or len(words) > 10 or words[-1].end() != end:
        return None
    if words[-1].group(0).lower() in g.subject_pronouns:
        return words[-1].start(), words[-1].end()  # "(On Monday he said", "Then they say"
    first = words[0].group(0)
    if first.lower() in g.prepositions:
        return None  # an introductory phrase, not a subject ("In the poll, ...")
    fl = first.lower()
    if plural_noun and len(words) == 1 and fl in g.quantifiers:
        return None  # "Many worries remain": the cue word is a plural noun
    if not (first[0].isupper() or first[0].isdigit() or fl in g.quantifiers or fl in _numbers()):
        return None
    last = words[-1].group(0)
    if (
        last.lower() in g.not_last
        or (last.islower() and last.endswith("ed"))
        or last.endswith(("'s", "’s"))
    ):
        # "The report's finding", "Trump's claims": a determiner or a possessor before a
        # noun; "The panel ruled that a disputed ballot": a verb ends the words; "an aide
        # who asked": a relative clause the strict walk reads
        return None
    if any(w.group(0).lower() in g.finite for w in words):
        return None
    if len(words) > 1 and any(w.group(0).lower().endswith("ly") for w in words[1:]):
        return None  # "Clinton reportedly", "the party quickly": an adverb, not a subject
    return words[0].start(), end


#: How many words a long subject may hold before its cue.
_LONG_SUBJECT_WORDS = 40
_LONG_SUBJECT_CHARS = 320
_APOSTROPHE = re.compile("['’]")
_LONG_TOKEN = re.compile(r"[^\s,;:()“”\"—–]+|[,;:()“”\"—–]")


def long_subject(
    text: str, start: int, cue_start: int, language: str = "en"
) -> tuple[int, int] | None:
    """The head of a clause's subject that a long postmodifier separates from its cue.

    "Large majorities of Republican primary voters in six states going to the polls on
    Super Tuesday said", "people who have battled other online threats say",
    "Murshed Zaheed, acting political director of CREDO Action, which organized the
    letter, said": the clause opens at ``start`` with a noun phrase ending in a name or
    a source noun, and everything between it and the cue is one postmodifier (a
    relative clause, a participle or prepositional phrase, or asides between commas)
    holding no finite verb of its own outside a relative clause. Only for a reporting
    verb whose content is a clause, or whose subject is a document (the caller
    checks), when no stricter finder found a subject.

    Example:
        >>> text = "But people who have battled online threats say it could do more."
        >>> s, e = long_subject(text, 0, text.index("say"))
        >>> text[s:e]
        'people'
        >>> long_subject("Trump attacked Clinton on Monday and said it.", 0, 37) is None
        True
    """
    if cue_start - start > _LONG_SUBJECT_CHARS:
        return None  # bounded: a unit holding thousands of cues stays linear
    g = _sets(language)
    intro = _intro(language).match(text, start, cue_start)
    pos = intro.end() if intro is not None else start
    toks = list(_LONG_TOKEN.finditer(text, pos, cue_start))
    while toks and (toks[0].group(0).lower() in g.clause_leads or toks[0].group(0) in '”"'):
        toks.pop(0)
    if len(toks) < 2 or len(toks) > _LONG_SUBJECT_WORDS:
        return None
    last = toks[-1].group(0).lower()
    if last == "to" and _stranded(toks, g):
        last = ""  # "people I spoke to said": the relative clause's own preposition
    if last in {"and", "but", "or", "to"} or last in g.finite:
        return None  # "attacked Clinton and said": a coordinated verb, not a subject
    first = toks[0].group(0)
    fl = first.lower()
    if (
        not (
            first[0].isupper()
            or first[0].isdigit()
            or fl in g.quantifiers
            or fl in _numbers()
            or fl in g.np_openers
            or is_head(fl)
        )
        or fl in g.subject_pronouns
        or fl in g.prepositions
        or fl in BOUNDARY_WORDS
    ):
        return None
    # the noun phrase: up to a postmodifier's first word
    i = 0
    while i < len(toks):
        word = toks[i].group(0)
        low = word.lower()
        if i > 0 and (
            not word[0].isalnum()
            or _APOSTROPHE.split(low, 1)[0] in g.relative_openers  # "people I've spoken with"
            or low in g.post_prepositions
            or (word.islower() and low.endswith(("ing", "ed")) and low not in HEADS)
        ):
            break
        if i > 0 and (low in NOT_IN_NP or (word.islower() and low.endswith("ly"))):
            return None  # "The plan was ...": a verb of the clause, no postmodifier
        i += 1
    if i == len(toks) or i > 8:
        return None
    np_words = [t.group(0) for t in toks[:i]]
    if len(np_words) == 1 and _dated(first, g):
        # "Friday on CNN's “New Day,” Sen. Kristen Gillibrand (D-NY), a supporter ..., told":
        # a date and its adjuncts open the clause; the subject follows their comma
        comma = text.find(",", toks[0].end(), cue_start)
        return long_subject(text, comma + 1, cue_start, language) if comma > 0 else None
    head = np_words[-1]
    opener = toks[i].group(0)
    # "those who named a candidate": a pronoun heading its relative clause
    pronoun_head = head.lower() in g.relative_heads and opener.lower() in g.relative_openers
    if not (head[0].isupper() or head[0].isdigit() or is_head(head.lower()) or pronoun_head):
        return None
    if (head.lower() in g.not_last and not pronoun_head) or head.endswith(("'s", "’s")):
        return None
    rest = toks[i:]
    words_after = [t.group(0).lower() for t in rest]
    if opener == ",":
        nxt = rest[1].group(0) if len(rest) > 1 else ""
        if (
            not nxt
            or nxt.lower() in {"and", "but", "or", "so", "yet"}
            or (nxt[0].isupper() and nxt.lower() not in g.np_openers)
        ):
            return None  # ", and ...", ", Sanders said": a clause of its own, not an aside
        if not text[toks[-1].start() :].startswith(","):
            return None  # asides between commas close with a comma before the cue
    elif _APOSTROPHE.split(opener.lower(), 1)[0] not in g.relative_openers:
        if opener.islower() and opener.endswith(("ing", "ed")):
            nxt = words_after[1] if len(words_after) > 1 else ""
            if (
                nxt not in g.post_prepositions
                and not nxt.endswith("ly")
                # "A lawyer representing the family said": a present participle takes its
                # object inside the phrase; a past form before one is a verb of its own
                and not (opener.endswith("ing") and nxt in g.np_openers)
            ):
                return None  # "released a statement": a verb and its object
        # no finite verb before a relative pronoun: "officials in Ohio were told"
        for w in words_after:
            if w in g.relative_openers:
                break
            if w in g.clause_finite:
                return None
    return toks[0].start(), toks[i - 1].end()


def _stranded(toks: list[re.Match[str]], g: _Sets) -> bool:
    """Whether the last token, "to", closes a relative clause with no relative word: a
    pronoun opening it, then its verb ("the analysts [I spoke] to"), not an infinitive's
    "to" ("officials wanted to")."""
    if len(toks) < 4:
        return False
    pronoun = _APOSTROPHE.split(toks[-3].group(0).lower(), 1)[0]
    return pronoun in g.relative_openers and pronoun in g.subject_pronouns


def _dated(word: str, g: _Sets) -> bool:
    """Whether a capitalised word is a weekday or a month (a date, never a source)."""
    from provenance.lexicon.numbers import number_lexicon

    return word in g.weekdays or word.lower() in number_lexicon().months
