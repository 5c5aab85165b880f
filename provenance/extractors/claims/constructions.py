"""Constructions around noun and verb cues, as pure functions over a text and a lexicon.

- a noun cue's content after "of" ends before the sentence's own verb
  ("allegations of [fraud] surfaced");
- a relative clause on a noun cue has no content of its own ("allegations that he
  has denied"); the denial verb in it denies the noun ("[sexual harassment
  allegations] that he has denied");
- a reduced passive names its denier after "by" ("[These claims], disputed by
  [eyewitness accounts], ..."), and so does a full one ("[This proposal] was
  rejected by [64 percent of the electorate]");
- a verb form that is also a noun ("claims") is a verb only after a subject;
- a denial verb whose object is a person or a thing refused denies no claim
  ("denying poor folks health care", "rejected Donald J. Trump", "denied
  additional security requests"): a refusal, a vote or a dismissal.

The words come from the cue lexicon (``provenance/lexicon/data/<lang>/cues.yaml``).
"""

from __future__ import annotations

import functools
import re

from provenance.extractors.text.wordlists import alternation as _alt
from provenance.lexicon.cues import CueLexicon, Frame, cue_lexicon

__all__ = [
    "claim_object",
    "clause_relative",
    "gap_object",
    "noun_phrase_end",
    "passive_agent",
    "passive_subject",
    "person_object_forms",
    "reduced_passive",
    "refused_object",
    "relative_clause",
    "relative_gap",
    "removal_forms",
    "removed_person",
    "subject_before",
    "withheld_person",
]

_WORD = re.compile(r"[A-Za-z]+")
#: "N that/which SUBJ (aux)" right before a cue whose object is missing: a relative clause.
_RELATIVE_GAP = re.compile(
    r"(?P<np>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?:\s+(?:that|which)|,\s+which)\s+"
    r"(?P<subj>(?:[\w’'.-]+\s+){1,4})$"
)
#: "N that SUBJ VERB ... and (aux)": the cue is a second verb on the same gap.
_COORDINATED_GAP = re.compile(
    r"(?P<np>(?:[\w’'-]+\s+){0,4}?[\w’'-]+)\s+(?:that|which)\s+"
    r"(?P<subj>(?:[\w’'.-]+\s+){1,4}?)(?:[\w’'-]+\s+){1,8}?and\s+$"
)
#: ", which SUBJ (aux)" right before a cue: a non-restrictive relative on what precedes it.
_COMMA_WHICH = re.compile(r",\s+which\s+(?P<subj>(?:[\w’'.-]+\s+){1,4})$")
#: Fewest words of a clause a non-restrictive "which" may stand for.
_CLAUSE_WORDS = 3
#: A word of such a clause: a number counts ("[30 people died], a figure the army disputed").
_CLAUSE_WORD = re.compile(r"[A-Za-z]+|\d+")
#: "X, disputed in most cases by Y,": the agent after a denial participle.
_BY_AGENT = re.compile(
    r"(?:\s+[a-z][\w’'-]*){0,4}?\s+by\s+(?P<agent>[^,.;:“”\"()]{2,60}?)(?=[,.;:)]|\s[—–])"
)
#: "was (soundly) rejected (as fake news) by AGENT": the agent after a passive participle.
_PASSIVE_BY = re.compile(
    # the label after "as" may be quoted: "was dismissed as “ridiculous” by Justice Souter"
    r"\s+(?:[a-z]+ly\s+)?(?:as\s+[^,.;:()]{1,40}?\s+)?by\s+(?P<agent>[^,.;:“”\"()]{2,80}?)"
    r"(?=[,.;:)!?]|\s[—–]|\s(?:who|which|that|as|when|while|because|after|before|will|would|is|are|was|were|has|have|had)\s|$)"
)
#: the subject of a full passive, after the last clause stop: "more precisely, [a deal] that"
_PASSIVE_SUBJECT = re.compile(r"(?P<np>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:(?:that|which)\s+)?$")
#: the noun phrase a reduced relative hangs on: "These false claims, (totally) "
_HOST_NP = re.compile(r"(?P<np>(?:[\w’'-]+\s+){0,5}[\w’'-]+),\s+(?:[a-z]+ly\s+)?$")


