"""Denial, hedge and charge verbs that no clause-level rule used.

- "X, who has denied Y" and "allegations that he has denied": a stray finite form;
- "[This proposal] was rejected by [64 percent of the electorate]": a full passive
  names its denier after "by" (without "by" the subject is a person or a thing
  refused: "was denied bail", "was dismissed on Monday");
- "had to reject", "continued to refute": a base form after a "to" auxiliary;
- "Denying the charges, the minister said ...": a fronted participle denies for
  the main clause's source.

The words come from the cue lexicon (``provenance/lexicon/data/<lang>/cues.yaml``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from provenance.enums import Attribution, ClaimStatus
from provenance.extractors.claims.constructions import (
    claim_object,
    clause_relative,
    gap_object,
    noun_phrase_end,
    passive_agent,
    passive_subject,
    reduced_passive,
    relative_gap,
    subject_before,
)
from provenance.extractors.claims.drafts import Draft
from provenance.extractors.claims.family_parts import (
    STARTS_WITH_LETTER,
    FamilyFinds,
    Taken,
    clause_content,
    unit_of,
)
from provenance.extractors.claims.hedge_constructions import (
    adjunct_that,
    coordinated_verb,
    postposed_content,
    pronoun_clause,
    subject_gap,
)
from provenance.extractors.claims.quoted_denials import gerund_object
from provenance.extractors.claims.settle import reads_as_noun
from provenance.extractors.claims.spans import speech_frame, trim
from provenance.extractors.claims.subjects import find_subject
from provenance.lexicon.cues import CueLexicon, Frame

if TYPE_CHECKING:
    from provenance.extractors.claims.families import FamilyGrammar

__all__ = ["fronted_participle", "stray_verb"]

_OPENERS = " \t\n\"“‘'("
_OBJECT_OF = re.compile(r"[^,.;:“”\"]{1,60}?\bof\s+")
_THAT = re.compile(r"\s*(?:that\s+)?")
_PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|been|be|being)(?:n['’]t)?\s+(?:\w+\s+)?$")
#: auxiliaries before a passive's "been"/"be": "had been (soundly) rejected", "will be"
_LEAD_AUX = re.compile(
    r"\b(?:has|have|had|will|would|could|may|might|must|should|can)\s+(?:\w+\s+)?$"
)
_LAST_WORD = re.compile(r"([\w'’]+)\s*$")  # what _last_word reads (kept for its tests)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_WORDS = re.compile(r"[\w'’-]+")


def _last_word(before: str) -> str | None:
    """The word ending ``before``, spaces after it aside: ``_LAST_WORD``'s group, or ``None``.

    Read backwards from the end (``str.isalnum`` or "_" is ``\\w``; ``str.rstrip`` strips
    what ``\\s`` matches) instead of trying the pattern at each of up to 40 positions.

    Example:
        >>> _last_word("the group’s  "), _last_word("said, "), _last_word("")
        ('group’s', None, None)
    """
    end = len(before.rstrip())
    start = end
    while start > 0 and (before[start - 1].isalnum() or before[start - 1] in "_'’"):
        start -= 1
    return before[start:end] if start < end else None


def _cue_verb_after(text: str, end: int, g: FamilyGrammar) -> bool:
    """Whether the next word is one of ``noun_followers`` that is a cue verb form ("said").

    A cue verb cannot take another finite cue verb right after it, so the form before is a
    noun ("reports said"); an auxiliary after it may open a relative gap's clause ("who he
    claims has been unfair"), so only cue verbs count.
    """
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group(1).lower() not in g.lexicon.noun_followers:
        return False
    try:
        g.lexicon.verb(nxt.group(1))
    except KeyError:
        return False
    return True


def stray_verb(
    text: str,
    m: re.Match[str],
    g: FamilyGrammar,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    taken: Taken,
    out: FamilyFinds,
    *,
    after_aux: bool = False,
) -> None:
    """A hedge, denial or charge verb no clause-level rule used: "X, who has denied Y".

    ``after_aux``: a base form after a "to" auxiliary ("had to reject"), where "to"
    is no attributive word. Called by :func:`~.families.find_families`.

    Example:
        >>> from provenance.extractors.claims.families import find_families
        >>> text = "The plan was rejected by voters."
        >>> finds = find_families(text, [(0, len(text))], [])
        >>> [(d.cue, text[d.start : d.end]) for d in finds.drafts]
        [('was rejected', 'The plan')]
    """
    from provenance.extractors.claims.cues import cue_grammar, cue_status

    vs, ve = m.span("verb")
    a, b = unit_of(units, vs)
    if text[vs].isupper() and text[a:vs].strip(_OPENERS):
        return  # only a participle opening its sentence is capitalized ("Claiming ...")
    before = text[max(a, vs - 40) : vs]
    last = _last_word(before)
    if (
        m.group("verb") in g.base_denials
        and not after_aux
        and not (
            _pronoun_subject(before, g)
            and (claim_object(text, ve, g.lexicon) or gerund_object(text, ve, g.lexicon.language))
        )
        and not _relative_gap(before, text[ve : ve + 1], g.lexicon)
    ):
        return  # "could deny", "to reject", "I reject any proposal": only a claim denied
    if (
        not after_aux
        and last is not None
        and last.lower() in g.attributive
        and not m.group(0).endswith("ing")
        and not coordinated_verb(text, last, ve, g.lexicon)
    ):
        return  # "the disputed ballot" (but "in denying" and "and asserted that" are verbs)
    if not after_aux and _participle_after_gerund(m.group("verb"), before, g.lexicon):
        return  # "militarizing disputed waters": an adjective, no denial
    if not after_aux and _participle_after_lead(m.group("verb"), last, g.lexicon):
        return  # "these disputed waters", "resolve disputed issues": an adjective
    if not after_aux and _participle_after_adverb(m.group("verb"), before, g):
        return  # "the hotly disputed race", "a closely contested election": an adjective
    gap_base = m.group("verb") in g.base_denials and _relative_gap(
        before, text[ve : ve + 1], g.lexicon
    )
    if (
        not after_aux  # after "to" a base form is a verb ("to claim credit")
        and not gap_base
        and m.group("verb") in g.homograph_stray
        and not subject_before(last, g.lexicon)
        # "ate what the chef claims is a truffle": a relative's subject and a finite verb
        # after the form make it a verb, whatever the subject's noun (cues34)
        and not subject_gap(text, vs, ve, g.lexicon)
    ):
        return  # "insurance claims", "Trump's claims": a noun, not a verb
    if m.group("verb").lower() in g.lexicon.nounish_forms and _cue_verb_after(text, ve, g):
        return  # "Local reports said", "Unconfirmed reports say": a noun before its verb
    verb = g.lexicon.verb(m.group("verb"))
    aux_m = _PASSIVE_AUX.search(before)
    if aux_m is not None and verb.frame is not Frame.CLAUSE:
        if verb.status is ClaimStatus.DENIED:
            _passive(text, vs, ve, vs - len(before) + aux_m.start(), g, (a, b), taken, out)
        return  # "was denied bail": the subject is not the source
    if (
        aux_m is not None
        and verb.status is ClaimStatus.HEDGED
        and passive_agent(text, ve, b) is not None
    ):
        # "[Both attacks] were claimed by [the Islamic State]": the agent claims the subject
        aux_start = vs - len(before) + aux_m.start()
        _passive(text, vs, ve, aux_start, g, (a, b), taken, out, ClaimStatus.HEDGED)
        return
    gapped = subject_gap(text, vs, ve, g.lexicon)  # "who he claims [has been unfair]"
    if (
        m.group("verb").lower() in g.lexicon.noun_homographs
        and not gapped
        and not gap_base
        and reads_as_noun(text, vs, ve, g.lexicon)
    ):
        return  # "territorial disputes with", "ballot access disputes and"
    grammar = cue_grammar(g.lexicon.language)
    cue = next(
        (c for c in grammar.cue_re.finditer(text, max(a, vs - 60), ve) if c.start("verb") == vs),
        None,
    )
    cs_ = cue.start() if cue is not None else vs
    aux = cue.group("aux") if cue is not None else ""
    status = cue_status(verb, aux, text[ve : ve + 80])
    passive = reduced_passive(text, a, cs_, ve, b) if status is ClaimStatus.DENIED else None
    if passive is not None:  # "These claims, disputed by eyewitness accounts, ..."
        d = Draft(*passive[0], Attribution.INDIRECT, ClaimStatus.DENIED)
        d.source_start, d.source_end = passive[1]
        d.cue, d.cue_start, d.cue_end = text[cs_:ve], cs_, ve
        taken.add(cs_, ve)
        out.drafts.append(d)
        return
    start = ve
    adjunct = None
    if verb.flag and verb.frame is Frame.OBJECT:
        obj = _OBJECT_OF.match(text, ve, b)
        if obj is None:
            return
        start = obj.end()
    else:
        # 'the group “claimed” that ...': the quotation closes on the verb itself
        closed = _CLOSE_ON_VERB.match(text, ve) if _quoted_verb(text, a, vs) else None
        after = closed.end() if closed is not None else ve
        that = _THAT.match(text, after)
        start = that.end() if that is not None else after
        if verb.frame is Frame.CLAUSE:  # "insisted at a rally Wednesday that ..."
            adjunct = adjunct_that(text, ve, b, g.lexicon)
            start = adjunct or start
    cs, ce = clause_content(text, start, b)
    gap = None
    if ce - cs < 3 and verb.frame is Frame.CLAUSE and status is ClaimStatus.HEDGED:
        # "There is no chance of violence, officials insist, because ...": content first
        subj_before = find_subject(text, a, cs_)
        if subj_before is not None and (back := postposed_content(text, a, subj_before[0])):
            # "Patent rights, it is claimed, protect inventors": impersonal, no source
            impersonal = _impersonal(text, subj_before, aux_m, g.lexicon)
            _add(text, back, None if impersonal else subj_before, (cs_, ve), status, taken, out)
            return
    clause = None
    if verb.frame is Frame.OBJECT and status is ClaimStatus.DENIED:
        # "X said the firms merged, which Y denied on Tuesday": the clause before the comma,
        # not the adjunct after the verb (with none, the gap below finds the object, unless
        # an appositive renames the clause: "X said the firms merged, a claim Y denied")
        # (a content ending at the comma counts: "X said [the firms merged], a claim Y denied")
        starts = [
            x.start
            for x in drafts
            if x.start <= vs and (vs <= x.end or text[x.end : vs].lstrip().startswith(","))
        ]
        clause = clause_relative(text, a, cs_, verb.lemma, starts, g.lexicon, which=ce - cs >= 3)
    if clause is not None:
        gap, (cs, ce) = clause
    elif ce - cs < 3 and verb.frame is Frame.OBJECT:
        # "allegations that he has denied": the object is the noun the clause hangs on
        gap = relative_gap(text, a, cs_, g.lexicon)
        if gap is not None:
            cs, ce = gap_object(text, gap, g.lexicon)
    cs, ce = _quotation_close(text, a, vs, cs, ce)
    if ce - cs < 3 or not STARTS_WITH_LETTER.match(text, cs):
        return  # "as Moscow denies — “...”": a parenthetical with no object
    if (
        verb.frame is Frame.CLAUSE
        and adjunct is None  # an adjunct and "that" make a speech frame
        and not pronoun_clause(text, cs, g.lexicon)  # "who claim he assaulted them"
        and not gapped
        and not speech_frame(text, ve, cs)
        and not (status is ClaimStatus.HEDGED and grammar.claimed_object_re.match(text, ve))
        # "a complaint alleging [fraud]": the participle of a hedge verb that never takes a
        # thing (not one of thing_lemmas) takes a charge as its object, as "alleges fraud"
        # does; not a past form, an adjective after a verb ("detailed alleged abuses")
        and not (
            status is ClaimStatus.HEDGED
            and verb.lemma not in g.lexicon.thing_lemmas
            and m.group("verb").lower().endswith("ing")
            and _alleging_head(text[a:vs], g.lexicon)
        )
    ):
        return  # "claiming 41 percent of the vote", "claiming tax breaks": no speech act
    d = Draft(cs, ce, Attribution.NARRATOR, status)
    # 'He “flatly rejected” claims': the subject stands before the opening mark
    subj_end = cs_ - 1 if cs_ > a and text[cs_ - 1] in '“"' and _quoted_verb(text, a, vs) else cs_
    subj = find_subject(text, a, subj_end) if gap is None else None
    if gap is not None:
        subj = find_subject(text, gap.start("subj"), cs_)
    holder = [
        i
        for i, x in enumerate(drafts)
        if x.start <= vs < x.end and (x.source_start is not None or x.inherit is not None)
    ]
    if (
        subj is None
        and gap is None
        and holder
        and drafts[holder[-1]].start < cs_
        and not m.group("verb").endswith("ing")  # "dismissed the figures, insisting"
        and _reports_a_clause(drafts[holder[-1]], g.lexicon)
    ):
        # "Officials said [the company denies any wrongdoing]": the clause the holder
        # reports opens with the cue's own subject, not the holder's source
        subj = find_subject(text, drafts[holder[-1]].start, cs_)
    if (
        subj is None
        and gap is None
        and not holder
        and status in (ClaimStatus.HEDGED, ClaimStatus.DENIED)
        and m.group("verb").endswith("ing")
        and text.startswith(",", ce)
    ):
        # "The firm, denying any wrongdoing, appealed": a participle set off by commas
        # right after its sentence's subject is that subject's (cues34)
        lead = text[a:cs_].rstrip()
        if lead.endswith(",") and "," not in lead[:-1]:
            subj = find_subject(text, a, a + len(lead) - 1)
    if subj is not None and _impersonal(text, subj, aux_m, g.lexicon):
        # "It was claimed he had been embarrassed": impersonal hearsay, no source behind
        # it (as "it is alleged that")
        subj, holder = None, []
    if subj is not None:
        d.attribution = Attribution.INDIRECT
        d.source_start, d.source_end = subj
    elif holder:
        d.attribution, d.inherit = Attribution.INDIRECT, holder[-1]
    d.cue, d.cue_start, d.cue_end = text[cs_:ve], cs_, ve
    if clause is not None:
        _cut_renamed(text, drafts, clause[0].start(), (cs, ce), ve)
    taken.add(cs_, ve)
    out.drafts.append(d)


def _cut_renamed(
    text: str, drafts: list[Draft], comma: int, clause: tuple[int, int], ve: int
) -> None:
    """End a cued content at the comma of the relative or appositive that denies it.

    "The ministry said [300 homes had no power], a figure the council disputed": the
    appositive (or ", which Y denied") renames the clause before its comma, so the
    ministry's content ends there and the denial's content is the same span. Only a
    content running to the denial's clause end (no comma after the verb: ", a claim the
    army denied, and that 20 were hurt" keeps its run).
    """
    cs, _ = clause
    for x in drafts:
        if (
            x.cue_start is not None
            and x.cue_start < x.start <= cs
            and comma < x.end
            and x.status is not ClaimStatus.DENIED
            and "," not in text[ve : x.end]
        ):
            x.end = comma


#: a closing quotation mark right after a verb ('“claimed” that')
_CLOSE_ON_VERB = re.compile(r"[”\"]\s*")


def _quoted_verb(text: str, a: int, vs: int) -> bool:
    """Whether the verb at ``vs`` stands inside a quotation opened in its unit (from ``a``)."""
    return text.rfind("“", a, vs) > text.rfind("”", a, vs) or text.count('"', a, vs) % 2 == 1


def _quotation_close(text: str, a: int, vs: int, cs: int, ce: int) -> tuple[int, int]:
    """The content, cut at the close of a quotation the verb stands in.

    "“We deny [these allegations],” the company said": the speaker's attribution after
    the closing mark is no part of what is denied. A quotation closing right after the
    verb leaves the object after it: 'said it “categorically rejects” [the claims]'.

    Example:
        >>> text = "“We deny these allegations,” the company said."
        >>> cs = text.index("these")
        >>> s, e = _quotation_close(text, 0, 4, cs, len(text) - 1)
        >>> text[s:e]
        'these allegations'
        >>> text = "it “flatly rejects” the claims."
        >>> s, e = _quotation_close(text, 0, 11, text.index("” the"), len(text) - 1)
        >>> text[s:e]
        'the claims'
    """
    if not _quoted_verb(text, a, vs):
        return cs, ce
    if cs < ce and text[cs] in '”"':
        start = cs + 1
        while start < ce and text[start].isspace():
            start += 1
        return start, ce
    closes = [i for i in (text.find("”", cs, ce), text.find('"', cs, ce)) if i >= 0]
    if not closes:
        return cs, ce
    end = min(closes)
    while end > cs and text[end - 1] in " ,.;:":
        end -= 1
    return cs, end


def _relative_gap(before: str, after: str, lex: CueLexicon) -> bool:
    """Whether a denial's base form ends a relative clause whose gap is its object.

    "a version of events that the police dispute.", "The hypothesis, which most
    geneticists now reject, holds ...", "charges, which they deny.": a relative pronoun,
    a subject of one to three words (no auxiliary, negation or "to" among them), adverbs
    of the lexicon's, the form, then a clause stop. The antecedent is what is denied, as
    with "which she denies".

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> _relative_gap("events that the police ", ".", lex)
        True
        >>> _relative_gap("a tax that voters would ", " ", lex)
        False
        >>> _relative_gap("it is hard to ", ".", lex)
        False
    """
    if after not in ("", ".", ",", ";", ":", ")"):
        return False
    words = [w.casefold() for w in _WORDS.findall(before)[-7:]]
    adverbs = {w.casefold() for w in lex.adverbs}
    while words and words[-1] in adverbs:
        words.pop()
    relatives = {w.casefold() for w in lex.relative_pronouns}
    blocked = lex.finite_auxiliaries | lex.modal_auxiliaries | {"to", *lex.negations}
    for n in (1, 2, 3):
        if len(words) <= n or words[-n - 1] not in relatives:
            continue
        subject = words[-n:]
        return not any(w in blocked or w in relatives for w in subject)
    return False


def _pronoun_subject(before: str, g: FamilyGrammar) -> bool:
    """Whether ``before`` ends in a base denial's pronoun subject and two adverbs at most.

    Example:
        >>> from provenance.extractors.claims.families import family_grammar
        >>> g = family_grammar("en")
        >>> _pronoun_subject("“We categorically ", g), _pronoun_subject("could ", g)
        (True, False)
    """
    words = _WORDS.findall(before)[-3:]
    adverbs = {w.casefold() for w in g.lexicon.adverbs}
    while words and words[-1].casefold() in adverbs:
        words.pop()
    return bool(words) and words[-1].casefold() in g.lexicon.base_denial_subjects


def _reports_a_clause(d: Draft, lex: CueLexicon) -> bool:
    """Whether a draft's cue is a verb whose content is a clause ("said", "told").

    Its content may open with a subject of its own ("said [the company] denies"); an
    object cue's content is a noun phrase ("defended [his posters amid Tory] claims").
    """
    if d.cue is None or not d.cue.split():
        return False
    try:
        verb = lex.verb(d.cue.split()[-1])
    except KeyError:
        return False  # a noun or a phrase cue
    return verb.frame in (Frame.CLAUSE, Frame.TELL)


def _participle_after_gerund(verb: str, before: str, lex: CueLexicon) -> bool:
    """Whether a participle follows a gerund or a present participle ("militarizing disputed").

    After one the participle modifies the noun after it ("militarizing [disputed]
    waters", "ignoring [rejected] bids"). Not after "being" or "having" ("is being
    disputed"), a name ("Beijing denied") or a noun in -ing after a determiner
    ("the king denied", "the ruling rejected").
    """
    if not verb.endswith("ed"):
        return False
    words = _WORDS.findall(before)[-2:]
    if not words or not words[-1].endswith("ing") or not words[-1].islower():
        return False
    determiners = {*lex.indirect_object_determiners, *lex.anaphoric_heads_after}
    if len(words) == 2 and words[0].lower() in determiners:
        return False
    return words[-1] not in lex.gerund_auxiliaries


def _participle_after_lead(verb: str, last: str | None, lex: CueLexicon) -> bool:
    """Whether a denial participle follows one of the lexicon's ``participle_leads``.

    "these [disputed] waters", "every [rejected] bid", "to resolve [disputed] issues": an
    adjective of the noun after it. Not after "each", "all" or "many", which may be the
    subject ("Each denied the charges").

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> _participle_after_lead("disputed", "these", lex)
        True
        >>> _participle_after_lead("disputed", "Israel", lex)
        False
    """
    if last is None or not verb.endswith("ed") or last.lower() not in lex.participle_leads:
        return False
    try:
        return lex.verb(verb).status is ClaimStatus.DENIED
    except KeyError:
        return False


def _participle_after_adverb(verb: str, before: str, g: FamilyGrammar) -> bool:
    """Whether a denial participle follows an attributive word and an "-ly" adverb.

    "the hotly [disputed] race", "a closely [contested] election": the adverb grades the
    adjective of the noun after it. Not after a subject ("The ministry flatly denied"),
    whose last word before the adverb is no attributive word, nor after a coordinator
    ("expressly and vehemently denied the allegations").

    Example:
        >>> from provenance.extractors.claims.families import family_grammar
        >>> g = family_grammar("en")
        >>> _participle_after_adverb("disputed", "The hotly ", g)
        True
        >>> _participle_after_adverb("denied", "The ministry flatly ", g)
        False
        >>> _participle_after_adverb("denied", "expressly and vehemently ", g)
        False
    """
    if not verb.endswith("ed"):
        return False
    adverb = _last_word(before)
    if adverb is None or not adverb.endswith("ly"):
        return False
    lead = _last_word(before.rstrip()[: -len(adverb)])
    if lead is None or lead.lower() not in g.attributive or lead.lower() in g.lexicon.coordinators:
        return False  # "expressly and vehemently denied": a verb joined to another
    try:
        return g.lexicon.verb(verb).status is ClaimStatus.DENIED
    except KeyError:
        return False


_OPENING = re.compile(r"[\s“\"'‘(]*")


def fronted_participle(
    text: str,
    m: re.Match[str],
    lex: CueLexicon,
    units: list[tuple[int, int]],
    drafts: list[Draft],
    taken: Taken,
    out: FamilyFinds,
) -> None:
    """ "Denying the charges, the minister said ...": the main clause's source denies.

    The participle opens its sentence and its object ends at a comma; the source
    is the one of the first claim whose cue follows in the main clause. Called by
    :func:`~.families.find_families`.

    Example:
        >>> from provenance.extractors.claims.families import find_families
        >>> text = "Denying the charges, the minister resigned."
        >>> finds = find_families(text, [(0, len(text))], [])
        >>> [(d.cue, text[d.start : d.end]) for d in finds.drafts]
        [('Denying', 'the charges')]
    """
    vs, ve = m.span("verb")
    a, b = unit_of(units, vs)
    lead = _OPENING.match(text, a, vs)
    if lead is None or lead.end() != vs or taken.overlaps(vs, ve):
        return
    cs, ce = clause_content(text, ve, b)
    if ce - cs < 3 or not text.startswith(",", ce) or noun_phrase_end(text, cs, ce, lex) < ce:
        return  # "Denying the charges is pointless, ...": a gerund subject, no main clause
    d = Draft(cs, ce, Attribution.NARRATOR, ClaimStatus.DENIED)
    main = [
        i
        for i, x in enumerate(drafts)
        if x.cue_start is not None
        and ce < x.cue_start < b
        and (x.source_start is not None or x.inherit is not None)
    ]
    if main:
        first = min(main, key=lambda i: drafts[i].cue_start or 0)
        d.attribution, d.inherit = Attribution.INDIRECT, first
    d.cue, d.cue_start, d.cue_end = text[vs:ve], vs, ve
    taken.add(vs, ve)
    out.drafts.append(d)


def contested_passive(
    text: str,
    ps: int,
    pe: int,
    g: FamilyGrammar,
    unit: tuple[int, int],
    taken: Taken,
    out: FamilyFinds,
) -> None:
    """ "[The official toll of 64] is contested by [aid groups]": a verb that argues against
    what it takes (``appositive_denial_forms``), at ``ps``-``pe`` after a passive auxiliary,
    its agent the source denying the claim its subject names (see :func:`_passive`)."""
    if text[ps:pe].lower() not in g.lexicon.appositive_denial_forms:
        return
    floor = max(unit[0], ps - 40)
    aux_m = _PASSIVE_AUX.search(text[floor:ps])
    if aux_m is not None:
        _passive(text, ps, pe, floor + aux_m.start(), g, unit, taken, out, contest=True)


def _passive(
    text: str,
    vs: int,
    ve: int,
    aux_start: int,
    g: FamilyGrammar,
    unit: tuple[int, int],
    taken: Taken,
    out: FamilyFinds,
    status: ClaimStatus = ClaimStatus.DENIED,
    *,
    contest: bool = False,
) -> None:
    """ "[This proposal] was rejected by [64 percent of the electorate]": the agent denies.

    Without "by" only a claim noun as subject is denied ("[The allegations] were
    denied", "[the report] has been disputed"), by no named source; any other
    subject is a person or a thing refused ("was denied bail", "Lewandowski was
    dismissed on Monday", "the case was dismissed"): no claim. A hedge (``status``
    hedged) needs its agent: "[the attacks] were claimed by [the Islamic State]". A
    ``contest`` (a verb that argues against what it takes, "is contested by") needs its
    agent and a subject headed by a claim noun ("[the official toll of 64] is contested
    by"): "the seat was contested by five candidates" is a race.
    """
    a, b = unit
    agent = passive_agent(text, ve, b)
    lead = _LEAD_AUX.search(text, max(a, aux_start - 30), aux_start)
    cs_ = lead.start() if lead is not None else aux_start
    if g.negation_re.search(text, cs_, vs):
        return  # "was not rejected by": nothing denied
    subj = find_subject(text, a, cs_) or passive_subject(text, a, cs_)
    if subj is None or (agent is None and not _claim_subject(text, subj, g.lexicon)):
        return
    if contest and (agent is None or not _claim_headed(text, subj, g.lexicon)):
        return
    words = _WORDS.findall(text, *subj)
    if words and words[-1].lower() in g.lexicon.relative_pronouns:
        # "the attacks in Paris, which were claimed by": the relative stands for the noun
        subj = trim(text, subj[0], text.rindex(words[-1], *subj))
        subj = (subj[0], subj[1] - 1) if text[subj[1] - 1] == "," else subj
        words = words[:-1]
    if status is not ClaimStatus.DENIED and (
        agent is None
        or subj[1] - subj[0] < 3
        or (words and words[-1].lower() in g.lexicon.thing_heads)
    ):
        return  # "It was claimed by ... that": a placeholder; "the seat was claimed by": a thing
    d = Draft(*subj, Attribution.INDIRECT if agent else Attribution.NARRATOR, status)
    if agent is not None:
        d.source_start, d.source_end = agent
    d.cue, d.cue_start, d.cue_end = text[cs_:ve], cs_, ve
    taken.add(cs_, ve)
    out.drafts.append(d)


#: Most words before a claim noun heading a contested subject ("the official death [toll]").
_HEAD_REACH = 4


def _claim_headed(text: str, subj: tuple[int, int], lex: CueLexicon) -> bool:
    """Whether a passive's subject is headed by a claim noun within its first words, before
    any complement ("[the official death toll] of 64", "[the company's account] of the
    leak", "[the claim] that ballots were shipped"); a pronoun is no claim here.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> text = "The official death toll of 64"
        >>> _claim_headed(text, (0, len(text)), cue_lexicon("en"))
        True
        >>> _claim_headed("The seat", (0, 8), cue_lexicon("en"))
        False
    """
    heads = {h.lower() for h in (*lex.claim_heads, *lex.denied_appositive_heads)}
    heads -= {w.lower() for w in lex.anaphoric_objects}
    words = [w.lower() for w in _WORDS.findall(text, *subj)[:_HEAD_REACH]]
    # "The [claim] that ballots were shipped": the subject is the claim noun's clause
    before = _LAST_WORD.search(text, max(0, subj[0] - 30), subj[0])
    return any(w in heads for w in words) or (
        before is not None and before.group(1).lower() in heads
    )


def _claim_subject(text: str, subj: tuple[int, int], lex: CueLexicon) -> bool:
    """Whether a passive's subject is a claim noun ("the allegations", "Trump's claim").

    A pronoun ("it was rejected") may stand for a bill or a person: not a claim.
    """
    words = _WORDS.findall(text, *subj)
    if not words:
        return False
    head = words[-1].lower()
    heads = {h.lower() for h in lex.claim_heads}  # a rare path: agentless denial passives
    return head in heads and head not in lex.anaphoric_objects


def _alleging_head(before: str, lex: CueLexicon) -> bool:
    """Whether ``before`` (the words up to a hedge participle) ends in one of
    ``alleging_heads``, maybe with a preposition and up to two words after it: "a complaint",
    "eight claims against lawmakers", "a lawsuit filed in court" is not one.

    Example:
        >>> from provenance.lexicon.cues import cue_lexicon
        >>> lex = cue_lexicon("en")
        >>> [_alleging_head(t, lex) for t in ("eight claims against lawmakers ", "critics ")]
        [True, False]
    """
    words = before.lower().split()
    if words and words[-1].removesuffix(",") in lex.alleging_heads:
        return True  # "a complaint alleging", "The suit, alleging"
    return any(
        len(words) >= n
        and words[-n] in lex.alleging_heads
        and words[-n + 1] in lex.relative_prepositions
        and not any(w.endswith(",") for w in words[-n:-1])
        for n in (3, 4)
    )


def _impersonal(
    text: str, subj: tuple[int, int], aux: re.Match[str] | None, lex: CueLexicon
) -> bool:
    """Whether a passive cue's subject is an expletive ("it was claimed"): no source."""
    return aux is not None and text[subj[0] : subj[1]].lower() in lex.expletive_subjects


def _add(
    text: str,
    content: tuple[int, int],
    source: tuple[int, int] | None,
    cue: tuple[int, int],
    status: ClaimStatus,
    taken: Taken,
    out: FamilyFinds,
) -> None:
    """A claim with its content, source and cue spans, its cue taken (no source: the
    narrator's)."""
    if source is None:
        d = Draft(*content, Attribution.NARRATOR, status)
    else:
        d = Draft(*content, Attribution.INDIRECT, status)
        d.source_start, d.source_end = source
    d.cue, d.cue_start, d.cue_end = text[cue[0] : cue[1]], *cue
    taken.add(*cue)
    out.drafts.append(d)