def noun_phrase_end(text: str, cs: int, ce: int, lex: CueLexicon) -> int:
    """Where the noun phrase after "of"/"about" ends: before the sentence's own verb.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "harassment and assault surfaced against him"
        >>> text[: noun_phrase_end(text, 0, len(text), cue_lexicon("en"))]
        'harassment and assault'
    """
    for w in _WORD.finditer(text, cs, ce):
        if w.start() > cs and w.group().lower() in lex.noun_followers:
            end = w.start()
            while end > cs and text[end - 1] in " \t":
                end -= 1
            return end
    return ce


def attributive_end(text: str, cs: int, ce: int, lex: CueLexicon) -> int:
    """Where the noun phrase after an attributive hedge ends: before its clause's verb.

    "The alleged spammers said the suit was groundless": what is alleged is the
    spammers, not what they said. The phrase ends before an auxiliary or a reporting
    verb's past form ("-s" forms are as often plural nouns: "the alleged victim's
    claims"), or at a dash or a bracket opening an aside. After a relative pronoun or
    a complementizer the verb may be theirs ("the apparent notion that games are
    allowed"): the phrase then runs to the clause end, as it does with no verb ("the
    alleged financial crimes by Manafort and Gates").

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> text = "spammers said the lawsuit was groundless"
        >>> text[: attributive_end(text, 0, len(text), lex)]
        'spammers'
        >>> text = "rival Alan Milburn - who ran the campaign - and John Prescott"
        >>> text[: attributive_end(text, 0, len(text), lex)]
        'rival Alan Milburn'
    """
    stops = _attributive_stops(lex.language)
    relatives = lex.relative_pronouns
    end = ce
    for w in _WORD.finditer(text, cs, ce):
        word = w.group().lower()
        if word in relatives:
            break  # the verb may be the relative's or the complement's: read no further
        if w.start() > cs and word in stops:
            end = w.start()
            break
    aside = _ASIDE.search(text, cs, end)
    if aside is not None:
        end = aside.start()
    if end == ce:
        return ce
    while end > cs and text[end - 1] in " \t,":
        end -= 1
    return end


#: a dash or a bracket opening an aside inside a noun phrase
_ASIDE = re.compile(r"\s[-–—]+\s|\s?[—–(]")


@functools.cache
def _attributive_stops(language: str) -> frozenset[str]:
    """Words that open the predicate after a noun phrase: auxiliaries, past cue verbs."""
    lex = cue_lexicon(language)
    # past forms only: many "-s" forms are plural nouns too ("offers", "pledges", "rules")
    pasts = {
        f.lower()
        for v in lex.verbs
        for f in v.forms
        if " " not in f
        and (f.lower().endswith(lex.past_endings) or f.lower() in lex.irregular_pasts)
    }
    return frozenset({*pasts, *(lex.finite_auxiliaries - {"be", "been"})})


def relative_clause(text: str, cs: int, ce: int, lex: CueLexicon) -> bool:
    """Whether a clause after a noun cue is a relative one: a transitive cue verb, no object.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> relative_clause("he has denied", 0, 13, cue_lexicon("en"))
        True
        >>> relative_clause("he took bribes", 0, 14, cue_lexicon("en"))
        False

    A passive cue verb leaves no object gap: in "the assertion that more airstrikes are
    needed was criticized" the clause is the assertion's content and "was criticized"
    its predicate.

        >>> relative_clause("more strikes are needed was criticized", 0, 38, cue_lexicon("en"))
        False
    """
    words = _WORD.findall(text, cs, ce)
    for i, w in enumerate(words[:6]):
        try:
            verb = lex.verb(w)
        except KeyError:
            continue
        if i and words[i - 1].lower() in _be_forms(lex):
            return False
        nxt = words[i + 1].lower() if i + 1 < len(words) else None
        return verb.frame is Frame.OBJECT and (nxt is None or nxt in lex.noun_followers)
    return False


def _be_forms(lex: CueLexicon) -> set[str]:
    """The forms of "be" ending the lexicon's copulas ("is", "was", "has been" -> "been")."""
    return {c.split()[-1].lower() for c in lex.copulas if c.split()[-1].isalpha()}


def relative_gap(
    text: str, floor: int, cue_start: int, lex: CueLexicon | None = None
) -> re.Match[str] | None:
    """ "N that SUBJ (aux)" right before a cue, or ``None`` (groups ``np`` and ``subj``).

    The cue may be the second of two coordinated verbs sharing the gap: "a charge
    that Mrs. Clinton has faced in the past and has always denied".

    Example:
        >>> text = "amid allegations that he has denied"
        >>> relative_gap(text, 0, text.index("has")).group("np")
        'amid allegations'
        >>> text = "a charge that she has faced for years and has always denied"
        >>> relative_gap(text, 0, text.rindex("has")).group("np")
        'a charge'
    """
    floor = max(floor, cue_start - 160)
    gap = _RELATIVE_GAP.search(text, floor, cue_start)
    if gap is None:
        gap = _COORDINATED_GAP.search(text, floor, cue_start)
    if gap is None and lex is not None:
        gap = _zero_relative(text, floor, cue_start, lex)
    return gap


def clause_relative(
    text: str,
    floor: int,
    cue_start: int,
    lemma: str,
    starts: list[int],
    lex: CueLexicon,
    *,
    which: bool = True,
) -> tuple[re.Match[str], tuple[int, int]] | None:
    """ "CLAUSE, which SUBJ (aux)" right before a cue of ``clause_relative_lemmas``: the
    relative (group ``subj``) and the clause it stands for, or ``None``.

    The clause opens at the last of ``starts`` (the contents around it) before the comma,
    else at ``floor``. A clause ending in a claim noun ("faced charges, which he denies")
    is left to :func:`relative_gap`: the noun is the object. An appositive claim noun
    after the comma renames the clause ("CLAUSE, a claim (that) SUBJ (aux)"); with
    ``which=False`` only that form is read.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "Police shot three protesters, which the opposition has "
        >>> gap, (s, e) = clause_relative(text, 0, len(text), "dispute", [], cue_lexicon("en"))
        >>> text[s:e], gap.group("subj")
        ('Police shot three protesters', 'the opposition has ')
        >>> text = "He faces allegations that he hid the funds, which he "
        >>> _, (s, e) = clause_relative(text, 0, len(text), "deny", [], cue_lexicon("en"))
        >>> text[s:e]
        'he hid the funds'
        >>> text = "Rebels said they took the airport, a claim the army "
        >>> _, (s, e) = clause_relative(text, 0, len(text), "deny", [], cue_lexicon("en"))
        >>> text[s:e]
        'Rebels said they took the airport'
    """
    if lemma not in lex.clause_relative_lemmas:
        return None
    gap = _COMMA_WHICH.search(text, max(floor, cue_start - 80), cue_start) if which else None
    appositive = gap is None
    if appositive:
        gap = _appositive_gap_re(lex.language).search(text, max(floor, cue_start - 80), cue_start)
    if gap is None:
        return None
    comma = gap.start()
    start = max((s for s in starts if floor <= s < comma), default=floor)
    # the innermost clause: "allegations that [he assaulted her], which he denied"
    opener = _opener_re(lex.complementizers).search(text, start, comma)
    if opener is not None:
        start = opener.end()
    while start < comma and not text[start].isalnum():
        start += 1
    words = _CLAUSE_WORD.findall(text, start, comma)
    if len(words) < _CLAUSE_WORDS or (
        not appositive and words[-1].lower() in _claim_head_set(lex.language)
    ):
        return None
    return gap, (start, comma)


@functools.cache
def _appositive_gap_re(language: str) -> re.Pattern[str]:
    """ ", a claim (that) SUBJ (aux)" right before a cue: an appositive renaming the clause.

    The subject is a pronoun, a name or a determined noun of up to four words
    ("a claim the army denied", "a charge the Kremlin denies").

    Example:
        >>> rx = _appositive_gap_re("en")
        >>> rx.search("They took the airport, a claim the army has ").group("subj")
        'the army has '
        >>> rx.search("They took the airport, the army has ") is None
        True
    """
    lex = cue_lexicon(language)
    pronouns = {"it", "this", "that", "these", "those"}
    heads = (set(lex.claim_heads) - pronouns) | lex.denied_appositive_heads
    dets = lex.denied_appositive_determiners
    det = rf"(?:(?:{_alt(dets)})\s+)?" if dets else ""
    relatives = _alt(lex.relative_pronouns)
    return re.compile(
        rf",\s+{det}(?:[a-z][\w-]*\s+){{0,2}}?(?:{_alt(heads)})\s+"
        rf"(?:(?:{relatives})\s+)?(?P<subj>(?:[\w’'.-]+\s+){{1,4}})$"
    )


@functools.cache
def _opener_re(complementizers: tuple[str, ...]) -> re.Pattern[str]:
    """The last complementizer of a span, and the space after it."""
    return re.compile(rf"(?i)\b(?:{_alt(complementizers)})\s+(?!.*\b(?:{_alt(complementizers)})\s)")


# English's, built on import: a denial's relative clause is rare, and the first one would
# otherwise compile the pattern in the middle of a run
_opener_re(cue_lexicon("en").complementizers)


def _zero_relative(text: str, floor: int, cue_start: int, lex: CueLexicon) -> re.Match[str] | None:
    """ "charges he denies": a relative clause with no "that", on a claim noun only.

    Without the pronoun a pronoun subject right after a claim noun ("faces
    charges he denies", "the allegations they have rejected") still opens a
    relative clause; after any other noun it may be a new clause. So does a name or
    a determined noun ("a charge Trump denies", "claims the company disputes").

    The gap's head is a whole word of the window, so a window holding no claim noun is
    left at once: the pattern, long to compile and to run, is tried only where one is.
    """
    heads, whole_words = _zero_heads(lex.language)
    if whole_words and heads.isdisjoint(
        w.lower() for w in _WORD_RUN.findall(text, floor, cue_start)
    ):
        return None
    gap = _zero_gap_re(lex.language).search(text, floor, cue_start)
    if gap is None:
        return None
    head = text[gap.start("np") : gap.end("np")].split()[-1].lower()
    return gap if head in heads else None


#: a run of word characters: a claim noun heading a gap is one whole run (its letters
#: stand between white space and a non-word character or the window's start)
_WORD_RUN = re.compile(r"\w+")


@functools.cache
def _zero_heads(language: str) -> tuple[frozenset[str], bool]:
    """The lexicon's claim heads, lower case (a zero relative hangs on one of them), and
    whether each is one run of word characters (then a window can be tested for them)."""
    heads = frozenset(h.lower() for h in cue_lexicon(language).claim_heads)
    return heads, all(_WORD_RUN.fullmatch(h) for h in heads)


@functools.cache
def _zero_gap_re(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    dets = _alt((*lex.indirect_object_determiners, *lex.anaphoric_heads_after))
    # the noun phrase is the head, after a determiner and two modifiers at most: in
    # "he faces charges he denies" the verb "faces" stays out. The subject is a pronoun,
    # a name of up to three capitalized words, or a determiner and a lower-case noun.
    name = r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}"
    noun = rf"(?:{_alt(lex.zero_that_name_determiners)})\s+[a-z][\w’'-]*"
    return re.compile(
        rf"\b(?P<np>(?:(?:{dets})\s+(?:[\w’'-]+\s+){{0,2}}?)?[\w’'-]+)\s+"
        rf"(?P<subj>(?-i:{_alt(lex.zero_that_subjects)}|{name}|{noun})\s+"
        rf"(?:(?:{_alt(lex.auxiliaries)})\s+)?"
        rf"(?:(?:{_alt(lex.adverbs)})\s+){{0,2}})$"
    )


def gap_object(text: str, gap: re.Match[str], lex: CueLexicon) -> tuple[int, int]:
    """The noun phrase a relative clause hangs on: after its last preposition or verb.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "She faced charges which she "
        >>> s, e = gap_object(text, relative_gap(text, 0, len(text)), cue_lexicon("en"))
        >>> text[s:e]
        'charges'
    """
    determiners = {w.lower() for w in lex.indirect_object_determiners}
    attributive = {w.lower() for w in lex.attributive_after} - determiners
    subjects = {w.lower() for w in lex.zero_that_subjects}
    start, end = gap.start("np"), gap.end("np")
    heads = _claim_head_set(lex.language)
    claim = [w.end() for w in _WORD.finditer(text, start, end) if w.group().lower() in heads]
    if claim and claim[-1] < end:
        end = claim[-1]  # "robbery charges in court, which he denies": the charges, not the court
    for w in _WORD.finditer(text, start, end):
        low = w.group().lower()
        if low in attributive or low in subjects or (low.endswith("ed") and w.end() < end):
            start = w.end()
    while start < end and text[start] in " \t":
        start += 1
    return start, end


def reduced_passive(
    text: str, floor: int, cue_start: int, cue_end: int, limit: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The noun phrase and the agent of "NP, (adv) denied ... by AGENT,", or ``None``.

    Example:
        >>> text = "These claims, totally disputed by eyewitness accounts, were old."
        >>> (ns, ne), (as_, ae) = reduced_passive(text, 0, 14, 30, len(text))
        >>> text[ns:ne], text[as_:ae]
        ('These claims', 'eyewitness accounts')
    """
    if not text[cue_start:cue_end].endswith("ed"):
        return None
    agent = _BY_AGENT.match(text, cue_end, limit)
    host = _HOST_NP.search(text, max(floor, cue_start - 80), cue_start)
    if agent is None or host is None:
        return None
    return host.span("np"), agent.span("agent")


def passive_agent(text: str, cue_end: int, limit: int) -> tuple[int, int] | None:
    """The agent of a full passive ("was rejected by [voters]"), or ``None``.

    Only an adverb may stand between the participle and "by": in "was denied bail
    by the judge" the object comes first, a thing withheld.

    Example:
        >>> text = "This proposal was rejected by 64 percent of the electorate."
        >>> s, e = passive_agent(text, text.index(" by"), len(text))
        >>> text[s:e]
        '64 percent of the electorate'
    """
    m = _PASSIVE_BY.match(text, cue_end, limit)
    return m.span("agent") if m is not None else None


def passive_subject(text: str, floor: int, aux_start: int) -> tuple[int, int] | None:
    """The noun phrase before a passive's auxiliary, after the last clause stop.

    Example:
        >>> text = "More precisely, a deal that was rejected"
        >>> s, e = passive_subject(text, 0, text.index("was"))
        >>> text[s:e]
        'a deal'
    """
    m = _PASSIVE_SUBJECT.search(text, max(floor, aux_start - 80), aux_start)
    return m.span("np") if m is not None else None


def subject_before(word: str | None, lex: CueLexicon) -> bool:
    """Whether the word before a verb form can end its subject ("he", "officials", "Cruz").

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> subject_before("he", cue_lexicon("en")), subject_before("insurance", cue_lexicon("en"))
        (True, False)
    """
    if word is None or word.endswith(("'s", "’s", "'", "’")):
        return False
    return word.lower() in lex.source_heads or word[0].isupper()


#: Where a person object ends with nothing after it: a clause stop.
_CLAUSE_STOP = r"(?=\s*(?:[,;:!?)]|\.(?:\s|$)|$))"
#: Words that are no modifier of a noun: prepositions, conjunctions, gerunds.
_NOT_MODIFIER = r"(?!(?:\w+ing|of|to|in|on|at|by|for|from|with|about|that|as|and|or|but)\b)"


@functools.cache
def _object_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    lex = cue_lexicon(language)
    # a person's name: "Mr. Trump", "Donald J. Trump", "Wisconsin Gov. Scott Walker"
    title = rf"(?:{_alt(lex.name_titles)})\."
    word = rf"(?!{title})[A-Z][a-z]+"
    name = rf"(?:{title}\s+)?{word}(?:\s+(?:{title}|[A-Z]\.|{word})){{0,3}}"
    people = rf"(?:{_alt(lex.recipient_heads)})(?![\w'’-])"
    pronouns = _alt((*lex.indirect_objects, *lex.ambiguous_indirect_objects))
    dets = _alt(lex.indirect_object_determiners)
    withheld = rf"(?:{_alt(lex.withheld_objects)})(?![\w-])"
    modifier = rf"{_NOT_MODIFIER}(?!(?:{dets})\b)[a-z-]+\s+"
    discarded = rf"(?:{_alt(lex.non_claim_objects)})(?![\w-])(?!['’]s\b)"
    # a modifier inside such a noun phrase may be a name ("U.S.", "Islamic State")
    np_modifier = rf"{_NOT_MODIFIER}(?!(?:{dets})\b)[A-Za-z.-]+\s+"
    return (
        # people alone: "rejecting Mr. Trump:", "reject Donald J. Trump, the nominee"
        re.compile(rf"\s*(?:(?:{dets})\s+)?(?:{modifier})?(?:{name}|{people}){_CLAUSE_STOP}"),
        # people, then what is withheld: "denied Carter a photograph", "denying poor folks
        # health care", "has denied everyday Americans a real voice"; an object pronoun
        # before a determiner too ("denied them a loan", "denied her the chance"), where
        # alone it may stand for claims ("denied them.") or be a possessive ("her role")
        re.compile(
            rf"\s*(?:{modifier}){{0,2}}(?:(?:{name}|{people}|{pronouns})\s+(?:{dets})\s"
            # people named with a determiner: "denied the patient a transplant"
            rf"|(?:{dets})\s+(?:{modifier}){{0,2}}{people}\s+(?:a|an)\s"
            rf"|{people}\s+(?:{modifier}){{0,2}}{withheld})"
        ),
        # a thing withheld from a noun phrase that is no claim: "denied the company a
        # loan", "denied shareholders a dividend", "denied the airline a licence" (blind43)
        re.compile(
            rf"\s*(?:(?:{dets})\s+)?(?:{modifier}){{0,2}}{_NOT_MODIFIER}[a-z][\w'’-]*\s+(?:{dets})\s+"
            rf"(?:{modifier}){{0,2}}{withheld}"
        ),
        # a thing withheld: "denied bail", "denied entry to", "denied class-action status",
        # "deny the Islamic State sanctuary", "rejected the documentary's entry" (blind46)
        re.compile(
            rf"\s*(?:(?:{dets})\s+)?(?:{name}\s+|[a-z]+['’]s\s+)?(?:{modifier}){{0,2}}{withheld}"
        ),
        # a thing discarded, no claim: "rejected a treaty", "rejected the need for one",
        # "dismissed attempts to", "the rejection of the establishment"; not when "as"
        # labels it ("dismissed the attempts as a stunt") or "such" points back to a claim
        # ("Moscow denies any such effort")
        re.compile(
            rf"\s*(?:of\s+)?(?!(?:any\s+)?(?:{_alt(lex.anaphoric_determiners)})\b)"
            rf"(?:(?:{dets}|these|those|this)\s+)?"
            rf"(?:(?:{name}|[a-z]+)['’]s\s+)?(?:{np_modifier}){{0,3}}{discarded}"
            r"(?!\s+as\b)"
        ),
    )


@functools.cache
def _noun_people(language: str) -> re.Pattern[str]:
    """People as the whole object of a denial noun: "the rejection of [him] was total".

    After a noun cue no clause can open ("rejection of" takes no zero-"that" clause), so
    people there are the object whatever follows; not a possessive ("the dismissal of
    voters' concerns") nor people labelled ("the dismissal of him as a liar").
    """
    lex = cue_lexicon(language)
    people = _alt(lex.recipient_heads)
    return re.compile(rf"\s*(?:{people})(?![\w'’-])(?!\s+as\b)")


def refused_object(text: str, start: int, lex: CueLexicon, *, verb: bool = True) -> bool:
    """Whether the object after a denial verb is people or a thing withheld, not a claim.

    "denied bail", "denying poor folks health care", "reject Donald J. Trump, the
    nominee": the verb withholds or votes; it denies no claim. A clause, a claim
    noun, a deed ("denied making a deal"), a request rejected ("rejected a request
    from Democrats") or people labeled ("dismissed him as a liar") are denied. After a
    ``verb``, a thing followed by an auxiliary is the subject of a zero-"that" clause
    ("denied security services were involved"); after a noun cue ("the rejection of
    the establishment will ..."), the auxiliary is the outer clause's.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> refused_object("denying poor folks health care", 7, lex)
        True
        >>> refused_object("denied Trump had met him", 6, lex)
        False
        >>> refused_object("denied security services were involved", 6, lex)
        False
        >>> refused_object("a rejection of him and his heritage", 15, lex, verb=False)
        True
    """
    heads = _claim_head_set(lex.language)
    finite = _finite_after(lex.language)
    if not verb and _noun_people(lex.language).match(text, start):
        return True  # "a rejection of him and his heritage": people, whatever follows
    for p in _object_patterns(lex.language):
        m = p.match(text, start)
        if (
            m is not None
            and not _names_a_claim(m.group(), heads)
            # the subject of a clause, not an object: "denied security services were
            # involved", "dismissed efforts had been made"
            and not (verb and finite.match(text, m.end()))
        ):
            return True
    return False


@functools.cache
def removal_forms(language: str) -> frozenset[str]:
    """Forms (lower case) of the denial cues that remove a person from a post ("dismissed")."""
    lex = cue_lexicon(language)
    verbs = [f for v in lex.verbs if v.lemma in lex.removal_lemmas for f in v.forms]
    nouns = [f for n in lex.nouns if n.lemma in lex.removal_lemmas for f in n.forms]
    return frozenset(f.lower() for f in (*verbs, *nouns))


@functools.cache
def _removed_person_re(language: str, noun: bool) -> re.Pattern[str] | None:
    lex = cue_lexicon(language)
    if not lex.removal_lemmas:
        return None
    title = rf"(?:{_alt(lex.name_titles)})\."
    # a name, acronyms of an office included: "Mr. Comey", "FBI Director James Comey"
    word = rf"(?!{title})[A-Z][A-Za-z]+"
    name = rf"(?:{title}\s+)?{word}(?:\s+(?:{title}|[A-Z]\.|{word})){{0,3}}"
    posts = sorted(
        {r.split()[-1].lower() for r in lex.speaker_roles}
        | set(lex.removal_posts)
        | set(lex.recipient_heads)
    )
    post = rf"(?i:{_alt(posts)})"
    dets = rf"(?i:{_alt(lex.indirect_object_determiners)})"
    possessive = r"(?:[A-Z][\w.-]*|[a-z]+)['’]s"
    blockers = rf"(?!(?:{_alt(lex.removal_blockers)})\b)" if lex.removal_blockers else ""
    modifier = rf"{_NOT_MODIFIER}{blockers}[\w.’'-]+\s+"
    holder = rf"(?:(?:{dets}|{possessive})\s+)?(?:{modifier}){{0,3}}?{post}"
    # "as" before a post held ("as coach", "as Trump's campaign manager"), not "as a(n)",
    # which labels ("dismissed Walker as an ineffective leader")
    held = (
        rf"(?:(?i:{_alt(lex.removal_post_determiners)})|{possessive})\s+"
        if lex.removal_post_determiners
        else ""
    )
    bare = rf"(?!{dets}\s){modifier}"  # no other determiner after "as": "as an ineffective"
    ends = rf"{_CLAUSE_STOP}|\s+as\s+(?:{held})?(?:{bare}){{0,3}}?{post}\b"
    if lex.removal_followers:
        ends += rf"|\s+(?:{_alt(lex.removal_followers)})\b"
    if noun:  # no clause follows a noun cue: the person is its object whatever comes next
        ends += r"|(?!\s+as\b)(?!['’]s\b)(?!\s+[A-Z])"
    return re.compile(rf"\s*(?:of\s+)?(?:{holder}|{name})(?![\w'’-])(?:{ends})")


def removed_person(text: str, start: int, lex: CueLexicon, *, noun: bool = False) -> bool:
    """Whether the object at ``start`` of a removal cue ("dismissed") is a person in a post.

    "dismissed Comey in May", "dismissed the chief executive", "the dismissal of the FBI
    director": the source removes someone from a post and denies no claim. A person
    labelled ("dismissed him as a liar"), a possessive ("dismissed Comey's account") or
    a claim ("dismissed Russian claims") is still a dismissal. After a ``noun`` cue
    ("Trump's dismissal of Comey stunned ...") no clause follows: whatever comes next.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> removed_person("dismissed the team's head coach on Sunday", 9, lex)
        True
        >>> removed_person("dismissed Russian claims of meddling", 9, lex)
        False
        >>> removed_person("dismissed the senator as a crank", 9, lex)
        False
    """
    pattern = _removed_person_re(lex.language, noun)
    if pattern is None:
        return False
    m = pattern.match(text, start)
    heads = _claim_head_set(lex.language)
    return m is not None and not any(w.lower() in heads for w in _WORD.findall(m.group()))


@functools.cache
def person_object_forms(language: str) -> frozenset[str]:
    """Forms (lower case) of the denial verbs that withhold from a person ("denied")."""
    lex = cue_lexicon(language)
    return frozenset(
        f.lower() for v in lex.verbs if v.lemma in lex.person_object_lemmas for f in v.forms
    )


@functools.cache
def _person_object_re(language: str) -> re.Pattern[str] | None:
    lex = cue_lexicon(language)
    if not lex.person_object_followers:
        return None
    title = rf"(?:{_alt(lex.name_titles)})\."
    days = rf"(?!(?:{_alt(lex.noun_adjuncts)})\b)"
    word = rf"(?!{title}){days}[A-Z][a-z]+"
    name = rf"(?:{title}\s+)?{word}(?:\s+(?:{title}|[A-Z]\.|{word})){{0,3}}"
    dets = _alt(lex.indirect_object_determiners)
    # "denied the allegations [against] him": a preposition ends the modifiers, the
    # object is the allegations, not a person (``removal_blockers``, as for a removal)
    blockers = rf"(?!(?:{_alt(lex.removal_blockers)})\b)" if lex.removal_blockers else ""
    modifier = rf"{_NOT_MODIFIER}{blockers}(?!(?:{dets})\b)[\w.-]+\s+"
    post = _alt(sorted({*lex.recipient_heads, *lex.removal_posts}))
    holder = rf"(?:{dets})\s+(?:{modifier}){{0,2}}?(?:{post})"
    people = _alt(lex.recipient_heads)
    follower = _alt(lex.person_object_followers)
    ends = rf"\s+(?:{follower})\b|{_CLAUSE_STOP}"
    return re.compile(rf"\s*(?:{holder}|{people}|{name})(?![\w'’-])(?:{ends})")


@functools.cache
def _clause_verb(language: str) -> re.Pattern[str]:
    """An auxiliary or a "that" before the clause's next stop: a clause, not an adjunct."""
    lex = cue_lexicon(language)
    words = _alt((*lex.zero_that_verbs, *lex.complementizers))
    return re.compile(rf"[^.;:!?,]*?\b(?:{words})\b(?!['’])", re.IGNORECASE)


def withheld_person(text: str, start: int, lex: CueLexicon) -> bool:
    """Whether a denial verb's object at ``start`` is a person and then an adjunct.

    "Ferreira denied Gerrard with a late tackle", "voters rejected Smith in the
    primary": the verb withholds from or votes down a person and denies no claim (only
    for the lexicon's ``person_object_lemmas``, see :func:`person_object_forms`). A
    clause after the adjunct ("denied Russians in Crimea were harassed"), a day ("denied
    Monday in a statement that ...") or a possessive ("rejected Smith's claim") is no
    such object.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> withheld_person("denied Gerrard with a late tackle.", 6, lex)
        True
        >>> withheld_person("denied Russians in Crimea were harassed.", 6, lex)
        False
    """
    pattern = _person_object_re(lex.language)
    if pattern is None:
        return False
    m = pattern.match(text, start)
    if m is None or _names_a_claim(m.group(), _claim_head_set(lex.language)):
        return False
    return _clause_verb(lex.language).match(text, m.end()) is None


@functools.cache
def _finite_after(language: str) -> re.Pattern[str]:
    """An auxiliary right after a noun phrase: the phrase is a clause's subject."""
    lex = cue_lexicon(language)
    return re.compile(rf"\s+(?:{_alt(lex.zero_that_verbs)})\b(?!['’])", re.IGNORECASE)


def _names_a_claim(words: str, heads: frozenset[str]) -> bool:
    """Whether a capitalized "name" holds a claim noun: a Title Case headline's object.

    "Russia Denies Hacking Claims", "Trump Rejects Report Of Secret Talks": the
    object is a claim, not a person called "Hacking Claims".
    """
    return any(w[:1].isupper() and w.lower() in heads for w in _WORD.findall(words))


@functools.cache
def _claim_head_set(language: str) -> frozenset[str]:
    lex = cue_lexicon(language)
    return frozenset(h.lower() for h in lex.claim_heads) - lex.anaphoric_objects


@functools.cache
def _claim_object_re(language: str) -> re.Pattern[str]:
    lex = cue_lexicon(language)
    dets = _alt(lex.anaphoric_heads_after + lex.indirect_object_determiners)
    return re.compile(
        rf"\s*(?:that\s|(?:(?:{dets})\s+|[A-Z][\w.-]*['’]s?\s+|[a-z]+['’]s\s+)?"
        rf"(?:(?!(?:who|which|whom|that)\b){_NOT_MODIFIER}[\w’'-]+\s+){{0,3}}?"
        rf"(?:{_alt(lex.claim_heads)})\b)"
    )


def claim_object(text: str, start: int, lex: CueLexicon) -> bool:
    """Whether a claim starts at ``start``: a "that" clause or a noun phrase with a claim head.

    "rebuffed [the allegations]", "pushed back on [reports that ...]", "rebutted
    [Exxon's accusation]" take a claim; "rebuffed [several requests]" does not.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> claim_object("rebutted Exxon's accusation", 8, lex)
        True
        >>> claim_object("rebuffed several requests for interviews", 8, lex)
        False
    """
    return _claim_object_re(lex.language).match(text, start) is not None
